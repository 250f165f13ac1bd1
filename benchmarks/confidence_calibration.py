"""How well the extractor's ``confidence`` predicts whether an entity is right, on papers nobody tuned on.

Usage: python benchmarks/confidence_calibration.py [--json OUT.json]

Extracts the labelled sets the project only measures (silver4..7, silver9, silver12 and silver16 shipped in
kg/extract/data/annotated; dev from ../shared/eval and heldout..heldout4 under benchmarks/, when present), labels
each extracted method and dataset a hit with the evaluation's matching (normalized name or alias equal to a gold one
not matched yet) and each task with its lenient matching (``tasks~``), and prints per kind: the hit rate in ten
confidence bins, the expected calibration error (|hit rate - mean confidence| over the bins, weighted by their
share) and the Brier score. A calibrated confidence has hit rates near the bin's confidence and a small error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import extract_papers  # noqa: E402
from kg.extract.data._train_keep_model import hit_labels, read_jsonl  # noqa: E402
from kg.extract.data._train_task_calibration import calibration_error  # noqa: E402

ANNOTATED = ROOT / "kg" / "extract" / "data" / "annotated"
KINDS = ("methods", "datasets", "tasks")


def measure_sets() -> dict[str, tuple[Path, Path]]:
    """The measure-only labelled sets found here: name -> (papers, gold)."""
    sets = {f"silver{i}": (ANNOTATED / f"silver{i}.papers.jsonl", ANNOTATED / f"silver{i}.gold.jsonl")
            for i in (4, 5, 6, 7, 9, 12, 16)}
    dev = ROOT.parent / "shared" / "eval"
    if (dev / "dev.gold.jsonl").exists():
        sets["dev"] = (dev / "dev.papers.jsonl", dev / "dev.gold.jsonl")
    for name in ("heldout", "heldout2", "heldout3", "heldout4"):
        if (ROOT / "benchmarks" / name / "gold.jsonl").exists():
            sets[name] = (ROOT / "benchmarks" / name / "papers.jsonl", ROOT / "benchmarks" / name / "gold.jsonl")
    return sets


def confidence_rows(papers: Path, gold: Path) -> dict[str, list[tuple[float, int]]]:
    """Per kind: (confidence, hit) of every extracted entity of the set."""
    truth = {g["id"]: g for g in read_jsonl(gold)}
    rows: dict[str, list[tuple[float, int]]] = {k: [] for k in KINDS}
    for rec in extract_papers(read_jsonl(papers)):
        g = truth.get(rec["id"], {})
        for kind in KINDS:
            labels = hit_labels(g.get(kind, []), rec[kind], loose=kind == "tasks")
            rows[kind].extend(zip((e["confidence"] for e in rec[kind]), labels))
    return rows


def report(rows: list[tuple[float, int]]) -> dict:
    """Bins, calibration error and Brier score of (confidence, hit) rows."""
    p = np.array([r[0] for r in rows])
    y = np.array([r[1] for r in rows])
    which = np.minimum((p * 10).astype(int), 9)
    bins = {f"{b / 10:.1f}": (int((which == b).sum()), round(float(y[which == b].mean()), 3))
            for b in range(10) if (which == b).any()}
    return {"n": len(y), "hit_rate": round(float(y.mean()), 3), "mean_confidence": round(float(p.mean()), 3),
            "calibration_error": round(calibration_error(p, y), 3), "brier": round(float(np.mean((p - y) ** 2)), 3),
            "bins": bins}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()
    pooled: dict[str, list[tuple[float, int]]] = {k: [] for k in KINDS}
    sets = measure_sets()
    for name, (papers, gold) in sets.items():
        for kind, rows in confidence_rows(papers, gold).items():
            pooled[kind].extend(rows)
    print(f"measure-only sets: {', '.join(sets)}")
    results = {}
    for kind in KINDS:
        r = results[kind] = report(pooled[kind])
        print(f"{kind:9} {r['n']:6} entities  hit rate {r['hit_rate']:.3f}  mean confidence {r['mean_confidence']:.3f}"
              f"  calibration error {r['calibration_error']:.3f}  Brier {r['brier']:.3f}")
        print("          " + "  ".join(f"{b}: {rate:.2f} ({n})" for b, (n, rate) in r["bins"].items()))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
