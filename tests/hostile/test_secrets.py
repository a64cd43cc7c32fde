"""Hostile secrets files: a `password_file` that is not UTF-8 text, is larger than 4 KiB or
is not a regular file is a one-line error (exit 2) that never prints its content; checked
through the real `audit run` and `audit collect`."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from probes.email.interface import SmtpAccount
from probes.email.secrets import MAX_PASSWORD_FILE_BYTES, resolve_password
from probes.errors import InputError
from results.store import Store
from tests.cli_process import audit_process

CANARY = "canary-Pw-91c2-do-not-print"


def write_campaign(
    folder: Path, smtp_file: Path, imap_file: Path, weekdays: list[int] | None = None
) -> Path:
    login = {"user": "lena@shopper.test"}
    campaign = {
        "name": "Secrets",
        "period": "2026-Q4",
        "companies": [{"name": "Acme", "support_email": "help@acme.test"}],
        "probes": {"email": {"attempts": 1}},
        "email": {
            "personas": [{"first_name": "Lena", "last_name": "Horvat", "address": login["user"]}],
            "accounts": {
                "default": {
                    "smtp": {"host": "127.0.0.1", "port": 9, "security": "none", **login,
                             "password_file": str(smtp_file)},
                    "imap": {"host": "127.0.0.1", "port": 9, "tls": False, **login,
                             "password_file": str(imap_file)},
                }
            },
        },
    }  # fmt: skip
    if weekdays is not None:
        campaign["email"]["settings"] = {"weekdays": weekdays}  # type: ignore[index]
    path = folder / "campaign.yaml"
    path.write_text(yaml.safe_dump(campaign, sort_keys=False))
    return path


def refused(verb: str, campaign: Path) -> str:
    """Run `audit <verb>` (no Chromium, SMTP and IMAP ports closed); its one error line."""
    args = [verb, str(campaign), *(["--once"] if verb == "collect" else [])]
    result = audit_process(
        *args, cwd=campaign.parent, env={**os.environ, "AUDIT_CHROMIUM": "/nonexistent"}
    )
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    everything = result.stdout + result.stderr
    assert CANARY not in everything and "Traceback" not in everything
    return lines[0]


def hostile_files(tmp_path: Path) -> dict[str, Path]:
    not_utf8 = tmp_path / "binary.pw"
    not_utf8.write_bytes(CANARY.encode() + b"\xff\xfe\x00\x81 rest")
    too_big = tmp_path / "big.pw"
    too_big.write_text(CANARY * (MAX_PASSWORD_FILE_BYTES // len(CANARY) + 1))
    control = tmp_path / "control.pw"
    control.write_text(CANARY + "\x00\x1b[31m\n")
    fifo = tmp_path / "fifo.pw"
    os.mkfifo(fifo)  # reading it would block for ever
    good = tmp_path / "good.pw"
    good.write_text("good password\n")
    return {"utf8": not_utf8, "big": too_big, "control": control, "fifo": fifo, "good": good}


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("utf8", "is not UTF-8 text"),
        ("big", "is larger than 4 KiB"),
        ("control", "is not text (control characters)"),
        ("fifo", "is not a regular file"),
    ],
)
def test_a_hostile_password_file_is_one_line_without_its_content(
    tmp_path: Path, kind: str, message: str
) -> None:
    path = hostile_files(tmp_path)[kind]
    with pytest.raises(InputError) as caught:
        resolve_password(SmtpAccount(host="127.0.0.1", user="u", password_file=str(path)))
    line = caught.value.one_line()
    assert line.startswith(f"password file {path} {message}")
    assert CANARY not in line


def test_run_stops_in_one_line_on_a_binary_smtp_password_file(tmp_path: Path) -> None:
    files = hostile_files(tmp_path)
    campaign = write_campaign(tmp_path, smtp_file=files["utf8"], imap_file=files["good"])
    assert refused("run", campaign) == f"error: password file {files['utf8']} is not UTF-8 text"


def test_run_refuses_a_bad_password_file_outside_the_send_window_too(tmp_path: Path) -> None:
    # Sending today is never allowed (a weekday three days away only): the secret is still read
    # at once, not when the window opens with nobody watching.
    files = hostile_files(tmp_path)
    later = [(datetime.now(UTC).weekday() + 3) % 7]
    campaign = write_campaign(tmp_path, files["utf8"], files["good"], weekdays=later)
    assert refused("run", campaign) == f"error: password file {files['utf8']} is not UTF-8 text"


def test_collect_stops_in_one_line_on_a_huge_imap_password_file(tmp_path: Path) -> None:
    files = hostile_files(tmp_path)
    campaign = write_campaign(tmp_path, smtp_file=files["good"], imap_file=files["big"])
    Store.open(f"sqlite:///{tmp_path / 'audit.db'}").close()
    assert refused("collect", campaign).startswith(
        f"error: password file {files['big']} is larger than 4 KiB"
    )


def test_a_password_file_of_4_kib_is_read_without_its_trailing_newline(tmp_path: Path) -> None:
    path = tmp_path / "long.pw"
    password = "p w" + "x" * (MAX_PASSWORD_FILE_BYTES - 4)
    path.write_text(password + "\n")
    assert path.stat().st_size == MAX_PASSWORD_FILE_BYTES
    account = SmtpAccount(host="127.0.0.1", user="u", password_file=str(path))
    assert resolve_password(account) == password
