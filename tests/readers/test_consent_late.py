"""The website probe in real Chromium: consent banners in the new languages, late content.

Each consent page writes its number only once its banner is accepted, and offers a
refuse button first, so the number is read only if the accept button was clicked.
Late content: a number a timer writes within `LATE_CONTENT_S` of load is read, one
written after it is not (the stated bound), and a page that is never quiet is still read.
"""

from __future__ import annotations

import pytest

from probes.base import Channel, ProbeContext, Status, Target
from probes.website.probe import WebsiteProbe
from probes.website.settle import LATE_CONTENT_S
from tests.readers.site import CONSENT, LATE_NUMBER, ReadersSite


async def _numbers(site: ReadersSite, path: str, country: str, ctx: ProbeContext) -> list[str]:
    target = Target(name="Shop", website=site.url(path), country=country)
    observations = await WebsiteProbe().run(target, ctx)
    phone = next(o for o in observations if o.channel is Channel.PHONE)
    numbers = phone.metrics.get("phone.numbers") or []
    assert isinstance(numbers, list)
    return [str(n) for n in numbers]


@pytest.mark.parametrize("lang", sorted(CONSENT))
async def test_consent_banner_accepted(
    lang: str, readers_site: ReadersSite, readers_context: ProbeContext
) -> None:
    *_, e164, country = CONSENT[lang]
    assert await _numbers(readers_site, f"/consent/{lang}/", country, readers_context) == [e164]


async def test_number_written_within_the_bound_is_read(
    readers_site: ReadersSite, readers_context: ProbeContext
) -> None:
    delay_ms = int(LATE_CONTENT_S * 1000 * 0.6)  # 3 s: past the old 1 s settle cap
    numbers = await _numbers(readers_site, f"/late/{delay_ms}/", "DE", readers_context)
    assert numbers == [LATE_NUMBER[1]]


async def test_number_written_after_the_bound_is_not_waited_for(
    readers_site: ReadersSite, readers_context: ProbeContext
) -> None:
    delay_ms = int(LATE_CONTENT_S * 1000 * 4)  # 20 s: well beyond the bound
    target = Target(name="Shop", website=readers_site.url(f"/late/{delay_ms}/"), country="DE")
    observations = await WebsiteProbe().run(target, readers_context)
    phone = next(o for o in observations if o.channel is Channel.PHONE)
    assert phone.status is Status.ABSENT
    assert not phone.metrics.get("phone.numbers")


async def test_page_never_quiet_is_read(
    readers_site: ReadersSite, readers_context: ProbeContext
) -> None:
    assert await _numbers(readers_site, "/chain/", "DE", readers_context) == [LATE_NUMBER[1]]
