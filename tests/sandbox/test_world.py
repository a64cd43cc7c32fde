"""The world file loads, is varied as promised, and its ground truth matches its sites."""

from __future__ import annotations

import re
from pathlib import Path

import phonenumbers
import pytest

from probes.base import MetricValue, Status
from probes.metrics import METRICS
from probes.yaml_source import SourceError
from sandbox import SandboxCompany, World, load_world
from sandbox.vendors import VENDORS
from sandbox.world import HOMEPAGE_PLACES, VISIBLE_PLACES, WORLD_FILE


def derived_truth(company: SandboxCompany) -> dict[str, MetricValue]:
    """What the site description implies for the metrics that can be derived from it."""
    site = company.site
    visible = [p for p in site.phones if p.place in VISIBLE_PLACES]
    numbers = sorted({p.e164 for p in visible if p.e164})
    on_home = any(p.place in HOMEPAGE_PLACES for p in visible)
    on_contact = site.contact is not None and any(
        p.place in {"header", "footer", "contact"} for p in visible
    )
    toll_free = any(
        phonenumbers.number_type(phonenumbers.parse(n)) == phonenumbers.PhoneNumberType.TOLL_FREE
        for n in numbers
    )
    out: dict[str, MetricValue] = {
        "phone.numbers": numbers,
        "phone.on_homepage": on_home,
        "phone.above_fold": any(p.place in {"header", "hero", "js"} for p in visible),
        "phone.on_contact_page": on_contact,
        "phone.toll_free": toll_free,
        "phone.tel_link": any(p.tel_link for p in visible),
        "phone.hours_listed": any(p.hours for p in visible),
        "selfservice.faq": site.faq is not None or site.help is not None,
        "selfservice.faq_count": site.faq.count if site.faq else 0,
        "selfservice.search": site.search or bool(site.help and site.help.search),
        "selfservice.knowledge_base": bool(site.help and site.help.knowledge_base),
        "selfservice.forum": bool(site.help and site.help.forum),
        "selfservice.contact_form": bool(site.contact and site.contact.form),
        "chat.vendor": site.chat_widget.vendor if site.chat_widget else "none",
        "returns.policy_found": site.returns is not None,
    }
    if on_home:
        out["phone.clicks_to_find"] = 0
    elif on_contact and site.contact is not None:
        out["phone.clicks_to_find"] = site.contact.depth
    if site.returns is not None:
        out["returns.clicks_to_find"] = site.returns.depth
    return out


def test_world_loads_with_enough_variety(world: World) -> None:
    working = [c for c in world.companies if c.site.mode == "normal"]
    assert len(working) >= 14
    assert {c.language for c in working} == {"en", "de", "sl", "el", "lt", "tr", "fr", "es", "pl"}
    vendors = {c.site.chat_widget.vendor for c in working if c.site.chat_widget}
    assert vendors >= {"intercom", "zendesk", "livechat", "drift", "tidio", "freshchat"}
    assert vendors >= {"hubspot", "crisp"}
    assert sum(1 for c in working if c.site.chat_widget is None) >= 3
    faq_styles = {f.style for c in working if (f := c.site.faq)}
    assert faq_styles == {"details", "h3", "dl", "jsonld", "accordion"}
    assert sum(1 for c in working if c.site.returns is None) == 1
    assert any(c.site.org_jsonld for c in working)
    places = {p.place for c in working for p in c.site.phones}
    assert places == {"header", "footer", "hero", "contact", "image", "canvas", "hidden", "js"}


def test_every_company_has_truth_in_metric_names(world: World) -> None:
    for company in world.companies:
        assert set(company.truth) <= set(METRICS), company.id
        assert company.host == f"{company.id}.sandbox.test"
        if company.site.mode == "normal":
            assert company.truth_status is Status.OK
            numbers = company.truth["phone.numbers"]
            assert isinstance(numbers, list) and numbers == sorted(numbers)


@pytest.mark.parametrize("company_id", [c.id for c in load_world().companies])
def test_truth_matches_site_description(world: World, company_id: str) -> None:
    company = world.company(company_id)
    if company.site.mode != "normal":
        return
    derived = derived_truth(company)
    for name, expected in derived.items():
        assert company.truth.get(name) == expected, f"{company_id}: {name}"
    if "phone.clicks_to_find" not in derived:
        assert "phone.clicks_to_find" not in company.truth


def test_displayed_numbers_parse_to_their_e164(world: World) -> None:
    for company in world.companies:
        for phone in company.site.phones:
            if phone.e164 is None:
                continue
            # "1-800-GO-PETAL (1-800-467-3825)": the vanity form and its digits
            shown = re.sub(r"\s\([\d-]{10,}\)$", "", phone.number)
            parsed = phonenumbers.parse(shown, company.country)
            assert phonenumbers.is_valid_number(parsed), (company.id, phone.number)
            e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
            assert e164 == phone.e164, (company.id, phone.number)


def test_broken_companies_are_left_out_of_the_demo(world: World) -> None:
    broken = {c.id: c for c in world.companies if c.site.mode != "normal"}
    assert {c.site.mode for c in broken.values()} == {"not_found", "hang", "redirect_loop"}
    for company in broken.values():
        assert company.demo is False
        expected = Status.TIMEOUT if company.site.mode == "hang" else Status.ABSENT
        assert company.truth_status is expected


def test_vendor_ids_are_the_chat_vendor_metric_values(world: World) -> None:
    for company in world.companies:
        vendor = company.truth.get("chat.vendor")
        assert vendor is None or vendor == "none" or vendor in VENDORS


def _broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    text = WORLD_FILE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "world.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_unknown_metric_is_a_one_line_error(tmp_path: Path) -> None:
    path = _broken_copy(tmp_path, "      phone.on_homepage: true", "      phone.on_homepag: true")
    with pytest.raises(SourceError) as caught:
        load_world(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}:")
    assert "companies[0].truth" in message and "phone.on_homepag" in message


def test_bad_field_names_its_line(tmp_path: Path) -> None:
    path = _broken_copy(tmp_path, "      theme: modern", "      theme: baroque")
    lineno = path.read_text(encoding="utf-8").splitlines().index("      theme: baroque") + 1
    with pytest.raises(SourceError) as caught:
        load_world(path)
    assert str(caught.value).startswith(f"{path}:{lineno}: companies[0].site.theme:")


def test_yaml_syntax_error_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "world.yaml"
    path.write_text("languages: {}\ncompanies:\n  - id: [unclosed\n", encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        load_world(path)
    assert "\n" not in str(caught.value)
    assert "YAML syntax error" in str(caught.value)
