"""The chat channel's types: settings, adapters, transcript messages and failures.

Values passed between stages are frozen. Page timestamps are epoch seconds taken in
the page (`performance.timeOrigin + performance.now()`), so they do not depend on
how often Python looks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from probes.base import Status


class ChatSettings(BaseModel):
    """Deadlines and pacing, read from `ProbeContext.settings` (`chat_*` keys); the
    campaign file's `chat:` section has the same fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    first_reply_timeout_s: float = Field(600.0, gt=0)
    widget_timeout_s: float = Field(20.0, gt=0)
    total_timeout_s: float = Field(900.0, gt=0)
    settle_s: float = Field(3.0, ge=0)
    typing_cps: float = Field(0.0, ge=0)
    """Characters per second when typing the question; 0 pastes it at once."""
    template: str = "returns_window"
    first_name: str = "Alex"
    last_name: str = "Morgan"
    email: str = "alex.morgan@example.com"
    order_number: str = "100-2345-6789"
    """Given to pre-chat forms that ask for one."""
    screenshots: bool = True

    @classmethod
    def from_mapping(cls, settings: Mapping[str, Any]) -> ChatSettings:
        """Settings from `chat_<field>` keys (plus the run's `screenshots`); others ignored."""
        values = {
            name: settings[f"chat_{name}"]
            for name in cls.model_fields
            if settings.get(f"chat_{name}") is not None
        }
        if "screenshots" in settings:
            values.setdefault("screenshots", bool(settings["screenshots"]))
        return cls.model_validate(values)


class Role(StrEnum):
    """Who a transcript message is from."""

    VISITOR = "visitor"
    BOT = "bot"
    HUMAN = "human"
    NOTICE = "notice"
    """Queue positions, wait times and other status lines: recorded, never a reply."""


class RawMessage(BaseModel):
    """A message as the in-page observer saw it (untrusted text, stored literally)."""

    model_config = ConfigDict(frozen=True)

    t: float
    """Epoch seconds when it appeared in the page."""
    text: str
    sender: str = ""
    badge: str = ""
    hints: str = ""
    """Class names and data attributes of the message element and its children."""
    avatar: str = ""
    """Alt text of the message's images (an avatar named after a bot, say)."""
    label: str = ""
    """`aria-label`s of the message and its children ("Message from Kyma (chatbot)")."""
    existing: bool = False
    """Already on screen when the observer was installed (timed at installation)."""


class Message(BaseModel):
    """One transcript message: sender, text, page time, role and the reason for the role."""

    model_config = ConfigDict(frozen=True)

    index: int
    t: float
    at_s: float | None
    """Seconds after our first message was sent (negative before it)."""
    role: Role
    sender: str
    text: str
    reason: str


class ChatFailure(Exception):
    """The chat could not be observed to the end; becomes an observation with `status`."""

    def __init__(self, status: Status, detail: str, available: bool | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.available = available


@dataclass(frozen=True)
class VendorAdapter:
    """How to open one vendor's widget; adding a vendor is one entry in `adapters.VENDOR_ADAPTERS`.

    `ready_js` and `open_js` are JavaScript expressions evaluated in the page;
    `launchers` are CSS selectors clicked when the API cannot open the widget;
    `frames` are CSS selectors of iframes that hold the message box.
    """

    id: str
    ready_js: str
    open_js: str
    launchers: tuple[str, ...] = ()
    frames: tuple[str, ...] = ()
