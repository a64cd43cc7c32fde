"""The documented metric names: a contract read by rubrics, exports and outside tools.

Keep names stable; add freely. Times are seconds (float), counts ints, flags
bools, phone numbers E.164 strings. `audit metrics` prints this table.

Each metric also names its *source*, the kind of probe that measures it: a
channel can be fed by several (phone: the website shows a number, a call
reaches an agent), and rubrics weigh and fail them separately.
Which way each metric is better is kept in `probes.metric_directions`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from probes.base import Channel
from probes.metric_directions import BETTER, Direction

# Measured by benchmarks/chat_timing.py against the sandbox's send log (absolute error).
CHAT_ACCURACY = "median 20 ms, p95 232 ms (a loaded 2-core machine)"

MetricKind = Literal["seconds", "days", "count", "flag", "text", "e164-list"]
MetricSource = Literal["website", "call", "email", "chat", "returns-log"]
SOURCES: tuple[MetricSource, ...] = ("website", "call", "email", "chat", "returns-log")
"""Every source, in a fixed order (the scoring engine numbers them by it)."""

WEBSITE_PROBE = "website"
CHAT_PROBE = "chat"
EMAIL_PROBE = "email"
STOPWATCH_PROBE = "phone-call"
CALL_LOG_PROBE = "phone-import"
DIALER_PROBE = "phone-dialer"
RETURNS_LOG_PROBE = "returns-log"
"""Every probe id, in one place: probes, logs, the registry and results name them from here."""

PROBE_SOURCES: dict[str, MetricSource] = {
    WEBSITE_PROBE: "website",
    CHAT_PROBE: "chat",
    EMAIL_PROBE: "email",
    STOPWATCH_PROBE: "call",
    CALL_LOG_PROBE: "call",
    DIALER_PROBE: "call",
    RETURNS_LOG_PROBE: "returns-log",
}
"""Probe id -> the source of its observations. Observations of other probe ids
are attributed to the sources of the metrics they carry."""


@dataclass(frozen=True)
class Metric:
    """One documented metric: name, channel, kind (unit), meaning, source (its probe kind)
    and which way is better for the customer (`Direction`, from `BETTER`)."""

    name: str
    channel: Channel
    kind: MetricKind
    meaning: str
    accuracy: str = ""
    source: MetricSource = "website"
    better: Direction | None = None


_CHANNEL_SOURCES: dict[Channel, MetricSource] = {
    Channel.PHONE: "website",
    Channel.EMAIL: "email",
    Channel.CHAT: "chat",
    Channel.RETURNS: "website",
    Channel.SELFSERVICE: "website",
}


def _m(
    name: str,
    kind: MetricKind,
    meaning: str,
    accuracy: str = "",
    *,
    source: MetricSource | None = None,
) -> tuple[str, Metric]:
    """A metric entry; its source defaults to the channel's usual one (see `_CHANNEL_SOURCES`)."""
    channel = Channel(name.split(".", 1)[0])
    return name, Metric(name, channel, kind, meaning, accuracy, source or _CHANNEL_SOURCES[channel])


def _call(name: str, kind: MetricKind, meaning: str, accuracy: str = "") -> tuple[str, Metric]:
    return _m(name, kind, meaning, accuracy, source="call")


def _log(name: str, kind: MetricKind, meaning: str, accuracy: str = "") -> tuple[str, Metric]:
    return _m(name, kind, meaning, accuracy, source="returns-log")


METRICS: dict[str, Metric] = dict(
    [
        # phone, from the website
        _m(
            "phone.numbers",
            "e164-list",
            "customer-service (and sales) numbers visible on the site; not fax, press, "
            "investor or jobs lines, not numbers only behind a 'call us' link",
        ),
        _m("phone.on_homepage", "flag", "a number is visible on the homepage"),
        _m("phone.on_contact_page", "flag", "a number is visible on the contact page"),
        _m("phone.above_fold", "flag", "a number is visible in the first 1366x768 viewport"),
        _m("phone.toll_free", "flag", "at least one number is toll-free (phonenumbers type)"),
        _m("phone.tel_link", "flag", "a number is a click-to-call tel: link"),
        _m("phone.clicks_to_find", "count", "clicks from the homepage to the first number (0-2)"),
        _m("phone.hours_listed", "flag", "phone opening hours are stated next to the number"),
        _m(
            "phone.page_load_s",
            "seconds",
            "homepage load time (DOMContentLoaded)",
            "±1 ms (Navigation Timing)",
        ),
        _m(
            "phone.structured_numbers",
            "e164-list",
            "numbers declared in schema.org ContactPoint (not necessarily visible)",
        ),
        _m(
            "phone.other_numbers",
            "e164-list",
            "numbers seen with a role other than customer service or sales (fax, press, investors, "
            "jobs, departments, other organisations)",
        ),
        _m(
            "phone.sightings",
            "text",
            "every number seen, as JSON rows: e164, role, how (text, tel_text, tel_only, "
            "image_alt, structured_data), page_url, above_fold, font_ratio, hours_near, label",
        ),
        # phone, from a call
        _call(
            "phone.time_to_agent_s", "seconds", "dial to a live agent answering", "±1 s (manual)"
        ),
        _call("phone.hold_s", "seconds", "total time on hold", "±1 s (manual)"),
        _call("phone.ivr_s", "seconds", "time spent in the IVR menu", "±1 s (manual)"),
        _call("phone.transfers", "count", "number of transfers between agents"),
        _call("phone.wait_announced", "flag", "the expected wait was announced"),
        _call("phone.callback_offered", "flag", "a callback was offered instead of holding"),
        _call("phone.resolved", "flag", "the question was resolved on the call"),
        # email
        _m("email.channel", "text", "how the inquiry was sent: smtp or form"),
        _m(
            "email.first_response_s",
            "seconds",
            "send to first reply of any kind",
            "±1 s (INTERNALDATE)",
        ),
        _m(
            "email.first_human_response_s",
            "seconds",
            "send to first human reply",
            "±1 s (INTERNALDATE)",
        ),
        _m("email.auto_ack", "flag", "an automatic acknowledgement arrived"),
        _m("email.replies", "count", "replies received before the deadline"),
        _m("email.answered", "flag", "the first human reply answers the question"),
        _m("email.personalised", "flag", "the human reply uses the shopper's first name"),
        _m("email.agent_named", "flag", "a named person signs the human reply"),
        _m("email.follow_up", "flag", "a later unprompted message followed the answer"),
        _m(
            "email.clock_offset_s",
            "seconds",
            "mail server clock minus ours, measured by IMAP APPEND",
        ),
        # chat
        _m(
            "chat.vendor",
            "text",
            "live-chat vendor detected on the site (or none)",
            source="website",
        ),
        _m("chat.available", "flag", "a live chat could be opened and was online"),
        _m("chat.time_to_open_s", "seconds", "from page load to the chat box ready", CHAT_ACCURACY),
        _m(
            "chat.first_response_s",
            "seconds",
            "our message to anything from their side (a queue notice counts)",
            CHAT_ACCURACY,
        ),
        _m(
            "chat.first_reply_s",
            "seconds",
            "our message to the first bot or human answer (notices do not count)",
            CHAT_ACCURACY,
        ),
        _m(
            "chat.first_human_response_s",
            "seconds",
            "our message to the first message from a person",
            CHAT_ACCURACY,
        ),
        _m("chat.bot_first", "flag", "a bot answered before any human"),
        _m("chat.queue_position_shown", "flag", "a queue position or wait time was shown"),
        _m("chat.answered", "flag", "the chat answered the question"),
        _m("chat.transcript_turns", "count", "messages in the transcript"),
        _m("chat.handoff_requested", "flag", "we asked for a person after a bot answered"),
        _m("chat.handed_off", "flag", "a person answered after we asked for one"),
        # returns
        _m("returns.policy_found", "flag", "a returns policy page was found"),
        _m("returns.clicks_to_find", "count", "clicks from the homepage to the returns policy"),
        _m("returns.window_days", "days", "days allowed to return an item, as stated"),
        _m("returns.free_returns", "flag", "returns are free to the customer"),
        _m("returns.restocking_fee", "flag", "a restocking fee is charged"),
        _m("returns.prepaid_label", "flag", "a prepaid return label is provided"),
        _m("returns.refund_days_stated", "days", "days to refund as stated in the policy"),
        _m(
            "returns.withdrawal_days",
            "days",
            "statutory withdrawal (cooling-off) period stated, e.g. the EU's 14 days",
        ),
        _m(
            "returns.restocking_fee_may_apply",
            "flag",
            'the restocking fee is only hedged ("a fee of 15-25% may be applied")',
        ),
        _m("returns.exchanges_only", "flag", "the policy offers exchanges (or credit), no refunds"),
        _m("returns.language", "text", "language the policy was read in (ISO 639-1)"),
        _m(
            "returns.evidence",
            "text",
            "each returns term with the sentence it was read from, one per line",
        ),
        _log("returns.refund_days", "days", "days from return shipped to refund received"),
        _log("returns.label_days", "days", "return started to return label received"),
        _log(
            "returns.ship_back_days", "days", "label received (or return started) to shipped back"
        ),
        _log("returns.total_days", "days", "return started to refund received"),
        _log("returns.order_to_return_days", "days", "order placed to return started"),
        # self-service
        _m("selfservice.faq", "flag", "an FAQ or help page exists"),
        _m("selfservice.faq_count", "count", "questions answered on the FAQ page"),
        _m("selfservice.search", "flag", "the site offers a search box for help content"),
        _m("selfservice.knowledge_base", "flag", "a help centre / knowledge base is linked"),
        _m("selfservice.forum", "flag", "a community forum is linked"),
        _m("selfservice.contact_form", "flag", "a contact form is offered"),
        _m("selfservice.hours_247", "flag", "support is stated to be available 24/7"),
        _m(
            "selfservice.linked_domains",
            "text",
            "registrable domains of other sites (and mailto: addresses) the pages link to, "
            "comma-separated; replies from them count as the company's",
        ),
    ]
)

METRICS = {name: replace(m, better=BETTER.get(name)) for name, m in METRICS.items()}
