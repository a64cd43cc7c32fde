"""Settings layer with priority defaults < campaign < environment < CLI flag."""

from __future__ import annotations

import pytest

from audit.settings import RunSettings, layered_settings
from probes.yaml_source import SourceError


def test_defaults() -> None:
    assert layered_settings({}, {}, environ={}) == RunSettings()


def test_priority_order() -> None:
    settings = layered_settings(
        {"concurrency": 2, "retries": 1, "max_pages": 3},
        {"concurrency": 8},
        environ={"AUDIT_CONCURRENCY": "5", "AUDIT_RETRIES": "4"},
    )
    assert settings.concurrency == 8  # CLI wins
    assert settings.retries == 4  # environment beats campaign
    assert settings.max_pages == 3  # campaign beats default


def test_cli_none_means_not_given() -> None:
    assert layered_settings({"concurrency": 3}, {"concurrency": None}, environ={}).concurrency == 3


def test_bad_environment_value_names_the_variable() -> None:
    with pytest.raises(SourceError) as info:
        layered_settings({}, {}, environ={"AUDIT_CONCURRENCY": "many"})
    assert info.value.file == "environment"
    assert info.value.field == "AUDIT_CONCURRENCY"
