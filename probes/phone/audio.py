"""Telephone audio: G.711 mu-law, DTMF tones (made and heard) and 20 ms framing.

Pure Python on purpose (the standard library's `audioop` is gone in Python 3.13): the
mu-law tables are computed once, and a 20 ms frame is 160 samples, so a lookup per
sample is cheap enough for real time.
"""

from __future__ import annotations

import math
from array import array

from probes.phone.hearing import FRAME_S, SAMPLE_RATE_HZ

FRAME_SAMPLES = int(SAMPLE_RATE_HZ * FRAME_S)
"""160 samples (320 bytes of s16le PCM, 160 bytes of mu-law) per 20 ms frame."""
SILENCE = bytes(FRAME_SAMPLES * 2)

_BIAS = 0x84
_CLIP = 32635


def _ulaw_encode_sample(sample: int) -> int:
    sign = 0x80 if sample < 0 else 0
    magnitude = min(_CLIP, -sample if sample < 0 else sample) + _BIAS
    exponent = 7
    mask = 0x4000
    while exponent > 0 and not magnitude & mask:
        exponent -= 1
        mask >>= 1
    mantissa = (magnitude >> (exponent + 3)) & 0x0F
    return ~(sign | (exponent << 4) | mantissa) & 0xFF


def _ulaw_decode_byte(byte: int) -> int:
    byte = ~byte & 0xFF
    magnitude = (((byte & 0x0F) << 3) + _BIAS) << ((byte & 0x70) >> 4)
    return _BIAS - magnitude if byte & 0x80 else magnitude - _BIAS


_DECODE = array("h", [_ulaw_decode_byte(b) for b in range(256)])
_ENCODE = bytes(_ulaw_encode_sample(s - 32768) for s in range(65536))


def ulaw_to_pcm(payload: bytes) -> bytes:
    """Decode mu-law bytes to signed 16-bit little-endian PCM."""
    return array("h", [_DECODE[b] for b in payload]).tobytes()


def pcm_to_ulaw(pcm: bytes) -> bytes:
    """Encode signed 16-bit little-endian PCM to mu-law bytes."""
    samples = array("h")
    samples.frombytes(pcm)
    return bytes(_ENCODE[s + 32768] for s in samples)


def frames(pcm: bytes) -> list[bytes]:
    """`pcm` cut into 20 ms frames, the last one padded with silence."""
    size = FRAME_SAMPLES * 2
    out = [pcm[i : i + size] for i in range(0, len(pcm), size)]
    if out and len(out[-1]) < size:
        out[-1] = out[-1] + bytes(size - len(out[-1]))
    return out


DTMF_FREQS: dict[str, tuple[int, int]] = {
    "1": (697, 1209), "2": (697, 1336), "3": (697, 1477), "A": (697, 1633),
    "4": (770, 1209), "5": (770, 1336), "6": (770, 1477), "B": (770, 1633),
    "7": (852, 1209), "8": (852, 1336), "9": (852, 1477), "C": (852, 1633),
    "*": (941, 1209), "0": (941, 1336), "#": (941, 1477), "D": (941, 1633),
}  # fmt: skip
"""ITU-T Q.23 keypad: digit -> (low, high) frequency in Hz."""
RFC4733_EVENTS = "0123456789*#ABCD"
"""RFC 4733 event codes: the index of the digit in this string."""


def tone(freqs: tuple[float, ...], seconds: float, level: float = 0.25) -> bytes:
    """PCM of the sum of sine `freqs` (each at `level` of full scale) for `seconds`."""
    n = int(seconds * SAMPLE_RATE_HZ)
    amp = 32767 * level
    samples = array(
        "h",
        (
            int(sum(amp * math.sin(2 * math.pi * f * i / SAMPLE_RATE_HZ) for f in freqs))
            for i in range(n)
        ),
    )
    return samples.tobytes()


def dtmf_tone(digit: str, seconds: float = 0.1) -> bytes:
    """In-band DTMF: the digit's two tones for `seconds` (Q.24 asks for at least 40 ms)."""
    return tone(DTMF_FREQS[digit.upper()], seconds)


def _goertzel_power(samples: array[int], freq: float) -> float:
    coeff = 2 * math.cos(2 * math.pi * freq / SAMPLE_RATE_HZ)
    s1 = s2 = 0.0
    for x in samples:
        s1, s2 = x + coeff * s1 - s2, s1
    return s1 * s1 + s2 * s2 - coeff * s1 * s2


def detect_dtmf(pcm: bytes) -> str | None:
    """The DTMF digit sounding in one frame of PCM, if any (Goertzel on the 8 Q.23 tones).

    A digit counts when its low and high tones dominate the other tones of their group
    and carry most of the frame's energy (speech and music spread theirs).
    """
    samples = array("h")
    samples.frombytes(pcm)
    n = len(samples)
    if n == 0:
        return None
    energy = sum(x * x for x in samples) * n / 2
    if energy < 1e9:
        return None
    lows = {f: _goertzel_power(samples, f) for f in (697, 770, 852, 941)}
    highs = {f: _goertzel_power(samples, f) for f in (1209, 1336, 1477, 1633)}
    low = max(lows, key=lambda f: lows[f])
    high = max(highs, key=lambda f: highs[f])
    if lows[low] + highs[high] < 0.5 * energy:
        return None
    if any(p > lows[low] / 4 for f, p in lows.items() if f != low):
        return None
    if any(p > highs[high] / 4 for f, p in highs.items() if f != high):
        return None
    return next(d for d, pair in DTMF_FREQS.items() if pair == (low, high))
