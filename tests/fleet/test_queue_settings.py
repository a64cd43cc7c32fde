"""What `audit run --queue` refuses, and the campaign as a worker reads it from the store."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.campaign import load_campaign
from audit.campaign_attempts import save_campaign
from audit.fleet.app import QueueError, check_bounds, make_app
from audit.fleet.worker import loaded_from_store
from results.store import Store


def test_the_broker_must_be_redis_and_outlast_the_longest_attempt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(QueueError, match="give a Redis URL"):
        make_app("amqp://127.0.0.1//")
    monkeypatch.setenv("AUDIT_QUEUE_VISIBILITY_S", "100")
    app = make_app("redis://127.0.0.1:6379/0")
    assert app.conf.task_acks_late and app.conf.task_reject_on_worker_lost
    assert app.conf.broker_transport_options["visibility_timeout"] == 100
    check_bounds(90, 50)
    with pytest.raises(QueueError, match="visibility timeout is 100 s"):
        check_bounds(120, 50)
    monkeypatch.setenv("AUDIT_QUEUE_VISIBILITY_S", "soon")
    with pytest.raises(QueueError, match="not a number"):
        make_app("redis://127.0.0.1:6379/0")


def test_a_worker_reads_the_campaign_from_the_store_without_its_file(tmp_path: Path) -> None:
    (tmp_path / "companies.csv").write_text("name,website\nAcme,https://acme.example/\n")
    path = tmp_path / "campaign.yaml"
    path.write_text(
        "name: Team\nperiod: 2026-Q4\ncompanies_csv: companies.csv\n"
        "evidence: s3://bucket/audits\nsettings:\n  concurrency: 3\n"
    )
    loaded = load_campaign(path)
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    campaign_id = save_campaign(store, loaded)
    path.unlink()
    (tmp_path / "companies.csv").unlink()
    again = loaded_from_store(store, campaign_id)
    assert again.campaign.evidence == "s3://bucket/audits"
    assert again.campaign.settings == {"concurrency": 3}
    assert [c.target() for c in again.companies] == [c.target() for c in loaded.companies]
    assert again.workspace == loaded.workspace
