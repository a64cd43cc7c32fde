"""Benchmark: do the leaderboard's intervals, ties and movements tell the truth?

    python benchmarks/intervals.py [--companies 40] [--repeats 30]

Companies with known true distributions (benchmarks/ranking.py's world: a
hidden quality per company drives every metric, failures and our errors)
are scored and ranked through the real path (`score_columns`, `rank`,
`with_history`). A company's true channel score is what its score converges
to: each source's mean attempt score from 4,000 attempts, mixed with the
rubric's weights over the sources its sample has. For n = 5 and n = 20
attempts per company and channel it prints:

- coverage: share of shown 90% intervals holding the true score (target 88-92%);
- wrong order not tied: of the pairs ranked in the wrong order, the share the
  difference test calls different (target <= 5%);
- movements right: of the arrows shown between two periods (quality drifts by
  a normal step), the share pointing the way the true overall score moved;
  beside it, the same share for arrows from rank changes alone (the old rule).
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ranking import generate  # benchmarks/ranking.py

from probes.base import Channel
from results import intervals
from results.intervals import differs
from results.periods import with_history
from results.ranking import rank
from rubrics.engine import AttemptScores, score_columns
from rubrics.interface import Rubric
from rubrics.loader import load_rubric
from rubrics.sources import SOURCE_BITS, source_weights

TRUTH_ATTEMPTS = 4000


def source_means(rubric: Rubric, quality: np.ndarray, seed: int) -> dict[Channel, np.ndarray]:
    """Per channel, (companies x sources) true mean attempt score of each source (NaN: none)."""
    _, attempts = score_columns(rubric, generate(len(quality), TRUTH_ATTEMPTS, seed, quality), "T")
    out = {}
    for ch, (codes, scores, _) in attempts.channels.items():
        members = attempts.sources[ch]
        means = np.full((len(quality), len(SOURCE_BITS)), np.nan)
        for k, bit in enumerate(SOURCE_BITS.values()):
            rows = ~np.isnan(scores) & ((members & bit) != 0)
            n = np.bincount(codes[rows], minlength=len(quality))
            total = np.bincount(codes[rows], weights=scores[rows], minlength=len(quality))
            with np.errstate(invalid="ignore", divide="ignore"):
                means[:, k] = np.where(n > 0, total / n, np.nan)
        out[ch] = means
    return out


def true_scores(
    rubric: Rubric, means: dict[Channel, np.ndarray], sample: AttemptScores
) -> dict[str, np.ndarray]:
    """True channel and overall scores for the sources present in `sample` (by company code)."""
    size = len(sample.companies)
    out: dict[str, np.ndarray] = {}
    total = np.zeros(size)
    weighted = np.zeros(size)
    for ch, (codes, scores, _) in sample.channels.items():
        scored = ~np.isnan(scores)
        weights = np.array(source_weights(rubric.channels[ch]))
        present = np.zeros((size, len(SOURCE_BITS)), dtype=bool)
        for k, bit in enumerate(SOURCE_BITS.values()):
            rows = scored & ((sample.sources[ch] & bit) != 0)
            present[:, k] = np.bincount(codes[rows], minlength=size) > 0
        mu = np.where(present, means[ch], 0.0)
        w = np.where(present, weights, 0.0)
        count = present.sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            mixed = np.where(w.sum(axis=1) > 0, (w * mu).sum(axis=1) / w.sum(axis=1), np.nan)
            single = mu.sum(axis=1)
        truth = np.where(count == 0, np.nan, np.where(count == 1, single, mixed))
        out[ch.value] = truth
        has = np.isfinite(truth)
        total += np.where(has, rubric.channels[ch].weight, 0.0)
        weighted += np.where(has, rubric.channels[ch].weight * truth, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        out["overall"] = np.where(total > 0, weighted / total, np.nan)
    return out


def by_company(frame: pd.DataFrame, names: tuple[str, ...], column: str) -> np.ndarray:
    """A frame column in company-code order."""
    return frame.set_index("company").loc[list(names), column].to_numpy(dtype=float)


def board(rubric: Rubric, quality: np.ndarray, n: int, seed: int) -> tuple[pd.DataFrame, dict]:
    report, attempts = score_columns(rubric, generate(len(quality), n, seed, quality), "P")
    return rank(report.scorecards, attempts, rubric=rubric), {"attempts": attempts}


def main() -> int:
    """Print coverage, wrong-order ties and movement direction for n = 5 and 20."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--companies", type=int, default=40)
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 20])
    parser.add_argument("--show-all", action="store_true", help="intervals from 2 attempts")
    parser.add_argument("--prior-df", type=float, default=intervals.PRIOR_DF)
    parser.add_argument("--floor", type=float, default=intervals.SPREAD_FLOOR)
    args = parser.parse_args()
    intervals.PRIOR_DF, intervals.SPREAD_FLOOR = args.prior_df, args.floor
    if args.show_all:
        intervals.MIN_ATTEMPTS = 2
    print(
        f"method: prior df {intervals.PRIOR_DF:g}, spread floor {intervals.SPREAD_FLOOR:g}, "
        f"intervals from {intervals.MIN_ATTEMPTS} attempts"
    )
    rubric = load_rubric()
    rng = np.random.default_rng(7)
    quality = rng.beta(2.0, 2.0, args.companies)
    drifted = np.clip(quality + rng.normal(0.0, 0.08, args.companies), 0.0, 1.0)
    truth_now, truth_then = source_means(rubric, drifted, 1), source_means(rubric, quality, 2)
    parts = [ch.value for ch in rubric.channels] + ["overall"]
    print(
        f"{args.companies} companies, {args.repeats} repeats; default rubric; "
        f"true scores from {TRUTH_ATTEMPTS} attempts per company"
    )
    for n in args.sizes:
        hits = {p: [0, 0] for p in parts}
        wrong = {p: [0, 0] for p in parts}
        moves = [0, 0, 0]  # arrows shown, right, companies compared
        naive = [0, 0]
        for r in range(args.repeats):
            then_report, then_attempts = score_columns(
                rubric, generate(args.companies, n, 1000 + r, quality), "P1"
            )
            now_report, now_attempts = score_columns(
                rubric, generate(args.companies, n, 2000 + r, drifted), "P2"
            )
            then = rank(then_report.scorecards, then_attempts, rubric=rubric)
            now = rank(now_report.scorecards, now_attempts, rubric=rubric)
            names = now_attempts.companies
            true_now = true_scores(rubric, truth_now, now_attempts)
            for p in parts:
                suffix = "overall" if p == "overall" else p
                score_col = "overall" if p == "overall" else f"score_{p}"
                score = by_company(now, names, score_col)
                low, high = (by_company(now, names, f"{e}_{suffix}") for e in ("low", "high"))
                se = by_company(now, names, f"se_{suffix}")
                truth = true_now[p]
                shown = np.isfinite(low) & np.isfinite(truth)
                hits[p][0] += int(((low <= truth) & (truth <= high))[shown].sum())
                hits[p][1] += int(shown.sum())
                i, j = np.triu_indices(len(names), 1)
                ok = np.isfinite(score[i]) & np.isfinite(score[j]) & np.isfinite(truth[i])
                ok &= np.isfinite(truth[j])
                wrong_order = ok & ((truth[i] - truth[j]) * (score[i] - score[j]) < 0)
                called = differs(score[i] - score[j], se[i], se[j])
                wrong[p][0] += int((wrong_order & called).sum())
                wrong[p][1] += int(wrong_order.sum())
            history = with_history(now, [then])
            then_names = then_attempts.companies
            true_then = true_scores(rubric, truth_then, then_attempts)["overall"]
            change = true_now["overall"] - true_then[[then_names.index(c) for c in names]]
            movement = history.set_index("company").loc[list(names), "movement"].to_numpy()
            rank_change = history.set_index("company").loc[list(names), "rank_change"]
            arrows = np.isin(movement, ["up", "down"])
            direction = np.where(movement == "up", 1, -1)
            moves[0] += int(arrows.sum())
            moves[1] += int((arrows & (direction * change > 0)).sum())
            moves[2] += len(names)
            by_rank = rank_change.fillna(0).to_numpy(dtype=float)
            naive[0] += int((by_rank != 0).sum())
            naive[1] += int(((by_rank != 0) & (np.sign(by_rank) * change > 0)).sum())
        print(f"\nn = {n} attempts per company and channel")
        print(f"  {'':<12} {'coverage':>9} {'wrong order not tied':>21}")
        for p in parts:
            cover = hits[p][0] / hits[p][1] if hits[p][1] else float("nan")
            untied = wrong[p][0] / wrong[p][1] if wrong[p][1] else float("nan")
            print(
                f"  {p:<12} {cover:9.1%} ({hits[p][1]:>5}) {untied:11.1%} of {wrong[p][1]:>5} pairs"
            )
        right = moves[1] / moves[0] if moves[0] else float("nan")
        old = naive[1] / naive[0] if naive[0] else float("nan")
        print(
            f"  movements: {moves[0]} arrows of {moves[2]} companies, direction right {right:.1%}"
            f" (rank-change arrows: {naive[0]}, right {old:.1%})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
