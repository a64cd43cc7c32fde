"""Command-line options shared by several `audit` commands."""

from __future__ import annotations

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
