"""The website probe against the sandbox world: every company's metrics match its truth.

`truth_status` is the company's status as a whole. When it is `ok`, a channel the
site offers nothing for is still `absent` (DESIGN: "no phone shown" is absent), so
a channel's status is checked against what its truth says is there.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from playwright.async_api import Browser

from probes.base import BrowserOptions, Channel, Observation, ProbeContext, Status
from probes.browser import chromium
from probes.website.probe import WebsiteProbe
from sandbox.server import SandboxServer
from sandbox.world import SandboxCompany, load_world

WORLD = load_world()
# Terms read from the policy text belong to probes.returns_terms, tested on its own.
TEXT_TERMS = {
    "returns.window_days",
    "returns.free_returns",
    "returns.restocking_fee",
    "returns.prepaid_label",
    "returns.refund_days_stated",
}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(WORLD) as server:
        yield server


@pytest.fixture(scope="module")
async def sandbox_browser(sandbox: SandboxServer) -> AsyncIterator[Browser]:
    async with chromium(sandbox.host_map) as launched:
        yield launched


def _expected_status(company: SandboxCompany, channel: Channel) -> Status:
    if company.truth_status is not Status.OK:
        return company.truth_status
    truth = company.truth
    present = {
        Channel.PHONE: bool(truth.get("phone.numbers")),
        Channel.RETURNS: bool(truth.get("returns.policy_found")),
        Channel.SELFSERVICE: any(
            value is True or (name == "chat.vendor" and value != "none")
            for name, value in truth.items()
            if name.startswith(("selfservice.", "chat."))
        ),
    }[channel]
    return Status.OK if present else Status.ABSENT


@pytest.mark.parametrize("company", WORLD.companies, ids=lambda c: c.id)
async def test_company_matches_truth(
    company: SandboxCompany, sandbox: SandboxServer, sandbox_browser: Browser, tmp_path: Path
) -> None:
    ctx = ProbeContext(
        attempt_id=f"truth-{company.id}",
        evidence_dir=tmp_path,
        browser=sandbox_browser,
        # short for the company whose site never finishes loading, roomy for the others
        browser_options=BrowserOptions(
            navigation_timeout_s=2.0 if company.site.mode == "hang" else 6.0
        ),
    )
    observations: list[Observation] = await WebsiteProbe().run(company.target(sandbox.port), ctx)
    by_channel = {o.channel: o for o in observations}
    assert set(by_channel) == {Channel.PHONE, Channel.SELFSERVICE, Channel.RETURNS}
    metrics = {name: value for o in observations for name, value in o.metrics.items()}
    checked = {n: v for n, v in company.truth.items() if n not in TEXT_TERMS or n in metrics}
    seen = {n: metrics.get(n) for n in checked}
    assert seen == checked
    statuses = {ch: o.status for ch, o in by_channel.items()}
    assert statuses == {ch: _expected_status(company, ch) for ch in by_channel}
