"""Where logged rows go: the campaign of their period, a whole log in one transaction.

Logged observations (calls, returned orders, stopwatch calls) go into a campaign
of their period: the given campaign if any, else a "logs" campaign per period
(`logs-<period>`), created when a row first goes into it and ranked together with
the other campaigns of that period. A row of another period than the given
campaign's is a `file:line: period:` error like a bad cell. A row imported before
into another campaign (its period corrected) is moved there, not copied.

`store_call` stores one call timed with the stopwatch the same way.
`store_logged` reads a log as a stream and writes it in batches inside one
transaction: a log is stored whole (its good rows) or, with `strict` and any
error, not at all. On SQLite that transaction holds the store's write lock from
its first batch to its end, so a run writing to the same store meanwhile waits
(up to the store's busy timeout): import big logs between runs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from audit.campaign import slug
from audit.scoring import LOGS_KIND
from probes.base import Observation, utcnow
from probes.errors import InputError
from probes.logs.rows import LoggedRow
from probes.logs.stopwatch import PROBE_ID as CALL_PROBE_ID
from probes.logs.stopwatch import CallLog, call_log_to_observation
from probes.yaml_source import SourceError
from results.log_writer import LogWriter
from results.periods import campaigns_by_period
from results.store import CampaignRow, SelectionError, Store

BATCH_ROWS = 2000
"""Rows held before they are written (memory stays flat whatever the log's size)."""


class WrongPeriod(InputError):
    """A logged row cannot go where its period says; the message names why (exit 2)."""


def destination(known: Mapping[str, CampaignRow], period: str, campaign_id: str | None) -> str:
    """The id of the campaign that receives a logged row of `period` (nothing is written).

    `campaign_id` if given (its period must be `period`), else `logs-<period>`.
    """
    if campaign_id is not None:
        row = known.get(campaign_id)
        if row is None:
            raise SelectionError(
                f"no campaign {campaign_id!r} in the store (known: {', '.join(known)})"
            )
        if row.period != period:
            raise WrongPeriod(f"{period!r} does not match campaign {row.id!r} ({row.period})")
        return row.id
    logs_id = f"logs-{slug(period)}"
    existing = known.get(logs_id)
    if existing is not None and existing.period != period:
        raise WrongPeriod(f"{period!r} maps to campaign {logs_id!r}, which is {existing.period!r}")
    return logs_id


@dataclass(frozen=True)
class LoggedCounts:
    """What `store_logged` wrote: rows per campaign, rows moved (from, to), errors seen."""

    imported: Counter[str] = field(default_factory=Counter)
    moved: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: int = 0


class _Batches:
    """Rows waiting to be written, by campaign, and what was written so far."""

    def __init__(self, writer: LogWriter) -> None:
        self.writer = writer
        self.pending: dict[str, list[Observation]] = {}
        self.size = 0
        self.imported: Counter[str] = Counter()
        self.moved: Counter[tuple[str, str]] = Counter()

    def add(self, campaign_id: str, obs: Observation) -> None:
        self.pending.setdefault(campaign_id, []).append(obs)
        self.size += 1
        if self.size >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        for cid, batch in self.pending.items():
            for old, n in self.writer.write(cid, batch).items():
                self.moved[(old, cid)] += n
            self.imported[cid] += len(batch)
        self.pending, self.size = {}, 0


def store_logged(
    store: Store,
    rows: Iterable[LoggedRow | SourceError],
    default_period: Callable[[], str],
    campaign_id: str | None,
    *,
    strict: bool = False,
    on_error: Callable[[SourceError], None] | None = None,
    file: str = "",
) -> LoggedCounts:
    """Store a log's good rows in their period's campaign (`destination`), in one transaction.

    Errors (the log's, and `file:line: period:` for rows that cannot go where their
    period says) go to `on_error` in file order. `default_period` is asked once, for
    the first row without a period. With `strict`, any error writes nothing (the
    counts are then empty). Companies are added to a campaign, never overwritten.
    """
    known = {c.id: c for c in store.campaigns()}
    errors = 0
    default: str | None = None
    with LogWriter.begin(store) as writer:
        batches = _Batches(writer)
        for item in rows:
            if isinstance(item, LoggedRow):
                if not item.period and default is None:
                    default = default_period()
                period = item.period or default or ""
                try:
                    cid = destination(known, period, campaign_id)
                except WrongPeriod as exc:
                    item = SourceError(file, item.line, "period", str(exc))
                else:
                    if not (strict and errors):  # else nothing is kept: read on to report
                        if cid not in known:
                            known[cid] = _new_logs_campaign(writer, cid, period)
                        batches.add(cid, item.observation)
                    continue
            errors += 1
            if on_error is not None:
                on_error(item)
        if strict and errors:
            writer.discard()
            return LoggedCounts(errors=errors)
        batches.flush()
    return LoggedCounts(batches.imported, batches.moved, errors)


def store_call(
    store: Store, evidence_root: Path, log: CallLog, period: str, campaign_id: str | None
) -> Observation:
    """Store a stopwatch call as the company's next `phone-call` attempt in its period's
    campaign; the call's event log is written as JSON evidence under `evidence_root`."""
    cid = destination({c.id: c for c in store.campaigns()}, period, campaign_id)
    done = store.attempts(cid, probe_id=CALL_PROBE_ID)
    seq = 1 + sum(1 for a in done if a.company == log.company)
    company = slug(log.company)
    evidence = evidence_root / cid / company / f"{CALL_PROBE_ID}-{seq}.json"
    evidence.parent.mkdir(parents=True, exist_ok=True)
    evidence.write_text(log.model_dump_json(indent=1), encoding="utf-8")
    attempt = f"{cid}/{company}/{CALL_PROBE_ID}/{seq}"
    obs = call_log_to_observation(log, attempt, str(evidence))
    store_logged(store, [LoggedRow(obs, period, 0)], lambda: period, campaign_id)
    return obs


def _new_logs_campaign(writer: LogWriter, campaign_id: str, period: str) -> CampaignRow:
    spec = {"kind": LOGS_KIND, "rubric": None}
    name = f"Logged calls and returns ({period})"
    writer.create_campaign(campaign_id, name, period, spec)
    return CampaignRow(campaign_id, name, period, "logs", spec, utcnow())


def number_to_dial(store: Store, period: str, company: str) -> str | None:
    """The number to call `company` on in `period`, from its probe campaigns, newest first.

    The first number the website probe found (`phone.numbers`) in any of them,
    else the company's own `phone`; log campaigns (calls, returns) hold neither.
    """
    probed = [
        c
        for c in reversed(campaigns_by_period(store).get(period, []))
        if c.spec.get("kind") != LOGS_KIND
    ]
    for campaign in probed:
        for obs in reversed(store.observations(campaign.id, company)):
            numbers = obs.metrics.get("phone.numbers")
            if isinstance(numbers, list) and numbers:
                return str(numbers[0])
    for campaign in probed:
        phone = store.targets(campaign.id).get(company, {}).get("phone")
        if phone:
            return str(phone)
    return None
