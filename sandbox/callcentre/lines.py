"""What each sandbox company does when called: the line's behaviour, as data (lines.yaml).

A line rings, then is busy, never answers, or answers and plays its `flow`: segments
in order, each of which writes its ground truth when its sound actually goes out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from probes.errors import InputError

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Say(BaseModel):
    """A recorded announcement (an IVR prompt)."""

    model_config = _FROZEN
    say: str


class Menu(BaseModel):
    """A DTMF menu: the prompt, the key that goes on; a wrong key or silence repeats it."""

    model_config = _FROZEN
    menu: str
    choice: str = Field(min_length=1, max_length=1)
    timeout_s: float = 6.0
    repeats: int = 2


class Hold(BaseModel):
    """Hold music for `seconds`, with announcements interrupting it now and then."""

    model_config = _FROZEN
    hold: float = Field(gt=0)
    """Seconds on hold."""
    wait_announced: str | None = None
    """Said when the hold starts, e.g. "Your estimated wait time is two minutes."."""
    callback_offer: str | None = None
    """Said after the wait announcement, e.g. "To be called back, press 1"."""
    reassure: str | None = None
    """Said every `reassure_every_s` of music ("Your call is important to us")."""
    reassure_every_s: float = 6.0


class Transfer(BaseModel):
    """ "Please hold while I transfer you", then ringback."""

    model_config = _FROZEN
    transfer: str
    ring_s: float = 2.0


class Agent(BaseModel):
    """A person answers (a different voice) and then listens until the caller hangs up."""

    model_config = _FROZEN
    agent: str
    listen_s: float = 30.0


class Closed(BaseModel):
    """The closed-hours message, then the line hangs up."""

    model_config = _FROZEN
    closed: str


Segment = Say | Menu | Hold | Transfer | Agent | Closed


class Line(BaseModel):
    """One company's phone line."""

    model_config = _FROZEN
    company: str
    answer: Literal["answer", "busy", "no_answer"] = "answer"
    ring_s: float = Field(1.0, ge=0)
    flow: tuple[Segment, ...] = ()


class Lines(BaseModel):
    """Every line of the call centre, by E.164 number; the SIP account it accepts."""

    model_config = _FROZEN
    lines: dict[str, Line]


def load_lines(path: Path | None = None) -> Lines:
    """The lines in `path` (default: the packaged lines.yaml)."""
    path = path or Path(__file__).with_name("lines.yaml")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return Lines.model_validate(raw)
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        first = str(exc).splitlines()[0:3]
        raise InputError(f"{path}: {' '.join(first)}") from None
