"""9.4: a reply from a domain the company's website links to is the company's answer.

The website probe (real Chromium, a site on loopback) records the other sites the
company's pages link to; the email probe (real SMTP to the sandbox, real Dovecot)
then accepts a reply from such a domain (the help desk linked from the contact
page, the domain of a `mailto:` there) for that company only, and says why. A
public mail provider linked from a page vouches for nobody.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import make_msgid
from pathlib import Path

import pytest
from sqlalchemy import insert

from probes.base import Channel, Observation, Status, Target, utcnow
from probes.domains import LINKED_DOMAINS
from probes.email.collecting import collect
from probes.email.journal import email_part
from probes.email.sending import send_due
from results.schema import attempts
from results.store import Store
from sandbox.mail import SandboxMail
from sandbox.mailrig import DovecotRig
from tests.email.conftest import make_campaign, make_spec
from tests.hostile import mail_fixtures as fx
from tests.hostile.web_site import HostileSite, observations, page, run_campaign

rig, sandbox_mail, mailbox_user, store = fx.rig, fx.sandbox_mail, fx.mailbox_user, fx.store
HOME = page('<p>Welcome</p><a href="/contact">Contact us</a>')
ANSWER = "Dear Lena,\n\nyou can return it within 30 days, free.\n\nBest regards,\nEva Lind\n"


@pytest.fixture
def site() -> Iterator[HostileSite]:
    served = HostileSite(
        {
            "linked.sandbox.test/": HOME,
            "linked.sandbox.test/contact": page(
                "<h1>Contact</h1><p>Open a ticket at our "
                '<a href="https://linkedshop.deskpro.example/new">help centre</a> or write to '
                '<a href="mailto:care@mail.linkedshop-care.co.uk">our care team</a>.</p>'
            ),
            "unlinked.sandbox.test/": HOME,
            "unlinked.sandbox.test/contact": page("<h1>Contact</h1><p>Write to us.</p>"),
            "freemail.sandbox.test/": HOME,
            "freemail.sandbox.test/contact": page(
                '<h1>Contact</h1><a href="mailto:freemail.shop@gmail.com">Email us</a>'
            ),
        }
    )
    yield served
    served.stop()


def _targets(site: HostileSite) -> dict[str, Target]:
    return {
        name: Target(
            name=name,
            website=site.url(f"{name}.sandbox.test"),
            support_email=f"support@{name}.sandbox.test",
        )
        for name in ("linked", "unlinked", "freemail")
    }


def _email_attempts(
    store: Store, campaign_id: str, targets: dict[str, Target], probe_id: str = "email"
) -> dict[str, str]:
    """One planned attempt of `probe_id` per company of an existing campaign: company -> id."""
    now = datetime.now(UTC)
    ids = {name: f"{campaign_id}/{name}/{probe_id}/0" for name in targets}
    with store.engine.begin() as conn:
        for name, attempt_id in ids.items():
            conn.execute(
                insert(attempts).values(
                    id=attempt_id, campaign_id=campaign_id, company=name, probe_id=probe_id,
                    seq=0, state="planned", tries=0, updated=now, data={},
                )
            )  # fmt: skip
    return ids


def _reply(sender: str, to: str, in_reply_to: str) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = f"Eva Lind <{sender}>"
    msg["To"] = to
    msg["Subject"] = "Re: your question"
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2])
    msg["In-Reply-To"] = in_reply_to
    msg.set_content(ANSWER)
    return msg.as_bytes()


async def test_a_reply_from_a_domain_the_companys_website_links_to_counts(
    site: HostileSite,
    rig: DovecotRig,
    sandbox_mail: SandboxMail,
    mailbox_user: str,
    tmp_path: Path,
) -> None:
    targets = _targets(site)
    companies = [
        t.model_dump(include={"name", "website", "support_email"}) for t in targets.values()
    ]
    settings = {"host_map": {"*.sandbox.test": "127.0.0.1"}}
    store = run_campaign(tmp_path, companies, settings)  # the website probe, real Chromium
    linked = observations(store, "linked")["selfservice"]
    assert linked.metrics[LINKED_DOMAINS] == "linkedshop-care.co.uk, linkedshop.deskpro.example"
    assert "links to other sites: linkedshop-care.co.uk" in linked.detail
    assert observations(store, "unlinked")["selfservice"].metrics[LINKED_DOMAINS] == ""
    assert observations(store, "freemail")["selfservice"].metrics[LINKED_DOMAINS] == "gmail.com"

    ids = _email_attempts(store, "hostile", targets)
    spec = make_spec(rig, sandbox_mail.smtp_port, mailbox_user, deadline_s=4.0)
    sent = await send_due(store, "hostile", targets, spec, tmp_path / "ev")
    assert sorted(sent.sent) == sorted(ids.values())
    senders = {
        "linked": "eva@linkedshop.deskpro.example",  # its help desk, linked from its contact page
        "unlinked": "eva@linkedshop.deskpro.example",  # someone else's help desk
        "freemail": "helpful.stranger@gmail.com",  # anyone can write from gmail.com
    }
    for name, sender in senders.items():
        inquiry = email_part(store.attempt(ids[name]))
        raw = _reply(sender, inquiry["from_addr"], inquiry["message_id"])
        sandbox_mail.deliver_now(inquiry["from_addr"], raw)
    care = email_part(store.attempt(ids["linked"]))  # a second answer, from the mailto domain
    sandbox_mail.deliver_now(
        care["from_addr"],
        _reply("team@linkedshop-care.co.uk", care["from_addr"], care["message_id"]),
    )

    summary = await collect(
        store, "hostile", spec, tmp_path / "ev", until_done=True, targets=targets
    )
    assert summary.ingested == 4 and summary.unmatched == 0, summary
    observed = {o.attempt_id: o for o in store.observations("hostile") if o.probe_id == "email"}
    answer = observed[ids["linked"]]
    assert answer.status.value == "ok", answer.detail
    assert answer.metrics["email.answered"] is True
    assert answer.metrics["email.replies"] == 2
    rows = store.messages_for(ids["linked"])
    assert all(r["sender_verified"] for r in rows)
    reasons = [reason for r in rows for reason in r["reasons"]]
    helpdesk = "linkedshop.deskpro.example"
    assert f"sender {helpdesk}: {helpdesk}, linked from the company's website" in reasons
    assert any("linkedshop-care.co.uk, linked from the company's website" in r for r in reasons)
    for name in ("unlinked", "freemail"):
        obs = observed[ids[name]]
        assert obs.status.value == "timeout", (name, obs.detail)
        assert obs.metrics["email.replies"] == 0
        assert "unverified sender, not counted" in obs.detail
        [row] = store.messages_for(ids[name])
        assert row["sender_verified"] is False
    store.close()


async def test_a_link_seen_after_the_reply_arrived_still_vouches_for_it(
    store: Store, rig: DovecotRig, sandbox_mail: SandboxMail, mailbox_user: str, tmp_path: Path
) -> None:
    """The website is probed while we wait for replies: a reply stored as unverified
    counts once the company's website is seen to link to its sender's domain."""
    targets = {"late": Target(name="late", website="http://late.sandbox.test/",
                              support_email="support@late.sandbox.test")}  # fmt: skip
    [attempt_id] = make_campaign(store, "late", targets)
    spec = make_spec(rig, sandbox_mail.smtp_port, mailbox_user, deadline_s=4.0)
    sent = await send_due(store, "late", targets, spec, tmp_path / "ev")
    assert sent.sent == [attempt_id]
    inquiry = email_part(store.attempt(attempt_id))
    raw = _reply("eva@late.deskpro.example", inquiry["from_addr"], inquiry["message_id"])
    sandbox_mail.deliver_now(inquiry["from_addr"], raw)
    once = await collect(store, "late", spec, tmp_path / "ev", until_done=False, targets=targets)
    assert once.ingested == 1
    [row] = store.messages_for(attempt_id)
    assert row["sender_verified"] is False  # nothing vouches for it yet

    [website_id] = _email_attempts(store, "late", targets, probe_id="website").values()
    now = utcnow()
    seen = Observation(
        attempt_id=website_id, company="late", channel=Channel.SELFSERVICE, probe_id="website",
        status=Status.OK, started=now, finished=now,
        metrics={LINKED_DOMAINS: "late.deskpro.example"},
    )  # fmt: skip
    store.record("late", website_id, [seen])  # what the website probe stores

    await collect(store, "late", spec, tmp_path / "ev", until_done=True, targets=targets)
    [obs] = [o for o in store.observations("late") if o.probe_id == "email"]
    assert obs.status is Status.OK, obs.detail
    assert obs.metrics["email.answered"] is True
    assert "linked from the company's website (seen after the reply arrived)" in obs.detail
