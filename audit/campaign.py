"""Campaign files: which companies, which probes, how many attempts, which rubric, which period.

A campaign is YAML (documented field by field in README.md and in the file
`audit init` writes). Companies are listed inline or in a CSV the YAML points
to (`audit.companies`). Every mistake is one line naming the file, line and field.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from audit.campaign_periods import open_period
from audit.companies import Company, read_companies_csv
from audit.schedule import CampaignSchedule, ProbeSchedule
from audit.settings import layered_settings
from probes.base import utcnow
from probes.chat.interface import ChatSettings
from probes.email.interface import EmailCampaignSpec
from probes.phone.spec import PhoneCampaignSpec
from probes.registry import known_probe_ids
from probes.yaml_source import SourceError, YamlDocument, load_yaml

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


class ProbePlan(BaseModel):
    """How many attempts of one probe each company gets."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    attempts: int = Field(1, ge=1, le=100)
    schedule: ProbeSchedule | None = None
    """The slots the attempts are spread over (see audit/schedule.py); none: all due now."""


class Campaign(BaseModel):
    """A whole campaign file, validated."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1)
    period: str = Field(min_length=1, max_length=64)
    id: str | None = None
    description: str = ""
    companies: tuple[Company, ...] = ()
    companies_csv: str | None = None
    probes: dict[str, ProbePlan] = Field(default_factory=lambda: {"website": ProbePlan()})
    rubric: str = "default"
    workspace: str = "."
    settings: dict[str, Any] = Field(default_factory=dict)
    email: EmailCampaignSpec | None = None
    chat: ChatSettings | None = None
    phone: PhoneCampaignSpec | None = None
    """The automated calls (`phone-dialer` probe): SIP account, windows, caps, IVR scripts."""
    schedule: CampaignSchedule | None = None
    """Period, seed and caps of a scheduled campaign (see audit/schedule.py)."""
    recurrence: Literal["weekly", "monthly", "quarterly"] | None = None
    """Open the next period's campaign from this file when one is over (campaign_periods)."""
    evidence: str | None = None
    """Distributed runs: where workers put evidence, a folder every worker can write
    (relative to this file) or an fsspec URL (`s3://bucket/prefix`); default: the workspace."""

    @field_validator("probes")
    @classmethod
    def _probes(cls, value: dict[str, ProbePlan]) -> dict[str, ProbePlan]:
        for name in value:
            if name not in known_probe_ids():
                raise ValueError(f"unknown probe {name!r} (known: {', '.join(known_probe_ids())})")
        return value

    @model_validator(mode="after")
    def _one_send_rule(self) -> Campaign:
        email = self.probes.get("email")
        if email is not None and email.schedule is not None and self.email is not None:
            window = {"weekdays", "business_hours"} & self.email.settings.model_fields_set
            if window:
                raise ValueError(
                    f"a scheduled email probe is sent in its slots: leave out "
                    f"email.settings.{sorted(window)[0]} (the send window of unscheduled email)"
                )
        return self

    @model_validator(mode="after")
    def _email_needs_spec(self) -> Campaign:
        if "email" in self.probes and self.email is None:
            raise ValueError("the email probe needs an `email:` section (personas, accounts)")
        return self

    @model_validator(mode="after")
    def _dialer_needs_spec(self) -> Campaign:
        if "phone-dialer" in self.probes and self.phone is None:
            raise ValueError("the phone-dialer probe needs a `phone:` section (SIP account)")
        return self

    @model_validator(mode="after")
    def _schedules_need_period(self) -> Campaign:
        if self.schedule is None and any(p.schedule for p in self.probes.values()):
            raise ValueError("a probe with a `schedule:` needs a campaign `schedule:` (start)")
        return self

    @field_validator("id")
    @classmethod
    def _id(cls, value: str | None) -> str | None:
        if value is not None and not _ID.match(value):
            raise ValueError("use letters, digits, '.', '_' or '-' (max 128)")
        return value

    @property
    def campaign_id(self) -> str:
        """Stable id: the explicit `id`, else the slugs of name and period."""
        return self.id or f"{slug(self.name)}-{slug(self.period)}"


class LoadedCampaign(BaseModel):
    """A campaign with its companies resolved and paths made absolute."""

    model_config = ConfigDict(frozen=True)

    campaign: Campaign
    source: Path
    companies: tuple[Company, ...]
    workspace: Path
    rubric_path: Path | None
    next_period: date | None = None
    """A recurring campaign: the first day (UTC) of the period after this one."""


def slug(text: str) -> str:
    """Lowercase ASCII slug for ids and folder names: accents folded (Ölwerk -> olwerk);
    a name with no Latin letters gets a short hash, so two such names never collide."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:60]
    if not out:
        return "x-" + hashlib.sha1(text.encode()).hexdigest()[:8]
    return out


def _check_unique(doc: YamlDocument, companies: tuple[Company, ...], inline: int) -> None:
    seen: dict[str, int] = {}
    for index, company in enumerate(companies):
        key = slug(company.name)
        if key in seen:
            if index < inline:
                raise doc.error(("companies", index, "name"), f"duplicate company {company.name!r}")
            raise doc.error(("companies_csv",), f"duplicate company {company.name!r}")
        seen[key] = index


def load_campaign(path: Path, today: date | None = None) -> LoadedCampaign:
    """Read, validate and resolve a campaign file; a recurring one as the campaign of the
    period under way `today` (default: the UTC date now; see `audit.campaign_periods`)."""
    doc = load_yaml(path)
    if not isinstance(doc.data, dict):
        raise doc.error((), "a campaign file must be a mapping of fields")
    period = open_period(doc, today or utcnow().date())
    campaign = doc.validate(Campaign)
    base = path.resolve().parent
    companies = campaign.companies
    if campaign.companies_csv:
        csv_path = (base / campaign.companies_csv).resolve()
        if not csv_path.exists():
            raise doc.error(("companies_csv",), f"file not found: {csv_path}")
        companies = companies + read_companies_csv(csv_path)
    if not companies:
        raise doc.error(("companies",), "no companies: list some or point companies_csv at a CSV")
    _check_unique(doc, companies, len(campaign.companies))
    names = {c.name for c in companies}
    for name in campaign.schedule.timezones if campaign.schedule else ():
        if name not in names:
            raise doc.error(("schedule", "timezones", name), f"no company named {name!r}")
    try:
        layered_settings(campaign.settings, environ={})
    except SourceError as exc:
        raise doc.error(("settings", exc.field), exc.message) from None
    rubric_path: Path | None = None
    if campaign.rubric not in ("default", "demo"):
        rubric_path = (base / campaign.rubric).resolve()
        if not rubric_path.exists():
            raise doc.error(("rubric",), f"rubric file not found: {rubric_path}")
    return LoadedCampaign(
        campaign=campaign,
        source=path.resolve(),
        companies=companies,
        workspace=(base / campaign.workspace).resolve(),
        rubric_path=rubric_path,
        next_period=period.end if period else None,
    )
