"""Pre-chat forms, one step at a time: fill what a customer would, submit, look again.

A widget may ask for a name and email, then a topic, an order number and consent, before it
shows a message box. Each step fills the visible fields it understands from the `chat:`
settings, ticks consent boxes, picks the topic closest to the inquiry, and clicks the
step's button; `ChatSession.open` repeats until a message box appears or the widget says it
is offline. Leave-a-message forms are never submitted.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Frame, Page

from probes.chat.classify import is_offline
from probes.chat.generic import _script, marked, ordered_frames

MAX_STEPS = 4
CLICK_TIMEOUT_S = 15.0
_UNMARK = """(b) => { for (let p = b; p; p = p.parentElement || (p.parentNode && p.parentNode.host))
  if (p.removeAttribute) p.removeAttribute('data-audit-step'); }"""

_STEP = _script(Path(__file__).with_name("prechat.js").read_text(encoding="utf-8"))

TOPIC_WORDS = (
    r"return|refund|order|rückgabe|retoure|bestellung|vračil|naročil|"
    r"επιστροφ|παραγγελ|grąžin|užsakym|iade|sipariş"
)
"""Topic options that fit the inquiries (returns and orders), in every inquiry language."""


@dataclass(frozen=True)
class PrechatStep:
    """One pre-chat step as filled: what was filled and the button that submitted it."""

    filled: tuple[str, ...]
    button: str
    offline: bool = False

    def describe(self, number: int) -> str:
        """`step 1: name, email -> "Next"`."""
        what = ", ".join(self.filled) or "nothing to fill"
        return f"step {number}: {what} -> {self.button!r}"


async def prechat_step(
    page: Page, first: str, last: str, email: str, order: str
) -> PrechatStep | None:
    """Fill and submit the first visible pre-chat form step, in any frame; None when none.
    A form asking for first and last name separately gets each; one name field, both."""
    values = {"first": first, "last": last, "name": f"{first} {last}", "email": email}
    values["order"] = order
    for frame in ordered_frames(page):
        step = await _fill(frame, values)
        if step is not None:
            return step
    return None


async def _fill(frame: Frame, values: dict[str, str]) -> PrechatStep | None:
    with contextlib.suppress(PlaywrightError):
        found = await frame.evaluate(_STEP, [values, TOPIC_WORDS])
        if not isinstance(found, dict):
            return None
        step = PrechatStep(tuple(found["filled"]), str(found["button"]))
        if is_offline(str(found["text"])):
            return PrechatStep(step.filled, step.button, offline=True)
        button = await marked(frame, "submit")
        if button is None:
            return None
        try:
            await button.click(timeout=CLICK_TIMEOUT_S * 1000)
        except PlaywrightError:
            # not submitted (a busy machine): let the next look fill and submit it again
            await button.evaluate(_UNMARK)
            return None
        return step
    return None
