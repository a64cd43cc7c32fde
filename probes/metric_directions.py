"""Which way each documented metric is better for the customer (`probes.metrics`).

`probes.metrics` sets it on every `Metric` (`Metric.better`); `audit compare`
reads it to tell the best value, and `audit metrics` prints it.
"""

from __future__ import annotations

from typing import Literal

Direction = Literal["lower", "higher", "neither"]
"""Which way a metric is better for the customer: `lower` (times, clicks, fees),
`higher` (flags that help, windows, FAQ counts) or `neither` (the shopper's own
pace, counts that describe rather than judge, text). Flags compare as the share
of attempts that were true. Comparisons read this, never the unit."""

BETTER: dict[str, Direction] = {
    # phone
    "phone.numbers": "neither",
    "phone.on_homepage": "higher",
    "phone.on_contact_page": "higher",
    "phone.above_fold": "higher",
    "phone.toll_free": "higher",
    "phone.tel_link": "higher",
    "phone.clicks_to_find": "lower",
    "phone.hours_listed": "higher",
    "phone.page_load_s": "lower",
    "phone.structured_numbers": "neither",
    "phone.other_numbers": "neither",  # fax, sales, press: not customer service
    "phone.sightings": "neither",  # evidence rows
    "phone.time_to_agent_s": "lower",
    "phone.hold_s": "lower",
    "phone.ivr_s": "lower",
    "phone.transfers": "lower",
    "phone.wait_announced": "higher",
    "phone.callback_offered": "higher",
    "phone.resolved": "higher",
    # email
    "email.channel": "neither",
    "email.first_response_s": "lower",
    "email.first_human_response_s": "lower",
    "email.auto_ack": "higher",
    "email.replies": "neither",  # many replies may mean a long back-and-forth
    "email.answered": "higher",
    "email.personalised": "higher",
    "email.agent_named": "higher",
    "email.follow_up": "higher",
    "email.clock_offset_s": "neither",  # our measurement, not the company's
    # chat
    "chat.vendor": "neither",
    "chat.available": "higher",
    "chat.time_to_open_s": "lower",
    "chat.first_response_s": "lower",
    "chat.first_reply_s": "lower",
    "chat.first_human_response_s": "lower",
    "chat.bot_first": "lower",
    "chat.queue_position_shown": "higher",
    "chat.answered": "higher",
    "chat.transcript_turns": "neither",
    "chat.handoff_requested": "neither",  # what we did, not what the company did
    "chat.handed_off": "higher",
    # returns
    "returns.policy_found": "higher",
    "returns.clicks_to_find": "lower",
    "returns.window_days": "higher",
    "returns.free_returns": "higher",
    "returns.restocking_fee": "lower",
    "returns.prepaid_label": "higher",
    "returns.refund_days_stated": "lower",
    "returns.withdrawal_days": "higher",  # a longer cooling-off period
    "returns.restocking_fee_may_apply": "lower",  # even a hedged fee is a cost risk
    "returns.exchanges_only": "lower",  # no refund: worse for the customer
    "returns.language": "neither",
    "returns.evidence": "neither",
    "returns.refund_days": "lower",
    "returns.label_days": "lower",
    "returns.ship_back_days": "neither",  # the shopper's own pace
    "returns.total_days": "lower",
    "returns.order_to_return_days": "neither",  # the shopper's own pace
    # self-service
    "selfservice.faq": "higher",
    "selfservice.faq_count": "higher",
    "selfservice.search": "higher",
    "selfservice.knowledge_base": "higher",
    "selfservice.forum": "higher",
    "selfservice.contact_form": "higher",
    "selfservice.hours_247": "higher",
    "selfservice.linked_domains": "neither",  # evidence for the email probe
}
"""Every metric's `Direction`; a metric missing here has `better` None (a test fails)."""
