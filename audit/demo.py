"""`audit demo`: the whole product on the built-in sandbox world, on loopback only."""

from __future__ import annotations

import asyncio
import secrets
import shutil
import time
from pathlib import Path
from typing import Any

import yaml
from rich.text import Text

import sandbox
from audit import cli_results
from audit.campaign import load_campaign
from audit.cli_report import build_report
from audit.console import console, progress_bar
from audit.demo_calls import run_demo_calls
from audit.lock import LOCK_NAME, workspace_lock
from audit.log_routing import store_logged
from audit.runner import Runner
from audit.settings import layered_settings
from audit.workspace import WorkspaceError, open_store
from probes.email.interface import EmailCampaignSpec
from probes.logs.calls import read_calls
from probes.logs.returns import read_returns
from sandbox.mail import SandboxMail, sandbox_email_spec
from sandbox.mailrig import DovecotRig
from sandbox.server import SandboxServer
from sandbox.world import World, load_world

DEMO_MARKER = ".audit-demo"
DEMO_PERIODS = ("2026-Q3", "2026-Q4")
SANDBOX_DIR = Path(sandbox.__file__).resolve().parent
DEMO_SHOPPER = "lena.horvat@shopper.test"
EMAIL_DEADLINE_S = 12.0


def demo_campaign(
    world: World,
    server: SandboxServer,
    concurrency: int,
    period: str,
    email: EmailCampaignSpec,
) -> dict[str, Any]:
    """A campaign over the sandbox's demo companies, pointing at the running server."""
    companies = []
    for company in world.companies:
        if not company.demo:
            continue
        target = company.target(server.port)
        companies.append({k: v for k, v in target.model_dump(mode="json").items() if v is not None})
    return {
        "name": "Sandbox demo",
        "period": period,
        "id": f"sandbox-demo-{period.lower()}",
        "description": "The built-in sandbox world, served on loopback.",
        "companies": companies,
        "probes": {"website": {"attempts": 1}, "email": {"attempts": 1}, "chat": {"attempts": 1}},
        "chat": {
            "first_reply_timeout_s": 10.0,
            "widget_timeout_s": 10.0,
            "total_timeout_s": 45.0,
            "settle_s": 2.0,
            "first_name": "Lena",
            "last_name": "Horvat",
            "email": DEMO_SHOPPER,
        },
        "email": email.model_dump(mode="json", exclude_defaults=True),
        "rubric": "demo",
        "workspace": ".",
        "settings": {
            "concurrency": concurrency,
            "per_host_delay_s": 0.0,
            "navigation_timeout_s": 8.0,
            "attempt_timeout_s": 90.0,
            "host_map": dict(server.host_map),
            "allow_private_hosts": ["*.sandbox.test"],  # the sandbox lives on loopback
        },
    }


def _refuse_unless_demo(workspace: Path) -> None:
    """A demo may use `workspace` when it is missing, empty (but for a lock file) or made
    by an earlier demo; else `WorkspaceError`."""
    if not workspace.exists() or (workspace / DEMO_MARKER).exists():
        return
    if any(p.name != LOCK_NAME for p in workspace.iterdir()):
        raise WorkspaceError(
            f"{workspace} exists and is not a demo workspace; pick another --workspace"
        )


def prepare_workspace(workspace: Path) -> None:
    """Create the demo workspace, wiping a previous demo's data (and nothing else).

    The lock file stays: the demo holds it (`run_demo`), and a new file would let
    another command take a second lock on the same workspace."""
    _refuse_unless_demo(workspace)
    workspace.mkdir(parents=True, exist_ok=True)
    for entry in workspace.iterdir():
        if entry.name == LOCK_NAME:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    (workspace / DEMO_MARKER).write_text("created by `audit demo`; safe to delete\n")


def run_demo(workspace: Path, concurrency: int) -> None:
    """Serve the sandbox, audit it for two periods, import the shipped call and return
    logs, score with the demo rubric and print the latest leaderboard.

    Holds the workspace's lock throughout, like `audit run` and `audit collect`: a
    demo never wipes or writes a workspace that another command is using."""
    _refuse_unless_demo(workspace)  # before a lock file is made there
    workspace.mkdir(parents=True, exist_ok=True)
    with workspace_lock(workspace, "demo"):
        prepare_workspace(workspace)
        _run_demo(workspace, concurrency)


def _run_demo(workspace: Path, concurrency: int) -> None:
    world = load_world()
    store = open_store(workspace, create=True)
    with (
        SandboxServer(world) as server,
        DovecotRig({DEMO_SHOPPER: secrets.token_urlsafe(12)}) as rig,
        SandboxMail(rig) as mail,
    ):
        server.on_contact_form(
            lambda company, fields: mail.form_submitted(
                company, fields.get("name", ""), fields.get("email", ""), fields.get("message", "")
            )
        )
        email = sandbox_email_spec(
            rig, mail, DEMO_SHOPPER, deadline_s=EMAIL_DEADLINE_S, host_map=server.host_map
        )
        console.print(
            Text(
                f"sandbox: {len(world.demo_companies)} companies on "
                f"http://*.sandbox.test:{server.port}/, SMTP on 127.0.0.1:{mail.smtp_port}, "
                f"IMAP (Dovecot) on 127.0.0.1:{rig.port}; loopback only"
            )
        )
        for period in DEMO_PERIODS:
            spec = demo_campaign(world, server, concurrency, period, email)
            path = workspace / f"campaign-{period}.yaml"
            path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))
            loaded = load_campaign(path)
            settings = layered_settings(loaded.campaign.settings)
            started = time.monotonic()
            with progress_bar(f"auditing the sandbox for {period}") as reporter:
                summary = asyncio.run(Runner(store, loaded, settings, reporter).run())
            console.print(
                Text(
                    f"{period}: audited {summary.ran} attempts in "
                    f"{time.monotonic() - started:.1f} s; {summary.email.line()}"
                )
            )
    run_demo_calls(store, workspace, world, DEMO_PERIODS[-1])
    for reader, name in ((read_calls, "calls.csv"), (read_returns, "returns.csv")):
        rows = reader(SANDBOX_DIR / name)
        counts = store_logged(store, rows, lambda: DEMO_PERIODS[-1], None, strict=True)
        console.print(Text(f"imported {sum(counts.imported.values())} logged rows from {name}"))
    cli_results.score_and_show(store, None, DEMO_PERIODS[-1], None)
    index = build_report(store, workspace, workspace / "report")
    console.print(Text("report: ") + Text(str(index), style="green"), soft_wrap=True)
    console.print(
        Text(
            f"data in {workspace}/ (audit.db, evidence/). "
            f"next: audit show COMPANY -w {workspace} · "
            f"audit leaderboard -w {workspace} --channel phone · "
            f"audit export -w {workspace} --format csv"
        )
    )


def serve_sandbox(port: int, latency_ms: float = 0.0) -> None:
    """Serve the sandbox websites until interrupted."""
    world = load_world()
    with SandboxServer(world, port=port, latency_s=latency_ms / 1000) as server:
        console.print(
            Text(
                "Chromium needs the host mapping; start it with:\n"
                f"  chromium --host-resolver-rules='MAP *.sandbox.test 127.0.0.1' "
                f"http://{world.companies[0].host}:{server.port}/"
            )
        )
        for company in world.companies:
            console.print(Text(f"  {company.name}: {server.url(company.id)}"))
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            console.print("stopped")
