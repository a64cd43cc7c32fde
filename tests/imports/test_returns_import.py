"""Importing a returns CSV: refund and stage durations in days, bad rows named."""

from __future__ import annotations

from pathlib import Path

from probes.base import Channel, Status
from probes.logs.returns import import_returns

HEADER = "company,period,order_id,ordered,return_started,label_received,shipped_back,refund_received,notes\n"  # noqa: E501


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "returns.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_stage_durations_in_days(tmp_path: Path) -> None:
    path = write(tmp_path, (
        "Acme,2026-Q3,A-1,2026-07-01,2026-07-05,2026-07-05,2026-07-07,2026-07-16,label by email\n"
        "Bolt,2026-Q3,,2026-07-01,2026-07-03T10:00:00Z,,2026-07-04T10:00:00+02:00,"
        "2026-07-04T20:00:00Z,\n"
        "Crane,2026-Q4,,2026-07-01,2026-07-02,2026-07-09,2026-07-10,,still waiting\n"
    ))  # fmt: skip
    result = import_returns(path)
    assert result.errors == []
    acme, bolt, crane = result.observations
    assert acme.metrics == {
        "returns.refund_days": 9.0,
        "returns.label_days": 0.0,
        "returns.ship_back_days": 2.0,
        "returns.total_days": 11.0,
        "returns.order_to_return_days": 4.0,
    }
    assert (acme.channel, acme.probe_id, acme.status) == (Channel.RETURNS, "returns-log", Status.OK)
    assert acme.finished.date().isoformat() == "2026-07-16"
    assert bolt.metrics["returns.refund_days"] == 0.5  # shipped 08:00 UTC, refunded 20:00 UTC
    assert "returns.label_days" not in bolt.metrics
    assert bolt.metrics["returns.ship_back_days"] == round(22 / 24, 2)
    assert crane.status == Status.TIMEOUT and "returns.refund_days" not in crane.metrics
    assert crane.detail == "no refund received. still waiting"
    assert result.periods == {acme.attempt_id: "2026-Q3", bolt.attempt_id: "2026-Q3",
                              crane.attempt_id: "2026-Q4"}  # fmt: skip


def test_bad_rows_are_named_and_skipped_unless_strict(tmp_path: Path) -> None:
    path = write(tmp_path, (
        "Acme,,,2026-07-01,2026-07-05,,2026-07-07,2026-07-16,\n"
        "Bolt,,,2026-07-10,2026-07-05,,,,\n"
        "Crane,,,2026-07-01,2026-07-05,,2026-07-07,2026-07-04,\n"
        "Dune,,,07/01/2026,,,,,\n"
        "Eden,,,2026-07-01,2026-07-05,,2026-07-09,2026-07-08,refund on drop-off scan\n"
    ))  # fmt: skip
    result = import_returns(path)
    assert [o.company for o in result.observations] == ["Acme", "Eden"]
    assert result.observations[1].metrics["returns.refund_days"] == 0.0
    assert [(e.line, e.field) for e in result.errors] == [
        (3, "return_started"), (4, "refund_received"), (5, "ordered"), (5, "return_started"),
    ]  # fmt: skip
    assert str(result.errors[0]).endswith("return_started: is before ordered (2026-07-10)")
    assert import_returns(path, strict=True).observations == []
