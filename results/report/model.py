"""What the report shows, computed from a ranking frame, the observations and the rubric.

Pure data for the templates: every string from the outside world is cleaned
here (controls, escapes, bidi overrides) and escaped by Jinja's autoescaping.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from probes.base import Channel, Observation
from results.board_cells import (
    CHANNEL_TITLES,
    format_key,
    history_and_notes,
    key_label,
    key_metric_of,
    movement_text,
    ordered_by,
    rank_text,
    tied_names,
    to_int,
    to_number,
)
from results.interface import CHANNELS, channel_columns
from results.report.evidence import clean
from rubrics.explain import explain
from rubrics.interface import Criterion, ObservationScore, Rubric
from rubrics.summary import BANDS, band

Record = Mapping[Hashable, object]


def page_name(company: str) -> str:
    """A company page's file name: a readable ASCII slug plus a hash (unique, safe)."""
    slug = re.sub(r"[^a-z0-9]+", "-", company.lower()).strip("-")[:40] or "company"
    digest = hashlib.sha256(company.encode("utf-8")).hexdigest()[:10]
    return f"{slug}-{digest}.html"


@dataclass(frozen=True)
class ChannelCell:
    """One company's standing on one channel."""

    channel: str
    title: str
    score: float | None
    rank: str
    n: int
    errors: int
    low: float | None
    high: float | None
    key_label: str
    key: str
    band: str | None


@dataclass(frozen=True)
class Row:
    """One leaderboard row."""

    company: str
    page: str
    rank: str
    movement: str
    overall: float | None
    band: str | None
    low: float | None
    high: float | None
    tied: list[str]
    notes: list[str]
    channels: list[ChannelCell]


def _channel_cell(df: pd.DataFrame, record: Record, ch: Channel) -> ChannelCell:
    score_col, n_col, err_col, rank_col, key_col = channel_columns(ch)
    score = to_number(record[score_col])
    metric = key_metric_of(df, ch)
    return ChannelCell(
        channel=ch.value,
        title=CHANNEL_TITLES[ch],
        score=score,
        rank=rank_text(record, rank_col, f"_{ch.value}").plain,
        n=to_int(record[n_col]) or 0,
        errors=to_int(record[err_col]) or 0,
        low=to_number(record.get(f"low_{ch.value}")),
        high=to_number(record.get(f"high_{ch.value}")),
        key_label=key_label(metric),
        key=clean(format_key(metric, record[key_col]).plain, 60),  # type: ignore[arg-type]
        band=band(score),
    )


def leaderboard_rows(df: pd.DataFrame, channels: Sequence[Channel]) -> list[Row]:
    """The overall leaderboard, best first."""
    rows = []
    for record in ordered_by(df, "rank_overall").to_dict("records"):
        name = str(record["company"])
        rows.append(
            Row(
                company=clean(name, 200),
                page=page_name(name),
                rank=rank_text(record, "rank_overall").plain,
                movement=movement_text(record).plain,
                overall=to_number(record["overall"]),
                band=record["band"] if isinstance(record["band"], str) else None,
                low=to_number(record.get("low_overall")),
                high=to_number(record.get("high_overall")),
                tied=[clean(t, 200) for t in tied_names(record.get("tied_with"))],
                notes=[clean(n, 400) for n in history_and_notes(record, len(df))],
                channels=[_channel_cell(df, record, ch) for ch in channels],
            )
        )
    return rows


@dataclass
class CriterionResult:
    """One criterion for one company, over its attempts: pass/fail/partial/unknown."""

    id: str
    title: str
    description: str
    metric: str
    weight: float
    scores: list[float] = field(default_factory=list)
    unknown: int = 0
    values: list[str] = field(default_factory=list)

    @property
    def mean(self) -> float | None:
        """Mean criterion score 0..1 over the attempts where it applied."""
        return sum(self.scores) / len(self.scores) if self.scores else None

    @property
    def verdict(self) -> str:
        """pass (≥ 0.9), fail (≤ 0.1), partial, or unknown (never applied)."""
        mean = self.mean
        if mean is None:
            return "unknown"
        return "pass" if mean >= 0.9 else "fail" if mean <= 0.1 else "partial"


def criterion_title(criterion: Criterion) -> str:
    """The human title of a criterion (its id when the rubric gives none)."""
    return criterion.title or criterion.id.replace("_", " ")


def scorecard(
    rubric: Rubric, observations: Sequence[tuple[Observation, ObservationScore]]
) -> dict[str, list[CriterionResult]]:
    """Channel value -> each criterion's result for one company's scored observations."""
    results: dict[str, dict[str, CriterionResult]] = {}
    for ch, section in rubric.channels.items():
        results[ch.value] = {
            c.id: CriterionResult(c.id, clean(criterion_title(c), 200),
                                  clean(c.description or "", 1000), c.metric, c.weight)
            for c in section.criteria
        }  # fmt: skip
    for obs, scored in observations:
        if obs.channel.value not in results or obs.status.value == "error":
            continue
        for c in scored.criteria:
            result = results[obs.channel.value].get(c.criterion_id)
            if result is None:
                continue
            if c.score is None:
                result.unknown += 1
                continue
            result.scores.append(c.score)
            shown = clean(format_key(c.metric, c.value).plain, 60)
            if shown not in result.values and len(result.values) < 3:
                result.values.append(shown)
    return {ch: list(by_id.values()) for ch, by_id in results.items()}


Scored = tuple[Observation, ObservationScore]


def by_company(rubric: Rubric, observations: Sequence[Observation]) -> dict[str, list[Scored]]:
    """Observations with their scores (`rubrics.explain`, one pass), grouped by company."""
    grouped: dict[str, list[Scored]] = defaultdict(list)
    for obs, scored in zip(observations, explain(rubric, observations), strict=True):
        grouped[obs.company].append((obs, scored))
    return grouped


def band_step(overall: float | None) -> tuple[str | None, float | None]:
    """The next band up and the points it takes (None at the top or without data)."""
    if overall is None:
        return None, None
    floors = sorted(BANDS)
    for floor, name in floors:
        if round(overall, 1) < floor:
            return name, round(floor - overall, 1)
    return None, None


@dataclass(frozen=True)
class Gain:
    """A criterion whose fixing would lift the overall score by about `points`."""

    channel: str
    title: str
    points: float
    best: str | None


def potential_gains(
    rubric: Rubric, cards: dict[str, list[CriterionResult]], channels_present: Sequence[str]
) -> list[Gain]:
    """Criteria by how much the overall would rise if the company always passed them.

    An estimate: the channel's share of the overall weight x the criterion's share of
    its channel x the part of the criterion not yet earned.
    """
    weights = {
        ch.value: s.weight for ch, s in rubric.channels.items() if ch.value in channels_present
    }
    total = sum(weights.values()) or 1.0
    gains = []
    for ch, results in cards.items():
        if ch not in weights:
            continue
        applied = [r for r in results if r.mean is not None]
        within = sum(r.weight for r in applied) or 1.0
        for r in applied:
            points = 100 * weights[ch] / total * r.weight / within * (1 - (r.mean or 0.0))
            if points >= 0.05:
                gains.append(Gain(CHANNEL_TITLES[Channel(ch)], r.title, round(points, 1), None))
    return sorted(gains, key=lambda g: -g.points)


def channels_shown(df: pd.DataFrame) -> list[Channel]:
    """Channels with any data in the frame."""
    return [
        ch
        for ch in CHANNELS
        if channel_columns(ch)[1] in df and df[channel_columns(ch)[1]].sum() > 0
    ]
