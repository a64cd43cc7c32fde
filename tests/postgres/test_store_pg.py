"""tests/audit/test_store.py and test_transitions.py, run again on PostgreSQL (see conftest.py)."""

from __future__ import annotations

import pytest

from tests.audit.test_store import *  # noqa: F403
from tests.audit.test_transitions import *  # noqa: F403

del test_sqlite_file_uses_wal  # type: ignore[name-defined]  # noqa: F821 (SQLite's journal mode)

pytestmark = pytest.mark.usefixtures("on_postgres")
