"""Offline trainer of task_calibration.json (needs scikit-learn, a training-time tool only; not run at extraction
time).

usage: python -m kg.extract.data._train_task_calibration [--write]

Runs the extractor with the task calibration off over the keep model's annotated sets (train0..7, silver0..3, 8, 10,
11, 13, 14; never silver4..7, silver9, silver12, dev or the held-out sets, which measure unseen papers), labels each
kept task a hit when the evaluation's lenient task matching (``tasks~``: one name's words inside the other's, greedy
in the paper's order) pairs it with a gold task, and fits one logistic regression over the binary features of
``task_calibration.calibration_features``. It prints the leave-one-batch-out calibration (expected calibration error
over ten bins, Brier score) next to the ranking score's; ``--write`` writes task_calibration.json.
"""
from __future__ import annotations

import sys

import numpy as np

from kg.extract.components import task_calibration
from kg.extract.data._train_keep_model import (BATCHES, HERE, exported, fit_logistic, hit_labels, out_of_fold,
                                               print_reliability, read_jsonl, write_or_print)
from kg.extract.pipeline import load_nlp, processed_docs

C = 0.3  # inverse L2 strength; 0.1 / 0.3 / 1 gave the same out-of-fold calibration (session 30)
MAX_ITER = 3000


def collect() -> list[tuple[int, list[str], int, float]]:
    """(batch index, features, label, ranking score) of every task the extractor keeps on the training batches."""
    nlp = load_nlp()
    rows = []
    task_calibration.ENABLED = False
    try:
        for b, name in enumerate(BATCHES):
            papers = read_jsonl(HERE / "annotated" / f"{name}.papers.jsonl")
            gold = {g["id"]: g for g in read_jsonl(HERE / "annotated" / f"{name}.gold.jsonl")}
            for doc, (rec, *_) in processed_docs(papers, nlp):
                tasks = doc.user_data["kg_entities"]["tasks"]
                labels = hit_labels(gold.get(rec["id"], {}).get("tasks", []), tasks, loose=True)
                rows.extend((b, e["_calibration_features"], y, e["confidence"]) for e, y in zip(tasks, labels))
    finally:
        task_calibration.ENABLED = True
    return rows


def calibration_error(p: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error: the mean over ``bins`` equal-width probability bins of |hit rate - mean
    probability|, weighted by the bin's share of the rows.

    >>> calibration_error(np.array([0.9, 0.9, 0.1, 0.1]), np.array([1, 0, 0, 0]))
    0.25
    """
    which = np.minimum((p * bins).astype(int), bins - 1)
    return float(sum(abs(y[which == b].sum() - p[which == b].sum()) for b in range(bins)) / len(p))


def train(rows: list[tuple[int, list[str], int, float]]) -> dict:
    """The model fitted on every batch, after printing the leave-one-batch-out calibration."""
    groups = np.array([r[0] for r in rows])
    feats = [r[1] for r in rows]
    y = np.array([r[2] for r in rows])
    score = np.array([r[3] for r in rows])
    oof = out_of_fold(feats, y, groups, C, MAX_ITER)
    print(f"{len(y)} tasks, hit rate {y.mean():.3f}; ranking score: calibration error "
          f"{calibration_error(score, y):.3f}, Brier {np.mean((score - y) ** 2):.3f}; out-of-fold model: "
          f"{calibration_error(oof, y):.3f}, Brier {np.mean((oof - y) ** 2):.3f}", file=sys.stderr)
    print_reliability(oof, y)
    return exported(*fit_logistic(feats, y, C, MAX_ITER))


def main() -> None:
    model = train(collect())
    model["_source"] = ("logistic regression (C=%s) of the lenient hit of each kept task on the extractor's own output "
                        "over annotated train0..7 + silver0..3, 8, 10, 11, 13, 14; "
                        "kg/extract/data/_train_task_calibration.py" % C)
    write_or_print(model, task_calibration.MODEL_FILE)


if __name__ == "__main__":
    main()
