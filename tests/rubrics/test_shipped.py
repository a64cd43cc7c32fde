"""The shipped rubrics: valid, documented criterion by criterion, and scoring sensibly."""

from __future__ import annotations

import re

import pytest

from probes.base import Channel, Status
from rubrics.loader import load_rubric, shipped_path
from tests.rubrics.factories import explained, obs, scored


@pytest.mark.parametrize("name", ["default", "demo"])
def test_every_criterion_has_a_comment_citing_its_fact(name: str) -> None:
    lines = shipped_path(name).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if re.match(r"\s+- id: ", line):
            assert lines[number - 1].strip().startswith("#"), f"{name}.yaml:{number + 1}"


@pytest.mark.parametrize("name", ["default", "demo"])
def test_shipped_rubrics_cover_every_channel(name: str) -> None:
    rubric = load_rubric(name)
    assert set(rubric.channels) == set(Channel)
    assert all(section.key_metric for section in rubric.channels.values())


def test_demo_scales_email_thresholds_visibly() -> None:
    default, demo = load_rubric("default"), load_rubric("demo")
    assert default.scale_note is None and demo.scale_note
    assert default.content_hash != demo.content_hash
    reply_in_8s = obs("A", Channel.EMAIL, email__first_human_response_s=8.0, email__answered=True)
    assert explained(demo, reply_in_8s).score == 100.0
    reply_in_2h = obs("A", Channel.EMAIL, email__first_human_response_s=7200.0)
    assert explained(default, reply_in_2h).score == pytest.approx(60.0)


def test_default_rubric_scores_ll_bean_like_phone_service_elite() -> None:
    rubric = load_rubric()
    call = obs(
        "Bean",
        Channel.PHONE,
        phone__on_homepage=True,
        phone__on_contact_page=True,
        phone__above_fold=True,
        phone__toll_free=True,
        phone__tel_link=True,
        phone__hours_listed=True,
        phone__clicks_to_find=0,
        phone__time_to_agent_s=25.0,
        phone__hold_s=0.0,
        phone__transfers=0,
        phone__wait_announced=False,
        phone__callback_offered=False,
        phone__resolved=True,
    )
    no_reply = obs("Bean", Channel.EMAIL, Status.TIMEOUT)
    report = scored(rubric, [call, no_reply], "2026-Q4")
    card = report.scorecards[0]
    assert card.channels[Channel.PHONE].score == pytest.approx(100 * 21 / 23)
    assert card.channels[Channel.EMAIL].score == 0.0
    assert card.overall == pytest.approx(100 * 21 / 23 / 2)
