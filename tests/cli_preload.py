"""Imported only by the fork server of `tests.cli_process`: everything `audit.cli` needs
stays imported except the `audit` package itself (the CLI, its rich consoles sized from
`COLUMNS`), which each process imports afresh from its own environment (~0.1 s)."""

from __future__ import annotations

import sys

import audit.cli
import audit.runner  # noqa: F401  (the CLI imports these on demand; the server once for all)
import probes.website.reanalyze  # noqa: F401
import results.report  # noqa: F401

for _name in list(sys.modules):
    if _name.split(".")[0] == "audit":
        del sys.modules[_name]
