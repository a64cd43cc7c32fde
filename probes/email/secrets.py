"""Resolving mail passwords from an environment variable or a file, never from YAML.

Error messages name the variable or file, never the value.
"""

from __future__ import annotations

import os
from pathlib import Path

from probes.email.interface import Credentials, SecretError


def resolve_password(account: Credentials) -> str | None:
    """The password of `account`, or None when it names no source (no login)."""
    if account.password_env:
        value = os.environ.get(account.password_env)
        if value is None:
            raise SecretError(f"environment variable {account.password_env} is not set")
        return value
    if account.password_file:
        path = Path(account.password_file).expanduser()
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise SecretError(f"cannot read password file {path}: {exc.strerror}") from None
        # Only the trailing newline editors add is stripped; inner spaces are kept.
        return text.rstrip("\r\n")
    return None


def redact(text: str, *secrets: str | None) -> str:
    """`text` with every given secret replaced by `***` (for error messages and logs)."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text
