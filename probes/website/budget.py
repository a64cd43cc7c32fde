"""How much CPU one page's text analysis may cost, and whether its reading was cut short."""

from __future__ import annotations

import time


class AnalysisBudget:
    """Spent once the thread reading a page has used `seconds` of CPU since its first check.

    CPU time of that thread, not wall time: on a busy machine a page waits for the CPU
    (or for the GIL) without costing anything, and our machine's load must not cut its
    reading short; a hostile page (10,000 numbers) still stops at its budget. The clock
    starts at the first `spent()`, on the thread that does the reading (thread CPU clocks
    of different threads cannot be compared). `cut` tells whether reading stopped early:
    then what was not found is unknown, not absent.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.cut = False
        self._end: float | None = None

    def spent(self) -> bool:
        """Whether the budget is used up (and, from then on, that reading was cut)."""
        now = time.thread_time()
        if self._end is None:
            self._end = now + self.seconds
        if now >= self._end:
            self.cut = True
        return self.cut
