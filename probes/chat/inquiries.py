"""What the shopper types: the email inquiry templates cut to a chat line, and the follow-up.

The question comes from the same templates as email (`probes.email.templates`), per
language; a chat keeps the body's question paragraphs and drops greeting and sign-off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from probes.email.interface import TemplateError
from probes.email.templates import load_templates, pick_language, render

ASK_FOR_PERSON: dict[str, str] = {
    "en": "Can I talk to a person, please?",
    "de": "Kann ich bitte mit einem Menschen sprechen?",
    "sl": "Lahko prosim govorim z osebo?",
    "el": "Μπορώ να μιλήσω με έναν άνθρωπο, παρακαλώ;",
    "lt": "Ar galiu pasikalbėti su žmogumi?",
    "tr": "Bir insanla konuşabilir miyim lütfen?",
}
"""The scripted follow-up when a bot answers first."""


@dataclass(frozen=True)
class ChatInquiry:
    """The question to type, its language, the follow-up and what an answer must mention."""

    text: str
    language: str
    follow_up: str
    must_mention: tuple[str, ...]


def chat_line(body: str) -> str:
    """An email body as one chat message: without its first and last paragraphs when it has 3+."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]
    if len(paragraphs) >= 3:
        paragraphs = paragraphs[1:-1]
    line = " ".join(" ".join(p.split()) for p in paragraphs)
    return line[:1].upper() + line[1:]


def build_inquiry(
    template_id: str,
    language: str,
    company: str,
    first_name: str,
    last_name: str,
    path: Path | None = None,
) -> ChatInquiry:
    """The chat inquiry from template `template_id` in the target's `language`."""
    templates = load_templates(path)
    if template_id not in templates:
        raise TemplateError(f"unknown inquiry template {template_id!r}")
    template = templates[template_id]
    lang = pick_language(template, language)
    values = {"company": company, "first_name": first_name, "last_name": last_name}
    _, body, text = render(template, lang, values)
    follow_up = ASK_FOR_PERSON.get(lang, ASK_FOR_PERSON["en"])
    return ChatInquiry(chat_line(body), lang, follow_up, tuple(text.must_mention))
