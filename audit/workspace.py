"""Workspaces: the folder an analyst owns, with the campaign, companies, store and evidence."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from results.store import Store, store_url

TEMPLATE_FILES = ("campaign.yaml", "companies.csv")


class WorkspaceError(ValueError):
    """A workspace cannot be created or opened."""


def init_workspace(folder: Path) -> list[Path]:
    """Create `folder` with a commented campaign.yaml, companies.csv and evidence/."""
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


def open_store(workspace: Path) -> Store:
    """The store of a workspace (or `AUDIT_DB_URL`)."""
    if not workspace.is_dir():
        raise WorkspaceError(f"workspace {workspace} does not exist (create one with `audit init`)")
    return Store.open(store_url(workspace.resolve()))
