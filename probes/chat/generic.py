"""Finding any chat widget's parts: launcher, message box, send button, pre-chat fields.

Works on unknown widgets (by role, label and text in the supported languages) and
finishes the vendor adapters' work (the message box inside the vendor's iframe).
Parts found are marked with `data-audit-*` attributes so Playwright can act on them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Frame, Page

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

SEND_WORDS = r"send|submit|senden|abschicken|pošlji|αποστολή|στείλ|siųsti|gönder"

# Visible, in a fixed overlay (or any frame but the main one): widgets float over the page.
_COMMON = """
const visible = (el) => {
  const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
  return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
};
const floating = (el) => {
  if (window !== window.top) return true;
  for (let p = el; p && p.nodeType === 1; p = p.parentElement) {
    const pos = getComputedStyle(p).position;
    if (pos === 'fixed' || pos === 'sticky') return true;
  }
  return false;
};
const label = (el) => [el.getAttribute('aria-label'), el.getAttribute('title'), el.textContent,
                       el.getAttribute('name'), el.id, el.getAttribute('placeholder')]
                      .filter(Boolean).join(' ').slice(0, 200);
"""

_FIND_LAUNCHER = (
    "(words) => {"
    + _COMMON
    + """
  const re = new RegExp(words, 'i');
  const consent = /cookie|consent|onetrust|cybot|gdpr|privacy/i;
  const inConsent = (el) => {
    for (let p = el; p && p.nodeType === 1; p = p.parentElement) {
      if (consent.test((p.id || '') + ' ' + (typeof p.className === 'string' ? p.className : '')))
        return true;
    }
    return false;
  };
  const cands = [...document.querySelectorAll(
    'button, [role=button], a, iframe[title], div[aria-label], [class*=launcher]')]
    .filter((el) => !el.hasAttribute('data-audit-clicked') && visible(el) && floating(el)
                    && re.test(label(el)) && !inConsent(el));
  if (!cands.length) return null;
  const el = cands[0];
  el.setAttribute('data-audit-launcher', '1');
  return label(el).trim();
}"""
)

_FIND_BOX = (
    "([sendWords, needFloating]) => {"
    + _COMMON
    + """
  const contact = /e-?mail|name|phone|tel|subject|search|vorname|ime|όνομα|vard|ad soyad/i;
  const fields = [...document.querySelectorAll('textarea, [contenteditable=""], ' +
      '[contenteditable="true"], input[type=text], input:not([type])')]
    .filter((el) => visible(el) && (!needFloating || floating(el)) && !el.disabled
                    && !el.readOnly);
  const isContact = (el) => contact.test(label(el) + ' ' + (el.getAttribute('autocomplete') || ''));
  const box = fields.find((el) => el.tagName === 'TEXTAREA' || el.isContentEditable)
    || fields.find((el) => !isContact(el));
  if (!box) return null;
  document.querySelectorAll('[data-audit-box],[data-audit-send]').forEach((el) => {
    el.removeAttribute('data-audit-box'); el.removeAttribute('data-audit-send'); });
  box.setAttribute('data-audit-box', '1');
  const re = new RegExp(sendWords, 'i');
  let send = null;
  for (let p = box.parentElement, i = 0; p && !send && i < 5; p = p.parentElement, i++) {
    send = [...p.querySelectorAll('button, [role=button], input[type=submit]')]
      .find((b) => visible(b)
                   && (b.type === 'submit' || re.test(label(b) + ' ' + (b.value || ''))));
  }
  if (send) send.setAttribute('data-audit-send', '1');
  return {send: !!send};
}"""
)

_FILL_PRECHAT = (
    "([name, email]) => {"
    + _COMMON
    + """
  const box = document.querySelector('[data-audit-box]');
  const scope = (box && (box.closest('form') || box.parentElement.parentElement)) || document;
  const filled = [];
  for (const el of scope.querySelectorAll('input')) {
    if (!visible(el) || el.value || el === box) continue;
    const what = el.type === 'email' || /e-?mail/i.test(label(el)) ? email
      : (/name|ime|όνομα|vard|ad\\b/i.test(label(el) + (el.autocomplete || '')) ? name : null);
    if (what === null) continue;
    el.value = what;
    el.dispatchEvent(new Event('input', {bubbles: true}));
    el.dispatchEvent(new Event('change', {bubbles: true}));
    filled.push(el.type === 'email' ? 'email' : 'name');
  }
  return filled;
}"""
)


async def _safe_eval(frame: Frame, script: str, arg: object) -> object:
    with contextlib.suppress(PlaywrightError):
        return await frame.evaluate(script, arg)
    return None


def ordered_frames(page: Page, preferred: Sequence[Frame] = ()) -> list[Frame]:
    """Frames to search: the adapter's frames first, then child frames, the main frame last."""
    rest = [f for f in page.frames if f not in preferred and f is not page.main_frame]
    main = [page.main_frame] if page.main_frame not in preferred else []
    return [*preferred, *rest, *main]


async def launcher_to_click(page: Page, adapter: VendorAdapter | None = None) -> str:
    """Mark a launcher to click (the vendor's, else one labelled like a chat); how it was found.

    Returns "" when there is none. The mark is `data-audit-launcher`, in whichever frame.
    """
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
        if await _safe_eval(frame, _FIND_LAUNCHER, CHAT_WORDS):
            return "chat launcher found by its label"
    return ""


async def click_launcher(page: Page, timeout_s: float) -> bool:
    """Click the launcher `launcher_to_click` marked; False when it could not be clicked.

    A clicked launcher is never clicked again: launchers toggle the widget.
    """
    for frame in ordered_frames(page):
        launcher = frame.locator("[data-audit-launcher]").first
        try:
            if await launcher.count() == 0:
                continue
        except PlaywrightError:
            continue
        try:
            await launcher.click(timeout=timeout_s * 1000)
            return True
        except PlaywrightError:
            return False
        finally:
            with contextlib.suppress(PlaywrightError):
                await launcher.evaluate(
                    "(el) => { el.removeAttribute('data-audit-launcher');"
                    " el.setAttribute('data-audit-clicked', '1'); }"
                )
    return False


async def find_box(page: Page, preferred: Sequence[Frame] = ()) -> tuple[Frame, bool] | None:
    """(frame, has_send_button) of a visible message box (marked `data-audit-box`), or None."""
    for frame in ordered_frames(page, preferred):
        need_floating = frame is page.main_frame
        found = await _safe_eval(frame, _FIND_BOX, [SEND_WORDS, need_floating])
        if isinstance(found, dict):
            return frame, bool(found.get("send"))
    return None


async def fill_prechat(frame: Frame, name: str, email: str) -> list[str]:
    """Fill empty name/email fields next to the message box; the kinds filled."""
    filled = await _safe_eval(frame, _FILL_PRECHAT, [name, email])
    return [str(x) for x in filled] if isinstance(filled, list) else []


async def frame_text(frame: Frame) -> str:
    """The visible text of `frame` (empty when it is gone)."""
    text = await _safe_eval(frame, "() => document.body ? document.body.innerText : ''", None)
    return text if isinstance(text, str) else ""
