"""A separate `send + collect` process for the kill tests: python -m tests.email.child_run CONFIG.

CONFIG is a JSON file: db url, campaign id, evidence dir, targets, spec.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from probes.base import Target
from probes.email.collecting import collect
from probes.email.interface import EmailCampaignSpec
from probes.email.sending import send_due
from results.store import Store


async def main(config_path: str) -> None:
    config = json.loads(Path(config_path).read_text())
    store = Store.open(config["db"])
    spec = EmailCampaignSpec.model_validate(config["spec"])
    targets = {k: Target.model_validate(v) for k, v in config["targets"].items()}
    evidence = Path(config["evidence"])
    await send_due(store, config["campaign"], targets, spec, evidence, progress=print)
    print("SENT", flush=True)
    await collect(store, config["campaign"], spec, evidence, until_done=True, progress=print)
    print("DONE", flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
