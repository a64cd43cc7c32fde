"""tests/audit/test_runner.py (retries, resumes, planning) run again on PostgreSQL."""

from __future__ import annotations

import pytest

from tests.audit.test_runner import *  # noqa: F403

pytestmark = pytest.mark.usefixtures("on_postgres")
