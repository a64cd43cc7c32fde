"""`audit demo`'s automated calls: a few sandbox companies called over SIP on loopback.

The calls go to the sandbox call centre (`sandbox.callcentre`), through the same
runner and phone probe as a real campaign; their observations sit beside the
logged calls of the same period, scored by the same rubric.
"""

from __future__ import annotations

import asyncio
import importlib.util
from pathlib import Path
from typing import Any

import yaml
from rich.text import Text

from audit.campaign import load_campaign
from audit.console import console, progress_bar
from audit.runner import Runner
from audit.settings import layered_settings
from results.store import Store
from sandbox.callcentre.background import BackgroundCallCentre
from sandbox.world import World

DEMO_CALLS: dict[str, list[dict[str, Any]]] = {
    "bloomly": [{"wait_for": "prompt"}, {"press": "2"}],
    "northwind": [{"wait_for": "prompt"}, {"press": "1"}, {"wait_for": "prompt"}, {"press": "2"}],
    "quickcart": [],
    "greenleaf": [{"wait_for": "prompt"}, {"press": "1"}],
}  # fmt: skip
"""Sandbox company id -> the IVR steps that reach customer service (lines.yaml)."""


def listener_available() -> bool:
    """Whether the call listener (speech/music classifier) is installed."""
    return importlib.util.find_spec("probes.phone.listener") is not None


def demo_calls_campaign(world: World, port: int, period: str) -> dict[str, Any]:
    """A campaign calling the DEMO_CALLS companies at the call centre on `port`."""
    companies = []
    lines = {}
    for company in world.companies:
        if company.id not in DEMO_CALLS or not company.phone:
            continue
        target = company.target(0).model_dump(mode="json")
        companies.append({k: v for k, v in target.items() if v is not None and k != "website"})
        lines[company.name] = {
            "steps": DEMO_CALLS[company.id],
            "hold_limit_s": 120,
            "max_call_s": 120,
            "stay_after_agent_s": 2,
        }
    return {
        "name": "Sandbox calls",
        "period": period,
        "id": f"sandbox-calls-{period.lower()}",
        "description": "Automated calls to the sandbox call centre on loopback.",
        "companies": companies,
        "probes": {"phone-dialer": {"attempts": 1}},
        "phone": {
            "account": {"proxy_host": "127.0.0.1", "proxy_port": port, "domain": "sandbox.test"},
            "window": {"weekdays": list(range(7)), "hours": [0, 24]},
            "calls_at_once": max(1, len(lines)),
            "companies": lines,
        },
        "rubric": "demo",
        "workspace": ".",
    }


def run_demo_calls(store: Store, workspace: Path, world: World, period: str) -> None:
    """Serve the call centre, run the calls campaign for `period`, say what happened."""
    if not listener_available():
        console.print(Text("calls: skipped (the call listener is not installed)"))
        return
    with BackgroundCallCentre(workspace / "callcentre" / "sounds",
                              workspace / "callcentre" / "truth") as centre:  # fmt: skip
        spec = demo_calls_campaign(world, centre.port, period)
        path = workspace / f"campaign-calls-{period}.yaml"
        path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))
        loaded = load_campaign(path)
        with progress_bar(f"calling {len(loaded.companies)} sandbox companies") as reporter:
            summary = asyncio.run(
                Runner(store, loaded, layered_settings(loaded.campaign.settings), reporter).run()
            )
    phase = summary.two_phase.get("phone-dialer")
    console.print(Text(f"{period}: " + (phase.line() if phase else "no calls")))
