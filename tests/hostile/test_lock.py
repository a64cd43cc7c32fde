"""One run per workspace: a second `audit run`/`audit collect` is refused naming the holder;
a lock left by a SIGKILLed run is taken over; two first runs never race on the schema."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psutil
import pytest
import yaml

from audit.lock import LOCK_NAME
from tests.cli_process import audit_process

CLI = [sys.executable, "-c", "from audit.cli import main; main()"]
NO_CHROMIUM = {"AUDIT_CHROMIUM": "/nonexistent/chromium"}  # runs end fast, on our side
HOLD = """
import sys
from pathlib import Path
from audit.lock import workspace_lock
with workspace_lock(Path(sys.argv[1]), "run"):
    print("held", flush=True)
    sys.stdin.read()
"""


def cli(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return audit_process(*args, cwd=cwd, env={**os.environ, "COLUMNS": "200", **(env or {})})


def write_campaign(folder: Path, name: str, website: str = "", email: bool = False) -> Path:
    campaign: dict[str, object] = {
        "name": name,
        "period": "2026-Q4",
        "companies": [{"name": "Acme", "website": website or "http://acme.invalid/"}],
        "settings": {"retries": 0, "screenshots": False, "allow_private_hosts": ["127.0.0.1"]},
    }
    if email:
        campaign["companies"] = [{"name": "Acme", "support_email": "help@acme.test"}]
        campaign["probes"] = {"email": {"attempts": 1}}
        campaign["email"] = {
            "personas": [{"first_name": "Lena", "last_name": "Horvat", "address": "l@s.test"}],
            "accounts": {
                "default": {
                    "smtp": {"host": "127.0.0.1", "port": 9, "security": "none"},
                    "imap": {"host": "127.0.0.1", "port": 9, "tls": False, "user": "l@s.test"},
                }
            },
        }
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(campaign, sort_keys=False))
    return path


def wait_until(check: Callable[[], bool], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "condition never met"
        time.sleep(0.05)


def holder_pid(workspace: Path) -> int | None:
    try:
        return int(json.loads((workspace / LOCK_NAME).read_text())["pid"])
    except (OSError, ValueError, KeyError):
        return None


def kill_tree(proc: subprocess.Popen[str]) -> None:
    """SIGKILL `proc`, then the processes it had started (Chromium, Playwright's driver)."""
    children = psutil.Process(proc.pid).children(recursive=True)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    for child in children:
        with contextlib.suppress(psutil.NoSuchProcess):
            child.kill()


def assert_refused(result: subprocess.CompletedProcess[str], pid: int) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "is in use by `audit run`" in lines[0]
    assert f"pid {pid} on {socket.gethostname()} since 20" in lines[0]


def test_second_run_and_collect_are_refused_and_a_killed_holder_is_taken_over(
    tmp_path: Path,
) -> None:
    website = write_campaign(tmp_path, "site")
    email = write_campaign(tmp_path, "mail", email=True)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        assert_refused(cli("run", str(website), cwd=tmp_path, env=NO_CHROMIUM), holder.pid)
        assert_refused(cli("collect", str(email), cwd=tmp_path), holder.pid)
        assert not (tmp_path / "audit.db").exists()  # refused before touching the store
    finally:
        holder.kill()  # SIGKILL: the holder leaves its details behind
        holder.wait(timeout=60)
    assert holder_pid(tmp_path) == holder.pid
    taken = cli("run", str(website), cwd=tmp_path, env=NO_CHROMIUM)
    assert taken.returncode == 0, taken.stderr
    assert "in use" not in taken.stderr
    assert (tmp_path / LOCK_NAME).read_text() == ""  # released on the way out


def test_two_first_runs_on_an_empty_workspace_never_race_on_the_schema(tmp_path: Path) -> None:
    for round_ in range(5):  # without the lock, about one round in five hit "already exists"
        workspace = tmp_path / f"w{round_}"
        workspace.mkdir()
        campaign = write_campaign(workspace, "site")
        with ThreadPoolExecutor(2) as pool:  # two processes started together
            runs = [
                pool.submit(cli, "run", str(campaign), cwd=workspace, env=NO_CHROMIUM)
                for _ in range(2)
            ]
            results = [run.result() for run in runs]
        for result in results:
            assert "already exists" not in result.stderr
            assert "Traceback" not in result.stderr
            refused = result.returncode == 2 and "is in use by `audit run`" in result.stderr
            assert result.returncode == 0 or refused, result.stderr
        assert any(result.returncode == 0 for result in results)


class _HangingSite(BaseHTTPRequestHandler):
    seen = threading.Event()
    release = threading.Event()

    def do_GET(self) -> None:
        type(self).seen.set()
        type(self).release.wait(timeout=120)
        body = b"<html><body><h1>Acme</h1><p>Call us: +1 800 555 0100</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def hanging_site() -> Iterator[type[_HangingSite]]:
    _HangingSite.seen.clear()
    _HangingSite.release.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _HangingSite)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _HangingSite.port = server.server_address[1]  # type: ignore[attr-defined]
    yield _HangingSite
    _HangingSite.release.set()
    server.shutdown()
    server.server_close()


@pytest.mark.browser
def test_a_real_run_killed_mid_probe_is_taken_over_by_the_next(
    tmp_path: Path, hanging_site: type[_HangingSite]
) -> None:
    url = f"http://127.0.0.1:{hanging_site.port}/"  # type: ignore[attr-defined]
    campaign = write_campaign(tmp_path, "site", website=url)
    first = subprocess.Popen(
        [*CLI, "run", str(campaign)],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "AUDIT_NAVIGATION_TIMEOUT_S": "120"},
    )
    try:
        assert hanging_site.seen.wait(timeout=120), "the run never reached the site"
        assert holder_pid(tmp_path) == first.pid
        assert_refused(cli("run", str(campaign), cwd=tmp_path), first.pid)
    finally:
        kill_tree(first)  # type: ignore[arg-type]
    hanging_site.release.set()
    again = cli("run", str(campaign), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "1 resumed after interruption" in again.stderr
    assert (tmp_path / LOCK_NAME).read_text() == ""
