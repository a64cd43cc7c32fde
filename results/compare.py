"""A company against chosen competitors, channel by channel and metric by metric.

What a company benchmarking itself wants to read: its score and rank on each
channel next to each competitor's, then every metric aggregated per company
(median for times, days and counts; share of attempts for flags; commonest
value for text), with the gap to the best of the competitors. Which way is
"best" is the metric contract's (`probes.metrics.BETTER`: lower, higher or
neither), never guessed from the unit. Unanswered calls, emails and chats are
censored waits (`rubrics.summary`): they count as longer than the deadline in
the medians, as in `audit findings` and the leaderboard. JSON figures are
rounded (`results.interface.json_figures`); the terminal table is
`results.compare_table`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Literal

import pandas as pd
from pydantic import BaseModel, ConfigDict

from probes.base import Channel, MetricValue, Observation, Status
from probes.errors import InputError
from probes.metrics import METRICS
from results.interface import CHANNELS, channel_columns, json_figures
from results.safe_text import strip_control
from rubrics.summary import CENSORED, median, metric_value

_CHANNEL_METRICS = {ch: {m for m in METRICS if METRICS[m].channel == ch} for ch in Channel}

Better = Literal["higher", "lower"]


class UnknownCompanyError(InputError):
    """A company name that is not in the campaign; the message lists the known ones."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class MetricComparison(_Frozen):
    """One metric: the company's aggregated value, each competitor's, and the gap to the best."""

    metric: str
    better: Better | None
    value: MetricValue
    others: dict[str, MetricValue]
    best: str | None
    best_value: MetricValue
    gap: float | None
    behind: bool | None


class ChannelComparison(_Frozen):
    """One channel: scores and ranks, the gap to the best competitor, and the metrics."""

    channel: Channel
    score: float | None
    rank: int | None
    others: dict[str, float | None]
    best: str | None
    gap: float | None
    metrics: tuple[MetricComparison, ...]
    low_confidence: bool = False


class Comparison(_Frozen):
    """A company against chosen competitors (`others`, in the order given)."""

    company: str
    others: tuple[str, ...]
    period: str | None
    overall: float | None
    rank: int | None
    others_overall: dict[str, float | None]
    best: str | None
    gap: float | None
    channels: tuple[ChannelComparison, ...]


def better_of(metric: str) -> Better | None:
    """Which way a metric is better, from the metric contract (None: neither, or unknown).

    Flags compare as the share of attempts that were true."""
    direction = METRICS[metric].better if metric in METRICS else None
    return direction if direction in ("higher", "lower") else None


def _aggregate(metric: str, values: list[MetricValue]) -> MetricValue:
    kind = METRICS[metric].kind if metric in METRICS else "text"
    if kind == "flag":
        flags = [v for v in values if isinstance(v, bool)]
        return sum(flags) / len(flags) if flags else None
    if kind in ("seconds", "days", "count"):
        numbers = [
            float(v)
            for v in values
            if isinstance(v, int | float) and not isinstance(v, bool) and not math.isnan(v)
        ]
        return median(numbers)  # censored waits (NEVER) sort last
    texts = [str(v) for v in values if isinstance(v, str)]
    return Counter(texts).most_common(1)[0][0] if texts else None


def _resolve(name: str, known: Sequence[str]) -> str:
    if name in known:
        return name
    folded = [k for k in known if k.casefold() == name.strip().casefold()]
    if len(folded) == 1:
        return folded[0]
    listed = ", ".join(strip_control(k) for k in sorted(known))
    raise UnknownCompanyError(f"unknown company {strip_control(name)!r}; known: {listed}")


def _number(value: object) -> float | None:
    if value is None or value is pd.NA:
        return None
    number = float(value)  # type: ignore[arg-type]
    return None if math.isnan(number) else number


def _best(values: dict[str, float | None], better: Better) -> str | None:
    present = {name: v for name, v in values.items() if v is not None}
    if not present:
        return None
    pick = max if better == "higher" else min
    return pick(present, key=lambda name: present[name])


def _gap(
    mine: float | None, best: float | None, better: Better
) -> tuple[float | None, bool | None]:
    """The gap and whether `mine` is behind; no gap figure when a side is censored."""
    if mine is None or best is None:
        return None, None
    behind = mine < best if better == "higher" else mine > best
    if math.isinf(mine) or math.isinf(best):
        return (0.0 if mine == best else None), behind
    return mine - best, behind


def _metric_rows(
    channel: Channel,
    company: str,
    others: Sequence[str],
    values: dict[str, dict[str, list[MetricValue]]],
) -> tuple[MetricComparison, ...]:
    names = [m for m in METRICS if METRICS[m].channel == channel and m in values]
    rows = []
    for metric in names:
        if METRICS[metric].kind == "e164-list":
            continue
        per = {
            name: _aggregate(metric, values[metric].get(name, [])) for name in (company, *others)
        }
        better = better_of(metric)
        theirs = {name: per[name] for name in others}
        best = best_value = gap = behind = None
        if better is not None:
            numeric = {
                n: float(v) if isinstance(v, int | float) else None for n, v in theirs.items()
            }
            best = _best(numeric, better)
            if best is not None:
                best_value = theirs[best]
                mine = per[company]
                gap, behind = _gap(
                    float(mine) if isinstance(mine, int | float) else None, numeric[best], better
                )
        rows.append(
            MetricComparison(
                metric=metric,
                better=better,
                value=per[company],
                others=theirs,
                best=best,
                best_value=best_value,
                gap=gap,
                behind=behind,
            )
        )
    return tuple(rows)


def compare(
    frame: pd.DataFrame,
    observations: Iterable[Observation],
    company: str,
    others: Sequence[str],
) -> Comparison:
    """`company` against `others` from a ranking frame and the observations behind it.

    Names match exactly, else case-insensitively; an unknown one raises
    `UnknownCompanyError` listing the known companies. Our own errors are
    left out of the metric values.
    """
    seen = list(observations)
    known = sorted({str(c) for c in frame["company"]} | {o.company for o in seen})
    chosen = [_resolve(name, known) for name in (company, *others)]
    me, rivals = chosen[0], tuple(dict.fromkeys(n for n in chosen[1:] if n != chosen[0]))
    wanted = set(chosen)
    observed: dict[str, dict[str, list[MetricValue]]] = {}  # metric -> company -> values
    for obs in seen:
        if obs.company in wanted and obs.status != Status.ERROR:
            for metric in set(obs.metrics) | (CENSORED & _CHANNEL_METRICS[obs.channel]):
                value = metric_value(metric, obs)
                if value is not None:
                    observed.setdefault(metric, {}).setdefault(obs.company, []).append(value)
    rows = {str(r["company"]): r for r in frame.to_dict("records")}

    def cell(name: str, column: str) -> float | None:
        record = rows.get(name)
        return None if record is None or column not in record else _number(record[column])

    channels = []
    for ch in CHANNELS:
        score_col, _, _, rank_col, _ = channel_columns(ch)
        scores = {name: cell(name, score_col) for name in (me, *rivals)}
        metrics = _metric_rows(ch, me, rivals, observed)
        if all(v is None for v in scores.values()) and not metrics:
            continue
        theirs = {name: scores[name] for name in rivals}
        best = _best(theirs, "higher")
        gap, _ = _gap(scores[me], theirs[best] if best else None, "higher")
        rank = cell(me, rank_col)
        record = rows.get(me) or {}
        channels.append(
            ChannelComparison(
                low_confidence=record.get(f"low_confidence_{ch.value}") is True,
                channel=ch,
                score=scores[me],
                rank=None if rank is None else int(rank),
                others=theirs,
                best=best,
                gap=gap,
                metrics=metrics,
            )
        )
    others_overall = {name: cell(name, "overall") for name in rivals}
    best = _best(others_overall, "higher")
    overall = cell(me, "overall")
    gap, _ = _gap(overall, others_overall[best] if best else None, "higher")
    rank = cell(me, "rank_overall")
    period = str(frame["period"].iloc[0]) if len(frame) and "period" in frame else None
    return Comparison(
        company=me,
        others=rivals,
        period=period,
        overall=overall,
        rank=None if rank is None else int(rank),
        others_overall=others_overall,
        best=best,
        gap=gap,
        channels=tuple(channels),
    )


def comparison_json(comparison: Comparison) -> dict[str, object]:
    """The comparison as JSON-safe data (see `json_figures`)."""
    data = json_figures(comparison.model_dump(mode="python"))
    assert isinstance(data, dict)
    return data
