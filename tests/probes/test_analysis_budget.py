"""A page's text analysis stops at a CPU budget, and a page read only in part is known to be."""

from __future__ import annotations

import threading

from probes.website.budget import AnalysisBudget


def test_a_zero_budget_is_spent_at_the_first_check() -> None:
    budget = AnalysisBudget(0.0)
    assert budget.spent() and budget.cut


def test_waiting_costs_no_budget() -> None:
    """Wall time on a busy machine is not the page's cost: only the reading thread's CPU."""
    budget = AnalysisBudget(0.05)
    assert not budget.spent()
    threading.Event().wait(0.5)  # ten times the budget in wall time, no CPU
    assert not budget.spent() and not budget.cut


def test_work_spends_the_budget_and_marks_the_reading_cut() -> None:
    budget = AnalysisBudget(0.01)
    rounds = 0
    while not budget.spent():
        rounds += sum(range(1000)) > 0  # CPU work until the budget says stop
    assert budget.cut and rounds > 0
    assert budget.spent()  # stays spent
