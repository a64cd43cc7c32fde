"""Load and validate rubric YAML files; every mistake is a one-line `SourceError`.

name: StellaService-style default
description: ...
scale_note: optional, shown under leaderboards
channels:
  email:
    weight: 20
    key_metric: email.first_response_s
    criteria:
      - {id: fast, metric: email.first_response_s, weight: 3,
         scorer: {type: thresholds, steps: [{at_most: 3600, score: 1}], otherwise: 0}}
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from probes.base import Channel
from probes.metrics import METRICS
from probes.yaml_source import Loc, SourceError, YamlDocument, load_yaml, parse_yaml
from rubrics.interface import ChannelRubric, Criterion, Rubric
from rubrics.scorers import SCORER_TYPES, accepts

SHIPPED_DIR = Path(__file__).resolve().parent
SHIPPED = ("default", "demo")
"""Rubrics shipped with the package, loadable by name."""


class _ChannelSection(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    weight: float = Field(ge=0, allow_inf_nan=False)
    key_metric: str | None = None
    criteria: tuple[Criterion, ...] = Field(min_length=1)


class _RubricFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1)
    description: str
    scale_note: str | None = None
    channels: dict[str, _ChannelSection] = Field(min_length=1)


def shipped_path(name: str) -> Path:
    """The path of a rubric shipped with the package (`default` or `demo`)."""
    return SHIPPED_DIR / f"{name}.yaml"


def load_rubric(path: Path | str | None = None) -> Rubric:
    """Load a rubric file; None means the shipped default, `default`/`demo` name shipped ones."""
    if path is None:
        path = shipped_path("default")
    elif str(path) in SHIPPED and not Path(path).exists():
        path = shipped_path(str(path))
    doc = load_yaml(Path(path))
    return _build(doc, str(path))


def parse_rubric(text: str, file: str = "<rubric>") -> Rubric:
    """Parse rubric YAML given as text (`file` names it in errors)."""
    return _build(parse_yaml(text, file), file)


def content_hash(data: object) -> str:
    """sha256 of canonical JSON of the parsed file: comments and layout do not count."""
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _validation_error(doc: YamlDocument, exc: ValidationError) -> SourceError:
    first = exc.errors(include_url=False)[0]
    raw = list(first["loc"])
    # pydantic puts the union tag into the location (`scorer.thresholds.steps`):
    # drop it so the location matches the file.
    loc: list[str | int] = []
    for part in raw:
        if loc and loc[-1] == "scorer" and part in SCORER_TYPES:
            continue
        loc.append(part)
    message = str(first["msg"]).removeprefix("Value error, ")
    if first["type"] == "extra_forbidden":
        message = "unknown field"
    elif first["type"] == "missing":
        message = "required field is missing"
    elif first["type"] == "union_tag_invalid":
        message = f"unknown scorer type; expected one of {', '.join(SCORER_TYPES)}"
    return doc.error(tuple(loc), message)


def _check_channel(doc: YamlDocument, channel: Channel, section: _ChannelSection) -> None:
    base: Loc = ("channels", channel.value)
    seen: set[str] = set()
    for i, criterion in enumerate(section.criteria):
        at: Loc = (*base, "criteria", i)
        metric = METRICS.get(criterion.metric)
        if metric is None:
            raise doc.error((*at, "metric"), f"unknown metric {criterion.metric!r}")
        if metric.channel != channel:
            raise doc.error(
                (*at, "metric"),
                f"metric {criterion.metric!r} belongs to channel {metric.channel.value!r}, "
                f"not {channel.value!r}",
            )
        if criterion.id in seen:
            raise doc.error((*at, "id"), f"duplicate criterion id {criterion.id!r}")
        seen.add(criterion.id)
        if not accepts(criterion.scorer, metric.kind):
            raise doc.error(
                (*at, "scorer"),
                f"scorer {criterion.scorer.type!r} cannot score {metric.kind} "
                f"metric {criterion.metric!r}",
            )
    if not any(c.weight > 0 for c in section.criteria):
        raise doc.error((*base, "criteria"), "at least one criterion needs a positive weight")
    key = section.key_metric
    if key is not None and (key not in METRICS or METRICS[key].channel != channel):
        raise doc.error(
            (*base, "key_metric"), f"{key!r} is not a metric of channel {channel.value!r}"
        )


def _build(doc: YamlDocument, source: str) -> Rubric:
    try:
        parsed = _RubricFile.model_validate(doc.data)
    except ValidationError as exc:
        raise _validation_error(doc, exc) from None
    channels: dict[Channel, ChannelRubric] = {}
    for name, section in parsed.channels.items():
        try:
            channel = Channel(name)
        except ValueError:
            known = ", ".join(c.value for c in Channel)
            raise doc.error(
                ("channels", name), f"unknown channel; expected one of {known}"
            ) from None
        _check_channel(doc, channel, section)
        channels[channel] = ChannelRubric(
            channel=channel,
            weight=section.weight,
            key_metric=section.key_metric,
            criteria=section.criteria,
        )
    return Rubric(
        name=parsed.name,
        description=parsed.description,
        scale_note=parsed.scale_note,
        channels=channels,
        content_hash=content_hash(doc.data),
        source=source,
    )
