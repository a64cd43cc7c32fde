"""Judging a live run again from its stored page artifacts gives the run's metrics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from probes.base import BrowserOptions, Channel, ProbeContext, Target
from probes.website.probe import WebsiteProbe
from probes.website.reanalyze import ArtifactError, reanalyze_observations
from tests.probes.site import LocalSite

VIEWPORT = (BrowserOptions().viewport_width, BrowserOptions().viewport_height)


@pytest.mark.parametrize("path", ["/shop/", "/lines/", "/reveal/"])
async def test_reanalysing_a_live_run_gives_the_same_metrics(
    local_site: LocalSite, probe_context: ProbeContext, path: str
) -> None:
    target = Target(name="Shop", website=local_site.url(path), country="DE", language="de")
    live = await WebsiteProbe().run(target, probe_context)
    again = reanalyze_observations(target, live, VIEWPORT)
    assert again is not None
    for before, after in zip(live, again, strict=True):
        assert after.channel == before.channel
        assert after.status == before.status
        assert after.metrics == before.metrics, before.channel
        assert after.evidence == before.evidence


async def test_a_better_reader_changes_past_results(
    local_site: LocalSite, probe_context: ProbeContext
) -> None:
    target = Target(name="Shop", website=local_site.url("/lines/"), country="DE", language="de")
    live = await WebsiteProbe().run(target, probe_context)
    artifacts = [e for o in live for e in o.evidence if e.kind == "facts"]
    assert artifacts and all(Path(e.path).exists() for e in artifacts)
    # An old artifact saw one more number on the page (as if an older collector had):
    # judged again, the number is counted, no browser involved.
    home = next(e for e in artifacts if e.path.endswith("-home.facts.json"))
    record = json.loads(Path(home.path).read_text(encoding="utf-8"))
    block = record["facts"]["blocks"][0]
    block["text"] += "\nKundenservice 030 9999999"
    Path(home.path).write_text(json.dumps(record), encoding="utf-8")
    again = reanalyze_observations(target, live, VIEWPORT)
    assert again is not None
    phone = next(o for o in again if o.channel is Channel.PHONE)
    assert "+49309999999" in phone.metrics["phone.numbers"]  # type: ignore[operator]


def test_a_missing_artifact_is_a_one_line_input_error(tmp_path: Path) -> None:
    from probes.base import Evidence, Observation, Status

    obs = Observation(
        attempt_id="a",
        company="Shop",
        channel=Channel.PHONE,
        probe_id="website",
        status=Status.OK,
        started="2026-01-01T00:00:00Z",  # type: ignore[arg-type]
        finished="2026-01-01T00:00:01Z",  # type: ignore[arg-type]
        evidence=(Evidence(kind="facts", path=str(tmp_path / "gone.facts.json")),),
    )
    with pytest.raises(ArtifactError, match=r"gone\.facts\.json"):
        reanalyze_observations(Target(name="Shop"), [obs], VIEWPORT)
    assert (
        reanalyze_observations(
            Target(name="Shop"), [obs.model_copy(update={"evidence": ()})], VIEWPORT
        )
        is None
    )


async def test_audit_reanalyze_rewrites_stored_observations(
    local_site: LocalSite, probe_context: ProbeContext, tmp_path: Path
) -> None:
    from audit.cli_reanalyze import reanalyze_campaign
    from results.store import Store

    target = Target(name="Shop", website=local_site.url("/lines/"), country="DE", language="de")
    live = await WebsiteProbe().run(target, probe_context)
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    try:
        store.save_campaign(
            "c1", "Test", "2026-Q4", "campaign.yaml", {"rubric": "default"},
            {"Shop": target.model_dump()},
        )  # fmt: skip
        store.plan_attempts("c1", [("attempt-1", "Shop", "website", 1)])
        # What an older reader stored: a fax counted as a customer-service number.
        old = [
            o.model_copy(update={"metrics": {**o.metrics, "phone.numbers": ["+49302345679"]}})
            if o.channel is Channel.PHONE
            else o
            for o in live
        ]
        store.record("c1", "attempt-1", old)
        assert reanalyze_campaign(store, "c1") == (1, 1)
        stored = {o.channel: o for o in store.observations("c1")}
        assert stored[Channel.PHONE].metrics == next(
            o.metrics for o in live if o.channel is Channel.PHONE
        )
        assert reanalyze_campaign(store, "c1") == (1, 0)  # judged again: nothing changes
    finally:
        store.close()
