"""A finished call as an observation: the same `phone.*` metrics as a logged call."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from probes.base import Channel, Evidence, Observation, Status
from probes.dialer import CallRecord, person_reached
from probes.metrics import DIALER_PROBE


def call_observation(record: CallRecord, folder: Path) -> Observation:
    """The observation of `record` (metrics from `call_metrics`), its event log kept as evidence.

    A call that reached a person is `ok`; one that did not (busy, no answer, closed,
    or we gave up holding) is `timeout`, as for a logged call.
    """
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "call-events.json"
    log.write_text(
        json.dumps([e.model_dump(mode="json") for e in record.events], indent=1), encoding="utf-8"
    )
    evidence = [Evidence(kind="call-events", path=str(log), caption="the call's event log")]
    if record.recording_path:
        evidence.append(
            Evidence(
                kind="call-recording",
                path=record.recording_path,
                caption="left: what we heard; right: what we sent",
            )
        )
    reached = person_reached(record.events)
    ended = record.events[-1] if record.events else None
    how = f"{ended.detail or ended.kind}" if ended is not None else "no events"
    duration = ended.at_s if ended is not None else 0.0
    return Observation(
        attempt_id=record.request.attempt_id,
        company=record.request.company,
        channel=Channel.PHONE,
        probe_id=DIALER_PROBE,
        status=Status.OK if reached else Status.TIMEOUT,
        started=record.started,
        finished=record.started + timedelta(seconds=duration),
        metrics=record.metrics(),
        evidence=tuple(evidence),
        detail=(
            f"called {record.request.number}; a person answered ({how})"
            if reached
            else f"called {record.request.number}; no live agent reached ({how})"
        ),
    )
