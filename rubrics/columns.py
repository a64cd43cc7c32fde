"""Observations as columns: the scoring engine's input (numpy arrays per channel).

A campaign of a million observations fits in a few arrays; the engine scores
them criterion by criterion with numpy (`rubrics.engine`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from probes.base import Channel, MetricValue, Status
from probes.metrics import METRICS
from rubrics.interface import ChannelRubric, Rubric
from rubrics.sources import source_mask
from rubrics.summary import NUMERIC_KINDS

STATUS_CODES: dict[Status, int] = {
    Status.OK: 0,
    Status.ABSENT: 1,
    Status.TIMEOUT: 2,
    Status.ERROR: 3,
}
"""Status -> code in `ChannelColumns.status`."""


class Observed(Protocol):
    """What the engine reads of an observation (an `Observation` or a lighter record)."""

    @property
    def attempt_id(self) -> str: ...
    @property
    def company(self) -> str: ...
    @property
    def channel(self) -> Channel: ...
    @property
    def probe_id(self) -> str: ...
    @property
    def status(self) -> Status: ...
    @property
    def metrics(self) -> Mapping[str, MetricValue]: ...


@dataclass(frozen=True)
class ChannelColumns:
    """One channel's observations as columns.

    `company` holds codes into `ObservationColumns.companies`, `status` codes
    from `STATUS_CODES`. Numeric and flag metrics are float64 arrays (flags
    1.0 / 0.0; NaN = not observed or not a valid value); text and list metrics
    are object arrays (None = not observed). `attempt_id` is optional.
    `source` is optional: each row's sources as a mask of `SOURCE_BITS` (what
    `source_mask` gives for its probe id and metrics); 0, or no column at all,
    means unknown: every source of the channel.
    """

    company: np.ndarray
    status: np.ndarray
    metrics: Mapping[str, np.ndarray]
    attempt_id: np.ndarray | None = None
    source: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.company)


@dataclass(frozen=True)
class ObservationColumns:
    """A campaign's observations as columns, one `ChannelColumns` per channel."""

    companies: tuple[str, ...]
    channels: Mapping[Channel, ChannelColumns]

    @classmethod
    def from_observations(
        cls, observations: Iterable[Observed], rubric: Rubric
    ) -> ObservationColumns:
        """Columns of the metrics `rubric` reads (criteria and key metrics), streaming.

        Observations of channels the rubric does not score are skipped.
        """
        needed = {ch: rubric_metrics(section) for ch, section in rubric.channels.items()}
        codes: dict[str, int] = {}
        rows: dict[
            Channel, tuple[list[int], list[int], list[str], list[int], list[list[MetricValue]]]
        ] = {ch: ([], [], [], [], [[] for _ in names]) for ch, names in needed.items()}
        status_code = STATUS_CODES
        for obs in observations:
            entry = rows.get(obs.channel)
            if entry is None:
                continue
            code = codes.get(obs.company)
            if code is None:
                code = codes[obs.company] = len(codes)
            entry[0].append(code)
            entry[1].append(status_code[obs.status])
            entry[2].append(obs.attempt_id)
            metrics = obs.metrics
            entry[3].append(source_mask(obs.probe_id, metrics))
            for name, column in zip(needed[obs.channel], entry[4], strict=True):
                column.append(metrics.get(name))
        channels = {
            ch: ChannelColumns(
                company=np.asarray(company, dtype=np.int64),
                status=np.asarray(status, dtype=np.int8),
                metrics={
                    name: metric_array(name, values)
                    for name, values in zip(needed[ch], values_by_metric, strict=True)
                },
                attempt_id=np.asarray(attempt_ids, dtype=object),
                source=np.asarray(sources, dtype=np.int8),
            )
            for ch, (company, status, attempt_ids, sources, values_by_metric) in rows.items()
            if company
        }
        return cls(tuple(codes), channels)


def rubric_metrics(section: ChannelRubric) -> tuple[str, ...]:
    """The metrics a channel section reads: its criteria's and its key metric, once each."""
    names = [c.metric for c in section.criteria]
    if section.key_metric is not None:
        names.append(section.key_metric)
    return tuple(dict.fromkeys(names))


def metric_array(name: str, values: list[MetricValue]) -> np.ndarray:
    """One metric's values as the engine stores them (see `ChannelColumns`)."""
    kind = METRICS[name].kind if name in METRICS else "text"
    if kind in NUMERIC_KINDS:
        nan = math.nan
        numbers = np.array(
            [v if type(v) is float or type(v) is int else nan for v in values], dtype=float
        )
        numbers[~np.isfinite(numbers)] = np.nan
        return numbers
    if kind == "flag":
        table: dict[object, float] = {True: 1.0, False: 0.0}
        return np.array(
            [table.get(v, math.nan) if type(v) is bool else math.nan for v in values],
            dtype=float,
        )
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out
