"""Revision 0003_slots: a store at 0002 with data upgrades, gains each observation's slot
and loses nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import MetaData, Table, create_engine, insert, inspect, select

from results import migrations, schema
from results.store import Store, StoreError

SAT_EVENING = datetime(2026, 3, 7, 18, 30, tzinfo=UTC)
TOKYO = {"Tokyo Co": "Asia/Tokyo"}


def test_a_store_at_0002_upgrades_and_its_observations_get_their_slots(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'audit.db'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(migrations._config(conn), "0002")
    old = MetaData()
    old.reflect(engine)
    assert "slot_zone" not in old.tables["observations"].columns
    tables: dict[str, Table] = old.tables  # the 0002 tables, as they are on disk
    with engine.begin() as conn:
        conn.execute(
            insert(tables["campaigns"]),
            [
                {"id": "c", "name": "C", "period": "2026-03", "source": "c.yaml",
                 "created": SAT_EVENING, "spec": {"schedule": {"timezones": TOKYO}}},
                {"id": "logs", "name": "logs", "period": "2026-03", "source": "logs",
                 "spec": {"kind": "logs"}, "created": SAT_EVENING},
            ],
        )  # fmt: skip
        conn.execute(
            insert(tables["companies"]),
            [
                {"campaign_id": "c", "name": "Berlin Co", "target": {"country": "DE"}},
                {"campaign_id": "c", "name": "Tokyo Co", "target": {"country": "DE"}},
                {"campaign_id": "logs", "name": "Berlin Co", "target": {"name": "Berlin Co"}},
            ],
        )
        rows = [("c", "Berlin Co", "a1", "chat"), ("c", "Tokyo Co", "a2", "chat"),
                ("logs", "Berlin Co", "a3", "calls")]  # fmt: skip
        for campaign, company, attempt, probe in rows:
            conn.execute(
                insert(tables["attempts"]).values(
                    id=attempt, campaign_id=campaign, company=company, probe_id=probe, seq=1,
                    state="done", tries=0, updated=SAT_EVENING, data={},
                )
            )  # fmt: skip
            conn.execute(
                insert(tables["observations"]).values(
                    attempt_id=attempt, campaign_id=campaign, company=company,
                    channel="phone" if probe == "calls" else "chat", probe_id=probe,
                    status="ok", started=SAT_EVENING, finished=SAT_EVENING,
                    metrics={"m": attempt}, detail=f"kept {attempt}",
                )
            )  # fmt: skip
    with engine.connect() as conn:
        before = {
            name: sorted(tuple(map(str, r)) for r in conn.execute(select(tables[name])))
            for name in tables
            if name != "alembic_version"
        }

    with pytest.raises(StoreError, match=r"older schema \(0002, .*audit db upgrade"):
        Store.open(url)
    assert Store.upgrade(url) == ("0002", migrations.head())

    with engine.connect() as conn:
        after = {
            name: sorted(tuple(map(str, r)) for r in conn.execute(select(tables[name])))
            for name in before
        }
        assert after == before  # every old column of every row, as it was
        obs_t = schema.observations
        query = select(
            obs_t.c.attempt_id, obs_t.c.slot_weekday, obs_t.c.slot_hour, obs_t.c.slot_zone
        )
        slots = {a: (w, h, z) for a, w, h, z in conn.execute(query)}
    assert slots == {
        "a1": (5, 19, "Europe/Berlin"),
        "a2": (6, 3, "Asia/Tokyo"),  # the campaign's override: Sunday 03:30 in Tokyo
        "a3": (5, 19, "Europe/Berlin"),  # a logged row: the company's target elsewhere
    }
    assert {c["name"] for c in inspect(engine).get_columns("observations")} >= {
        "slot_weekday", "slot_hour", "slot_zone"
    }  # fmt: skip
    Store.open(url).close()  # current now
    engine.dispose()
