#!/usr/bin/env bash
# Sets up (scripts/setup.sh), then runs the linters, the type checker, the layer contract
# (import-linter: imports point down only, no cycles) and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check --no-cache .
.venv/bin/ruff format --no-cache --check .
.venv/bin/mypy
.venv/bin/lint-imports --no-cache --no-logo
# Two workers (pytest-xdist): the suite mostly waits on Chromium, mail and real-time calls,
# so both cores share the waiting (10 min -> 5.5 min for the non-phone tests at load ~5).
.venv/bin/python -m pytest -q -n 2 --dist loadgroup "$@"
