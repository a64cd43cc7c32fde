"""A rootless Dovecot IMAP server on loopback, for tests, benchmarks and the demo.

`DovecotRig` writes a Dovecot 2.3 config into a temp dir, starts `dovecot -c`
on a free 127.0.0.1 port, and on exit stops it and removes every file.
See /work/shared/MAILBOX-RIG.md for the pitfalls this works around.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import IO

from probes.email.interface import ImapAccount
from probes.errors import OurSideError

DOVECOT = os.environ.get("AUDIT_DOVECOT", "/usr/sbin/dovecot")


# Runs Dovecot as a child of a tiny subreaper: Dovecot's master leaves imap/log/stats
# children behind when it stops, and where PID 1 does not reap (containers), they
# would stay as zombies. The supervisor ends and reaps the whole group on SIGTERM, or
# when its owner dies.
_SUPERVISOR = r"""
import ctypes, os, signal, subprocess, sys, time
try:
    ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
except Exception:
    pass
stop = []
signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
parent = os.getppid()
master = subprocess.Popen(sys.argv[1:])
# An owner killed outright (SIGKILL, a crashed test run) cannot stop us: its death is seen
# as a new parent, and Dovecot is stopped rather than left running for good.
while not stop and master.poll() is None and os.getppid() == parent:
    time.sleep(0.02)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
os.killpg(0, signal.SIGTERM)
deadline = time.monotonic() + 3
me = str(os.getpid())
while True:
    try:
        pid, _ = os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        break
    if pid == 0:
        if time.monotonic() > deadline:
            for entry in os.listdir("/proc"):
                try:
                    with open(f"/proc/{entry}/stat") as f:
                        fields = f.read().rpartition(")")[2].split()
                    if fields[1] == me:
                        os.kill(int(entry), signal.SIGKILL)
                except (OSError, ValueError, IndexError):
                    pass
        time.sleep(0.01)
"""


class MailRigError(OurSideError):
    """Dovecot could not be started (not installed, bad config, port in use)."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _service_users() -> tuple[str, str, int, int]:
    """(login user, internal user, mail uid, mail gid) for running as root or not."""
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.geteuid()).pw_name
        return me, me, os.geteuid(), os.getegid()
    try:
        internal = pwd.getpwnam("dovecot")
        pwd.getpwnam("dovenull")
    except KeyError as exc:
        raise MailRigError("running as root needs the dovecot and dovenull users") from exc
    return "dovenull", "dovecot", internal.pw_uid, internal.pw_gid


_CONFIG = """\
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
info_log_path = {base}/dovecot.log
default_login_user = {login_user}
default_internal_user = {internal_user}
default_internal_group = {internal_group}
mail_location = maildir:~/Maildir
first_valid_uid = {uid}
last_valid_uid = {uid}
first_valid_gid = {gid}
auth_failure_delay = 0
mail_max_userip_connections = 1000
imap_idle_notify_interval = 2 mins
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {base}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {base}/passwd
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
  # No auth penalty: tests refuse logins on purpose, and the penalty would also slow
  # the sandbox companies' own logins from 127.0.0.1 (they deliver by IMAP APPEND).
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service pop3-login {{
  chroot =
}}
service stats {{
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""


class DovecotRig:
    """A throwaway Dovecot on 127.0.0.1 with the given users (address -> password).

    Use as a context manager; `.imap_account(user)` gives the account to watch.
    """

    def __init__(self, users: Mapping[str, str], start_timeout_s: float = 5.0) -> None:
        self.users = dict(users)
        self.start_timeout_s = start_timeout_s
        self.port = 0
        self.base: Path | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_file: IO[bytes] | None = None

    # -- lifecycle -------------------------------------------------------------
    def __enter__(self) -> DovecotRig:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        """Write the config, start Dovecot and wait until it accepts connections."""
        if not Path(DOVECOT).exists():
            raise MailRigError(f"{DOVECOT} not found: apt-get install -y dovecot-imapd")
        login_user, internal_user, uid, gid = _service_users()
        base = Path(tempfile.mkdtemp(prefix="audit-dovecot-"))
        self.base = base
        base.chmod(0o755)
        self.port = free_port()
        lines = []
        for user, password in self.users.items():
            home = base / "homes" / user
            home.mkdir(parents=True)
            lines.append(f"{user}:{{PLAIN}}{password}:{uid}:{gid}::{home}")
        (base / "homes").chmod(0o755)
        passwd = base / "passwd"
        passwd.write_text("\n".join(lines) + "\n")
        passwd.chmod(0o640)
        if os.geteuid() == 0:
            os.chown(passwd, 0, gid)
            for path in (base / "homes").rglob("*"):
                os.chown(path, uid, gid)
        config = base / "dovecot.conf"
        config.write_text(
            _CONFIG.format(
                base=base,
                login_user=login_user,
                internal_user=internal_user,
                internal_group=internal_user,
                uid=uid,
                gid=gid,
                port=self.port,
            )
        )
        self._launch()

    def _launch(self) -> None:
        assert self.base is not None
        # -F keeps the master in the foreground as our child, so we can reap it.
        self._log_file = (self.base / "startup.log").open("ab")
        self._proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                _SUPERVISOR,
                DOVECOT,
                "-F",
                "-c",
                str(self.base / "dovecot.conf"),
            ],
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=self._log_file,
            start_new_session=True,  # its own process group, ended by the supervisor
        )
        self._wait_ready()

    def restart(self) -> None:
        """Stop and start Dovecot on the same port, keeping the mailboxes (drops connections)."""
        self._terminate()
        self._launch()

    def _wait_ready(self) -> None:
        assert self.base is not None
        deadline = time.monotonic() + self.start_timeout_s
        while time.monotonic() < deadline:
            if self._proc is not None and self._proc.poll() is not None:
                log = (self.base / "startup.log").read_text(errors="replace").strip()
                last = log.splitlines()[-1] if log else f"exit {self._proc.returncode}"
                self.stop()
                raise MailRigError(f"dovecot failed: {last}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock,
            ):
                if sock.recv(64).startswith(b"* OK"):
                    return
            time.sleep(0.02)
        self.stop()
        raise MailRigError(f"dovecot did not answer on port {self.port}")

    def stop(self) -> None:
        """Stop Dovecot (SIGTERM, then SIGKILL after 3 s), reap it and remove the temp dir."""
        self._terminate()
        self._cleanup()

    def _terminate(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=5.0)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None

    def _cleanup(self) -> None:
        if self.base is not None:
            shutil.rmtree(self.base, ignore_errors=True)
            self.base = None

    # -- accounts --------------------------------------------------------------
    def imap_account(self, user: str, folder: str = "INBOX") -> ImapAccount:
        """The IMAP account of `user`; its password is exported in an env var."""
        if user not in self.users:
            raise KeyError(f"no such rig user: {user}")
        env_name = "AUDIT_RIG_PW_" + "".join(c if c.isalnum() else "_" for c in user).upper()
        os.environ[env_name] = self.users[user]
        return ImapAccount(
            host="127.0.0.1",
            port=self.port,
            tls=False,
            user=user,
            password_env=env_name,
            folder=folder,
        )

    def log_text(self) -> str:
        """Dovecot's log so far (for test failure messages)."""
        if self.base is None:
            return ""
        log = self.base / "dovecot.log"
        return log.read_text(errors="replace") if log.exists() else ""


class PortGate:
    """A loopback TCP door in front of a port (e.g. the rig's IMAP): open, it forwards;
    closed, nothing listens (connection refused) and open connections are cut.

    Tests use it to take the shopper's mailbox away from the audit while the sandbox
    companies keep delivering into the rig directly.
    """

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = free_port()
        self._listener: socket.socket | None = None
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()

    def __enter__(self) -> PortGate:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        """Whether the gate forwards connections now."""
        return self._listener is not None

    def open(self) -> None:
        """Listen on `port` and forward every connection to `target_port`."""
        if self._listener is not None:
            return
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def close(self) -> None:
        """Stop listening and cut every forwarded connection."""
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        with self._lock:
            conns, self._conns = self._conns, []
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                self._conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
