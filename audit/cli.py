"""The `audit` command line: run campaigns, follow them, judge and rank what they saw."""

from __future__ import annotations

from importlib.metadata import version as package_version
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text
from sqlalchemy.exc import SQLAlchemyError

from audit import (
    cli_metrics,
    cli_plan,
    cli_reanalyze,
    cli_report,
    cli_results,
    cli_run,
    cli_show,
    cli_status,
)
from audit.cli_db import db_app
from audit.cli_logs import phone_app, returns_app
from audit.console import disable_color, err_console, fail
from audit.fleet import cli as fleet_cli
from audit.workspace import init_workspace
from probes.errors import AuditError, InputError

app = typer.Typer(
    help="Mystery-shopping audits of customer service: probe, time, score and rank companies.\n\n"
    "Start with `audit demo`, or `audit init my-audit` and `audit run my-audit/campaign.yaml`.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    epilog="Exit codes: 0 done; 1 done with rejected input rows (imports); 2 bad input "
    "(file, line and field named); 3 our side failed (browser, mail server, database); "
    "130 interrupted (run it again to resume).",
)
sandbox_app = typer.Typer(
    help="The built-in sandbox world of simulated companies.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"audit (service-audit) {package_version('service-audit')}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="No colours (also: NO_COLOR=1 in the environment).")
    ] = False,
) -> None:
    """Options for every command."""
    if no_color:
        disable_color()


@app.command()
def demo(
    workspace: Annotated[
        Path, typer.Option("--workspace", "-w", help="Where the demo's data lands.")
    ] = Path("demo-workspace"),
    concurrency: Annotated[int, typer.Option(help="Attempts probed at once.")] = 4,
) -> None:
    """Start the sandbox world, audit it, score it and print the leaderboard.

    Everything runs on loopback; nothing leaves this machine.
    """
    _demo_module().run_demo(workspace, concurrency)


def _demo_module() -> Any:
    """`audit.demo`, which needs the sandbox extra; a one-line error when it is missing."""
    try:
        from audit import demo as demo_module
    except ImportError as exc:
        raise InputError(
            f"the sandbox world is not installed ({exc.name} missing): "
            "pip install 'service-audit[sandbox]'"
        ) from exc
    return demo_module


@app.command()
def init(
    folder: Annotated[Path, typer.Argument(help="Folder to create (must be empty or new).")],
) -> None:
    """Scaffold a workspace: a commented campaign.yaml, a companies.csv and a data folder.

    Example: audit init my-audit && audit run my-audit/campaign.yaml
    """
    created = init_workspace(folder)
    for path in created:
        err_console.print(Text("created ") + Text(str(path), style="green"))
    err_console.print(
        Text(f"next: edit {folder}/companies.csv, then: audit run {folder}/campaign.yaml")
    )


@sandbox_app.command("serve")
def sandbox_serve(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (0 = any free one).")] = 0,
    latency_ms: Annotated[
        float, typer.Option(help="Delay every response, like a site across a network.")
    ] = 0.0,
) -> None:
    """Serve the sandbox websites for a person to browse (Ctrl-C to stop).

    Example: audit sandbox serve --port 8080 --latency-ms 80
    """
    _demo_module().serve_sandbox(port, latency_ms)


# Registered here so `audit --help` lists the commands in the order of a campaign.
cli_run.register(app)
cli_status.register(app)
cli_plan.register(app)
cli_results.register(app)
cli_metrics.register(app)
cli_show.register(app)
cli_reanalyze.register(app)
cli_report.register(app)
app.add_typer(phone_app, name="phone")
app.add_typer(returns_app, name="returns")
app.add_typer(sandbox_app, name="sandbox")
app.add_typer(db_app, name="db")
fleet_cli.register(app)  # `audit worker` (its Celery stack is imported when it starts)


def main() -> None:
    """Entry point: runs the app and turns known failures into one-line errors."""
    try:
        app()
    except SystemExit as exc:
        if exc.code == 130:  # typer turns Ctrl-C into exit 130
            fail("interrupted; run the same command again to resume", code=130)
        raise
    except AuditError as exc:
        fail(exc.one_line(), code=exc.exit_code)
    except SQLAlchemyError as exc:
        detail = getattr(exc, "orig", None) or exc
        fail(f"database error: {' '.join(str(detail).split())[:300]}")
    except OSError as exc:
        fail(f"{exc.strerror or type(exc).__name__}: {exc.filename or ''}".rstrip(": "))
    except KeyboardInterrupt:
        fail("interrupted; run the same command again to resume", code=130)
