"""The `audit metrics` command: the metric contract (every metric name with its channel,
unit and meaning) as a table on wide terminals, a list on narrow ones."""

from __future__ import annotations

import typer
from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from audit.console import console
from audit.formats import emit
from audit.options import FormatOpt, OutputFormat, output_format
from audit.records import metrics_records
from probes.metrics import METRICS


def register(app: typer.Typer) -> None:
    """Add the `metrics` command to the `audit` app."""

    @app.command()
    def metrics(fmt: FormatOpt = None) -> None:
        """Every metric name with its channel, unit and meaning (the export contract)."""
        chosen = output_format(fmt)
        if chosen is not OutputFormat.TABLE:
            emit(chosen, records=metrics_records(), title="metrics")
            return
        console.print(metrics_table() if console.width >= 120 else metrics_list())


def metrics_table() -> Table:
    """The metric contract as a table (wide terminals)."""
    longest = max(len(name) for name in METRICS)
    table = Table(title="metrics", box=box.SIMPLE_HEAD)
    table.add_column("name", no_wrap=True, min_width=longest)
    table.add_column("unit", no_wrap=True)
    table.add_column("source", no_wrap=True)
    table.add_column("better", no_wrap=True)
    table.add_column("meaning", overflow="fold", ratio=2)
    table.add_column("accuracy", overflow="fold", ratio=1)
    for m in METRICS.values():
        table.add_row(m.name, m.kind, m.source, m.better or "", m.meaning, m.accuracy)
    return table


def metrics_list() -> Group:
    """The metric contract as a list (narrow terminals): name, unit and source on one
    line, meaning and accuracy indented under it."""
    lines: list[Text] = [Text("metrics", style="bold")]
    for m in METRICS.values():
        better = f" · {m.better} is better" if m.better else ""
        lines.append(
            Text(m.name, style="bold") + Text(f"  {m.kind} · {m.source}{better}", style="dim")
        )
        lines.append(Text("  " + m.meaning))
        if m.accuracy:
            lines.append(Text("  accuracy: " + m.accuracy, style="dim"))
    return Group(*lines)
