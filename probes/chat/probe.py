"""The chat probe: open a company's live chat like a customer, ask, and time the replies.

Metrics only, never scores (see `probes.metrics`, `chat.*`). Times come from the
page's clock (`observer.js`), so they are accurate to a few milliseconds whatever
the polling rate. Offline or missing widgets are `absent`; no reply by the
deadline is `timeout`; our own failures raise `ProbeError`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from datetime import datetime
from typing import ClassVar

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page

from probes.base import (
    Channel,
    Evidence,
    MetricValue,
    Observation,
    ProbeContext,
    ProbeError,
    Status,
    Target,
)
from probes.chat.classify import QUEUE, answered
from probes.chat.inquiries import ChatInquiry, build_inquiry
from probes.chat.interface import ChatFailure, ChatSettings, Message, Role
from probes.chat.record import ChatRecord
from probes.chat.session import ChatSession
from probes.email.interface import TemplateError
from probes.metrics import METRICS
from probes.website.loading import PageFailure, first_line, navigate
from probes.website.outage import raise_if_ours

HARD_STOP_GRACE_S = 30.0
"""Beyond loading, opening and `chat_total_timeout_s`, the probe is cut off regardless of
what it waits for."""


class ChatProbe:
    """Opens the chat widget on the target's homepage and holds one scripted conversation."""

    id: ClassVar[str] = "chat"
    channels: ClassVar[tuple[Channel, ...]] = (Channel.CHAT,)
    needs_browser: ClassVar[bool] = True

    async def run(self, target: Target, ctx: ProbeContext) -> list[Observation]:
        """One chat observation; raises `ProbeError` when our side fails."""
        started = ctx.clock.utcnow()
        settings = ChatSettings.from_mapping(ctx.settings)
        if not target.website:
            failure = ChatFailure(Status.ABSENT, "the company has no website", False)
            return [self._failed(target, ctx, started, ChatRecord(), failure, ())]
        if ctx.browser is None:
            raise ProbeError("the chat probe needs a browser")
        try:
            inquiry = build_inquiry(
                settings.template,
                target.language,
                target.name,
                settings.first_name,
                settings.last_name,
            )
        except TemplateError as exc:
            raise ProbeError(str(exc)) from exc
        options = ctx.browser_options
        try:
            context = await ctx.browser.new_context(
                viewport={"width": options.viewport_width, "height": options.viewport_height},
                user_agent=options.user_agent,
            )
            page = await context.new_page()
        except PlaywrightError as exc:
            raise ProbeError(f"could not open a browser page: {first_line(exc)}") from exc
        context.set_default_timeout(min(options.navigation_timeout_s, 30.0) * 1000)
        session = ChatSession(page, settings, inquiry, ctx.clock)
        evidence: list[Evidence] = []
        hard_stop = (
            options.navigation_timeout_s
            + settings.widget_timeout_s
            + settings.total_timeout_s
            + HARD_STOP_GRACE_S
        )
        try:
            async with asyncio.timeout(hard_stop):
                await self._chat(session, target.website, ctx, settings, evidence)
        except ChatFailure as failure:
            evidence.extend(await self._finish_evidence(session, ctx, settings))
            return [self._failed(target, ctx, started, session.record, failure, tuple(evidence))]
        except TimeoutError:
            cut_off = ChatFailure(
                Status.TIMEOUT,
                f"the chat was cut off at its hard limit ({hard_stop:g} s)",
            )
            evidence.extend(await self._finish_evidence(session, ctx, settings))
            return [self._failed(target, ctx, started, session.record, cut_off, tuple(evidence))]
        except PlaywrightError as exc:
            if session.crashed:
                raise ProbeError(
                    f"Chromium page crashed during the chat: {first_line(exc)}"
                ) from exc
            raise ProbeError(f"browser failure during the chat: {first_line(exc)}") from exc
        finally:
            with contextlib.suppress(PlaywrightError):
                await context.close()
        return [self._observation(target, ctx, started, session.record, inquiry, tuple(evidence))]

    async def _chat(
        self,
        session: ChatSession,
        url: str,
        ctx: ProbeContext,
        settings: ChatSettings,
        evidence: list[Evidence],
    ) -> None:
        try:
            await navigate(session.page, url, ctx.browser_options.navigation_timeout_s)
        except PageFailure as failure:
            # No answer at all may be our network's outage: then ours, never the company's.
            await raise_if_ours(failure, ctx.browser, url, ctx.settings)
            raise ChatFailure(failure.status, failure.detail, False) from None
        await session.start()
        await session.open()
        if settings.screenshots:
            shot = await _screenshot(session.page, ctx, "chat-open.png")
            if shot:
                evidence.append(Evidence(kind="screenshot", path=shot, caption="chat widget open"))
        await session.prepare()
        await session.converse()
        evidence.extend(await self._finish_evidence(session, ctx, settings))

    async def _finish_evidence(
        self, session: ChatSession, ctx: ProbeContext, settings: ChatSettings
    ) -> list[Evidence]:
        out: list[Evidence] = []
        if settings.screenshots and not session.ended:
            shot = await _screenshot(session.page, ctx, "chat-end.png")
            if shot:
                out.append(Evidence(kind="screenshot", path=shot, caption="end of the chat"))
        if session.record.raw or session.record.sent:
            path = ctx.evidence_path("chat-transcript.json")
            path.write_text(transcript_json(session.record), encoding="utf-8")
            out.append(Evidence(kind="transcript", path=str(path), caption="chat transcript"))
        return out

    def _observation(
        self,
        target: Target,
        ctx: ProbeContext,
        started: datetime,
        record: ChatRecord,
        inquiry: ChatInquiry,
        evidence: tuple[Evidence, ...],
    ) -> Observation:
        messages = record.messages()
        metrics = chat_metrics(record, messages, inquiry)
        status = Status.OK
        if metrics["chat.first_reply_s"] is None:
            # the widget went away before anyone answered, or nobody answered in time
            status = Status.ABSENT if record.widget_lost else Status.TIMEOUT
        detail = describe(record, messages, inquiry)
        return self._make(target, ctx, started, status, metrics, evidence, detail)

    def _failed(
        self,
        target: Target,
        ctx: ProbeContext,
        started: datetime,
        record: ChatRecord,
        failure: ChatFailure,
        evidence: tuple[Evidence, ...],
    ) -> Observation:
        metrics: dict[str, MetricValue] = {"chat.vendor": record.vendor}
        if failure.available is not None:
            metrics["chat.available"] = failure.available
        if record.open_t is not None and record.nav_origin is not None:
            metrics["chat.time_to_open_s"] = round(record.open_t - record.nav_origin, 3)
        return self._make(target, ctx, started, failure.status, metrics, evidence, failure.detail)

    def _make(
        self,
        target: Target,
        ctx: ProbeContext,
        started: datetime,
        status: Status,
        metrics: dict[str, MetricValue],
        evidence: tuple[Evidence, ...],
        detail: str,
    ) -> Observation:
        return Observation(
            attempt_id=ctx.attempt_id,
            company=target.name,
            channel=Channel.CHAT,
            probe_id=self.id,
            status=status,
            started=started,
            finished=ctx.clock.utcnow(),
            metrics={k: v for k, v in metrics.items() if k in METRICS},
            evidence=evidence,
            detail=detail,
        )


def chat_metrics(
    record: ChatRecord, messages: list[Message], inquiry: ChatInquiry
) -> dict[str, MetricValue]:
    """The `chat.*` metrics of a chat that was opened and asked (see `probes.metrics`)."""
    sent = record.first_sent_t
    theirs = [m for m in messages if m.role is not Role.VISITOR and sent and m.t >= sent]
    replies = [m for m in theirs if m.role in (Role.BOT, Role.HUMAN)]
    humans = [m for m in replies if m.role is Role.HUMAN]
    is_answered, _ = answered(messages, inquiry.must_mention)
    asked = record.follow_up_t
    return {
        "chat.vendor": record.vendor,
        "chat.available": True,
        "chat.time_to_open_s": _seconds(record.open_t, record.nav_origin),
        "chat.first_response_s": _seconds(theirs[0].t if theirs else None, sent),
        "chat.first_reply_s": _seconds(replies[0].t if replies else None, sent),
        "chat.first_human_response_s": _seconds(humans[0].t if humans else None, sent),
        "chat.bot_first": bool(replies) and replies[0].role is Role.BOT,
        "chat.queue_position_shown": any(
            m.role is Role.NOTICE and QUEUE.search(m.text) for m in messages
        ),
        "chat.answered": is_answered,
        "chat.transcript_turns": len(messages),
        "chat.handoff_requested": asked is not None,
        # Not applicable (None) unless we asked for a person.
        "chat.handed_off": None if asked is None else any(m.t >= asked for m in humans),
    }


def describe(record: ChatRecord, messages: list[Message], inquiry: ChatInquiry) -> str:
    """The observation's detail: how the chat went and why each message got its role."""
    _, answer_reason = answered(messages, inquiry.must_mention)
    parts = [f"opened via {record.opened_by or 'unknown'}", record.outcome or "chat ended"]
    if record.prechat:
        parts.append(f"pre-chat form ({'; '.join(record.prechat)})")
    if record.follow_up_t is not None:
        parts.append("asked for a person")
    roles = [
        f"#{m.index} {m.role.value}: {m.reason}" for m in messages if m.role is not Role.VISITOR
    ]
    parts.append(answer_reason)
    return "; ".join(parts) + (". Roles: " + "; ".join(roles) if roles else "")


def transcript_json(record: ChatRecord) -> str:
    """The transcript as JSON: sender, text (literal), page time, role and reason per message."""
    messages = record.messages()
    data = {
        "vendor": record.vendor,
        "opened_by": record.opened_by,
        "page_time_origin": record.nav_origin,
        "opened_at": record.open_t,
        "first_sent_at": record.first_sent_t,
        "follow_up_at": record.follow_up_t,
        "prechat_steps": record.prechat,
        "outcome": record.outcome,
        "messages": [m.model_dump(mode="json") for m in messages],
    }
    return json.dumps(data, ensure_ascii=True, indent=2)


def _seconds(t: float | None, origin: float | None) -> float | None:
    return None if t is None or origin is None else round(t - origin, 3)


async def _screenshot(page: Page, ctx: ProbeContext, name: str) -> str | None:
    path = ctx.evidence_path(name)
    try:
        await page.screenshot(path=str(path), timeout=5000)
    except PlaywrightError:
        return None
    return str(path)
