"""Command-line options shared by several `audit` commands."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

WorkspaceOpt = Annotated[
    Path,
    typer.Option(
        "--workspace",
        "-w",
        envvar="AUDIT_WORKSPACE",
        help="Workspace folder (holds audit.db and evidence/).",
    ),
]
CampaignOpt = Annotated[
    str | None, typer.Option("--campaign", "-c", help="Campaign id (default: the latest).")
]
RubricOpt = Annotated[
    Path | None, typer.Option("--rubric", "-r", help="Rubric YAML (default: the campaign's).")
]
PeriodOpt = Annotated[
    str | None,
    typer.Option("--period", "-p", help="Period label (default: the latest campaign's period)."),
]

# The run settings a flag may set (`audit run` and `audit config` take the same ones).
ConcurrencyOpt = Annotated[int | None, typer.Option(help="Attempts probed at once.")]
PerHostDelayOpt = Annotated[float | None, typer.Option(help="Seconds between visits to one host.")]
NavigationTimeoutOpt = Annotated[float | None, typer.Option(help="Page-load bound, s.")]
RetriesOpt = Annotated[int | None, typer.Option(help="Retries of our own failures.")]
HeadlessOpt = Annotated[bool | None, typer.Option("--headless/--headed")]


def setting_flags(
    concurrency: int | None,
    per_host_delay: float | None,
    navigation_timeout: float | None,
    retries: int | None,
    headless: bool | None,
) -> dict[str, object]:
    """The run settings' flag layer by setting name (None: the flag was not given)."""
    return {
        "concurrency": concurrency,
        "per_host_delay_s": per_host_delay,
        "navigation_timeout_s": navigation_timeout,
        "retries": retries,
        "headless": headless,
    }


class OutputFormat(StrEnum):
    """How a command prints its table: for people, or for other programs."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


FormatOpt = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="table (default), json, csv or markdown; results go to stdout, notes to stderr.",
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Same as --format json.")]


def output_format(fmt: OutputFormat | None, as_json: bool = False) -> OutputFormat:
    """The format asked for: `--format`, else `--json`, else a table."""
    if fmt is not None:
        return fmt
    return OutputFormat.JSON if as_json else OutputFormat.TABLE
