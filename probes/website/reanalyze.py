"""Judging a website visit again from its stored page artifacts, without loading a page.

The website probe keeps, for every page it read, an artifact (`NN-kind.facts.json`,
evidence kind `facts`): what the page showed, as the collector gathered it. Here the
visit is rebuilt from those artifacts (pages in visit order; each page found for the
kind it was searched for) and every metric is computed again with the current
readers, the way Lighthouse audits saved artifacts.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from probes.base import Channel, Evidence, Observation, ProbeContext, Target
from probes.errors import InputError
from probes.website.crawl import SEARCHED, PageVisit, SiteVisit
from probes.website.links import page_key
from probes.website.page_facts import parse_facts
from probes.website.report import (
    ChannelResult,
    phone_metrics,
    returns_metrics,
    selfservice_metrics,
)
from probes.website.sightings import find_sightings

HOME = "home"


class ArtifactError(InputError):
    """A stored page artifact is missing or unreadable."""


def _read(path: str) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ArtifactError(f"{path}: cannot read the page artifact ({exc})") from None
    if not isinstance(data, dict) or "facts" not in data:
        raise ArtifactError(f"{path}: not a page artifact")
    return data


def rebuild_visit(
    target: Target, artifacts: list[Evidence], viewport: tuple[int, int]
) -> SiteVisit:
    """The site visit the artifacts record, with sightings read by the current code."""
    records = sorted(
        {e.path: _read(e.path) for e in artifacts if e.kind == "facts"}.items(),
        key=lambda item: str(item[1].get("order", "")),
    )
    visit = SiteVisit(target, ProbeContext(attempt_id="reanalysis", evidence_dir=Path(".")))
    for path, record in records:
        facts = parse_facts({**record["facts"], "html": ""})
        sightings = tuple(find_sightings(facts, target.country, viewport))
        kind = str(record.get("kind", ""))
        evidence = (Evidence(kind="facts", path=path, caption=facts.url),)
        page = PageVisit(
            page_key(facts.url), kind, int(str(record.get("depth", 0))), facts, sightings, evidence
        )
        visit.visits.setdefault(page.url, page)
        if kind == HOME and visit.home is None:
            visit.home = page
    if visit.home is None:
        raise ArtifactError(f"{target.name}: no stored homepage artifact to judge again")
    _find(visit)
    return visit


def _find(visit: SiteVisit) -> None:
    """Which stored page is the contact, help, FAQ and returns page: the crawl's own choice
    (its candidates in order, the first one that was read), a page serving two kinds too."""
    assert visit.home is not None
    for depth, sources in ((1, [visit.home]), (2, None)):
        if sources is None:
            sources = [v for v in visit.pages() if v.depth == 1]
        for kind in SEARCHED:
            if kind in visit.found:
                continue
            for url in visit._candidates(kind, sources):
                page = visit.visits.get(url)
                if page is not None and page.facts is not None and page.depth <= depth:
                    visit.found[kind] = page
                    break


def reanalyze_observations(
    target: Target, observations: list[Observation], viewport: tuple[int, int]
) -> list[Observation] | None:
    """The website observations of one attempt computed again from their artifacts, keeping
    their times and evidence; None when the attempt stored no artifact (nothing to redo)."""
    artifacts = {e.path: e for o in observations for e in o.evidence if e.kind == "facts"}
    if not artifacts:
        return None
    visit = rebuild_visit(target, list(artifacts.values()), viewport)
    results: dict[Channel, ChannelResult] = {
        Channel.PHONE: phone_metrics(visit),
        Channel.SELFSERVICE: selfservice_metrics(visit),
        Channel.RETURNS: returns_metrics(visit),
    }
    out = []
    for obs in observations:
        if obs.channel not in results:
            out.append(obs)
            continue
        status, metrics, _, detail = results[obs.channel]
        out.append(obs.model_copy(update={"status": status, "metrics": metrics, "detail": detail}))
    return out
