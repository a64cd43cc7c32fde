"""What one chat produced: the widget, how it was opened, what was sent and seen.

`ChatSession` (`probes.chat.session`) fills a `ChatRecord` in as the chat goes; the chat
probe turns it into an observation and its transcript, even after a failure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from probes.chat.classify import classify
from probes.chat.interface import Message, RawMessage


@dataclass
class ChatRecord:
    """Everything a chat produced so far; filled in as the chat goes."""

    vendor: str = "none"
    opened_by: str = ""
    nav_origin: float | None = None
    open_t: float | None = None
    first_sent_t: float | None = None
    follow_up_t: float | None = None
    sent: list[str] = field(default_factory=list)
    raw: list[RawMessage] = field(default_factory=list)
    prechat: list[str] = field(default_factory=list)
    outcome: str = ""
    widget_lost: bool = False
    """The page or widget went away before the chat ended on its own."""
    notes: list[str] = field(default_factory=list)

    def messages(self) -> list[Message]:
        """The transcript, classified."""
        return classify(self.raw, self.sent, self.first_sent_t)
