"""Suite-wide test tiers: markers applied from what a test uses.

A test is marked `browser` when it, any fixture it uses (directly or through other
fixtures) or a helper function of `tests` they call launches Chromium or runs the
`audit` command that probes websites; `mail` when it starts Dovecot, the sandbox's
SMTP world or an SMTP server; `server` when it starts PostgreSQL or Redis;
`terminal` when it drives the CLI in a terminal (tmux, or a pseudo-terminal of a
given size). `phone` is set by the SIP test modules. A test with none of these is
marked `fast`. Test files need no markers of their own, so the fast tier stays right
as tests are added:

    pytest -m fast -n 2      # no Chromium, Dovecot, SIP calls, servers or terminals

When a run deselects a tier, that component is made unavailable (`AUDIT_CHROMIUM`,
`AUDIT_DOVECOT` point nowhere), so a test that needs it but escaped the markers fails
with a message naming the component instead of silently slowing the fast tier.
"""

from __future__ import annotations

import inspect
import os
import re
import sys
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

import pytest

# An environment with PYTHONDONTWRITEBYTECODE set would have every test process, and every
# CLI process a test starts, compile each module from source again (a third of the fast
# tier's time): bytecode is cached in __pycache__ (git-ignored) for the test run.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False

# pytest-xdist gives its workers COLUMNS=80 (and LINES); a serial run has neither. Drop
# them before anything makes a console, so output is as wide in both (audit/console.py).
if os.environ.get("PYTEST_XDIST_WORKER"):
    os.environ.pop("COLUMNS", None)
    os.environ.pop("LINES", None)

# What in a test's or a fixture's source means it needs the component.
# A command line is recognised by the name of what runs it and the subcommand on one line,
# e.g. `_audit("run", path)`, `[*command, "collect", path]`, `invoke(app, ["demo"])`.
CLI = r"(?:audit|command|invoke|main)\b[^\n]*"
BROWSER_USE = re.compile(
    r"\bchromium\(|\bsubmit_contact_form\(|\bChatProbe\(|\bWebsiteProbe\(|\bReturnsProbe\("
    r"|\brun_demo\(|\bRunner\("
    rf"|{CLI}[\"'](?:run|demo)[\"']"
)
MAIL_USE = re.compile(
    r"\bDovecotRig\(|\bSandboxMail\(|\bController\(|\bSMTP\(|\bimap_account\("
    rf"|{CLI}[\"'](?:collect|demo)[\"']"
)
SERVER_USE = re.compile(r"\bpg_server\b|\bredis_url\b|\brunning_postgres\(|\brunning_redis\(")
TERMINAL_USE = re.compile(r"\bTmux\(|\bterminal=\(")
COMPONENT_TIERS = ("browser", "mail", "phone", "server", "terminal", "slow")
"""Tests marked with any of these are outside the `fast` tier (`slow`: marked by hand)."""
# Fixtures known to hold the component, wherever they are defined.
BROWSER_FIXTURES = frozenset({"browser", "chat_browser", "chats", "sandbox_browser"})
MAIL_FIXTURES = frozenset({"rig", "sandbox_mail", "mail"})
SERVER_FIXTURES = frozenset({"pg_server", "on_postgres", "redis_url", "fresh_redis"})
TERMINAL_FIXTURES = frozenset({"tmux"})
UNAVAILABLE = {
    "browser": ("AUDIT_CHROMIUM", "/nonexistent/chromium-not-in-this-tier-mark-the-test-browser"),
    "mail": ("AUDIT_DOVECOT", "/nonexistent/dovecot-not-in-this-tier-mark-the-test-mail"),
}


@cache
def _source(func: Callable[..., Any]) -> str:
    try:
        return inspect.getsource(func)
    except (OSError, TypeError):
        return ""


def _with_test_helpers(func: Callable[..., Any], depth: int = 2) -> Iterable[Callable[..., Any]]:
    """`func` and the functions of `tests` modules it calls by name (two levels deep)."""
    yield func
    code = getattr(func, "__code__", None)
    if code is None or depth == 0:
        return
    names = set(code.co_names)
    for const in code.co_consts:  # nested functions and lambdas
        names.update(getattr(const, "co_names", ()))
    namespace = getattr(func, "__globals__", {})
    for name in sorted(names):
        helper = namespace.get(name)
        module = getattr(helper, "__module__", "") or ""
        if inspect.isfunction(helper) and module.startswith("tests.") and helper is not func:
            yield from _with_test_helpers(helper, depth - 1)


def _functions(item: pytest.Item) -> Iterable[Callable[..., Any]]:
    """The test function and every fixture function it uses, transitively, with the
    helper functions of `tests` modules they call."""
    function = getattr(item, "function", None)
    if function is not None:
        yield from _with_test_helpers(function)
    info = getattr(item, "_fixtureinfo", None)
    if info is None:
        return
    for name in info.names_closure:
        for fixturedef in info.name2fixturedefs.get(name, ()):
            yield from _with_test_helpers(fixturedef.func)


def tiers_of(item: pytest.Item) -> set[str]:
    """The component markers (`browser`, `mail`, `server`, `terminal`) that `item` needs."""
    names = set(getattr(item, "fixturenames", ()))
    tiers = set()
    for tier, fixtures in (
        ("browser", BROWSER_FIXTURES),
        ("mail", MAIL_FIXTURES),
        ("server", SERVER_FIXTURES),
        ("terminal", TERMINAL_FIXTURES),
    ):
        if names & fixtures:
            tiers.add(tier)
    uses = (
        ("browser", BROWSER_USE),
        ("mail", MAIL_USE),
        ("server", SERVER_USE),
        ("terminal", TERMINAL_USE),
    )
    for func in _functions(item):
        text = _source(func)
        for tier, pattern in uses:
            if pattern.search(text):
                tiers.add(tier)
    return tiers


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark each item with its component tiers, or `fast`, before `-m` selects (hence
    `tryfirst`)."""
    for item in items:
        present = {mark.name for mark in item.iter_markers()}
        for tier in sorted(tiers_of(item) - present):
            item.add_marker(getattr(pytest.mark, tier))
        if not any(item.get_closest_marker(tier) for tier in COMPONENT_TIERS):
            item.add_marker(pytest.mark.fast)


def pytest_collection_finish(session: pytest.Session) -> None:
    """A tier deselected with `-m` is unavailable to the tests that remain."""
    expression = session.config.getoption("markexpr", "") or ""
    for tier, (variable, nowhere) in UNAVAILABLE.items():
        selected = any(item.get_closest_marker(tier) for item in session.items)
        if tier in expression and not selected:
            os.environ[variable] = nowhere
            if tier == "mail" and "sandbox.mailrig" in sys.modules:
                sys.modules["sandbox.mailrig"].DOVECOT = nowhere  # read at its import


SHARED_RUNS = {"tests/chat/": "chat-runs"}
"""Folders whose tests share one session's worth of probe runs (`tests/chat/conftest.py`'s
`chats`: every sandbox chat, about 2 minutes): all on one worker, so the runs happen once."""
ONE_WORKER_MODULES = ("tests/phone_sip/", "tests/readers/test_returns_tuned_floor.py")
"""Folders whose modules each place all their calls at once from a module fixture: split over
two workers, each would place every call (twice the load, and calls no test there awaits); and
the tuned floor module, whose window and free-returns tests share one cached reading of every
tuned policy of a language (split, each worker read them all: about 60 s of CPU twice)."""


def work_unit(nodeid: str) -> str:
    """The unit of work a test belongs to under `-n 2 --dist loadgroup`: a shared run's group,
    a SIP module, or the test alone."""
    path = nodeid.split("::", 1)[0]
    for folder, group in SHARED_RUNS.items():
        if path.startswith(folder):
            return group
    return path if path.startswith(ONE_WORKER_MODULES) else nodeid


def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """`--dist loadgroup` by `work_unit`. xdist groups by an `xdist_group` mark only through a
    suffix it writes into each node id, which pytest 9 ignores (it keeps ids in `Node._id`):
    there, marked tests spread over both workers, and every worker ran the chats and calls."""
    if config.getoption("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class WorkUnitScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return work_unit(nodeid)

    return WorkUnitScheduling(config, log)
