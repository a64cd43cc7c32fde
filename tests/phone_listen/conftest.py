"""The listener's tests synthesise calls with espeak-ng and sox (scripts/setup.sh)."""

from __future__ import annotations

import pytest

from tests.phone_listen.calls import tools_present


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if tools_present():
        return
    skip = pytest.mark.skip(reason="espeak-ng and sox are needed (run scripts/setup.sh)")
    for item in items:
        if "phone_listen" in str(item.path):
            item.add_marker(skip)
