"""Several processes opening one new store at once: none fails with "already exists"."""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

from results.store import Store


def _open(url: str, out: mp.Queue[str]) -> None:
    try:
        Store.open(url).close()
        out.put("ok")
    except Exception as exc:  # reported to the parent, which asserts on it
        out.put(repr(exc))


def test_first_opens_racing_on_an_empty_workspace_all_succeed(tmp_path: Path) -> None:
    ctx = mp.get_context("fork")
    outcomes: list[str] = []
    for round_no in range(10):
        url = f"sqlite:///{tmp_path / str(round_no) / 'audit.db'}"
        (tmp_path / str(round_no)).mkdir()
        queue: mp.Queue[str] = ctx.Queue()
        procs = [ctx.Process(target=_open, args=(url, queue)) for _ in range(4)]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(timeout=120)
        outcomes += [queue.get(timeout=30) for _ in procs]
        store = Store.open(url)
        assert store.campaigns() == []
        store.close()
    assert outcomes == ["ok"] * len(outcomes)
