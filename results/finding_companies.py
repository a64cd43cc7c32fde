"""One company's attempts as the headline findings need them (`results/findings.py`).

A company's observations are gathered first (waits, counts, flags), so the findings can
aggregate per company (median time, any flag) before counting companies. Our own errors
are left out; unanswered calls, emails and chats are censored waits
(`rubrics.summary.metric_value`); logged calls and returned orders count as well as probes.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from probes.base import Channel, Observation, Status
from rubrics.sources import SOURCE_BITS, source_mask
from rubrics.summary import metric_value

_FAILED = (Status.ABSENT, Status.TIMEOUT)
_CALL = SOURCE_BITS["call"]


@dataclass
class CompanyAttempts:
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


def _add(company: CompanyAttempts, obs: Observation) -> None:
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


def attempts_by_company(
    observations: Iterable[Observation], only: Collection[str] | None
) -> dict[str, CompanyAttempts]:
    """Company -> its attempts, our own errors left out; `only` (when given) limits the
    companies."""
    out: dict[str, CompanyAttempts] = {}
    for obs in observations:
        if obs.status == Status.ERROR or (only is not None and obs.company not in only):
            continue
        _add(out.setdefault(obs.company, CompanyAttempts()), obs)
    return out
