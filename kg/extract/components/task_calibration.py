"""The confidence of each kept task: the probability that it is one of the paper's tasks.

The task ranking's score (``task_confidence.py``) orders candidate phrases; it is not a probability (on papers the
project never tuned on, tasks scored 0.9 or more were right 70% of the time, those scored 0.8-0.9 88%). Once the
paper's tasks are settled, a logistic model (weights in ``task_calibration.json``, trained by
``kg/extract/data/_train_task_calibration.py``) reads that score with the task's rules, mentions, place and rank, and
its probability becomes the task's ``confidence``, on the same scale as the methods' and datasets'. Which tasks are
kept does not change.
"""

from __future__ import annotations

from functools import lru_cache

from kg.extract.components.logistic import probability, read_model_file

__all__ = ["MODEL_FILE", "calibration_features", "calibrate_tasks"]

MODEL_FILE = "task_calibration.json"
ENABLED = True  # the offline trainer switches it off and reads each task's features under "_calibration_features"
_SCORE_BINS = 20
# the feature strings, made once
_SCORE = tuple(f"score:{i}" for i in range(_SCORE_BINS))
_MENTIONS = tuple(f"mentions:{i}" for i in range(5))
_WORDS = tuple(f"words:{i}" for i in range(6))
_ALIASES = tuple(f"aliases:{i}" for i in range(3))
_RANK = tuple(f"rank:{i}" for i in range(7))
_TASKS = tuple(f"tasks:{i}" for i in range(9))


@lru_cache(maxsize=1)
def _model() -> dict:
    return read_model_file(MODEL_FILE)


def calibration_features(tasks: list[dict], title_chars: int) -> list[list[str]]:
    """The binary features of each task record in ``tasks`` (one paper's kept tasks, in order): its ranking score
    in bins of 0.05, the rules of its mentions (and the first one's), how often and where it is named (title chars
    end at ``title_chars``), its words, aliases and capitals, its rank by score and the paper's task count.

    Examples
    --------
    >>> tasks = [{"name": "image classification", "aliases": [], "confidence": 0.9,
    ...           "mentions": [{"start": 0, "rule": "gazetteer"}, {"start": 40, "rule": "head_task"}]},
    ...          {"name": "VQA", "aliases": [], "confidence": 0.6, "mentions": [{"start": 50, "rule": "abbreviation"}]}]
    >>> calibration_features(tasks, 30)[0]
    ['score:18', 'rule:gazetteer', 'rule:head_task', 'first:gazetteer', 'mentions:2', 'where:both', 'words:2', \
'aliases:0', 'rank:0', 'tasks:2']
    >>> calibration_features(tasks, 30)[1][-3:]
    ['capital', 'rank:1', 'tasks:2']
    """
    order = sorted(range(len(tasks)), key=lambda i: -tasks[i]["confidence"])
    rank = {i: r for r, i in enumerate(order)}
    count = _TASKS[min(len(tasks), 8)]
    out = []
    for i, e in enumerate(tasks):
        rules = [m["rule"] for m in e["mentions"]]
        in_title = in_abstract = False
        for m in e["mentions"]:
            if m["start"] < title_chars:
                in_title = True
            else:
                in_abstract = True
        name = e["name"]
        feats = [_SCORE[max(0, min(int(e["confidence"] * _SCORE_BINS), _SCORE_BINS - 1))]]
        feats += ["rule:" + r for r in sorted(set(rules))]
        feats += ["first:" + rules[0] if rules else "first:none", _MENTIONS[min(len(rules), 4)],
                  "where:both" if in_title and in_abstract else "where:title" if in_title else "where:abstract",
                  _WORDS[min(len(name.split()), 5)], _ALIASES[min(len(e["aliases"]), 2)]]
        if name != name.lower():
            feats.append("capital")
        feats += [_RANK[min(rank[i], 6)], count]
        out.append(feats)
    return out


def calibrate_tasks(tasks: list[dict], title_chars: int) -> None:
    """Set each task record's ``confidence`` to the model's probability that it is right, in place (switched off,
    each keeps its features under ``"_calibration_features"`` instead).

    Examples
    --------
    >>> tasks = [{"name": "image classification", "aliases": [], "confidence": 0.99,
    ...           "mentions": [{"start": 0, "rule": "gazetteer"}, {"start": 40, "rule": "gazetteer"}]}]
    >>> calibrate_tasks(tasks, 30)
    >>> 0.5 < tasks[0]["confidence"] < 1
    True
    """
    feats = calibration_features(tasks, title_chars)
    if not ENABLED:
        for e, fs in zip(tasks, feats):
            e["_calibration_features"] = fs
        return
    model = _model()
    for e, fs in zip(tasks, feats):
        e["confidence"] = round(probability(model, fs), 3)
