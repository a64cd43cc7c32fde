"""Reading a chat transcript: bot or human, queue notices, offline widgets, answered.

Every decision keeps its reason, which ends up in the transcript and the
observation's detail. Patterns cover English, German, Slovenian, Greek,
Lithuanian and Turkish.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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


def classify(
    raw: Sequence[RawMessage], sent: Sequence[str], first_sent_t: float | None
) -> list[Message]:
    """Roles for every observed message, in page-time order, each with its reason."""
    out: list[Message] = []
    bot_senders: set[str] = set()
    last_bot_sender = ""
    remaining = [s.strip() for s in sent]
    for index, msg in enumerate(sorted(raw, key=lambda m: m.t)):
        role, reason = _role(msg, remaining, first_sent_t, bot_senders, last_bot_sender)
        if role is Role.VISITOR and msg.text.strip() in remaining:
            remaining.remove(msg.text.strip())
        if role is Role.BOT and msg.sender:
            bot_senders.add(msg.sender)
            last_bot_sender = msg.sender
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


def _role(
    msg: RawMessage,
    sent: Sequence[str],
    first_sent_t: float | None,
    bot_senders: set[str],
    last_bot_sender: str,
) -> tuple[Role, str]:
    text = msg.text.strip()
    if VISITOR_HINT.search(msg.hints) or text in sent:
        return Role.VISITOR, "our own message"
    if QUEUE.search(text):
        return Role.NOTICE, "queue position or wait time"
    if NOTICE_HINT.search(msg.hints) and not msg.sender:
        return Role.NOTICE, "status line from the widget"
    if BOT_HINT.search(msg.hints):
        return Role.BOT, "the widget marks the author as a bot"
    if msg.badge and BOT_NAME.search(msg.badge):
        return Role.BOT, f"bot badge {msg.badge[:40]!r}"
    if msg.sender and BOT_NAME.search(msg.sender):
        return Role.BOT, f"bot-like sender name {msg.sender[:40]!r}"
    if BOT_WORDING.search(text):
        return Role.BOT, "virtual-assistant wording"
    if first_sent_t is None or msg.t < first_sent_t:
        return Role.BOT, "canned greeting before our message"
    if msg.sender and msg.sender in bot_senders:
        return Role.BOT, f"same sender as an earlier bot message ({msg.sender[:40]!r})"
    if last_bot_sender and msg.sender and msg.sender != last_bot_sender:
        return Role.HUMAN, f"sender changed from {last_bot_sender[:40]!r} to {msg.sender[:40]!r}"
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
