"""Benchmark: 500 attempts awaiting on one IMAP account, replies appended at random.

Prints the median and p95 lag from IMAP APPEND to the recorded observation,
and the CPU used by the watching process while idle.
Run: python benchmarks/email_watch.py [--attempts 500] [--idle-s 5]
"""

from __future__ import annotations

import argparse
import asyncio
import imaplib
import random
import statistics
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import make_msgid
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from probes.email.collecting import collect
from probes.email.interface import (
    EmailCampaignSpec,
    MailAccounts,
    Persona,
    SmtpAccount,
)
from results.schema import attempts, campaigns
from results.store import Store
from sandbox.mailrig import DovecotRig

USER = "bench@audit.test"
CAMPAIGN = "bench"


def seed(store: Store, count: int) -> list[dict[str, Any]]:
    """`count` attempts already sent and awaiting replies; their email data."""
    now = datetime.now(UTC)
    out = []
    with store.engine.begin() as conn:
        conn.execute(insert(campaigns).values(
            id=CAMPAIGN, name=CAMPAIGN, period="", source="", spec={}, created=now))  # fmt: skip
        for i in range(count):
            email = {
                "message_id": make_msgid(idstring=f"b{i}", domain="audit.test"),
                "token": f"tok{i:05d}",
                "ref": f"R{i:05d}",
                "to_addr": f"support@shop{i}.example",
                "from_addr": f"bench+tok{i:05d}@audit.test",
                "first_name": "Lena",
                "must_mention": [r"\b\d+\s*days?\b"],
                "sent_at": now.isoformat(),
                "channel": "smtp",
                "account": "default",
            }
            conn.execute(insert(attempts).values(
                id=f"bench/{i}", campaign_id=CAMPAIGN, company=f"Shop {i}", probe_id="email",
                seq=i, state="awaiting", tries=1, updated=now,
                deadline=now + timedelta(hours=1), data={"email": email}))  # fmt: skip
            out.append({"id": f"bench/{i}", **email})
    return out


def reply(email: dict[str, Any], index: int) -> bytes:
    return (
        f"From: Agent <{email['to_addr']}>\r\nTo: {email['from_addr']}\r\n"
        f"Subject: Re: question (ref {email['ref']})\r\n"
        f"Message-ID: <reply{index}@shop.example>\r\nIn-Reply-To: {email['message_id']}\r\n"
        f"\r\nDear Lena,\r\nreturns within 30 days.\r\n\r\nBest regards,\r\nEva Lind\r\n"
    ).encode()


def appender(rig: DovecotRig, emails: list[dict[str, Any]], sent: dict[str, float],
             start: threading.Event, max_gap_s: float) -> None:  # fmt: skip
    client = imaplib.IMAP4("127.0.0.1", rig.port)
    client.login(USER, rig.users[USER])
    start.wait()
    order = list(range(len(emails)))
    random.shuffle(order)
    for i in order:
        time.sleep(random.uniform(0, max_gap_s))
        client.append("INBOX", None, None, reply(emails[i], i))
        sent[emails[i]["id"]] = time.monotonic()
    client.logout()


async def run(count: int, idle_s: float, max_gap_s: float) -> None:
    with DovecotRig({USER: "bench-pw"}) as rig, tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        emails = seed(store, count)
        spec = EmailCampaignSpec(
            personas=(Persona(first_name="Lena", last_name="Horvat", address=USER),),
            accounts={"default": MailAccounts(
                smtp=SmtpAccount(host="127.0.0.1", port=1), imap=rig.imap_account(USER))},
        )  # fmt: skip
        observed: dict[str, float] = {}
        original = store.record

        def timed(campaign_id: str, attempt_id: str, *args: Any, **kw: Any) -> None:
            observed.setdefault(attempt_id, time.monotonic())
            original(campaign_id, attempt_id, *args, **kw)

        store.record = timed  # type: ignore[method-assign]
        appended: dict[str, float] = {}
        start = threading.Event()
        thread = threading.Thread(
            target=appender, args=(rig, emails, appended, start, max_gap_s), daemon=True
        )
        thread.start()
        task = asyncio.ensure_future(
            collect(store, CAMPAIGN, spec, Path(tmp) / "ev", until_done=True)
        )
        await asyncio.sleep(1.0)  # connected and idling
        cpu0, wall0 = time.process_time(), time.monotonic()
        await asyncio.sleep(idle_s)
        idle_cpu = (time.process_time() - cpu0) / (time.monotonic() - wall0) * 100
        start.set()
        began = time.monotonic()
        summary = await asyncio.wait_for(task, timeout=count * max_gap_s + 120)
        total = time.monotonic() - began
        lags = sorted(observed[k] - appended[k] for k in appended if k in observed)
        p95 = lags[min(len(lags) - 1, int(0.95 * len(lags)))]
        print(f"attempts awaiting:     {count} on one IMAP account (Dovecot {rig.port})")
        print(
            f"replies appended:      {len(appended)} over {total:.1f} s; "
            f"ingested {summary.ingested}"
        )
        print(f"observations recorded: {len(lags)}")
        print(f"lag append->observation: median {statistics.median(lags) * 1000:.0f} ms, "
              f"p95 {p95 * 1000:.0f} ms, max {lags[-1] * 1000:.0f} ms")  # fmt: skip
        print(f"CPU while idle:        {idle_cpu:.2f} % of one core over {idle_s:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--attempts", type=int, default=500)
    parser.add_argument("--idle-s", type=float, default=5.0)
    parser.add_argument("--max-gap-s", type=float, default=0.04)
    args = parser.parse_args()
    asyncio.run(run(args.attempts, args.idle_s, args.max_gap_s))


if __name__ == "__main__":
    main()
