"""The sandbox server over real HTTP: host routing, every linked page, vendor CDNs, broken sites."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from html.parser import HTMLParser

import httpx
import pytest

from sandbox import SandboxServer, World
from sandbox.vendors import VENDORS, vendor_for_host


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def local_links(html: str) -> list[str]:
    parser = _Links()
    parser.feed(html)
    return [h.split("#")[0] or "/" for h in parser.hrefs if h.startswith("/")]


@pytest.fixture(scope="module")
def client(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=f"http://127.0.0.1:{sandbox.port}", timeout=3) as http:
        yield http


def get(client: httpx.Client, host: str, path: str = "/", port: int = 0) -> httpx.Response:
    return client.get(path, headers={"Host": f"{host}:{port}" if port else host})


def test_every_linked_page_serves_at_the_stated_depth(
    client: httpx.Client, sandbox: SandboxServer, world: World
) -> None:
    for company in world.companies:
        if company.site.mode != "normal":
            continue
        depth_of: dict[str, int] = {}
        frontier = ["/"]
        for depth in range(3):
            following: list[str] = []
            for path in frontier:
                if path in depth_of:
                    continue
                depth_of[path] = depth
                response = get(client, company.host, path, sandbox.port)
                assert response.status_code == 200, (company.id, path)
                assert response.headers["content-type"].startswith("text/html")
                following += local_links(response.text)
            frontier = following
        site, truth = company.site, company.truth
        for spec in (site.contact, site.help, site.faq, site.returns):
            assert spec is None or spec.path in depth_of, (company.id, spec)
        if site.returns is not None:
            assert depth_of[site.returns.path] == truth["returns.clicks_to_find"], company.id
        if truth.get("phone.clicks_to_find") in (1, 2) and site.contact is not None:
            assert depth_of[site.contact.path] == truth["phone.clicks_to_find"], company.id


def test_host_routing(client: httpx.Client, world: World) -> None:
    first, second = world.companies[0], world.companies[1]
    assert first.name in get(client, first.host).text
    assert second.name in get(client, second.host).text
    assert first.name not in get(client, second.host).text
    assert get(client, "elsewhere.example").status_code == 404
    assert get(client, first.host, "/no-such-page").status_code == 404


def test_vendor_snippets_point_at_served_scripts(
    client: httpx.Client, sandbox: SandboxServer, world: World
) -> None:
    for company in world.companies:
        widget = company.site.chat_widget
        if widget is None:
            continue
        page = get(client, company.host, "/", sandbox.port).text
        vendor = VENDORS[widget.vendor]
        assert f"//{vendor.sandbox_host}:{sandbox.port}/" in page, company.id
    for vendor in VENDORS.values():
        assert vendor_for_host(vendor.sandbox_host) is vendor
        script = get(client, vendor.sandbox_host, "/anything/key123.js")
        assert script.status_code == 200
        assert script.headers["content-type"].startswith("application/javascript")
        assert "__sandboxChat" in script.text and "__SANDBOX_KEY__" not in script.text


def test_hidden_image_and_canvas_numbers_are_not_page_text(
    client: httpx.Client, world: World
) -> None:
    kyma = world.company("kyma-home")
    home = get(client, kyma.host).text
    assert "2310" not in home and 'src="/assets/phone-0.svg"' in home
    assert "2310 123456" in get(client, kyma.host, "/assets/phone-0.svg").text
    contact = get(client, kyma.host, "/epikoinonia").text
    assert "2310" not in contact and "<canvas" in contact
    quickcart = get(client, world.company("quickcart").host).text
    assert re.search(r'style="display:none">.*\(212\) 555-0100', quickcart)


def test_contact_form_posts(client: httpx.Client, world: World) -> None:
    company = world.company("bloomly")
    response = client.post(
        "/contact",
        headers={"Host": company.host},
        data={"name": "Ana", "email": "ana@example.test", "message": "Hello"},
    )
    assert response.status_code == 200


def test_untrusted_text_is_escaped(client: httpx.Client, world: World) -> None:
    page = get(client, world.company("bloomly").host).text
    assert "Order &amp; care line" in page


def test_not_found_and_redirect_loop(client: httpx.Client) -> None:
    assert get(client, "ghost-shop.sandbox.test").status_code == 404
    first = get(client, "loop-travel.sandbox.test")
    assert first.status_code == 302 and first.headers["location"].endswith("/welcome")
    second = get(client, "loop-travel.sandbox.test", "/welcome")
    assert second.status_code == 302 and second.headers["location"].endswith("/")
    with pytest.raises(httpx.TooManyRedirects):
        client.get("/", headers={"Host": "loop-travel.sandbox.test"}, follow_redirects=True)


def test_never_loading_page_holds_and_stop_releases_it(world: World) -> None:
    server = SandboxServer(world).start()
    received: list[bytes] = []
    ended = threading.Event()

    def read_forever() -> None:
        url = f"http://127.0.0.1:{server.port}/"
        try:
            with httpx.stream("GET", url, headers={"Host": "slowpoke-tv.sandbox.test"}) as r:
                for chunk in r.iter_bytes():
                    received.append(chunk)
        except httpx.HTTPError:
            pass
        ended.set()

    reader = threading.Thread(target=read_forever, daemon=True)
    reader.start()
    while not received and reader.is_alive():
        reader.join(0.02)
    assert received and b"<body>" in b"".join(received)
    assert not ended.is_set()
    # stop() must not wait for the streaming client to finish reading (it never would):
    # run it beside the test and bound the wait only to catch a hang.
    stopper = threading.Thread(target=server.stop, daemon=True)
    stopper.start()
    stopper.join(120)
    assert not stopper.is_alive()
    assert ended.wait(120)
