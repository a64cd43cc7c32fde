"""9.2: our network outage is ours (`error`, retried, never scored), not the company's.

Before a site that does not answer becomes the company's `absent`, a canary check
runs: the company's server again, the campaign's `canary_urls`, other companies
reached in this run. Real Chromium, the real runner, servers on loopback; "our
network down" is every destination refusing or unresolvable at once.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from probes.base import Status
from results.schema import AttemptState
from tests.hostile.web_site import HostileSite, Reply, observations, page, run_campaign


def closed_port() -> int:
    """A loopback port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def site() -> Iterator[HostileSite]:
    download = Reply(
        "PK\x03\x04 not a page",
        200,
        (("Content-Type", "application/octet-stream"),
         ("Content-Disposition", 'attachment; filename="home.zip"')),
    )  # fmt: skip
    served = HostileSite(
        {
            "/": page("<p>Call (212) 555-0101</p>"),
            "zip.web.test/": download,
        }
    )
    yield served
    served.stop()


def test_a_dead_site_is_the_companys_when_the_canary_answers(
    site: HostileSite, tmp_path: Path
) -> None:
    down = f"http://down.web.test:{closed_port()}/"
    settings = {
        "host_map": {"*.web.test": "127.0.0.1"},
        "canary_urls": [site.url("reference.web.test")],
    }
    store = run_campaign(tmp_path, [{"name": "Down", "website": down}], settings)
    phone = observations(store, "Down")["phone"]
    assert phone.status is Status.ABSENT
    assert "connection refused" in phone.detail


def test_other_companies_reached_in_the_run_are_canaries(site: HostileSite, tmp_path: Path) -> None:
    companies = [
        {"name": "Alpha", "website": site.url("alpha.web.test")},
        {"name": "Bravo", "website": f"http://bravo.web.test:{closed_port()}/"},
    ]
    settings = {"host_map": {"*.web.test": "127.0.0.1"}, "concurrency": 1}
    store = run_campaign(tmp_path, companies, settings)
    assert observations(store, "Alpha")["phone"].status is Status.OK
    assert observations(store, "Bravo")["phone"].status is Status.ABSENT


@pytest.mark.parametrize("outage", ["refused", "dns"])
def test_when_our_network_is_down_the_attempt_is_our_error_and_retried_next_run(
    site: HostileSite, tmp_path: Path, outage: str
) -> None:
    company = [{"name": "Shop", "website": site.url("shop.web.test")}]
    if outage == "refused":  # nothing on the network takes a connection
        down = {"*.web.test": "127.0.0.1"}
        dead = closed_port()
        company = [{"name": "Shop", "website": f"http://shop.web.test:{dead}/"}]
        canary = f"http://reference.web.test:{dead}/"
    else:  # our resolver finds no name at all
        down = {"*": "~NOTFOUND"}
        canary = site.url("reference.web.test")
    settings = {"host_map": down, "canary_urls": [canary]}
    store = run_campaign(tmp_path, company, settings)
    [attempt] = store.attempts("hostile")
    assert attempt.state is AttemptState.FAILED
    phone = observations(store, "Shop")["phone"]
    assert phone.status is Status.ERROR  # ours: never scored against the company
    assert "our network looks down" in phone.detail

    company = [{"name": "Shop", "website": site.url("shop.web.test")}]
    settings = {"host_map": {"*.web.test": "127.0.0.1"}, "canary_urls": [canary]}
    store = run_campaign(tmp_path, company, settings)  # the network is back: next run
    assert observations(store, "Shop")["phone"].status is Status.OK


def test_a_homepage_answering_with_a_download_is_the_companys_broken_site(
    site: HostileSite, tmp_path: Path
) -> None:
    settings = {"host_map": {"*.web.test": "127.0.0.1"}}
    store = run_campaign(tmp_path, [{"name": "Zip", "website": site.url("zip.web.test")}], settings)
    phone = observations(store, "Zip")["phone"]
    assert phone.status is Status.ABSENT
    assert "download" in phone.detail
