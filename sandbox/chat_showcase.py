"""Chat-only sandbox companies: vendor widgets beyond the demo world's, for tests and benchmarks.

Each is a copy of a demo company's website with another vendor's embed and its own chat
script, so adding a widget does not change the demo world's websites, phones or rankings:

- `olark-shop`: Olark, drawn in the page without ARIA, an introduction form before the chat,
  automated queue notices, then a person;
- `salesforce-shop`: Salesforce Enhanced Chat, a cross-origin frame whose whole UI is nested
  open shadow roots (Lightning Web Components), a pre-chat form, the Agentforce bot named only
  by its sender line, "… joined the conversation", then a person;
- `sendbird-shop`: Sendbird's AI agent messenger, an ES module drawing into the page's own
  open shadow root with no global; its bot is named by an "AI agent" label; a person only
  when asked for.
"""

from __future__ import annotations

from typing import Any

from sandbox.world import ChatWidgetSpec, World

SHOWCASE: dict[str, tuple[str, ChatWidgetSpec, dict[str, Any]]] = {
    # new id: (copied demo company, vendor embed, chat script)
    "olark-shop": (
        "quickcart",
        ChatWidgetSpec(vendor="olark", key="4821-311-10-7431"),
        {
            "prechat": True,
            "queue": [2, 1],
            "queue_text": "Thanks for waiting! You are number {n} in line.",
            "queue_interval_s": 0.4,
            "human_delay_s": 1.6,
            "agent_name": "Sam",
            "human_reply": "Hi, Sam here. You can send it back within 30 days; the label is free.",
        },
    ),
    "salesforce-shop": (
        "northwind",
        ChatWidgetSpec(vendor="salesforce", key="0AB1cd2EF3"),
        {
            "prechat": True,
            "bot_name": "Agentforce",
            "bot_badge": None,
            "bot_reply": "I can help with that. Let me find a service specialist for you.",
            "bot_delay_s": 0.5,
            "connected_text": "{name} joined the conversation.",
            "human_delay_s": 2.2,
            "agent_name": "Priya",
            "human_reply": "Hello, this is Priya. Returns are accepted within 60 days of delivery.",
        },
    ),
    "sendbird-shop": (
        "bloomly",
        ChatWidgetSpec(vendor="sendbird", key="A1B2C3D4-E5F6"),
        {
            "greeting": "Hi! I'm Aria. Ask me anything about your order.",
            "bot_name": "Aria",
            "bot_badge": None,
            "bot_reply": "You can start a return from your order page within 30 days.",
            "bot_delay_s": 0.5,
            "typing_s": 0.3,
            "human": "on_request",
            "human_delay_s": 1.5,
            "agent_name": "Noah",
            "human_reply": "Hi, I'm Noah from the support team. Returns are free within 30 days.",
        },
    ),
}
"""Showcase company id -> (demo company copied, vendor embed, chat script)."""


def with_showcase(world: World) -> World:
    """`world` plus the showcase companies (not demo companies: `audit demo` skips them)."""
    extra = []
    for new_id, (source, widget, chat) in SHOWCASE.items():
        base = world.company(source)
        extra.append(
            base.model_copy(
                update={
                    "id": new_id,
                    "host": f"{new_id}.sandbox.test",
                    "name": new_id.replace("-", " ").title(),
                    "demo": False,
                    "site": base.site.model_copy(update={"chat_widget": widget}),
                    "chat": chat,
                    "truth": {**base.truth, "chat.vendor": widget.vendor},
                }
            )
        )
    return world.model_copy(update={"companies": [*world.companies, *extra]})
