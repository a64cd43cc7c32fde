"""Frame labels to segments: runs of one kind of sound, with hysteresis.

A segment of tone, music or speech opens when enough frames of that kind have been
heard since the last other non-silent kind (so speech keeps going across the silent
frames between syllables), and stamps itself with the first of them; it closes when
another kind opens or after a hangover of silence (speech: the pause that ends a turn).
"""

from __future__ import annotations

from dataclasses import dataclass

from probes.phone.hearing import FRAME_S
from probes.phone.sound import Sound

MIN_ON_S = {Sound.TONE: 0.2, Sound.MUSIC: 0.8, Sound.SPEECH: 0.2}
"""Sound heard this long (not necessarily in one run) opens a segment."""
HANGOVER_S = {Sound.TONE: 0.3, Sound.MUSIC: 0.8, Sound.SPEECH: 0.9}
"""Silence this long closes a segment (speech: longer than a pause between sentences)."""


@dataclass(frozen=True)
class Boundary:
    """A segment of `kind` opened (`opened` True) or closed at `at_s`."""

    kind: Sound
    at_s: float
    opened: bool


@dataclass
class _Challenger:
    first_s: float
    last_s: float
    heard_s: float = 0.0
    rival_s: float = 0.0
    """How long the current kind was heard since this challenger's last frame."""


class Segmenter:
    """Turns (offset, label) pairs, in order, into segment boundaries."""

    def __init__(self) -> None:
        self.current = Sound.SILENCE
        self._last_active = 0.0
        self._challengers: dict[Sound, _Challenger] = {}

    def push(self, at_s: float, label: Sound) -> list[Boundary]:
        """Take the label of the frame at `at_s`; return the boundaries it settles."""
        out: list[Boundary] = []
        self._expire(at_s, label)
        if label == self.current and label != Sound.SILENCE:
            self._last_active = at_s
            return out
        if label != Sound.SILENCE:
            challenger = self._challengers.setdefault(label, _Challenger(at_s, at_s))
            if at_s - challenger.last_s > 0.2 and challenger.heard_s < 0.1:
                # A blip before a pause does not mark where the sound began.
                challenger.first_s, challenger.heard_s = at_s, 0.0
            challenger.heard_s += FRAME_S
            challenger.last_s = at_s
            challenger.rival_s = 0.0
            if challenger.heard_s >= MIN_ON_S[label] - 1e-9:
                # The new sound began at its first frame, even if the old one lingered.
                out.extend(self._close(min(self._last_active + FRAME_S, challenger.first_s)))
                self.current = label
                self._last_active = at_s
                self._challengers.clear()
                out.append(Boundary(label, challenger.first_s, True))
            return out
        if self.current != Sound.SILENCE and at_s - self._last_active >= HANGOVER_S[self.current]:
            out.extend(self._close(self._last_active + FRAME_S))
        return out

    def _expire(self, at_s: float, label: Sound) -> None:
        """Forget challengers not heard for 0.5 s, or drowned by 0.3 s of the current kind."""
        for kind, challenger in list(self._challengers.items()):
            if label == self.current and label != Sound.SILENCE:
                challenger.rival_s += FRAME_S
            if at_s - challenger.last_s > 0.5 or challenger.rival_s > 0.3:
                del self._challengers[kind]

    def finish(self) -> list[Boundary]:
        """Close the open segment at the end of the call."""
        return self._close(self._last_active + FRAME_S)

    def _close(self, at_s: float) -> list[Boundary]:
        if self.current == Sound.SILENCE:
            return []
        kind, self.current = self.current, Sound.SILENCE
        return [Boundary(kind, at_s, False)]
