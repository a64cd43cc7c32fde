"""The email probe takes the same `schedule:` as website and chat: its inquiries go out only
in their slots (the runner holds the others back with `not_before`), and unscheduled email
keeps its send window as before."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import ClassVar
from zoneinfo import ZoneInfo

import pytest
import yaml

import audit.two_phase_runs
from audit.campaign import load_campaign
from audit.planner import plan_campaign
from audit.runner import Runner
from audit.settings import layered_settings
from probes.base import Channel, Observation, Status
from probes.errors import InputError
from probes.two_phase import PhaseSummary, TwoPhaseContext
from results.schema import AttemptState
from results.store import Store
from tests.audit.test_planner import FakeClock

BERLIN = ZoneInfo("Europe/Berlin")
SLOTS = [
    {"name": "mornings", "weekdays": [0, 1, 2, 3, 4], "hours": [9, 12]},
    {"name": "saturday", "weekdays": [5], "hours": [10, 14]},
]
SPEC = {
    "name": "Mail", "period": "2026-03", "id": "mail",
    "companies": [{"name": "Alpha", "support_email": "help@alpha.test", "country": "DE"},
                  {"name": "Beta", "support_email": "help@beta.test", "country": "DE"}],
    "probes": {"email": {"attempts": 2, "schedule": {"slots": SLOTS}}},
    "email": {"personas": [{"first_name": "Lena", "last_name": "Horvat",
                            "address": "lena@shopper.test", "account": "default"}],
              "accounts": {"default": {
                  "smtp": {"host": "127.0.0.1", "port": 2525, "security": "none"},
                  "imap": {"host": "127.0.0.1", "port": 1143, "tls": False,
                           "user": "lena", "password_env": "NOPE"}}}},
    "schedule": {"start": "2026-03-02", "days": 7, "seed": 5, "max_per_day": 1},
    "settings": {"per_host_delay_s": 0},
}  # fmt: skip


def _write(tmp_path: Path, spec: dict[str, object]) -> Path:
    path = tmp_path / "campaign.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


def test_email_attempts_are_planned_in_their_slots(tmp_path: Path) -> None:
    plan = plan_campaign(load_campaign(_write(tmp_path, SPEC)))
    emails = [a for a in plan.attempts if a.probe_id == "email"]
    assert len(emails) == 4
    assert Counter(a.slot for a in emails) == {"mornings": 2, "saturday": 2}
    for attempt in emails:
        assert attempt.local is not None and attempt.timezone == "Europe/Berlin"
        assert attempt.local.weekday() < 6


def test_a_scheduled_email_with_a_send_window_too_is_one_line(tmp_path: Path) -> None:
    spec = {**SPEC, "email": {**SPEC["email"], "settings": {"weekdays": [0, 1]}}}  # type: ignore[dict-item]
    with pytest.raises(InputError, match=r"campaign.yaml:\d+: .*leave out email.settings.weekdays"):
        load_campaign(_write(tmp_path, spec))
    unscheduled = {**spec, "probes": {"email": {"attempts": 1}}}
    loaded = load_campaign(_write(tmp_path, unscheduled))  # the send window, as before
    assert loaded.campaign.email is not None
    assert loaded.campaign.email.settings.weekdays == (0, 1)


class SendingProbe:
    """A stand-in email probe: `start` sends (by the test's clock) what `send_due` would:
    planned attempts whose `not_before` has come; `watch` has nothing to wait for."""

    id: ClassVar[str] = "email"
    clock: ClassVar[FakeClock]
    sent: ClassVar[list[tuple[str, datetime]]] = []

    def summary(self) -> PhaseSummary:
        return PhaseSummary("email")

    async def start(self, ctx: TwoPhaseContext, summary: PhaseSummary) -> None:
        now = self.clock.utcnow()
        for a in ctx.journal.attempts(ctx.campaign_id, [AttemptState.PLANNED], "email"):
            if a.not_before is None or a.not_before <= now:
                assert ctx.journal.transition(a.id, [AttemptState.PLANNED], AttemptState.SENDING)
                ctx.journal.transition(a.id, [AttemptState.SENDING], AttemptState.SENT)
                observation = Observation(
                    attempt_id=a.id, company=a.company, channel=Channel.EMAIL, probe_id="email",
                    status=Status.OK, started=now, finished=now,
                )  # fmt: skip
                ctx.journal.record(ctx.campaign_id, a.id, [observation], None)
                SendingProbe.sent.append((a.id, now))
        summary.started = len(SendingProbe.sent)

    async def watch(self, ctx: TwoPhaseContext, summary: PhaseSummary, until_done: bool) -> None:
        pass


def test_scheduled_emails_go_out_only_in_their_slot_hour(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = load_campaign(_write(tmp_path, SPEC))
    assert loaded.campaign.email is not None
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    clock = FakeClock(datetime(2026, 3, 1, 23, 59, tzinfo=UTC))
    SendingProbe.clock, SendingProbe.sent = clock, []
    monkeypatch.setattr(audit.two_phase_runs, "load_two_phase_probe", lambda _id: SendingProbe())
    configs: list[object] = []
    real = audit.two_phase_runs.TwoPhaseContext
    monkeypatch.setattr(
        audit.two_phase_runs,
        "TwoPhaseContext",
        lambda **kw: configs.append(kw["config"]) or real(**kw),
    )
    plan = {f"mail/{a.company.lower()}/email/{a.seq}": a for a in plan_campaign(loaded).attempts}
    while clock.now < datetime(2026, 3, 9, tzinfo=UTC):  # cron, every hour
        runner = Runner(store, loaded, layered_settings(loaded.campaign.settings), clock=clock)
        summary = asyncio.run(runner.run(due_only=True))
        assert summary.missed == []
        clock.now += timedelta(hours=1)
    assert sorted(i for i, _ in SendingProbe.sent) == sorted(plan)  # each exactly once
    for attempt_id, when in SendingProbe.sent:
        due = plan[attempt_id].due
        assert due is not None and due <= when < due + timedelta(hours=1)
    # the slots decide: the email send window (Monday to Friday by default) is opened
    assert all(getattr(c, "settings").weekdays == tuple(range(7)) for c in configs)  # noqa: B009
    store.close()
