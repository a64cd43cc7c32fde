"""The one error model: every error a user can cause or meet is an `AuditError`.

An `AuditError` carries an exit code and prints as one line (the CLI shows
`error: <line>` and exits with the code, never a traceback). The codes are a
contract, documented in the README:

- 0 ok;
- 1 partial (some rows of a log rejected, some attempts failed on our side);
- 2 bad input or usage (a campaign, rubric, CSV or secrets file is wrong);
- 3 our side failed (store, mailbox, browser or mail rig unreachable).

This module is the lowest layer: it imports nothing of the project.
"""

from __future__ import annotations

from typing import ClassVar

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_BAD_INPUT = 2
EXIT_OUR_SIDE = 3


class AuditError(Exception):
    """Base of every user-facing error; `one_line()` is what the CLI prints."""

    exit_code: ClassVar[int] = EXIT_BAD_INPUT

    def one_line(self) -> str:
        """The message on one line (whitespace, including newlines, collapsed)."""
        return " ".join(str(self).split())


class InputError(AuditError, ValueError):
    """Bad input or usage: a file, a cell, a flag or a name is wrong (exit 2)."""

    exit_code: ClassVar[int] = EXIT_BAD_INPUT


class OurSideError(AuditError, RuntimeError):
    """Our side failed: the store, a mailbox, the browser or the mail rig (exit 3)."""

    exit_code: ClassVar[int] = EXIT_OUR_SIDE
