"""Fixtures for the hostile-mail tests: a real Dovecot, the aiosmtpd sandbox, a SQLite store.

Imported by each `test_mail_*.py` (so this folder needs no conftest of its own).
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from probes.email.interface import EmailCampaignSpec
from results.store import Store
from sandbox.mail import SandboxMail
from sandbox.mailrig import DovecotRig

USERS = {f"hostile{i}@audit.test": f"hostile-pw-{i}" for i in range(32)}
TIME_SCALE = 0.3
_free = itertools.count()


@pytest.fixture(scope="module")
def rig() -> Iterator[DovecotRig]:
    """One Dovecot per module; every test takes its own mailbox user."""
    with DovecotRig(USERS) as running:
        yield running


@pytest.fixture(scope="module")
def sandbox_mail(rig: DovecotRig) -> Iterator[SandboxMail]:
    """The sandbox SMTP server and scripted companies, delays scaled down."""
    with SandboxMail(rig, time_scale=TIME_SCALE) as mail:
        yield mail


@pytest.fixture
def mailbox_user() -> str:
    """A mailbox no other test of the module uses."""
    return list(USERS)[next(_free) % len(USERS)]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh SQLite store."""
    opened = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    yield opened
    opened.close()


def with_settings(spec: EmailCampaignSpec, **settings: object) -> EmailCampaignSpec:
    """`spec` with some of its `settings` replaced."""
    return spec.model_copy(update={"settings": spec.settings.model_copy(update=settings)})


async def wait_for(check: Callable[[], bool], timeout: float = 60.0) -> None:
    """Wait until `check()` holds (bounded generously: the machine may be slow)."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.05)
