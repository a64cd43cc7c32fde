"""Terminal output shared by every command: consoles, one-line errors, progress bars."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from results.safe_text import strip_control
from results.store_attempts import AttemptRow

# Piped output (CI logs, files) gets a wide table rather than rich's 80-column default.
_PIPED_WIDTH = None if sys.stdout.isatty() or "COLUMNS" in os.environ else 160
console = Console(highlight=False, width=_PIPED_WIDTH)
"""Results (tables, JSON, paths of what was written): stdout."""
err_console = Console(stderr=True, highlight=False)
"""Progress, notes, warnings and errors: stderr, so `audit run > out` holds results only."""


def disable_color() -> None:
    """`--no-color`: plain text on both streams (`NO_COLOR` in the environment does the same)."""
    for c in (console, err_console):
        c.no_color = True


def fail(message: str, code: int = 2) -> None:
    """Print a one-line error (never interpreted as markup) and exit."""
    line = " ".join(strip_control(message).split())
    err_console.print(Text("error: ", style="bold red") + Text(line), soft_wrap=True)
    raise SystemExit(code)


def print_at_width(renderable: object, width: int) -> None:
    """Print on stdout as if the terminal were `width` wide (`--wide`: lines may be
    longer than the screen; rich would otherwise squeeze them)."""
    saved = console.width
    console.width = max(width, saved)
    try:
        console.print(renderable)
    finally:
        console.width = saved


class ProgressReporter:  # implements audit.run_summary.RunReporter
    """A rich progress bar fed by the runner (`RunReporter`)."""

    def __init__(self, progress: Progress, description: str) -> None:
        self.progress = progress
        self.description = description
        self.task = progress.add_task(description, total=None)
        self.outcomes: dict[str, int] = {}

    def total(self, count: int) -> None:
        self.progress.update(self.task, total=count)

    def finished(self, attempt: AttemptRow, outcome: str) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1
        tally = " ".join(f"{k}:{v}" for k, v in sorted(self.outcomes.items()))
        self.progress.update(self.task, advance=1, description=f"{self.description} [{tally}]")

    def note(self, message: str) -> None:
        self.progress.console.print(Text(strip_control(message)), soft_wrap=True)


@contextmanager
def progress_bar(description: str) -> Iterator[ProgressReporter]:
    """A progress bar on stderr (hidden when stderr is not a terminal; notes still print)."""
    progress = Progress(
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err_console,
        disable=not sys.stderr.isatty(),
    )
    with progress:
        yield ProgressReporter(progress, description)
