"""The sandbox call centre: a SIP endpoint on loopback answering for every line in lines.yaml.

Each call runs its line's flow over RTP (the same stack as the dialer, in
`probes.phone`) and writes its ground truth: every event stamped when its first
frame of sound left, as offsets from the first INVITE of the call.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
from collections.abc import Coroutine
from dataclasses import dataclass, field
from pathlib import Path

from probes.base import utcnow
from probes.dialer import CallEvent, CallEventKind
from probes.phone.rtp import PT_EVENT, MediaSession
from probes.phone.sdp import make_sdp, parse_sdp
from probes.phone.sip import SipMessage, new_branch, new_tag, response_to, uri_of
from probes.phone.sip_digest import digest_valid
from probes.phone.sip_endpoint import SipEndpoint
from probes.phone.tasks import stop
from sandbox.callcentre.flow import play_flow, sounds_of
from sandbox.callcentre.lines import Line, Lines, load_lines
from sandbox.callcentre.voices import Voices

REALM = "callcentre.sandbox.test"


@dataclass
class Timeline:
    """The ground truth of one call: which line, and what it did when."""

    number: str
    company: str
    call_id: str
    started: str
    events: list[CallEvent] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        """The timeline as written to its JSON file."""
        return {
            "number": self.number,
            "company": self.company,
            "call_id": self.call_id,
            "started": self.started,
            "events": [e.model_dump(mode="json") for e in self.events],
        }


class InboundCall:
    """One call the centre answered: its dialog, media, received digits and timeline."""

    def __init__(self, centre: CallCentre, invite: SipMessage, addr: tuple[str, int],
                 line: Line, t0: float, number: str) -> None:  # fmt: skip
        self.centre = centre
        self.invite = invite
        self.addr = addr
        self.line = line
        self.t0 = t0
        self.tag = new_tag()
        self.digits: asyncio.Queue[str] = asyncio.Queue()
        self.caller_hung_up = asyncio.Event()
        self.acked = asyncio.Event()
        self.cancelled = asyncio.Event()
        self.media: MediaSession | None = None
        self.timeline = Timeline(
            number, line.company, invite.get("call-id") or "", utcnow().isoformat()
        )
        self._inband: tuple[str | None, int] = (None, 0)
        self.company_hung_up = False

    def note(self, kind: CallEventKind, loop_time: float, detail: str = "") -> None:
        """Add a ground-truth event at `loop_time`."""
        at = round(max(0.0, loop_time - self.t0), 3)
        self.timeline.events.append(CallEvent(kind=kind, at_s=at, detail=detail))

    def on_digit(self, digit: str, at: float) -> None:
        """A key the caller pressed (RFC 4733 or in-band)."""
        self.note(CallEventKind.DTMF_SENT, at, f"received {digit}")
        self.digits.put_nowait(digit)

    def on_audio(self, pcm: bytes, at: float) -> None:
        """Listen for in-band DTMF: a digit counts once, after two frames of it."""
        from probes.phone.audio import detect_dtmf

        digit = detect_dtmf(pcm)
        last, count = self._inband
        count = count + 1 if digit == last else 1
        self._inband = (digit, count)
        if digit is not None and count == 2:
            self.on_digit(digit, at)

    async def run(self) -> None:
        """Ring, answer (or not) and play the flow; write the timeline at the end."""
        endpoint = self.centre.endpoint
        endpoint.send(response_to(self.invite, 100, "Trying"), self.addr)
        try:
            if self.line.answer == "busy":
                endpoint.send(response_to(self.invite, 486, "Busy Here", self.tag), self.addr)
                self.note(CallEventKind.HUNG_UP, asyncio.get_running_loop().time(), "busy")
                return
            endpoint.send(response_to(self.invite, 180, "Ringing", self.tag), self.addr)
            if self.line.answer == "no_answer":
                await self.cancelled.wait()
                self.note(CallEventKind.HUNG_UP, asyncio.get_running_loop().time(), "no answer")
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.cancelled.wait(), self.line.ring_s)
            if self.cancelled.is_set():
                self.note(CallEventKind.HUNG_UP, asyncio.get_running_loop().time(), "no answer")
                return
            await self._answer_and_play()
        finally:
            if self.media is not None:
                await self.media.close()
            self.centre.finished(self)

    async def _answer_and_play(self) -> None:
        offer = parse_sdp(self.invite.body)
        self.media = await MediaSession.open(self.centre.host, self.on_audio)
        self.media.on_dtmf = self.on_digit
        self.media.event_pt = offer.event_pt if offer else None
        ok = response_to(self.invite, 200, "OK", self.tag)
        host, port = self.centre.endpoint.address
        ok.headers += [
            ("Contact", f"<sip:centre@{host}:{port}>"),
            ("Content-Type", "application/sdp"),
        ]
        ok.body = make_sdp(
            self.centre.host, self.media.port, PT_EVENT if offer and offer.event_pt else None
        )
        self.centre.endpoint.send_reliably(ok, self.addr, self.acked)
        if offer is None:
            return
        self.media.start((offer.host, offer.port))
        flow = asyncio.ensure_future(play_flow(self, self.centre.voices))
        bye = asyncio.ensure_future(self.caller_hung_up.wait())
        await asyncio.wait({flow, bye}, return_when=asyncio.FIRST_COMPLETED)
        await stop(flow, bye)
        if flow.done() and not flow.cancelled() and flow.exception() is not None:
            raise flow.exception()  # type: ignore[misc]
        if not self.caller_hung_up.is_set():
            await self.hang_up()

    async def hang_up(self) -> None:
        """The centre ends the call: BYE to the caller."""
        self.company_hung_up = True
        loop = asyncio.get_running_loop()
        self.note(CallEventKind.HUNG_UP, loop.time(), "company")
        host, port = self.centre.endpoint.address
        bye = SipMessage(method="BYE", uri=uri_of(self.invite.get("contact")))
        bye.headers = [
            ("Via", f"SIP/2.0/UDP {host}:{port};branch={new_branch()}"),
            ("Max-Forwards", "70"),
            ("From", f"{self.invite.get('to')};tag={self.tag}"),
            ("To", self.invite.get("from") or ""),
            ("Call-ID", self.timeline.call_id),
            ("CSeq", "1 BYE"),
        ]
        with contextlib.suppress(TimeoutError):
            async with self.centre.endpoint.transaction(bye, self.addr) as responses:
                while (await asyncio.wait_for(responses.get(), 8.0)).status < 200:
                    pass


class CallCentre:
    """Answers SIP calls for the lines on `host` (a free port); optionally asks for a password.

    `timelines_dir`: where each call's ground truth is written as JSON; `timelines`
    keeps them in memory too, in the order calls ended.
    """

    def __init__(
        self,
        voices: Voices,
        lines: Lines | None = None,
        timelines_dir: Path | None = None,
        host: str = "127.0.0.1",
        credentials: tuple[str, str] | None = None,
    ) -> None:
        self.voices = voices
        self.lines = lines or load_lines()
        self.timelines_dir = timelines_dir
        self.host = host
        self._credentials = credentials
        self.timelines: list[Timeline] = []
        self.ended = asyncio.Condition()
        self._calls: dict[str, InboundCall] = {}
        self._first_invite: dict[str, float] = {}
        self._nonces: set[str] = set()
        self._endpoint: SipEndpoint | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.invites = 0
        self.registrations: list[str] = []
        """Contacts registered (REGISTER accepted), in order."""
        """INVITEs received that started a call (not retransmissions, not challenges)."""

    @property
    def endpoint(self) -> SipEndpoint:
        """The SIP endpoint (after `start`)."""
        assert self._endpoint is not None, "call centre not started"
        return self._endpoint

    @property
    def port(self) -> int:
        """The SIP UDP port."""
        return self.endpoint.address[1]

    async def start(self) -> CallCentre:
        """Render every sound (flite or espeak-ng, sox), then listen for calls."""
        await asyncio.to_thread(self.prepare)
        self._endpoint = await SipEndpoint.open(self.host, 0, self._on_request)
        return self

    def prepare(self) -> None:
        """Render the sounds of every line now, so no call waits for a render."""
        for line in self.lines.lines.values():
            sounds_of(line, self.voices)

    async def stop(self) -> None:
        """Stop answering (calls in progress are dropped)."""
        if self._endpoint is not None:
            await self._endpoint.close()

    async def wait_for_calls(self, count: int, timeout_s: float) -> list[Timeline]:
        """Wait until `count` calls have ended (at most `timeout_s`); their timelines."""
        async with self.ended:
            await asyncio.wait_for(
                self.ended.wait_for(lambda: len(self.timelines) >= count), timeout_s
            )
        return list(self.timelines)

    async def timeline_of(self, call_id: str, timeout_s: float) -> Timeline:
        """The ground truth of the call with SIP Call-ID `call_id`, once it has ended (at
        most `timeout_s`): calls placed at the same time are told apart by their ids."""

        def ended() -> Timeline | None:
            return next((t for t in self.timelines if t.call_id == call_id), None)

        async with self.ended:
            await asyncio.wait_for(self.ended.wait_for(lambda: ended() is not None), timeout_s)
        found = ended()
        assert found is not None
        return found

    @property
    def calls_in_progress(self) -> int:
        """Calls answered or ringing right now."""
        return len(self._calls)

    def finished(self, call: InboundCall) -> None:
        """Record a call's ground truth (memory and JSON file)."""
        self._calls.pop(call.timeline.call_id, None)
        call.timeline.events.sort(key=lambda e: e.at_s)
        self.timelines.append(call.timeline)
        if self.timelines_dir is not None:
            self.timelines_dir.mkdir(parents=True, exist_ok=True)
            name = f"{len(self.timelines):04d}-{call.timeline.number.lstrip('+')}.json"
            # Written under another name, then renamed: a reader polling for "*.json" never
            # sees a half-written file (CI once read one empty).
            partial = self.timelines_dir / f"{name}.partial"
            partial.write_text(json.dumps(call.timeline.as_json(), indent=1), encoding="utf-8")
            partial.replace(self.timelines_dir / name)

        async def notify() -> None:
            async with self.ended:
                self.ended.notify_all()

        self._spawn(notify())

    def _on_request(self, msg: SipMessage, addr: tuple[str, int]) -> None:
        call_id = msg.get("call-id") or ""
        call = self._calls.get(call_id)
        if msg.method == "INVITE":
            self._first_invite.setdefault(call_id, asyncio.get_running_loop().time())
            if call is None:
                self._invite(msg, addr, call_id)
        elif msg.method == "ACK":
            if call is not None:
                call.acked.set()
        elif msg.method == "CANCEL":
            self.endpoint.send(response_to(msg, 200, "OK"), addr)
            if call is not None and not call.acked.is_set():
                call.cancelled.set()
                self.endpoint.send(
                    response_to(call.invite, 487, "Request Terminated", call.tag), addr
                )
        elif msg.method == "BYE":
            self.endpoint.send(response_to(msg, 200, "OK"), addr)
            if call is not None and not call.company_hung_up:
                call.note(CallEventKind.HUNG_UP, asyncio.get_running_loop().time(), "caller")
                call.caller_hung_up.set()
        elif msg.method == "REGISTER":
            self._register(msg, addr)
        else:
            self.endpoint.send(response_to(msg, 200, "OK"), addr)

    def _challenge(self, msg: SipMessage, addr: tuple[str, int]) -> None:
        """401 for a REGISTER (registrar), 407 for an INVITE (proxy), with a fresh nonce."""
        nonce = secrets.token_hex(12)
        self._nonces.add(nonce)
        registrar = msg.method == "REGISTER"
        status, reason, header = (
            (401, "Unauthorized", "WWW-Authenticate")
            if registrar
            else (407, "Proxy Authentication Required", "Proxy-Authenticate")
        )
        challenge = response_to(msg, status, reason, new_tag())
        challenge.headers.append((header, f'Digest realm="{REALM}", nonce="{nonce}", qop="auth"'))
        self.endpoint.send(challenge, addr)

    def _register(self, msg: SipMessage, addr: tuple[str, int]) -> None:
        if self._credentials is not None and not self._authorised(msg):
            self._challenge(msg, addr)
            return
        self.registrations.append(uri_of(msg.get("contact")))
        ok = response_to(msg, 200, "OK", new_tag())
        ok.headers += [("Contact", msg.get("contact") or ""), ("Expires", "3600")]
        self.endpoint.send(ok, addr)

    def _invite(self, msg: SipMessage, addr: tuple[str, int], call_id: str) -> None:
        if self._credentials is not None and not self._authorised(msg):
            self._challenge(msg, addr)
            return
        number = uri_of(msg.uri).removeprefix("sip:").split("@")[0]
        line = self.lines.lines.get(number)
        if line is None:
            self.endpoint.send(response_to(msg, 404, "Not Found", new_tag()), addr)
            return
        self.invites += 1
        call = InboundCall(self, msg, addr, line, self._first_invite[call_id], number)
        self._calls[call_id] = call
        self._spawn(call.run())

    def _spawn(self, coro: Coroutine[object, object, None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _authorised(self, msg: SipMessage) -> bool:
        assert self._credentials is not None
        header = msg.get("proxy-authorization") or msg.get("authorization")
        if not header:
            return False
        user, password = self._credentials
        nonce_ok = any(f'nonce="{n}"' in header for n in self._nonces)
        return nonce_ok and digest_valid(header, msg.method, user, password, REALM)
