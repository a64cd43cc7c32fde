"""One run per workspace: `audit run` and `audit collect` hold the workspace's lock.

The lock is an advisory `flock` on `<workspace>/.audit.lock`, which the kernel releases
when the holding process ends in any way, SIGKILL included: a lock left by a killed run
is simply taken over by the next one. While held, the file names the holder (command,
process id, host and start time) so a refused command can say who holds it.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from probes.errors import InputError

LOCK_NAME = ".audit.lock"
# How long a refused process waits for a nameless holder to name itself or finish.
_NAMELESS_WAIT_S = 5.0


class WorkspaceBusy(InputError):
    """Another `audit run` or `audit collect` holds the workspace (exit 2: usage)."""


@dataclass(frozen=True)
class Holder:
    """Who holds a workspace: what they ran, their process id, host and since when (UTC)."""

    command: str
    pid: int
    host: str
    since: str

    def describe(self) -> str:
        """`audit run (pid 4242 on host-1 since 2026-12-02T13:00:00+00:00)`."""
        return f"`audit {self.command}` (pid {self.pid} on {self.host} since {self.since})"


def _read_holder(text: str) -> Holder | None:
    try:
        data = json.loads(text)
        return Holder(str(data["command"]), int(data["pid"]), str(data["host"]), str(data["since"]))
    except (ValueError, TypeError, KeyError):
        return None  # being written, or not ours: the refusal says less


def _take(fd: int, path: Path, workspace: Path) -> None:
    """Take the flock on `fd` or raise `WorkspaceBusy` naming the holder.

    A holder writes its details just after taking the lock, and erases them just before
    releasing it: a refused process that finds no details waits briefly and tries again,
    so it either gets the lock or can name who holds it.
    """
    deadline = time.monotonic() + _NAMELESS_WAIT_S
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            holder = _read_holder(path.read_text(encoding="utf-8", errors="replace"))
        if holder is None and time.monotonic() < deadline:
            time.sleep(0.05)
            continue
        who = holder.describe() if holder else "another process"
        raise WorkspaceBusy(
            f"workspace {workspace} is in use by {who}; wait for it to finish or stop it, "
            "then run this again"
        )


@contextmanager
def workspace_lock(workspace: Path, command: str) -> Iterator[Holder]:
    """Hold `workspace` for `command` (e.g. `run`) until the block ends.

    Raises `WorkspaceBusy` naming the holder when another process holds it.
    """
    if not workspace.is_dir():
        raise InputError(f"workspace {workspace} does not exist (create one with `audit init`)")
    path = workspace / LOCK_NAME
    # Opened without truncating: the holder's details must survive a refused attempt.
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        _take(fd, path, workspace)
        me = Holder(
            command=command,
            pid=os.getpid(),
            host=socket.gethostname(),
            since=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(asdict(me)).encode(), 0)
        os.fsync(fd)
        try:
            yield me
        finally:
            os.ftruncate(fd, 0)  # a finished run leaves no holder behind
    finally:
        os.close(fd)  # closing releases the flock
