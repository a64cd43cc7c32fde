"""The real `audit` command line in its own process, without paying its start-up each time.

`audit_process(*args)` behaves like `subprocess.run([audit, *args], capture_output=True)`:
a separate process with its own arguments, working folder, environment, standard output,
standard error and exit code, running `audit.cli.main()`. The processes are forked from a
multiprocessing fork server that imported what `audit.cli` needs once (~1 s, mostly
pandas, SQLAlchemy and pydantic models), so a call costs a fraction of that. The `audit`
package itself is imported afresh in every process (tests/cli_preload.py), so its consoles
follow that call's `COLUMNS`; the lower layers are shared, and of them only
`sandbox.mailrig` reads the environment at import (`AUDIT_DOVECOT`). Use `subprocess`
instead where a test needs a process it can signal while it runs.
"""

from __future__ import annotations

import fcntl
import multiprocessing
import os
import re
import struct
import subprocess
import sys
import tempfile
import termios
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

_context: Any = None


def _server() -> Any:
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        # `__main__` (pytest's entry script) too, or every child would import it again.
        _context.set_forkserver_preload(["__main__", "tests.cli_preload"])
    return _context


def _child(args: list[str], cwd: str, env: dict[str, str], out: str, err: str) -> None:
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        os.dup2(stdout.fileno(), 1)
        os.dup2(stderr.fileno(), 2)
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.chdir(cwd)
    os.environ.clear()
    os.environ.update(env)
    sys.argv = ["audit", *args]
    from audit.cli import main

    try:
        main()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()


def audit_process(
    *args: str,
    cwd: Path | str | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 120,
    terminal: tuple[int, int] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run `audit *args` in a new process; `env` replaces the environment (default: ours).

    `terminal=(columns, lines)` runs it on a pseudo-terminal of that size instead of pipes:
    `stdout` is then what the screen received (both streams, escape sequences removed).
    """
    if terminal is not None:
        return _on_terminal(list(args), cwd, env, timeout, terminal)
    with tempfile.TemporaryDirectory(prefix="audit-cli-") as folder:
        out, err = Path(folder, "stdout"), Path(folder, "stderr")
        process = _server().Process(
            target=_child,
            args=(list(args), str(cwd or os.getcwd()), dict(env or os.environ), str(out), str(err)),
        )
        process.start()
        process.join(timeout)
        if process.is_alive():
            process.kill()
            process.join()
            raise subprocess.TimeoutExpired(["audit", *args], timeout)
        return subprocess.CompletedProcess(
            ["audit", *args],
            process.exitcode,
            out.read_text(encoding="utf-8", errors="replace"),
            err.read_text(encoding="utf-8", errors="replace"),
        )


_ESCAPES = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07]*\x07|[()][0-9A-Za-z]|[=>])")


def _on_terminal(
    args: list[str],
    cwd: Path | str | None,
    env: Mapping[str, str] | None,
    timeout: float,
    size: tuple[int, int],
) -> subprocess.CompletedProcess[str]:
    columns, lines = size
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
    screen = bytearray()

    def pump() -> None:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: every end of the terminal closed
                return
            if not chunk:
                return
            screen.extend(chunk)

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    environ = {k: v for k, v in (env or os.environ).items() if k not in ("COLUMNS", "LINES")}
    environ["TERM"] = "xterm-256color"
    tty = os.ttyname(slave)
    process = _server().Process(
        target=_child, args=(args, str(cwd or os.getcwd()), environ, tty, tty)
    )
    process.start()
    process.join(timeout)
    alive = process.is_alive()
    if alive:
        process.kill()
        process.join()
    os.close(slave)
    reader.join(30)
    os.close(master)
    if alive:
        raise subprocess.TimeoutExpired(["audit", *args], timeout)
    text = _ESCAPES.sub("", screen.decode("utf-8", errors="replace")).replace("\r\n", "\n")
    return subprocess.CompletedProcess(["audit", *args], process.exitcode, text, "")
