"""One chat as a customer has it: find and open the widget, ask, wait, ask for a person.

Every wait is bounded by a deadline from `ChatSettings`; failures become
`ChatFailure` with the status the observation should carry. Message times come
from the in-page observer (`observer.js`), never from when Python looked.
"""

from __future__ import annotations

import asyncio
import contextlib

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page

from probes.base import Clock, ProbeError, Status
from probes.chat.adapters import adapter_frames, api_ready, detect_adapter
from probes.chat.classify import is_offline
from probes.chat.generic import click_launcher, find_box, launcher_to_click
from probes.chat.inquiries import ChatInquiry
from probes.chat.interface import ChatFailure, ChatSettings, Message, Role, VendorAdapter
from probes.chat.prechat import MAX_STEPS, prechat_step
from probes.chat.shadow import ClosedRoots
from probes.chat.widget import POLL_S, ChatWidget, observer_source
from probes.website.cookies import dismiss_cookie_wall

RETRY_OPEN_S = 3.0
"""After opening by API or a click, try (another) launcher when no message box appeared."""
MAX_LAUNCHER_CLICKS = 3
COOKIE_WINDOW_S = 4.0
"""Cookie walls drawn late are looked for this long while the widget is searched."""

_CLOCK_JS = "() => (performance.timeOrigin + performance.now()) / 1000"
_SEND_JS = (
    "(el) => { const t = performance.timeOrigin + performance.now(); el.click(); return t / 1000; }"
)
_ENTER_CLOCK_JS = """(box) => {
  const win = box.ownerDocument.defaultView;
  win.__auditEnterAt = null;
  win.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') win.__auditEnterAt = (performance.timeOrigin + performance.now()) / 1000;
  }, {capture: true, once: true});
  return (performance.timeOrigin + performance.now()) / 1000;
}"""
_EXPECT_JS = "(t) => { if (window.__auditChat) window.__auditChat.expect(t); }"
SHADOW_EVERY_S = 2.0
"""How often closed shadow roots are looked for while the widget is searched."""
_SCROLL_JS = "(y) => window.scrollTo(0, y === null ? document.body.scrollHeight : y)"


class ChatSession(ChatWidget):
    """Drives one chat in `page`; `record` holds what was seen, even after a failure."""

    def __init__(
        self, page: Page, settings: ChatSettings, inquiry: ChatInquiry, clock: Clock
    ) -> None:
        super().__init__(page, clock)
        self.settings = settings
        self.inquiry = inquiry
        self._has_send = False
        self.closed_roots = ClosedRoots(page)

    # -- opening ---------------------------------------------------------------

    async def start(self) -> None:
        """Note the page's time origin (call after loading): `time_to_open_s` counts from it."""
        self.record.nav_origin = float(
            await self.page.evaluate("() => performance.timeOrigin / 1000")
        )

    async def open(self) -> None:
        """Find the widget, open it, go through any pre-chat steps and find its message box,
        within `widget_timeout_s`. A chat box already open wins over any launcher."""
        deadline = self.clock.monotonic() + self.settings.widget_timeout_s
        began = self.clock.monotonic()
        adapter: VendorAdapter | None = None
        api_opened_at: float | None = None
        clicked_at: float | None = None
        shadow_at = -SHADOW_EVERY_S
        clicks = 0
        scrolled = cookies_done = False
        while True:
            self._check()
            now = self.clock.monotonic()
            if not cookies_done and now - began < COOKIE_WINDOW_S:
                with contextlib.suppress(PlaywrightError):
                    cookies_done = await dismiss_cookie_wall(self.page, 1.0) is not None
            if now - shadow_at >= SHADOW_EVERY_S:
                shadow_at = now
                await self.closed_roots.register()
            if adapter is None:
                with contextlib.suppress(PlaywrightError):
                    adapter = await detect_adapter(self.page)
                if adapter is not None:
                    self.record.vendor = adapter.id
            if await self._box_found(adapter):
                return
            if await self._prechat(now, deadline):
                continue
            if (
                adapter is not None
                and api_opened_at is None
                and await api_ready(self.page, adapter)
            ):
                with contextlib.suppress(PlaywrightError):
                    await self.page.evaluate(f"() => {{ {adapter.open_js}; }}")
                    api_opened_at, self.record.opened_by = now, f"{adapter.id} JavaScript API"
                    continue
            api_stalled = api_opened_at is None or now - api_opened_at > RETRY_OPEN_S
            click_stalled = clicked_at is None or now - clicked_at > RETRY_OPEN_S
            # a vendor's API opens its own widget: give its script time to load before clicking
            may_click = (
                adapter is None
                or not adapter.ready_js  # no API to wait for: its launcher is the way in
                or now - began > self.settings.widget_timeout_s / 3
            )
            if api_stalled and click_stalled and may_click and clicks < MAX_LAUNCHER_CLICKS:
                vendor = adapter if clicks == 0 and api_opened_at is None else None
                how = await launcher_to_click(self.page, vendor)
                if how:  # named before clicking: a click can land and still time out under load
                    self.record.opened_by = how
                    clicked_at = now
                    timeout = min(15.0, self.settings.widget_timeout_s / 3)
                    if await click_launcher(self.page, timeout):
                        clicks += 1
                    continue
            if not scrolled and now - began > 0.5:
                scrolled = True  # widgets that load on scroll
                with contextlib.suppress(PlaywrightError):
                    await self.page.evaluate(_SCROLL_JS, None)
                    await asyncio.sleep(0.3)
                    await self.page.evaluate(_SCROLL_JS, 0)
            if now >= deadline:
                what = "no chat widget" if adapter is None and not clicks else "no chat box"
                raise ChatFailure(
                    Status.ABSENT,
                    f"{what} could be opened within {self.settings.widget_timeout_s:g} s"
                    + (f" (vendor {adapter.id})" if adapter else ""),
                    False,
                )
            await asyncio.sleep(0.25)

    async def _box_found(self, adapter: VendorAdapter | None) -> bool:
        found = await find_box(self.page, await adapter_frames(self.page, adapter))
        if found is None:
            return False
        self.frame, self._has_send = found
        self.record.open_t = float(await self.frame.evaluate(_CLOCK_JS))
        self.record.opened_by = self.record.opened_by or "already open"
        if self.record.vendor == "none":
            self.record.vendor = "generic"
        return True

    async def _prechat(self, now: float, deadline: float) -> bool:
        """Fill and submit one pre-chat step; True when one was submitted."""
        if len(self.record.prechat) >= MAX_STEPS or not self.record.opened_by:
            return False
        s = self.settings
        step = await prechat_step(self.page, s.first_name, s.last_name, s.email, s.order_number)
        if step is None:
            return False
        if step.offline:
            raise ChatFailure(Status.ABSENT, "the chat is offline: it offers a message form", False)
        self.record.prechat.append(step.describe(len(self.record.prechat) + 1))
        return True

    # -- conversing ------------------------------------------------------------

    async def prepare(self) -> None:
        """Install the message reader, let greetings arrive, refuse offline widgets."""
        frame = self._frame()
        # from now on leaving the page ends the chat (before, a consent reload is harmless)
        self.page.on("framenavigated", self._on_navigated)
        await self.closed_roots.register()
        box = await self._part("box")
        await frame.evaluate(observer_source(), box)
        await self._pause(min(self.settings.settle_s, 1.0))
        text = await self._widget_text()
        if is_offline(text):
            first = next((line for line in text.splitlines() if is_offline(line)), text)
            raise ChatFailure(Status.ABSENT, f"the chat is offline: {first.strip()[:160]!r}", False)

    async def send(self, text: str) -> float:
        """Type or paste `text` and send it; the page time it was sent (epoch s)."""
        self._check()
        frame = self._frame()
        box = await self._part("box")
        await frame.evaluate(_EXPECT_JS, " ".join(text.split()))
        if self.settings.typing_cps > 0:
            seconds = len(text) / self.settings.typing_cps
            await box.type(
                # generous: each key is a round trip to the browser, slow on a loaded machine
                text,
                delay=1000 / self.settings.typing_cps,
                timeout=(10 * seconds + 60) * 1000,
            )
        else:
            await box.fill(text)
        if self._has_send:
            sent_at = float(await (await self._part("send")).evaluate(_SEND_JS))
        else:
            # timed when the page sees the key, not when we asked for it (a round trip)
            sent_at = float(await box.evaluate(_ENTER_CLOCK_JS))
            await box.press("Enter")
            pressed = await frame.evaluate("() => window.__auditEnterAt || null")
            sent_at = float(pressed) if pressed else sent_at
        self.record.sent.append(text)
        return sent_at

    async def converse(self) -> None:
        """Ask, wait for replies until quiet, ask for a person once if only a bot answered."""
        s = self.settings
        rec = self.record
        total_deadline = self.clock.monotonic() + s.total_timeout_s
        human_deadline: float | None = None
        rec.first_sent_t = await self.send(self.inquiry.text)
        last_activity = self.clock.monotonic()
        first_deadline = last_activity + s.first_reply_timeout_s
        while True:
            if await self.poll():
                last_activity = self.clock.monotonic()
            now = self.clock.monotonic()
            messages = rec.messages()
            theirs = [m for m in messages if _is_theirs(m, rec.first_sent_t)]
            replies = [m for m in theirs if m.role in (Role.BOT, Role.HUMAN)]
            human = any(m.role is Role.HUMAN for m in replies)
            # a queue or "connecting you" notice as the latest word: a person may be on the way
            waiting = bool(theirs) and theirs[-1].role is Role.NOTICE
            quiet = now - last_activity >= s.settle_s
            if self.ended:
                if self.crashed:
                    raise ProbeError(f"Chromium: {self.ended}")
                rec.outcome, rec.widget_lost = self.ended, True
                return
            if now >= total_deadline:
                rec.outcome = f"the chat reached its {s.total_timeout_s:g} s limit"
                return
            if not replies:
                if now >= first_deadline and not waiting:
                    rec.outcome = f"no reply within {s.first_reply_timeout_s:g} s"
                    return
            elif human and quiet:
                rec.outcome = "a person answered and the chat went quiet"
                return
            elif human_deadline is None and quiet:
                rec.follow_up_t = await self.send(self.inquiry.follow_up)
                human_deadline = self.clock.monotonic() + s.first_reply_timeout_s
                last_activity = self.clock.monotonic()
            elif human_deadline is not None and not (human or waiting) and now >= human_deadline:
                rec.outcome = f"no person joined within {s.first_reply_timeout_s:g} s of asking"
                return
            await asyncio.sleep(POLL_S)


def _is_theirs(message: Message, first_sent_t: float | None) -> bool:
    """A message from their side (bot, person or notice) after our first message."""
    return (
        message.role is not Role.VISITOR and first_sent_t is not None and message.t >= first_sent_t
    )
