"""Resolving mail passwords from an environment variable or a file, never from YAML.

Error messages name the variable or file, never the value.
"""

from __future__ import annotations

import os
from pathlib import Path

from probes.email.interface import Credentials, SecretError

MAX_PASSWORD_FILE_BYTES = 4096
"""A password file larger than this is not a password file (4 KiB)."""


def resolve_password(account: Credentials) -> str | None:
    """The password of `account`, or None when it names no source (no login)."""
    if account.password_env:
        value = os.environ.get(account.password_env)
        if value is None:
            raise SecretError(f"environment variable {account.password_env} is not set")
        return value
    if account.password_file:
        return _read_password_file(Path(account.password_file).expanduser())
    return None


def _read_password_file(path: Path) -> str:
    # A FIFO or device would block or never end: only a regular file is read, and only
    # its first MAX_PASSWORD_FILE_BYTES + 1 bytes. No message ever quotes the content.
    try:
        if not path.is_file():
            reason = "does not exist" if not path.exists() else "is not a regular file"
            raise SecretError(f"password file {path} {reason}")
        with path.open("rb") as handle:
            data = handle.read(MAX_PASSWORD_FILE_BYTES + 1)
    except OSError as exc:
        raise SecretError(f"cannot read password file {path}: {exc.strerror}") from None
    if len(data) > MAX_PASSWORD_FILE_BYTES:
        raise SecretError(
            f"password file {path} is larger than {MAX_PASSWORD_FILE_BYTES // 1024} KiB; "
            "it must hold only the password"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise SecretError(f"password file {path} is not UTF-8 text") from None
    # Only the trailing newline editors add is stripped; inner spaces are kept.
    password = text.rstrip("\r\n")
    if any((ord(c) < 32 and c != "\t") or ord(c) == 127 for c in password):
        raise SecretError(f"password file {path} is not text (control characters)")
    return password


def redact(text: str, *secrets: str | None) -> str:
    """`text` with every given secret replaced by `***` (for error messages and logs)."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text
