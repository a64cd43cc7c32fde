"""What the phone probe asks its dialer, without a call: the language of each line, and
how many calls run at once (never two to one company)."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

from probes.base import Target, utcnow
from probes.dialer import CallEvent, CallEventKind, CallRecord, CallRequest
from probes.metrics import DIALER_PROBE
from probes.phone.account import SipAccount
from probes.phone.listener import Listener
from probes.phone.probe import PhoneProbe, default_hearing
from probes.phone.spec import CompanyLine, PhoneCampaignSpec
from probes.two_phase import TwoPhaseContext
from results.store import Store
from tests.phone_sip.probe_setup import ALWAYS

BOUND_S = 30.0


class StandInDialer:
    """A `Dialer` that answers at once; it notes every request and the calls in progress."""

    name = "stand-in"

    def __init__(self, together: int, wait_s: float) -> None:
        self.requests: list[CallRequest] = []
        self.in_progress: list[str] = []
        self.most_at_once = 0
        self.same_company_at_once = False
        self._together = together
        self._wait_s = wait_s
        self._enough = asyncio.Event()

    async def place_call(self, request: CallRequest) -> CallRecord:
        self.requests.append(request)
        self.same_company_at_once |= request.company in self.in_progress
        self.in_progress.append(request.company)
        self.most_at_once = max(self.most_at_once, len(self.in_progress))
        if len(self.in_progress) >= self._together:
            self._enough.set()
        with contextlib.suppress(TimeoutError):  # let the others start, if they may
            await asyncio.wait_for(self._enough.wait(), self._wait_s)
        await asyncio.sleep(0.05)
        self.in_progress.remove(request.company)
        events = (
            CallEvent(kind=CallEventKind.DIALED, at_s=0.0),
            CallEvent(kind=CallEventKind.AGENT_ANSWERED, at_s=1.0),
            CallEvent(kind=CallEventKind.HUNG_UP, at_s=2.0, detail="end of script"),
        )
        return CallRecord(request=request, started=utcnow(), events=events)


def campaign(store: Store, targets: list[Target], attempts: int) -> None:
    store.save_campaign("plan", "plan", "2026-Q4", "c.yaml", {}, {t.name: {} for t in targets})
    store.plan_attempts(
        "plan",
        [
            (f"plan/{t.name}/{DIALER_PROBE}/{seq}", t.name, DIALER_PROBE, seq)
            for t in targets
            for seq in range(1, attempts + 1)
        ],
    )


async def run(
    tmp_path: Path,
    targets: list[Target],
    spec: PhoneCampaignSpec,
    attempts: int = 1,
    together: int = 1,
    wait_s: float = 0.0,
) -> StandInDialer:
    """Run the probe's `start` with a stand-in dialer, whose calls wait (at most `wait_s`)
    for `together` calls to be in progress at once."""
    store = Store.open(f"sqlite:///{tmp_path / 'audit.sqlite'}")
    campaign(store, targets, attempts)
    dialer = StandInDialer(together, wait_s)
    ctx = TwoPhaseContext(
        journal=store,
        campaign_id="plan",
        targets={t.name: t for t in targets},
        evidence_root=tmp_path / "evidence",
        config=spec,
        say=lambda _: None,
    )
    probe = PhoneProbe(dialer=lambda _spec, _ctx: dialer)
    await asyncio.wait_for(probe.start(ctx, probe.summary()), BOUND_S)
    store.close()
    return dialer


async def test_each_call_is_made_in_the_language_of_its_line(tmp_path: Path) -> None:
    targets = [
        Target(name="Berlin Books", phone="+493012345678", language="de"),
        Target(name="Lyon Lampes", phone="+33412345678", language="de"),
        Target(name="Acme", phone="+14155550100"),
    ]
    spec = PhoneCampaignSpec(
        account=SipAccount(),
        window=ALWAYS,
        companies={"Lyon Lampes": CompanyLine(language="fr")},  # the phone section decides
    )
    dialer = await run(tmp_path, targets, spec)
    languages = {r.company: r.language for r in dialer.requests}
    assert languages == {"Berlin Books": "de", "Lyon Lampes": "fr", "Acme": "en"}


def test_the_listener_is_made_for_the_language_it_is_given() -> None:
    factory = default_hearing(PhoneCampaignSpec(account=SipAccount()))
    english, german = factory("en"), factory("de")
    assert isinstance(english, Listener) and isinstance(german, Listener)
    assert english._transcriber is not None  # English announcements are transcribed
    assert german._transcriber is None  # other languages: timing rules alone


async def test_calls_to_different_companies_run_at_once_up_to_the_limit(
    tmp_path: Path,
) -> None:
    targets = [Target(name=f"Company {i}", phone=f"+1415555010{i}") for i in range(3)]
    spec = PhoneCampaignSpec(
        account=SipAccount(), window=ALWAYS, max_calls_per_day=2, calls_at_once=2
    )
    dialer = await run(tmp_path, targets, spec, attempts=2, together=2, wait_s=BOUND_S / 2)
    assert len(dialer.requests) == 6
    assert dialer.most_at_once == 2
    assert not dialer.same_company_at_once  # a company's calls one after another


async def test_one_call_at_a_time_by_default(tmp_path: Path) -> None:
    targets = [Target(name=f"Company {i}", phone=f"+1415555010{i}") for i in range(2)]
    spec = PhoneCampaignSpec(account=SipAccount(), window=ALWAYS)
    dialer = await run(tmp_path, targets, spec, together=2, wait_s=1.0)
    assert len(dialer.requests) == 2 and dialer.most_at_once == 1
