"""The stopwatch driven for real in a pseudo-terminal: keys typed with delays, log checked."""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest

from probes.base import Channel, Observation, Status
from probes.logs.stopwatch import CallLog, call_log_to_observation

REPO = Path(__file__).resolve().parents[2]
TOLERANCE_S = 0.35
"""Key-to-timestamp latency allowed on a loaded 2-core machine."""


def _make_controlling_tty() -> None:
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


@dataclass
class TerminalSession:
    """A child process on a pty whose screen output is collected in the background."""

    proc: subprocess.Popen[bytes]
    master: int
    slave: int
    output: bytearray = field(default_factory=bytearray)

    def _pump(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 4096)
            except OSError:
                return
            if not chunk:
                return
            self.output.extend(chunk)

    def start_reader(self) -> None:
        threading.Thread(target=self._pump, daemon=True).start()

    def wait_for(self, text: str, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while text.encode() not in self.output:
            screen = bytes(self.output)[-800:]
            assert self.proc.poll() is None or text.encode() in self.output, screen
            assert time.monotonic() < deadline, f"{text!r} never shown: {screen!r}"
            time.sleep(0.02)

    def send(self, keys: str) -> None:
        os.write(self.master, keys.encode())


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[tuple[TerminalSession, Path]]:
    out = tmp_path / "call.json"
    master, slave = os.openpty()
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="110", LINES="40")
    proc = subprocess.Popen(
        [sys.executable, "-m", "probes.logs.stopwatch", "--demo-target", "Acme [b]Co[/b]\x1b[31m",
         "--number", "+14155550100", "--out", str(out)],
        stdin=slave, stdout=slave, stderr=slave, cwd=REPO, env=env,
        start_new_session=True, preexec_fn=_make_controlling_tty,
    )  # fmt: skip
    session = TerminalSession(proc, master, slave)
    session.start_reader()
    try:
        yield session, out
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        os.close(master)
        os.close(slave)


def _assert_cooked(fd: int) -> None:
    lflag = termios.tcgetattr(fd)[3]
    assert lflag & termios.ICANON, "terminal left without line editing"
    assert lflag & termios.ECHO, "terminal left without echo"


def test_keys_in_a_real_terminal_become_timed_metrics(
    terminal: tuple[TerminalSession, Path],
) -> None:
    session, out = terminal
    session.wait_for("Elapsed")
    # The clock started just before the first screen; offsets below are lower bounds.
    plan = [(0.6, "i"), (0.3, "w"), (0.3, "h"), (1.0, "e"), (0.2, "x"), (0.3, "a"),
            (0.1, "t"), (0.1, "c"), (0.1, "u"), (0.1, "r"), (0.1, "q")]  # fmt: skip
    sent_at: dict[str, float] = {}
    t0 = time.monotonic()
    for delay, key in plan:
        time.sleep(delay)
        session.send(key)
        sent_at[key] = time.monotonic() - t0
    session.wait_for("Note")
    _assert_cooked(session.slave)
    session.send("asked about refunds: answered\r")
    assert session.proc.wait(timeout=15) == 0, bytes(session.output)[-800:]
    _assert_cooked(session.slave)

    log = CallLog.model_validate(json.loads(out.read_text()))
    metrics = log.metrics()
    expected_ivr = sent_at["i"]
    assert expected_ivr - 0.05 <= metrics["phone.ivr_s"] <= expected_ivr + TOLERANCE_S + 1.0
    hold = metrics["phone.hold_s"]
    assert isinstance(hold, float)
    assert abs(hold - (sent_at["e"] - sent_at["h"])) <= TOLERANCE_S
    to_agent = metrics["phone.time_to_agent_s"]
    assert isinstance(to_agent, float)
    assert sent_at["a"] - 0.05 <= to_agent <= sent_at["a"] + TOLERANCE_S + 1.0
    # Differences between marks do not depend on when the clock started.
    assert abs((to_agent - metrics["phone.ivr_s"]) - (sent_at["a"] - sent_at["i"])) <= TOLERANCE_S
    assert metrics["phone.transfers"] == 1
    assert metrics["phone.wait_announced"] is True
    assert metrics["phone.callback_offered"] is False  # undone with `u`
    assert metrics["phone.resolved"] is True
    assert log.note == "asked about refunds: answered"
    assert log.company == "Acme [b]Co[/b]\x1b[31m"
    # Shown literally: not as markup, and the escape sequence made visible, not obeyed.
    assert b"Acme [b]Co[/b]\\x1b[31m" in session.output

    obs = call_log_to_observation(log, "a1", evidence_path=str(out))
    assert (obs.channel, obs.probe_id, obs.status) == (Channel.PHONE, "phone-call", Status.OK)
    assert obs.evidence[0].path == str(out)


def test_ctrl_c_restores_the_terminal_and_saves_nothing(
    terminal: tuple[TerminalSession, Path],
) -> None:
    session, out = terminal
    session.wait_for("Elapsed")
    session.send("i")
    time.sleep(0.2)
    session.send("\x03")
    assert session.proc.wait(timeout=15) == 130
    _assert_cooked(session.slave)
    assert not out.exists()


def test_audit_phone_call_records_the_call_in_the_workspace(tmp_path: Path) -> None:
    from audit.log_routing import store_logged
    from probes.logs.rows import LoggedRow
    from results.store import Store

    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    store.save_campaign(
        "web",
        "Web",
        "2026-Q4",
        "c.yaml",
        {"rubric": "default"},
        {"Acme": {"name": "Acme", "phone": "+14155550100"}},
    )
    # An imported returns log makes `logs-2026-q4` the period's newest campaign.
    started = datetime(2026, 11, 2, tzinfo=UTC)
    returned = Observation(
        attempt_id="import/returns-log/abc", company="Acme", channel=Channel.RETURNS,
        probe_id="returns-log", status=Status.OK, started=started, finished=started,
    )  # fmt: skip
    store_logged(store, [LoggedRow(returned, "", 2)], lambda: "2026-Q4", None)
    store.close()
    master, slave = os.openpty()
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="110", LINES="40")
    proc = subprocess.Popen(
        [sys.executable, "-c", "from audit.cli import main; main()", "phone", "call", "Acme",
         "-w", str(tmp_path)],
        stdin=slave, stdout=slave, stderr=slave, cwd=REPO, env=env,
        start_new_session=True, preexec_fn=_make_controlling_tty,
    )  # fmt: skip
    session = TerminalSession(proc, master, slave)
    session.start_reader()
    try:
        session.wait_for("Elapsed")
        assert b"+14155550100" in session.output  # the number to dial is shown
        for key in ("a", "r", "q"):
            time.sleep(0.3)
            session.send(key)
        session.wait_for("Note")
        session.send("quick and friendly\r")
        assert proc.wait(timeout=30) == 0, bytes(session.output)[-800:]
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
        os.close(slave)
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    calls = [o for o in store.observations("logs-2026-q4") if o.probe_id == "phone-call"]
    assert len(calls) == 1
    assert calls[0].probe_id == "phone-call" and calls[0].status is Status.OK
    assert calls[0].metrics["phone.resolved"] is True
    to_agent = calls[0].metrics["phone.time_to_agent_s"]
    assert isinstance(to_agent, float) and 0.2 <= to_agent <= 3.0
    assert Path(calls[0].evidence[0].path).exists()
