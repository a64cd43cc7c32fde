"""The campaign's two-phase probes (email, phone dialer), each with its context, and
`audit collect`'s watch of them; the runner starts and watches them the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from audit.campaign import LoadedCampaign
from audit.campaign_attempts import evidence_root
from audit.due import slots_decide
from audit.phone_calls import phone_section
from probes.metrics import DIALER_PROBE
from probes.registry import TWO_PHASE_PROBES, load_two_phase_probe
from probes.two_phase import PhaseSummary, TwoPhaseContext, TwoPhaseProbe
from results.store import Store


def two_phase_probes(
    store: Store,
    loaded: LoadedCampaign,
    say: Callable[[str], None],
    resend_uncertain: bool = False,
) -> list[tuple[TwoPhaseProbe, TwoPhaseContext]]:
    """The campaign's two-phase probes, each with its context (its section of the file)."""
    campaign = loaded.campaign
    out = []
    for probe_id in campaign.probes:
        if probe_id not in TWO_PHASE_PROBES:
            continue
        probe = load_two_phase_probe(probe_id)
        config = getattr(campaign, getattr(probe, "section", probe_id), None)
        if config is None:
            continue
        if probe_id == DIALER_PROBE:
            config = phone_section(store, loaded)
        if campaign.schedule is not None and campaign.probes[probe_id].schedule is not None:
            config = slots_decide(config)
        ctx = TwoPhaseContext(
            journal=store,
            campaign_id=campaign.campaign_id,
            targets={c.name: c.target() for c in loaded.companies},
            evidence_root=evidence_root(loaded.workspace, campaign.campaign_id),
            config=config,
            say=say,
            resend_uncertain=resend_uncertain,
        )
        out.append((probe, ctx))
    return out


async def watch_two_phase(
    store: Store, loaded: LoadedCampaign, say: Callable[[str], None], until_done: bool = True
) -> dict[str, PhaseSummary]:
    """`audit collect`: watch the campaign's two-phase probes again (after a restart)."""
    out = {}
    for probe, ctx in two_phase_probes(store, loaded, say):
        summary = out[probe.id] = probe.summary()
        await probe.watch(ctx, summary, until_done=until_done)
    return out
