"""Sending one message by SMTP (aiosmtplib), step by step so the outcome is always known.

4xx replies and connection failures before DATA are retried with exponential
backoff; 5xx is final. A failure while the DATA is in flight cannot be told
apart from success, so it raises `SendError(uncertain=True)` and is never retried.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

import aiosmtplib

from probes.base import utcnow
from probes.email.interface import SendError, SmtpAccount
from probes.email.parse import clean_line
from probes.email.secrets import redact


@dataclass(frozen=True)
class SendResult:
    """The server accepted the message at `accepted_at` (our UTC clock) with `response`."""

    accepted_at: datetime
    response: str
    tries: int


def _client(account: SmtpAccount) -> aiosmtplib.SMTP:
    return aiosmtplib.SMTP(
        hostname=account.host,
        port=account.port,
        timeout=account.timeout_s,
        use_tls=account.security == "tls",
        start_tls=account.security == "starttls",
    )


def _code(exc: BaseException) -> int | None:
    code = getattr(exc, "code", None)
    return code if isinstance(code, int) and code >= 100 else None


def _describe(exc: BaseException, password: str | None) -> str:
    code = _code(exc)
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    text = clean_line(str(text), 300)  # server text: no escapes reach a terminal
    return redact(f"{code} {text}" if code else f"{type(exc).__name__}: {text}", password)


async def _one_try(
    account: SmtpAccount, password: str | None, sender: str, recipient: str, data: bytes
) -> str:
    """One SMTP session; raises SendError(uncertain=True) if DATA's outcome is unknown."""
    client = _client(account)
    await client.connect()
    try:
        if account.user and password is not None:
            await client.login(account.user, password)
        await client.mail(sender)
        await client.rcpt(recipient)
        try:
            response = await client.data(data)
        except aiosmtplib.SMTPResponseException:
            raise  # the server answered: the outcome is known
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise SendError(
                f"connection lost during DATA: {_describe(exc, password)}", uncertain=True
            ) from None
        return f"{response.code} {clean_line(response.message, 200)}"
    finally:
        try:
            await client.quit()
        except (aiosmtplib.SMTPException, OSError, TimeoutError):
            client.close()


async def send_bytes(
    account: SmtpAccount,
    password: str | None,
    sender: str,
    recipient: str,
    data: bytes,
    *,
    attempts: int = 4,
    backoff_s: float = 2.0,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    on_retry: Callable[[str], None] | None = None,
) -> SendResult:
    """Send `data` from `sender` to `recipient`; retried on 4xx, final on 5xx."""
    last = ""
    for attempt in range(1, attempts + 1):
        try:
            response = await _one_try(account, password, sender, recipient, data)
            return SendResult(accepted_at=utcnow(), response=response, tries=attempt)
        except SendError:
            raise
        except aiosmtplib.SMTPResponseException as exc:
            last = _describe(exc, password)
            if exc.code >= 500:
                raise SendError(f"refused: {last}", code=exc.code, permanent=True) from None
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            last = _describe(exc, password)
        if attempt < attempts:
            if on_retry is not None:
                on_retry(f"try {attempt} failed ({last}); retrying")
            await sleep(backoff_s * 2 ** (attempt - 1))
    raise SendError(f"gave up after {attempts} tries: {last}")
