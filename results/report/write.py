"""Writing the static report: index.html, a page per company, compare.html, methodology.html.

No network is needed to open it: no CDN, no fonts, no scripts; charts are inline
SVG (matplotlib); styles inline; screenshots copied next to the pages. Jinja2
autoescapes everything, and text from the outside world is cleaned before.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pandas as pd
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from probes.base import Channel, Observation
from results import intervals
from results.board_cells import CHANNEL_TITLES, NO_DATA
from results.findings import SPECS, format_value
from results.interface import channel_columns
from results.report import charts
from results.report.evidence import clean, show_evidence
from results.report.model import (
    Row,
    Scored,
    band_step,
    by_company,
    channels_shown,
    criterion_title,
    leaderboard_rows,
    page_name,
    potential_gains,
    scorecard,
)
from rubrics.interface import ObservationScore, Rubric

TOP_OVERALL = 30
TOP_CHANNEL = 15
TOP_MOVEMENT = 20
HOUR = 3600.0
DISTRIBUTIONS: tuple[tuple[str, str, tuple[tuple[float, str], ...]], ...] = (
    ("phone.time_to_agent_s", "Phone: time to a live agent",
     ((30.0, "30 s: L.L. Bean"), (120.0, "2 min: 3 in 10 take longer"))),
    ("phone.hold_s", "Phone: time on hold",
     ((40.0, "40 s: many hang up"), (56.0, "56 s: average"))),
    ("email.first_response_s", "Email: first response",
     ((HOUR, "1 h: L.L. Bean"), (12 * HOUR, "12 h: 4 in 10 slower"),
      (24 * HOUR, "24 h: expected"))),
    ("chat.first_human_response_s", "Chat: first human reply", ((30.0, "30 s: phone yardstick"),)),
)  # fmt: skip


@dataclass(frozen=True)
class PeriodInfo:
    """A period label and the names of its campaigns."""

    label: str
    campaigns: list[str]


@dataclass(frozen=True)
class ReportInput:
    """Everything a report is drawn from (read from the store by `audit report`)."""

    title: str
    period: str
    rubric: Rubric
    frame: pd.DataFrame
    observations: list[Observation]
    periods: list[PeriodInfo]
    previous_period: str | None = None
    evidence_roots: list[Path] = field(default_factory=list)
    company: str | None = None
    competitors: list[str] = field(default_factory=list)


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("results.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(score=_score, interval=_interval, band=_band)
    return env


_NONE = Markup('<span class="muted">—</span>')


def _score(value: float | None) -> Markup | str:
    """A score with one decimal; a muted dash for no data (never 0)."""
    return _NONE if value is None else f"{value:.1f}"


def _interval(low: float | None, high: float | None) -> Markup | str:
    return _NONE if low is None or high is None else f"{low:.0f}–{high:.0f}"


def _band(name: str | None) -> Markup:
    if not name:
        return Markup("")
    return Markup('<span class="band {}">{}</span>').format(name.replace(" ", "-"), name)


def _version() -> str:
    try:
        return version("service-audit")
    except PackageNotFoundError:
        return "dev"


def _bar(row: Row, highlight: str | None, channel: int | None = None) -> charts.Bar | None:
    if channel is None:
        score, low, high, rank = row.overall, row.low, row.high, row.rank
    else:
        cell = row.channels[channel]
        score, low, high, rank = cell.score, cell.low, cell.high, cell.rank
    if score is None:
        return None
    return charts.Bar(row.company, score, low, high, rank, row.company == highlight)


def _top_bars(
    rows: list[Row], count: int, focus: str | None, channel: int | None
) -> list[charts.Bar]:
    if channel is not None:
        rows = sorted(rows, key=lambda r: -(r.channels[channel].score or -1.0))
    bars = [b for b in (_bar(r, focus, channel) for r in rows) if b is not None]
    top = bars[:count]
    extra = [b for b in bars[count:] if b.highlight]
    return top + extra


def _movement(inp: ReportInput, rows: list[Row], focus: str | None) -> str | None:
    if inp.previous_period is None or "prev_rank" not in inp.frame:
        return None
    before = {
        clean(str(c), 200): int(r)
        for c, r in zip(inp.frame["company"], inp.frame["prev_rank"], strict=True)
        if not pd.isna(r)
    }
    lines = []
    for row in rows[:TOP_MOVEMENT]:
        now = row.rank.split("–")[0]
        if row.company in before and now.isdigit():
            lines.append(
                (row.company, float(before[row.company]), float(now), row.company == focus)
            )
    if not lines:
        return None
    return charts.slope_chart(lines, (inp.previous_period, inp.period), "Overall rank")


def _distributions(inp: ReportInput, focus: str | None) -> list[str]:
    out = []
    for metric, title, references in DISTRIBUTIONS:
        values, mine = [], []
        for obs in inp.observations:
            value = obs.metrics.get(metric)
            if isinstance(value, int | float) and not isinstance(value, bool):
                values.append(float(value))
                if focus is not None and clean(obs.company, 200) == focus:
                    mine.append(float(value))
        if values:
            out.append(charts.ecdf_chart(charts.Distribution(title, values, references, mine)))
    return out


def _attempts(frame: pd.DataFrame, shown: list[Channel]) -> list[dict[str, object]]:
    out = []
    for ch in shown:
        counts = [int(n) for n in frame[channel_columns(ch)[1]] if n > 0]
        out.append({
            "title": CHANNEL_TITLES[ch], "companies": len(counts),
            "median": statistics.median(counts) if counts else NO_DATA,
            "least": min(counts, default=0), "most": max(counts, default=0),
        })  # fmt: skip
    return out


def _rubric_sections(rubric: Rubric) -> list[dict[str, object]]:
    return [
        {
            "title": CHANNEL_TITLES[ch],
            "weight": section.weight,
            "criteria": [
                {
                    "title": criterion_title(c),
                    "description": c.description or "",
                    "metric": c.metric,
                    "scorer": c.scorer.type,
                    "weight": c.weight,
                }
                for c in section.criteria
            ],
        }
        for ch, section in rubric.channels.items()
    ]


def _facts() -> list[dict[str, str]]:
    return [
        {"statement": s.statement, "fact": s.field_fact,
         "figure": format_value(s.field_value, s.unit) if s.field_value is not None else NO_DATA}
        for s in SPECS
    ]  # fmt: skip


def _observation_view(
    obs: Observation, scored: ObservationScore, out: Path, roots: list[Path]
) -> dict[str, object]:
    return {
        "channel": obs.channel.value, "probe_id": clean(obs.probe_id, 80),
        "status": obs.status.value, "score": scored.score, "attempt_id": clean(obs.attempt_id, 200),
        "started": obs.started.strftime("%Y-%m-%d %H:%M UTC"), "detail": clean(obs.detail),
        "evidence": show_evidence(list(obs.evidence), out, roots),
    }  # fmt: skip


def _compare_views(
    inp: ReportInput, rows: list[Row], grouped: dict[str, list[Scored]]
) -> dict[str, object]:
    names = [inp.company or "", *inp.competitors]
    by_name = {r.company: r for r in rows}
    raw = {clean(n, 200): n for n in grouped}
    compared = [by_name[clean(n, 200)] for n in names if clean(n, 200) in by_name]
    cards = {
        r.company: scorecard(inp.rubric, grouped.get(raw.get(r.company, ""), [])) for r in compared
    }
    focus_row = compared[0] if compared else None
    criteria = []
    for ch, section in inp.rubric.channels.items():
        lines = []
        for i, c in enumerate(section.criteria):
            values = [cards[r.company][ch.value][i].mean for r in compared]
            shown = [None if v is None else round(v * 100) for v in values]
            known = [(v, r.company) for v, r in zip(shown, compared, strict=True) if v is not None]
            best_value, best = max(known) if known else (None, None)
            own = shown[0] if shown else None
            gap = None if own is None or best_value is None else own - best_value
            lines.append(
                {"title": clean(criterion_title(c), 200), "cells": shown, "best": best, "gap": gap}
            )
        criteria.append(
            {"title": CHANNEL_TITLES[ch], "names": [r.company for r in compared], "lines": lines}
        )
    step_name, step_points = band_step(focus_row.overall if focus_row else None)
    gains = []
    if focus_row is not None and step_points is not None:
        present = [c.channel for c in focus_row.channels if c.score is not None]
        total = 0.0
        for gain in potential_gains(inp.rubric, cards[focus_row.company], present):
            gains.append(gain)
            total += gain.points
            if total >= step_points and len(gains) >= 3:
                break
    focus = {
        "company": focus_row.company if focus_row else clean(inp.company or "", 200),
        "overall": focus_row.overall if focus_row else None,
        "step_name": step_name, "step_points": step_points, "gains": gains[:10],
    }  # fmt: skip
    return {"compared": compared, "criteria": criteria, "focus": focus}


def write_report(inp: ReportInput, out: Path) -> Path:
    """Write the report into `out` (created); returns the path of index.html."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "c").mkdir(exist_ok=True)
    env = _environment()
    shown = channels_shown(inp.frame)
    rows = leaderboard_rows(inp.frame, shown)
    focus = clean(inp.company, 200) if inp.company else None
    report = {
        "title": clean(inp.title, 200), "period": clean(inp.period, 80), "rows": rows,
        "rubric_name": clean(inp.rubric.name, 80), "scale_note": clean(inp.rubric.scale_note or ""),
        "channels": [{"title": CHANNEL_TITLES[ch]} for ch in shown],
        "previous_period": clean(inp.previous_period or "", 80),
        "has_compare": inp.company is not None, "version": _version(),
    }  # fmt: skip
    method = {
        "min_attempts": intervals.MIN_ATTEMPTS, "level": round(intervals.LEVEL * 100),
        "prior_df": f"{intervals.PRIOR_DF:g}", "spread_floor": f"{intervals.SPREAD_FLOOR:g}",
    }  # fmt: skip
    chart_set = {
        "overall": charts.interval_chart(_top_bars(rows, TOP_OVERALL, focus, None), "Overall"),
        "overall_count": min(TOP_OVERALL, len(rows)),
        "channels": [
            charts.interval_chart(
                _top_bars(rows, TOP_CHANNEL, focus, i), CHANNEL_TITLES[ch], width=4.2
            )
            for i, ch in enumerate(shown)
        ],
        "movement": _movement(inp, rows, focus),
        "movement_count": min(TOP_MOVEMENT, len(rows)),
        "distributions": _distributions(inp, focus),
    }
    (out / "index.html").write_text(
        env.get_template("index.html.j2").render(
            report=report, charts=chart_set, root="", method=method
        ),
        encoding="utf-8",
    )
    (out / "methodology.html").write_text(
        env.get_template("methodology.html.j2").render(
            report=report, root="", rubric=inp.rubric, method=method,
            rubric_sections=_rubric_sections(inp.rubric), periods=inp.periods,
            attempts=_attempts(inp.frame, shown), facts=_facts(),
        ),
        encoding="utf-8",
    )  # fmt: skip
    grouped = by_company(inp.rubric, inp.observations)
    company_template = env.get_template("company.html.j2")
    raw_names = {page_name(str(c)): str(c) for c in inp.frame["company"]}
    for row in rows:
        observations = grouped.get(raw_names[row.page], [])
        cards = scorecard(inp.rubric, observations)
        step_name, step_points = band_step(row.overall)
        page = company_template.render(
            report=report, root="../", row=row,
            step={"name": step_name, "points": step_points},
            cards=[{"title": CHANNEL_TITLES[Channel(ch)], "results": results}
                   for ch, results in cards.items() if any(r.scores or r.unknown for r in results)],
            observations=[_observation_view(o, sc, out, inp.evidence_roots)
                          for o, sc in observations],
        )  # fmt: skip
        (out / "c" / row.page).write_text(page, encoding="utf-8")
    if inp.company is not None:
        views = _compare_views(inp, rows, grouped)
        (out / "compare.html").write_text(
            env.get_template("compare.html.j2").render(report=report, root="", **views),
            encoding="utf-8",
        )
    return out / "index.html"
