"""The seam between the SIP dialer and what listens to the call.

The dialer owns the call (signalling, RTP, DTMF, recording); a `Hearing` owns the
meaning of what the shopper hears. The dialer feeds every received audio frame, and
tells when it sent DTMF, and the hearing answers with the `CallEvent`s it recognised
(`ivr_prompt`, `hold_started`/`hold_ended`, `wait_announced`, `callback_offered`,
`first_human_speech`, `agent_answered`), each stamped with the offset of the audio that
proved it, never with the time it was decided.
"""

from __future__ import annotations

from typing import Protocol

from probes.dialer import CallEvent

SAMPLE_RATE_HZ = 8000
"""Received audio: signed 16-bit little-endian mono PCM at 8 kHz (G.711 decoded)."""
FRAME_S = 0.02
"""The dialer feeds 20 ms frames (320 bytes), the RTP packetisation of G.711."""


class Hearing(Protocol):
    """Turns the audio a call receives into call events, as it arrives."""

    def feed(self, pcm: bytes, at_s: float) -> list[CallEvent]:
        """Take one frame received `at_s` seconds after dialing; return events it settled."""
        ...

    def dtmf_sent(self, digits: str, at_s: float) -> None:
        """Note that the dialer sent `digits` at `at_s` (menus end, holds often begin)."""
        ...

    def finish(self, at_s: float, they_hung_up: bool = False) -> list[CallEvent]:
        """The call ended at `at_s` (`they_hung_up`: the far end ended it): return the
        events still pending (e.g. a hold's end)."""
        ...
