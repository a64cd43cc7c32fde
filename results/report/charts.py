"""Charts for the HTML report, drawn by matplotlib (SVG backend) and inlined.

Each chart is an `<svg>` string: text stays text (`svg.fonttype: none`), math
parsing is off (a `$` in a company name stays a dollar), control characters are
stripped from labels, ids are prefixed per chart so several SVGs can share a page,
and the root carries `role="img"` and an `aria-label`.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, NullFormatter

from results.board_cells import format_duration
from results.safe_text import strip_control

_RC: Any = {
    "svg.fonttype": "none",
    "svg.hashsalt": "service-audit",
    "text.parse_math": False,
    "font.family": "sans-serif",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)
_IDS = re.compile(r'(id="|href="#|url\(#)')
_counter = itertools.count(1)
STRIP_MAX = 600
"""At most this many observations drawn in a strip (a random sample beyond): file size."""
INK, MUTED, ACCENT = "#1f2937", "#6b7280", "#1d4ed8"


def label(text: str, limit: int = 32) -> str:
    """A company name fit for a chart axis: controls stripped, one line, cut to `limit`."""
    clean = " ".join(strip_control(text).split())
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


def to_svg(fig: Figure, description: str) -> str:
    """The figure as an inline `<svg>` element (closed afterwards)."""
    out = io.StringIO()
    fig.savefig(out, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    svg = out.getvalue()
    svg = _METADATA.sub("", svg[svg.index("<svg") :])
    prefix = f"c{next(_counter)}-"
    svg = _IDS.sub(lambda m: m.group(1) + prefix, svg)
    return svg.replace(
        "<svg ", f'<svg role="img" aria-label="{escape(description)}" focusable="false" ', 1
    )


@dataclass(frozen=True)
class Bar:
    """One company's score with its interval (None: no interval) and its shown rank."""

    name: str
    score: float
    low: float | None
    high: float | None
    rank: str
    highlight: bool = False


def interval_chart(bars: Sequence[Bar], title: str, width: float = 6.4) -> str:
    """Scores as dots with 90% intervals as error bars, best first; ties overlap visibly."""
    with plt.rc_context(_RC):
        height = 0.9 + 0.22 * max(len(bars), 1)
        fig, ax = plt.subplots(figsize=(width, height))
        y = np.arange(len(bars))[::-1]
        for yi, bar in zip(y, bars, strict=True):
            colour = ACCENT if bar.highlight else INK
            if bar.low is not None and bar.high is not None:
                ax.plot([bar.low, bar.high], [yi, yi], color=MUTED, linewidth=2.2, alpha=0.6)
            ax.plot([bar.score], [yi], "o", color=colour, markersize=4.5)
        ax.set_yticks(y, [f"{b.rank}  {label(b.name)}" for b in bars])
        ax.set_xlim(0, 100)
        for floor in (70, 80, 90):
            ax.axvline(floor, color="#d1d5db", linewidth=0.8, zorder=0)
        ax.set_xlabel(
            "score; bars: 90% interval"
            if width < 5
            else "score (0–100); bars: 90% interval; gridlines: bands"
        )
        ax.set_title(label(title, 80), loc="left", fontsize=10, color=INK)
        return to_svg(fig, f"{title}: scores with 90% intervals")


def slope_chart(
    lines: Sequence[tuple[str, float, float, bool]], periods: tuple[str, str], title: str
) -> str:
    """Rank in the previous period -> rank now, one line per company (name, before, now)."""
    with plt.rc_context(_RC):
        fig, ax = plt.subplots(figsize=(6.4, 0.9 + 0.22 * max(len(lines), 1)))
        for name, before, now, highlight in lines:
            colour = ACCENT if highlight else (INK if now <= before else MUTED)
            ax.plot([0, 1], [before, now], "-o", color=colour, markersize=3, linewidth=1)
            ax.annotate(label(name, 28), (1, now), xytext=(6, 0), textcoords="offset points",
                        va="center", fontsize=8, color=colour)  # fmt: skip
        ax.invert_yaxis()
        ax.set_xticks([0, 1], [label(periods[0]), label(periods[1])])
        ax.set_xlim(-0.1, 1.6)
        ax.set_ylabel("rank")
        ax.set_title(label(title, 80), loc="left", fontsize=10, color=INK)
        return to_svg(fig, f"{title}: rank in {periods[0]} and {periods[1]}")


@dataclass(frozen=True)
class Distribution:
    """One timed metric's values (seconds) with the field facts drawn as reference lines."""

    title: str
    values: Sequence[float]
    references: Sequence[tuple[float, str]]
    highlight: Sequence[float] = ()


def ecdf_chart(dist: Distribution) -> str:
    """An ECDF on a log time axis with the observations as a strip underneath."""
    with plt.rc_context(_RC):
        fig, (ax, strip) = plt.subplots(
            2, 1, figsize=(6.4, 2.9), sharex=True, gridspec_kw={"height_ratios": [4, 1]}
        )
        values = np.sort(np.asarray([v for v in dist.values if v > 0], dtype=float))
        if len(values):
            share = np.arange(1, len(values) + 1) / len(values)
            ax.step(values, share, where="post", color=INK, linewidth=1.4)
            rng = np.random.default_rng(0)
            shown = values if len(values) <= STRIP_MAX else rng.choice(values, STRIP_MAX, False)
            jitter = rng.uniform(-0.3, 0.3, len(shown))
            strip.plot(shown, jitter, "|", color=MUTED, markersize=6, alpha=0.6)
        for x in dist.highlight:
            strip.plot([x], [0], "o", color=ACCENT, markersize=5)
        for seconds, text in dist.references:
            for axis in (ax, strip):
                axis.axvline(seconds, color="#b45309", linestyle="--", linewidth=0.9)
            ax.annotate(text, (seconds, 1.0), xytext=(3, -10), textcoords="offset points",
                        fontsize=7.5, color="#92400e", rotation=90, va="top")  # fmt: skip
        ax.set_xscale("log")
        strip.xaxis.set_major_formatter(FuncFormatter(lambda x, _: format_duration(x)))
        strip.xaxis.set_minor_formatter(NullFormatter())
        ax.set_ylim(0, 1.05)
        ax.set_ylabel("share ≤ x")
        strip.set_yticks([])
        strip.set_xlabel("time (log scale)")
        ax.set_title(label(dist.title, 80), loc="left", fontsize=10, color=INK)
        return to_svg(fig, f"{dist.title}: distribution of {len(values)} observations")
