"""Headline findings computed from the observations, the way StellaService reported them.

Each finding is a share of companies (or a median across companies) next to
the field fact it mirrors (docs/ARCHITECTURE.md, "Facts from the field"). A company's
attempts are aggregated first (median time, any flag), then companies are
counted, so a company probed 20 times weighs as much as one probed once.

- Our own errors are left out. Unanswered calls, emails and chats are
  censored waits (`rubrics.summary.metric_value`, the rule `audit compare`
  and the leaderboard use too): "never", longer than the deadline, slower
  than any threshold; a returned order never refunded likewise.
- Logged calls and returned orders count as well as probes: resolved calls,
  transfers, hold and refund times.
- A finding without data says so (`n` = 0, `value` None), never 0%.
- `field_value` is the field figure in the same direction and unit as
  `value` (90% sent no acknowledgement -> 0.10 acknowledging), so the two
  compare directly; `field_fact` quotes the original.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

import pandas as pd
from pydantic import BaseModel, ConfigDict
from rich import box
from rich.table import Table
from rich.text import Text

from probes.base import Channel, Observation, Status
from results.interface import json_figures
from results.leaderboard import NO_DATA, format_duration
from results.safe_text import safe_text
from results.slot_contacts import TimedContact
from results.slot_mix import breakdown
from results.slots import SLOT_WHAT
from rubrics.interface import Scorecard
from rubrics.sources import SOURCE_BITS, source_mask
from rubrics.summary import NEVER, metric_value

FindingUnit = Literal["share", "seconds", "days", "count"]
_FAILED = (Status.ABSENT, Status.TIMEOUT)
_CALL = SOURCE_BITS["call"]


class Finding(BaseModel):
    """One headline statistic next to the field fact it mirrors."""

    model_config = ConfigDict(frozen=True)

    id: str
    statement: str
    value: float | None
    unit: FindingUnit
    n: int
    field_fact: str
    field_value: float | None


@dataclass
class _Company:
    """One company's attempts as the findings need them."""

    agent_s: list[float] = field(default_factory=list)
    hold_s: list[float] = field(default_factory=list)
    transfers: list[float] = field(default_factory=list)
    email_s: list[float] = field(default_factory=list)
    chat_s: list[float] = field(default_factory=list)
    window_days: list[float] = field(default_factory=list)
    refund_days: list[float] = field(default_factory=list)
    flags: dict[str, list[bool]] = field(default_factory=dict)

    def flag(self, metric: str, value: bool) -> None:
        self.flags.setdefault(metric, []).append(value)


def _number(value: object) -> float | None:
    """A number, `NEVER` included (a censored wait); None for anything else."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return None if math.isnan(value) else float(value)


def _flag(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _is_call(obs: Observation) -> bool:
    return bool(source_mask(obs.probe_id, obs.metrics) & _CALL)


def _wait(values: list[float], metric: str, obs: Observation) -> None:
    value = _number(metric_value(metric, obs))
    if value is not None:
        values.append(value)


def _add(company: _Company, obs: Observation) -> None:
    metrics, failed = obs.metrics, obs.status in _FAILED
    if obs.channel == Channel.PHONE:
        if _is_call(obs) or (failed and not source_mask(obs.probe_id, metrics)):
            _wait(company.agent_s, "phone.time_to_agent_s", obs)
            for values, metric in (
                (company.hold_s, "phone.hold_s"),
                (company.transfers, "phone.transfers"),
            ):
                number = _number(metrics.get(metric))
                if number is not None:
                    values.append(number)
            resolved = _flag(metrics.get("phone.resolved"))
            if resolved is not None or failed:
                company.flag("phone.resolved", bool(resolved))  # never reached: not resolved
        homepage = _flag(metrics.get("phone.on_homepage"))
        if homepage is not None:
            company.flag("phone.on_homepage", homepage)
    elif obs.channel == Channel.EMAIL:
        _wait(company.email_s, "email.first_response_s", obs)
        for metric in ("email.auto_ack", "email.answered"):
            flag = _flag(metrics.get(metric))
            if flag is not None or failed:
                company.flag(metric, bool(flag))  # nothing arrived: no ack, no answer
    elif obs.channel == Channel.CHAT:
        _wait(company.chat_s, "chat.first_human_response_s", obs)
    elif obs.channel == Channel.RETURNS:
        window = _number(metrics.get("returns.window_days"))
        if window is not None:
            company.window_days.append(window)
        _wait(company.refund_days, "returns.refund_days", obs)


def _companies(
    observations: Iterable[Observation], only: Collection[str] | None
) -> dict[str, _Company]:
    out: dict[str, _Company] = {}
    for obs in observations:
        if obs.status == Status.ERROR or (only is not None and obs.company not in only):
            continue
        _add(out.setdefault(obs.company, _Company()), obs)
    return out


@dataclass(frozen=True)
class _Spec:
    """How one finding is computed: per-company values, then share or median."""

    id: str
    statement: str
    unit: FindingUnit
    field_fact: str
    field_value: float | None
    per_company: Callable[[_Company], float | bool | None]


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _share_of(
    values: Callable[[_Company], list[float]], test: Callable[[float], bool]
) -> Callable[[_Company], bool | None]:
    def per_company(company: _Company) -> bool | None:
        median = _median(values(company))
        return None if median is None else test(median)

    return per_company


def _any(metric: str) -> Callable[[_Company], bool | None]:
    def per_company(company: _Company) -> bool | None:
        flags = company.flags.get(metric)
        return any(flags) if flags else None

    return per_company


def _finite_median(values: Callable[[_Company], list[float]]) -> Callable[[_Company], float | None]:
    def per_company(company: _Company) -> float | None:
        median = _median(values(company))
        return median if median is not None and math.isfinite(median) else None

    return per_company


def _most(metric: str) -> Callable[[_Company], bool | None]:
    def per_company(company: _Company) -> bool | None:
        flags = company.flags.get(metric)
        return sum(flags) * 2 >= len(flags) if flags else None

    return per_company


def _never(company: _Company) -> bool | None:
    return all(t == NEVER for t in company.email_s) if company.email_s else None


HOUR = 3600.0
SPECS: tuple[_Spec, ...] = (
    _Spec(
        "phone.agent_under_30s",
        "companies reaching a live agent by phone in under 30 s",
        "share",
        "industry: only 10% reach a person in under 30 s (L.L. Bean does)",
        0.10,
        _share_of(lambda c: c.agent_s, lambda t: t < 30),
    ),
    _Spec(
        "phone.agent_over_2min",
        "companies taking over 2 min to reach a live agent (or never)",
        "share",
        "industry: 3 in 10 take over 2 minutes",
        0.30,
        _share_of(lambda c: c.agent_s, lambda t: t > 120),
    ),
    _Spec(
        "email.within_1h",
        "companies answering email within 1 h",
        "share",
        "L.L. Bean answered email in just over an hour",
        None,
        _share_of(lambda c: c.email_s, lambda t: t <= HOUR),
    ),
    _Spec(
        "email.over_12h",
        "companies taking over 12 h to answer email (or never)",
        "share",
        "industry: 4 in 10 take over 12 h to answer an email",
        0.40,
        _share_of(lambda c: c.email_s, lambda t: t > 12 * HOUR),
    ),
    _Spec(
        "email.never",
        "companies that never answered an email",
        "share",
        "SuperOffice 2018: 62% never replied (1998 survey: 60%)",
        0.62,
        _never,
    ),
    _Spec(
        "email.acknowledged",
        "companies sending an automatic acknowledgement",
        "share",
        "SuperOffice 2018: 90% sent no acknowledgement",
        0.10,
        _any("email.auto_ack"),
    ),
    _Spec(
        "email.answered_first_reply",
        "companies answering the question in the first reply",
        "share",
        "SuperOffice 2018: 80% did not answer in the first reply",
        0.20,
        _any("email.answered"),
    ),
    _Spec(
        "chat.median_wait",
        "median wait for a person in live chat (companies that answered)",
        "seconds",
        "the phone yardstick: a live agent in under 30 s (L.L. Bean)",
        30.0,
        _finite_median(lambda c: c.chat_s),
    ),
    _Spec(
        "phone.on_homepage",
        "companies showing a phone number on the homepage",
        "share",
        "StellaService's shoppers started from the website: no figure published",
        None,
        _any("phone.on_homepage"),
    ),
    _Spec(
        "phone.median_hold",
        "median time on hold per call (logged calls)",
        "seconds",
        "average hold 56 s across industries; many callers hang up after 40 s",
        56.0,
        _finite_median(lambda c: c.hold_s),
    ),
    _Spec(
        "phone.median_transfers",
        "median transfers per call (logged calls)",
        "count",
        "seeds: measure transfers and holds per call (no figure published)",
        None,
        _finite_median(lambda c: c.transfers),
    ),
    _Spec(
        "phone.resolved",
        "companies resolving the question on most calls (unreached calls: not)",
        "share",
        "StellaService's shoppers called with a real question: no figure published",
        None,
        _most("phone.resolved"),
    ),
    _Spec(
        "returns.refund_within_5d",
        "companies refunding a returned order within 5 days (median; never: not)",
        "share",
        "the default rubric's anchor: a refund within 5 days scores full",
        None,
        _share_of(lambda c: c.refund_days, lambda t: t <= 5),
    ),
    _Spec(
        "returns.median_refund",
        "median days from shipping a return to the refund (returned orders)",
        "days",
        "the default rubric's anchor: 5 days or less is good, over 30 scores 0",
        5.0,
        _finite_median(lambda c: c.refund_days),
    ),
    _Spec(
        "returns.median_window",
        "median return window",
        "days",
        "the default rubric's anchor: 30 days or more is good",
        30.0,
        _finite_median(lambda c: c.window_days),
    ),
)


def _companies_of(ranked: Sequence[Scorecard] | pd.DataFrame | None) -> set[str] | None:
    if ranked is None:
        return None
    if isinstance(ranked, pd.DataFrame):
        return {str(name) for name in ranked["company"]}
    return {card.company for card in ranked}


def findings(
    observations: Iterable[Observation],
    ranked: Sequence[Scorecard] | pd.DataFrame | None = None,
) -> list[Finding]:
    """The headline findings, in a fixed order (see `SPECS`).

    `ranked` (the campaign's scorecards or ranking frame) limits the companies
    to those ranked; without it every observed company counts.
    """
    companies = list(_companies(observations, _companies_of(ranked)).values())
    out = []
    for spec in SPECS:
        values = [v for v in (spec.per_company(c) for c in companies) if v is not None]
        value: float | None
        if not values:
            value = None
        elif spec.unit == "share":
            value = sum(1 for v in values if v) / len(values)
        else:
            value = float(statistics.median(values))
        out.append(
            Finding(
                id=spec.id,
                statement=spec.statement,
                value=value,
                unit=spec.unit,
                n=len(values),
                field_fact=spec.field_fact,
                field_value=spec.field_value,
            )
        )
    return out


def format_value(value: float | None, unit: FindingUnit, n: int | None = None) -> str:
    """A finding's value as read: `23% (7 of 30)`, `4.2 min`, `30 d`; "—" without data."""
    if value is None:
        return NO_DATA
    if unit == "share":
        shown = f"{value:.0%}"
        return f"{shown} ({round(value * n)} of {n})" if n else shown
    if unit == "seconds":
        return format_duration(value)
    if unit == "count":
        return f"{value:g}"
    return f"{value:g} d"


def render_findings(items: Sequence[Finding], title: str = "Findings") -> Table:
    """A rich table: statement, our figure (with how many companies), the field fact."""
    table = Table(title=safe_text(title), box=box.SIMPLE_HEAD)
    table.add_column("Finding")
    table.add_column("Here", justify="right", style="bold")
    table.add_column("Field", justify="right", style="cyan")
    table.add_column("Field fact", style="dim")
    for item in items:
        if item.n == 0:
            here = Text("no data (n = 0)", style="dim")
        else:
            here = Text(
                format_value(item.value, item.unit, item.n if item.unit == "share" else None)
            )
            if item.unit != "share":
                here.append(f" n={item.n}", style="dim")
        table.add_row(
            safe_text(item.statement),
            here,
            format_value(item.field_value, item.unit),
            safe_text(item.field_fact),
        )
    return table


def findings_json(items: Sequence[Finding]) -> list[object]:
    """The findings as JSON-safe dicts (None where there is no data; figures rounded)."""
    return [json_figures(item.model_dump(mode="python")) for item in items]


def slot_findings(contacts: Iterable[TimedContact]) -> list[Finding]:
    """Each channel's wait per slot band ("first chat reply on weekday mornings"): the
    median across companies of each one's median, censored waits counted as never."""
    return [
        Finding(
            id=f"slot.{t.channel.value}.{t.band.lower().replace(' ', '_')}",
            statement=f"median {SLOT_WHAT[t.channel]} on {t.band}",
            value=t.median_s,
            unit="seconds",
            n=t.companies,
            field_fact="",
            field_value=None,
        )
        for t in breakdown(contacts)
    ]


def slot_lines(contacts: Iterable[TimedContact]) -> list[str]:
    """One line per channel: `first chat reply: 40 s on weekday mornings (n=3), 6 min on
    Saturday evenings (n=2)` (n: contacts)."""
    by_channel: dict[Channel, list[str]] = {}
    for t in breakdown(contacts):
        by_channel.setdefault(t.channel, []).append(
            f"{format_duration(t.median_s)} on {t.band} (n={t.contacts})"
        )
    return [f"{SLOT_WHAT[ch]}: {', '.join(parts)}" for ch, parts in by_channel.items()]
