"""Leases in the store: one holder per name, taken over only once expired."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from results.leases import Leases
from results.store import Store


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(f"sqlite:///{tmp_path / 'audit.db'}")


def test_a_live_lease_has_one_holder_and_expiry_hands_it_over(store: Store) -> None:
    clock = FakeClock()
    leases = Leases(store.engine, clock)
    assert leases.take("attempt:a", "w1", 60, {"campaign": "c"})
    assert not leases.take("attempt:a", "w2", 60)
    assert leases.holder("attempt:a") == "w1"
    assert leases.take("attempt:a", "w1", 60)  # its own: taken again (renewed)
    clock.now += timedelta(seconds=59)
    assert leases.renew("attempt:a", "w1", 60)
    clock.now += timedelta(seconds=59)
    assert not leases.take("attempt:a", "w2", 60)  # renewed: still live
    clock.now += timedelta(seconds=2)
    assert leases.holder("attempt:a") is None  # w1 died: expired
    assert leases.take("attempt:a", "w2", 60)
    assert not leases.renew("attempt:a", "w1", 60)  # w1 comes back: it is not its own
    assert not leases.release("attempt:a", "w1")
    assert leases.holder("attempt:a") == "w2"
    assert leases.release("attempt:a", "w2")
    assert leases.take("attempt:a", "w1", 60)


def test_of_racing_workers_exactly_one_takes_a_lease(store: Store) -> None:
    leases = Leases(store.engine)
    for round_ in range(5):
        name = f"mailbox:shop{round_}@imap"
        barrier = threading.Barrier(6)
        won: list[str] = []

        def race(
            worker: str,
            name: str = name,
            barrier: threading.Barrier = barrier,
            won: list[str] = won,
        ) -> None:
            barrier.wait()
            if leases.take(name, worker, 60):
                won.append(worker)

        threads = [threading.Thread(target=race, args=(f"w{i}",)) for i in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert len(won) == 1
        assert leases.holder(name) == won[0]


def test_live_lists_what_each_holder_has_and_forgets_old_ones(store: Store) -> None:
    clock = FakeClock()
    leases = Leases(store.engine, clock)
    leases.take("worker:w1", "w1", 60, {"concurrency": 2})
    leases.take("attempt:c/acme/website/1", "w1", 60)
    leases.take("worker:w2", "w2", 10)
    clock.now += timedelta(seconds=30)
    live = leases.live()
    assert [(x.kind, x.subject, x.holder) for x in live] == [
        ("attempt", "c/acme/website/1", "w1"),
        ("worker", "w1", "w1"),
    ]
    assert live[1].info == {"concurrency": 2}
    assert leases.live("worker:")[0].holder == "w1"
    clock.now += timedelta(days=2)
    assert leases.forget_expired() == 3
