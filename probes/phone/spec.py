"""The campaign's `phone:` section: the SIP account, calling windows, caps and IVR scripts.

```yaml
phone:
  account: {proxy_host: sip.example.net, domain: example.net, user: shopper,
            password_env: AUDIT_SIP_PASSWORD}
  window: {weekdays: [0, 1, 2, 3, 4], hours: [9, 17]}   # each company's local time
  max_calls_per_day: 1                                   # per company, local day
  companies:
    Bloomly Flowers:
      number: "+18004673825"        # else the website probe's, else the company's phone
      steps: [{wait_for: prompt}, {press: "2"}]
      hold_limit_s: 300
      language: en                  # default: the company's language
```
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, field_validator

from probes.phone.account import DialPlan, SipAccount
from probes.phone.ivr import IvrScript

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class CallingWindow(BaseModel):
    """When a company may be called: weekdays (0 = Monday) and local hours [start, end)."""

    model_config = _FROZEN

    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)
    hours: tuple[int, int] = (9, 17)

    @field_validator("weekdays")
    @classmethod
    def _days(cls, value: tuple[int, ...]) -> tuple[int, ...]:
        if not value or any(d < 0 or d > 6 for d in value):
            raise ValueError("weekdays are numbers 0 (Monday) to 6 (Sunday), at least one")
        return tuple(sorted(set(value)))

    @field_validator("hours")
    @classmethod
    def _hours(cls, value: tuple[int, int]) -> tuple[int, int]:
        if not 0 <= value[0] < value[1] <= 24:
            raise ValueError("hours is [start, end) with 0 <= start < end <= 24")
        return value

    def contains(self, when: datetime, zone: str) -> bool:
        """Is `when` inside the window, read in time zone `zone`?"""
        local = when.astimezone(ZoneInfo(zone))
        return local.weekday() in self.weekdays and self.hours[0] <= local.hour < self.hours[1]

    def next_opening(self, when: datetime, zone: str) -> datetime:
        """The first moment at or after `when` inside the window (within 8 days)."""
        if self.contains(when, zone):
            return when
        probe = when.astimezone(ZoneInfo(zone)).replace(minute=0, second=0, microsecond=0)
        for _ in range(24 * 8):
            probe = (probe + timedelta(hours=1)).astimezone(ZoneInfo(zone))
            if self.contains(probe, zone):
                return probe
        return when


class CompanyLine(IvrScript):
    """One company's line: its number (optional), IVR steps, limits and window overrides."""

    model_config = _FROZEN

    number: str | None = Field(None, pattern=r"^\+[1-9][0-9]{6,14}$")
    """E.164; default: the number the website probe found, else the company's `phone`."""
    window: CallingWindow | None = None
    timezone: str | None = None
    """IANA zone of the window; default: the company's (from its number or country)."""
    language: str | None = Field(None, pattern=r"^[a-z]{2,3}(-[A-Za-z]{2})?$")
    """The language the line speaks (what the listener expects); default: the company's
    `language`."""


class PhoneCampaignSpec(BaseModel):
    """The `phone:` section of a campaign."""

    model_config = _FROZEN

    account: SipAccount
    dial_plan: DialPlan = DialPlan()
    window: CallingWindow = CallingWindow()
    max_calls_per_day: int = Field(1, ge=1, le=24)
    """Calls to one company per local day, at most (a company is never pestered)."""
    min_gap_h: float = Field(0.0, ge=0)
    """Hours between two calls to one company, at least."""
    calls_at_once: int = Field(1, ge=1, le=16)
    """Calls in progress at the same time, at most (to different companies: one company's
    calls are always placed one after another)."""
    companies: dict[str, CompanyLine] = Field(default_factory=dict)
    timezones: dict[str, str] = Field(default_factory=dict)
    """Company -> time zone, filled in by the runner (from `schedule.timezones`, the number
    or the country) for companies whose line names none."""
    numbers: dict[str, str] = Field(default_factory=dict)
    """Company -> number found by the website probe, filled in by the runner."""
    listener: dict[str, object] = Field(default_factory=dict)
    """Options passed to the listener (`probes.phone.listener.make_hearing`)."""

    def line(self, company: str) -> CompanyLine:
        """The company's line (defaults when the section does not name it)."""
        return self.companies.get(company) or CompanyLine()

    def zone(self, company: str) -> str:
        """The time zone the company's window is read in."""
        return self.line(company).timezone or self.timezones.get(company) or "UTC"

    def window_of(self, company: str) -> CallingWindow:
        """The company's calling window."""
        return self.line(company).window or self.window
