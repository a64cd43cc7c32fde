"""Finding any chat widget's parts as a customer sees them: launcher, message box, send button.

Works on unknown widgets (by words in the supported languages, and by a floating widget's
shape: a small round control in a bottom corner) and finishes the vendor adapters' work.
Searches every frame (same- and cross-origin) and every shadow root (`dom.js`; closed ones
once `shadow.register_closed_roots` has run). Controls that close, minimise, open menus,
emoji pickers or attachments are never clicked. Parts found are marked with `data-audit-*`
attributes and acted on through element handles, which reach into closed shadow roots too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from playwright.async_api import ElementHandle, Frame, Page
from playwright.async_api import Error as PlaywrightError

from probes.chat.interface import VendorAdapter

CHAT_WORDS = (
    r"\bchat|help|support|message us|talk to us|ask us|live agent|"
    r"hilfe|kundenservice|schreiben sie uns|"
    r"klepet|pomoč|podpora|pišite nam|"
    r"συνομιλ|βοήθεια|υποστήριξη|"
    r"pokalb|pagalb|parašykite|"
    r"sohbet|canlı destek|destek|yardım|bize yazın"
)
"""Launcher wording in English, German, Slovenian, Greek, Lithuanian and Turkish."""

WIDGET_WORDS = r"widget|messenger|open|show|toggle|öffnen|odpri|άνοιγμα|atidaryti|aç"
"""Generic launcher labels ("Show or hide widget") that count only on a floating control."""

SEND_WORDS = r"send|submit|senden|abschicken|pošlji|αποστολή|στείλ|siųsti|gönder|➤|→"


@cache
def dom_prelude() -> str:
    """The in-page helpers shared by the finder and the observer (`dom.js`)."""
    return Path(__file__).with_name("dom.js").read_text(encoding="utf-8")


def _script(body: str) -> str:
    return "(arg) => {\n" + dom_prelude() + body + "\n}"


_FIND_LAUNCHER = _script(
    """
  const [chatWords, widgetWords] = arg;
  const chat = new RegExp(chatWords, "i"), generic = new RegExp(widgetWords, "i");
  const consent = /cookie|consent|onetrust|cybot|gdpr|privacy/i;
  const inConsent = (el) => {
    for (let p = el; p && p.nodeType === 1; p = up(p)) if (consent.test(ids(p))) return true;
    return false;
  };
  const W = window.innerWidth, H = window.innerHeight;
  const score = (el) => {
    const label = words(el);
    let s = chat.test(label) ? 3 : 0;
    const r = el.getBoundingClientRect();
    const corner = r.bottom > H - 220 && (r.right > W - 220 || r.left < 220);
    const small = r.width >= 24 && r.height >= 24 && r.width <= 120 && r.height <= 120;
    const round = parseFloat(getComputedStyle(el).borderTopLeftRadius) >= r.width * 0.3;
    if (corner && small) s += 1 + (generic.test(label) ? 1 : 0) + (round ? 1 : 0)
      + (el.querySelector("svg, img") || el.tagName === "IFRAME" ? 1 : 0);
    if (!label.trim() && !(corner && small)) s = 0;
    return s;
  };
  let best = null, bestScore = 2;
  const kinds = "button, [role=button], a, iframe[title], div[aria-label], [class*=launcher]";
  for (const el of deepAll(kinds)) {
    if (el.hasAttribute("data-audit-clicked") || never(el) || inConsent(el)) continue;
    if (!visible(el) || !floating(el)) continue;
    const s = score(el);
    if (s > bestScore) { best = el; bestScore = s; }
  }
  if (!best) return null;
  best.setAttribute("data-audit-launcher", "1");
  const said = words(best).trim().slice(0, 40);
  return (chat.test(said) ? "by its label " : "by its place and shape ")
    + (said ? JSON.stringify(said) : "(an icon without a label)");
"""
)

_FIND_BOX = _script(
    """
  const [sendWords, needFloating] = arg;
  const contact = /e-?mail|name|phone|tel|subject|search|order|vorname|ime|όνομα|vard|ad soyad/i;
  const usable = (el) => visible(el) && (!needFloating || floating(el)) && !el.disabled
                         && !el.readOnly && !never(el);
  const fields = deepAll('textarea, [contenteditable=""], [contenteditable="true"], '
                         + 'input[type=text], input:not([type])').filter(usable);
  // an input is a message box only when it is the one field of its form (not a pre-chat step)
  const alone = (el) => {
    const scope = el.closest("form") || up(el);
    const others = scope ? [...scope.querySelectorAll("input, select, textarea")]
      .filter((o) => o !== el && o.type !== "hidden" && visible(o)) : [];
    return others.length === 0;
  };
  const box = fields.find((el) => el.tagName === "TEXTAREA" || el.isContentEditable)
    || fields.find((el) => !contact.test(words(el) + " " + (el.getAttribute("autocomplete") || ""))
                           && alone(el));
  if (!box) return null;
  deepAll("[data-audit-box],[data-audit-send]").forEach((el) => {
    el.removeAttribute("data-audit-box"); el.removeAttribute("data-audit-send"); });
  box.setAttribute("data-audit-box", "1");
  const re = new RegExp(sendWords, "i");
  let send = null;
  // the send button is the widget's own: never climb to the page's body (its search button)
  for (let p = up(box), i = 0; p && !send && i < 5 && p !== document.body; p = up(p), i++) {
    if (!p.querySelectorAll) continue;
    send = [...p.querySelectorAll("button, [role=button], input[type=submit], [tabindex]")]
      .find((b) => b !== box && visible(b) && !never(b) && (!needFloating || floating(b))
                   && (b.type === "submit" || re.test(words(b) + " " + (b.value || ""))));
  }
  if (send) send.setAttribute("data-audit-send", "1");
  return {send: !!send};
"""
)

_MARKED = _script(
    """
  return deepAll("[data-audit-" + arg + "]")[0] || null;
"""
)


async def _safe_eval(frame: Frame, script: str, arg: object) -> object:
    with contextlib.suppress(PlaywrightError):
        return await frame.evaluate(script, arg)
    return None


async def marked(frame: Frame, part: str) -> ElementHandle | None:
    """The element of `frame` marked `data-audit-<part>` (in any shadow root), or None."""
    with contextlib.suppress(PlaywrightError):
        handle = await frame.evaluate_handle(_MARKED, part)
        element = handle.as_element()
        if element is not None:
            return element
        await handle.dispose()
    return None


def ordered_frames(page: Page, preferred: Sequence[Frame] = ()) -> list[Frame]:
    """Frames to search: the adapter's frames first, then child frames, the main frame last."""
    rest = [f for f in page.frames if f not in preferred and f is not page.main_frame]
    main = [page.main_frame] if page.main_frame not in preferred else []
    return [*preferred, *rest, *main]


async def launcher_to_click(page: Page, adapter: VendorAdapter | None = None) -> str:
    """Mark a launcher to click (the vendor's, else one a customer would take for the chat's);
    how it was found, or "" when there is none. The mark is `data-audit-launcher`."""
    for selector in adapter.launchers if adapter else ():
        with contextlib.suppress(PlaywrightError):
            target = page.locator(selector).first
            if await target.is_visible():
                await target.evaluate(
                    "(el) => { if (!el.hasAttribute('data-audit-clicked'))"
                    " el.setAttribute('data-audit-launcher', '1'); }"
                )
                return f"{adapter.id if adapter else ''} launcher {selector}"
    for frame in ordered_frames(page):
        how = await _safe_eval(frame, _FIND_LAUNCHER, [CHAT_WORDS, WIDGET_WORDS])
        if isinstance(how, str):
            return f"chat launcher found {how}"
    return ""


async def click_launcher(page: Page, timeout_s: float) -> bool:
    """Click the launcher `launcher_to_click` marked; False when it could not be clicked.

    A clicked launcher is never clicked again: launchers toggle the widget.
    """
    for frame in ordered_frames(page):
        launcher = await marked(frame, "launcher")
        if launcher is None:
            continue
        try:
            await launcher.click(timeout=timeout_s * 1000)
        except PlaywrightError:
            # not clicked (a busy machine, or covered): it may be taken again
            with contextlib.suppress(PlaywrightError):
                await launcher.evaluate("(el) => el.removeAttribute('data-audit-launcher')")
            return False
        with contextlib.suppress(PlaywrightError):
            await launcher.evaluate(
                "(el) => { el.removeAttribute('data-audit-launcher');"
                " el.setAttribute('data-audit-clicked', '1'); }"
            )
        return True
    return False


async def find_box(page: Page, preferred: Sequence[Frame] = ()) -> tuple[Frame, bool] | None:
    """(frame, has_send_button) of a visible message box (marked `data-audit-box`), or None."""
    for frame in ordered_frames(page, preferred):
        need_floating = frame is page.main_frame
        found = await _safe_eval(frame, _FIND_BOX, [SEND_WORDS, need_floating])
        if isinstance(found, dict):
            return frame, bool(found.get("send"))
    return None


async def frame_text(frame: Frame) -> str:
    """The visible text of `frame` (empty when it is gone)."""
    text = await _safe_eval(frame, "() => document.body ? document.body.innerText : ''", None)
    return text if isinstance(text, str) else ""
