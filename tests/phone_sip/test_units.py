"""The SIP stack's parts without a call: messages, digest, G.711, DTMF, RTP, SDP, windows."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from probes.phone.account import SipAccount
from probes.phone.audio import (
    DTMF_FREQS,
    detect_dtmf,
    dtmf_tone,
    frames,
    pcm_to_ulaw,
    tone,
    ulaw_to_pcm,
)
from probes.phone.ivr import IvrStep
from probes.phone.recording import CallRecording
from probes.phone.rtp import MediaSession, RtpPacket, dtmf_event
from probes.phone.sdp import make_sdp, parse_sdp
from probes.phone.sip import SipMessage, response_to
from probes.phone.sip_digest import digest_authorization, digest_valid
from probes.phone.spec import CallingWindow

INVITE = (
    b"INVITE sip:+15550100@example.net SIP/2.0\r\n"
    b"Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKabc;rport\r\n"
    b"f: <sip:me@example.net>;tag=1\r\n"
    b"To: <sip:+15550100@example.net>\r\n"
    b"Call-ID: x@y\r\n"
    b"CSeq: 7 INVITE\r\n"
    b"Subject: folded\r\n continued\r\n"
    b"Content-Length: 4\r\n\r\nbodyEXTRA"
)


def test_a_request_parses_with_compact_and_folded_headers() -> None:
    msg = SipMessage.parse(INVITE)
    assert msg is not None and msg.is_request
    assert (msg.method, msg.uri, msg.cseq, msg.branch) == (
        "INVITE", "sip:+15550100@example.net", (7, "INVITE"), "z9hG4bKabc",
    )  # fmt: skip
    assert msg.get("from") == "<sip:me@example.net>;tag=1"
    assert msg.get("subject") == "folded continued"
    assert msg.body == b"body"  # Content-Length wins over trailing bytes
    again = SipMessage.parse(msg.encode())
    assert again is not None and again.headers[:5] == msg.headers[:5]


def test_a_response_copies_the_transaction_headers_and_adds_the_tag() -> None:
    msg = SipMessage.parse(INVITE)
    assert msg is not None
    resp = response_to(msg, 180, "Ringing", to_tag="abc")
    assert resp.get("to") == "<sip:+15550100@example.net>;tag=abc"
    assert resp.branch == "z9hG4bKabc" and resp.cseq == (7, "INVITE")


@pytest.mark.parametrize("data", [b"", b"hello", b"GARBAGE\r\n\r\n", b"SIP/2.0 abc OK\r\n\r\n"])
def test_non_sip_is_ignored(data: bytes) -> None:
    assert SipMessage.parse(data) is None


@pytest.mark.parametrize("qop", ['qop="auth"', ""])
def test_digest_proves_the_password_without_containing_it(qop: str) -> None:
    challenge = f'Digest realm="r", nonce="n1", {qop}'.rstrip(", ")
    auth = digest_authorization(challenge, "INVITE", "sip:1@x", "alice", "pa55-word")
    assert "pa55-word" not in auth
    assert digest_valid(auth, "INVITE", "alice", "pa55-word", "r")
    assert not digest_valid(auth, "INVITE", "alice", "other", "r")
    assert not digest_valid(auth, "INVITE", "bob", "pa55-word", "r")


def test_ulaw_round_trip_keeps_the_signal() -> None:
    pcm = tone((440.0, 1000.0), 0.02)
    back = ulaw_to_pcm(pcm_to_ulaw(pcm))
    assert len(back) == len(pcm)
    pairs = zip(memoryview(pcm).cast("h"), memoryview(back).cast("h"), strict=True)
    worst = max(abs(a - b) for a, b in pairs)
    assert worst < 600  # mu-law steps are at most ~3% of the amplitude here


@pytest.mark.parametrize("digit", sorted(DTMF_FREQS))
def test_every_digit_is_heard_in_band(digit: str) -> None:
    assert {detect_dtmf(f) for f in frames(dtmf_tone(digit, 0.06))} == {digit}


def test_tones_music_and_silence_are_not_digits() -> None:
    for pcm in (tone((440.0,), 0.02), tone((440.0, 480.0), 0.02), bytes(320)):
        assert detect_dtmf(pcm) is None


def test_rtp_packets_and_rfc4733_events() -> None:
    packet = RtpPacket(101, True, 65535, 123456, 42, dtmf_event("#", end=True, duration=800))
    parsed = RtpPacket.parse(packet.pack())
    assert parsed == packet
    assert parsed.payload[0] == 11 and parsed.payload[1] & 0x80
    assert RtpPacket.parse(b"\x00" * 12) is None  # not version 2


def test_frames_are_stamped_when_sent_and_never_after_they_arrived() -> None:
    session = MediaSession(lambda pcm, at: None)

    def frame(i: int, ssrc: int = 7) -> RtpPacket:
        return RtpPacket(0, False, i, 1000 + 160 * i, ssrc, b"\xff" * 160)

    assert session._media_time(frame(0), 10.5) == 10.5  # read 0.5 s late, not yet known
    assert session._media_time(frame(1), 10.02) == 10.02  # on time: the first was late
    assert session._media_time(frame(2), 10.04) == pytest.approx(10.04)
    assert session._media_time(frame(3), 11.0) == pytest.approx(10.06)  # a busy loop's burst
    assert session._media_time(frame(4), 11.0) == pytest.approx(10.08)
    assert session._media_time(frame(5, ssrc=8), 12.0) == 12.0  # a new stream: new anchor


def test_sdp_offer_and_answer() -> None:
    offer = parse_sdp(make_sdp("127.0.0.1", 40000))
    assert offer is not None and (offer.host, offer.port, offer.pcmu, offer.event_pt) == (
        "127.0.0.1", 40000, True, 101,
    )  # fmt: skip
    plain = parse_sdp(make_sdp("127.0.0.1", 40002, event_pt=None))
    assert plain is not None and plain.event_pt is None
    assert parse_sdp(b"v=0\r\n") is None


def test_recording_places_frames_in_time_without_overlap(tmp_path: Path) -> None:
    rec = CallRecording()
    rec.start(100.0)
    frame = tone((440.0,), 0.02)
    rec.add(0, frame, 100.02)
    rec.add(0, frame, 100.03)  # early (jitter): goes right after the previous frame
    rec.add(1, frame, 101.0)
    assert rec.seconds == pytest.approx(1.0, abs=0.001)
    path = rec.save(tmp_path / "r.wav")
    assert path.stat().st_size > 44


def test_the_calling_window_is_read_in_the_company_zone() -> None:
    window = CallingWindow(weekdays=(0, 1, 2, 3, 4), hours=(9, 17))
    monday_14_utc = datetime(2026, 11, 2, 14, 0, tzinfo=UTC)
    assert window.contains(monday_14_utc, "UTC")
    assert window.contains(monday_14_utc, "America/New_York")  # 09:00 there
    assert not window.contains(monday_14_utc, "Asia/Tokyo")  # 23:00 there
    opens = window.next_opening(monday_14_utc, "Asia/Tokyo")
    assert opens.hour == 9 and window.contains(opens, "Asia/Tokyo")


def test_bad_steps_and_inline_passwords_are_refused() -> None:
    with pytest.raises(ValidationError, match="either"):
        IvrStep(wait_for="prompt", press="1")
    with pytest.raises(ValidationError, match="keys"):
        IvrStep(press="1x")
    with pytest.raises(ValidationError, match="never read from the campaign file"):
        SipAccount.model_validate({"user": "u", "password": "p"})


def test_a_prompt_ends_at_the_first_long_enough_pause_after_sound() -> None:
    from probes.phone.level import PauseAfterSound

    pause = PauseAfterSound()
    pause.expect(0.1)
    quiet, loud = bytes(320), tone((440.0,), 0.02)
    sequence = [quiet] * 10 + [loud] * 5 + [quiet] * 3 + [loud] * 2 + [quiet] * 5
    ends = [i for i, f in enumerate(sequence) if pause.feed(f, i * 0.02)]
    assert ends == [24]  # silence before the sound and the short gap do not count
    assert pause.heard()
