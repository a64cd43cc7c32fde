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


MAX_DEPTH = 64
"""Deepest nesting of mappings and sequences accepted (real campaign files are ~6 deep)."""
MAX_ALIAS_NODES = 10_000
"""Nodes an alias may repeat in all (a "billion laughs" file repeats ~10^9)."""


class _Budget:
    """What one document may still cost: repeated (aliased) nodes, and the current path."""

    def __init__(self, file: str, constructor: yaml.constructor.SafeConstructor) -> None:
        self.file = file
        self.construct = constructor.construct_object
        self.seen: set[int] = set()
        self.repeats = 0
        self.path: set[int] = set()

    def visit(self, node: yaml.Node) -> None:
        if id(node) in self.path:
            raise self._error(node, "an alias refers to a node that contains it")
        if id(node) in self.seen:
            self.repeats += 1
            if self.repeats > MAX_ALIAS_NODES:
                raise self._error(
                    node, f"aliases expand to more than {MAX_ALIAS_NODES:,} nodes; refused"
                )
        self.seen.add(id(node))

    def _error(self, node: yaml.Node, message: str) -> SourceError:
        return SourceError(self.file, node.start_mark.line + 1, "", message)


class _DepthLimitedLoader(yaml.SafeLoader):
    """PyYAML's safe loader whose composer refuses nesting deeper than `MAX_DEPTH`.

    The composer recurses once per level, so without a bound a deeply nested file
    ends in a RecursionError instead of a one-line error.
    """

    depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                line = self.peek_event().start_mark.line + 1
                raise SourceError(self.name, line, "", f"nested deeper than {MAX_DEPTH} levels")
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _walk(node: yaml.Node, loc: Loc, lines: dict[Loc, int], budget: _Budget) -> Any:
    budget.visit(node)
    lines.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode | yaml.SequenceNode):
        budget.path.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                return [_walk(item, (*loc, i), lines, budget) for i, item in enumerate(node.value)]
            out: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = budget.construct(key_node, deep=True) if key_node.tag else key_node.value
                if key in out:
                    line = key_node.start_mark.line + 1
                    raise SourceError(budget.file, line, format_loc(loc), f"duplicate key '{key}'")
                child = (*loc, str(key))
                lines[child] = key_node.start_mark.line + 1
                out[key] = _walk(value_node, child, lines, budget)
            return out
        finally:
            budget.path.discard(id(node))
    return budget.construct(node, deep=True)


def parse_yaml(text: str, file: str) -> YamlDocument:
    """Parse YAML text, keeping line numbers; syntax errors become `SourceError`s.

    Duplicate keys, aliases that expand past `MAX_ALIAS_NODES` and nesting deeper
    than `MAX_DEPTH` are refused with one line each.
    """
    loader = _DepthLimitedLoader(text)
    loader.name = file
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "syntax error"
        raise SourceError(file, line, "", f"YAML syntax error: {problem}") from None
    except yaml.YAMLError as exc:
        raise SourceError(file, None, "", f"YAML error: {exc}") from None
    lines: dict[Loc, int] = {}
    try:
        data = _walk(root, (), lines, _Budget(file, loader)) if root is not None else None
    except yaml.constructor.ConstructorError as exc:  # e.g. a tag safe loading refuses
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise SourceError(file, line, "", f"YAML error: {exc.problem or exc}") from None
    finally:
        loader.dispose()
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
