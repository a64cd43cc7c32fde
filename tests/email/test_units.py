"""Templates, scheduling, classification and matching rules without servers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.policy import default
from types import SimpleNamespace

import pytest

from probes.base import Target
from probes.email.classify import classify, judge_answer
from probes.email.compose import compose, to_mime
from probes.email.interface import (
    EmailSettings,
    ImapAccount,
    IncomingMessage,
    InquiryTemplate,
    InquiryText,
    Persona,
    ReplyClass,
    TemplateError,
)
from probes.email.match import SentRef, match_message
from probes.email.schedule import in_send_window, next_send_window
from probes.email.templates import load_templates
from sandbox.mail import sandbox_email_spec

PERSONA = Persona(first_name="Lena", last_name="Horvat", address="lena@audit.test")
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize("language", ["en", "de", "sl", "el", "lt", "tr"])
def test_every_shipped_template_renders_in_every_language(language: str) -> None:
    target = Target(name="Shop", support_email="help@shop.example", language=language)
    for template in load_templates().values():
        inquiry = compose("a1", target, PERSONA, template)
        assert inquiry.language == language and inquiry.must_mention
        assert f"(ref {inquiry.ref})" in inquiry.subject
        assert inquiry.from_addr == f"lena+{inquiry.token}@audit.test"
        parsed = message_from_bytes(to_mime(inquiry, NOW), policy=default)
        assert parsed["Message-ID"] == inquiry.message_id
        assert parsed["Subject"] == inquiry.subject
        body = parsed.get_body()
        assert body is not None and "Shop" in body.get_content()


def test_crlf_in_a_header_is_refused() -> None:
    template = InquiryTemplate(
        id="t", languages={"en": InquiryText(subject="About {company}", body="Hi")}
    )
    evil = Target(name="Shop\r\nBcc: everyone@example.org", support_email="a@shop.example")
    with pytest.raises(TemplateError, match="CR/LF"):
        compose("a1", evil, PERSONA, template)
    bad_to = Target(name="Shop", support_email="a@shop.example\nBcc: x@y.z")
    with pytest.raises(TemplateError, match="CR/LF"):
        compose("a1", bad_to, PERSONA, template)


def test_send_window_respects_weekdays_hours_and_timezone() -> None:
    settings = EmailSettings(
        weekdays=(0, 1, 2, 3, 4), business_hours=(9, 17), timezone="Europe/Berlin"
    )
    monday_noon_utc = datetime(2026, 11, 23, 11, 0, tzinfo=UTC)  # 12:00 in Berlin
    assert in_send_window(settings, monday_noon_utc)
    assert not in_send_window(settings, monday_noon_utc.replace(hour=17))  # 18:00 Berlin
    saturday = datetime(2026, 11, 28, 11, 0, tzinfo=UTC)
    assert not in_send_window(settings, saturday)
    assert next_send_window(settings, saturday) == datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def test_the_sandbox_sends_on_any_day() -> None:
    # `audit demo` and the suite run on weekends too: the sandbox's window is the whole week
    # (the default, weekdays only, held every inquiry until Monday on 2026-12-05).
    rig = SimpleNamespace(imap_account=lambda user: ImapAccount(host="127.0.0.1", port=1))
    spec = sandbox_email_spec(rig, SimpleNamespace(smtp_port=1), "lena@shopper.test")  # type: ignore[arg-type]
    saturday, sunday = (
        datetime(2026, 12, 5, 1, 0, tzinfo=UTC),
        datetime(2026, 12, 6, 23, 0, tzinfo=UTC),
    )
    assert in_send_window(spec.settings, saturday) and in_send_window(spec.settings, sunday)


def _msg(**fields: object) -> IncomingMessage:
    base: dict[str, object] = {
        "account": "acc", "uidvalidity": 1, "uid": 1, "message_id": "<r@shop.example>",
        "internaldate": NOW, "from_addr": "anna@shop.example", "subject": "Re: hi",
    }  # fmt: skip
    base.update(fields)
    return IncomingMessage.model_validate(base)


def test_auto_reply_signals_and_the_suppress_request() -> None:
    assert classify(_msg(headers={"auto-submitted": "auto-replied"})).kind is ReplyClass.AUTO_ACK
    assert classify(_msg(headers={"auto-submitted": "no"})).kind is ReplyClass.HUMAN
    assert classify(_msg(headers={"precedence": "bulk"})).kind is ReplyClass.AUTO_ACK
    assert classify(_msg(from_addr="noreply@shop.example")).kind is ReplyClass.AUTO_ACK
    suppress = _msg(headers={"x-auto-response-suppress": "All"}, text="Hi Lena, 30 days.")
    assert classify(suppress).kind is ReplyClass.HUMAN
    ooo = _msg(subject="Automatic reply: out of office", headers={"auto-submitted": "auto-replied"})
    assert classify(ooo).kind is ReplyClass.OUT_OF_OFFICE
    human = _msg(
        text="Thank you for your message, Lena! You have 30 days.\n\nBest regards,\nEva Lind"
    )
    assert classify(human).kind is ReplyClass.HUMAN
    quality = judge_answer(human, (r"\b\d+\s*days?\b",), "Lena")
    assert quality.answered and quality.personalised and quality.agent == "Eva Lind"
    quoted = _msg(text="We will check.\n\n> how many days do I have? 30 days\n")
    assert not judge_answer(quoted, (r"\b\d+\s*days?\b",), "Lena").answered


def test_match_order_and_forged_headers() -> None:
    a = SentRef(
        "A", "<a@audit.test>", "tokena1", "AAAAAA", "shop.example", NOW, NOW + timedelta(hours=1)
    )
    b = SentRef(
        "B", "<b@audit.test>", "tokenb1", "BBBBBB", "other.example", NOW, NOW + timedelta(hours=1)
    )
    later = NOW + timedelta(minutes=5)
    assert (
        match_message(_msg(in_reply_to=("<b@audit.test>",), internaldate=later), [a, b]).attempt_id
        == "B"
    )
    forged = _msg(in_reply_to=("<b@audit.test>",), to_addrs=("lena+tokena1@audit.test",))
    found = match_message(forged, [a, b])
    assert found.attempt_id == "A" and found.method == "token" and "wins" in found.reason
    by_ref = match_message(_msg(subject="Re: Returning (ref BBBBBB)"), [a, b])
    assert by_ref.attempt_id == "B" and by_ref.method == "subject"
    by_domain = match_message(_msg(internaldate=later, from_addr="x@eu.shop.example"), [a, b])
    assert by_domain.attempt_id == "A" and by_domain.method == "domain"
    too_late = _msg(internaldate=NOW + timedelta(hours=2))
    assert match_message(too_late, [a, b]).attempt_id is None


def test_a_password_in_the_campaign_file_is_refused_without_echoing_it() -> None:
    from pydantic import ValidationError

    from probes.email.interface import SmtpAccount

    with pytest.raises(ValidationError) as caught:
        SmtpAccount.model_validate({"host": "smtp.example", "password": "hunter2"})
    message = caught.value.errors(include_url=False)[0]["msg"]
    assert "password_env" in message and "hunter2" not in message


def test_a_reply_from_the_companys_registrable_domain_or_help_desk_is_theirs() -> None:
    from probes.attempts import AttemptRecord, AttemptState
    from probes.email.proof import company_domains
    from probes.email.senders import check_sender, relation

    attempt = AttemptRecord(
        id="a", campaign_id="c", company="Shop", probe_id="email", seq=1,
        state=AttemptState.AWAITING, data={"email": {"to_addr": "support@eu.shop.co.uk"}},
    )  # fmt: skip
    domains = company_domains(attempt, Target(name="Shop", website="https://www.shop.co.uk/"))
    assert relation("help.shop.co.uk", domains) and relation("shop.co.uk", domains)
    assert relation("other.co.uk", domains) is None  # the public suffix is not the company
    assert relation("shop.zendesk.com", domains) == "help-desk provider Zendesk (zendesk.com)"
    stranger = check_sender("x@evil.example", b"From: x@evil.example\r\n\r\nhi", domains)
    assert not stranger.verified and "unverified sender" in stranger.reason
    bounce = check_sender("mailer-daemon@audit.test", b"", domains, ["audit.test"], True)
    assert bounce.verified  # our own mail system reports the bounce
