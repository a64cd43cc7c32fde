"""A throwaway PostgreSQL server on loopback in a temp dir (Debian's `initdb`/`pg_ctl`).

PostgreSQL refuses to run as root, so as root the server runs as `nobody`, owning
its temp dir. Trust authentication on 127.0.0.1 only; stopped and removed at the end.
"""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text


def postgres_bin() -> Path | None:
    """The newest installed PostgreSQL's bin folder (Debian layout), or None."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4])
    )
    return Path(found[-1]).parent if found else None


_INITDB = ["--auth=trust", "--encoding=UTF8", "--no-sync"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass(frozen=True)
class PgServer:
    """A running server: `url(db)` for a database, `database_for(key)` to make a fresh one."""

    port: int

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def database_for(self, key: str) -> str:
        """The URL of a database named after `key`, created empty on first use."""
        name = "t_" + hashlib.sha256(key.encode()).hexdigest()[:20]
        engine = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                exists = conn.execute(
                    text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
                ).first()
                if exists is None:
                    conn.execute(text(f'CREATE DATABASE "{name}"'))
        finally:
            engine.dispose()
        return self.url(name)


@contextmanager
def running_postgres(bindir: Path) -> Iterator[PgServer]:
    """Start a server in a new temp dir; stop it and remove the dir afterwards."""
    root = Path(tempfile.mkdtemp(prefix="audit-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "nobody", "nogroup")
        as_user = ["runuser", "-u", "nobody", "--"]
    data, port = root / "data", _free_port()
    run = {"check": True, "capture_output": True, "timeout": 300}
    try:
        subprocess.run(
            [*as_user, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", *_INITDB],
            **run,  # type: ignore[arg-type]
        )
        start = ["-l", str(root / "server.log"), "-w", "-t", "300", "start"]
        options = f"-h 127.0.0.1 -p {port} -k {root} -c fsync=off"
        subprocess.run(
            [*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-o", options, *start],
            **run,  # type: ignore[arg-type]
        )
        try:
            yield PgServer(port)
        finally:
            subprocess.run(
                [*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                **run,  # type: ignore[arg-type]
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)
