"""How each headline finding is computed (`results/findings.py`): what it states, its unit,
the field fact it mirrors with the field figure in the same direction and unit, and the
value each company contributes (a share of companies or a median across them)."""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from results.finding_companies import CompanyAttempts
from rubrics.summary import NEVER

FindingUnit = Literal["share", "seconds", "days", "count"]


@dataclass(frozen=True)
class FindingSpec:
    """How one finding is computed: per-company values, then share or median."""

    id: str
    statement: str
    unit: FindingUnit
    field_fact: str
    field_value: float | None
    per_company: Callable[[CompanyAttempts], float | bool | None]


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _share_of(
    values: Callable[[CompanyAttempts], list[float]], test: Callable[[float], bool]
) -> Callable[[CompanyAttempts], bool | None]:
    def per_company(company: CompanyAttempts) -> bool | None:
        median = _median(values(company))
        return None if median is None else test(median)

    return per_company


def _any(metric: str) -> Callable[[CompanyAttempts], bool | None]:
    def per_company(company: CompanyAttempts) -> bool | None:
        flags = company.flags.get(metric)
        return any(flags) if flags else None

    return per_company


def _finite_median(
    values: Callable[[CompanyAttempts], list[float]],
) -> Callable[[CompanyAttempts], float | None]:
    def per_company(company: CompanyAttempts) -> float | None:
        median = _median(values(company))
        return median if median is not None and math.isfinite(median) else None

    return per_company


def _most(metric: str) -> Callable[[CompanyAttempts], bool | None]:
    def per_company(company: CompanyAttempts) -> bool | None:
        flags = company.flags.get(metric)
        return sum(flags) * 2 >= len(flags) if flags else None

    return per_company


def _never(company: CompanyAttempts) -> bool | None:
    return all(t == NEVER for t in company.email_s) if company.email_s else None


HOUR = 3600.0
SPECS: tuple[FindingSpec, ...] = (
    FindingSpec(
        "phone.agent_under_30s",
        "companies reaching a live agent by phone in under 30 s",
        "share",
        "industry: only 10% reach a person in under 30 s (L.L. Bean does)",
        0.10,
        _share_of(lambda c: c.agent_s, lambda t: t < 30),
    ),
    FindingSpec(
        "phone.agent_over_2min",
        "companies taking over 2 min to reach a live agent (or never)",
        "share",
        "industry: 3 in 10 take over 2 minutes",
        0.30,
        _share_of(lambda c: c.agent_s, lambda t: t > 120),
    ),
    FindingSpec(
        "email.within_1h",
        "companies answering email within 1 h",
        "share",
        "L.L. Bean answered email in just over an hour",
        None,
        _share_of(lambda c: c.email_s, lambda t: t <= HOUR),
    ),
    FindingSpec(
        "email.over_12h",
        "companies taking over 12 h to answer email (or never)",
        "share",
        "industry: 4 in 10 take over 12 h to answer an email",
        0.40,
        _share_of(lambda c: c.email_s, lambda t: t > 12 * HOUR),
    ),
    FindingSpec(
        "email.never",
        "companies that never answered an email",
        "share",
        "SuperOffice 2018: 62% never replied (1998 survey: 60%)",
        0.62,
        _never,
    ),
    FindingSpec(
        "email.acknowledged",
        "companies sending an automatic acknowledgement",
        "share",
        "SuperOffice 2018: 90% sent no acknowledgement",
        0.10,
        _any("email.auto_ack"),
    ),
    FindingSpec(
        "email.answered_first_reply",
        "companies answering the question in the first reply",
        "share",
        "SuperOffice 2018: 80% did not answer in the first reply",
        0.20,
        _any("email.answered"),
    ),
    FindingSpec(
        "chat.median_wait",
        "median wait for a person in live chat (companies that answered)",
        "seconds",
        "the phone yardstick: a live agent in under 30 s (L.L. Bean)",
        30.0,
        _finite_median(lambda c: c.chat_s),
    ),
    FindingSpec(
        "phone.on_homepage",
        "companies showing a phone number on the homepage",
        "share",
        "StellaService's shoppers started from the website: no figure published",
        None,
        _any("phone.on_homepage"),
    ),
    FindingSpec(
        "phone.median_hold",
        "median time on hold per call (logged calls)",
        "seconds",
        "average hold 56 s across industries; many callers hang up after 40 s",
        56.0,
        _finite_median(lambda c: c.hold_s),
    ),
    FindingSpec(
        "phone.median_transfers",
        "median transfers per call (logged calls)",
        "count",
        "seeds: measure transfers and holds per call (no figure published)",
        None,
        _finite_median(lambda c: c.transfers),
    ),
    FindingSpec(
        "phone.resolved",
        "companies resolving the question on most calls (unreached calls: not)",
        "share",
        "StellaService's shoppers called with a real question: no figure published",
        None,
        _most("phone.resolved"),
    ),
    FindingSpec(
        "returns.refund_within_5d",
        "companies refunding a returned order within 5 days (median; never: not)",
        "share",
        "the default rubric's anchor: a refund within 5 days scores full",
        None,
        _share_of(lambda c: c.refund_days, lambda t: t <= 5),
    ),
    FindingSpec(
        "returns.median_refund",
        "median days from shipping a return to the refund (returned orders)",
        "days",
        "the default rubric's anchor: 5 days or less is good, over 30 scores 0",
        5.0,
        _finite_median(lambda c: c.refund_days),
    ),
    FindingSpec(
        "returns.median_window",
        "median return window",
        "days",
        "the default rubric's anchor: 30 days or more is good",
        30.0,
        _finite_median(lambda c: c.window_days),
    ),
)
