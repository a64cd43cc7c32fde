"""What the timed contacts say about when: each channel's wait per band, and the companies
whose slot mix lacks slots most others have (a note on their row, not a silent rank).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from probes.base import Channel
from results.slot_contacts import TimedContact
from results.slots import BANDS, SLOT_METRICS


@dataclass(frozen=True)
class SlotTime:
    """A channel's wait in one band: the median across companies of each one's median."""

    channel: Channel
    band: str
    median_s: float
    """Infinite when most waited past the deadline."""
    companies: int
    contacts: int


def breakdown(contacts: Iterable[TimedContact]) -> list[SlotTime]:
    """Per channel and band, the median wait (each company's median first, then the median
    of those, so a company contacted often weighs as much as one contacted once)."""
    waits: dict[tuple[Channel, str], dict[str, list[float]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for c in contacts:
        waits[(c.channel, c.band)][c.company].append(c.wait_s)
    out = []
    for channel in SLOT_METRICS:
        for band in BANDS:
            by_company = waits.get((channel, band))
            if not by_company:
                continue
            medians = [statistics.median(values) for values in by_company.values()]
            out.append(
                SlotTime(
                    channel,
                    band,
                    float(statistics.median(medians)),
                    len(by_company),
                    sum(len(v) for v in by_company.values()),
                )
            )
    return out


def slot_gaps(contacts: Iterable[TimedContact]) -> dict[str, dict[Channel, list[str]]]:
    """Company -> channel -> the slots it was never contacted in that most companies were.

    Slots are the campaign's own where its probe has a schedule (every company gets the
    same mix by design: a gap is an attempt that never happened), else the bands. A slot
    is in a channel's reference mix when at least half the companies contacted on that
    channel were contacted in it; a company missing one is not comparable there.
    """
    seen: dict[Channel, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    order: dict[str, int] = {band: i for i, band in enumerate(BANDS)}
    for c in contacts:
        seen[c.channel][c.company].add(c.mix_key)
        order.setdefault(c.mix_key, len(order))
    out: dict[str, dict[Channel, list[str]]] = {}
    for channel, by_company in seen.items():
        if len(by_company) < 2:
            continue
        counts: dict[str, int] = defaultdict(int)
        for bands in by_company.values():
            for band in bands:
                counts[band] += 1
        shared = [b for b, n in counts.items() if n * 2 >= len(by_company)]
        reference = sorted(shared, key=order.__getitem__)
        for company, bands in by_company.items():
            missing = [b for b in reference if b not in bands]
            if missing:
                out.setdefault(company, {})[channel] = missing
    return out


def gaps_text(gaps: Mapping[Channel, list[str]], channel: Channel | None = None) -> str | None:
    """`chat: no weekday evenings; email: no Saturday mornings` (one channel's, or all)."""
    parts = [
        f"{ch.value}: no {', '.join(bands)}"
        for ch, bands in gaps.items()
        if channel is None or ch == channel
    ]
    return "; ".join(parts) or None


def with_slot_gaps(
    frame: pd.DataFrame, gaps: Mapping[str, Mapping[Channel, list[str]]]
) -> pd.DataFrame:
    """`frame` with `slot_gaps_<channel>` columns (the missing bands, comma-separated, or
    None) for the channels whose waits depend on when."""
    out = frame.copy()
    for channel in SLOT_METRICS:
        out[f"slot_gaps_{channel.value}"] = pd.Series(
            [
                ", ".join(gaps.get(str(name), {}).get(channel, [])) or None
                for name in out["company"]
            ],
            index=out.index,
            dtype=object,
        )
    return out


def frame_gaps(record: Mapping[Any, object], channel: Channel | None = None) -> str | None:
    """A leaderboard row's slot gaps as one line (see `gaps_text`), or None."""
    gaps = {
        ch: str(record[f"slot_gaps_{ch.value}"]).split(", ")
        for ch in SLOT_METRICS
        if isinstance(record.get(f"slot_gaps_{ch.value}"), str)
    }
    return gaps_text(gaps, channel)
