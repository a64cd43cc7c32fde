"""Evidence for the report: screenshots copied (with a thumbnail), chat transcripts and
emails read into plain text for the templates to escape. Raw HTML evidence is never
linked: a company's page opened from the report could run its scripts."""

from __future__ import annotations

import email
import hashlib
import json
import shutil
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from pathlib import Path

from probes.base import Evidence
from results.safe_text import strip_control

THUMB_PX = 320
MAX_TEXT = 4000
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".gif"}


@dataclass(frozen=True)
class Line:
    """One line of a transcript or an email header: who (or which header) and the text."""

    who: str
    text: str
    note: str = ""


@dataclass(frozen=True)
class ShownEvidence:
    """One piece of evidence as the report shows it.

    `image`/`thumb` are paths relative to the report root; `lines` the transcript
    messages or email headers; `body` an email's text; `missing` when the file is gone.
    """

    kind: str
    caption: str
    image: str | None = None
    thumb: str | None = None
    lines: list[Line] = field(default_factory=list)
    body: str = ""
    missing: bool = False
    source: str = ""


def clean(text: object, limit: int = MAX_TEXT) -> str:
    """Untrusted text for a template: controls and bidi overrides removed, length bounded."""
    out = strip_control(str(text))
    return out if len(out) <= limit else out[: limit - 1] + "…"


def _locate(path: str, roots: list[Path]) -> Path | None:
    candidate = Path(path)
    if candidate.is_absolute():
        return candidate if candidate.is_file() else None
    for root in roots:
        if (root / candidate).is_file():
            return root / candidate
    return None


def _copy_image(source: Path, out: Path) -> tuple[str, str | None]:
    digest = hashlib.sha256(str(source).encode()).hexdigest()[:16]
    folder = out / "evidence"
    folder.mkdir(exist_ok=True)
    full = folder / f"{digest}{source.suffix.lower()}"
    if not full.exists():
        shutil.copyfile(source, full)
    thumb = folder / f"{digest}-thumb.png"
    if not thumb.exists():
        try:
            from PIL import Image

            with Image.open(source) as img:
                img.thumbnail((THUMB_PX, THUMB_PX * 2))
                img.save(thumb, format="PNG")
        except Exception:
            return f"evidence/{full.name}", None
    return f"evidence/{full.name}", f"evidence/{thumb.name}"


def _transcript(path: Path) -> list[Line]:
    data = json.loads(path.read_text(encoding="utf-8", errors="replace"))
    messages = data.get("messages") or data.get("turns") or []
    lines = []
    for m in messages[:200]:
        at = m.get("at_s")
        note = f"{at:+.1f} s" if isinstance(at, int | float) else ""
        who = f"{clean(m.get('sender', ''), 60)} ({clean(m.get('role', ''), 20)})"
        lines.append(Line(who, clean(m.get("text", "")), note))
    return lines


def _header(value: str) -> str:
    try:
        return str(make_header(decode_header(value)))
    except (LookupError, ValueError, UnicodeError):
        return value


def _email(path: Path) -> tuple[list[Line], str]:
    # compat32 parsing: the default policy's header objects cost ~1 ms each.
    message = email.message_from_bytes(path.read_bytes())
    headers = [
        Line(name, clean(_header(str(message[name])), 300))
        for name in ("From", "To", "Date", "Subject")
        if message[name]
    ]
    body = ""
    for part in message.walk():
        if part.get_content_type() == "text/plain" and not part.is_multipart():
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                body = payload.decode(part.get_content_charset() or "utf-8", errors="replace")
            break
    return headers, clean(body)


def show_evidence(items: list[Evidence], out: Path, roots: list[Path]) -> list[ShownEvidence]:
    """Evidence of one observation, ready for a template (files copied under `out`)."""
    shown = []
    for ev in items:
        caption = clean(ev.caption, 200)
        found = _locate(ev.path, roots)
        if found is None:
            shown.append(ShownEvidence(ev.kind, caption, missing=True, source=clean(ev.path, 300)))
            continue
        try:
            if ev.kind == "screenshot" or found.suffix.lower() in IMAGE_SUFFIXES:
                image, thumb = _copy_image(found, out)
                shown.append(ShownEvidence(ev.kind, caption, image=image, thumb=thumb))
            elif ev.kind == "transcript":
                shown.append(ShownEvidence(ev.kind, caption, lines=_transcript(found)))
            elif ev.kind == "eml":
                headers, body = _email(found)
                shown.append(ShownEvidence(ev.kind, caption, lines=headers, body=body))
            else:
                shown.append(ShownEvidence(ev.kind, caption, source=clean(ev.path, 300)))
        except (OSError, ValueError, json.JSONDecodeError):
            shown.append(ShownEvidence(ev.kind, caption, missing=True, source=clean(ev.path, 300)))
    return shown
