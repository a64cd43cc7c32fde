"""Ranking scorecards with pandas: one row per company, ranks overall and per channel.

Ranks use the scores as displayed (one decimal) with 'min' ties: two companies
at 85.0 share rank 1 and the next is 3. A company with no data on a channel
has a NaN score there and no rank (<NA>), never 0.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from probes.base import Channel, MetricValue
from results.interface import CHANNELS, channel_columns
from rubrics.engine import BANDS, NOT_RECOMMENDED
from rubrics.interface import Scorecard


def _rank(scores: pd.Series) -> pd.Series:
    ranks = scores.round(1).rank(method="min", ascending=False, na_option="keep")
    return ranks.astype("Int64")


def _bands(overall: pd.Series) -> pd.Series:
    shown = overall.round(1).to_numpy()
    conditions = [shown >= floor for floor, _ in BANDS]
    conditions.append(shown < BANDS[-1][0])
    names = [name for _, name in BANDS] + [NOT_RECOMMENDED]
    labels = np.select(conditions, names, default="")
    return pd.Series(labels, index=overall.index, dtype=object).where(overall.notna(), None)


def rank(scorecards: Sequence[Scorecard]) -> pd.DataFrame:
    """One row per company, best first.

    Columns: company, period, overall, band, rank_overall, and per channel c:
    score_<c>, n_<c>, errors_<c>, rank_<c>, key_<c>. `df.attrs["key_metrics"]`
    maps channel value -> the key metric's name.
    """
    size = len(scorecards)
    companies = [card.company for card in scorecards]
    periods = [card.period for card in scorecards]
    overall = np.full(size, np.nan)
    scores = {ch: np.full(size, np.nan) for ch in CHANNELS}
    counts = {ch: np.zeros(size, dtype=np.int64) for ch in CHANNELS}
    errors = {ch: np.zeros(size, dtype=np.int64) for ch in CHANNELS}
    keys: dict[Channel, list[MetricValue]] = {ch: [None] * size for ch in CHANNELS}
    key_metrics: dict[str, str] = {}
    for i, card in enumerate(scorecards):
        if card.overall is not None:
            overall[i] = card.overall
        for ch, cs in card.channels.items():
            if cs.score is not None:
                scores[ch][i] = cs.score
            counts[ch][i] = cs.n
            errors[ch][i] = cs.n_errors
            keys[ch][i] = cs.key_value
            if cs.key_metric is not None:
                key_metrics.setdefault(ch.value, cs.key_metric)
    data: dict[str, object] = {"company": companies, "period": periods, "overall": overall}
    for ch in CHANNELS:
        score_col, n_col, err_col, _, key_col = channel_columns(ch)
        data[score_col] = scores[ch]
        data[n_col] = counts[ch]
        data[err_col] = errors[ch]
        data[key_col] = pd.Series(keys[ch], dtype=object)
    df = pd.DataFrame(data)
    df["band"] = _bands(df["overall"])
    df["rank_overall"] = _rank(df["overall"])
    for ch in CHANNELS:
        score_col, _, _, rank_col, _ = channel_columns(ch)
        df[rank_col] = _rank(df[score_col])
    ordered = ["company", "period", "overall", "band", "rank_overall"]
    for ch in CHANNELS:
        score_col, n_col, err_col, rank_col, key_col = channel_columns(ch)
        ordered += [score_col, n_col, err_col, rank_col, key_col]
    df = (
        df[ordered]
        .sort_values(["rank_overall", "company"], na_position="last", kind="stable")
        .reset_index(drop=True)
    )
    df.attrs["key_metrics"] = key_metrics
    return df
