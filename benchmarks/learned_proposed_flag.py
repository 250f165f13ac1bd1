"""Offline experiment: can a logistic model over the rule cues and context improve the ``proposed`` flag?

usage: python benchmarks/learned_proposed_flag.py [--out MODEL.json]   (needs scikit-learn, not a paperkg dependency)

Runs the extractor over the annotated train0..7 and silver0..3 sets (never silver4..5, dev or heldout),
records general features of every method/dataset entity when ``is_proposed`` is asked for its flag (which
cue of :func:`~kg.extract.components.proposes.proposal_cue` fired, title, proposal windows, name shape,
mentions, gazetteer), labels them with the scorer's matching (positive: a form of the entity is a form of a
gold proposed entity), prints each cue's precision and compares the rule flag with sklearn's
LogisticRegression (training time only) by leave-one-batch-out cross-validation, over the thresholds of
"rule cue AND score >= low, or no cue AND score >= high". ``--out`` writes the weights as JSON.

Measured result: rows F1 0.844 (rules) vs 0.848 (model, which adds ~12 variants of the paper's own names);
on the scored sets the model gave +1 hit on silver0..3 and +1 hit / +3 flags on silver4..5 (F1 0.777 either
way, dev unchanged), so no model ships.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

from kg.extract.data._train_keep_model import forms, norm, read_jsonl

__all__ = ["entity_features", "collect", "cross_validate"]

ANNOTATED = Path(__file__).resolve().parents[1] / "kg" / "extract" / "data" / "annotated"
BATCHES = [f"train{i}" for i in range(8)] + [f"silver{i}" for i in range(4)]
_LOWS = [0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4]
_HIGHS = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]
_CAMEL = re.compile(r"[a-z][A-Z]|[A-Z]{2,}[a-z]")
_STEM = re.compile(r"[^\W_]+")
_OWN_OPENERS = frozenset(("we", "our", "this", "here"))


def entity_features(doc, ment, windows, title_end: int) -> dict[str, float]:
    """General features of the merged entity ``ment`` (mentions as (cand, label, strength)): the rule cue that
    fired, where the entity is first named, its name's shape and how it is introduced. No names.

    Examples
    --------
    >>> from kg.extract import load_nlp
    >>> from kg.extract.components.candidates import texts
    >>> doc = load_nlp()("FooNet: a tiny net\\n\\nWe propose FooNet, a network for parsing.")
    >>> c = next(c for c in doc._.kg_cands if texts(doc)[c.start] == "FooNet")
    >>> f = entity_features(doc, [(c, "METHOD", 1)], [], 4)
    >>> f["cue=title_prefix"], f["in_title"], f["camel"]
    (1.0, 1.0, 1.0)
    """
    from kg.extract.components.candidates import lowers, own_one_word_names, span_text, texts
    from kg.extract.components.others_work import after_established
    from kg.extract.components.proposes import proposal_cue
    from kg.extract.components.sentences import sentence_of
    from kg.extract.proposed import is_title_prefix

    low, txt = lowers(doc), texts(doc)
    first = ment[0][0]
    label = max(ment, key=lambda m: (m[2], -m[0].start))[1]
    name = span_text(doc, first.start, first.end)
    f = {f"cue={proposal_cue(doc, ment, windows, title_end) or 'none'}": 1.0, f"rule={first.rule}": 1.0,
         "dataset": float(label == "DATASET"), "mentions": math.log1p(len(ment)),
         "position": first.start / max(len(doc), 1), "in_title": float(first.start < title_end),
         "n_windows": min(len(windows), 4) / 4, "gazetteer": float(any(c.rule == "gazetteer" for c, _, _ in ment)),
         "camel": float(bool(_CAMEL.search(name))), "allcaps": float(name.isupper() and len(name) > 1),
         "digit": float(any(ch.isdigit() for ch in name)), "hyphen": float("-" in name),
         "words": min(len(name.split()), 6) / 6, "lower": float(name.islower()),
         "capital": float(txt[first.start][:1].isupper())}
    stem = _STEM.match(name)
    if stem and stem.group(0) != name and stem.group(0).lower() in own_one_word_names(doc):
        f["variant_of_own"] = 1.0  # "FooNet-L" in a paper proposing FooNet
    for c, _, _ in ment:
        f[f"any_rule={c.rule}"] = 1.0
        context = {"after_our": c.start > 0 and low[c.start - 1] == "our",
                   "title_prefix": is_title_prefix(doc, c.start, c.end, title_end),
                   "in_window": any(ws <= c.start < we for ws, we, _ in windows),
                   "after_established": after_established(doc, c.start),
                   "bracketed": c.end < len(doc) and low[c.end] == "(" or c.start > 0 and low[c.start - 1] == "(",
                   "own_sentence": low[sentence_of(doc, c.start)[0]] in _OWN_OPENERS}
        f.update({k: 1.0 for k, on in context.items() if on})
    return f


def collect(batch: str) -> tuple[list[dict], list[int], int]:
    """The features and labels of every extracted method/dataset entity of one annotated batch, and the number
    of gold proposed entities in it."""
    from kg.extract import extract_record
    from kg.extract.components import entity_passes, evidence, not_methods, resolve

    seen: dict[tuple[int, int], tuple[str, dict]] = {}
    rule_flag = resolve.is_proposed

    def record(doc, ment, windows, title_end):
        c = ment[0][0]
        seen[(c.start, c.end)] = (norm(doc[c.start:c.end].text), entity_features(doc, ment, windows, title_end))
        return rule_flag(doc, ment, windows, title_end)

    gold = {g["id"]: g for g in read_jsonl(ANNOTATED / f"{batch}.gold.jsonl")}
    n_gold = sum(1 for g in gold.values() for k in ("methods", "datasets") for e in g.get(k, [])
                 if isinstance(e, dict) and e.get("proposed"))
    xs, ys = [], []
    for module in (entity_passes, evidence, not_methods, resolve):
        module.is_proposed = record
    try:
        for paper in read_jsonl(ANNOTATED / f"{batch}.papers.jsonl"):
            seen.clear()
            out = extract_record(paper)
            g = gold.get(paper["id"], {})
            own = set().union(*[forms(e) for k in ("methods", "datasets") for e in g.get(k, [])
                                if isinstance(e, dict) and e.get("proposed")])
            ents = [forms(e) for k in ("methods", "datasets") for e in out.get(k, [])]
            for text, feats in seen.values():
                match = [f for f in ents if text in f]
                if match:
                    xs.append(feats)
                    ys.append(int(bool(match[0] & own)))
    finally:
        for module in (entity_passes, evidence, not_methods, resolve):
            module.is_proposed = rule_flag
    return xs, ys, n_gold


def _f1(flags: list[bool], ys: list[int], n_gold: int) -> float:
    """Entity-row F1: hits over flagged rows and all gold proposed entities (missed ones count as misses)."""
    tp = sum(1 for f, y in zip(flags, ys) if f and y)
    return 2 * tp / (sum(flags) + n_gold) if n_gold else 0.0


def cross_validate(data: dict, C: float) -> tuple[float, float, float]:
    """Leave-one-batch-out F1 of the best (low, high) thresholds for regularisation ``C``: (F1, low, high)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    xs = [x for b in BATCHES for x in data[b][0]]
    ys = [y for b in BATCHES for y in data[b][1]]
    groups = [b for b in BATCHES for _ in data[b][1]]
    cue = [not x.get("cue=none") for x in xs]
    X = DictVectorizer().fit_transform(xs)
    oof = [0.0] * len(ys)
    for b in BATCHES:
        tr = [i for i, g in enumerate(groups) if g != b]
        te = [i for i, g in enumerate(groups) if g == b]
        m = LogisticRegression(C=C, max_iter=3000).fit(X[tr], [ys[i] for i in tr])
        for i, q in zip(te, m.predict_proba(X[te])[:, 1]):
            oof[i] = q
    n_gold = sum(data[b][2] for b in BATCHES)
    return max((_f1([q >= (low if c else high) for q, c in zip(oof, cue)], ys, n_gold), low, high)
               for low in _LOWS for high in _HIGHS)


def main(argv: list[str]) -> None:
    """Print the per-cue precision and the rules-vs-model comparison; with ``--out PATH`` write the model."""
    data = {b: collect(b) for b in BATCHES}
    xs = [x for b in BATCHES for x in data[b][0]]
    ys = [y for b in BATCHES for y in data[b][1]]
    cues = Counter((next(k for k in x if k.startswith("cue=")), y) for x, y in zip(xs, ys))
    for cue in sorted({k for k, _ in cues}, key=lambda k: -cues[(k, 1)] - cues[(k, 0)]):
        print(f"{cue:32} right {cues[(cue, 1)]:5d}  wrong {cues[(cue, 0)]:5d}")
    n_gold = sum(data[b][2] for b in BATCHES)
    print(f"rules: F1 {_f1([not x.get('cue=none') for x in xs], ys, n_gold):.4f} ({len(ys)} entities)")
    best = max((cross_validate(data, C), C) for C in (0.3, 1.0, 3.0))
    (f1, low, high), C = best
    print(f"model: F1 {f1:.4f} (C={C}, cue AND score >= {low}, or no cue AND score >= {high})")
    if "--out" in argv:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        vec = DictVectorizer()
        m = LogisticRegression(C=C, max_iter=3000).fit(vec.fit_transform(xs), ys)
        model = {"bias": round(float(m.intercept_[0]), 4), "low": low, "high": high, "trained_on": BATCHES,
                 "weights": {k: round(float(w), 4) for k, w in zip(vec.get_feature_names_out(), m.coef_[0])}}
        Path(argv[argv.index("--out") + 1]).write_text(json.dumps(model, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
