"""`audit db upgrade`: migrate a workspace's store (SQLite or `AUDIT_DB_URL`) to this version."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from audit.console import console
from audit.options import WorkspaceOpt
from audit.workspace import WorkspaceError
from results.store import DB_URL_ENV, Store, store_url

db_app = typer.Typer(
    help="The store's schema (migrations).", no_args_is_help=True, rich_markup_mode=None
)


@db_app.command("upgrade")
def upgrade(workspace: WorkspaceOpt = Path(".")) -> None:
    """Apply the schema migrations this version has to the workspace's store (keeps all data).

    Run it after upgrading service-audit when a command says the store's schema is
    older; with AUDIT_DB_URL set it upgrades that database. Example: audit db upgrade -w my-audit
    """
    if not workspace.is_dir():
        raise WorkspaceError(f"workspace {workspace} does not exist")
    if DB_URL_ENV not in os.environ and not (workspace / "audit.db").exists():
        raise WorkspaceError(f"no audit.db in {workspace}: nothing to upgrade")
    before, after = Store.upgrade(store_url(workspace.resolve()))
    if before == after:
        console.print(f"store already at schema {after}")
    else:
        console.print(f"store upgraded from schema {before or 'before migrations'} to {after}")
