"""Returns logs (`audit returns import returns.csv`): returned orders, as observations.

Format: UTF-8 CSV with a header row; column order is free, names are
case-insensitive; a blank cell means "did not happen / not logged".

| column | required | meaning |
|---|---|---|
| company | yes | company name as in the campaign |
| ordered | yes | when the order was placed |
| return_started | yes | when the shopper asked to return it (form, email, portal) |
| label_received | no | when a return label / authorisation arrived |
| shipped_back | no | when the parcel was handed to the carrier |
| refund_received | no | when the money was back on the shopper's account |
| period | no | period label, e.g. `2026-Q3` |
| order_id | no | the shop's order number (tells apart two returns started the same day) |
| notes | no | free text |

Dates are `2026-07-14` (midnight UTC) or ISO 8601 date-times (`2026-07-14T16:05:00+02:00`;
no offset means UTC). They must not go backwards in the order of the columns above
(a refund may come before shipping, never before the return was started).
Leave returns still in progress out: a row without `refund_received` means the
refund never came (status `timeout`).

Metrics (days, float, 0.01 precision):
- `returns.refund_days`: shipped_back -> refund_received (0 if refunded before shipping)
- `returns.label_days`: return_started -> label_received
- `returns.ship_back_days`: label_received (else return_started) -> shipped_back (shopper's pace)
- `returns.total_days`: return_started -> refund_received
- `returns.order_to_return_days`: ordered -> return_started

Rows are numbered by their line in the file (header = line 1); errors name line
and column; bad rows are skipped unless `strict` (then nothing is imported).
Attempt ids: `import/returns-log/<sha1 of company, order_id, ordered, return_started>[:12]`,
whatever the file is called (a renamed or corrected file replaces, never duplicates).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from probes.base import Channel, Evidence, MetricValue, Observation, Status
from probes.logs.rows import (
    CsvRow,
    ImportResult,
    LoggedRow,
    RowReader,
    attempt_id,
    collect,
    parse_date,
    read_log,
)
from probes.metrics import RETURNS_LOG_PROBE
from probes.yaml_source import SourceError

PROBE_ID = RETURNS_LOG_PROBE
STAGES = ("ordered", "return_started", "label_received", "shipped_back", "refund_received")
RETURN_COLUMNS = (*STAGES, "company", "period", "order_id", "notes")


def _days(start: datetime | None, end: datetime | None) -> float | None:
    if start is None or end is None:
        return None
    return round(max(0.0, (end - start).total_seconds() / 86400), 2)


def _check_order(r: RowReader, when: dict[str, datetime | None]) -> None:
    previous: tuple[str, datetime] | None = None
    for stage in STAGES:
        moment = when[stage]
        if moment is None:
            continue
        if stage == "refund_received" and when["return_started"] is not None:
            previous = ("return_started", when["return_started"])
        if previous is not None and moment < previous[1]:
            r.fail(stage, f"is before {previous[0]} ({previous[1].date().isoformat()})")
        previous = (stage, moment)


def _row_observation(path: Path, row: CsvRow) -> tuple[Observation | None, str, list[SourceError]]:
    r = RowReader(str(path), row)
    company = r.cell("company", str, required=True)
    required = ("ordered", "return_started")
    when = {stage: r.cell(stage, parse_date, required=stage in required) for stage in STAGES}
    _check_order(r, when)
    started, refunded = when["return_started"], when["refund_received"]
    if r.errors or company is None or started is None:
        return None, "", r.errors
    shipped, label = when["shipped_back"], when["label_received"]
    metrics: dict[str, MetricValue] = {
        "returns.refund_days": _days(shipped, refunded),
        "returns.label_days": _days(started, label),
        "returns.ship_back_days": _days(label or started, shipped),
        "returns.total_days": _days(started, refunded),
        "returns.order_to_return_days": _days(when["ordered"], started),
    }
    notes = row.get("notes")
    if refunded is None:
        notes = f"no refund received. {notes}"
    elif shipped is not None and refunded < shipped:
        notes = f"refunded before the return was shipped. {notes}"
    identity = (company, row.get("order_id"), *(str(when[s]) for s in required))
    observation = Observation(
        attempt_id=attempt_id(PROBE_ID, identity),
        company=company,
        channel=Channel.RETURNS,
        probe_id=PROBE_ID,
        status=Status.OK if refunded is not None else Status.TIMEOUT,
        started=started,
        finished=max(d for d in when.values() if d is not None),
        metrics={k: v for k, v in metrics.items() if v is not None},
        evidence=(Evidence(kind="returns-log", path=str(path), caption=f"line {row.line}"),),
        detail=notes.strip(),
    )
    return observation, row.get("period"), []


def read_returns(path: Path) -> Iterator[LoggedRow | SourceError]:
    """Observations (Channel.RETURNS) of a returns CSV, and its errors, read as a stream."""
    return read_log(
        path, RETURN_COLUMNS, ("company", "ordered", "return_started"), _row_observation
    )


def import_returns(path: Path, strict: bool = False) -> ImportResult:
    """A whole returns CSV at once (`read_returns` collected)."""
    return collect(path, read_returns(path), strict)
