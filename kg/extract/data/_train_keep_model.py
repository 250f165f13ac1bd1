"""Offline trainer of keep_model.json (needs scikit-learn, a training-time tool only; not run at extraction time).

usage: python -m kg.extract.data._train_keep_model [--write]

Runs the extractor with the keep filter off over the shipped annotated sets train0..7, silver0..3, silver8,
silver10, silver11, silver13 and silver14 (never silver4..7, silver9, silver12, dev or the held-out sets, which
measure unseen papers), labels each extracted method and dataset a hit or a miss with the evaluation's document-level
matching (normalized name or alias equal to a gold one not matched yet), fits one logistic regression per kind
over the binary features of ``keep_model.entity_features``, and picks the drop threshold that maximises the F1
of leave-one-batch-out predictions. ``--write`` writes keep_model.json.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import numpy as np

from kg.extract.components import keep_model
from kg.extract.pipeline import load_nlp, processed_docs

HERE = Path(__file__).parent
BATCHES = [f"train{i}" for i in range(8)] + [f"silver{i}" for i in (0, 1, 2, 3, 8, 10, 11, 13, 14)]
C = 0.3  # inverse L2 strength, best leave-one-batch-out AUC of 0.1 / 0.3 / 1 / 3
MAX_ITER = 2000
# a kind's low-probability entities are dropped only when that raises the out-of-fold F1 by at least this much.
# The curves are flat: in session 9 the best thresholds gained methods +0.0007 (a forced 0.42 lowered silver4..5
# methods 0.7304 -> 0.7295 and dev 0.762 -> 0.759) and datasets +0.0009 (4 of 820 entities dropped, 1 of them
# right; at 0.51 it dropped "BID" from "five databases (BID, CLIVE, ...)"), so both only get the confidence.
MIN_GAIN = 0.005


def norm(s: str) -> str:
    """The evaluation's name normalization (copied from ``shared/eval/score.py``, which is not shipped).

    Examples
    --------
    >>> norm("Foo-Nets")
    'foo net'
    """
    s = unicodedata.normalize("NFKC", s).lower()
    s = re.sub(r"[\u2010-\u2015_/\-]+", " ", s)
    s = re.sub(r"[^\w\s\+\.#]", " ", s)
    s = re.sub(r"\.(?=\s|$)", " ", s)
    words = s.split()
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def forms(e) -> set[str]:
    """The normalized name and aliases of an entity (dict or plain string), as the scorer matches them.

    Examples
    --------
    >>> sorted(forms({"name": "FooNet", "aliases": ["Foo Net"]}))
    ['foo net', 'foonet']
    """
    if isinstance(e, str):
        return {norm(e)} - {""}
    return {norm(x) for x in [e.get("name", "")] + list(e.get("aliases", []) or [])} - {""}


def lenient(a: str, b: str) -> bool:
    """One normalized name's words run inside the other's (the evaluation's ``tasks~``).

    >>> lenient("image classification", "few shot image classification"), lenient("image", "imagenet")
    (True, False)
    """
    wa, wb = a.split(), b.split()

    def inside(x: list[str], y: list[str]) -> bool:
        return any(y[i:i + len(x)] == x for i in range(len(y) - len(x) + 1))
    return inside(wa, wb) or inside(wb, wa)


def matched_gold(pred: list[set[str]], gold: list[set[str]], loose: bool = False) -> list[int]:
    """For each prediction's normalized forms, the index of the gold entity it matches, or -1: the evaluation's
    greedy document-level matching (a gold entity is matched once, in the predictions' order); ``loose`` also matches
    by :func:`lenient` words, as the evaluation's ``tasks~`` does.

    >>> matched_gold([{"classification"}, {"image classification"}], [{"image classification"}], loose=True)
    [0, -1]
    """
    used: set[int] = set()
    out = []
    for pf in pred:
        hit = -1
        for i, gf in enumerate(gold):
            if i not in used and (pf & gf or loose and any(lenient(x, y) for x in pf for y in gf)):
                used.add(i)
                hit = i
                break
        out.append(hit)
    return out


def hit_labels(gold: list, pred: list[dict], loose: bool = False) -> list[int]:
    """1 for a prediction that matches a gold entity not matched before it, else 0 (:func:`matched_gold` over the
    entities' forms).

    >>> hit_labels(["image classification"], [{"name": "classification"}, {"name": "image classification"}], True)
    [1, 0]
    """
    return [int(i >= 0) for i in matched_gold([forms(p) for p in pred], [forms(g) for g in gold], loose)]


def read_jsonl(path: Path) -> list[dict]:
    """The JSON objects of a .jsonl file."""
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def collect() -> dict[str, list[tuple[int, list[str], int]]]:
    """Per kind: (batch index, features, label) of every extracted entity, and the gold counts per batch."""
    keep_model.ENABLED = False
    nlp = load_nlp()
    rows: dict[str, list] = {k: [] for k in keep_model.KINDS}
    gold_n = {k: [0] * len(BATCHES) for k in keep_model.KINDS}
    for b, name in enumerate(BATCHES):
        papers = read_jsonl(HERE / "annotated" / f"{name}.papers.jsonl")
        gold = {g["id"]: g for g in read_jsonl(HERE / "annotated" / f"{name}.gold.jsonl")}
        for doc, (rec, *_) in processed_docs(papers, nlp):
            ents = doc.user_data["kg_entities"]
            g = gold.get(rec["id"], {})
            for kind in keep_model.KINDS:
                gold_n[kind][b] += len(g.get(kind, []))
                for e, y in zip(ents[kind], hit_labels(g.get(kind, []), ents[kind])):
                    rows[kind].append((b, e["_features"], y))
    keep_model.ENABLED = True
    return {"rows": rows, "gold": gold_n}


def fit_logistic(feats: list[list[str]], y: np.ndarray, c: float, max_iter: int,
                 sample_weight: np.ndarray | None = None):
    """A feature vectorizer and a logistic regression (inverse L2 strength ``c``) fitted on the binary features
    ``feats`` (scikit-learn, imported here: it is a training-time tool, not a dependency of the package)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in fs} for fs in feats])
    return vec, LogisticRegression(C=c, max_iter=max_iter).fit(x, y, sample_weight=sample_weight)


def out_of_fold(feats: list[list[str]], y: np.ndarray, groups: np.ndarray, c: float, max_iter: int,
                sample_weight: np.ndarray | None = None) -> np.ndarray:
    """Leave-one-batch-out probabilities: each row scored by a model fitted on the other batches' rows."""
    oof = np.zeros(len(y))
    for b in np.unique(groups):
        test = groups == b
        weight = None if sample_weight is None else sample_weight[~test]
        vec, lr = fit_logistic([f for f, t in zip(feats, test) if not t], y[~test], c, max_iter, weight)
        oof[test] = lr.predict_proba(vec.transform([{f: 1 for f in fs} for fs, t in zip(feats, test) if t]))[:, 1]
    return oof


def exported(vec, lr) -> dict:
    """The shipped form of a fitted model: ``{"bias", "weights": {feature: weight}}``, rounded, tiny weights left
    out, features sorted (``kg.extract.components.logistic.probability`` scores it)."""
    weights = {f: round(float(w), 4) for f, w in zip(vec.get_feature_names_out(), lr.coef_[0]) if abs(w) >= 1e-4}
    return {"bias": round(float(lr.intercept_[0]), 4), "weights": dict(sorted(weights.items()))}


def write_or_print(model: dict, name: str) -> None:
    """Write ``model`` as the package data file ``name`` with ``--write`` on the command line, else print it."""
    text = json.dumps(model, indent=1, sort_keys=True) + "\n"
    if "--write" in sys.argv:
        (HERE / name).write_text(text, encoding="utf-8")
    else:
        print(text)


def print_reliability(p: np.ndarray, y: np.ndarray) -> None:
    """Print, on stderr, the rows, mean probability and hit rate of each tenth of probabilities ``p`` (labels
    ``y``): how well out-of-fold probabilities are calibrated."""
    for lo in np.arange(0, 1, 0.1):
        sel = (p >= lo) & (p < lo + 0.1)
        if sel.any():
            print(f"  p in [{lo:.1f},{lo + 0.1:.1f}): {sel.sum():5d}  mean p {p[sel].mean():.3f}  "
                  f"hit rate {y[sel].mean():.3f}", file=sys.stderr)


def _best_threshold(p: np.ndarray, y: np.ndarray, n_gold: int) -> tuple[float, float, float]:
    """(threshold, F1 there, F1 keeping everything): F1 = 2 hits / (predictions + gold)."""
    base = 2 * y.sum() / (len(y) + n_gold)
    best = (0.0, base)
    for t in np.arange(0.02, 0.7, 0.01):
        keep = p >= t
        f1 = 2 * y[keep].sum() / (keep.sum() + n_gold)
        if f1 > best[1] + 1e-9:
            best = (round(float(t), 2), f1)
    return best[0], best[1], base


def train(data: dict) -> dict:
    """Leave-one-batch-out probabilities, the threshold chosen on them, and the model fitted on all batches."""
    from sklearn.metrics import roc_auc_score

    out = {}
    for kind, rows in data["rows"].items():
        groups = np.array([r[0] for r in rows])
        feats = [r[1] for r in rows]
        y = np.array([r[2] for r in rows])
        oof = out_of_fold(feats, y, groups, C, MAX_ITER)
        threshold, f1, base = _best_threshold(oof, y, sum(data["gold"][kind]))
        print(f"{kind}: {len(y)} entities, hit rate {y.mean():.3f}; out-of-fold F1 {base:.4f} -> {f1:.4f} "
              f"at threshold {threshold}; AUC {roc_auc_score(y, oof):.4f}", file=sys.stderr)
        print_reliability(oof, y)
        out[kind] = {**exported(*fit_logistic(feats, y, C, MAX_ITER)),
                     "threshold": threshold if f1 - base >= MIN_GAIN else 0.0}
    return out


def main() -> None:
    model = train(collect())
    model["_source"] = ("logistic regression (C=%s) on the extractor's own methods/datasets over annotated "
                        "train0..7 + silver0..3, 8, 10, 11, 13, 14; threshold by leave-one-batch-out F1; "
                        "kg/extract/data/_train_keep_model.py" % C)
    write_or_print(model, keep_model.MODEL_FILE)


if __name__ == "__main__":
    main()
