"""Importing a calls CSV: metrics equal the columns, bad rows named, good rows kept."""

from __future__ import annotations

from pathlib import Path

from probes.base import Channel, Status
from probes.logs.calls import import_calls

HEADER = "company,period,dialed_at,number,ivr_end,agent,hold,transfers,wait_announced,callback_offered,resolved,hung_up,note\n"  # noqa: E501


def write(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "calls.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def test_good_rows_become_phone_observations(tmp_path: Path) -> None:
    acme = (
        "Acme,2026-Q3,2026-07-14T09:30:05Z,+1 415 555 0100,"
        '0:42,1:38,0:56,1,yes,no,yes,6:10,"Polite, quick"'
    )
    path = write(tmp_path, (
        f"{acme}\n"
        "Bolt,2026-Q3,2026-07-14 10:00:00,+14155550111,,0:21,,,,,y,3:00,\n"
        "Crane,2026-Q3,2026-07-14T12:00:00+02:00,,0:30,,2:00,,no,yes,no,3:05,gave up\n"
        "Dune,2026-Q3,2026-07-15T08:00:00Z,,0:10,0:40,45,,,,yes,2:00,\n"
    ))  # fmt: skip
    result = import_calls(path)
    assert result.errors == []
    acme, bolt, crane, dune = result.observations
    assert acme.metrics == {
        "phone.time_to_agent_s": 98.0,
        "phone.ivr_s": 42.0,
        "phone.hold_s": 56.0,
        "phone.transfers": 1,
        "phone.wait_announced": True,
        "phone.callback_offered": False,
        "phone.resolved": True,
    }
    assert (acme.channel, acme.probe_id, acme.status) == (Channel.PHONE, "phone-import", Status.OK)
    assert acme.started.isoformat() == "2026-07-14T09:30:05+00:00"
    assert (acme.finished - acme.started).total_seconds() == 370
    assert acme.detail == "Polite, quick"
    assert bolt.metrics["phone.time_to_agent_s"] == 21.0 and bolt.metrics["phone.ivr_s"] == 0.0
    assert crane.status == Status.TIMEOUT and "phone.time_to_agent_s" not in crane.metrics
    assert (
        crane.metrics["phone.hold_s"] == 120.0 and crane.metrics["phone.callback_offered"] is True
    )
    assert crane.started.isoformat() == "2026-07-14T10:00:00+00:00"
    # A hold longer than the queue (45 s > 30 s) continues after the agent answered.
    assert dune.metrics["phone.hold_s"] == 45.0 and dune.metrics["phone.time_to_agent_s"] == 40.0
    assert result.periods[acme.attempt_id] == "2026-Q3"
    assert acme.attempt_id.startswith("import/phone-import/") and len(acme.attempt_id) == 32
    assert result.lines[acme.attempt_id] == 2 and result.file == str(path)


def test_attempt_ids_are_stable_across_reimports_and_edits(tmp_path: Path) -> None:
    first = import_calls(write(tmp_path, "Acme,,2026-07-14T09:30:05Z,,,0:20,,,,,,1:00,\n"))
    edited = import_calls(write(tmp_path, "Acme,,2026-07-14T09:30:05Z,,,0:25,,,,,,1:00,fixed\n"))
    assert first.observations[0].attempt_id == edited.observations[0].attempt_id


def test_each_bad_cell_is_named_and_good_rows_survive(tmp_path: Path) -> None:
    path = write(tmp_path, (
        "Acme,,2026-07-14T09:30:05Z,,0:42,1:38,,,,,,,\n"
        ",,yesterday,+1,abc,0:30,,-1,maybe,,,,\n"
        "Bolt,,2026-07-14T10:00:00Z,,1:00,0:30,,,,,,0:20,\n"
        "Crane,,2026-07-14T11:00:00Z,,,0:30,2:00,,,,,1:00,\n"
        "Acme,,2026-07-14T09:30:05Z,,0:42,1:38,,,,,,,\n"
        "Dune,,2026-07-14T12:00:00Z,,1:75,,,,,,,,\n"
    ))  # fmt: skip
    result = import_calls(path)
    assert [o.company for o in result.observations] == ["Acme"]
    found = [(e.line, e.field) for e in result.errors]
    assert found == [
        (3, "company"), (3, "dialed_at"), (3, "number"), (3, "ivr_end"), (3, "transfers"),
        (3, "wait_announced"), (4, "agent"), (4, "hung_up"), (5, "hold"), (6, ""), (7, "ivr_end"),
    ]  # fmt: skip
    messages = [str(e) for e in result.errors]
    assert all("\n" not in m and m.startswith(f"{path}:") for m in messages)
    assert "calls.csv:3: dialed_at: not an ISO 8601 time" in messages[1]
    assert "duplicate of line 2" in messages[9]

    strict = import_calls(path, strict=True)
    assert strict.observations == [] and len(strict.errors) == len(result.errors)


def test_header_problems(tmp_path: Path) -> None:
    missing = import_calls(write(tmp_path, "Acme,0:20\n", header="company,agent\n"))
    assert missing.observations == []
    assert [(e.line, e.field, e.message) for e in missing.errors] == [
        (1, "dialed_at", "required column is missing")
    ]
    unknown = import_calls(
        write(tmp_path, "Acme,2026-07-14T09:30:05Z,20\n", header="Company,Dialed_At,hold_s\n")
    )
    assert [(e.line, e.field) for e in unknown.errors] == [(1, "hold_s")]
    assert len(unknown.observations) == 1
