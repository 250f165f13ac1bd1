"""Quality floor: `kg eval` on the labelled dev set must not fall below what the extractor reaches.

The floors sit about 0.02 under the F1 measured when they were last set; raise them when the
extractor improves, never lower them to make a change pass.
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.cli import main

FLOORS = {  # measured on main after session 4's merges: methods 0.736, datasets 0.861, tasks 0.492, tasks~ 0.571,
    # proposed 0.788, repos 1.0, urls 1.0
    "methods": 0.72,
    "datasets": 0.85,
    "tasks": 0.48,
    "tasks~": 0.56,
    "proposed": 0.78,
    "repos": 1.00,
    "urls": 0.90,
}


def test_dev_f1_floors(shared_dir: Path, tmp_path: Path, capsys) -> None:
    pred = tmp_path / "dev.pred.jsonl"
    assert main(["eval", "--shared", str(shared_dir), "--json", "--save", str(pred)]) == 0
    scores = json.loads(capsys.readouterr().out)
    below = {k: (scores[k]["f1"], floor) for k, floor in FLOORS.items() if scores[k]["f1"] < floor}
    assert not below, f"F1 below floor (got, floor): {below}"
    # the saved predictions are the ones scored: one line per dev paper
    assert len(pred.read_text(encoding="utf-8").splitlines()) == 120


# The 180 papers we annotated in session 3 (kg/extract/data/annotated/train2..train7): fresh arXiv
# and Hugging Face samples, closer to the held-out set than dev is. Measured on main after session 4's merges:
# methods 0.726, datasets 0.901, tasks 0.456, tasks~ 0.556, proposed 0.768, repos 1.0, urls 1.0.
ANNOTATED_FLOORS = {"methods": 0.71, "datasets": 0.88, "tasks~": 0.54, "proposed": 0.75, "repos": 1.00,
                    "urls": 0.95}
ANNOTATED = Path(__file__).resolve().parents[2] / "kg" / "extract" / "data" / "annotated"


def test_annotated_set_f1_floors(shared_dir: Path, tmp_path: Path, capsys) -> None:
    parts = [ANNOTATED / f"train{i}" for i in range(2, 8)]
    papers, gold, pred = tmp_path / "papers.jsonl", tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    papers.write_text("".join(p.with_suffix(".papers.jsonl").read_text(encoding="utf-8") for p in parts),
                      encoding="utf-8")
    gold.write_text("".join(p.with_suffix(".gold.jsonl").read_text(encoding="utf-8") for p in parts),
                    encoding="utf-8")
    assert main(["extract", str(papers), "-o", str(pred)]) == 0
    capsys.readouterr()
    assert main(["eval", str(gold), str(pred), "--shared", str(shared_dir), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    below = {k: (scores[k]["f1"], floor) for k, floor in ANNOTATED_FLOORS.items() if scores[k]["f1"] < floor}
    assert not below, f"F1 below floor (got, floor): {below}"
    assert len(pred.read_text(encoding="utf-8").splitlines()) == 180
