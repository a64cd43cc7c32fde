"""A trivial `Hearing` for the dialer's tests: a prompt is sound after a pause.

It knows nothing of music or voices: it lets the dialer's own behaviour (signalling,
DTMF, recording, limits) be tested apart from the classifier of the `listen` work.
"""

from __future__ import annotations

from array import array

from probes.dialer import CallEvent, CallEventKind


class EnergyHearing:
    """Emits `ivr_prompt` at the start of each sound that follows >= `gap_s` of silence."""

    def __init__(self, gap_s: float = 0.15, threshold: float = 300.0) -> None:
        self.gap_s = gap_s
        self.threshold = threshold
        self.quiet_since: float | None = 0.0
        self.frames = 0
        self.dtmf: list[tuple[str, float]] = []

    def feed(self, pcm: bytes, at_s: float) -> list[CallEvent]:
        self.frames += 1
        samples = array("h")
        samples.frombytes(pcm)
        rms = (sum(x * x for x in samples) / max(1, len(samples))) ** 0.5
        if rms < self.threshold:
            if self.quiet_since is None:
                self.quiet_since = at_s
            return []
        started = self.quiet_since is not None and at_s - self.quiet_since >= self.gap_s
        self.quiet_since = None
        return [CallEvent(kind=CallEventKind.IVR_PROMPT, at_s=at_s)] if started else []

    def dtmf_sent(self, digits: str, at_s: float) -> None:
        self.dtmf.append((digits, at_s))

    def finish(self, at_s: float, they_hung_up: bool = False) -> list[CallEvent]:
        return []


def energy_hearing(language: str) -> EnergyHearing:
    """A `HearingFactory`: the energy hearing, whatever the language."""
    return EnergyHearing()


class LanguageHearing(EnergyHearing):
    """The energy hearing that says, when the call ends, which language it was made for."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def finish(self, at_s: float, they_hung_up: bool = False) -> list[CallEvent]:
        said = f"hearing made for {self.language}"
        return [CallEvent(kind=CallEventKind.IVR_PROMPT, at_s=at_s, detail=said)]
