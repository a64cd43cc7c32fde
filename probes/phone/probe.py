"""The automated phone probe, the second two-phase probe: call now, the call is the answer.

`start` places every due call once, inside the company's calling window and under the
daily cap. Each call sits between two committed transitions (`planned -> sending`
before the INVITE, `sending -> sent -> done` with its observation after), so a run
killed mid-call leaves `sending`, which the next run marks `uncertain` and never
redials unless asked (`--resend-uncertain`). `watch` has nothing to follow.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import importlib.util
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import ClassVar, cast
from zoneinfo import ZoneInfo

from probes.attempts import AttemptRecord, AttemptState
from probes.base import Channel, Observation, Status, Target, utcnow
from probes.dialer import CallRequest, Dialer, DialerError
from probes.errors import AuditError, OurSideError
from probes.metrics import DIALER_PROBE
from probes.phone.hearing import Hearing
from probes.phone.hearing_worker import HearingFactory
from probes.phone.observe import call_observation
from probes.phone.sip_dialer import SipDialer
from probes.phone.spec import PhoneCampaignSpec
from probes.two_phase import PhaseSummary, TwoPhaseContext

_S = AttemptState
DialerFactory = Callable[[PhoneCampaignSpec, TwoPhaseContext], Dialer]


def _listener(options: dict[str, object], language: str) -> Hearing:
    """A listener for a call in `language`, made in the listening process (module-level,
    so it can be pickled)."""
    listener = importlib.import_module("probes.phone.listener")
    return cast(Hearing, listener.make_hearing(language, **options))


def default_hearing(spec: PhoneCampaignSpec) -> HearingFactory:
    """The listener of `probes.phone.listener` (speech, music, tones), with its options."""
    if importlib.util.find_spec("probes.phone.listener") is None:
        raise OurSideError("the call listener (probes.phone.listener) is not installed")
    return functools.partial(_listener, dict(spec.listener))


def sip_dialer(spec: PhoneCampaignSpec, ctx: TwoPhaseContext) -> Dialer:
    """The real dialer: SIP through the section's account, recordings in the evidence."""
    return SipDialer(
        spec.account,
        default_hearing(spec),
        recordings_dir=ctx.evidence_root / "calls",
        scripts={},
        plan=spec.dial_plan,
    )


class PhoneProbe:
    """Calls each company over SIP, walks its IVR and times the wait for a person."""

    id: ClassVar[str] = DIALER_PROBE
    section: ClassVar[str] = "phone"
    """The campaign section that configures it (`phone:`)."""
    channels: ClassVar[tuple[Channel, ...]] = (Channel.PHONE,)

    def __init__(self, dialer: DialerFactory | None = None) -> None:
        self._dialer_factory = dialer or sip_dialer

    def summary(self) -> PhaseSummary:
        """An empty summary worded for calls."""
        return PhaseSummary(self.id, done_word="called", waiting_word="on a call")

    async def start(self, ctx: TwoPhaseContext, summary: PhaseSummary) -> None:
        """Place every due call once; calls cut short by a crash become `uncertain`.

        Up to `calls_at_once` calls run at the same time, each company's one after another,
        so its window and daily cap are checked at the moment of each dial.
        """
        spec = PhoneCampaignSpec.model_validate(ctx.config)
        for attempt in ctx.journal.attempts(ctx.campaign_id, [_S.SENDING], self.id):
            if ctx.journal.transition(
                attempt.id, [_S.SENDING], _S.UNCERTAIN,
                error="interrupted during the call: not redialled unless asked",
            ):  # fmt: skip
                summary.uncertain.append(attempt.id)
                ctx.say(f"{attempt.id}: interrupted during the call; marked uncertain")
        states = [_S.PLANNED] + ([_S.UNCERTAIN] if ctx.resend_uncertain else [])
        by_company: dict[str, list[AttemptRecord]] = {}
        for attempt in sorted(
            ctx.journal.attempts(ctx.campaign_id, states, self.id), key=lambda a: (a.seq, a.id)
        ):
            if attempt.company in ctx.targets:
                by_company.setdefault(attempt.company, []).append(attempt)
        lines = asyncio.Semaphore(spec.calls_at_once)
        made: list[Dialer] = []

        def dialer() -> Dialer:
            if not made:  # made at the first call: a run that calls nobody needs none
                made.append(self._dialer_factory(spec, ctx))
            return made[0]

        async def company_calls(attempts: list[AttemptRecord]) -> None:
            for attempt in attempts:
                async with lines:
                    if self._due(ctx, spec, attempt, summary):
                        await self._call(ctx, spec, dialer(), attempt, summary)

        async with asyncio.TaskGroup() as group:
            for attempts in by_company.values():
                group.create_task(company_calls(attempts))

    def _due(
        self,
        ctx: TwoPhaseContext,
        spec: PhoneCampaignSpec,
        attempt: AttemptRecord,
        summary: PhaseSummary,
    ) -> bool:
        """Whether `attempt` may be dialled now; one that may not is counted in `summary`
        (deferred, or failed for want of a number)."""
        now = utcnow()
        if self._number(spec, ctx.targets[attempt.company]) is None:
            self._absent(ctx, attempt, "no phone number to call")
            summary.failed += 1
            return False
        if (attempt.not_before is not None and attempt.not_before > now) or self._not_now(
            ctx, spec, attempt.company, now
        ):
            summary.deferred += 1  # its planned slot is later, outside the window, capped
            return False
        return True

    @staticmethod
    def _number(spec: PhoneCampaignSpec, target: Target) -> str | None:
        line = spec.line(target.name)
        return line.number or spec.numbers.get(target.name) or target.phone

    def _not_now(
        self, ctx: TwoPhaseContext, spec: PhoneCampaignSpec, company: str, now: datetime
    ) -> str:
        """Why `company` may not be called at `now` ('' when it may)."""
        zone = spec.zone(company)
        if not spec.window_of(company).contains(now, zone):
            return "outside the calling window"
        today = now.astimezone(ZoneInfo(zone)).date()
        dials = [
            d
            for a in ctx.journal.attempts(ctx.campaign_id, None, self.id)
            if a.company == company and (d := dialed_at(a)) is not None
        ]
        if sum(1 for d in dials if d.astimezone(ZoneInfo(zone)).date() == today) >= (
            spec.max_calls_per_day
        ):
            return "daily cap reached"
        if dials and spec.min_gap_h and now - max(dials) < timedelta(hours=spec.min_gap_h):
            return "too soon after the last call"
        return ""

    async def _call(
        self,
        ctx: TwoPhaseContext,
        spec: PhoneCampaignSpec,
        dialer: Dialer,
        attempt: AttemptRecord,
        summary: PhaseSummary,
    ) -> None:
        line = spec.line(attempt.company)
        target = ctx.targets[attempt.company]
        number = self._number(spec, target)
        assert number is not None
        request = CallRequest(
            attempt_id=attempt.id,
            company=attempt.company,
            number=number,
            max_duration_s=line.max_call_s,
            stay_after_agent_s=line.stay_after_agent_s,
            language=line.language or target.language,
        )
        if isinstance(dialer, SipDialer):
            dialer.set_script(number, line)
        dialing = {"number": number, "dialing_at": utcnow().isoformat()}
        states = [_S.PLANNED, _S.UNCERTAIN] if ctx.resend_uncertain else [_S.PLANNED]
        if not ctx.journal.transition(
            attempt.id, states, _S.SENDING, data={self.id: dialing}, add_try=True
        ):
            return  # another run took it
        ctx.say(f"{attempt.id}: calling {number}")
        try:
            record = await dialer.place_call(request)
        except (DialerError, AuditError) as exc:
            ctx.journal.transition(attempt.id, [_S.SENDING], _S.PLANNED, error=str(exc))
            summary.problems.append(f"{attempt.id}: {exc}")
            ctx.say(f"{attempt.id}: {exc}; will retry on the next run")
            return
        folder = ctx.evidence_root / re.sub(r"[^A-Za-z0-9._-]+", "_", attempt.id)
        observation = call_observation(record, folder)
        done = {"hung_up_after_s": record.events[-1].at_s if record.events else 0.0}
        ctx.journal.transition(attempt.id, [_S.SENDING], _S.SENT, data={self.id: done})
        ctx.journal.record(ctx.campaign_id, attempt.id, [observation], state=_S.DONE)
        summary.started += 1
        summary.finished += 1
        ctx.say(f"{attempt.id}: {observation.detail}")

    def _absent(self, ctx: TwoPhaseContext, attempt: AttemptRecord, detail: str) -> None:
        if not ctx.journal.transition(attempt.id, [_S.PLANNED], _S.FAILED, error=detail):
            return
        now = utcnow()
        observation = Observation(
            attempt_id=attempt.id,
            company=attempt.company,
            channel=Channel.PHONE,
            probe_id=self.id,
            status=Status.ABSENT,
            started=now,
            finished=now,
            detail=detail,
        )
        ctx.journal.record(ctx.campaign_id, attempt.id, [observation], state=None, replace=True)

    async def watch(self, ctx: TwoPhaseContext, summary: PhaseSummary, until_done: bool) -> None:
        """Nothing to follow: a call is finished when `start` returns."""


def dialed_at(attempt: AttemptRecord) -> datetime | None:
    """When the attempt's call was dialed (None if never)."""
    value = attempt.part(DIALER_PROBE).get("dialing_at")
    return datetime.fromisoformat(value) if isinstance(value, str) else None
