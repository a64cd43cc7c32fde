"""Closed shadow roots, reached the way DevTools reaches them.

A page's scripts cannot see into a closed shadow root, and neither can Playwright's
selectors. The DevTools protocol can: `DOM.getDocument` with `pierce` lists every shadow
root with its mode. Each closed root is handed to the page's own JavaScript world in
`window.__auditRoots` (of its frame), where the finder and the observer (`dom.js`) search
it like an open one. Nothing about the page changes: the roots stay closed to the page.
"""

from __future__ import annotations

import contextlib
from typing import Any

from playwright.async_api import CDPSession, Page
from playwright.async_api import Error as PlaywrightError

_REGISTER = """function () {
  const w = (this.host && this.host.ownerDocument.defaultView) || window;
  w.__auditRoots = w.__auditRoots || [];
  if (!w.__auditRoots.includes(this)) w.__auditRoots.push(this);
  return w.__auditRoots.length;
}"""


class ClosedRoots:
    """Registers a page's closed shadow roots (same-process frames) for the in-page scripts."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self._session: CDPSession | None = None
        self._done: set[int] = set()

    async def register(self) -> int:
        """Register closed roots not registered yet; how many were new (0 when CDP fails)."""
        with contextlib.suppress(PlaywrightError):
            if self._session is None:
                self._session = await self.page.context.new_cdp_session(self.page)
            tree = await self._session.send("DOM.getDocument", {"depth": -1, "pierce": True})
            new = 0
            for node in _closed_roots(tree["root"]):
                backend = int(node["backendNodeId"])
                if backend in self._done:
                    continue
                resolved = await self._session.send("DOM.resolveNode", {"backendNodeId": backend})
                object_id = resolved["object"]["objectId"]
                await self._session.send(
                    "Runtime.callFunctionOn",
                    {"objectId": object_id, "functionDeclaration": _REGISTER},
                )
                self._done.add(backend)
                new += 1
            return new
        return 0


def _closed_roots(node: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    stack = [node]
    while stack:
        current = stack.pop()
        for root in current.get("shadowRoots", ()):
            if root.get("shadowRootType") == "closed":
                found.append(root)
            stack.append(root)
        stack.extend(current.get("children", ()))
        if "contentDocument" in current:
            stack.append(current["contentDocument"])
    return found
