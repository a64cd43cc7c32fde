"""How an attempt ends for the runner: its outcome word, the `error` observations a failure
on our side leaves, the one-line message kept of it, and the row put back for a retry.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from probes.base import Clock, Observation, Probe, Status
from results.schema import AttemptState
from results.store_attempts import AttemptRow


def error_observations(
    probe: Probe, attempt: AttemptRow, clock: Clock, detail: str
) -> list[Observation]:
    """What a failure on our side leaves behind: one `error` observation per channel."""
    now = clock.utcnow()
    return [
        Observation(
            attempt_id=attempt.id,
            company=attempt.company,
            channel=channel,
            probe_id=probe.id,
            status=Status.ERROR,
            started=now,
            finished=now,
            detail=detail,
        )
        for channel in probe.channels
    ]


def _with_try(attempt: AttemptRow) -> AttemptRow:
    return dataclasses.replace(attempt, state=AttemptState.PLANNED, tries=attempt.tries + 1)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:500]


def _outcome(observations: Sequence[Observation]) -> str:
    statuses = {o.status for o in observations}
    for status in (Status.ERROR, Status.TIMEOUT, Status.ABSENT):
        if status in statuses:
            return status.value
    return Status.OK.value
