"""`audit reanalyze`: judge stored website visits again with the current readers."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import typer
from rich.text import Text
from sqlalchemy import select

from audit.console import console
from audit.options import CampaignOpt, WorkspaceOpt
from audit.workspace import open_store
from probes.base import BrowserOptions, Observation, Target
from probes.errors import InputError
from results import schema
from results.store import Store

WEBSITE = "website"


def _replace(store: Store, campaign_id: str, attempt_id: str, fresh: list[Observation]) -> None:
    """The attempt's observations replaced by `fresh`, in one transaction."""
    obs_t, ev_t = schema.observations, schema.evidence
    with store.engine.begin() as conn:
        old = select(obs_t.c.id).where(obs_t.c.attempt_id == attempt_id)
        conn.execute(ev_t.delete().where(ev_t.c.observation_id.in_(old)))
        conn.execute(obs_t.delete().where(obs_t.c.attempt_id == attempt_id))
        store.record(campaign_id, attempt_id, fresh, conn=conn)


def reanalyze_campaign(store: Store, campaign_id: str) -> tuple[int, int]:
    """Recompute every website attempt of a campaign from its page artifacts and store the
    result in place of the old one; (attempts redone, metric values changed)."""
    from probes.website.reanalyze import reanalyze_observations  # the browser stack: on demand

    targets = store.targets(campaign_id)
    options = BrowserOptions()
    viewport = (options.viewport_width, options.viewport_height)
    attempts: dict[str, list[Observation]] = defaultdict(list)
    for obs in store.observations(campaign_id):
        if obs.probe_id == WEBSITE:
            attempts[obs.attempt_id].append(obs)
    redone = changed = 0
    for attempt_id, observations in attempts.items():
        company = observations[0].company
        target = Target.model_validate(targets.get(company) or {"name": company})
        fresh = reanalyze_observations(target, observations, viewport)
        if fresh is None:
            continue
        for old, new in zip(observations, fresh, strict=True):
            names = set(old.metrics) | set(new.metrics)
            changed += sum(1 for n in names if old.metrics.get(n) != new.metrics.get(n))
        _replace(store, campaign_id, attempt_id, fresh)
        redone += 1
    return redone, changed


def register(app: typer.Typer) -> None:
    """Add `audit reanalyze` to the command line."""

    @app.command()
    def reanalyze(workspace: WorkspaceOpt = Path("."), campaign: CampaignOpt = None) -> None:
        """Recompute the website metrics from the pages stored with each visit (no browser).

        A better reader improves past campaigns: `audit reanalyze -w my-audit`, then
        `audit score` and `audit leaderboard` as usual.
        """
        store = open_store(workspace)
        campaigns = [c.id for c in store.campaigns()]
        if campaign is not None and campaign not in campaigns:
            raise InputError(f"no campaign {campaign!r} in {workspace} (known: {campaigns})")
        chosen = [campaign] if campaign else campaigns[-1:]
        for campaign_id in chosen:
            redone, changed = reanalyze_campaign(store, campaign_id)
            console.print(
                Text(f"{campaign_id}: {redone} website visit(s) judged again, ")
                + Text(f"{changed} metric value(s) changed")
            )
