"""Line-aware YAML loading and one-line errors naming file, line and field.

Rubric files and campaign files both go through here, so every mistake in
either is reported the same way: `campaign.yaml:12: companies[3].website: not a URL`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from probes.errors import InputError

Loc = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)


class SourceError(InputError):
    """A mistake in an input file; `str()` is one line: `file:line: field: message`."""

    def __init__(self, file: str, line: int | None, field: str, message: str) -> None:
        self.file = file
        self.line = line
        self.field = field
        self.message = " ".join(message.split())
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


def format_loc(loc: Sequence[str | int]) -> str:
    """`("companies", 3, "website")` -> `companies[3].website`."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


@dataclass
class YamlDocument:
    """Parsed YAML plus the 1-based line of every mapping key and sequence item."""

    file: str
    data: Any
    lines: dict[Loc, int] = field(default_factory=dict)

    def line_of(self, loc: Sequence[str | int]) -> int | None:
        """The line of `loc`, or of its nearest ancestor that has one."""
        parts = tuple(loc)
        while parts:
            if parts in self.lines:
                return self.lines[parts]
            parts = parts[:-1]
        return self.lines.get((), None)

    def error(self, loc: Sequence[str | int], message: str) -> SourceError:
        """A `SourceError` pointing at `loc` in this document."""
        return SourceError(self.file, self.line_of(loc), format_loc(loc), message)

    def validate(self, model: type[M], context: dict[str, Any] | None = None) -> M:
        """Validate the document as `model`; the first problem becomes a `SourceError`."""
        try:
            return model.model_validate(self.data, context=context)
        except ValidationError as exc:
            raise self.from_validation(exc) from None

    def from_validation(self, exc: ValidationError, prefix: Loc = ()) -> SourceError:
        """Turn pydantic's first error into a one-line `SourceError`."""
        first = exc.errors(include_url=False)[0]
        loc = prefix + tuple(first["loc"])
        message = str(first["msg"]).removeprefix("Value error, ")
        if first["type"] == "extra_forbidden":
            message = "unknown field"
        elif first["type"] == "missing":
            message = "required field is missing"
        return self.error(loc, message)


def _walk(node: yaml.Node, loc: Loc, lines: dict[Loc, int]) -> Any:
    lines.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = yaml.safe_load(yaml.serialize(key_node)) if key_node.tag else key_node.value
            child = (*loc, str(key))
            lines[child] = key_node.start_mark.line + 1
            out[key] = _walk(value_node, child, lines)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_walk(item, (*loc, i), lines) for i, item in enumerate(node.value)]
    return yaml.safe_load(yaml.serialize(node))


def parse_yaml(text: str, file: str) -> YamlDocument:
    """Parse YAML text, keeping line numbers; syntax errors become `SourceError`s."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "syntax error"
        raise SourceError(file, line, "", f"YAML syntax error: {problem}") from None
    except yaml.YAMLError as exc:
        raise SourceError(file, None, "", f"YAML error: {exc}") from None
    lines: dict[Loc, int] = {}
    data = _walk(root, (), lines) if root is not None else None
    return YamlDocument(file=file, data=data, lines=lines)


def load_yaml(path: Path) -> YamlDocument:
    """Read and parse a YAML file; a missing or unreadable file is a `SourceError`."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourceError(str(path), None, "", f"cannot read file: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise SourceError(str(path), None, "", "file is not UTF-8 text") from None
    return parse_yaml(text, str(path))
