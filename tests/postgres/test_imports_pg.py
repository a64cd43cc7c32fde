"""The log imports that write the store (tests/imports), run again on PostgreSQL."""

from __future__ import annotations

import pytest

from tests.imports.test_batches import *  # noqa: F403
from tests.imports.test_call_import import *  # noqa: F403
from tests.imports.test_log_store import *  # noqa: F403
from tests.imports.test_returns_import import *  # noqa: F403
from tests.imports.test_sandbox_logs import *  # noqa: F403

pytestmark = pytest.mark.usefixtures("on_postgres")
