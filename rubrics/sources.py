"""Probe sources as bit masks: which kind of probe measured an observation or a criterion.

Every metric has a *source*, the kind of probe that measures it
(`probes.metrics`: website, call, email, chat, returns-log). An observation's
source is its probe's (`PROBE_SOURCES`), or for an unknown probe id the
sources of the metrics it carries. A channel fed by several sources (phone:
website visits and calls) mixes them by the rubric's weights (`mixed_mean`).
"""

from __future__ import annotations

from collections.abc import Mapping

from probes.base import Channel, MetricValue
from probes.metrics import METRICS, PROBE_SOURCES, SOURCES
from rubrics.interface import ChannelRubric

SOURCE_BITS: dict[str, int] = {source: 1 << i for i, source in enumerate(SOURCES)}
"""Source -> its bit in a source mask (an int; several bits: several sources)."""
ALL_SOURCES = sum(SOURCE_BITS.values())
_PROBE_BITS = {probe: SOURCE_BITS[source] for probe, source in PROBE_SOURCES.items()}
_METRIC_BITS = {name: SOURCE_BITS[m.source] for name, m in METRICS.items()}
CHANNEL_ORDER = {ch: i for i, ch in enumerate(Channel)}
"""Channel -> its position in `Channel`, the order of a scorecard's channels."""


def source_mask(probe_id: str, metrics: Mapping[str, MetricValue]) -> int:
    """The sources of an observation as a mask of `SOURCE_BITS`; 0 when nothing tells.

    A known probe id decides; otherwise the sources of the documented metrics
    it carries (values other than None).
    """
    known = _PROBE_BITS.get(probe_id)
    if known is not None:
        return known
    mask = 0
    for name, value in metrics.items():
        if value is not None:
            mask |= _METRIC_BITS.get(name, 0)
    return mask


def sources_named(mask: int) -> str:
    """`website/call` for a mask with those two bits."""
    return "/".join(source for source, bit in SOURCE_BITS.items() if mask & bit)


def criterion_bit(metric: str) -> int:
    """The source bit of `metric`; every source for a metric outside the contract."""
    return _METRIC_BITS.get(metric, ALL_SOURCES)


def source_weights(section: ChannelRubric) -> tuple[float, ...]:
    """W per source (in `SOURCES` order): the summed weights of the criteria it measures."""
    weights = [0.0] * len(SOURCES)
    for c in section.criteria:
        bit = criterion_bit(c.metric)
        for i, source_bit in enumerate(SOURCE_BITS.values()):
            if bit & source_bit:
                weights[i] += c.weight
    return tuple(weights)
