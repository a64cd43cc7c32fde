"""The SIP dialer: places a real call, plays the IVR script, listens, records, hangs up.

`SipDialer` implements `probes.dialer.Dialer` on this package's own SIP/RTP stack
(`sip`, `outbound`, `rtp`): every received 20 ms frame goes to a `Hearing` the moment
it arrives, which answers with the call's events; the dialer adds its own (`dialed`,
`dtmf_sent`, `hung_up`) and keeps both directions in a stereo WAV as evidence. Why an
own stack and not baresip, pjsua2 or pyVoIP: see the README ("Automated calls").

The password is resolved when a call is placed and lives only in the call's dialog
object: it is never logged, stored, or put in a message.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path

from probes.base import utcnow
from probes.dialer import CallEvent, CallEventKind, CallRecord, CallRequest, DialerError
from probes.email.secrets import resolve_password
from probes.phone.account import DialPlan, SipAccount
from probes.phone.hearing_worker import HearingFactory, HearingWorker
from probes.phone.ivr import IvrScript, IvrStep
from probes.phone.level import PauseAfterSound
from probes.phone.outbound import AuthRefused, OutboundCall, Outcome
from probes.phone.recording import CallRecording
from probes.phone.rtp import PT_EVENT, MediaSession
from probes.phone.sip_endpoint import SipEndpoint
from probes.phone.tasks import stop

_PERSON = (CallEventKind.AGENT_ANSWERED, CallEventKind.FIRST_HUMAN_SPEECH)
LISTENER_START_S = 120.0
"""How long the listening process may take to load its models before we dial."""


class SipDialer:
    """A `Dialer` that calls over SIP through `account`'s proxy.

    `scripts` maps a number to its IVR script; a number without one gets a script made
    of the request's `dtmf` choices, each pressed once a prompt is heard.
    """

    name = "sip"

    def __init__(
        self,
        account: SipAccount,
        hearing: HearingFactory,
        recordings_dir: Path | None = None,
        scripts: Mapping[str, IvrScript] | None = None,
        plan: DialPlan | None = None,
    ) -> None:
        self.account = account
        self._hearing = hearing
        self._recordings_dir = recordings_dir
        self._scripts = dict(scripts or {})
        self._plan = plan or DialPlan()

    def set_script(self, number: str, script: IvrScript) -> None:
        """Use `script` for calls to `number`."""
        self._scripts[number] = script

    def script_for(self, request: CallRequest) -> IvrScript:
        """The IVR script this call plays."""
        return self._scripts.get(request.number) or IvrScript.from_digits(
            request.dtmf, request.max_duration_s, request.stay_after_agent_s
        )

    async def place_call(self, request: CallRequest) -> CallRecord:
        """Call `request.number`, play its script, and return the call's event log."""
        password = resolve_password(self.account)
        call = _Call(self, request, self.script_for(request), password)
        try:
            return await call.run()
        except AuthRefused as exc:
            raise DialerError(f"SIP account {self.account.user!r}: {exc}") from None
        except (OSError, ConnectionError, TimeoutError) as exc:
            raise DialerError(f"SIP call to {request.number} failed: {exc!r}") from None


class _Call:
    """One call in progress: its hearing, events, media and recording."""

    def __init__(
        self, dialer: SipDialer, request: CallRequest, script: IvrScript, password: str | None
    ) -> None:
        self.dialer = dialer
        self.request = request
        self.script = script
        self.password = password
        self.listening: HearingWorker | None = None
        self.events: list[CallEvent] = []
        self.changed = asyncio.Event()
        self.recording = CallRecording()
        self.t0 = 0.0
        self.failure: str | None = None
        self.pause = PauseAfterSound()
        self.call_id = ""

    def add(self, kind: CallEventKind, at_s: float, detail: str = "") -> None:
        self.events.append(CallEvent(kind=kind, at_s=max(0.0, round(at_s, 3)), detail=detail))
        self.changed.set()

    def now(self) -> float:
        return asyncio.get_running_loop().time() - self.t0

    def on_audio(self, pcm: bytes, sent: float) -> None:
        at = max(0.0, sent - self.t0)
        if self.pause.feed(pcm, at):
            self.changed.set()
        if self.listening is not None:
            self.listening.feed(pcm, at)

    def heard(self, events: list[CallEvent]) -> None:
        self.events.extend(events)
        self.changed.set()

    def failed(self, reason: str) -> None:
        self.failure = reason
        self.changed.set()

    async def run(self) -> CallRecord:
        account = self.dialer.account
        plan = self.dialer._plan
        loop = asyncio.get_running_loop()
        media = await MediaSession.open(account.local_host, self.on_audio, self.recording.add)
        endpoint = await SipEndpoint.open(account.local_host)
        started = utcnow()
        try:
            self.listening = HearingWorker(
                self.dialer._hearing, self.request.language, self.heard, self.failed
            )
            await self.listening.ready(LISTENER_START_S)
            dialog = OutboundCall(endpoint, account, self.password)
            self.call_id = dialog.call_id
            if account.register_first:
                await dialog.register()
            self.t0 = loop.time()
            self.recording.start(self.t0)
            self.add(CallEventKind.DIALED, 0.0)
            answer = await dialog.invite(
                self.request.number, media.port, PT_EVENT, plan.ring_timeout_s
            )
            if answer.outcome != Outcome.ANSWERED or answer.media is None:
                self.add(CallEventKind.HUNG_UP, self.now(), f"{answer.outcome}: {answer.status}")
                return self._record(started, None)
            media.event_pt = None if plan.dtmf == "inband" else answer.media.event_pt
            media.start((answer.media.host, answer.media.port))
            reason = await self._converse(media, dialog)
            if dialog.remote_hung_up.is_set():
                reason = "they hung up"
            else:
                await dialog.bye()
            end = self.now()
            they_hung_up = dialog.remote_hung_up.is_set()
            self.events.extend(await self.listening.finish(end, they_hung_up))
            self.add(CallEventKind.HUNG_UP, end, reason)
            if self.failure is not None:
                raise DialerError(f"listening to the call failed: {self.failure}")
        finally:
            if self.listening is not None:
                self.listening.close()
            try:
                await media.close()
            finally:
                await endpoint.close()
        return self._record(started, self._save_recording())

    async def _converse(self, media: MediaSession, dialog: OutboundCall) -> str:
        """Play the script, then wait for a person; the reason we stopped."""
        playing = asyncio.ensure_future(self._play(media))
        hung_up = asyncio.ensure_future(dialog.remote_hung_up.wait())
        limit = max(0.0, self.script.max_call_s - self.now())
        try:
            done, _ = await asyncio.wait(
                {playing, hung_up}, timeout=limit, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            await stop(playing, hung_up)
        if playing in done and not playing.cancelled() and playing.exception() is None:
            return playing.result()
        return "they hung up" if hung_up in done else "max call duration"

    async def _play(self, media: MediaSession) -> str:
        for step in self.script.steps:
            await self._step(step, media)
            if step.pause_s:
                await asyncio.sleep(step.pause_s)
        return await self._await_person()

    async def _step(self, step: IvrStep, media: MediaSession) -> None:
        if step.wait_for == "prompt":
            self.pause.expect(step.quiet_s)
            await self._until(self.pause.heard, step.timeout_s)
        elif step.press:
            at = self.now()
            self.add(CallEventKind.DTMF_SENT, at, step.press)
            if self.listening is not None:
                self.listening.dtmf_sent(step.press, at)
            for digit in step.press:
                media.send_dtmf(digit, inband=self.dialer._plan.dtmf == "inband")
            await media.drained()

    async def _await_person(self) -> str:
        while True:
            if self.failure is not None:
                return "listening failed"
            if any(e.kind in _PERSON for e in self.events):
                await asyncio.sleep(self.script.stay_after_agent_s)
                return "end of script"
            hold_from = self._open_hold()
            if hold_from is not None and self.now() - hold_from >= self.script.hold_limit_s:
                return "hold limit"
            await self._until(functools.partial(_grew, self.events, len(self.events)), 0.5)

    def _open_hold(self) -> float | None:
        start: float | None = None
        for event in sorted(self.events, key=lambda e: e.at_s):
            if event.kind == CallEventKind.HOLD_STARTED:
                start = event.at_s
            elif event.kind == CallEventKind.HOLD_ENDED:
                start = None
        return start

    def _count(self, kind: CallEventKind) -> int:
        return sum(1 for e in self.events if e.kind == kind)

    async def _until(self, ready: Callable[[], bool], timeout_s: float) -> None:
        """Wait until `ready()` (checked at every new event) or `timeout_s` passed."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while not ready() and self.failure is None:
            left = deadline - loop.time()
            if left <= 0:
                return
            self.changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.changed.wait(), left)

    def _save_recording(self) -> str | None:
        folder = self.dialer._recordings_dir
        if folder is None:
            return None
        name = "".join(c if c.isalnum() or c in "-_" else "_" for c in self.request.attempt_id)
        return str(self.recording.save(folder / f"call-{name}.wav"))

    def _record(self, started: datetime, recording: str | None) -> CallRecord:
        return CallRecord(
            request=self.request,
            started=started,
            events=tuple(sorted(self.events, key=lambda e: e.at_s)),
            provider="sip",
            recording_path=recording,
            call_id=self.call_id,
        )


def _grew(events: list[CallEvent], seen: int) -> bool:
    return len(events) > seen
