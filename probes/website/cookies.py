"""Dismissing cookie walls the way a customer does: clicking "Accept all" (in any frame)."""

from __future__ import annotations

import asyncio
import contextlib

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page

from probes.website.words import all_words

# Finds the best visible accept button in one frame and clicks it: {clicked: its text or
# null, framed: whether a frame large enough to hold a consent wall is shown}.
CLICK_ACCEPT_JS = """
(words) => {
  const fold = (s) => s.normalize("NFKD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase()
    .replace(/ı/g, "i").replace(/\\s+/g, " ").trim();
  const sel = "button, [role=button], a, input[type=button], input[type=submit]";
  let best = null, bestRank = words.length;
  for (const el of document.querySelectorAll(sel)) {
    const text = fold(el.innerText || el.value || el.getAttribute("aria-label") || "");
    const rank = words.indexOf(text);
    if (rank < 0 || rank >= bestRank) continue;
    const visible = el.checkVisibility ? el.checkVisibility({checkOpacity: true}) : true;
    const r = el.getBoundingClientRect();
    if (!visible || r.width === 0 || r.height === 0) continue;
    best = el; bestRank = rank;
  }
  if (!best) {
    // A consent banner whose accept button is worded its own way ("Accepter et fermer
    // la fenêtre"): a button inside a cookie/consent container whose text starts with
    // an accept word, and says nothing of refusing or settings.
    const box = /cookie|consent|gdpr|rgpd|dsgvo|cmp|privacy|privacidad|datenschutz/;
    const refuse = new RegExp([
      "refus|rechaz|ablehn|rifiut|weiger|odrzu|recus|reject|decline|deny",
      "notwendig|necess|necesari|niezb|noodzak|essenzial|essential",
      "personali|param|einstell|setting|instelling|ustawien|configur|prefer",
      "gerir|manage|verwalt|gestisci|beheer|zarz",
    ].join("|"));
    const inBox = (el) => {
      for (let p = el; p && p !== document.body; p = p.parentElement) {
        const ids = fold((p.id || "") + " " + (typeof p.className === "string" ? p.className : "")
          + " " + (p.getAttribute("aria-label") || "") + " " + (p.getAttribute("role") || ""));
        if (box.test(ids)) return true;
        if (/dialog/.test(ids) && /cookie/.test(fold(p.innerText || ""))) return true;
      }
      return false;
    };
    for (const el of document.querySelectorAll(sel)) {
      const text = fold(el.innerText || el.value || el.getAttribute("aria-label") || "");
      if (!text || text.length > 60 || refuse.test(text)) continue;
      if (!words.some((w) => text.startsWith(w + " ") || text.startsWith(w + ","))) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || !inBox(el)) continue;
      best = el;
      break;
    }
  }
  if (!best) {
    // Well-known consent managers, whatever the button says.
    for (const id of ["onetrust-accept-btn-handler",
                      "CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll",
                      "CybotCookiebotDialogBodyButtonAccept", "didomi-notice-agree-button"]) {
      const el = document.getElementById(id);
      if (el && el.getBoundingClientRect().width > 0) { best = el; break; }
    }
  }
  if (!best) {
    // A consent manager inside an iframe shows as a large visible frame.
    const framed = Array.from(document.querySelectorAll("iframe")).some((f) => {
      const r = f.getBoundingClientRect();
      return r.width >= 250 && r.height >= 120 && getComputedStyle(f).visibility !== "hidden";
    });
    return { clicked: null, framed };
  }
  best.click();
  return { clicked: best.innerText || best.value || "", framed: false };
}
"""


# Clicks every visible "show number" control (buttons, or links that lead nowhere) whose
# folded text is one of the words; returns how many were clicked.
CLICK_REVEAL_JS = """
(words) => {
  const fold = (s) => s.normalize("NFKD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase()
    .replace(/ı/g, "i").replace(/ł/g, "l").replace(/\\s+/g, " ").trim();
  let clicked = 0;
  for (const el of document.querySelectorAll("button, [role=button], a")) {
    if (el.tagName === "A") {
      const href = (el.getAttribute("href") || "").trim();
      if (href && href !== "#" && !/^javascript:/i.test(href)) continue;  // would navigate away
    }
    const text = fold(el.innerText || el.getAttribute("aria-label") || "");
    if (!text || !words.some((w) => text === w || text.startsWith(w + " "))) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    el.click();
    clicked += 1;
  }
  return clicked;
}
"""


def reveal_words() -> list[str]:
    """Texts of "show number" buttons in every language, folded."""
    return list(all_words("show_number"))


def accept_words() -> list[str]:
    """Accept-button texts in every language, most specific ("accept all") first."""
    return list(all_words("cookie_accept"))


async def dismiss_cookie_wall(page: Page, timeout_s: float = 10.0) -> str | None:
    """Click an accept button in the page or its frames; the button's text, or None.

    `timeout_s` bounds each frame's search (a page whose scripts hog its thread); it is
    generous because on a loaded machine the search itself took over 2 s, and a wall left
    up hides the page's number: our slowness scored as the company's absence.
    """
    words = accept_words()
    main = page.main_frame
    for frame in [main, *(f for f in page.frames if f is not main)]:
        result = None
        with contextlib.suppress(PlaywrightError, TimeoutError):
            result = await asyncio.wait_for(frame.evaluate(CLICK_ACCEPT_JS, words), timeout_s)
        if not isinstance(result, dict):
            continue
        if result.get("clicked") is not None:
            return str(result["clicked"])
        if frame is main and not result.get("framed"):
            return None  # no wall in the page and no frame big enough to hold one
    return None
