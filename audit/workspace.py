"""Workspaces: the folder an analyst owns, with the campaign, companies, store and evidence."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from probes.errors import InputError
from results.store import DB_URL_ENV, Store, store_url

TEMPLATE_FILES = ("campaign.yaml", "companies.csv")


class WorkspaceError(InputError):
    """A workspace cannot be created or opened."""


def init_workspace(folder: Path) -> list[Path]:
    """Create `folder` with a commented campaign.yaml, companies.csv and evidence/."""
    if folder.exists() and not folder.is_dir():
        raise WorkspaceError(f"{folder} is a file; choose a new folder")
    if folder.exists() and any(folder.iterdir()):
        raise WorkspaceError(f"{folder} is not empty; choose a new folder")
    folder.mkdir(parents=True, exist_ok=True)
    created: list[Path] = []
    templates = resources.files("audit") / "templates"
    for name in TEMPLATE_FILES:
        path = folder / name
        path.write_text((templates / name).read_text(encoding="utf-8"), encoding="utf-8")
        created.append(path)
    evidence = folder / "evidence"
    evidence.mkdir()
    created.append(evidence)
    store = Store.open(store_url(folder))
    store.close()
    created.append(folder / "audit.db")
    return created


def open_store(workspace: Path, create: bool = False) -> Store:
    """The store of a workspace (or `AUDIT_DB_URL`); only `create` makes a new one."""
    if not workspace.is_dir():
        raise WorkspaceError(f"workspace {workspace} does not exist (create one with `audit init`)")
    if not create and DB_URL_ENV not in os.environ and not (workspace / "audit.db").exists():
        raise WorkspaceError(
            f"no audit.db in {workspace}: run a campaign there first, or point --workspace "
            "at the folder that holds one"
        )
    return Store.open(store_url(workspace.resolve()))
