"""Headline findings against figures computed by hand from a small campaign."""

from __future__ import annotations

import json

import pytest
from rich.console import Console

from probes.base import Channel, MetricValue, Observation, Status
from results.findings import Finding, findings, findings_json, render_findings
from results.ranking import rank
from tests.rubrics.factories import obs, scored, small_rubric

PHONE, EMAIL, CHAT, RETURNS = Channel.PHONE, Channel.EMAIL, Channel.CHAT, Channel.RETURNS
OK, TIMEOUT, ABSENT, ERROR = Status.OK, Status.TIMEOUT, Status.ABSENT, Status.ERROR


def call(company: str, seconds: float | None, status: Status = OK) -> Observation:
    metrics: dict[str, MetricValue] = {"phone.hold_s": 10.0}
    if seconds is not None:
        metrics["phone.time_to_agent_s"] = seconds
    made = obs(company, PHONE, status, **{k.replace(".", "__"): v for k, v in metrics.items()})
    return made.model_copy(update={"probe_id": "phone-import"})


def campaign() -> list[Observation]:
    """Hand-computed figures are in each test; company by company:

    A: calls 20, 25, 200 s (median 25); emails 1800, 3000 s, one auto-ack, answered;
       chat 10, 20, 60 s; returns 30, 30, 14 d; homepage number.
    B: calls 40 s and two unanswered (median never); two emails never answered;
       chat timed out; returns 14 d.
    C: calls 100, 130 s (median 115); emails 3600 s, 50000 s and one never
       (median 50000), not answered; chat 40, 50 s; returns 60, 90 d.
    D: website only (homepage number); an email observation without a reply time
       (censored: never, like an unanswered one) and answered=False; chat absent.
    E: our errors only, and no homepage number.
    """
    return [
        call("A", 20),
        call("A", 25),
        call("A", 200),
        obs("A", PHONE, phone__on_homepage=True),
        obs("A", EMAIL, email__first_response_s=1800.0, email__auto_ack=True, email__answered=True),
        obs("A", EMAIL, email__first_response_s=3000.0, email__auto_ack=False),
        obs("A", CHAT, chat__first_human_response_s=10.0),
        obs("A", CHAT, chat__first_human_response_s=20.0),
        obs("A", CHAT, chat__first_human_response_s=60.0),
        obs("A", RETURNS, returns__window_days=30),
        obs("A", RETURNS, returns__window_days=30),
        obs("A", RETURNS, returns__window_days=14),
        call("B", 40),
        call("B", None, TIMEOUT),
        call("B", None, TIMEOUT),
        obs("B", EMAIL, TIMEOUT),
        obs("B", EMAIL, TIMEOUT),
        obs("B", CHAT, TIMEOUT),
        obs("B", RETURNS, returns__window_days=14),
        call("C", 100),
        call("C", 130),
        obs("C", EMAIL, email__first_response_s=3600.0, email__answered=False),
        obs("C", EMAIL, email__first_response_s=50000.0, email__auto_ack=False),
        obs("C", EMAIL, TIMEOUT),
        obs("C", CHAT, chat__first_human_response_s=40.0),
        obs("C", CHAT, chat__first_human_response_s=50.0),
        obs("C", RETURNS, returns__window_days=60),
        obs("C", RETURNS, returns__window_days=90.0),
        obs("D", PHONE, phone__on_homepage=True),
        obs("D", EMAIL, email__answered=False),
        obs("D", CHAT, ABSENT),
        call("E", 5, ERROR),
        obs("E", EMAIL, ERROR, email__first_response_s=1.0, email__auto_ack=True),
        obs("E", PHONE, phone__on_homepage=False),
    ]


def by_id(items: list[Finding]) -> dict[str, tuple[float | None, int]]:
    return {f.id: (f.value, f.n) for f in items}


def test_findings_match_hand_computed_figures() -> None:
    got = by_id(findings(campaign()))
    assert got["phone.agent_under_30s"] == (pytest.approx(1 / 3), 3)  # A of A, B, C
    assert got["phone.agent_over_2min"] == (pytest.approx(1 / 3), 3)  # B: never
    assert got["email.within_1h"] == (0.25, 4)  # A (median 2400 s) of A, B, C, D
    assert got["email.over_12h"] == (0.75, 4)  # B and D never, C 50000 s
    assert got["email.never"] == (0.5, 4)  # B, D
    assert got["email.acknowledged"] == (pytest.approx(1 / 3), 3)  # A; B, C none
    assert got["email.answered_first_reply"] == (0.25, 4)  # A of A, B, C, D
    assert got["chat.median_wait"] == (32.5, 2)  # medians 20 (A) and 45 (C)
    assert got["phone.on_homepage"] == (pytest.approx(2 / 3), 3)  # A, D of A, D, E
    assert got["returns.median_window"] == (30.0, 3)  # 30 (A), 14 (B), 75 (C)


def test_each_finding_names_the_field_fact_it_mirrors() -> None:
    items = {f.id: f for f in findings(campaign())}
    assert items["phone.agent_under_30s"].field_value == 0.10
    assert "10%" in items["phone.agent_under_30s"].field_fact
    assert items["phone.agent_over_2min"].field_value == 0.30
    assert items["email.over_12h"].field_value == 0.40
    assert items["email.never"].field_value == 0.62 and "62%" in items["email.never"].field_fact
    assert items["email.acknowledged"].field_value == pytest.approx(0.10)  # 90% sent none
    assert items["email.answered_first_reply"].field_value == pytest.approx(0.20)  # 80% did not
    assert {f.unit for f in items.values()} == {"share", "seconds", "days", "count"}
    assert items["phone.median_hold"].field_value == 56.0


def test_no_data_is_said_not_zero() -> None:
    empty = findings([obs("A", EMAIL, ERROR)])
    assert all(f.n == 0 and f.value is None for f in empty)
    console = Console(record=True, width=200)
    console.print(render_findings(empty))
    text = console.export_text()
    assert text.count("no data (n = 0)") == len(empty)
    assert " 0%" not in text


def test_ranked_companies_limit_the_findings() -> None:
    observations = campaign()
    only_a = [o for o in observations if o.company == "A" and o.channel in (EMAIL, PHONE)]
    frame = rank(scored(small_rubric(), only_a, "Q").scorecards)
    got = by_id(findings(observations, frame))
    assert got["phone.agent_under_30s"] == (1.0, 1)
    assert got["returns.median_window"] == (30.0, 1)
    cards = scored(small_rubric(), only_a, "Q").scorecards
    assert by_id(findings(observations, cards)) == got


def test_rendered_table_and_json() -> None:
    items = findings(campaign())
    console = Console(record=True, width=220)
    console.print(render_findings(items, title="Findings [b]Q4[/b]"))
    text = console.export_text()
    assert "Findings [b]Q4[/b]" in text
    under_30 = next(line for line in text.splitlines() if "under 30 s" in line)
    assert "33% (1 of 3)" in under_30 and "10%" in under_30
    chat = next(line for line in text.splitlines() if "live chat" in line)
    assert "32 s n=2" in chat and "30 s" in chat
    window = next(line for line in text.splitlines() if "return window" in line)
    assert "30 d n=3" in window
    rows = json.loads(json.dumps(findings_json(items), allow_nan=False))
    assert rows[0] == {
        "id": "phone.agent_under_30s",
        "statement": items[0].statement,
        "value": 0.333,  # rounded: no float noise
        "unit": "share",
        "n": 3,
        "field_fact": items[0].field_fact,
        "field_value": 0.1,
    }
    assert [row["id"] for row in rows] == [f.id for f in items]


def test_findings_cover_logged_calls_and_returned_orders() -> None:
    def logged(company: str, status: Status = OK, **metrics: MetricValue) -> Observation:
        return obs(company, PHONE, status, probe_id="phone-import", **metrics)

    def returned(company: str, days: float | None) -> Observation:
        status = OK if days is not None else TIMEOUT  # never refunded
        metrics = {} if days is None else {"returns__refund_days": days}
        return obs(company, RETURNS, status, probe_id="returns-log", **metrics)

    items = [
        logged("A", phone__time_to_agent_s=20.0, phone__resolved=True, phone__transfers=0,
               phone__hold_s=30.0),
        logged("A", phone__time_to_agent_s=25.0, phone__resolved=True, phone__transfers=1,
               phone__hold_s=50.0),
        logged("B", phone__time_to_agent_s=90.0, phone__resolved=False, phone__transfers=2,
               phone__hold_s=120.0),
        logged("B", TIMEOUT),  # never reached: not resolved
        returned("A", 3.0),
        returned("A", 4.0),
        returned("B", 12.0),
        returned("B", None),
        returned("B", None),
    ]  # fmt: skip
    got = by_id(findings(items))
    assert got["phone.resolved"] == (0.5, 2)  # A resolves both; B 0 of 2
    assert got["phone.median_transfers"] == (1.25, 2)  # medians 0.5 (A) and 2 (B)
    assert got["phone.median_hold"] == (80.0, 2)  # medians 40 (A) and 120 (B)
    assert got["returns.refund_within_5d"] == (0.5, 2)  # A: 3.5 d; B: never (2 of 3)
    assert got["returns.median_refund"] == (3.5, 1)  # B's median is never: not a figure
