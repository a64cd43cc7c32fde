"""Log imports change attempt states only through the store's compare-and-swap.

Re-importing a log replaces its rows' observations and leaves their attempts
`done`, the move `probes.attempts.TRANSITIONS` allows from `planned` or `done`.
An attempt that is elsewhere in its life (another process is running it, say) is
never overwritten: the whole log is refused in one line and nothing changes.
Real SQLite files, the `audit` CLI's import.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update
from typer.testing import CliRunner

from audit.cli import app
from audit.log_routing import store_logged
from probes.attempts import AttemptState, IllegalTransition
from probes.logs.calls import read_calls
from results import schema
from results.log_writer import AttemptBusy
from results.store import Store

CALLS = (
    "company,period,dialed_at,agent,hung_up,resolved\n"
    "Alpha,2026-Q4,2026-11-02T09:00:00Z,0:20,1:00,yes\n"
    "Bravo,2026-Q4,2026-11-02T10:00:00Z,0:40,2:00,no\n"
)


def _new_workspace(workspace: Path) -> None:
    store = Store.open(f"sqlite:///{workspace / 'audit.db'}")
    store.save_campaign("web", "Web", "2026-Q4", "c.yaml", {"rubric": "default"}, {})
    store.close()


def _import(path: Path, workspace: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["phone", "import", str(path), "-w", str(workspace)])
    return result.exit_code, result.stdout, result.stderr


def _force_state(store: Store, attempt_id: str, state: AttemptState) -> None:
    """Another process is in the middle of this attempt (as a crashed or concurrent run
    leaves it)."""
    with store.engine.begin() as conn:
        conn.execute(
            update(schema.attempts)
            .where(schema.attempts.c.id == attempt_id)
            .values(state=state.value)
        )


def test_a_log_never_overwrites_an_attempt_that_is_elsewhere_in_its_life(tmp_path: Path) -> None:
    path = tmp_path / "calls.csv"
    path.write_text(CALLS, encoding="utf-8")
    _new_workspace(tmp_path)
    code, out, err = _import(path, tmp_path)
    assert code == 0 and "imported 2 row(s)" in out + err, (out, err)
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    campaign = "logs-2026-q4"
    first, second = sorted(store.attempts(campaign), key=lambda a: a.company)
    before = {o.attempt_id: o.detail for o in store.observations(campaign)}

    code, out, err = _import(path, tmp_path)  # re-import: done -> done, rows replaced
    assert code == 0 and "imported 2 row(s)" in out + err, (out, err)
    assert {a.state for a in store.attempts(campaign)} == {AttemptState.DONE}

    _force_state(store, second.id, AttemptState.RUNNING)
    with pytest.raises(AttemptBusy) as refused:
        store_logged(store, read_calls(path), lambda: "2026-Q4", None)
    assert refused.value.exit_code == 3  # the CLI prints it as one `error:` line
    [line] = str(refused.value).splitlines()
    assert second.id in line and "running" in line
    states = {a.id: a.state for a in store.attempts(campaign)}
    assert states == {first.id: AttemptState.DONE, second.id: AttemptState.RUNNING}
    assert {o.attempt_id: o.detail for o in store.observations(campaign)} == before
    store.close()


def test_the_batch_compare_and_swap_keeps_to_the_allowed_moves(tmp_path: Path) -> None:
    path = tmp_path / "calls.csv"
    path.write_text(CALLS, encoding="utf-8")
    _new_workspace(tmp_path)
    _import(path, tmp_path)
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    campaign = "logs-2026-q4"
    ids = sorted(a.id for a in store.attempts(campaign))
    _force_state(store, ids[1], AttemptState.EXPIRED)
    with store.engine.begin() as conn:
        stayed = store.transition_all(conn, ids, [AttemptState.DONE], AttemptState.DONE)
    assert stayed == [ids[1]]  # not in from_states: left alone, reported
    illegal = pytest.raises(IllegalTransition, match="expired -> done is not allowed")
    with illegal, store.engine.begin() as conn:
        store.transition_all(conn, ids, [AttemptState.EXPIRED], AttemptState.DONE)
    with pytest.raises(KeyError), store.engine.begin() as conn:
        store.transition_all(conn, ["no-such"], [AttemptState.DONE], AttemptState.DONE)
    store.close()
