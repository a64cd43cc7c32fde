"""Running a command in a real pseudo-terminal of a given size (tmux) and reading the screen."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

WAIT_S = 300
"""Generous bound on one command (a loaded 2-core machine can be 5x slower)."""


class Tmux:
    """A private tmux server (own socket): one session per command, killed afterwards."""

    def __init__(self, cwd: Path) -> None:
        if shutil.which("tmux") is None:
            pytest.fail("tmux is missing: run scripts/setup.sh")
        self.socket = f"audit-test-{uuid.uuid4().hex[:10]}"
        self.cwd = cwd
        self.env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
        self.env["TERM"] = "xterm-256color"
        self.conf = cwd / "tmux.conf"
        # exit-empty off: the server stays between sessions (no race with its shutdown).
        self.conf.write_text(
            "set -g exit-empty off\nset -g history-limit 50000\nset -g status off\n"
        )

    def _tmux(self, *args: str, timeout: float = 60) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, "-f", str(self.conf), *args],
            cwd=self.cwd, env=self.env, capture_output=True, text=True, timeout=timeout,
        )  # fmt: skip
        assert done.returncode == 0, f"tmux {args[0]}: {done.stderr.strip()}"
        return done.stdout

    def run(
        self,
        argv: list[str],
        width: int,
        height: int = 50,
        *,
        env: dict[str, str] | None = None,
        escapes: bool = False,
    ) -> str:
        """Run `argv` in a `width` x `height` terminal; the whole screen with its history,
        each terminal-wrapped line joined back (so a line wider than the screen shows).
        `escapes` keeps the colour and style sequences the program wrote."""
        name = uuid.uuid4().hex[:8]
        signal = f"done-{name}"
        exports = "".join(f"export {k}={shlex.quote(v)}; " for k, v in (env or {}).items())
        script = f"{exports}{shlex.join(argv)}; tmux -L {self.socket} wait-for -S {signal}"
        self._tmux(
            "new-session", "-d", "-s", name, "-x", str(width), "-y", str(height),
            "sh", "-c", f"{script}; sleep {WAIT_S}",
        )  # fmt: skip
        self._tmux("wait-for", signal, timeout=WAIT_S)
        flags = ["-p", "-J", "-S", "-"] + (["-e"] if escapes else [])
        screen = self._tmux("capture-pane", *flags, "-t", name)
        self._tmux("kill-session", "-t", name)
        return screen.rstrip("\n")

    def close(self) -> None:
        """Stop this test's tmux server (only ours: it has its own socket)."""
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, timeout=30)
