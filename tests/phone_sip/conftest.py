"""Fixtures of the SIP phone tests: one sandbox call centre per session (sounds rendered once)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from sandbox.callcentre.lines import Lines, load_lines
from sandbox.callcentre.server import CallCentre
from sandbox.callcentre.voices import Voices

CENTRE_USER = "shopper"
CENTRE_PASSWORD = "s3cret-Sip-pass-9f2"


QUICK = "+15550199001"
"""A short line for the tests: a greeting, a one-key menu (2), a short hold, an agent."""
CLOSED = "+15550100005"
BUSY = "+15550100006"
NO_ANSWER = "+15550100007"
TEST_LINES = {
    QUICK: {
        "company": "Quick Test",
        "ring_s": 0.2,
        "flow": [
            {"say": "Hello."},
            {"menu": "Press two.", "choice": "2", "timeout_s": 4},
            {"hold": 1.5},
            {"agent": "Hi, Sam here.", "listen_s": 20},
        ],
    },
}


def sandbox_lines() -> Lines:
    """The packaged lines plus the short test line."""
    raw = {n: line.model_dump() for n, line in load_lines().lines.items()}
    return Lines.model_validate({"lines": {**raw, **TEST_LINES}})


@pytest.fixture(scope="session")
def voices(tmp_path_factory: pytest.TempPathFactory) -> Voices:
    return Voices(tmp_path_factory.mktemp("voices"))


@pytest.fixture(scope="session")
async def centre(
    voices: Voices, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[CallCentre]:
    """The call centre, answering without asking for a password."""
    c = CallCentre(voices, sandbox_lines(), timelines_dir=tmp_path_factory.mktemp("timelines"))
    await c.start()
    yield c
    await c.stop()


@pytest.fixture
async def own_centre(
    voices: Voices, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[CallCentre]:
    """A call centre for one test: a test that kills a dialer mid-call leaves that call
    open in its centre, which must not be the one the next tests call."""
    c = CallCentre(voices, sandbox_lines(), timelines_dir=tmp_path_factory.mktemp("timelines"))
    await c.start()
    yield c
    await c.stop()


@pytest.fixture(scope="session")
async def guarded_centre(voices: Voices) -> AsyncIterator[CallCentre]:
    """A call centre that challenges every INVITE (digest, the password above)."""
    c = CallCentre(voices, sandbox_lines(), credentials=(CENTRE_USER, CENTRE_PASSWORD))
    await c.start()
    yield c
    await c.stop()


def timelines_dir(centre: CallCentre) -> Path:
    assert centre.timelines_dir is not None
    return centre.timelines_dir
