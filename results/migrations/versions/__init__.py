"""One module per schema revision, oldest first (`0001_baseline` is the schema of 0.1)."""

from __future__ import annotations

import importlib

from sqlalchemy import MetaData


def _0001_tables() -> MetaData:
    """The baseline's frozen tables (its module name starts with a digit: imported by name)."""
    module = importlib.import_module("results.migrations.versions.0001_baseline")
    tables: MetaData = module.baseline
    return tables
