"""Exports: observations (one column per documented metric) and scores as CSV, JSON or Parquet.

CSV files are made safe to open in a spreadsheet (OWASP "CSV injection"): a text cell
that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a
formula, so it is written with a leading `'` (which spreadsheets show as text and
hide). `raw=True` writes text as it is; JSON and Parquet always keep it as it is.
"""

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
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a CSV cell as a formula (OWASP CSV injection)."""
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


SIGHTING_COLUMNS = (
    "campaign_id", "attempt_id", "company", "e164", "role", "how", "page_url", "above_fold",
    "font_ratio", "hours_near", "label",
)  # fmt: skip


def sightings_frame(observations: pd.DataFrame) -> pd.DataFrame:
    """The `phone_sightings` table: one row per phone number seen (metric `phone.sightings`)."""
    rows: list[dict[str, Any]] = []
    if "phone.sightings" in observations.columns:
        for _, obs in observations.iterrows():
            cell = obs["phone.sightings"]
            if isinstance(cell, str) and cell:
                keys = {k: obs[k] for k in ("campaign_id", "attempt_id", "company")}
                rows.extend({**keys, **row} for row in json.loads(cell))
    return pd.DataFrame(rows, columns=list(SIGHTING_COLUMNS))


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


def spreadsheet_safe(value: Any) -> Any:
    """`value`, with a leading `'` when it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _safe_for_spreadsheets(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:  # only text changes: numbers, even negative, stay numbers
        out[column] = out[column].map(spreadsheet_safe)
    out.columns = [spreadsheet_safe(c) for c in out.columns]
    return out


def write_export(
    out_dir: Path,
    fmt: ExportFormat,
    observations: pd.DataFrame,
    scores: pd.DataFrame,
    leaderboard: list[dict[str, Any]],
    raw: bool = False,
) -> list[Path]:
    """Write the export files into `out_dir`; returns their paths.

    CSV text cells are escaped for spreadsheets unless `raw` (module docstring).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if fmt == "json":
        path = out_dir / "export.json"
        payload = {
            "observations": json.loads(observations.to_json(orient="records", force_ascii=False)),
            "scores": json.loads(scores.to_json(orient="records", force_ascii=False)),
            "leaderboard": leaderboard,
            "chat_messages": chat_messages_frame(observations).to_dict(orient="records"),
            "phone_sightings": sightings_frame(observations).to_dict(orient="records"),
        }
        path.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
        return [path]
    if fmt == "parquet" and importlib.util.find_spec("pyarrow") is None:
        raise InputError("Parquet export needs pyarrow: pip install 'service-audit[parquet]'")
    board = pd.json_normalize(leaderboard) if leaderboard else pd.DataFrame()
    tables = [("observations", observations), ("scores", scores), ("leaderboard", board)]
    tables.append(("chat_messages", chat_messages_frame(observations)))
    tables.append(("phone_sightings", sightings_frame(observations)))
    for name, frame in tables:
        if fmt == "csv":
            path = out_dir / f"{name}.csv"
            flat = _flat_for_csv(frame)
            # RFC 4180 line ends: a cell holding a lone CR is then quoted, not a broken row.
            (flat if raw else _safe_for_spreadsheets(flat)).to_csv(
                path, index=False, lineterminator="\r\n"
            )
        else:
            path = out_dir / f"{name}.parquet"
            _flat_for_csv(frame).to_parquet(path, index=False)
        written.append(path)
    return written
