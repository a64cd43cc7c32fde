"""Writing the static report: index.html, a page per company, compare.html, methodology.html.

No network is needed to open it: no CDN, no fonts, no scripts; charts are inline
SVG (matplotlib); styles inline; screenshots copied next to the pages. Jinja2
autoescapes everything, and text from the outside world is cleaned before.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pandas as pd
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from probes.base import Channel, Observation
from results import intervals
from results.board_cells import CHANNEL_TITLES, format_duration
from results.report import charts
from results.report.compare_view import compare_views
from results.report.evidence import clean, show_evidence
from results.report.inputs import ReportInput
from results.report.methodology import attempts_table, field_facts, rubric_sections
from results.report.model import (
    Row,
    band_step,
    by_company,
    channels_shown,
    leaderboard_rows,
    page_name,
    scorecard,
)
from results.slot_contacts import TimedContact
from results.slot_mix import breakdown
from results.slots import SLOT_WHAT
from rubrics.interface import ObservationScore

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
    """Slope chart of the overall rank (the point rank, not a tie's range) then and now."""
    if inp.previous_period is None or "prev_rank" not in inp.frame:
        return None
    ranks = {
        clean(str(c), 200): (before, now)
        for c, before, now in zip(
            inp.frame["company"], inp.frame["prev_rank"], inp.frame["rank_overall"], strict=True
        )
        if not pd.isna(before) and not pd.isna(now)
    }
    lines = [
        (row.company, float(ranks[row.company][0]), float(ranks[row.company][1]),
         row.company == focus)
        for row in rows[:TOP_MOVEMENT]
        if row.company in ranks
    ]  # fmt: skip
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


def _observation_view(
    obs: Observation, scored: ObservationScore, out: Path, roots: list[Path]
) -> dict[str, object]:
    return {
        "channel": obs.channel.value, "probe_id": clean(obs.probe_id, 80),
        "status": obs.status.value, "score": scored.score, "attempt_id": clean(obs.attempt_id, 200),
        "started": obs.started.strftime("%Y-%m-%d %H:%M UTC"), "detail": clean(obs.detail),
        "evidence": show_evidence(list(obs.evidence), out, roots),
    }  # fmt: skip


def _slot_times(contacts: Iterable[TimedContact]) -> list[dict[str, object]]:
    """The by-slot table's rows (`results.slot_mix.breakdown`), text cleaned for the page."""
    return [
        {"what": SLOT_WHAT[t.channel], "band": t.band, "median": format_duration(t.median_s),
         "companies": t.companies, "contacts": t.contacts}
        for t in breakdown(contacts)
    ]  # fmt: skip


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
            report=report,
            charts=chart_set,
            root="",
            method=method,
            slot_times=_slot_times(inp.contacts),
        ),
        encoding="utf-8",
    )
    (out / "methodology.html").write_text(
        env.get_template("methodology.html.j2").render(
            report=report, root="", rubric=inp.rubric, method=method,
            rubric_sections=rubric_sections(inp.rubric), periods=inp.periods,
            attempts=attempts_table(inp.frame, shown), facts=field_facts(),
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
            slot_times=_slot_times(c for c in inp.contacts if c.company == raw_names[row.page]),
        )  # fmt: skip
        (out / "c" / row.page).write_text(page, encoding="utf-8")
    if inp.company is not None:
        views = compare_views(inp, rows, grouped)
        (out / "compare.html").write_text(
            env.get_template("compare.html.j2").render(report=report, root="", **views),
            encoding="utf-8",
        )
    return out / "index.html"
