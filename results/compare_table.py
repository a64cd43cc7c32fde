"""`audit compare` as a table: a company against its competitors, on the terminal.

Renders a `Comparison` (`results.compare`): overall, then each channel's score and its
metrics aggregated per company, with the best competitor and the gap to it. Flags show
as the share of attempts, censored waits (nobody answered) as `> deadline`, and every
name from a campaign is escaped (`results.safe_text`).
"""

from __future__ import annotations

import math

from rich import box
from rich.console import Console
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from probes.base import MetricValue
from probes.metrics import METRICS
from results.compare import Comparison
from results.leaderboard import CHANNEL_TITLES, NO_DATA, format_duration
from results.safe_text import safe_text
from rubrics.summary import CENSORED_TEXT


def format_metric(metric: str, value: MetricValue) -> Text:
    """An aggregated metric for display: share of attempts for flags, durations, days, counts."""
    if value is None:
        return Text(NO_DATA, style="dim")
    kind = METRICS[metric].kind if metric in METRICS else "text"
    if isinstance(value, int | float) and not isinstance(value, bool):
        if math.isinf(value):
            return Text(CENSORED_TEXT, style="red")
        if kind == "flag":
            return Text(f"{value:.0%}")
        if kind == "seconds":
            return Text(format_duration(float(value)))
        return Text(f"{value:g} d" if kind == "days" else f"{value:g}")
    return safe_text(str(value), limit=30)


def format_gap(metric: str | None, gap: float | None, behind: bool | None) -> Text:
    """The gap to the best competitor: red when behind, green when level or ahead."""
    if gap is None:
        return Text(NO_DATA, style="dim")
    style = "red" if behind else "green"
    if gap == 0:
        return Text("level", style=style)
    kind = METRICS[metric].kind if metric in METRICS else None
    if kind == "flag":
        shown = f"{gap * 100:+.0f} pts"
    elif kind == "seconds":
        shown = ("+" if gap > 0 else "-") + format_duration(abs(gap))
    elif kind in ("days", "count"):
        shown = f"{gap:+g}" + (" d" if kind == "days" else "")
    else:
        shown = f"{gap:+.1f}"
    return Text(shown, style=style)


def _score_text(score: float | None, rank: int | None = None) -> Text:
    if score is None:
        return Text(NO_DATA, style="dim")
    text = Text(f"{score:.1f}")
    if rank is not None:
        text.append(f" #{rank}", style="dim")
    return text


def _best_text(name: str | None, value: Text) -> Text:
    if name is None:
        return Text(NO_DATA, style="dim")
    return safe_text(name, limit=30) + Text(" ") + value


def render_comparison(comparison: Comparison, width: int | None = None) -> Table:
    """A rich table: overall, then each channel's score and metrics, against the competitors.

    Metric names are never cut. On a terminal narrower than the table's natural
    width (`width`) the "Best of them" column is left out: the gap still says how
    far the company is from the best, and a caption says where the name is shown.
    """
    c = comparison
    title = Text("Compare ") + safe_text(c.company, limit=60)
    if c.period:
        title += Text(" — ") + safe_text(c.period)
    labels: list[Text] = [Text("Overall", style="bold")]
    for ch in c.channels:
        labels.append(Text(CHANNEL_TITLES[ch.channel], style="bold"))
        labels.extend(Text("  " + m.metric.split(".", 1)[1], style="dim") for m in ch.metrics)
    label_width = max(t.cell_len for t in labels)
    table = _comparison_table(c, title, label_width, with_best=True)
    if width is not None:
        unbounded = Console(width=10_000)  # a measure is capped at the console's width
        if Measurement.get(unbounded, unbounded.options, table).maximum > width:
            table = _comparison_table(c, title, label_width, with_best=False)
    return table


def _comparison_table(c: Comparison, title: Text, label_width: int, with_best: bool) -> Table:
    table = Table(title=title, box=box.SIMPLE_HEAD)
    table.add_column("", no_wrap=True, min_width=label_width)
    table.add_column(safe_text(c.company, limit=30), justify="right", style="bold")
    for name in c.others:
        table.add_column(safe_text(name, limit=30), justify="right")
    if with_best:
        table.add_column("Best of them", justify="right")
    else:
        table.caption = Text(
            "Gap: to the best of them, named on a wider terminal or with --format json"
        )
    table.add_column("Gap", justify="right")

    def row(label: Text, own: Text, others: list[Text], best: Text, gap: Text, end: bool) -> None:
        cells = [label, own, *others, *([best] if with_best else []), gap]
        table.add_row(*cells, end_section=end)

    overall_best = c.others_overall.get(c.best) if c.best else None
    row(
        Text("Overall", style="bold"),
        _score_text(c.overall, c.rank),
        [_score_text(c.others_overall[name]) for name in c.others],
        _best_text(c.best, _score_text(overall_best)),
        format_gap(None, c.gap, c.gap is not None and c.gap < 0),
        True,
    )
    for ch in c.channels:
        best_score = ch.others.get(ch.best) if ch.best else None
        row(
            Text(CHANNEL_TITLES[ch.channel], style="bold"),
            _score_text(ch.score, ch.rank).append("?" if ch.low_confidence else "", style="yellow"),
            [_score_text(ch.others[name]) for name in c.others],
            _best_text(ch.best, _score_text(best_score)),
            format_gap(None, ch.gap, ch.gap is not None and ch.gap < 0),
            False,
        )
        for m in ch.metrics:
            row(
                Text("  " + m.metric.split(".", 1)[1], style="dim"),
                format_metric(m.metric, m.value),
                [format_metric(m.metric, m.others[name]) for name in c.others],
                _best_text(m.best, format_metric(m.metric, m.best_value)),
                format_gap(m.metric, m.gap, m.behind),
                m is ch.metrics[-1],
            )
    return table
