"""Fixtures for the email tests: a real Dovecot, a real aiosmtpd sandbox, a SQLite store."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert

from probes.base import Target
from probes.email.interface import (
    EmailCampaignSpec,
    EmailSettings,
    MailAccounts,
    Persona,
    SmtpAccount,
)
from results.schema import attempts, campaigns, companies
from results.store import Store
from sandbox.mail import SandboxMail, load_mail_world
from sandbox.mailrig import DovecotRig

CANARY = "canary-Pw-7f3a9c-do-not-leak"
USERS = [f"shopper{i}@audit.test" for i in range(10)]
WATCH_USERS = ["shopper10@audit.test", "shopper11@audit.test"]  # test_watch only
TIME_SCALE = 0.3
SMTP_USER = "lena.submit"
SMTP_PASSWORD_ENV = "AUDIT_TEST_SMTP_PASSWORD"
os.environ[SMTP_PASSWORD_ENV] = CANARY


@pytest.fixture(scope="session")
def rig() -> Iterator[DovecotRig]:
    """One Dovecot for the session; every test takes its own mailbox user."""
    with DovecotRig({user: CANARY for user in USERS + WATCH_USERS}) as running:
        yield running


@pytest.fixture(scope="session")
def sandbox_mail(rig: DovecotRig) -> Iterator[SandboxMail]:
    """The sandbox SMTP server and scripted companies, delays scaled down."""
    with SandboxMail(rig, time_scale=TIME_SCALE, smtp_users={SMTP_USER: CANARY}) as mail:
        yield mail


_free_users = itertools.count()


@pytest.fixture
def mailbox_user() -> str:
    """A mailbox nobody else in this session uses."""
    return USERS[next(_free_users) % len(USERS)]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh SQLite store with all tables."""
    opened = Store.open(f"sqlite:///{tmp_path / 'audit.sqlite'}")
    yield opened
    opened.close()


def make_spec(
    rig: DovecotRig,
    smtp_port: int,
    user: str,
    deadline_s: float = 4.0,
    first_name: str = "Lena",
    last_name: str = "Horvat",
    templates: Sequence[str] = ("returns_window",),
    smtp_user: str | None = None,
    smtp_backoff_s: float = 0.05,
) -> EmailCampaignSpec:
    """A campaign's email part: one persona on `user`, sandbox SMTP, rig IMAP."""
    return EmailCampaignSpec(
        personas=(Persona(first_name=first_name, last_name=last_name, address=user),),
        accounts={
            "default": MailAccounts(
                smtp=SmtpAccount(
                    host="127.0.0.1",
                    port=smtp_port,
                    security="none",
                    timeout_s=5,
                    user=smtp_user,
                    password_env=SMTP_PASSWORD_ENV if smtp_user else None,
                ),
                imap=rig.imap_account(user),
            )
        },
        templates=tuple(templates),
        # Any day: the suite runs on Saturdays too (the default window is weekdays only).
        settings=EmailSettings(
            deadline_h=deadline_s / 3600, smtp_backoff_s=smtp_backoff_s, weekdays=tuple(range(7))
        ),
    )


def sandbox_targets(ids: Sequence[str]) -> dict[str, Target]:
    """Targets for sandbox company ids, keyed by company name."""
    world = load_mail_world()
    out = {}
    for cid in ids:
        name = world.names.get(cid, cid)
        out[name] = Target(
            name=name,
            website=f"http://{cid}.sandbox.test/",
            support_email=f"support@{cid}.sandbox.test",
            language=world.languages.get(cid, "en"),
        )
    return out


def make_campaign(store: Store, campaign_id: str, targets: dict[str, Target]) -> list[str]:
    """Insert a campaign with one planned email attempt per target; the attempt ids."""
    now = datetime.now(UTC)
    ids = []
    with store.engine.begin() as conn:
        conn.execute(
            insert(campaigns).values(
                id=campaign_id, name=campaign_id, period="test", source="", spec={}, created=now
            )
        )
        for seq, (name, target) in enumerate(targets.items()):
            conn.execute(
                insert(companies).values(
                    campaign_id=campaign_id, name=name, target=target.model_dump()
                )
            )
            attempt_id = f"{campaign_id}/{name}/email/{seq}"
            conn.execute(
                insert(attempts).values(
                    id=attempt_id,
                    campaign_id=campaign_id,
                    company=name,
                    probe_id="email",
                    seq=seq,
                    state="planned",
                    tries=0,
                    updated=now,
                    data={},
                )
            )
            ids.append(attempt_id)
    return ids
