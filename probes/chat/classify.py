"""Reading a chat transcript: bot or human, queue notices, offline widgets, answered.

Every decision keeps its reason, which ends up in the transcript and the
observation's detail. Patterns cover English, German, Slovenian, Greek,
Lithuanian and Turkish.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from probes.chat.interface import Message, RawMessage, Role

QUEUE = re.compile(
    r"number \d+ in (?:the )?(?:line|queue)|\d+(?:st|nd|rd|th)? in (?:the )?(?:line|queue)|"
    r"position(?: in (?:the )?queue)?:? ?#?\d+|(?:estimated |expected )?wait(?:ing)? time|"
    r"wait (?:is|of) (?:about |around )?\d+|"
    r"sie sind (?:die )?nummer \d+|platz \d+ in der warteschlange|warteschlange|wartezeit|"
    r"ste \d+\.? v vrsti|čakaln\w+ vrst\w+|čas čakanja|"
    r"είστε (?:ο |η )?\d+\S* στη σειρά|θέση \d+|χρόνος αναμονής|σειρά αναμονής|"
    r"esate \d+\S* eilėje|eilėje|laukimo laikas|"
    r"\d+\. sıradasınız|sırada \d+|sıranız|bekleme süresi",
    re.I,
)
"""A queue position or wait time shown to the visitor."""

CONNECTING = re.compile(
    r"connecting you|we(?:'re| are| will be) (?:now )?connecting|looking for an? (?:agent|person)|"
    r"transferring you|an agent will (?:be with you|join)|please wait for an agent|"
    r"wir verbinden sie|einen moment,? (?:bitte,? )?ein mitarbeiter|"
    r"povezujemo vas|σας συνδέουμε|sujungiame jus|sizi (?:bir )?(?:temsilciye )?bağlıyoruz",
    re.I,
)
"""The widget is fetching a person: a waiting state, like a queue position."""

CONNECTED = re.compile(
    r"you(?:'re| are) (?:now )?(?:connected|chatting) (?:to|with)|"
    r"\bjoined the (?:chat|conversation)|has joined|"
    r"sie sind (?:jetzt )?(?:mit .{1,40} )?verbunden|verbunden mit|"
    r"povezani ste|zdaj ste povezani|"
    r"συνδεθήκατε με|είστε συνδεδεμένοι με|"
    r"esate sujungt\w+ su|prisijungė prie pokalbio|"
    r"bağlandınız|sohbete katıldı",
    re.I,
)
"""A person was put through ("You are now connected to Eleni")."""

OFFLINE = re.compile(
    r"we(?:'re| are) (?:currently )?offline|currently offline|leave (?:us )?a message|"
    r"no agents? (?:are |is )?(?:available|online)|"
    r"outside (?:of )?(?:our )?(?:business|opening) hours|"
    r"offline|hinterlassen sie (?:uns )?eine nachricht|"
    r"außerhalb unserer (?:geschäfts|öffnungs)zeiten|"
    r"nismo (?:na voljo|dosegljivi)|pustite (?:nam )?sporočilo|"
    r"εκτός σύνδεσης|αφήστε (?:μας )?(?:ένα )?μήνυμα|"
    r"neprisijung\w*|palikite (?:mums )?žinutę|"
    r"çevrimdışı|mesaj bırakın|şu anda müsait değil",
    re.I,
)
"""An offline widget: leave-a-message form or "we are offline"."""

BOT_WORDING = re.compile(
    r"virtual assistant|digital assistant|ai assistant|i(?:'m| am) (?:a|an) (?:bot|ai|virtual)|"
    r"automated (?:assistant|message|reply)|chat ?bot|"
    r"virtuelle[rn]? assistent|digitale[rn]? assistent|ich bin ein bot|"
    r"virtualni asistent|sem (?:bot|robot)|klepetalni robot|"
    r"ψηφιακός βοηθός|εικονικός βοηθός|είμαι (?:ένα )?bot|"
    r"virtualus asistentas|esu (?:robotas|botas)|pokalbių robotas|"
    r"sanal asistan|ben bir bot|sohbet robotu|dijital asistan",
    re.I,
)
BOT_NAME = re.compile(r"\bbot\b|assistant|asistan|assistent|βοηθός|\bai\b|automat|virtual", re.I)
BOT_HINT = re.compile(r"(?:^|[\s_-])(?:bot|automated|assistant)(?:$|[\s_-])", re.I)
HUMAN_HINT = re.compile(r"(?:^|[\s_-])(?:agent|operator|human|staff)(?:$|[\s_-])", re.I)
NOTICE_HINT = re.compile(r"(?:^|[\s_-])(?:system|notice|status|queue|event)(?:$|[\s_-])", re.I)
VISITOR_HINT = re.compile(
    r"(?:^|[\s_-])(?:visitor|user|customer|me|self|outgoing|sent|own|mine)(?:$|[\s_-])", re.I
)


def is_offline(text: str) -> bool:
    """Whether a widget's text says it is offline or offers only a leave-a-message form."""
    return OFFLINE.search(text) is not None


@dataclass(frozen=True)
class BotProduct:
    """A vendor's bot product name (`bot_products.yaml`) and where the vendor names it."""

    name: str
    pattern: re.Pattern[str]
    vendor: str
    source: str
    whole_sender: bool = False


@cache
def bot_products() -> tuple[BotProduct, ...]:
    """The bot product names shipped in `bot_products.yaml`."""
    data = yaml.safe_load(Path(__file__).with_name("bot_products.yaml").read_text("utf-8"))
    return tuple(
        BotProduct(
            str(e["name"]),
            re.compile(rf"(?<!\w)(?:{e['pattern']})(?!\w)", re.I),
            str(e["vendor"]),
            str(e["source"]),
            bool(e.get("whole_sender", False)),
        )
        for e in data
    )


def bot_product(msg: RawMessage) -> BotProduct | None:
    """The bot product the message's sender, badge, avatar or label names, if any."""
    places: tuple[str, ...]
    for product in bot_products():
        if product.whole_sender:
            if product.pattern.fullmatch(msg.sender.strip()):
                return product
            places = (msg.badge, msg.avatar if msg.avatar.strip() != msg.sender.strip() else "")
        else:
            places = (msg.sender, msg.badge, msg.avatar, msg.label)
        if any(product.pattern.search(p) for p in places if p):
            return product
    return None


@dataclass
class _Context:
    """What earlier messages tell about later ones."""

    sent: list[str]
    first_sent_t: float | None
    bot_senders: set[str]
    last_bot_sender: str = ""
    connected: bool = False


def classify(
    raw: Sequence[RawMessage], sent: Sequence[str], first_sent_t: float | None
) -> list[Message]:
    """Roles for every observed message, in page-time order, each with its reason."""
    out: list[Message] = []
    ctx = _Context([" ".join(s.split()) for s in sent], first_sent_t, set())
    for index, msg in enumerate(sorted(raw, key=lambda m: m.t)):
        role, reason = _role(msg, ctx)
        text = " ".join(msg.text.split())
        if role is Role.VISITOR and text in ctx.sent:
            ctx.sent.remove(text)
        if role is Role.BOT and msg.sender:
            ctx.bot_senders.add(msg.sender)
            ctx.last_bot_sender = msg.sender
        if role is Role.NOTICE and CONNECTED.search(msg.text):
            ctx.connected = True
        if role is Role.HUMAN:
            ctx.connected = False
        at_s = None if first_sent_t is None else round(msg.t - first_sent_t, 3)
        out.append(
            Message(
                index=index,
                t=msg.t,
                at_s=at_s,
                role=role,
                sender=msg.sender,
                text=msg.text,
                reason=reason,
            )
        )
    return out


def _role(msg: RawMessage, ctx: _Context) -> tuple[Role, str]:
    text = msg.text.strip()
    if VISITOR_HINT.search(msg.hints) or " ".join(text.split()) in ctx.sent:
        return Role.VISITOR, "our own message"
    if QUEUE.search(text):
        return Role.NOTICE, "queue position or wait time"
    if CONNECTING.search(text) and len(text) < 160:
        return Role.NOTICE, "the widget is connecting us to a person"
    if CONNECTED.search(text) and len(text) < 160:
        return Role.NOTICE, "the widget says a person joined"
    if NOTICE_HINT.search(msg.hints) and not msg.sender:
        return Role.NOTICE, "status line from the widget"
    if BOT_HINT.search(msg.hints):
        return Role.BOT, "the widget marks the author as a bot"
    if msg.badge and BOT_NAME.search(msg.badge):
        return Role.BOT, f"bot badge {msg.badge[:40]!r}"
    product = bot_product(msg)
    if product is not None:
        return Role.BOT, f"{product.vendor}'s bot product name {product.name!r}"
    if msg.label and (BOT_NAME.search(msg.label) or BOT_WORDING.search(msg.label)):
        return Role.BOT, f"aria-label {msg.label[:60]!r}"
    if msg.avatar and BOT_NAME.search(msg.avatar):
        return Role.BOT, f"bot avatar {msg.avatar[:40]!r}"
    if msg.sender and BOT_NAME.search(msg.sender):
        return Role.BOT, f"bot-like sender name {msg.sender[:40]!r}"
    if BOT_WORDING.search(text):
        return Role.BOT, "virtual-assistant wording"
    if ctx.first_sent_t is None or msg.t < ctx.first_sent_t:
        return Role.BOT, "canned greeting before our message"
    if msg.sender and msg.sender in ctx.bot_senders:
        return Role.BOT, f"same sender as an earlier bot message ({msg.sender[:40]!r})"
    if ctx.connected and msg.sender:
        return Role.HUMAN, f"new sender {msg.sender[:40]!r} after the widget said a person joined"
    last = ctx.last_bot_sender
    if last and msg.sender and msg.sender != last:
        return Role.HUMAN, f"sender changed from {last[:40]!r} to {msg.sender[:40]!r}"
    if HUMAN_HINT.search(msg.hints):
        return Role.HUMAN, "the widget marks the author as an agent"
    return Role.HUMAN, "no sign of a bot"


def answered(messages: Sequence[Message], must_mention: Sequence[str]) -> tuple[bool, str]:
    """Whether the replies (bot or human) mention everything the template requires."""
    text = "\n".join(m.text for m in messages if m.role in (Role.BOT, Role.HUMAN))
    if not must_mention:
        return False, "template names nothing a correct answer must mention"
    missing = [p for p in must_mention if not re.search(p, text, re.I)]
    if missing:
        return False, f"replies do not mention {', '.join(missing)[:200]}"
    return True, "replies mention everything the template requires"
