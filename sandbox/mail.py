"""The sandbox's mail side: an aiosmtpd server on loopback and scripted company replies.

Inquiries to `*@<company>.sandbox.test` are accepted and recorded; each
company's script (mail_world.yaml) then writes its replies into the shopper's
mailbox on the Dovecot rig by IMAP APPEND, so INTERNALDATE is the server's
arrival time. `fail_next()` makes the server answer 4xx/5xx for tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import heapq
import imaplib
import itertools
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.policy import default as DEFAULT_POLICY
from email.utils import format_datetime, make_msgid, parseaddr
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import yaml
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from pydantic import BaseModel, ConfigDict, Field

from probes.email.interface import (
    EmailCampaignSpec,
    EmailSettings,
    MailAccounts,
    Persona,
    SmtpAccount,
)
from sandbox.mailrig import DovecotRig, free_port

MAIL_WORLD_FILE = Path(__file__).with_name("mail_world.yaml")
SANDBOX_DOMAIN = ".sandbox.test"


class Step(BaseModel):
    """One scripted reply."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["auto_ack", "out_of_office", "human", "follow_up", "bounce"]
    after_s: float = 1.0
    rfc3834: bool = True
    noreply: bool = False
    answers: bool = True
    uses_name: bool = True
    agent: str | None = None
    threaded: bool = True
    forge_date_h: float | None = None


class CompanyMail(BaseModel):
    """A company's email behaviour."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    form_only: bool = False
    script: tuple[Step, ...] = ()


class MailWorld(BaseModel):
    """All companies' scripts and the per-language texts they write."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    companies: dict[str, CompanyMail]
    texts: dict[str, dict[str, str]]
    names: dict[str, str] = Field(default_factory=dict)
    """Company id -> display name (from world.yaml when available)."""
    languages: dict[str, str] = Field(default_factory=dict)


def load_mail_world(path: Path | None = None) -> MailWorld:
    """The scripts file, with company names and languages from world.yaml when present."""
    data = yaml.safe_load((path or MAIL_WORLD_FILE).read_text(encoding="utf-8"))
    companies = {
        cid: spec if isinstance(spec, dict) else {"script": spec or []}
        for cid, spec in data.get("companies", {}).items()
    }
    names: dict[str, str] = {}
    languages: dict[str, str] = {}
    try:
        from sandbox.world import load_world

        for company in load_world().companies:
            names[company.id] = company.name
            languages[company.id] = company.language
    except Exception:  # the website world is optional for the mail side
        pass
    return MailWorld(companies=companies, texts=data["texts"], names=names, languages=languages)


@dataclass(frozen=True)
class ReceivedMail:
    """One message the sandbox SMTP server accepted."""

    company: str
    mail_from: str
    rcpt_to: tuple[str, ...]
    message_id: str
    subject: str
    from_name: str
    data: bytes
    received_at: datetime


@dataclass(order=True)
class _Job:
    due: float
    seq: int
    action: Callable[[], None] = field(compare=False)


class _Scheduler(threading.Thread):
    """Runs delayed deliveries in one thread, in due order."""

    def __init__(self) -> None:
        super().__init__(daemon=True, name="sandbox-mail")
        self._jobs: list[_Job] = []
        self._cond = threading.Condition()
        self._seq = itertools.count()
        self._stopped = False
        self.errors: list[str] = []

    def at(self, delay_s: float, action: Callable[[], None]) -> None:
        with self._cond:
            heapq.heappush(self._jobs, _Job(time.monotonic() + delay_s, next(self._seq), action))
            self._cond.notify()

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify()

    def pending(self) -> int:
        with self._cond:
            return len(self._jobs)

    def run(self) -> None:
        while True:
            with self._cond:
                while not self._stopped and (
                    not self._jobs or self._jobs[0].due > time.monotonic()
                ):
                    timeout = self._jobs[0].due - time.monotonic() if self._jobs else None
                    self._cond.wait(timeout)
                if self._stopped:
                    return
                job = heapq.heappop(self._jobs)
            try:
                job.action()
            except Exception as exc:  # a failed delivery must not stop the others
                self.errors.append(f"{type(exc).__name__}: {exc}")


class _Handler:
    def __init__(self, sandbox: SandboxMail) -> None:
        self.sandbox = sandbox

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any
    ) -> str:
        if not address.lower().endswith(SANDBOX_DOMAIN):
            return "550 5.1.1 relaying denied: not a sandbox address"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        refusal = self.sandbox._next_failure()
        if refusal:
            return refusal
        self.sandbox._accept(envelope.mail_from, tuple(envelope.rcpt_tos), bytes(envelope.content))
        while self.sandbox.hold_replies.is_set():  # tests: the client waits for our answer
            await asyncio.sleep(0.02)
        return "250 2.0.0 OK: queued"


class SandboxMail:
    """aiosmtpd on a free loopback port plus the companies' scripted replies into the rig."""

    def __init__(
        self,
        rig: DovecotRig,
        world: MailWorld | None = None,
        time_scale: float = 1.0,
        hostname: str = "127.0.0.1",
        smtp_users: Mapping[str, str] | None = None,
    ) -> None:
        self.rig = rig
        self.world = world or load_mail_world()
        self.time_scale = time_scale
        self.hostname = hostname
        self.smtp_port = 0
        self.smtp_users = dict(smtp_users or {})
        self.auth_failures = 0
        self.received: list[ReceivedMail] = []
        self.delivered: list[bytes] = []
        self._failures: list[str] = []
        self._lock = threading.Lock()
        self._imap_lock = threading.Lock()
        self._imap: dict[str, imaplib.IMAP4] = {}
        self._scheduler = _Scheduler()
        self._controller: Controller | None = None
        self._ticket = itertools.count(4711)
        self.hold_replies = threading.Event()
        """While set, DATA is received and recorded but its 250 reply is held back."""

    def __enter__(self) -> SandboxMail:
        self.smtp_port = free_port()
        self._controller = Controller(
            _Handler(self),
            hostname=self.hostname,
            port=self.smtp_port,
            authenticator=self._authenticate,
            auth_require_tls=False,
        )
        self._controller.start()
        self._scheduler.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._scheduler.stop()
        self._scheduler.join(5)
        if self._controller is not None:
            self._controller.stop()
        with self._imap_lock:
            for client in self._imap.values():
                with contextlib.suppress(Exception):
                    client.logout()
            self._imap.clear()

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        login = getattr(auth_data, "login", b"") or b""
        password = getattr(auth_data, "password", b"") or b""
        user = login.decode() if isinstance(login, bytes) else str(login)
        secret = password.decode() if isinstance(password, bytes) else str(password)
        ok = user in self.smtp_users and self.smtp_users[user] == secret
        if not ok:
            self.auth_failures += 1
        return AuthResult(success=ok, handled=False)

    # -- controls for tests ----------------------------------------------------------
    def fail_next(self, reply: str, times: int = 1) -> None:
        """Answer the next `times` DATA commands with `reply` (e.g. "451 4.3.0 busy")."""
        with self._lock:
            self._failures.extend([reply] * times)

    def count(self, message_id: str) -> int:
        """How many times a message with `message_id` was accepted."""
        with self._lock:
            return sum(1 for m in self.received if m.message_id == message_id)

    def idle(self) -> bool:
        """No scripted reply is still waiting to be delivered."""
        return self._scheduler.pending() == 0

    @property
    def errors(self) -> list[str]:
        """Deliveries that failed (shown by tests on failure)."""
        return list(self._scheduler.errors)

    def _next_failure(self) -> str | None:
        with self._lock:
            return self._failures.pop(0) if self._failures else None

    # -- receiving ---------------------------------------------------------------------
    def _accept(self, mail_from: str, rcpt_to: tuple[str, ...], data: bytes) -> None:
        msg = message_from_bytes(data, policy=DEFAULT_POLICY)
        company = rcpt_to[0].rpartition("@")[2].lower().removesuffix(SANDBOX_DOMAIN)
        name, _ = parseaddr(str(msg.get("From", "")))
        received = ReceivedMail(
            company=company,
            mail_from=mail_from,
            rcpt_to=rcpt_to,
            message_id=str(msg.get("Message-ID", "")).strip(),
            subject=" ".join(str(msg.get("Subject", "")).split()),
            from_name=name,
            data=data,
            received_at=datetime.now(UTC),
        )
        with self._lock:
            self.received.append(received)
        spec = self.world.companies.get(company)
        if spec is not None and not spec.form_only:
            self._run_script(received, spec)

    def form_submitted(self, company: str, name: str, email: str, message: str) -> None:
        """A contact form was sent on `company`'s website: run its script as for an email."""
        received = ReceivedMail(
            company=company,
            mail_from=email,
            rcpt_to=(f"form@{company}{SANDBOX_DOMAIN}",),
            message_id="",
            subject="",
            from_name=name,
            data=message.encode(),
            received_at=datetime.now(UTC),
        )
        with self._lock:
            self.received.append(received)
        spec = self.world.companies.get(company)
        if spec is not None:
            self._run_script(received, spec)

    def _run_script(self, inquiry: ReceivedMail, spec: CompanyMail) -> None:
        ticket = f"#{next(self._ticket)}"
        for step in spec.script:
            self._scheduler.at(
                step.after_s * self.time_scale,
                functools.partial(self._deliver_step, inquiry, step, ticket),
            )

    def _deliver_step(self, inquiry: ReceivedMail, step: Step, ticket: str) -> None:
        self._deliver(inquiry.mail_from, self.reply(inquiry, step, ticket))

    # -- writing replies ---------------------------------------------------------------
    def _texts(self, company: str) -> Mapping[str, str]:
        language = self.world.languages.get(company, "en")
        return self.world.texts.get(language, self.world.texts["en"])

    def reply(self, inquiry: ReceivedMail, step: Step, ticket: str = "#1") -> bytes:
        """The bytes company `inquiry.company` sends for `step`."""
        if step.kind == "bounce":
            return self._bounce(inquiry)
        company = inquiry.company
        company_name = self.world.names.get(company, company)
        texts = self._texts(company)
        first_name = (inquiry.from_name.split() or ["there"])[0]
        fill = {"first_name": first_name, "company": company_name, "ticket": ticket}
        domain = f"{company}{SANDBOX_DOMAIN}"
        msg = EmailMessage(policy=SMTP_POLICY)
        sender = f"support@{domain}"
        if step.kind == "auto_ack":
            if step.noreply:
                sender = f"no-reply@{domain}"
            body = f"{texts['greet']}\n\n{texts['ack']}\n\n{texts['team']}\n"
            if step.rfc3834:
                msg["Auto-Submitted"] = "auto-replied"
                msg["X-Autoreply"] = "yes"
        elif step.kind == "out_of_office":
            body = f"{texts['greet']}\n\n{texts['ooo']}\n"
            msg["Auto-Submitted"] = "auto-replied"
        else:
            greet = texts["greet_name"] if step.uses_name else texts["greet"]
            text = (
                texts["follow_up"]
                if step.kind == "follow_up"
                else (texts["good"] if step.answers else texts["evasive"])
            )
            signature = step.agent or texts["team"]
            body = f"{greet}\n\n{text}\n\n{texts['closing']}\n{signature}\n{company_name}\n"
        body = body.format_map(fill)
        display = step.agent if step.agent and step.kind in ("human", "follow_up") else company_name
        msg["From"] = f"{display} <{sender}>"
        msg["To"] = inquiry.mail_from
        subject = inquiry.subject or "Your message"
        msg["Subject"] = subject if subject.lower().startswith("re:") else f"Re: {subject}"
        date = datetime.now(UTC)
        if step.forge_date_h is not None:
            date += timedelta(hours=step.forge_date_h)
        msg["Date"] = format_datetime(date)
        msg["Message-ID"] = make_msgid(domain=domain)
        if step.threaded and inquiry.message_id:
            msg["In-Reply-To"] = inquiry.message_id
            msg["References"] = inquiry.message_id
        msg.set_content(body)
        return msg.as_bytes()

    def _bounce(self, inquiry: ReceivedMail) -> bytes:
        rcpt = inquiry.rcpt_to[0]
        boundary = "dsn-" + make_msgid()[1:9]
        headers = inquiry.data.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace")
        shopper_domain = inquiry.mail_from.rpartition("@")[2]
        text = (
            f"From: Mail Delivery System <MAILER-DAEMON@{shopper_domain}>\r\n"
            f"To: {inquiry.mail_from}\r\n"
            f"Subject: Undelivered Mail Returned to Sender\r\n"
            f"Date: {format_datetime(datetime.now(UTC))}\r\n"
            f"Message-ID: {make_msgid(domain=shopper_domain)}\r\n"
            f"Auto-Submitted: auto-replied\r\n"
            f"MIME-Version: 1.0\r\n"
            "Content-Type: multipart/report; report-type=delivery-status;"
            f' boundary="{boundary}"\r\n'
            f"\r\n--{boundary}\r\nContent-Type: text/plain\r\n\r\n"
            f"Your message to {rcpt} could not be delivered.\r\n"
            f"\r\n--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\n"
            f"Reporting-MTA: dns; mx{SANDBOX_DOMAIN}\r\n\r\n"
            f"Final-Recipient: rfc822; {rcpt}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
            f"Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: mailbox unavailable\r\n"
            f"\r\n--{boundary}\r\nContent-Type: text/rfc822-headers\r\n\r\n{headers}\r\n"
            f"\r\n--{boundary}--\r\n"
        )
        return text.encode()

    def _deliver(self, address: str, data: bytes) -> None:
        """IMAP APPEND `data` into the mailbox of `address` (plus-tag removed)."""
        local, _, domain = address.rpartition("@")
        user = f"{local.split('+', 1)[0]}@{domain}"
        if user not in self.rig.users:
            raise KeyError(f"no rig mailbox for {user}")
        with self._imap_lock:
            for attempt in (1, 2):
                client = self._imap.get(user)
                try:
                    if client is None:
                        client = imaplib.IMAP4("127.0.0.1", self.rig.port, timeout=10)
                        client.login(user, self.rig.users[user])
                        self._imap[user] = client
                    typ, _ = client.append("INBOX", None, None, data)
                    if typ != "OK":
                        raise RuntimeError(f"APPEND refused: {typ}")
                    self.delivered.append(data)
                    return
                except (imaplib.IMAP4.error, OSError):
                    self._imap.pop(user, None)
                    if attempt == 2:
                        raise

    def deliver_now(self, address: str, data: bytes) -> None:
        """Put raw `data` into `address`'s mailbox at once (tests of hostile mail)."""
        self._deliver(address, data)


def sandbox_email_spec(
    rig: DovecotRig,
    mail: SandboxMail,
    user: str,
    deadline_s: float = 30.0,
    first_name: str = "Lena",
    last_name: str = "Horvat",
    host_map: Mapping[str, str] | None = None,
) -> EmailCampaignSpec:
    """The email part of a demo campaign wired to this rig and sandbox SMTP server."""
    return EmailCampaignSpec(
        personas=(Persona(first_name=first_name, last_name=last_name, address=user),),
        accounts={
            "default": MailAccounts(
                smtp=SmtpAccount(host="127.0.0.1", port=mail.smtp_port, security="none"),
                imap=rig.imap_account(user),
            )
        },
        templates=("returns_window", "warranty"),
        # The sandbox answers on any day: `audit demo` and the tests send on a Saturday too (the
        # default send window, weekdays only, held every inquiry until Monday).
        settings=EmailSettings(
            deadline_h=deadline_s / 3600, smtp_backoff_s=0.2, weekdays=tuple(range(7))
        ),
        host_map=dict(host_map or {}),
    )
