"""The types every probe shares: what it probes, what it records, what it is given.

A probe observes and never judges: it returns `Observation`s with metrics named
in `probes.metrics` and evidence files, and never a score.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from probes.clock import Clock
from probes.clock import utcnow as utcnow  # re-exported: many modules read the clock from here
from probes.errors import OurSideError

if TYPE_CHECKING:
    from playwright.async_api import Browser

    from probes.pacing import HostPacer


class Channel(StrEnum):
    """A customer-service channel that is scored and ranked."""

    PHONE = "phone"
    EMAIL = "email"
    CHAT = "chat"
    RETURNS = "returns"
    SELFSERVICE = "selfservice"


class Status(StrEnum):
    """How an observation ended.

    `absent` and `timeout` are the company's failure and score 0; `error` is
    ours (browser crash, our SMTP refused) and is never scored against anyone.
    """

    OK = "ok"
    ABSENT = "absent"
    TIMEOUT = "timeout"
    ERROR = "error"


MetricValue = bool | int | float | str | list[str] | None
"""A metric is a flat, JSON-friendly value: seconds, counts, flags, E.164 lists."""


class Target(BaseModel):
    """One company as a probe sees it."""

    model_config = ConfigDict(frozen=True)

    name: str
    website: str | None = None
    support_email: str | None = None
    phone: str | None = None
    country: str = "US"
    language: str = "en"
    industry: str | None = None


class Evidence(BaseModel):
    """A file kept as proof of an observation: screenshot, HTML, transcript, .eml."""

    model_config = ConfigDict(frozen=True)

    kind: str
    path: str
    caption: str = ""


class Observation(BaseModel):
    """What one probe saw of one company on one channel, with times and evidence."""

    model_config = ConfigDict(frozen=True)

    attempt_id: str
    company: str
    channel: Channel
    probe_id: str
    status: Status
    started: datetime
    finished: datetime
    metrics: dict[str, MetricValue] = Field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()
    detail: str = ""


@dataclass(frozen=True)
class BrowserOptions:
    """How pages are loaded: viewport, timeouts, host mapping for sandboxes."""

    viewport_width: int = 1366
    viewport_height: int = 768
    navigation_timeout_s: float = 20.0
    settle_s: float = 0.4
    user_agent: str | None = None


@dataclass
class ProbeContext:
    """Everything a probe is given: browser, clock, evidence folder and settings."""

    attempt_id: str
    evidence_dir: Path
    clock: Clock = field(default_factory=Clock)
    browser: Browser | None = None
    browser_options: BrowserOptions = field(default_factory=BrowserOptions)
    settings: Mapping[str, Any] = field(default_factory=dict)
    pacer: HostPacer | None = None
    """The run's politeness pacer (shared by all attempts); None: the probe paces alone."""

    def evidence_path(self, name: str) -> Path:
        """A path inside this attempt's evidence folder (created on demand)."""
        self.evidence_dir.mkdir(parents=True, exist_ok=True)
        return self.evidence_dir / name


class ProbeError(OurSideError):
    """Our side failed (not the company's): becomes an `error` observation."""


@runtime_checkable
class Probe(Protocol):
    """A collector: visits a target and returns observations, one per channel it covers."""

    id: ClassVar[str]
    channels: ClassVar[tuple[Channel, ...]]
    needs_browser: ClassVar[bool]

    async def run(self, target: Target, ctx: ProbeContext) -> Sequence[Observation]:
        """Observe `target`; raise `ProbeError` (or anything) when we fail."""
        ...
