"""One outgoing SIP call (the UAC side of a dialog): INVITE with digest auth, ACK, CANCEL, BYE."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass
from enum import StrEnum

from probes.phone.account import SipAccount
from probes.phone.sdp import MediaOffer, make_sdp, parse_sdp
from probes.phone.sip import SipMessage, new_branch, new_tag, response_to, tag_of, uri_of
from probes.phone.sip_digest import digest_authorization
from probes.phone.sip_endpoint import SipEndpoint


class Outcome(StrEnum):
    """How an INVITE ended."""

    ANSWERED = "answered"
    BUSY = "busy"
    NO_ANSWER = "no answer"
    REJECTED = "rejected"


@dataclass(frozen=True)
class Answer:
    """The INVITE's outcome, its final status and (when answered) the far end's media."""

    outcome: Outcome
    status: int
    reason: str
    media: MediaOffer | None = None


class AuthRefused(Exception):
    """The provider refused our credentials (a second challenge, or 403)."""


class OutboundCall:
    """The dialog of one call we place: the endpoint, identities and CSeq counter."""

    def __init__(self, endpoint: SipEndpoint, account: SipAccount, password: str | None) -> None:
        self.endpoint = endpoint
        self.account = account
        self._password = password
        self.call_id = f"{new_tag()}@{account.local_host}"
        self.local_tag = new_tag()
        self.remote_tag = ""
        self.remote_target = ""
        self.route: list[str] = []
        self._remote_to = ""
        self._cseq = 0
        self.remote_hung_up = asyncio.Event()
        endpoint.on_request = self._on_request

    @property
    def proxy(self) -> tuple[str, int]:
        """Where every request goes (the outbound proxy)."""
        return self.account.proxy_host, self.account.proxy_port

    @property
    def local_uri(self) -> str:
        """Our address of record."""
        return f"sip:{self.account.user or 'shopper'}@{self.account.domain}"

    def _request(self, method: str, uri: str, to: str, cseq: int | None = None) -> SipMessage:
        if cseq is None:
            self._cseq += 1
            cseq = self._cseq
        host, port = self.endpoint.address
        msg = SipMessage(method=method, uri=uri)
        msg.headers = [
            ("Via", f"SIP/2.0/UDP {host}:{port};branch={new_branch()};rport"),
            ("Max-Forwards", "70"),
            ("From", f"<{self.local_uri}>;tag={self.local_tag}"),
            ("To", to),
            ("Call-ID", self.call_id),
            ("CSeq", f"{cseq} {method}"),
            ("Contact", f"<sip:{self.account.user or 'shopper'}@{host}:{port}>"),
            ("User-Agent", "service-audit"),
        ]
        for route in self.route:
            msg.headers.append(("Route", route))
        return msg

    def _ack_for(self, invite: SipMessage, resp: SipMessage) -> SipMessage:
        """ACK of a non-2xx final response: same branch and CSeq number (RFC 3261 17.1.1.3)."""
        ack = SipMessage(method="ACK", uri=invite.uri)
        ack.headers = [
            ("Via", invite.get("via") or ""),
            ("Max-Forwards", "70"),
            ("From", invite.get("from") or ""),
            ("To", resp.get("to") or ""),
            ("Call-ID", self.call_id),
            ("CSeq", f"{invite.cseq[0]} ACK"),
        ]
        return ack

    async def register(self) -> None:
        """REGISTER our Contact with the proxy (answering one digest challenge)."""
        uri = f"sip:{self.account.domain}"
        msg = self._request("REGISTER", uri, f"<{self.local_uri}>")
        msg.set("Expires", "3600")
        resp = await self._final(msg)
        if resp.status in (401, 407):
            msg = self._authorised(msg, resp)
            resp = await self._final(msg)
        if resp.status in (401, 403, 407):
            raise AuthRefused(f"REGISTER refused: {resp.status} {resp.reason}")
        if resp.status >= 300:
            raise ConnectionError(f"REGISTER failed: {resp.status} {resp.reason}")

    async def _final(self, msg: SipMessage) -> SipMessage:
        async with self.endpoint.transaction(msg, self.proxy) as responses:
            while True:
                resp = await asyncio.wait_for(responses.get(), 32.0)
                if resp.status >= 200:
                    return resp

    def _authorised(self, msg: SipMessage, challenge: SipMessage) -> SipMessage:
        header = "Proxy-Authenticate" if challenge.status == 407 else "WWW-Authenticate"
        answer = "Proxy-Authorization" if challenge.status == 407 else "Authorization"
        if self._password is None or not self.account.user:
            raise AuthRefused(
                f"{msg.method} needs credentials: {challenge.status} {challenge.reason}"
            )
        auth = digest_authorization(
            challenge.get(header) or "", msg.method, msg.uri, self.account.user, self._password
        )
        again = self._request(msg.method, msg.uri, msg.get("to") or "")
        again.headers += [(k, v) for k, v in msg.headers if k in ("Content-Type", "Expires")]
        again.headers.append((answer, auth))
        again.body = msg.body
        return again

    async def invite(self, number: str, rtp_port: int, event_pt: int | None,
                     ring_timeout_s: float) -> Answer:  # fmt: skip
        """Call `number`; return when answered, refused, or unanswered after `ring_timeout_s`."""
        uri = f"sip:{number}@{self.account.domain}"
        msg = self._request("INVITE", uri, f"<{uri}>")
        msg.headers.append(("Content-Type", "application/sdp"))
        msg.body = make_sdp(self.account.local_host, rtp_port, event_pt)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + ring_timeout_s
        challenged = False
        while True:
            async with self.endpoint.transaction(msg, self.proxy) as responses:
                while True:
                    try:
                        resp = await asyncio.wait_for(
                            responses.get(), max(0.0, deadline - loop.time())
                        )
                    except TimeoutError:
                        return await self._cancel(msg, responses)
                    if resp.status < 200:
                        continue
                    if resp.status < 300:
                        return self._answered(msg, resp)
                    self.endpoint.send(self._ack_for(msg, resp), self.proxy)
                    break
            if resp.status in (401, 407) and not challenged:
                challenged = True
                msg = self._authorised(msg, resp)
                continue
            if resp.status in (401, 403, 407):
                raise AuthRefused(f"INVITE refused: {resp.status} {resp.reason}")
            return Answer(_outcome(resp.status), resp.status, resp.reason)

    def _answered(self, invite: SipMessage, resp: SipMessage) -> Answer:
        self.remote_tag = tag_of(resp.get("to"))
        self.remote_target = uri_of(resp.get("contact")) or invite.uri
        self.route = list(reversed(resp.get_all("record-route")))
        self._remote_to = resp.get("to") or ""
        ack = self._request("ACK", self.remote_target, self._remote_to, cseq=invite.cseq[0])
        self.endpoint.send(ack, self.proxy)
        return Answer(Outcome.ANSWERED, resp.status, resp.reason, parse_sdp(resp.body))

    async def _cancel(self, invite: SipMessage, responses: asyncio.Queue[SipMessage]) -> Answer:
        cancel = SipMessage(method="CANCEL", uri=invite.uri)
        cancel.headers = [
            (k, v) for k, v in invite.headers if k in ("Via", "From", "To", "Call-ID", "Route")
        ]
        cancel.headers += [("Max-Forwards", "70"), ("CSeq", f"{invite.cseq[0]} CANCEL")]
        with contextlib.suppress(TimeoutError, ConnectionError):
            await asyncio.wait_for(self._final(cancel), 8.0)
        with contextlib.suppress(TimeoutError):
            while True:
                resp = await asyncio.wait_for(responses.get(), 8.0)
                if resp.status >= 200:
                    if resp.status < 300:  # answered as we cancelled: hang up at once
                        self._answered(invite, resp)
                        await self.bye()
                    else:
                        self.endpoint.send(self._ack_for(invite, resp), self.proxy)
                    break
        return Answer(Outcome.NO_ANSWER, 487, "Request Terminated")

    async def bye(self) -> None:
        """Hang up an answered call (waits a few seconds for the 200, then gives up)."""
        if self.remote_hung_up.is_set():
            return
        msg = self._request("BYE", self.remote_target, self._remote_to)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._final(msg), 8.0)

    def _on_request(self, msg: SipMessage, addr: tuple[str, int]) -> None:
        if msg.get("call-id") != self.call_id:
            self.endpoint.send(response_to(msg, 481, "Call/Transaction Does Not Exist"), addr)
            return
        if msg.method == "BYE":
            self.endpoint.send(response_to(msg, 200, "OK"), addr)
            self.remote_hung_up.set()
        elif msg.method in ("ACK",):
            return
        elif msg.method == "INVITE":  # a re-INVITE (refresh, hold): keep our media as it is
            self.endpoint.send(response_to(msg, 488, "Not Acceptable Here"), addr)
        else:
            self.endpoint.send(response_to(msg, 200, "OK"), addr)


def _outcome(status: int) -> Outcome:
    if status in (486, 600):
        return Outcome.BUSY
    if status in (408, 480, 487):
        return Outcome.NO_ANSWER
    return Outcome.REJECTED
