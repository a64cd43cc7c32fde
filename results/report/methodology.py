"""The methodology page's tables: attempts per company, the rubric, the field facts."""

from __future__ import annotations

import statistics

import pandas as pd

from probes.base import Channel
from results.board_cells import CHANNEL_TITLES, NO_DATA
from results.finding_specs import SPECS
from results.findings import format_value
from results.interface import channel_columns
from results.report.model import criterion_title
from rubrics.interface import Rubric


def attempts_table(frame: pd.DataFrame, shown: list[Channel]) -> list[dict[str, object]]:
    out = []
    for ch in shown:
        counts = [int(n) for n in frame[channel_columns(ch)[1]] if n > 0]
        out.append({
            "title": CHANNEL_TITLES[ch], "companies": len(counts),
            "median": statistics.median(counts) if counts else NO_DATA,
            "least": min(counts, default=0), "most": max(counts, default=0),
        })  # fmt: skip
    return out


def rubric_sections(rubric: Rubric) -> list[dict[str, object]]:
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


def field_facts() -> list[dict[str, str]]:
    return [
        {"statement": s.statement, "fact": s.field_fact,
         "figure": format_value(s.field_value, s.unit) if s.field_value is not None else NO_DATA}
        for s in SPECS
    ]  # fmt: skip
