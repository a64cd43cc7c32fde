"""`audit demo` holds the workspace lock like `audit run` and `audit collect`.

While another command holds a demo workspace, `audit demo` on it is refused in one
line naming the holder, before it wipes anything; a lock file alone does not make a
folder "not a demo workspace".
"""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from audit.demo import DEMO_MARKER, prepare_workspace, run_demo
from audit.lock import LOCK_NAME, WorkspaceBusy
from tests.hostile.test_lock import HOLD, holder_pid


def test_demo_is_refused_while_another_command_holds_the_workspace(tmp_path: Path) -> None:
    workspace = tmp_path / "demo-workspace"
    workspace.mkdir()
    (workspace / DEMO_MARKER).write_text("an earlier demo\n")
    (workspace / "audit.db").write_bytes(b"an earlier demo's data")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(workspace)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(WorkspaceBusy) as refused:
            run_demo(workspace, concurrency=1)  # what `audit demo -w WORKSPACE` runs
        assert refused.value.exit_code == 2  # the CLI prints it as one `error:` line
        [line] = refused.value.one_line().splitlines()
        assert "is in use by `audit run`" in line
        assert f"pid {holder.pid} on {socket.gethostname()}" in line
        # Nothing wiped, nothing written: the holder's workspace is as it was.
        assert (workspace / "audit.db").read_bytes() == b"an earlier demo's data"
        assert sorted(p.name for p in workspace.iterdir()) == sorted(
            [DEMO_MARKER, LOCK_NAME, "audit.db"]
        )
        assert holder_pid(workspace) == holder.pid
    finally:
        holder.kill()
        holder.wait(timeout=60)


def test_a_folder_holding_only_a_lock_file_is_still_a_fresh_demo_workspace(
    tmp_path: Path,
) -> None:
    workspace = tmp_path / "w"
    workspace.mkdir()
    (workspace / LOCK_NAME).write_text("")
    prepare_workspace(workspace)  # no "not a demo workspace" error
    assert sorted(p.name for p in workspace.iterdir()) == sorted([DEMO_MARKER, LOCK_NAME])
    (workspace / "evidence").mkdir()
    (workspace / "evidence" / "x.png").write_bytes(b"x")
    prepare_workspace(workspace)  # an earlier demo's data is wiped, the lock file kept
    assert sorted(p.name for p in workspace.iterdir()) == sorted([DEMO_MARKER, LOCK_NAME])
