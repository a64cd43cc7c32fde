"""Benchmark: how close is the measured email response time to the company's real delay?

The sandbox companies answer after scripted delays (scaled by --time-scale). The
measured `email.first_human_response_s` (our SMTP acceptance to the reply's IMAP
INTERNALDATE, 1 s resolution) is printed beside the scripted delay, with the error.
Tests only check order and presence; the figures live here.
Run: python benchmarks/email_timing.py [--time-scale 0.3] [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert

from probes.base import Target
from probes.email.collecting import collect
from probes.email.sending import send_due
from results.schema import attempts, campaigns, companies
from results.store import Store
from sandbox.mail import SandboxMail, load_mail_world, sandbox_email_spec
from sandbox.mailrig import DovecotRig

SHOPPER = "timing@audit.test"
# Company id -> seconds (unscaled) until its first human answer, from mail_world.yaml.
FIRST_HUMAN_S = {"bloomly": 3, "fernseh-profi": 2, "anadolu-elektronik": 3, "olympos-market": 3,
                 "zelena-trgovina": 2, "sportwelt": 4}  # fmt: skip


def plan(store: Store, campaign_id: str, targets: dict[str, Target]) -> None:
    """One planned email attempt per target."""
    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        conn.execute(
            insert(campaigns).values(
                id=campaign_id, name=campaign_id, period="bench", source="", spec={}, created=now
            )
        )
        for seq, (name, target) in enumerate(targets.items()):
            conn.execute(insert(companies).values(
                campaign_id=campaign_id, name=name, target=target.model_dump()))  # fmt: skip
            row = {"id": f"{campaign_id}/{seq}", "campaign_id": campaign_id, "company": name,
                   "probe_id": "email", "seq": seq, "state": "planned", "tries": 0,
                   "updated": now, "data": {}}  # fmt: skip
            conn.execute(insert(attempts).values(**row))


async def run(scale: float, rounds: int) -> None:
    world = load_mail_world()
    errors: list[float] = []
    with (
        DovecotRig({SHOPPER: "timing-pw"}) as rig,
        SandboxMail(rig, time_scale=scale) as mail,
        tempfile.TemporaryDirectory() as tmp,
    ):
        store = Store.open(f"sqlite:///{Path(tmp) / 'bench.db'}")
        spec = sandbox_email_spec(rig, mail, SHOPPER, deadline_s=max(FIRST_HUMAN_S.values()) * 2)
        print(f"{'company':<22} {'scripted s':>10} {'measured s':>10} {'error s':>8}")
        for round_no in range(rounds):
            cid = f"timing-{round_no}"
            targets = {
                world.names.get(c, c): Target(
                    name=world.names.get(c, c), support_email=f"support@{c}.sandbox.test",
                    language=world.languages.get(c, "en"))
                for c in FIRST_HUMAN_S
            }  # fmt: skip
            plan(store, cid, targets)
            await send_due(store, cid, targets, spec, Path(tmp) / "ev")
            await collect(store, cid, spec, Path(tmp) / "ev", until_done=True, targets=targets)
            measured = {o.company: o.metrics for o in store.observations(cid)}
            for company_id, delay in FIRST_HUMAN_S.items():
                name = world.names.get(company_id, company_id)
                value = measured.get(name, {}).get("email.first_human_response_s")
                expected = delay * scale
                if isinstance(value, int | float):
                    errors.append(value - expected)
                    print(f"{name[:22]:<22} {expected:>10.2f} {value:>10.2f} "
                          f"{value - expected:>+8.2f}")  # fmt: skip
                else:
                    print(f"{name[:22]:<22} {expected:>10.2f} {'none':>10}")
        store.close()
    if errors:
        absolute = sorted(abs(e) for e in errors)
        print(f"replies timed: {len(errors)}; error median {statistics.median(errors):+.2f} s, "
              f"median |error| {statistics.median(absolute):.2f} s, max |error| "
              f"{absolute[-1]:.2f} s (INTERNALDATE has 1 s resolution)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--time-scale", type=float, default=0.3)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    asyncio.run(run(args.time_scale, args.rounds))


if __name__ == "__main__":
    main()
