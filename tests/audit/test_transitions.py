"""Attempt states change only through `Store.transition`: allowed moves, compare-and-swap."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from probes.attempts import TRANSITIONS, IllegalTransition
from results.schema import AttemptState
from results.store import Store

S = AttemptState


def _store(tmp_path: Path, attempts: int = 1) -> Store:
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    store.save_campaign("c1", "C", "2026-Q4", "test", {}, {"Acme": {"name": "Acme"}})
    store.plan_attempts("c1", [(f"a{i}", "Acme", "email", i) for i in range(attempts)])
    return store


def test_every_state_has_its_allowed_moves_declared() -> None:
    assert set(TRANSITIONS) == set(AttemptState)
    assert TRANSITIONS[S.EXPIRED] == frozenset()
    assert S.SENT in TRANSITIONS[S.UNCERTAIN]  # a reply proves an uncertain send
    assert S.PLANNED not in TRANSITIONS[S.UNCERTAIN]  # never silently sent again


def test_a_disallowed_transition_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    store = _store(tmp_path)
    with pytest.raises(IllegalTransition, match="planned -> awaiting"):
        store.transition("a0", [S.PLANNED], S.AWAITING)
    assert store.attempt("a0").state is S.PLANNED
    assert store.transition("a0", [S.PLANNED], S.SENDING, data={"email": {"message_id": "<m>"}})
    assert store.transition("a0", [S.SENDING], S.UNCERTAIN, error="interrupted")
    with pytest.raises(IllegalTransition, match="uncertain -> planned"):
        store.transition("a0", [S.UNCERTAIN], S.PLANNED)
    deadline = datetime(2026, 12, 1, tzinfo=UTC)
    assert store.transition(
        "a0", [S.UNCERTAIN], S.SENT, data={"email": {"sent_at": "x"}}, deadline=deadline
    )
    attempt = store.attempt("a0")
    assert attempt.state is S.SENT and attempt.deadline == deadline
    assert attempt.part("email") == {"message_id": "<m>", "sent_at": "x"}  # sections merge
    assert attempt.last_error == "interrupted"


def test_a_transition_from_another_state_loses_without_writing(tmp_path: Path) -> None:
    store = _store(tmp_path)
    assert store.transition("a0", [S.PLANNED], S.SENDING, add_try=True)
    assert not store.transition("a0", [S.PLANNED], S.SENDING, add_try=True, error="late")
    attempt = store.attempt("a0")
    assert (attempt.state, attempt.tries, attempt.last_error) == (S.SENDING, 1, None)


def test_two_writers_racing_for_the_same_attempts_each_win_once(tmp_path: Path) -> None:
    count = 40
    _store(tmp_path, attempts=count).close()
    url = f"sqlite:///{tmp_path / 'audit.db'}"
    stores = [Store.open(url), Store.open(url)]
    start = threading.Barrier(2)
    wins: list[list[str]] = [[], []]

    def writer(index: int) -> None:
        start.wait(timeout=30)
        for i in range(count):
            if stores[index].transition(f"a{i}", [S.PLANNED], S.SENDING, add_try=True):
                wins[index].append(f"a{i}")

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(t.is_alive() for t in threads)
    assert sorted(wins[0] + wins[1]) == sorted(f"a{i}" for i in range(count))  # once each
    for attempt in stores[0].attempts("c1"):
        assert (attempt.state, attempt.tries) == (S.SENDING, 1)
    for store in stores:
        store.close()
