"""Loading inquiry templates (shipped `inquiries.yaml` or the campaign's) and rendering them.

Rendering is strict: an unknown placeholder, or CR/LF reaching the subject
(a header), raises `TemplateError` instead of producing a broken message.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from probes.email.interface import InquiryTemplate, InquiryText, TemplateError
from probes.yaml_source import SourceError, load_yaml

SHIPPED = Path(__file__).with_name("inquiries.yaml")
PLACEHOLDERS = frozenset({"company", "first_name", "last_name", "product"})


class _TemplateFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    templates: tuple[InquiryTemplate, ...]


def load_templates(path: Path | None = None) -> dict[str, InquiryTemplate]:
    """Templates by id from `path` (default: the shipped file); errors are one line."""
    return dict(_load(str(path or SHIPPED)))


@lru_cache(maxsize=8)
def _load(path: str) -> tuple[tuple[str, InquiryTemplate], ...]:
    # The shared loader: duplicate keys, alias bombs and deep nesting are one-line errors.
    parsed = load_yaml(Path(path)).validate(_TemplateFile)
    for template in parsed.templates:
        for lang, text in template.languages.items():
            _check(template.id, lang, text, path)
    return tuple((t.id, t) for t in parsed.templates)


def _check(template_id: str, lang: str, text: InquiryText, path: str) -> None:
    where = f"templates[{template_id}].languages.{lang}"
    for part in (text.subject, text.body):
        for _, name, _, _ in string.Formatter().parse(part):
            if name is not None and name not in PLACEHOLDERS:
                raise SourceError(path, None, where, f"unknown placeholder {{{name}}}")
    for pattern in text.must_mention:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise SourceError(path, None, where, f"bad must_mention pattern: {exc}") from None


def pick_language(template: InquiryTemplate, language: str) -> str:
    """The template language for a target language (`de-AT` -> `de`), else English."""
    base = language.lower().split("-")[0].split("_")[0]
    if base in template.languages:
        return base
    if "en" in template.languages:
        return "en"
    return next(iter(template.languages))


def render(
    template: InquiryTemplate, language: str, values: dict[str, str]
) -> tuple[str, str, InquiryText]:
    """(subject, body, text) of `template` in `language` with placeholders filled."""
    text = template.languages[language]
    full = dict(values)
    if not full.get("product"):
        full["product"] = text.product or template.product
    try:
        subject = text.subject.format_map(full)
        body = text.body.format_map(full)
    except (KeyError, IndexError, ValueError) as exc:
        raise TemplateError(f"template {template.id}/{language}: cannot render: {exc}") from None
    if "\r" in subject or "\n" in subject:
        raise TemplateError(f"template {template.id}/{language}: CR/LF in the subject header")
    return subject, body, text
