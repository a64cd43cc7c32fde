"""Exports: observations (one column per documented metric) and scores as CSV, JSON or Parquet."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from probes.base import Observation
from probes.errors import InputError
from probes.metrics import METRICS

ExportFormat = Literal["csv", "json", "parquet"]
SCORE_COLUMNS = (
    "campaign_id", "period", "rubric", "rubric_hash", "attempt_id", "company", "channel",
    "status", "score",
)  # fmt: skip
BASE_COLUMNS = (
    "campaign_id",
    "attempt_id",
    "company",
    "channel",
    "probe_id",
    "status",
    "started",
    "finished",
    "detail",
    "evidence",
)


def observations_frame(campaign_id: str, observations: Sequence[Observation]) -> pd.DataFrame:
    """One row per observation; metrics become columns named as in `audit metrics`."""
    rows: list[dict[str, Any]] = []
    for obs in observations:
        row: dict[str, Any] = {
            "campaign_id": campaign_id,
            "attempt_id": obs.attempt_id,
            "company": obs.company,
            "channel": obs.channel.value,
            "probe_id": obs.probe_id,
            "status": obs.status.value,
            "started": obs.started.isoformat(),
            "finished": obs.finished.isoformat(),
            "detail": obs.detail,
            "evidence": [e.path for e in obs.evidence],
        }
        row.update(obs.metrics)
        rows.append(row)
    frame = pd.DataFrame(rows, columns=None if rows else list(BASE_COLUMNS))
    # Every documented metric is a column, in contract order, so files from different
    # campaigns line up; anything undocumented follows, sorted.
    extra = sorted(c for c in frame.columns if c not in BASE_COLUMNS and c not in METRICS)
    return frame.reindex(columns=[*BASE_COLUMNS, *METRICS, *extra])


CHAT_MESSAGE_COLUMNS = ("attempt_id", "sequence", "sender", "role", "reason", "text", "at_s")


def chat_messages_frame(observations: pd.DataFrame) -> pd.DataFrame:
    """One row per chat message, read from each chat observation's transcript evidence:
    sender, role (visitor/bot/human/notice), the reason for the role, the text (literal)
    and `at_s`, seconds from our first message (negative before it)."""
    rows: list[dict[str, Any]] = []
    if not len(observations):
        return pd.DataFrame(rows, columns=list(CHAT_MESSAGE_COLUMNS))
    chats = observations[observations["channel"] == "chat"]
    for attempt_id, evidence in zip(chats["attempt_id"], chats["evidence"], strict=True):
        for path in evidence if isinstance(evidence, list) else []:
            file = Path(str(path))
            if file.name != "chat-transcript.json" or not file.is_file():
                continue
            messages = json.loads(file.read_text(encoding="utf-8")).get("messages", [])
            for seq, m in enumerate(messages):
                rows.append(
                    {"attempt_id": attempt_id, "sequence": seq}
                    | {k: m.get(k) for k in ("sender", "role", "reason", "text", "at_s")}
                )
    return pd.DataFrame(rows, columns=list(CHAT_MESSAGE_COLUMNS))


def _flat_for_csv(frame: pd.DataFrame) -> pd.DataFrame:
    # Lists (E.164 numbers, evidence paths) become JSON text so a CSV cell stays one value.
    out = frame.copy()
    for column in out.columns:
        if out[column].map(lambda v: isinstance(v, list | dict)).any():
            out[column] = out[column].map(
                lambda v: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
            )
    return out


def write_export(
    out_dir: Path,
    fmt: ExportFormat,
    observations: pd.DataFrame,
    scores: pd.DataFrame,
    leaderboard: list[dict[str, Any]],
) -> list[Path]:
    """Write the export files into `out_dir`; returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if fmt == "json":
        path = out_dir / "export.json"
        payload = {
            "observations": json.loads(observations.to_json(orient="records", force_ascii=False)),
            "scores": json.loads(scores.to_json(orient="records", force_ascii=False)),
            "leaderboard": leaderboard,
            "chat_messages": chat_messages_frame(observations).to_dict(orient="records"),
        }
        path.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
        return [path]
    if fmt == "parquet" and importlib.util.find_spec("pyarrow") is None:
        raise InputError("Parquet export needs pyarrow: pip install 'service-audit[parquet]'")
    board = pd.json_normalize(leaderboard) if leaderboard else pd.DataFrame()
    tables = [("observations", observations), ("scores", scores), ("leaderboard", board)]
    tables.append(("chat_messages", chat_messages_frame(observations)))
    for name, frame in tables:
        if fmt == "csv":
            path = out_dir / f"{name}.csv"
            _flat_for_csv(frame).to_csv(path, index=False)
        else:
            path = out_dir / f"{name}.parquet"
            _flat_for_csv(frame).to_parquet(path, index=False)
        written.append(path)
    return written
