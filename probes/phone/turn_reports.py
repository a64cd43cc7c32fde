"""What a settled speech turn reports, and the call audio it is read from.

`Listener` (`probes.phone.listener`) holds each speech turn as a candidate (`Turn`) until
the rules there settle it as recorded voice or a person. `TurnReporter`, its base, keeps
the call's recent audio, remembers what was heard, and gives each verdict's events:

- a recorded turn is an `ivr_prompt` when heard before the hold, and, when the
  transcriber (English only) reads it so, `wait_announced` / `callback_offered`, all at
  the turn's start with the transcript as `detail`; its audio is remembered to recognise
  a replay (`probes.phone.recordings`) and the recorded voice (`probes.phone.voice`);
- a person ends the hold if one is on (`hold_ended`) and gives `agent_answered` and
  `first_human_speech`.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from probes.dialer import CallEvent, CallEventKind
from probes.phone.announcements import Reading, Transcriber, read_transcript
from probes.phone.recordings import RecordingMemory
from probes.phone.voice import VoiceMemory

ANSWER_GAP_S = 3.0
"""Speech this soon after a tone, the hold music or a recording stopped follows it: the
person picked up there."""


@dataclass
class Turn:
    """A stretch of speech, held as a candidate until settled as recorded voice or a person."""

    start: float
    end: float | None = None
    after: str = "start"
    """What came before: "start" (nothing), "menu" (DTMF), "music" or "tone"."""
    prior_end: float | None = None
    """End of the music or tone just before the turn."""
    spans: list[tuple[float, float | None]] = field(default_factory=list)
    reaction: bool = False
    """It began right after DTMF: the IVR answering the key press."""
    continued: bool = False
    """It is the speech that went on through a key press (the IVR cut its prompt short
    and answered the key without a pause), or the end of the prompt before the key."""

    @property
    def first_span_s(self) -> float:
        """Length of the turn's first stretch of speech (so far)."""
        start, end = self.spans[0]
        return (end if end is not None else self.start) - start


def call_event(kind: CallEventKind, at_s: float, detail: str = "") -> CallEvent:
    """A `CallEvent` at `at_s` s after dialing (never before it), to the millisecond."""
    return CallEvent(kind=kind, at_s=round(max(0.0, at_s), 3), detail=detail)


class TurnReporter:
    """The call's recent audio, what was heard in it, and the events of settled turns."""

    def __init__(self, transcriber: Transcriber | None) -> None:
        self._transcriber = transcriber
        self._audio: deque[tuple[float, bytes]] = deque()
        self._now = 0.0
        self._in_hold = False
        self._person = False
        self._last_music_end: float | None = None
        self._last_recorded_end: float | None = None
        self._recordings = RecordingMemory()
        self._voice = VoiceMemory()
        self._last_recording: Turn | None = None

    def _recorded(self, turn: Turn) -> list[CallEvent]:
        end = turn.end if turn.end is not None else self._now
        self._last_recorded_end = end
        self._last_recording = turn
        self._recordings.remember(self._audio_between(turn.start, turn.spans[0][1] or end))
        self._voice.remember(self._audio_between(turn.start, end))
        reading = self._read(turn)
        heard = f"heard: {reading.text}" if reading is not None and reading.text else ""
        out: list[CallEvent] = []
        if not self._in_hold:
            out.append(call_event(CallEventKind.IVR_PROMPT, turn.start, heard))
        if reading is not None and reading.wait:
            out.append(call_event(CallEventKind.WAIT_ANNOUNCED, turn.start, heard))
        if reading is not None and reading.callback:
            out.append(call_event(CallEventKind.CALLBACK_OFFERED, turn.start, heard))
        return out

    def _read(self, turn: Turn) -> Reading | None:
        """The turn's transcript and what it says; None without a transcriber."""
        if self._transcriber is None:
            return None
        return read_transcript(self._transcriber.transcribe(self._turn_audio(turn)))

    def _turn_audio(self, turn: Turn) -> bytes:
        return self._audio_between(turn.start, turn.end if turn.end is not None else self._now)

    def _audio_between(self, start: float, end: float) -> bytes:
        return b"".join(pcm for t, pcm in self._audio if start <= t < end)

    def _person_heard(self, turn: Turn) -> list[CallEvent]:
        self._person = True
        out: list[CallEvent] = []
        # The person picked up when the last recording, music or ringback stopped.
        before = [turn.prior_end, self._last_recorded_end, self._last_music_end]
        prior = max((t for t in before if t is not None and t <= turn.start), default=None)
        if self._in_hold:
            self._in_hold = False
            out.append(call_event(CallEventKind.HOLD_ENDED, prior or turn.start))
        answered = turn.start
        if prior is not None and turn.start - prior <= ANSWER_GAP_S:
            answered = prior
        out.append(call_event(CallEventKind.AGENT_ANSWERED, answered))
        out.append(call_event(CallEventKind.FIRST_HUMAN_SPEECH, turn.start))
        return out
