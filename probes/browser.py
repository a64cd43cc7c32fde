"""Launching Chromium through Playwright: the system build, the right flags, and every
connection through the egress guard (host mapping, no private addresses)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import weakref
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from playwright.async_api import Browser, async_playwright

from probes.base import ProbeError
from probes.egress import EgressGuard, EgressPolicy

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


def chrome_major_version(executable: str | None) -> str | None:
    """The major version of the Chromium at `executable` (`chromium --version`), or None."""
    if executable is None:
        return None
    try:
        out = subprocess.run(
            [executable, "--version"], capture_output=True, text=True, timeout=30, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    found = re.search(r"\b(\d+)\.\d+\.\d+\.\d+\b", out)
    return found.group(1) if found else None


def desktop_user_agent(major: str) -> str:
    """The User-Agent of the regular desktop Chrome `major` on Linux (reduced form, as
    Chrome sends it), without the "HeadlessChrome" that gives a headless browser away."""
    return (
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        f"Chrome/{major}.0.0.0 Safari/537.36"
    )


def launch_args(proxy_server: str, user_agent: str | None = None) -> list[str]:
    """Command-line flags for Chromium: quiet networking, every connection through the
    egress guard (loopback too), no WebRTC around it, no sandbox as root."""
    args = [
        *QUIET_FLAGS,
        f"--proxy-server={proxy_server}",
        "--proxy-bypass-list=<-loopback>",  # loopback is not exempt from the guard
        "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--no-sandbox")
    if user_agent:
        args.append(f"--user-agent={user_agent}")
    return args


_GUARDS: weakref.WeakKeyDictionary[Browser, EgressGuard] = weakref.WeakKeyDictionary()


def egress_guard(browser: Browser | None) -> EgressGuard | None:
    """The guard every connection of `browser` goes through (None for a browser not
    started by `chromium`)."""
    return None if browser is None else _GUARDS.get(browser)


@asynccontextmanager
async def chromium(
    host_map: Mapping[str, str] | None = None,
    headless: bool = True,
    allow_private_hosts: Sequence[str] = (),
    user_agent: str | None = None,
) -> AsyncIterator[Browser]:
    """A running headless Chromium behind an `EgressGuard`, closed on exit.

    `host_map` maps host globs to addresses (`~NOTFOUND` for none), first match first;
    hosts it pins may be reached even on private addresses, and so may the host globs
    and networks in `allow_private_hosts`; nothing else non-public is ever reached.
    `user_agent` defaults to the regular desktop Chrome of this Chromium's version.
    Pages may not open popups (Chromium's popup blocker stays on).
    """
    executable = find_chromium()
    if user_agent is None:
        major = chrome_major_version(executable)
        user_agent = desktop_user_agent(major) if major else None
    try:
        guard = EgressGuard(EgressPolicy.of(host_map, allow_private_hosts)).start()
    except OSError as exc:
        raise ProbeError(f"could not start the egress guard: {exc}") from exc
    try:
        async with async_playwright() as pw:
            browser: Browser | None = None
            try:
                browser = await pw.chromium.launch(
                    executable_path=executable,
                    headless=headless,
                    args=launch_args(guard.proxy_server, user_agent),
                    ignore_default_args=["--disable-popup-blocking"],
                )
            except Exception as exc:  # Playwright raises its own Error with a long log
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
                raise ProbeError(
                    f"could not start Chromium ({executable or 'playwright default'}): {first}"
                ) from exc
            _GUARDS[browser] = guard
            try:
                yield browser
            finally:
                await browser.close()
    finally:
        guard.stop()
