"""The stopwatch driven for real in a pseudo-terminal: each key waits for the previous mark.

Only order and presence are checked here; how late a key is timestamped is measured
by `benchmarks/stopwatch.py`.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import signal
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

pytestmark = pytest.mark.terminal  # keys typed into a pseudo-terminal
REPO = Path(__file__).resolve().parents[2]
WAIT_S = 60.0
"""Bound on any wait for the screen (a loaded machine may be many times slower)."""


def _make_controlling_tty() -> None:
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)
    # As a background job of a script starts it (and every run under stress-test.sh did):
    # SIGINT ignored. Ctrl-C must abort the stopwatch all the same.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


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

    def wait_for(self, text: str, since: int = 0, timeout: float = WAIT_S) -> None:
        """Until `text` (a regex) is on screen after byte `since` of the output."""
        pattern = re.compile(text.encode())
        deadline = time.monotonic() + timeout
        while not pattern.search(self.output, since):
            screen = bytes(self.output)[-800:]
            assert self.proc.poll() is None or pattern.search(self.output, since), screen
            assert time.monotonic() < deadline, f"{text!r} never shown: {screen!r}"
            time.sleep(0.02)

    def exit_code(self, timeout: float = 2 * WAIT_S) -> int:
        """The child's exit code; if it does not end in time, fail with where it is stuck.

        The child runs with `faulthandler` on: SIGABRT makes it print every thread's
        stack to the terminal, which the failure message then shows.
        """
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.send_signal(signal.SIGABRT)
            self.proc.wait(timeout=WAIT_S)
            time.sleep(0.5)  # let the reader collect the stacks
            raise AssertionError(
                "the stopwatch did not exit; its screen and stacks:\n"
                + bytes(self.output)[-6000:].decode("utf-8", "replace")
            ) from None

    def send(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def mark(self, key: str, shown: str) -> None:
        """Press `key` and wait until the stopwatch shows `shown` (a regex) after it."""
        since = len(self.output)
        self.send(key)
        self.wait_for(shown, since)


def at(label: str) -> str:
    """The stopwatch's line for a new mark: its time, then its label."""
    return rf"\d\d:\d\d\.\d\s+{label}"


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[tuple[TerminalSession, Path]]:
    out = tmp_path / "call.json"
    master, slave = os.openpty()
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="110", LINES="40", PYTHONFAULTHANDLER="1")
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
    plan = [("i", at("IVR menu finished")), ("w", at("wait time announced")),
            ("h", at("on hold")), ("e", at("hold ended")), ("x", None),
            ("a", at("live agent answered")), ("t", at("transferred")),
            ("c", at("callback offered")), ("u", "undone: callback offered"),
            ("r", at("question resolved")), ("q", at("hung up / finish"))]  # fmt: skip
    for key, shown in plan:
        if shown is None:
            session.send(key)  # not a mark: nothing to wait for
        else:
            session.mark(key, shown)
    session.wait_for("Note")
    _assert_cooked(session.slave)
    session.send("asked about refunds: answered\r")
    assert session.exit_code() == 0, bytes(session.output)[-800:]
    _assert_cooked(session.slave)

    log = CallLog.model_validate(json.loads(out.read_text()))
    kinds = [e.kind.value for e in log.events]
    assert kinds == ["dialed", "ivr_ended", "wait_announced", "hold_started", "hold_ended",
                     "agent_answered", "transfer", "resolved", "hung_up"]  # fmt: skip
    offsets = [e.at_s for e in log.events]
    assert offsets == sorted(offsets)  # marks keep the order of the keys
    metrics = log.metrics()
    assert metrics["phone.ivr_s"] == round(log.events[1].at_s, 2)
    assert metrics["phone.hold_s"] == round(log.events[4].at_s - log.events[3].at_s, 2)
    assert metrics["phone.time_to_agent_s"] == round(log.events[5].at_s, 2)
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
    session.mark("i", at("IVR menu finished"))
    session.send("\x03")
    assert session.exit_code() == 130
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
        for key, label in (("a", "live agent answered"), ("r", "question resolved")):
            session.mark(key, at(label))
        session.send("q")
        session.wait_for("Note")
        session.send("quick and friendly\r")
        assert proc.wait(timeout=WAIT_S) == 0, bytes(session.output)[-800:]
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
    assert isinstance(to_agent, float) and to_agent >= 0
    assert calls[0].finished >= calls[0].started
    assert Path(calls[0].evidence[0].path).exists()
