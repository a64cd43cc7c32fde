"""The automated calls' side of the application: their section resolved for a run, and
`audit run --dry-run`'s list of planned calls.

The phone probe reads each company's calling window in the company's time zone and
calls the number the website probe found; both are known only here (the campaign's
schedule and the store), so the runner fills them into the `phone:` section it hands on.
"""

from __future__ import annotations

from datetime import datetime

from rich.table import Table
from rich.text import Text

from audit.campaign import LoadedCampaign
from audit.console import console
from audit.log_routing import number_to_dial
from audit.schedule import timezone_for
from probes.phone.spec import PhoneCampaignSpec
from results.safe_text import safe_text
from results.store import Store


def phone_section(store: Store | None, loaded: LoadedCampaign) -> PhoneCampaignSpec:
    """The campaign's `phone:` section with every company's time zone and found number."""
    campaign = loaded.campaign
    assert campaign.phone is not None
    named = campaign.schedule.timezones if campaign.schedule else {}
    zones = {
        c.name: named.get(c.name) or timezone_for(c.country, c.phone) for c in loaded.companies
    }
    numbers: dict[str, str] = {}
    if store is not None:
        for company in loaded.companies:
            found = number_to_dial(store, campaign.period, company.name)
            if found:
                numbers[company.name] = found
    return campaign.phone.model_copy(update={"timezones": zones, "numbers": numbers})


def print_planned_calls(loaded: LoadedCampaign, now: datetime, store: Store | None) -> None:
    """One row per company the campaign calls: number, script, window, local time, now?"""
    if loaded.campaign.phone is None or "phone-dialer" not in loaded.campaign.probes:
        return
    spec = phone_section(store, loaded)
    attempts = loaded.campaign.probes["phone-dialer"].attempts
    table = Table(title="planned calls (phone-dialer)")
    for column in ("company", "number", "script", "window (local)", "local now", "calls"):
        table.add_column(column)
    for company in loaded.companies:
        line = spec.line(company.name)
        number = line.number or spec.numbers.get(company.name) or company.phone or "-"
        zone = spec.zone(company.name)
        window = spec.window_of(company.name)
        steps = (
            " ".join(f"press {s.press}" if s.press else "wait for prompt" for s in line.steps)
            or "listen"
        )
        days = ",".join("MTWTFSS"[d] for d in window.weekdays)
        opens = window.next_opening(now, zone)
        when = "now" if opens == now else f"next {opens.strftime('%a %H:%M')}"
        local = now.astimezone(opens.tzinfo if opens.tzinfo else None)
        table.add_row(
            safe_text(company.name),
            number,
            safe_text(steps),
            f"{days} {window.hours[0]:02d}-{window.hours[1]:02d} {zone}",
            f"{local.strftime('%a %H:%M')} ({when})",
            f"{attempts}, at most {spec.max_calls_per_day}/day",
        )
    console.print(Text("calls are placed only inside each window, never above the daily cap"))
    console.print(table)
