"""Run settings, layered with clear priority: defaults < campaign file < environment < CLI flag."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from probes.yaml_source import SourceError


class RunSettings(BaseModel):
    """How a campaign runs. Every field can be set in the campaign's `settings:`,
    as `AUDIT_<FIELD>` in the environment, or by a CLI flag (highest priority)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    concurrency: int = Field(4, ge=1, le=64, description="attempts probed at once")
    per_host_delay_s: float = Field(
        1.0, ge=0, description="politeness: minimum gap between visits to one host"
    )
    navigation_timeout_s: float = Field(20.0, gt=0, description="bound on one page load")
    attempt_timeout_s: float = Field(120.0, gt=0, description="bound on one whole attempt")
    retries: int = Field(
        2, ge=0, le=10, description="re-tries of an attempt that failed on our side"
    )
    max_pages: int = Field(8, ge=1, le=50, description="pages the website probe may visit")
    screenshots: bool = Field(True, description="keep screenshots as evidence")
    headless: bool = Field(True, description="run Chromium without a window")
    host_map: dict[str, str] = Field(
        default_factory=dict,
        description="host-name glob -> IP for Chromium (e.g. a staging site on 127.0.0.1)",
    )
    allowed_hosts: list[str] = Field(
        default_factory=list,
        description="host globs the website probe may follow besides the company's own domain",
    )
    allow_private_hosts: list[str] = Field(
        default_factory=list,
        description="host globs or networks the browser may reach on loopback/private addresses",
    )
    canary_urls: list[str] = Field(
        default_factory=list,
        description="reference sites that tell our network outage from a company's",
    )
    user_agent: str | None = Field(
        None, description="the browser's User-Agent (default: desktop Chrome of its version)"
    )


ENV_PREFIX = "AUDIT_"
_NOT_FROM_ENV = frozenset({"host_map", "allowed_hosts", "allow_private_hosts", "canary_urls"})
"""Mappings and lists: set in the campaign file only."""


def _from_env(environ: Mapping[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in RunSettings.model_fields:
        key = ENV_PREFIX + name.upper()
        if key in environ and name not in _NOT_FROM_ENV:
            out[name] = environ[key]
    return out


def layered_settings(
    campaign: Mapping[str, Any] | None = None,
    cli: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> RunSettings:
    """Merge the layers; a bad value names the layer and field in one line."""
    environ = os.environ if environ is None else environ
    layers: list[tuple[str, Mapping[str, Any]]] = [
        ("campaign settings", campaign or {}),
        ("environment", _from_env(environ)),
        ("command line", {k: v for k, v in (cli or {}).items() if v is not None}),
    ]
    merged: dict[str, Any] = {}
    for where, layer in layers:
        merged.update(layer)
        try:
            RunSettings.model_validate(merged)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            field = ".".join(str(p) for p in first["loc"])
            env_name = ENV_PREFIX + field.upper() if where == "environment" else ""
            label = env_name or field
            raise SourceError(where, None, label, str(first["msg"])) from None
    return RunSettings.model_validate(merged)


SettingLayer = str
"""Where a setting's value came from: `default`, `campaign`, `environment` or `flag`."""


def effective_settings(
    campaign: Mapping[str, Any] | None = None,
    cli: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> dict[str, tuple[Any, SettingLayer]]:
    """Every setting's effective value and the layer it came from (`audit config`)."""
    environ = os.environ if environ is None else environ
    settings = layered_settings(campaign, cli, environ)
    env = _from_env(environ)
    out: dict[str, tuple[Any, SettingLayer]] = {}
    for name in RunSettings.model_fields:
        if cli is not None and cli.get(name) is not None:
            layer = "flag"
        elif name in env:
            layer = "environment"
        elif campaign is not None and name in campaign:
            layer = "campaign"
        else:
            layer = "default"
        out[name] = (getattr(settings, name), layer)
    return out
