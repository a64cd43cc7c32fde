"""A chat widget in a page as Python sees it: whether it went away, and what it shows.

`ChatWidget` watches the page's lifecycle (a crash, a close, the widget's frame removed
or reloaded, the page navigating away) and reads the in-page observer (`observer.js`)
into a `ChatRecord`. `ChatSession` (`probes.chat.session`) builds the customer's
conversation on it. Message times come from the observer, never from when Python looked.
"""

from __future__ import annotations

import asyncio
import contextlib
from functools import cache
from pathlib import Path

from playwright.async_api import ElementHandle, Frame, Page
from playwright.async_api import Error as PlaywrightError

from probes.base import Clock, ProbeError, Status
from probes.chat.generic import dom_prelude, marked
from probes.chat.interface import ChatFailure, RawMessage
from probes.chat.record import ChatRecord

POLL_S = 0.2
"""How often Python reads the observer's records (timing does not depend on it)."""

_RECORDS_JS = (
    "() => window.__auditChat ? window.__auditChat.records.map("
    "(r) => ({t: r.t, text: r.text, sender: r.sender, badge: r.badge, hints: r.hints,"
    " avatar: r.avatar, label: r.label, existing: r.existing})) : null"
)
_WIDGET_TEXT_JS = """(box) => {
  const root = box.getRootNode();
  if (root !== box.ownerDocument)
    return [...root.children].map((c) => c.innerText || '').join('\\n');
  let outer = null;
  for (let p = box; p && p.nodeType === 1; p = p.parentElement) {
    const pos = getComputedStyle(p).position;
    if (pos === 'fixed' || pos === 'sticky') outer = p;
  }
  return ((outer || box.ownerDocument.body) || {}).innerText || '';
}"""


@cache
def observer_source() -> str:
    """The in-page message reader (`observer.js`, with the `dom.js` helpers inside)."""
    source = Path(__file__).with_name("observer.js").read_text(encoding="utf-8")
    head = "(box) => {"
    at = source.index(head) + len(head)
    return source[:at] + "\n" + dom_prelude() + source[at:]


class ChatWidget:
    """The chat widget in `page`: `record` holds what was seen, `ended` why it went away."""

    def __init__(self, page: Page, clock: Clock) -> None:
        self.page = page
        self.clock = clock
        self.record = ChatRecord()
        self.frame: Frame | None = None
        self.ended = ""
        self.crashed = False
        page.on("crash", self._on_crash)
        page.on("close", lambda _: self._end("the page was closed"))
        page.on("framedetached", self._on_detached)

    # -- lifecycle events ------------------------------------------------------

    def _on_crash(self, _: Page) -> None:
        self.crashed = True
        self._end("the page crashed")

    def _on_detached(self, frame: Frame) -> None:
        if frame is self.frame:
            self._end("the chat widget disappeared (its frame was removed)")

    def _on_navigated(self, frame: Frame) -> None:
        if frame is self.page.main_frame:
            # the widget's frame detaches first when the whole page leaves: say what happened
            self.ended = f"the page navigated away to {frame.url[:120]!r}"
        elif frame is self.frame:
            self._end("the chat widget reloaded")

    def _end(self, why: str) -> None:
        if not self.ended:
            self.ended = why

    def _check(self) -> None:
        if self.crashed:
            raise ProbeError(f"Chromium: {self.ended}")
        if self.ended:
            raise ChatFailure(Status.ABSENT, f"{self.ended} before the chat could start", False)

    # -- reading the widget ----------------------------------------------------

    async def _part(self, part: str) -> ElementHandle:
        found = await marked(self._frame(), part)
        if found is None:
            raise ChatFailure(Status.ABSENT, f"the chat's message {part} went away", True)
        return found

    async def poll(self) -> bool:
        """Read new observer records; True when an incoming message arrived."""
        frame = self.frame
        if frame is None or self.ended:
            return False
        try:
            records = await frame.evaluate(_RECORDS_JS)
        except PlaywrightError:
            await asyncio.sleep(0.5)  # let a navigation or detach event name the cause first
            self._end("the chat widget stopped responding")
            return False
        if records is None:
            self._end("the chat widget was reloaded")
            return False
        current = [RawMessage.model_validate(r) for r in records]
        changed = [m for m in current if m not in self.record.raw]
        self.record.raw = current
        return any(m.text.strip() not in self.record.sent for m in changed)

    async def _pause(self, seconds: float) -> None:
        end = self.clock.monotonic() + seconds
        while self.clock.monotonic() < end:
            await self.poll()
            await asyncio.sleep(min(POLL_S, max(end - self.clock.monotonic(), 0)))

    async def _widget_text(self) -> str:
        with contextlib.suppress(PlaywrightError, ChatFailure):
            box = await self._part("box")
            return str(await box.evaluate(_WIDGET_TEXT_JS))
        return ""

    def _frame(self) -> Frame:
        if self.frame is None:
            raise ChatFailure(Status.ERROR, "the chat box was lost")
        return self.frame
