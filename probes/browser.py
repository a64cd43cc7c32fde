"""Launching Chromium through Playwright: the system build, the right flags, host mapping."""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from pathlib import Path

from playwright.async_api import Browser, async_playwright

from probes.base import ProbeError

# Without these, Chromium keeps dialling Google's hosts, which this closed network refuses.
QUIET_FLAGS = (
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--disable-dev-shm-usage",
)


def find_chromium() -> str | None:
    """The Chromium to use: `AUDIT_CHROMIUM`, else `chromium` on PATH; None for Playwright's own."""
    explicit = os.environ.get("AUDIT_CHROMIUM")
    if explicit:
        if not Path(explicit).exists():
            raise ProbeError(f"AUDIT_CHROMIUM={explicit!r} does not exist")
        return explicit
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def host_resolver_rules(host_map: Mapping[str, str]) -> str:
    """Chromium's --host-resolver-rules value mapping host names (globs allowed) to IPs.

    Order is kept: Chromium applies the first matching rule, so a catch-all
    `{"*": "~NOTFOUND"}` goes last to keep every other host off the network.
    """
    rules = [f"MAP {host} {ip}" for host, ip in host_map.items()]
    return ", ".join(rules)


def launch_args(host_map: Mapping[str, str] | None = None) -> list[str]:
    """Command-line flags for Chromium: quiet networking, no sandbox as root, host mapping."""
    args = list(QUIET_FLAGS)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--no-sandbox")
    if host_map:
        args.append(f"--host-resolver-rules={host_resolver_rules(host_map)}")
    return args


@asynccontextmanager
async def chromium(
    host_map: Mapping[str, str] | None = None, headless: bool = True
) -> AsyncIterator[Browser]:
    """A running headless Chromium, closed on exit."""
    executable = find_chromium()
    async with async_playwright() as pw:
        try:
            browser = await pw.chromium.launch(
                executable_path=executable,
                headless=headless,
                args=launch_args(host_map),
            )
        except Exception as exc:  # Playwright raises its own Error with a long log
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
            raise ProbeError(
                f"could not start Chromium ({executable or 'playwright default'}): {first}"
            ) from exc
        try:
            yield browser
        finally:
            await browser.close()
