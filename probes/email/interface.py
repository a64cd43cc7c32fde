"""The email channel's types: persona, mail accounts, templates, settings, messages, errors.

Values passed between stages are frozen. Passwords are never fields here: an
account names an environment variable or a file (see `probes.email.secrets`).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from probes.errors import AuditError, InputError, OurSideError

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class EmailError(AuditError):
    """Base of the email channel's errors."""


class TemplateError(EmailError, InputError):
    """A template is unknown, has an unknown placeholder or renders CR/LF into a header."""


class SecretError(EmailError, InputError):
    """A password could not be resolved (variable unset, file missing); never shows the value."""


class SendError(EmailError, OurSideError):
    """SMTP refused or failed. `permanent` for 5xx; `uncertain` when the DATA outcome is unknown."""

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        permanent: bool = False,
        uncertain: bool = False,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.permanent = permanent
        self.uncertain = uncertain


class WatchError(EmailError, OurSideError):
    """The IMAP server could not be reached or refused us."""


class Persona(BaseModel):
    """A shopper: name and the address replies come back to."""

    model_config = _FROZEN

    first_name: str
    last_name: str
    address: str
    account: str = "default"
    """Key of the `MailAccounts` this persona sends and reads with."""

    @field_validator("address")
    @classmethod
    def _one_address(cls, value: str) -> str:
        if "@" not in value or any(c in value for c in " \r\n<>,"):
            raise ValueError("not a plain email address")
        return value


class Credentials(BaseModel):
    """Who logs in: user, and where the password comes from (env var or file)."""

    model_config = _FROZEN

    user: str | None = None
    password_env: str | None = None
    password_file: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _no_inline_password(cls, data: object) -> object:
        if isinstance(data, dict) and "password" in data:
            raise ValueError(
                "a password is never read from the campaign file: "
                "name an environment variable (password_env) or a file (password_file)"
            )
        return data

    @model_validator(mode="after")
    def _at_most_one_source(self) -> Credentials:
        if self.password_env and self.password_file:
            raise ValueError("give password_env or password_file, not both")
        return self


class SmtpAccount(Credentials):
    """SMTP submission: host, port, security and who logs in (password by env/file)."""

    host: str
    port: int = 587
    security: Literal["none", "starttls", "tls"] = "starttls"
    timeout_s: float = 30.0


class ImapAccount(Credentials):
    """The IMAP mailbox watched for replies."""

    host: str
    port: int = 993
    tls: bool = True
    folder: str = "INBOX"

    def key(self) -> str:
        """A stable name for this mailbox in the store (no secrets)."""
        return f"{self.user}@{self.host}:{self.port}/{self.folder}"


class MailAccounts(BaseModel):
    """The SMTP and IMAP accounts one or more personas use."""

    model_config = _FROZEN

    smtp: SmtpAccount
    imap: ImapAccount


class InquiryText(BaseModel):
    """One language of a template: subject, body and what a correct answer mentions."""

    model_config = _FROZEN

    subject: str
    body: str
    product: str = ""
    must_mention: tuple[str, ...] = ()
    """Regular expressions (case-insensitive); every one must match the human answer."""


class InquiryTemplate(BaseModel):
    """An inquiry in several languages with {company}, {first_name}, {last_name}, {product}."""

    model_config = _FROZEN

    id: str
    product: str = ""
    languages: dict[str, InquiryText]


class EmailSettings(BaseModel):
    """Deadline and scheduling: weekdays, business hours (in `timezone`), spread of sends."""

    model_config = _FROZEN

    deadline_h: float = Field(72.0, gt=0)
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)
    """0 = Monday."""
    business_hours: tuple[int, int] = (0, 24)
    """[start, end) hours of the day in `timezone`; (0, 24) sends at any hour."""
    timezone: str = "UTC"
    spread_s: float = Field(0.0, ge=0)
    """Pause between two sends, so a campaign does not arrive as a burst."""
    smtp_tries: int = Field(4, ge=1)
    """SMTP tries per run when the server answers 4xx or cannot be reached."""
    smtp_backoff_s: float = Field(2.0, ge=0)
    """Wait before the second try; doubled for every further one."""
    mailbox_patience_s: float = Field(900.0, gt=0)
    """How long `audit run` keeps trying a mailbox it cannot reach (port closed, login
    refused) before it gives up (exit 3); its inquiries stay awaiting, never judged."""

    @field_validator("weekdays")
    @classmethod
    def _valid_days(cls, value: tuple[int, ...]) -> tuple[int, ...]:
        if not value or any(d < 0 or d > 6 for d in value):
            raise ValueError("weekdays are 0 (Monday) to 6 (Sunday), at least one")
        return value

    @field_validator("business_hours")
    @classmethod
    def _valid_hours(cls, value: tuple[int, int]) -> tuple[int, int]:
        start, end = value
        if not 0 <= start < end <= 24:
            raise ValueError("business_hours is [start, end) with 0 <= start < end <= 24")
        return value


class EmailCampaignSpec(BaseModel):
    """The email part of a campaign: personas, accounts, templates, deadline, scheduling."""

    model_config = _FROZEN

    personas: tuple[Persona, ...]
    accounts: dict[str, MailAccounts]
    templates: tuple[str, ...] = ("returns_window",)
    product: str = ""
    settings: EmailSettings = EmailSettings()
    host_map: dict[str, str] = Field(default_factory=dict)
    """Host globs -> IPs for Chromium when filling contact forms (sandbox only)."""
    templates_file: str | None = None
    """Own inquiries YAML instead of the shipped one."""

    @model_validator(mode="after")
    def _accounts_known(self) -> EmailCampaignSpec:
        if not self.personas:
            raise ValueError("at least one persona is needed")
        for persona in self.personas:
            if persona.account not in self.accounts:
                raise ValueError(f"persona {persona.address}: unknown account {persona.account!r}")
        return self


class OutgoingInquiry(BaseModel):
    """One composed inquiry, as recorded before the first SMTP byte."""

    model_config = _FROZEN

    attempt_id: str
    company: str
    message_id: str
    token: str
    """Plus-address token: replies to user+token@domain belong to this attempt."""
    ref: str
    """Short reference in the subject, e.g. `(ref K7Q2MX)`."""
    from_addr: str
    from_name: str
    to_addr: str | None
    subject: str
    body: str
    template_id: str
    language: str
    first_name: str
    must_mention: tuple[str, ...]


class ReplyClass(StrEnum):
    """What kind of message came back."""

    AUTO_ACK = "auto_ack"
    OUT_OF_OFFICE = "out_of_office"
    HUMAN = "human"
    BOUNCE = "bounce"
    HELD = "held"
    """Held on the way (challenge-response, delayed DSN 4.x): not a bounce, keep waiting."""


class IncomingMessage(BaseModel):
    """A message read from IMAP, parsed defensively; text is bounded and unquoted."""

    model_config = _FROZEN

    account: str
    uidvalidity: int
    uid: int
    message_id: str
    internaldate: datetime
    date_header: str = ""
    from_addr: str = ""
    from_name: str = ""
    to_addrs: tuple[str, ...] = ()
    subject: str = ""
    in_reply_to: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    headers: dict[str, str] = Field(default_factory=dict)
    """Lower-cased names of the headers classification reads."""
    text: str = ""
    """Plain text of the message (HTML converted), quoted part removed, bounded."""
    content_type: str = ""
    dsn_status: str = ""
    dsn_diagnostic: str = ""
    size: int = 0
    truncated: bool = False
    parse_problems: tuple[str, ...] = ()
    raw: bytes = b""
    """The bytes as fetched (at most the fetch limit), for the .eml evidence."""
