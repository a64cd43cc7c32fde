"""Sending an inquiry through a company's contact form with Playwright.

Fields are found by label, name, type and placeholder; consent boxes are
ticked; the confirmation page is kept as a screenshot. The e-mail field gets
the attempt's plus-address, so replies match by token.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urljoin

from probes.base import utcnow
from probes.email.interface import EmailError, OutgoingInquiry

CONTACT_LINK = re.compile(
    r"contact|kontakt|impressum|support|help|hilfe|pomoč|podpora|επικοινων|susisiek|kontaktai|"
    r"iletişim|yardım|destek",
    re.I,
)
CONSENT = re.compile(
    r"privacy|consent|agree|accept|datenschutz|einverstanden|zasebnost|strinjam|"
    r"απορρήτου|συμφωνώ|privatum|sutinku|gizlilik|kabul|onay",
    re.I,
)
FIELD_HINTS: dict[str, re.Pattern[str]] = {
    "email": re.compile(r"e-?mail|e-?pošt|ηλεκτρονικ|paštas|e-?posta", re.I),
    "name": re.compile(r"name|ime|όνομα|vardas|ad[ıi]n|\bad\b|isim", re.I),
    "subject": re.compile(r"subject|betreff|zadeva|θέμα|tema|konu", re.I),
    "message": re.compile(
        r"message|nachricht|sporočil|μήνυμα|žinut|mesaj|help|question|anfrage|inquiry", re.I
    ),
}


class FormError(EmailError):
    """No usable contact form (`ours=False`), or our browser failed (`ours=True`)."""

    def __init__(self, message: str, ours: bool = False) -> None:
        super().__init__(message)
        self.ours = ours


@dataclass(frozen=True)
class FormResult:
    """A submitted form: where, when the confirmation appeared, which fields were filled."""

    url: str
    submitted_at: datetime
    fields: tuple[str, ...]
    screenshot: Path


_FIELD_INFO_JS = """
(form) => Array.from(form.querySelectorAll('input, textarea, select')).map((el, i) => {
  const id = el.id;
  let label = '';
  if (id) {
    const l = form.ownerDocument.querySelector(`label[for="${CSS.escape(id)}"]`);
    if (l) label = l.innerText;
  }
  if (!label && el.closest('label')) label = el.closest('label').innerText;
  return {index: i, tag: el.tagName.toLowerCase(), type: (el.type || '').toLowerCase(),
          name: el.name || '', id: id || '', placeholder: el.placeholder || '',
          aria: el.getAttribute('aria-label') || '', label: label || '',
          required: el.required,
          hidden: el.type === 'hidden' || el.offsetParent === null};
})
"""


def _role(info: Mapping[str, object]) -> str | None:
    kind = str(info["type"])
    if info["hidden"] or kind in ("submit", "button", "hidden", "file", "image", "reset"):
        return None
    text = " ".join(str(info[k]) for k in ("label", "name", "id", "placeholder", "aria"))
    if kind == "checkbox":
        # Consent and other required boxes are ticked; newsletters and the like are not.
        return "consent" if info.get("required") or CONSENT.search(text) else None
    if kind == "email":
        return "email"
    if info["tag"] == "textarea":
        return "message"
    for role, pattern in FIELD_HINTS.items():
        if pattern.search(text):
            return role
    return None


async def submit_contact_form(
    website: str,
    inquiry: OutgoingInquiry,
    evidence_dir: Path,
    host_map: Mapping[str, str] | None = None,
    timeout_s: float = 20.0,
) -> FormResult:
    """Find the contact form on `website` (home page or a contact link) and send `inquiry`."""
    from playwright.async_api import Error as PlaywrightError

    from probes.base import ProbeError
    from probes.browser import chromium

    try:
        async with chromium(host_map) as browser:
            page = await browser.new_page()
            page.set_default_timeout(timeout_s * 1000)
            await page.goto(website, wait_until="domcontentloaded")
            form = await page.query_selector("form:has(textarea)")
            if form is None:
                links = await page.eval_on_selector_all(
                    "a[href]", "els => els.map(e => [e.innerText, e.getAttribute('href')])"
                )
                for text, href in links:
                    if CONTACT_LINK.search(f"{text} {href}"):
                        await page.goto(urljoin(page.url, href), wait_until="domcontentloaded")
                        form = await page.query_selector("form:has(textarea)")
                        if form is not None:
                            break
            if form is None:
                raise FormError(f"no contact form found on {website} or its contact page")
            infos = await form.evaluate(_FIELD_INFO_JS)
            controls = await form.query_selector_all("input, textarea, select")
            values = {
                "email": inquiry.from_addr,
                "name": inquiry.from_name,
                "subject": inquiry.subject,
                "message": inquiry.body,
            }
            filled: list[str] = []
            for info in infos:
                role = _role(info)
                control = controls[int(info["index"])]
                if role == "consent":
                    await control.check()
                    filled.append("consent")
                elif role is not None and role not in filled:
                    await control.fill(values[role])
                    filled.append(role)
            if "email" not in filled or "message" not in filled:
                raise FormError(f"contact form on {page.url} has no e-mail or message field")
            form_url = page.url
            submit = await form.query_selector(
                "button[type=submit], input[type=submit], button:not([type])"
            )
            if submit is None:
                raise FormError(f"contact form on {form_url} has no submit button")
            async with page.expect_navigation(wait_until="domcontentloaded"):
                await submit.click()
            submitted_at = utcnow()
            evidence_dir.mkdir(parents=True, exist_ok=True)
            shot = evidence_dir / "form-confirmation.png"
            await page.screenshot(path=str(shot), full_page=True)
            return FormResult(form_url, submitted_at, tuple(filled), shot)
    except FormError:
        raise
    except ProbeError as exc:
        raise FormError(str(exc), ours=True) from None
    except PlaywrightError as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise FormError(f"browser failed on {website}: {first[:200]}", ours=True) from None
