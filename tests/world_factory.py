"""A synthetic audit store: N companies, every channel, several periods, real SQLite.

Used by the terminal and report tests and by `benchmarks/report.py`. Metric values
follow a hidden quality per company (seeded), so rankings, ties and movements look
like a real campaign's. `hostile` adds a company whose name, transcript and email
carry markup, escape sequences and right-to-left overrides.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from probes.base import Channel, Evidence, MetricValue, Observation, Status
from results.store import Store

HOSTILE_NAME = "<script>alert(1)</script> Evil\u202eCorp [bold red]X[/] \x1b[31m"
HOSTILE_TEXT = (
    "<img src=x onerror=alert(1)> \x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\ "
    "</pre><script>document.title='pwned'</script> \u202egnp.exe"
)
SCORING_SPEC = {"rubric": "default"}


def _metrics(channel: Channel, q: float, rng: random.Random) -> dict[str, MetricValue]:
    def flag(p: float) -> bool:
        return rng.random() < min(max(p, 0.02), 0.98)

    def seconds(good: float, bad: float) -> float:
        return round(bad * (good / bad) ** q * rng.lognormvariate(0, 0.5), 1)

    if channel is Channel.PHONE:
        return {
            "phone.on_homepage": flag(q),
            "phone.on_contact_page": flag(q + 0.3),
            "phone.above_fold": flag(q - 0.1),
            "phone.toll_free": flag(q - 0.2),
            "phone.tel_link": flag(q),
            "phone.hours_listed": flag(q),
            "phone.clicks_to_find": rng.choice([0, 1, 2, 3]) if q < 0.5 else rng.choice([0, 1]),
        }
    if channel is Channel.EMAIL:
        answered = flag(q + 0.2)
        out: dict[str, MetricValue] = {
            "email.channel": "smtp",
            "email.auto_ack": flag(q - 0.3),
            "email.answered": answered,
            "email.replies": 1 if answered else 0,
            "email.personalised": flag(q),
        }
        if answered:
            out["email.first_response_s"] = seconds(1800, 86400 * 2)
            out["email.first_human_response_s"] = seconds(3600, 86400 * 3)
        return out
    if channel is Channel.CHAT:
        return {
            "chat.available": flag(q + 0.3),
            "chat.vendor": rng.choice(["intercom", "zendesk", "livechat", "generic"]),
            "chat.time_to_open_s": seconds(1, 8),
            "chat.first_response_s": seconds(5, 120),
            "chat.first_human_response_s": seconds(30, 900),
            "chat.bot_first": flag(0.5),
            "chat.answered": flag(q + 0.1),
        }
    if channel is Channel.RETURNS:
        return {
            "returns.policy_found": flag(q + 0.3),
            "returns.clicks_to_find": rng.choice([1, 2, 3]),
            "returns.window_days": rng.choice([14, 30, 60, 100]) if q > 0.3 else 14,
            "returns.free_returns": flag(q),
            "returns.restocking_fee": flag(0.5 - q),
            "returns.prepaid_label": flag(q),
        }
    return {
        "selfservice.faq": flag(q + 0.3),
        "selfservice.faq_count": int(60 * q * rng.random()),
        "selfservice.search": flag(q),
        "selfservice.knowledge_base": flag(q - 0.2),
        "selfservice.contact_form": flag(0.8),
        "selfservice.hours_247": flag(q - 0.3),
    }


def company_names(count: int, hostile: bool = False) -> list[str]:
    """`count` distinct realistic names (one hostile one first when asked)."""
    stems = ["Acme", "Berg", "Nordwind", "Kestrel", "Lumen", "Oak & Ash", "Pioneer", "Quill"]
    kinds = ["Outdoor", "Sport", "Home Goods", "Electronics", "Fashion Group", "Pharmacy"]
    names = [
        f"{stems[i % len(stems)]} {kinds[i // len(stems) % len(kinds)]} {i}" for i in range(count)
    ]
    if hostile and names:
        names[0] = HOSTILE_NAME
    return names


def _screenshot(path: Path, text: str) -> None:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (800, 500), "#f3f4f6")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 800, 60), fill="#1d4ed8")
    draw.text((20, 90), text, fill="#111827")
    image.save(path)


def _evidence(
    folder: Path, attempt_id: str, channel: Channel, hostile: bool, screenshots: bool
) -> list[Evidence]:
    if channel is Channel.PHONE and screenshots:
        path = folder / f"{attempt_id}.png"
        _screenshot(path, f"homepage of {attempt_id}")
        return [Evidence(kind="screenshot", path=str(path), caption=HOSTILE_TEXT if hostile
                         else "https://c.example/")]  # fmt: skip
    if channel is Channel.CHAT:
        path = folder / f"{attempt_id}.json"
        messages = [
            {"sender": "Bot", "role": "bot", "text": "Hi! How can I help?", "at_s": -2.0},
            {"sender": "Lena", "role": "shopper", "text": "How long can I return a jacket?",
             "at_s": 0.0},
            {"sender": "Ann", "role": "human", "text": HOSTILE_TEXT if hostile else "30 days.",
             "at_s": 41.5},
        ]  # fmt: skip
        path.write_text(json.dumps({"vendor": "generic", "messages": messages}))
        return [Evidence(kind="transcript", path=str(path), caption="chat transcript")]
    if channel is Channel.EMAIL:
        path = folder / f"{attempt_id}.eml"
        body = HOSTILE_TEXT if hostile else "You can return it within 30 days."
        path.write_text(
            "From: support@shop.example\nTo: lena@shopper.example\n"
            f"Subject: Re: returns {'<b>bold</b>' if hostile else ''}\n"
            "Content-Type: text/plain; charset=utf-8\n\n"
            f"Dear Lena,\n{body}\n"
        )
        return [Evidence(kind="eml", path=str(path), caption="human reply, uid 1")]
    return []


def build_store(
    workspace: Path,
    companies: int = 12,
    periods: tuple[str, ...] = ("2026-Q3", "2026-Q4"),
    attempts: int = 2,
    *,
    hostile: bool = False,
    evidence: bool = True,
    screenshots: bool = False,
    seed: int = 7,
) -> Store:
    """A store in `workspace/audit.db` holding one campaign per period.

    `evidence` adds a transcript (chat) and an email (email) to each company's first
    attempt; `screenshots` a PNG to its first phone attempt.
    """
    workspace.mkdir(parents=True, exist_ok=True)
    store = Store.open(f"sqlite:///{workspace / 'audit.db'}")
    rng = random.Random(seed)
    names = company_names(companies, hostile)
    quality = {name: rng.random() for name in names}
    start = datetime(2026, 7, 1, 9, 0, tzinfo=UTC)
    for p, period in enumerate(periods):
        campaign_id = f"synthetic-{period}"
        folder = workspace / "evidence" / campaign_id
        folder.mkdir(parents=True, exist_ok=True)
        targets = {n: {"name": n, "website": f"https://c{i}.example/"} for i, n in enumerate(names)}
        store.save_campaign(
            campaign_id, "Synthetic retail", period, str(workspace / "campaign.yaml"),
            {**SCORING_SPEC, "probes": {"website": {"attempts": attempts}}}, targets,
        )  # fmt: skip
        plan, records = [], []
        for i, name in enumerate(names):
            q = min(max(quality[name] + rng.gauss(0, 0.08) * p, 0.0), 1.0)
            for channel in Channel:
                for k in range(attempts):
                    attempt_id = f"{campaign_id}-{i}-{channel.value}-{k}"
                    plan.append((attempt_id, name, f"synthetic-{channel.value}", k))
                    status = Status.OK if rng.random() > 0.05 else Status.TIMEOUT
                    when = start + timedelta(days=91 * p, minutes=i)
                    proofs = (
                        _evidence(folder, attempt_id, channel, hostile and i == 0, screenshots)
                        if evidence and k == 0
                        else []
                    )
                    records.append((attempt_id, Observation(
                        attempt_id=attempt_id, company=name, channel=channel,
                        probe_id=f"synthetic-{channel.value}", status=status,
                        started=when, finished=when + timedelta(seconds=30),
                        metrics=_metrics(channel, q, rng) if status is Status.OK else {},
                        evidence=proofs,
                        detail=HOSTILE_TEXT if hostile and i == 0 else "",
                    )))  # fmt: skip
        store.plan_attempts(campaign_id, plan)
        with store.engine.begin() as conn:
            for attempt_id, observation in records:
                store.record(campaign_id, attempt_id, [observation], conn=conn)
    return store
