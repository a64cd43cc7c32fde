"""The campaign's `phone:` section: validation, the runner's resolved section, the dry run."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from audit import console as console_module
from audit.campaign import load_campaign
from audit.phone_calls import phone_section, print_planned_calls
from probes.base import Channel, Observation, Status
from probes.errors import InputError
from results.store import Store

CAMPAIGN = """\
name: Calls
period: 2026-Q4
companies:
  - {name: Bloomly Flowers, phone: "+18004673825", country: US}
  - {name: Tokyo Tea, phone: "+81312345678", country: JP}
probes: {phone-dialer: {attempts: 2}}
phone:
  account: {proxy_host: 127.0.0.1, proxy_port: 5060, user: shopper, password_env: SIP_PW}
  max_calls_per_day: 1
  companies:
    Bloomly Flowers:
      steps: [{wait_for: prompt}, {press: "2"}]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "campaign.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_dialer_needs_its_section(tmp_path: Path) -> None:
    text = CAMPAIGN.split("phone:\n")[0]
    with pytest.raises(InputError, match="phone-dialer probe needs a `phone:` section"):
        load_campaign(write(tmp_path, text))


def test_a_password_in_the_campaign_file_is_refused_by_line(tmp_path: Path) -> None:
    text = CAMPAIGN.replace("password_env: SIP_PW", "password: hunter2")
    with pytest.raises(InputError) as caught:
        load_campaign(write(tmp_path, text))
    assert "never read from the campaign file" in str(caught.value)
    assert "hunter2" not in str(caught.value) and "campaign.yaml:" in str(caught.value)


def test_a_bad_key_is_refused(tmp_path: Path) -> None:
    text = CAMPAIGN.replace('{press: "2"}', '{press: "2x"}')
    with pytest.raises(InputError, match="press"):
        load_campaign(write(tmp_path, text))


def test_the_runner_fills_zones_and_the_number_the_website_found(tmp_path: Path) -> None:
    loaded = load_campaign(write(tmp_path, CAMPAIGN))
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    store.save_campaign("web", "web", "2026-Q4", "w.yaml", {}, {"Tokyo Tea": {"name": "Tokyo Tea"}})
    store.plan_attempts("web", [("web/tokyo/website/1", "Tokyo Tea", "website", 1)])
    now = datetime(2026, 11, 2, tzinfo=UTC)
    found = Observation(
        attempt_id="web/tokyo/website/1", company="Tokyo Tea", channel=Channel.PHONE,
        probe_id="website", status=Status.OK, started=now, finished=now,
        metrics={"phone.numbers": ["+81355550000"]},
    )  # fmt: skip
    store.record("web", "web/tokyo/website/1", [found])
    spec = phone_section(store, loaded)
    assert spec.zone("Tokyo Tea") == "Asia/Tokyo"
    assert spec.zone("Bloomly Flowers").startswith("America/")
    assert spec.numbers["Tokyo Tea"] == "+81355550000"


def test_dry_run_lists_the_planned_calls_with_their_windows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rich.console import Console

    recorder = Console(record=True, width=200, color_system=None)
    monkeypatch.setattr("audit.phone_calls.console", recorder)
    loaded = load_campaign(write(tmp_path, CAMPAIGN))
    monday_3_utc = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)  # 12:00 in Tokyo, 22:00 in New York
    print_planned_calls(loaded, monday_3_utc, None)
    text = recorder.export_text()
    assert "wait for prompt press 2" in text and "+81312345678" in text
    tokyo = next(line for line in text.splitlines() if "Tokyo Tea" in line)
    bloomly = next(line for line in text.splitlines() if "Bloomly" in line)
    assert "Asia/Tokyo" in tokyo and "(now)" in tokyo
    assert "(next Mon 09:00)" in bloomly
    assert console_module.console is not recorder
