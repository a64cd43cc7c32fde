"""Each observation's slot (local weekday and hour): stamped when recorded (runs and logs),
broken down by band in show, findings and the report, and flagged on the leaderboard when a
company's slot mix is not comparable to the others'."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from audit.cli import app
from probes.base import Channel, MetricValue, Observation, Status
from results import schema
from results.log_writer import LogWriter
from results.slot_contacts import ContactTap, TimedContact, declared_of, stored_contacts
from results.slot_mix import breakdown, slot_gaps
from results.slots import BANDS, band_of, stamp
from results.store import Store

TUE_MORNING = datetime(2026, 3, 3, 8, 30, tzinfo=UTC)  # 09:30 in Berlin, 17:30 in Tokyo
SAT_EVENING = datetime(2026, 3, 7, 18, 30, tzinfo=UTC)  # Saturday 19:30 in Berlin


def _chat(attempt: str, company: str, when: datetime, reply_s: float | None) -> Observation:
    metrics: dict[str, MetricValue] = {"chat.available": True}
    if reply_s is not None:
        metrics["chat.first_reply_s"] = reply_s
    return Observation(
        attempt_id=attempt, company=company, channel=Channel.CHAT, probe_id="chat",
        status=Status.OK if reply_s is not None else Status.TIMEOUT, started=when,
        finished=when, metrics=metrics,
    )  # fmt: skip


def _record(store: Store, campaign: str, observations: list[Observation]) -> None:
    store.plan_attempts(
        campaign, [(o.attempt_id, o.company, o.probe_id, i) for i, o in enumerate(observations)]
    )
    for o in observations:
        store.record(campaign, o.attempt_id, [o])


def _slots(store: Store) -> dict[str, tuple[int, int, str]]:
    obs_t = schema.observations
    query = select(obs_t.c.attempt_id, obs_t.c.slot_weekday, obs_t.c.slot_hour, obs_t.c.slot_zone)
    with store.engine.connect() as conn:
        return {a: (w, h, z) for a, w, h, z in conn.execute(query)}


def test_bands_cover_the_week() -> None:
    assert band_of(1, 9) == "weekday mornings"
    assert band_of(4, 23) == "weekday evenings"
    assert band_of(5, 19) == "Saturday evenings"
    assert band_of(6, 3) == "Sunday nights"
    assert {band_of(d, h) for d in range(7) for h in range(24)} == set(BANDS)
    # the same instant is a different slot in another zone, DST included (zoneinfo)
    assert stamp(TUE_MORNING, "Asia/Tokyo").band == "weekday evenings"
    summer = datetime(2026, 3, 30, 5, 30, tzinfo=UTC)  # Berlin is UTC+2 from 29 March
    assert (stamp(summer, "Europe/Berlin").hour, stamp(TUE_MORNING, "Europe/Berlin").hour) == (
        7,
        9,
    )


def test_recording_stamps_the_local_slot_of_each_company(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    spec = {"schedule": {"start": "2026-03-02", "timezones": {"Gamma": "Asia/Tokyo"}}}
    targets = {
        "Alpha": {"name": "Alpha", "country": "DE"},
        "Beta": {"name": "Beta", "country": "US", "phone": "+1 415 555 0100"},
        "Gamma": {"name": "Gamma", "country": "DE"},
    }
    store.save_campaign("c", "Chats", "2026-03", "c.yaml", spec, targets)
    _record(store, "c", [_chat(n.lower(), n, TUE_MORNING, 40.0) for n in targets])
    assert _slots(store) == {
        "alpha": (1, 9, "Europe/Berlin"),
        "beta": (1, 0, "America/Los_Angeles"),  # from its phone number: 00:30 Pacific
        "gamma": (1, 17, "Asia/Tokyo"),  # the campaign's override
    }
    # a logged call of a company known from the campaign takes its zone; a stranger's is UTC
    call = Observation(
        attempt_id="import/call/1", company="Alpha", channel=Channel.PHONE, probe_id="calls",
        status=Status.OK, started=SAT_EVENING, finished=SAT_EVENING,
        metrics={"phone.time_to_agent_s": 30.0},
    )  # fmt: skip
    stranger = call.model_copy(update={"attempt_id": "import/call/2", "company": "Nobody"})
    with LogWriter.begin(store) as writer:
        writer.create_campaign("logs-2026-03", "logs", "2026-03", {"kind": "logs"})
        writer.write("logs-2026-03", [call, stranger])
    slots = _slots(store)
    assert slots["import/call/1"] == (5, 19, "Europe/Berlin")
    assert slots["import/call/2"] == (5, 18, "UTC")
    store.close()


def _contact(company: str, band: str, wait: float = 10.0) -> TimedContact:
    return TimedContact(company, Channel.CHAT, band, wait)


def test_gaps_name_the_bands_most_companies_had_and_one_lacks() -> None:
    contacts = [_contact(c, "weekday mornings") for c in "ABCD"]
    contacts += [_contact(c, "weekday evenings") for c in "ABC"]
    contacts += [_contact("A", "Sunday nights")]  # an extra slot is not a gap for the others
    assert slot_gaps(contacts) == {"D": {Channel.CHAT: ["weekday evenings"]}}
    assert slot_gaps([_contact("A", "weekday mornings")]) == {}  # one company: nothing to compare


def test_breakdown_takes_each_companys_median_first_and_counts_never() -> None:
    contacts = [_contact("A", "weekday mornings", w) for w in (10.0, 20.0, 30.0, 40.0, 50.0)]
    contacts += [_contact("B", "weekday mornings", 100.0)]
    contacts += [_contact("B", "Saturday evenings", float("inf"))]
    [morning, saturday] = breakdown(contacts)
    assert (morning.band, morning.median_s, morning.companies, morning.contacts) == (
        "weekday mornings",
        65.0,  # median of A's 30 and B's 100, not of the six contacts
        2,
        6,
    )
    assert saturday.median_s == float("inf") and saturday.band == "Saturday evenings"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """Alpha chatted on a weekday morning and a Saturday evening, Beta on weekday mornings only."""
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    targets = {n: {"name": n, "country": "DE"} for n in ("Alpha", "Beta")}
    store.save_campaign("c", "Chats", "2026-03", str(tmp_path / "c.yaml"), {}, targets)
    _record(
        store,
        "c",
        [
            _chat("a1", "Alpha", TUE_MORNING, 40.0),
            _chat("a2", "Alpha", SAT_EVENING, 360.0),
            _chat("b1", "Beta", TUE_MORNING, 30.0),
            _chat("b2", "Beta", TUE_MORNING.replace(day=4), None),  # nobody answered
        ],
    )
    store.close()
    return tmp_path


def _run(workspace: Path, *args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--workspace", str(workspace)], terminal_width=200)
    assert result.exit_code == 0, result.output
    return result.output


def test_show_breaks_a_channels_wait_down_by_slot(workspace: Path) -> None:
    text = _run(workspace, "show", "Alpha")
    assert (
        "by slot: first chat reply: 40 s on weekday mornings (n=1), 6 min on Saturday "
        "evenings (n=1)" in text
    )
    beta = _run(workspace, "show", "Beta")
    assert "first chat reply: > deadline on weekday mornings (n=2)" in beta  # 30 s and never


def test_findings_give_the_median_wait_per_slot(workspace: Path) -> None:
    items = {f["id"]: f for f in json.loads(_run(workspace, "findings", "--json"))}
    morning = items["slot.chat.weekday_mornings"]
    assert morning["statement"] == "median first chat reply on weekday mornings"
    assert morning["n"] == 2 and morning["value"] == "> deadline"  # median of 40 s and never
    assert items["slot.chat.saturday_evenings"]["value"] == 360.0
    assert "median first chat reply on Saturday evenings" in _run(workspace, "findings")


def test_the_leaderboard_flags_a_company_missing_a_whole_slot(workspace: Path) -> None:
    table = _run(workspace, "leaderboard")
    assert "Beta: slot mix not comparable (chat: no Saturday evenings)" in " ".join(table.split())
    assert "Alpha: slot mix" not in table
    rows = {r["company"]: r for r in json.loads(_run(workspace, "leaderboard", "--json"))["rows"]}
    assert rows["Beta"]["channels"]["chat"]["slot_gaps"] == ["Saturday evenings"]
    assert rows["Alpha"]["channels"]["chat"]["slot_gaps"] == []
    board = json.loads(_run(workspace, "leaderboard", "--channel", "chat", "--json"))["rows"]
    assert {r["company"]: r["slot_gaps"] for r in board} == {
        "Alpha": [],
        "Beta": ["Saturday evenings"],
    }
    csv = _run(workspace, "leaderboard", "--format", "csv")
    assert "slot mix not comparable (chat: no Saturday evenings)" in csv


def test_the_report_has_a_by_slot_table(workspace: Path) -> None:
    _run(workspace, "report", "--out", str(workspace / "report"))
    index = (workspace / "report" / "index.html").read_text()
    assert "Response times by when we asked" in index
    assert "Saturday evenings" in index and "6 min" in index
    assert "slot mix not comparable" in index
    pages = {p.name: p.read_text() for p in (workspace / "report" / "c").iterdir()}
    alpha = next(text for name, text in pages.items() if "alpha" in name)
    assert '<td>weekday mornings</td><td class="num">40 s</td>' in alpha


def test_scheduled_campaigns_compare_their_own_slots_not_bands(tmp_path: Path) -> None:
    """A Saturday 10-16 slot spans the morning and afternoon bands: two companies contacted
    in it at 11:00 and 14:00 have the same slot mix; one never contacted on Saturday has not."""
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    slots = [{"name": "weekdays", "weekdays": [0, 1, 2, 3, 4], "hours": [9, 12]},
             {"name": "Saturday", "weekdays": [5], "hours": [10, 16]}]  # fmt: skip
    spec = {"schedule": {"start": "2026-03-02"}, "probes": {"chat": {"schedule": {"slots": slots}}}}
    targets = {n: {"name": n, "country": "DE"} for n in ("A", "B", "C")}
    store.save_campaign("c", "Chats", "2026-03", "c.yaml", spec, targets)
    saturday = datetime(2026, 3, 7, tzinfo=UTC)
    _record(
        store,
        "c",
        [
            _chat("a1", "A", TUE_MORNING, 40.0),
            _chat("a2", "A", saturday.replace(hour=10), 40.0),  # 11:00 Berlin
            _chat("b1", "B", TUE_MORNING, 40.0),
            _chat("b2", "B", saturday.replace(hour=13), 40.0),  # 14:00 Berlin
            _chat("c1", "C", TUE_MORNING, 40.0),
            _chat("c2", "C", TUE_MORNING.replace(day=4), 40.0),
        ],
    )
    with store.engine.connect() as conn:
        contacts = list(stored_contacts(conn, ["c"]))
    assert {c.band for c in contacts if c.company != "C"} >= {
        "Saturday mornings",
        "Saturday afternoons",
    }
    assert slot_gaps(contacts) == {"C": {Channel.CHAT: ["Saturday"]}}
    # the leaderboard gathers the same contacts while scoring, in one read of the store
    with store.engine.connect() as conn:
        tap = ContactTap(declared_of(conn, ["c"]))
    assert len(list(tap(store.observation_records("c")))) == 6
    assert sorted(tap.contacts) == sorted(contacts)
    store.close()


def test_show_json_gives_each_observation_its_slot(workspace: Path) -> None:
    rows = json.loads(_run(workspace, "show", "Alpha", "--format", "json"))
    slots = {row["attempt_id"]: row["slot"] for row in rows}
    assert slots["a1"] == {"weekday": 1, "hour": 9, "band": "weekday mornings"}
    assert slots["a2"] == {"weekday": 5, "hour": 19, "band": "Saturday evenings"}
