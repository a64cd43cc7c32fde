"""Dovecot does not outlive the process that started it, even one killed outright."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_OWNER = """
import sys, time
from sandbox.mailrig import DovecotRig
rig = DovecotRig({"shopper@rig.test": "pw"}, start_timeout_s=60)
rig.start()
print(rig._proc.pid, flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_killed_owner_leaves_no_dovecot_running() -> None:
    owner = subprocess.Popen(
        [sys.executable, "-c", _OWNER], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert owner.stdout is not None
    supervisor = int(owner.stdout.readline())
    assert _alive(supervisor)
    os.kill(owner.pid, signal.SIGKILL)  # no fixture, no atexit: nothing of ours runs
    owner.wait()
    deadline = time.monotonic() + 60  # generous: the machine may be 5x slower than usual
    while _alive(supervisor) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(supervisor), "Dovecot's supervisor outlived its killed owner"
    group = subprocess.run(
        ["pgrep", "-g", str(supervisor)], capture_output=True, text=True, check=False
    ).stdout.split()
    leftovers = [pid for pid in group if _alive(int(pid))]  # a zombie awaits its reaper
    assert leftovers == [], f"Dovecot processes left behind: {leftovers}"
