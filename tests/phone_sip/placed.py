"""A module's calls placed all at once against one sandbox call centre.

Real-time calls last seconds each; placed one after another they made the phone tests
minutes long. A test module lists the calls its tests need (`Dial`: number, IVR script,
dial plan, hearing, language), `PlacedCalls.start` dials them all concurrently, and each
test awaits its own call: the dialer's record and the centre's ground truth, matched by
the call's SIP Call-ID (never by the order in which calls ended). Tests that need the
same call (same number, script and plan) share it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from probes.dialer import CallRecord, CallRequest
from probes.phone.account import DialPlan, SipAccount
from probes.phone.hearing_worker import HearingFactory
from probes.phone.ivr import IvrScript
from probes.phone.sip_dialer import SipDialer
from sandbox.callcentre.server import Timeline
from tests.phone_sip.energy_hearing import energy_hearing

BOUND_S = 300.0
"""How long a call and its ground truth may take (all calls at once, on a loaded machine)."""


class Centre(Protocol):
    """A sandbox call centre the tests call: in this process or in its own."""

    @property
    def port(self) -> int:
        """Its SIP port on 127.0.0.1."""
        ...

    async def timeline_of(self, call_id: str, timeout_s: float) -> Timeline:
        """The ground truth of call `call_id` once it has ended."""
        ...


@dataclass(frozen=True)
class Dial:
    """One call a test needs."""

    number: str
    script: IvrScript
    plan: DialPlan = field(default_factory=DialPlan)
    hearing: HearingFactory = energy_hearing
    language: str = "en"
    recorded: bool = False
    """Keep the call's stereo WAV (in the module's recordings folder)."""


async def place(
    centre: Centre,
    dial: Dial,
    attempt_id: str,
    recordings: Path | None = None,
    account: SipAccount | None = None,
) -> tuple[CallRecord, Timeline]:
    """Place one call to `centre`; the dialer's record and the centre's ground truth."""
    dialer = SipDialer(
        account or SipAccount(proxy_port=centre.port),
        dial.hearing,
        recordings if dial.recorded else None,
        scripts={dial.number: dial.script},
        plan=dial.plan,
    )
    request = CallRequest(
        attempt_id=attempt_id, company="x", number=dial.number, language=dial.language
    )
    record = await dialer.place_call(request)
    assert record.call_id, "the dialer reports the call's SIP Call-ID"
    return record, await centre.timeline_of(record.call_id, BOUND_S)


class PlacedCalls:
    """Calls in progress (or ended), one task each, awaited by name."""

    def __init__(self, tasks: dict[str, asyncio.Task[tuple[CallRecord, Timeline]]]) -> None:
        self._tasks = tasks

    @classmethod
    def start(
        cls, centre: Centre, dials: Mapping[str, Dial], recordings: Path | None = None
    ) -> PlacedCalls:
        """Dial every call of `dials` now, concurrently."""
        tasks = {
            name: asyncio.ensure_future(place(centre, dial, f"t/{name}", recordings))
            for name, dial in dials.items()
        }
        return cls(tasks)

    async def __call__(self, name: str) -> tuple[CallRecord, Timeline]:
        """The call `name` once it has ended (at most `BOUND_S`)."""
        return await asyncio.wait_for(asyncio.shield(self._tasks[name]), BOUND_S)

    async def close(self) -> None:
        """Stop the calls no test awaited (a run that selected only some tests)."""
        for task in self._tasks.values():
            task.cancel()
        for task in self._tasks.values():
            with contextlib.suppress(BaseException):
                await task
