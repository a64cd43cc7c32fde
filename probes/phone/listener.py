"""The listening half of an automated call: audio frames in, `CallEvent`s out.

`make_hearing(language)` returns a `Hearing` (see `probes.phone.hearing`). Frames are
labelled silence / tone / music / speech (`probes.phone.sound`), grouped into segments
(`probes.phone.segments`), and the segments are read with these rules:

- Tones and silence before anything else are the line ringing: no event.
- Ringback once the call was answered (after a prompt, music or a key press) is a
  `transfer`, stamped at the start of the recording that announced it ("please hold
  while I transfer you") when one played after the last key press and ended right
  before the ringing, else at the ringing. One transfer per ringing stretch.
- Music opens a hold: `hold_started` at the music's first frame. The hold lasts while
  music comes back after each interruption; it ends (`hold_ended`, at the last
  music frame) only when a person is heard after it.
- A speech turn (speech with pauses under 0.9 s) is held as a *candidate* until it is
  settled, `CONFIRM_S` after it ends:
  - recorded voice, when within that time music or a tone starts, or the shopper's
    side sends DTMF (the turn was a menu); at once, when it starts within
    `REACTION_S` of a key press (the IVR answering it) or when its first stretch
    replays a recording heard earlier in the call (`probes.phone.recordings`:
    hold systems repeat their announcements). Such a turn before the hold is an
    `ivr_prompt`, one during the hold an announcement. A turn under 0.6 s cut off
    by music is the music's attack, not a voice;
  - a person otherwise, when it follows the menu (after the last DTMF), or the end of
    the music, or a tone: turn-taking, a voice that then waits for an answer.
    The very first turn of a call, with no menu or music before it, is a person only
    when it is short (a greeting, under `GREETING_MAX_S`), else a recorded message.
    A turn still unconfirmed when the far end hangs up is a recorded message: it never
    waited for an answer. A turn that starts in the recorded voice (the pitch of the
    call's prompts, `probes.phone.voice`) and then goes on in another is an
    announcement that ran into the person's first words: the person starts where the
    other voice does.
  A person gives `first_human_speech` at the turn's first frame and `agent_answered`
  when the hold music or last recording stopped (within 3 s before) or the ringback
  (within 1 s: rings pause 4 s), else at the same first frame.
- Transcribed recorded turns (English only) add `wait_announced` /
  `callback_offered`, stamped at the start of the turn that said it; transcripts
  never decide person vs recording (the bundled model is too unreliable on 8 kHz
  audio for that). The transcript is the `detail` of the turn's events ("heard: ..."),
  evidence an analyst can check against the recording. Without a transcriber
  (languages other than English) these two events are not reported.

Every event is stamped with the offset of the audio that proved it, never the moment
it was decided (a settled candidate is reported up to ~`CONFIRM_S` + 1 s later). The
events a settled turn gives, and the audio kept to read it, are in
`probes.phone.turn_reports`.
"""

from __future__ import annotations

from probes.dialer import CallEvent, CallEventKind
from probes.phone.announcements import Transcriber, make_transcriber
from probes.phone.frame_features import tone_name
from probes.phone.hearing import Hearing
from probes.phone.segments import Boundary, Segmenter
from probes.phone.sound import Sound, SoundClassifier
from probes.phone.turn_reports import ANSWER_GAP_S, Turn, TurnReporter, call_event

CONFIRM_S = 4.0
"""Quiet after a turn (no music, tone or DTMF) that makes it a person's."""
GREETING_MAX_S = 7.0
"""The first turn of a call is a person's greeting only when shorter than this."""
REACTION_S = 2.0
"""Speech starting this soon after DTMF is the IVR reacting, not a person picking up."""
_AUDIO_KEPT_S = 60.0
_ONSET_BLIP_S = 0.6
_TONE_ANSWER_GAP_S = 1.0
"""Ringback pauses for 4 s between rings: only speech this soon after it ends shows
that the ringing stopped because someone picked up."""
_TRANSFER_SAID_S = 1.5
"""A recording that ends this soon before a transfer's ringback announced the transfer."""


class Listener(TurnReporter):
    """A `Hearing`: classifies frames, reads segments, reports events as they settle."""

    def __init__(self, transcriber: Transcriber | None) -> None:
        super().__init__(transcriber)
        self._classifier = SoundClassifier()
        self._segmenter = Segmenter()
        self._they_hung_up = False
        self._last_tone_end: float | None = None
        self._last_dtmf: float | None = None
        self._turn: Turn | None = None
        self._answered = False
        """Something other than tones was heard (or DTMF sent): the call is answered."""
        self._transferring = False
        """The ringback now heard was already reported as a transfer."""

    # -- the Hearing protocol --------------------------------------------------------

    def feed(self, pcm: bytes, at_s: float) -> list[CallEvent]:
        """Take one frame received `at_s` s after dialing; return the events it settled."""
        self._now = at_s
        self._audio.append((at_s, pcm))
        while self._audio and self._audio[0][0] < at_s - _AUDIO_KEPT_S:
            self._audio.popleft()
        out: list[CallEvent] = []
        for t, label in self._classifier.push(pcm, at_s):
            for boundary in self._segmenter.push(t, label):
                out.extend(self._on_boundary(boundary))
        out.extend(self._settle(self._now - 0.75, final=False))
        return out

    def dtmf_sent(self, digits: str, at_s: float) -> None:
        """Note DTMF: a pending turn was a menu prompt, and what follows is after the menu."""
        self._last_dtmf = at_s

    def finish(self, at_s: float, they_hung_up: bool = False) -> list[CallEvent]:
        """The call ended: label the last frames, settle what is pending."""
        self._they_hung_up = they_hung_up
        out: list[CallEvent] = []
        for t, label in self._classifier.flush():
            for boundary in self._segmenter.push(t, label):
                out.extend(self._on_boundary(boundary))
        for boundary in self._segmenter.finish():
            out.extend(self._on_boundary(boundary))
        out.extend(self._settle(at_s, final=True))
        return out

    # -- reading segments ------------------------------------------------------------

    def _on_boundary(self, b: Boundary) -> list[CallEvent]:
        out: list[CallEvent] = []
        if b.kind == Sound.SPEECH:
            return self._on_speech(b)
        if b.opened:
            out.extend(self._recorded_turn_ends(b.at_s))
            if b.kind == Sound.TONE:
                return out + self._transfer(b.at_s)
            self._answered, self._transferring = True, False
            if b.kind == Sound.MUSIC and not self._in_hold and not self._person:
                self._in_hold = True
                out.append(call_event(CallEventKind.HOLD_STARTED, b.at_s))
            elif b.kind == Sound.MUSIC and self._person:
                # A person put us on hold again.
                self._person = False
                self._in_hold = True
                out.append(call_event(CallEventKind.HOLD_STARTED, b.at_s))
        elif b.kind == Sound.MUSIC:
            self._last_music_end = b.at_s
        else:
            self._last_tone_end = b.at_s
        return out

    def _transfer(self, at_s: float) -> list[CallEvent]:
        """Ringback once the call was answered: we are being transferred. Stamped where the
        recording that announced it began ("please hold while I transfer you"), if one
        played after the last key press right before the ringing, else at the ringing."""
        if self._transferring or not (self._answered or self._last_dtmf is not None):
            return []
        if tone_name(self._audio_between(at_s + 0.04, at_s + 0.2)) != "ringback":
            return []
        self._transferring = True
        said = self._last_recording
        start = at_s
        if (
            said is not None
            and said.end is not None
            and at_s - said.end <= _TRANSFER_SAID_S
            and self._last_dtmf is not None
            and said.start >= self._last_dtmf
        ):
            start = said.start
        return [call_event(CallEventKind.TRANSFER, start)]

    def _on_speech(self, b: Boundary) -> list[CallEvent]:
        turn = self._turn
        if not b.opened:
            if turn is None:
                return []
            if turn.continued and b.at_s - turn.start < _ONSET_BLIP_S:
                self._turn = None  # the prompt before the key ended: nothing went on
                return []
            turn.end = b.at_s
            turn.spans[-1] = (turn.spans[-1][0], b.at_s)
            first_span = len(turn.spans) == 1
            reaction = turn.reaction and turn.first_span_s >= _ONSET_BLIP_S
            if reaction or (
                first_span
                and self._recordings.heard_before(self._audio_between(turn.start, b.at_s))
            ):
                self._turn = None
                return self._recorded(turn)
            return []
        self._answered, self._transferring = True, False
        if turn is not None:
            turn.end = None
            turn.spans.append((b.at_s, None))
            return []
        if self._person:
            return []
        after, prior_end = "start", None
        if self._in_hold and self._last_music_end is not None:
            after, prior_end = "music", self._last_music_end
        elif self._last_dtmf is not None:
            after = "menu"
        if self._last_tone_end is not None and b.at_s - self._last_tone_end <= ANSWER_GAP_S:
            if prior_end is None and b.at_s - self._last_tone_end <= _TONE_ANSWER_GAP_S:
                prior_end = self._last_tone_end
            after = "tone" if after == "start" else after
        reaction = (
            after == "menu"
            and self._last_dtmf is not None
            and b.at_s - self._last_dtmf <= REACTION_S
        )
        self._turn = Turn(start=b.at_s, after=after, prior_end=prior_end, reaction=reaction)
        self._turn.spans.append((b.at_s, None))
        return []

    def _recorded_turn_ends(self, at_s: float) -> list[CallEvent]:
        """Music or a tone began: a pending turn was recorded voice."""
        turn = self._turn
        if turn is None:
            return []
        self._turn = None
        spoken = sum((end or at_s) - start for start, end in turn.spans)
        if spoken < _ONSET_BLIP_S and at_s - (turn.end or at_s) < 0.1:
            return []  # the attack of the music's first notes, not a voice
        return self._recorded(turn)

    def _settle(self, now: float, final: bool) -> list[CallEvent]:
        turn = self._turn
        if turn is None:
            return []
        if self._last_dtmf is not None and self._last_dtmf >= turn.start:
            self._turn = None
            if turn.end is not None:
                return self._recorded(turn)
            # A key pressed while the prompt still sounds: the prompt ends there, and what
            # sounds on is the IVR's answer to the key (barge-in), a turn of its own.
            pressed = self._last_dtmf
            turn.end = pressed
            turn.spans[-1] = (turn.spans[-1][0], max(turn.spans[-1][0], pressed))
            out = self._recorded(turn)
            after = pressed + 0.02
            self._turn = Turn(start=after, after="menu", reaction=True, continued=True)
            self._turn.spans.append((after, None))
            return out
        if turn.end is None and not final:
            return []
        end = turn.end if turn.end is not None else now
        if not final and now - end < CONFIRM_S:
            return []
        self._turn = None
        if final and self._they_hung_up and now - end < CONFIRM_S:
            # They hung up before the voice waited for an answer: a recorded message
            # ("we are closed ... goodbye"), never proven a person.
            return self._recorded(turn)
        if turn.after in ("start", "tone") and turn.first_span_s >= GREETING_MAX_S:
            return self._recorded(turn)
        change = self._voice.other_voice_from(self._turn_audio(turn), turn.start)
        if change is not None:
            # An announcement in the recorded voice ran into the person's first words.
            said = Turn(
                start=turn.start, end=change, after=turn.after, spans=[(turn.start, change)]
            )
            person = Turn(start=change, end=end, after=turn.after, prior_end=change,
                          spans=[(change, end)])  # fmt: skip
            return self._recorded(said) + self._person_heard(person)
        return self._person_heard(turn)


def make_hearing(language: str = "en") -> Hearing:
    """A `Hearing` for calls in `language`; English also transcribes announcements."""
    return Listener(make_transcriber(language))
