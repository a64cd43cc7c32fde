"""The store on a real SQLite file: states, idempotent recording, schema versions."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from probes.base import Channel, Evidence, Observation, Status
from results.schema import AttemptState
from results.store import SelectionError, Store, StoreError


def _obs(attempt_id: str, channel: Channel = Channel.PHONE) -> Observation:
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    return Observation(
        attempt_id=attempt_id,
        company="Acme",
        channel=channel,
        probe_id="website",
        status=Status.OK,
        started=now,
        finished=now,
        metrics={"phone.on_homepage": True, "phone.numbers": ["+18005550100"]},
        evidence=(Evidence(kind="screenshot", path="/tmp/x.png", caption="home"),),
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    store.save_campaign("c1", "Campaign", "2026-Q4", "c.yaml", {}, {"Acme": {"name": "Acme"}})
    store.plan_attempts("c1", [("c1/acme/website/1", "Acme", "website", 1)])
    return store


def test_sqlite_file_uses_wal(store: Store, tmp_path: Path) -> None:
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    assert (tmp_path / "audit.db").exists()


def test_planning_is_idempotent(store: Store) -> None:
    assert store.plan_attempts("c1", [("c1/acme/website/1", "Acme", "website", 1)]) == 0
    assert len(store.attempts("c1")) == 1


def test_record_roundtrip_and_no_duplicates(store: Store) -> None:
    store.record("c1", "c1/acme/website/1", [_obs("c1/acme/website/1")])
    store.record("c1", "c1/acme/website/1", [_obs("c1/acme/website/1")])
    observations = store.observations("c1")
    assert len(observations) == 1
    assert observations[0].metrics["phone.numbers"] == ["+18005550100"]
    assert observations[0].evidence[0].kind == "screenshot"
    assert observations[0].started.tzinfo is not None
    assert store.attempts("c1")[0].state is AttemptState.DONE


def test_interrupted_running_attempts_go_back_to_planned(store: Store) -> None:
    assert store.transition("c1/acme/website/1", [AttemptState.PLANNED], AttemptState.RUNNING)
    assert store.reset_interrupted("c1", ["website"]) == (1, 0)
    assert store.attempts("c1")[0].state is AttemptState.PLANNED
    assert store.state_counts("c1")["website"]["planned"] == 1


def test_newer_schema_refuses_to_open(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'audit.db'}"
    store = Store.open(url)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    with pytest.raises(StoreError, match="newer service-audit"):
        Store.open(url)


def test_unknown_campaign_names_the_known_ones(store: Store) -> None:
    with pytest.raises(SelectionError, match="known: c1"):
        store.campaign("nope")


def test_a_retried_failure_replaces_the_error_observation(store: Store) -> None:
    failed = _obs("c1/acme/website/1").model_copy(update={"status": Status.ERROR})
    store.record("c1", "c1/acme/website/1", [failed], AttemptState.FAILED)
    assert store.reset_interrupted("c1", ["website"]) == (0, 1)
    attempt = store.attempts("c1")[0]
    assert (attempt.state, attempt.tries) == (AttemptState.PLANNED, 0)
    store.record("c1", "c1/acme/website/1", [_obs("c1/acme/website/1")])
    [observation] = store.observations("c1")
    assert observation.status is Status.OK
    assert len(observation.evidence) == 1


def test_reusing_a_campaign_id_for_another_period_is_refused(store: Store) -> None:
    with pytest.raises(SelectionError, match="already holds period '2026-Q4'"):
        store.save_campaign("c1", "Campaign", "2027-Q1", "c.yaml", {}, {})
    assert store.campaign("c1").period == "2026-Q4"
