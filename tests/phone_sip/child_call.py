"""A separate process that runs the phone probe's `start` (for the SIGKILL test).

python -m tests.phone_sip.child_call CONFIG, CONFIG a JSON file: db url, campaign id,
evidence dir, targets, the `phone:` section.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from probes.base import Target
from probes.phone.probe import PhoneProbe
from probes.phone.spec import PhoneCampaignSpec
from probes.two_phase import TwoPhaseContext
from results.store import Store
from tests.phone_sip.probe_setup import energy_dialer


async def main(config_path: str) -> None:
    config = json.loads(Path(config_path).read_text())
    store = Store.open(config["db"])
    probe = PhoneProbe(dialer=energy_dialer)
    ctx = TwoPhaseContext(
        journal=store,
        campaign_id=config["campaign"],
        targets={k: Target.model_validate(v) for k, v in config["targets"].items()},
        evidence_root=Path(config["evidence"]),
        config=PhoneCampaignSpec.model_validate(config["spec"]),
        say=print,
    )
    await probe.start(ctx, probe.summary())
    print("DONE", flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
