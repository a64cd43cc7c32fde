"""Where and as whom the dialer calls: a SIP provider or PBX, its password by env or file."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from probes.email.interface import Credentials


class SipAccount(Credentials):
    """A SIP account: the proxy we send through, our identity, the password's source.

    `user` is the authentication user (and our From user); the password is never in
    the campaign file: `password_env` or `password_file` names where it is.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    proxy_host: str = "127.0.0.1"
    proxy_port: int = Field(5060, ge=1, le=65535)
    domain: str = "localhost"
    """The domain of our address and of the numbers we dial (sip:+1415...@domain)."""
    local_host: str = "127.0.0.1"
    """The address we bind SIP and RTP to and announce in Contact and SDP."""
    register_first: bool = False
    """Send REGISTER before calling (a PBX that wants it); off for a trunk or the sandbox."""


class DialPlan(BaseModel):
    """How a call behaves on the line (ours, whoever the company is)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ring_timeout_s: float = Field(45.0, gt=0)
    """Give up (CANCEL) when nobody answers within this (no answer)."""
    dtmf: str = Field("rfc4733", pattern="^(rfc4733|inband)$")
    """How digits are sent: RFC 4733 events (if the far end offers them), or in-band tones."""
