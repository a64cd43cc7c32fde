"""Tables that fit the terminal: columns are dropped, never cut.

Rich shrinks a table wider than the console by cutting cells ("8…"). Here every
column but one flexible text column (company names) keeps its natural width;
columns are chosen by priority until the next one would not fit, and the
flexible column takes what is left, wrapped to at most `max_lines` lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rich import box
from rich.console import Console, JustifyMethod
from rich.table import Table
from rich.text import Text

GAP = 2
"""Columns are separated by one space of padding on each side (edges unpadded)."""


@dataclass
class Column:
    """One candidate column: its heading, its cells (one per row) and how much it matters.

    `priority` 0 is always shown (unless `droppable` and nothing else fits); higher
    numbers are added in order while they fit. `flexible` marks the one text
    column that wraps into the space left.
    """

    header: str
    cells: list[Text]
    justify: JustifyMethod = "right"
    priority: int = 0
    flexible: bool = False
    droppable: bool = False
    style: str = ""
    label: str = ""
    natural: int = field(init=False)

    def __post_init__(self) -> None:
        words = self.header.split() or [""]
        widths = [max(len(w) for w in words)] + [
            max((Text(line).cell_len for line in cell.plain.split("\n")), default=0)
            for cell in self.cells
        ]
        self.natural = max(widths)


@dataclass(frozen=True)
class Fitted:
    """The columns chosen for a width, the flexible column's width, and what was dropped."""

    columns: list[Column]
    flexible_width: int
    dropped: list[Column]

    @property
    def width(self) -> int:
        """The table's total width in cells."""
        return total_width(self.columns, self.flexible_width)


def total_width(columns: Sequence[Column], flexible_width: int) -> int:
    """Cells a table of `columns` takes, the flexible one at `flexible_width`."""
    body = sum(flexible_width if c.flexible else c.natural for c in columns)
    return body + GAP * max(len(columns) - 1, 0)


def fit(
    columns: Sequence[Column],
    width: int | None,
    *,
    flexible_min: int = 16,
    flexible_preferred: int = 28,
) -> Fitted:
    """Choose columns for `width` (None: every column at natural width).

    Optional columns are added by priority while the flexible column keeps
    `flexible_preferred` cells (or its natural width, if smaller); the first that
    does not fit stops the search, so what is shown is predictable. Required
    columns marked `droppable` go, last first, when even they do not fit.
    """
    flexible = next((c for c in columns if c.flexible), None)
    natural_flex = flexible.natural if flexible else 0
    if width is None:
        return Fitted(list(columns), natural_flex, [])
    least = min(natural_flex, flexible_min)
    want = min(natural_flex, max(flexible_preferred, least))
    chosen = [c for c in columns if c.priority == 0]
    dropped: list[Column] = []
    while total_width(chosen, least) > width:
        droppable = [c for c in chosen if c.droppable]
        if not droppable:
            break
        chosen.remove(droppable[-1])
        dropped.insert(0, droppable[-1])
    optional = sorted((c for c in columns if c.priority > 0), key=lambda c: c.priority)
    for column in optional:
        if total_width([*chosen, column], want) > width:
            dropped.extend(c for c in optional if c not in chosen)
            break
        chosen.append(column)
    order = {id(c): i for i, c in enumerate(columns)}
    chosen.sort(key=lambda c: order[id(c)])
    rest = width - total_width(chosen, 0)
    flex_width = max(least, min(natural_flex, rest)) if flexible else 0
    return Fitted(chosen, flex_width, dropped)


def clamp_lines(text: Text, width: int, max_lines: int) -> Text:
    """`text` wrapped to `width`, at most `max_lines` lines. A longer text keeps its start
    and its end around a '…' (names often differ only at the end: "… Outdoor 12")."""
    console = Console(width=max(width, 1), color_system=None)
    lines = text.wrap(console, max(width, 1), overflow="fold")
    if len(lines) <= max_lines:
        return Text("\n").join(lines)
    tail = max(min(width // 2, 12), 1)
    keep = max_lines * width - tail - 1
    while keep > 0:
        short = text[:keep] + Text("…") + text[len(text) - tail :]
        lines = short.wrap(console, max(width, 1), overflow="fold")
        if len(lines) <= max_lines:
            return Text("\n").join(lines)
        keep -= 1
    return text[: max(width - 1, 0)] + Text("…")


def fitted_table(fitted: Fitted, *, title: Text | None = None, max_lines: int = 2) -> Table:
    """A rich table of the fitted columns; each row is as many lines as its flexible cell."""
    table = Table(
        title=title,
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        collapse_padding=True,
    )
    for c in fitted.columns:
        if c.flexible:
            table.add_column(
                c.header, width=fitted.flexible_width, no_wrap=False, overflow="fold", style=c.style
            )
        else:
            table.add_column(
                _wrap_header(c.header, c.natural),
                justify=c.justify,
                width=c.natural,
                no_wrap=True,
                style=c.style,
            )
    rows = len(fitted.columns[0].cells) if fitted.columns else 0
    for i in range(rows):
        cells = []
        for c in fitted.columns:
            cell = c.cells[i]
            if c.flexible:
                cell = clamp_lines(cell, fitted.flexible_width, max_lines)
            cells.append(cell)
        table.add_row(*cells)
    return table


def _wrap_header(header: str, width: int) -> str:
    """A heading broken at spaces so that no line is wider than its column."""
    lines: list[str] = []
    for word in header.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)
