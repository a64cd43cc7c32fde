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
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, JustifyMethod, RenderableType, RenderResult
from rich.segment import Segment
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
            max((cell_len(line) for line in cell.plain.split("\n")), default=0)
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
    if "\n" not in text.plain and cell_len(text.plain) <= width:
        return text  # fits on one line: the common case, no wrapping pass
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


HEAD_ROWS = 1
"""Rows drawn by rich's Table (heading, rule and these rows); the rest line by line."""


def fitted_table(
    fitted: Fitted, *, title: Text | None = None, max_lines: int = 2
) -> RenderableType:
    """The fitted columns as a table; each row is as many lines as its flexible cell.

    Every column has a fixed width here, so only the title, the heading and the first
    row go through rich's `Table`; the other rows are laid out directly, the same way
    (rich measures every cell of every row: 10,000 companies took ~25 s to print).
    """
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
    rows = [_row_cells(fitted, i, max_lines) for i in range(_row_count(fitted))]
    for cells in rows[:HEAD_ROWS]:
        table.add_row(*cells)
    if len(rows) <= HEAD_ROWS:
        return table
    return Group(table, _Rows(fitted, rows[HEAD_ROWS:]))


def _row_count(fitted: Fitted) -> int:
    return len(fitted.columns[0].cells) if fitted.columns else 0


def _row_cells(fitted: Fitted, i: int, max_lines: int) -> list[Text]:
    cells = []
    for c in fitted.columns:
        cell = c.cells[i]
        if c.flexible:
            cell = clamp_lines(cell, fitted.flexible_width, max_lines)
        cells.append(cell)
    return cells


class _Rows:
    """Table rows laid out as `fitted_table`'s rich Table lays them out: each cell in its
    column's width and style, justified, columns `GAP` cells apart, no edge padding."""

    def __init__(self, fitted: Fitted, rows: list[list[Text]]) -> None:
        self.fitted = fitted
        self.rows = rows

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        columns = self.fitted.columns
        widths = [self.fitted.flexible_width if c.flexible else c.natural for c in columns]
        styles = [console.get_style(c.style) if c.style else None for c in columns]
        right = [not c.flexible and c.justify == "right" for c in columns]
        gap, newline = " " * GAP, Segment.line()
        for cells in self.rows:
            split = [cell.split("\n") if "\n" in cell.plain else [cell] for cell in cells]
            for k in range(max(len(lines) for lines in split)):
                out: list[Segment] = []
                pending = ""  # spaces owed before the next visible text (dropped at line end)
                for j, lines in enumerate(split):
                    if j:
                        pending += gap
                    part = lines[k] if k < len(lines) else None
                    free = widths[j] - (cell_len(part.plain) if part is not None else 0)
                    if right[j]:
                        pending += " " * free
                    if part is not None and part.plain:
                        if pending:
                            out.append(Segment(pending))
                            pending = ""
                        style = styles[j]
                        for seg in part.render(console):
                            joined = (
                                style + seg.style if style and seg.style else style or seg.style
                            )
                            out.append(Segment(seg.text, joined))
                    if not right[j]:
                        pending += " " * free
                yield from out
                yield newline


def _wrap_header(header: str, width: int) -> str:
    """A heading broken at spaces so that no line is wider than its column."""
    lines: list[str] = []
    for word in header.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)
