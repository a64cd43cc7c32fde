"""9.2 for the chat probe: our network outage is ours (`error`, retried, never scored).

The chat probe opens the company's homepage before looking for its chat widget.
When that navigation gets no answer at all, the same canary check as the website
probe's (`probes.website.outage`) decides whose outage it is. Real Chromium, the
real runner, servers on loopback; "our network down" is every destination refusing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from probes.base import Status
from results.schema import AttemptState
from tests.hostile.test_web_outage import closed_port
from tests.hostile.web_site import HostileSite, observations, page, run_campaign

CHAT = {"chat": {"attempts": 1}}


@pytest.fixture
def site() -> Iterator[HostileSite]:
    served = HostileSite({"/": page("<p>Reference page</p>")})
    yield served
    served.stop()


def test_when_our_network_is_down_a_chat_that_does_not_load_is_our_error(
    tmp_path: Path,
) -> None:
    dead = closed_port()
    company = [{"name": "Shop", "website": f"http://shop.web.test:{dead}/"}]
    settings = {
        "host_map": {"*.web.test": "127.0.0.1"},
        "canary_urls": [f"http://reference.web.test:{dead}/"],  # refuses too: we are cut off
    }
    store = run_campaign(tmp_path, company, settings, probes=CHAT)
    [attempt] = store.attempts("hostile")
    assert attempt.state is AttemptState.FAILED  # retried on the next run
    chat = observations(store, "Shop")["chat"]
    assert chat.status is Status.ERROR, chat.detail  # ours: never scored against the company
    assert "connection refused" in chat.detail
    assert "our network looks down" in chat.detail


def test_a_dead_site_is_the_companys_when_the_canary_answers(
    site: HostileSite, tmp_path: Path
) -> None:
    company = [{"name": "Shop", "website": f"http://shop.web.test:{closed_port()}/"}]
    settings = {
        "host_map": {"*.web.test": "127.0.0.1"},
        "canary_urls": [site.url("reference.web.test")],
    }
    store = run_campaign(tmp_path, company, settings, probes=CHAT)
    chat = observations(store, "Shop")["chat"]
    assert chat.status is Status.ABSENT, chat.detail
    assert "connection refused" in chat.detail
    assert site.paths("reference.web.test") == []  # a canary is connected to, not loaded
