"""`audit export` writes every chat message (attempt, sequence, sender, role, reason, text,
time from our message) as its own table, read from the chats' transcript evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from results.export import chat_messages_frame, observations_frame, write_export
from tests.chat.conftest import ChatRun


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_chat_messages_table(chats: dict[str, ChatRun], tmp_path: Path, fmt: str) -> None:
    runs = [chats["bloomly"], chats["northwind"], chats["greenleaf"]]
    frame = observations_frame("c1", [r.observation for r in runs])
    written = write_export(tmp_path, fmt, frame, pd.DataFrame(), [])
    if fmt == "json":
        rows = json.loads(written[0].read_text(encoding="utf-8"))["chat_messages"]
        table = pd.DataFrame(rows)
    elif fmt == "csv":
        table = pd.read_csv(tmp_path / "chat_messages.csv", keep_default_na=False)
    else:
        table = pd.read_parquet(tmp_path / "chat_messages.parquet")
    assert list(table.columns) == [
        "attempt_id", "sequence", "sender", "role", "reason", "text", "at_s",
    ]  # fmt: skip
    for run in runs[:2]:
        assert run.transcript is not None
        mine = table[table["attempt_id"] == run.observation.attempt_id]
        assert list(mine["text"]) == [m["text"] for m in run.transcript["messages"]]
        assert list(mine["role"]) == [m["role"] for m in run.transcript["messages"]]
        assert list(mine["sequence"]) == list(range(len(mine)))
    # the offline chat has no transcript, so no messages
    assert (table["attempt_id"] == runs[2].observation.attempt_id).sum() == 0


def test_no_chats_gives_an_empty_table_with_its_columns() -> None:
    assert list(chat_messages_frame(pd.DataFrame()).columns)[:2] == ["attempt_id", "sequence"]
