"""The "you versus your competitors" page: criterion by criterion, and what would move
the company up a band."""

from __future__ import annotations

from results.board_cells import CHANNEL_TITLES
from results.report.evidence import clean
from results.report.inputs import ReportInput
from results.report.model import Row, Scored, band_step, criterion_title, potential_gains, scorecard


def compare_views(
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
