"""Importing logs into a real workspace store: renamed files, moved periods, kept targets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli import app
from probes.logs.returns import import_returns
from results.store import Store

CALLS_HEADER = "company,period,dialed_at,agent,hung_up,resolved\n"
WEB_TARGET = {"name": "Acme", "website": "https://acme.test", "phone": "+14155550100"}


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A workspace whose store holds a website campaign "web" of 2026-Q4."""
    ws = tmp_path / "ws"
    ws.mkdir()
    store = Store.open(f"sqlite:///{ws / 'audit.db'}")
    store.save_campaign(
        "web", "Web", "2026-Q4", "c.yaml", {"rubric": "default"}, {"Acme": WEB_TARGET}
    )
    store.close()
    return ws


def calls_csv(folder: Path, *rows: str, name: str = "calls.csv") -> Path:
    path = folder / name
    path.write_text(CALLS_HEADER + "".join(f"{r}\n" for r in rows), encoding="utf-8")
    return path


def run(workspace: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [*args, "-w", str(workspace)])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def stored(workspace: Path) -> Store:
    return Store.open(f"sqlite:///{workspace / 'audit.db'}")


def attempt_campaigns(store: Store) -> dict[str, str]:
    """Attempt id -> campaign id, over every campaign."""
    return {a.id: c.id for c in store.campaigns() for a in store.attempts(c.id)}


def test_a_renamed_file_replaces_its_rows_instead_of_duplicating(workspace: Path) -> None:
    first = calls_csv(
        workspace,
        "Acme,2026-Q4,2026-11-02T09:00:00Z,0:20,1:00,yes",
        "Acme,2026-Q4,2026-11-03T09:00:00Z,,2:00,",
    )
    assert run(workspace, "phone", "import", str(first))[0] == 0
    renamed = workspace / "calls-final.csv"
    shutil.move(first, renamed)
    assert run(workspace, "phone", "import", str(renamed))[0] == 0
    store = stored(workspace)
    logged = store.observations("logs-2026-q4")
    assert len(logged) == 2
    assert all(o.attempt_id.startswith("import/phone-import/") for o in logged)
    assert len(attempt_campaigns(store)) == 2


def test_returns_ids_name_the_probe_not_the_file(tmp_path: Path) -> None:
    body = "company,ordered,return_started\nAcme,2026-07-01,2026-07-05\n"
    ids = []
    for name in ("returns.csv", "returns-july.csv"):
        (tmp_path / name).write_text(body, encoding="utf-8")
        ids.append(import_returns(tmp_path / name).observations[0].attempt_id)
    assert ids[0] == ids[1] and ids[0].startswith("import/returns-log/")


def test_a_corrected_period_or_campaign_moves_the_row(workspace: Path) -> None:
    row = "Acme,{},2026-11-02T09:00:00Z,0:20,1:00,yes"
    other = "Acme,2026-Q4,2026-11-05T09:00:00Z,0:30,1:00,"
    assert (
        run(workspace, "phone", "import", str(calls_csv(workspace, row.format("2026-Q3"), other)))[
            0
        ]
        == 0
    )
    store = stored(workspace)
    [moved_id] = [a.id for a in store.attempts("logs-2026-q3")]

    code, _out, err = run(
        workspace, "phone", "import", str(calls_csv(workspace, row.format("2026-Q4"), other))
    )
    assert code == 0, err
    assert "moved 1 row(s) from campaign logs-2026-q3 to logs-2026-q4" in err  # a note
    assert store.attempts("logs-2026-q3") == [] and store.observations("logs-2026-q3") == []
    assert len(store.observations("logs-2026-q4")) == 2
    assert attempt_campaigns(store)[moved_id] == "logs-2026-q4"

    # The same rows, now filed under the website campaign of their period.
    assert (
        run(
            workspace,
            "phone",
            "import",
            str(calls_csv(workspace, row.format("2026-Q4"), other)),
            "--campaign",
            "web",
        )[0]
        == 0
    )
    assert store.observations("logs-2026-q4") == []
    web = store.observations("web")
    assert len(web) == 2 and {a.campaign_id for a in store.attempts("web")} == {"web"}
    assert web[0].evidence and web[0].metrics["phone.resolved"] is True


def test_importing_into_a_campaign_keeps_its_company_targets(workspace: Path) -> None:
    path = calls_csv(
        workspace, "Acme,,2026-11-02T09:00:00Z,0:20,1:00,", "Newco,,2026-11-02T10:00:00Z,,1:00,"
    )
    assert run(workspace, "phone", "import", str(path), "--campaign", "web")[0] == 0
    targets = stored(workspace).targets("web")
    assert targets == {"Acme": WEB_TARGET, "Newco": {"name": "Newco"}}


def test_a_row_of_another_period_is_a_row_error_and_good_rows_are_kept(workspace: Path) -> None:
    path = calls_csv(
        workspace,
        "Acme,2026-Q4,2026-11-02T09:00:00Z,0:20,1:00,",
        "Bolt,2026-Q3,2026-08-02T09:00:00Z,0:20,1:00,",
        "Crane,,2026-11-04T09:00:00Z,0:20,1:00,",
    )
    code, _out, err = run(workspace, "phone", "import", str(path), "--campaign", "web", "--strict")
    assert code == 2 and "nothing imported" in err
    assert f"{path}:3: period: '2026-Q3' does not match campaign 'web' (2026-Q4)" in err
    store = stored(workspace)
    assert store.observations("web") == []

    code, _out, err = run(workspace, "phone", "import", str(path), "--campaign", "web")
    assert code == 1 and "good rows were kept" in err
    row_errors = [line for line in err.splitlines() if line.startswith(f"{path}:")]
    assert len(row_errors) == 1 and row_errors[0].startswith(f"{path}:3: period:")
    # A row without a period goes to the campaign's own period.
    assert sorted(o.company for o in store.observations("web")) == ["Acme", "Crane"]
    assert [c.id for c in store.campaigns()] == ["web"]  # no empty logs campaign


def test_nothing_to_write_creates_no_logs_campaign(workspace: Path) -> None:
    path = calls_csv(
        workspace, "Acme,2026-Q3,2026-08-02T09:00:00Z,0:20,1:00,", "Bolt,2026-Q3,nope,,,"
    )
    code, _out, err = run(workspace, "phone", "import", str(path), "--strict")
    assert code == 2 and f"{path}:3: dialed_at:" in err
    assert [c.id for c in stored(workspace).campaigns()] == ["web"]
