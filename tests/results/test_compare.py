"""A company against chosen competitors: scores, metrics, gaps, missing channels, names."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from rich.console import Console

from probes.base import Channel, Observation, Status
from results.compare import (
    UnknownCompanyError,
    better_of,
    compare,
    comparison_json,
)
from results.compare_table import render_comparison
from results.ranking import rank
from tests.rubrics.factories import obs, scored, small_rubric

EMAIL, PHONE = Channel.EMAIL, Channel.PHONE
GAMMA = "Gamma [b]x[/b]\x1b[31m"


def observations() -> list[Observation]:
    """Acme: fast, answered, number shown. Beta: slow, one never. Gamma: fastest, no answer,
    no phone data at all. Delta: phone only."""
    return [
        *(obs("Acme", EMAIL, email__first_response_s=30.0, email__answered=True) for _ in "abc"),
        obs("Acme", PHONE, phone__on_homepage=True),
        obs("Acme", EMAIL, Status.ERROR, email__first_response_s=1.0),  # ours: left out
        *(obs("Beta", EMAIL, email__first_response_s=300.0, email__answered=True) for _ in "ab"),
        obs("Beta", EMAIL, Status.TIMEOUT),
        obs("Beta", PHONE, phone__on_homepage=False),
        obs(GAMMA, EMAIL, email__first_response_s=10.0, email__answered=False),
        obs("Delta", PHONE, phone__on_homepage=True),
    ]


def frame(items: list[Observation]) -> pd.DataFrame:
    return rank(scored(small_rubric(), items, "2026-Q4").scorecards)


def test_channels_and_metrics_with_the_gap_to_the_best_competitor() -> None:
    items = observations()
    result = compare(frame(items), items, "Acme", ["Beta", GAMMA])
    assert result.others == ("Beta", GAMMA) and result.period == "2026-Q4"
    email = next(ch for ch in result.channels if ch.channel == EMAIL)
    assert email.score == 100.0 and email.rank == 1
    assert email.others["Beta"] == pytest.approx(175 / 3, abs=0.005)  # 87.5, 87.5, 0
    assert email.others[GAMMA] == 25.0
    assert email.best == "Beta" and email.gap == pytest.approx(100 - 175 / 3, abs=0.005)
    speed = next(m for m in email.metrics if m.metric == "email.first_response_s")
    assert (speed.value, speed.others) == (30.0, {"Beta": 300.0, GAMMA: 10.0})
    assert speed.better == "lower" and speed.best == GAMMA and speed.best_value == 10.0
    assert speed.gap == 20.0 and speed.behind is True
    answered = next(m for m in email.metrics if m.metric == "email.answered")
    assert (answered.value, answered.others) == (1.0, {"Beta": 1.0, GAMMA: 0.0})
    assert answered.best == "Beta" and answered.gap == 0.0 and answered.behind is False
    assert result.best == "Beta" and result.gap is not None and result.gap > 0


def test_missing_channels_show_no_data_not_zero() -> None:
    items = observations()
    result = compare(frame(items), items, GAMMA, ["Acme", "Delta"])
    phone = next(ch for ch in result.channels if ch.channel == PHONE)
    assert phone.score is None and phone.rank is None and phone.gap is None
    assert phone.others == {"Acme": 100.0, "Delta": 100.0} and phone.best == "Acme"
    homepage = phone.metrics[0]
    assert homepage.value is None and homepage.gap is None and homepage.behind is None
    email = next(ch for ch in result.channels if ch.channel == EMAIL)
    assert email.others["Delta"] is None and email.best == "Acme"
    assert {ch.channel for ch in result.channels} == {EMAIL, PHONE}  # no chat rows at all
    text = rendered(result)
    phone_line = next(line for line in text.splitlines() if line.strip().startswith("Phone"))
    assert phone_line.split()[1] == "—"


def test_unknown_company_lists_the_known_ones_and_case_is_forgiven() -> None:
    items = observations()
    with pytest.raises(UnknownCompanyError) as error:
        compare(frame(items), items, "Acme", ["Beta", "Zeta"])
    message = str(error.value)
    assert "'Zeta'" in message and "known: Acme, Beta, Delta, Gamma [b]x[/b]" in message
    assert "\x1b" not in message
    assert compare(frame(items), items, "acme", ["BETA"]).company == "Acme"


def rendered(result: object) -> str:
    console = Console(record=True, width=200)
    console.print(render_comparison(result))  # type: ignore[arg-type]
    return console.export_text()


def test_rendering_shows_names_literally_with_gaps() -> None:
    items = observations()
    text = rendered(compare(frame(items), items, "Acme", ["Beta", GAMMA]))
    assert "Gamma [b]x[/b]" in text and "[31m" not in text and "\x1b" not in text
    lines = text.splitlines()
    speed = next(line for line in lines if "first_response_s" in line)
    assert "30 s" in speed and "5 min" in speed and "10 s" in speed and "+20 s" in speed
    answered = next(line for line in lines if "answered" in line)
    assert "100%" in answered and "0%" in answered and "level" in answered
    email = next(line for line in lines if line.strip().startswith("Email"))
    assert "100.0 #1" in email and "+41.7" in email
    data = json.loads(json.dumps(comparison_json(compare(frame(items), items, "Acme", ["Beta"]))))
    assert data["company"] == "Acme" and data["channels"][0]["channel"] == "phone"


def test_which_way_is_better() -> None:
    assert better_of("email.first_response_s") == "lower"
    assert better_of("returns.window_days") == "higher"
    assert better_of("returns.refund_days") == "lower"
    assert better_of("returns.restocking_fee") == "lower"
    assert better_of("selfservice.faq_count") == "higher"
    assert better_of("chat.vendor") is None


def test_every_metric_states_its_direction_and_compare_reads_it() -> None:
    from probes.metrics import METRICS

    assert all(m.better in ("lower", "higher", "neither") for m in METRICS.values())
    for name, metric in METRICS.items():
        expected = None if metric.better == "neither" else metric.better
        assert better_of(name) == expected
    # days: the window is better long, refunds and labels short, the shopper's pace neither
    assert better_of("returns.label_days") == better_of("returns.total_days") == "lower"
    assert better_of("returns.ship_back_days") is None


def _calls(company: str, answered: list[float], unanswered: int) -> list[Observation]:
    return [
        *(obs(company, PHONE, probe_id="phone-call", phone__time_to_agent_s=t) for t in answered),
        *(obs(company, PHONE, Status.TIMEOUT, probe_id="phone-call") for _ in range(unanswered)),
    ]


CALL_RUBRIC = """\
name: calls
description: time to agent only
channels:
  phone:
    weight: 1
    key_metric: phone.time_to_agent_s
    criteria:
      - {id: agent, metric: phone.time_to_agent_s, weight: 1,
         scorer: {type: thresholds, steps: [{at_most: 60, score: 1}]}}
"""


def test_unanswered_calls_are_longer_than_the_deadline_in_compare_findings_and_board() -> None:
    from results.findings import findings
    from results.leaderboard import leaderboard_json
    from rubrics.loader import parse_rubric

    # Half answers 2 of 4 calls fast; Most answers 4 of 5 more slowly
    items = _calls("Half", [20.0, 20.0], 2) + _calls("Most", [60.0] * 4, 1)
    rubric = parse_rubric(CALL_RUBRIC, "calls.yaml")
    board = rank(scored(rubric, items, "Q").scorecards)
    result = compare(board, items, "Half", ["Most"])
    agent = next(m for m in result.channels[0].metrics if m.metric == "phone.time_to_agent_s")
    assert agent.value == float("inf") and agent.others == {"Most": 60.0}
    assert agent.best == "Most" and agent.behind is True
    data = comparison_json(result)
    shown = json.dumps(data, allow_nan=False)
    assert '"value": "> deadline"' in shown
    assert "> deadline" in rendered(result)
    over_2min = next(f for f in findings(items) if f.id == "phone.agent_over_2min")
    assert (over_2min.value, over_2min.n) == (0.5, 2)  # Half: never, as in compare
    keys = {row["company"]: row["channels"]["phone"]["key"] for row in leaderboard_json(board)}
    assert keys == {"Half": "> deadline", "Most": 60.0}
