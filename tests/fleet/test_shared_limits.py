"""Politeness and daily caps shared through Redis by every worker; evidence on fsspec."""

from __future__ import annotations

import asyncio
import itertools
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import fsspec
import redis
import redis.asyncio as aioredis

from audit.fleet.caps import DailyCaps
from audit.fleet.evidence import EvidencePlace
from probes.base import Channel, Evidence, Observation, Status
from probes.pacing import SharedHostPacer


async def test_two_workers_pacers_never_overlap_on_a_host_and_rest_between(
    fresh_redis: redis.Redis, redis_url: str
) -> None:
    delay = 0.08
    workers = [aioredis.Redis.from_url(redis_url) for _ in range(2)]
    pacers = [SharedHostPacer(client, delay) for client in workers]
    inside = 0
    spans: list[tuple[float, float]] = []

    async def visit(pacer: SharedHostPacer, url: str) -> None:
        nonlocal inside
        async with pacer.navigation(url):
            inside += 1
            assert inside == 1, "two workers navigated to one host at once"
            start = time.monotonic()
            await asyncio.sleep(0.01)
            spans.append((start, time.monotonic()))
            inside -= 1

    urls = ["http://shop.example/", "http://SHOP.example:8080/faq"]  # one host
    await asyncio.gather(*(visit(pacers[i % 2], urls[i % 2]) for i in range(6)))
    spans.sort()
    assert len(spans) == 6
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert start - end >= delay * 0.99  # a lower bound: a slower machine only widens it
    other = await asyncio.wait_for(_one_visit(pacers[0], "http://other.example/"), 30)
    assert other  # another host is not held up by the first one's lock
    for client in workers:
        await client.aclose()


async def _one_visit(pacer: SharedHostPacer, url: str) -> bool:
    async with pacer.navigation(url):
        return True


def test_daily_caps_count_each_attempt_once_across_workers(fresh_redis: redis.Redis) -> None:
    now = datetime(2026, 12, 2, 10, tzinfo=UTC)
    one, two = DailyCaps(fresh_redis), DailyCaps(fresh_redis)  # two workers
    assert one.take("c", "Acme", "c/acme/website/1", 2, now)
    assert two.take("c", "Acme", "c/acme/chat/1", 2, now)
    assert not one.take("c", "Acme", "c/acme/website/2", 2, now)
    assert two.take("c", "Acme", "c/acme/website/1", 2, now)  # redelivered: not counted again
    assert one.take("c", "Bolt", "c/bolt/website/1", 2, now)  # another company
    assert one.take("c", "Acme", "c/acme/website/2", 2, now + timedelta(days=1))
    assert one.used("c", "Acme", now) == 2


def test_evidence_sent_to_an_object_store_is_recorded_by_its_url(tmp_path: Path) -> None:
    place = EvidencePlace.for_campaign("memory://audits/evidence", tmp_path, "Spring 2026")
    attempt_dir = place.local_root / "acme" / "website-1"
    attempt_dir.mkdir(parents=True)
    (attempt_dir / "home.html").write_text("<p>call us</p>")
    now = datetime(2026, 12, 2, tzinfo=UTC)
    obs = Observation(
        attempt_id="a",
        company="Acme",
        channel=Channel.SELFSERVICE,
        probe_id="website",
        status=Status.OK,
        started=now,
        finished=now,
        evidence=(Evidence(kind="html", path=str(attempt_dir / "home.html")),),
    )
    [published] = place.publish([obs], attempt_dir)
    url = published.evidence[0].path
    assert url == "memory://audits/evidence/spring-2026/acme/website-1/home.html"
    with fsspec.open(url, "r") as handle:
        assert handle.read() == "<p>call us</p>"
    assert not attempt_dir.exists()  # the staging copy is gone


def test_a_shared_folder_is_written_directly(tmp_path: Path) -> None:
    place = EvidencePlace.for_campaign(str(tmp_path / "shared"), tmp_path / "ws", "c1")
    assert place.url is None
    assert place.local_root == tmp_path / "shared" / "c1"
