"""Building phone campaigns in a real store for the probe tests."""

from __future__ import annotations

from pathlib import Path

from probes.base import Target
from probes.dialer import Dialer
from probes.metrics import DIALER_PROBE
from probes.phone.account import SipAccount
from probes.phone.ivr import IvrStep
from probes.phone.probe import PhoneProbe
from probes.phone.sip_dialer import SipDialer
from probes.phone.spec import CallingWindow, CompanyLine, PhoneCampaignSpec
from probes.two_phase import TwoPhaseContext
from results.store import Store
from tests.phone_sip.energy_hearing import energy_hearing

COMPANY = "Quick Test"
ALWAYS = CallingWindow(weekdays=(0, 1, 2, 3, 4, 5, 6), hours=(0, 24))


def energy_dialer(spec: PhoneCampaignSpec, ctx: TwoPhaseContext) -> Dialer:
    """The real SIP dialer with the trivial energy hearing."""
    return SipDialer(spec.account, energy_hearing, ctx.evidence_root / "calls", plan=spec.dial_plan)


def phone_spec(
    port: int,
    number: str,
    window: CallingWindow = ALWAYS,
    cap: int = 1,
    max_call_s: float = 8.0,
    timezone: str | None = None,
    account: SipAccount | None = None,
) -> PhoneCampaignSpec:
    line = CompanyLine(
        number=number,
        steps=(IvrStep(wait_for="prompt", timeout_s=10), IvrStep(press="2")),
        max_call_s=max_call_s,
        stay_after_agent_s=0.5,
        timezone=timezone,
    )
    return PhoneCampaignSpec(
        account=account or SipAccount(proxy_port=port),
        window=window,
        max_calls_per_day=cap,
        companies={COMPANY: line},
    )


def phone_campaign(store: Store, cid: str, attempts: int) -> list[str]:
    """A campaign calling COMPANY `attempts` times; the attempt ids."""
    store.save_campaign(cid, cid, "2026-Q4", "c.yaml", {}, {COMPANY: {"name": COMPANY}})
    ids = [f"{cid}/quick-test/{DIALER_PROBE}/{seq}" for seq in range(1, attempts + 1)]
    store.plan_attempts(cid, [(i, COMPANY, DIALER_PROBE, n + 1) for n, i in enumerate(ids)])
    return ids


def context(
    store: Store, cid: str, spec: PhoneCampaignSpec, evidence: Path, resend: bool = False
) -> tuple[TwoPhaseContext, list[str]]:
    said: list[str] = []
    ctx = TwoPhaseContext(
        journal=store,
        campaign_id=cid,
        targets={COMPANY: Target(name=COMPANY)},
        evidence_root=evidence,
        config=spec,
        say=said.append,
        resend_uncertain=resend,
    )
    return ctx, said


def probe() -> PhoneProbe:
    return PhoneProbe(dialer=energy_dialer)
