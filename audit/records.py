"""Flat records (one dict per table row) of what the results commands print, for
`--format csv|markdown` and, where a command has no richer JSON, `--format json`."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping

from probes.base import MetricValue, Observation
from probes.metrics import METRICS
from results.compare import Comparison
from rubrics.interface import ObservationScore


def comparison_records(c: Comparison) -> list[dict[str, object]]:
    """One row for the overall, one per channel and one per metric of each channel."""
    rows: list[dict[str, object]] = []

    def row(what: str, metric: str, value: object, others: Mapping[str, object], best: object,
            best_value: object, gap: object) -> None:  # fmt: skip
        out: dict[str, object] = {"row": what, "metric": metric, c.company: value}
        out.update({name: others.get(name) for name in c.others})
        out.update({"best": best, "best_value": best_value, "gap": gap})
        rows.append(out)

    best_overall = c.others_overall.get(c.best) if c.best else None
    row("overall", "", c.overall, c.others_overall, c.best, best_overall, c.gap)
    for ch in c.channels:
        best_score = ch.others.get(ch.best) if ch.best else None
        row(ch.channel.value, "", ch.score, ch.others, ch.best, best_score, ch.gap)
        for m in ch.metrics:
            row(ch.channel.value, m.metric, m.value, m.others, m.best, m.best_value, m.gap)
    return rows


def metrics_records() -> list[dict[str, object]]:
    """The metric contract: name, unit, source, meaning, accuracy."""
    return [
        {"name": m.name, "unit": m.kind, "source": m.source, "better": m.better,
         "meaning": m.meaning, "accuracy": m.accuracy}
        for m in METRICS.values()
    ]  # fmt: skip


def status_records(
    counts: Mapping[str, Counter[str]], states: list[str]
) -> list[dict[str, object]]:
    """Attempts by probe and state."""
    return [
        {"probe": probe_id, **{s: counter.get(s, 0) for s in states}}
        for probe_id, counter in sorted(counts.items())
    ]


def _value(value: MetricValue) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def observation_json(obs: Observation, scored: ObservationScore) -> dict[str, object]:
    """One observation with its score and each criterion's, for `audit show --format json`."""
    return {
        "attempt_id": obs.attempt_id,
        "company": obs.company,
        "channel": obs.channel.value,
        "probe_id": obs.probe_id,
        "status": obs.status.value,
        "score": scored.score,
        "detail": obs.detail,
        "criteria": [
            {
                "id": c.criterion_id,
                "metric": c.metric,
                "value": c.value,
                "score": c.score,
                "state": c.state,
            }
            for c in scored.criteria
        ],
        "metrics": dict(sorted(obs.metrics.items())),
        "evidence": [e.model_dump(mode="json") for e in obs.evidence],
    }


def observation_records(obs: Observation, scored: ObservationScore) -> list[dict[str, object]]:
    """One row per criterion, metric and evidence file of an observation."""
    data = observation_json(obs, scored)
    base = {k: data[k] for k in ("attempt_id", "channel", "probe_id", "status", "score")}
    rows: list[dict[str, object]] = []
    for c in data["criteria"]:  # type: ignore[attr-defined]
        rows.append({**base, "kind": "criterion", "name": c["id"],
                     "value": _value(c["value"]), "criterion_score": c["score"]})  # fmt: skip
    for name, value in obs.metrics.items():
        rows.append({**base, "kind": "metric", "name": name, "value": _value(value)})
    for ev in obs.evidence:
        rows.append({**base, "kind": ev.kind, "name": ev.caption, "value": ev.path})
    return rows
