"""Loading rubric files: shipped ones, the content hash, and every validation error."""

from __future__ import annotations

from pathlib import Path

import pytest

from probes.base import Channel
from probes.yaml_source import SourceError
from rubrics.loader import load_rubric, parse_rubric
from rubrics.scorers import ThresholdsScorer
from tests.rubrics.factories import SMALL_RUBRIC


def error_of(text: str) -> str:
    with pytest.raises(SourceError) as caught:
        parse_rubric(text, "bad.yaml")
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_small_rubric_loads_with_channels_in_order() -> None:
    rubric = parse_rubric(SMALL_RUBRIC, "small.yaml")
    assert rubric.name == "small"
    assert list(rubric.channels) == [Channel.EMAIL, Channel.PHONE]
    email = rubric.channels[Channel.EMAIL]
    assert email.weight == 3
    assert email.key_metric == "email.first_response_s"
    assert [c.id for c in email.criteria] == ["fast", "answered"]
    assert isinstance(email.criteria[0].scorer, ThresholdsScorer)
    assert rubric.source == "small.yaml"


def test_content_hash_ignores_comments_and_layout_but_not_content() -> None:
    base = parse_rubric(SMALL_RUBRIC).content_hash
    commented = parse_rubric("# a comment\n" + SMALL_RUBRIC.replace("weight: 3", "weight:   3"))
    changed = parse_rubric(SMALL_RUBRIC.replace("weight: 3\n    key", "weight: 4\n    key"))
    assert len(base) == 64
    assert commented.content_hash == base
    assert changed.content_hash != base


def test_shipped_rubrics_load_by_name_and_by_default(tmp_path: Path) -> None:
    default = load_rubric()
    assert default.name == "default"
    assert load_rubric("default").content_hash == default.content_hash
    demo = load_rubric("demo")
    assert demo.scale_note and "scaled" in demo.scale_note
    copy = tmp_path / "copy.yaml"
    copy.write_text(SMALL_RUBRIC, encoding="utf-8")
    assert load_rubric(copy).source == str(copy)


def test_missing_file_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="cannot read file"):
        load_rubric(tmp_path / "nope.yaml")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "metric: email.answered",
            "metric: email.answerd",
            "bad.yaml:16: channels.email.criteria[1].metric: unknown metric 'email.answerd'",
        ),
        (
            "metric: email.answered",
            "metric: chat.answered",
            "bad.yaml:16: channels.email.criteria[1].metric: metric 'chat.answered' "
            "belongs to channel 'chat', not 'email'",
        ),
        (
            "weight: 3\n        scorer: {type: boolean}",
            "weight: -1\n        scorer: {type: boolean}",
            "bad.yaml:17: channels.email.criteria[1].weight: "
            "Input should be greater than or equal to 0",
        ),
        (
            "id: answered",
            "id: fast",
            "bad.yaml:15: channels.email.criteria[1].id: duplicate criterion id 'fast'",
        ),
        (
            "scorer: {type: boolean}\n  phone",
            "scorer: {type: booleen}\n  phone",
            "bad.yaml:18: channels.email.criteria[1].scorer: unknown scorer type; "
            "expected one of boolean, thresholds, linear, lognormal, equals",
        ),
        (
            "metric: email.answered\n        weight: 3\n        scorer: {type: boolean}",
            "metric: email.answered\n        weight: 3\n        scorer: {type: lognormal, "
            "p10: 1, median: 2}",
            "bad.yaml:18: channels.email.criteria[1].scorer: scorer 'lognormal' cannot score "
            "flag metric 'email.answered'",
        ),
        (
            "  phone:",
            "  fax:",
            "bad.yaml:19: channels.fax: unknown channel; "
            "expected one of phone, email, chat, returns, selfservice",
        ),
        (
            "        weight: 3\n        scorer",
            "        weight: 3\n        colour: red\n        scorer",
            "bad.yaml:18: channels.email.criteria[1].colour: unknown field",
        ),
        (
            "otherwise: 0",
            "otherwise: 0\n          otherwize: 1",
            "bad.yaml:15: channels.email.criteria[0].scorer.otherwize: unknown field",
        ),
        (
            "steps: [{at_most: 60, score: 1.0}",
            "steps: [{at_most: 60, score: 2.0}",
            "bad.yaml:13: channels.email.criteria[0].scorer.steps[0].score: "
            "Input should be less than or equal to 1",
        ),
        (
            "key_metric: email.first_response_s",
            "key_metric: chat.first_response_s",
            "bad.yaml:6: channels.email.key_metric: 'chat.first_response_s' is not a metric "
            "of channel 'email'",
        ),
        (
            "name: small\n",
            "name: small\nauthor: me\n",
            "bad.yaml:2: author: unknown field",
        ),
        (
            "description: two channels, easy numbers\n",
            "",
            "bad.yaml:1: description: required field is missing",
        ),
    ],
)
def test_validation_errors_name_file_line_and_field(old: str, new: str, expected: str) -> None:
    assert old in SMALL_RUBRIC
    message = error_of(SMALL_RUBRIC.replace(old, new, 1))
    assert message == expected


def test_yaml_syntax_error_names_the_line() -> None:
    text = SMALL_RUBRIC.replace("  phone:\n    weight: 1", "  phone:\n    weight: [1")
    assert error_of(text) == "bad.yaml:21: YAML syntax error: expected ',' or ']', but got ':'"


def test_thresholds_on_a_flag_is_rejected() -> None:
    text = SMALL_RUBRIC.replace(
        "weight: 3\n        scorer: {type: boolean}",
        "weight: 3\n        scorer: {type: thresholds, steps: [{at_most: 1, score: 1}]}",
    )
    assert error_of(text) == (
        "bad.yaml:18: channels.email.criteria[1].scorer: "
        "scorer 'thresholds' cannot score flag metric 'email.answered'"
    )


def test_channel_needs_a_positive_weight_somewhere() -> None:
    message = error_of(
        SMALL_RUBRIC.replace("weight: 1\n        scorer", "weight: 0\n        scorer")
    )
    assert message == (
        "bad.yaml:22: channels.phone.criteria: at least one criterion needs a positive weight"
    )
