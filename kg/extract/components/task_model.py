"""A learned score for the task phrases the ranking leaves out: which of them are the paper's tasks too."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Doc

from kg.extract.components.candidates import lowers
from kg.extract.components.lexicon import METHOD_HEADS, TASK_HEADS
from kg.extract.components.logistic import probability, read_model_file
from kg.extract.components.sentences import sentence_of
from kg.extract.normalize import s_form

__all__ = ["task_features", "extra_probability", "load_task_model"]

MODEL_FILE = "task_model.json"
COLLECT = False  # the offline trainer sees every left-out task with its features under out["_task_pool"]
_CONF_EDGES = (0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8)  # bins of the rule-based confidence
# the binned features' strings, made once
_CONF_FEATURES = tuple(f"conf:{k}" for k in range(len(_CONF_EDGES) + 1))
_WORDS_FEATURES = tuple(f"words:{k}" for k in range(5))
_MENTIONS_FEATURES = tuple(f"mentions:{k}" for k in range(4))
_FIRST_FEATURES = tuple(f"first:{k}" for k in range(3))
# closed-class words right before / after a mention ("methods for X", "the task of X", "X tasks")
_BEFORE = frozenset("for of on in to and , ( the a an as like such including via with by from our".split())
_AFTER = frozenset("task tasks problem problems and , ( ) . for of with in on model models benchmark".split())
_BEFORE_FEATURES = {w: f"before:{w}" for w in _BEFORE}
_AFTER_FEATURES = {w: f"after:{w}" for w in _AFTER}
# kinds of cue words in a mention's sentence
_SENTENCE_CUES = (("problem", frozenset("task tasks problem problems challenge challenges challenging".split())),
                  ("aim", frozenset("address addresses tackle tackles study studies focus focuses aim aims "
                                    "investigate investigates explore explores".split())),
                  ("eval", frozenset("evaluate evaluated evaluation experiments benchmark benchmarks outperforms "
                                     "achieves state-of-the-art".split())),
                  ("propose", frozenset("propose proposes introduce introduces present presents".split())),
                  ("use", frozenset("using use uses used leverage leverages via through".split())))


def task_features(doc: Doc, e: dict, title_end: int, context: list[str]) -> list[str]:
    """The active (binary) features of a left-out task record ``e``: its rule-based confidence bin, the rules
    that found it, mention count and first position (and how many of its words the title has), word count, head-noun
    class and shape, the closed-class words around its mentions and the kinds of cue words in their sentences, plus
    the caller's ``context`` features (its relation to the kept tasks). No entity names.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Graphs\\n\\nWe study the task of link prediction.")
    >>> e = {"key": "link prediction", "name": "link prediction", "confidence": 0.6, "_first": 7,
    ...      "_spans": [(7, 9)], "mentions": [{"rule": "head_task"}]}
    >>> f = task_features(doc, e, 1, ["kept:1"])
    >>> "before:of" in f and "sent:problem" in f and "headclass:task" in f
    True
    """
    low = lowers(doc)
    words = e["key"].split()
    conf = _CONF_FEATURES[bisect_right(_CONF_EDGES, e["confidence"])]
    n_words, n_spans = min(len(words), 4), min(len(e["_spans"]), 3)
    feats = [conf, _WORDS_FEATURES[n_words], _MENTIONS_FEATURES[n_spans]]
    feats += [f"rule:{r}" for r in sorted({m["rule"] for m in e["mentions"]})]
    in_title = e["_first"] < title_end
    if in_title:
        feats.append("in_title")
    else:
        feats.append(_FIRST_FEATURES[min(3 * (e["_first"] - title_end) // max(len(low) - title_end, 1), 2)])
        title = _title_words(doc, low, title_end)
        shared = sum(map(title.__contains__, words))
        feats.append("title_words:" + ("all" if shared == len(words) else "some" if shared else "none"))
    head = words[-1] if words else ""
    feats += [f"headclass:{k}" for k, heads in (("task", TASK_HEADS), ("method", METHOD_HEADS)) if head in heads]
    if head in TASK_HEADS:
        feats.append(f"head:{head}")  # a closed class of activity nouns ("detection", "reasoning")
    else:
        feats.append(f"headshape:{_head_shape(e['name'].split()[-1] if e['name'] else '')}")
    if not e["name"].islower() and any(ch.isupper() for ch in e["name"]):  # most names are lower-case: one C call
        feats.append("upper")
    feats += _context(doc, low, e["_spans"], title_end)
    feats += context
    # the confidence bin crossed with the three features it interacts with, in the order they were added
    feats += [f"{conf}&{f}" for f, on in (("words:1", n_words == 1), ("mentions:1", n_spans == 1),
                                          ("in_title", in_title)) if on]
    return feats


_NOMINAL_END = re.compile(r"(?:tion|sion|ment|ity|ance|ence|ness|sis|ure|ship|ism|ics|ing)s?$")


def _head_shape(word: str) -> str:
    """The shape of a head word outside the task heads: an acronym ("QA"), a nominalisation ("animation",
    "forgetting"), a plural or another word.

    >>> [_head_shape(w) for w in ("QA", "animation", "agents", "math")]
    ['acronym', 'nominal', 'plural', 'other']
    """
    if word.isupper() and word.isalpha():
        return "acronym"
    low = word.lower()
    if _NOMINAL_END.search(low):
        return "nominal"
    return "plural" if s_form(low) else "other"


def _title_words(doc: Doc, low: list[str], title_end: int) -> frozenset[str]:
    """The lower-case words of the title (cached per document)."""
    try:
        return doc.user_data["kg_title_words"]
    except KeyError:
        out = doc.user_data["kg_title_words"] = frozenset(low[:title_end])
        return out


def _context(doc: Doc, low: list[str], spans: list[tuple[int, int]], title_end: int) -> list[str]:
    """The closed-class neighbour words of the mentions, the kinds of cue words in their sentences and whether one
    opens the abstract (whose first token follows the title's end at ``title_end``)."""
    out = set()
    try:
        cache = doc.user_data["kg_task_cues"]
    except KeyError:
        cache = doc.user_data["kg_task_cues"] = {}
    for start, end in spans:
        if start > 0 and low[start - 1] in _BEFORE_FEATURES:
            out.add(_BEFORE_FEATURES[low[start - 1]])
        if end < len(low) and low[end] in _AFTER_FEATURES:
            out.add(_AFTER_FEATURES[low[end]])
        sentence = sentence_of(doc, start)
        cues = cache.get(sentence)
        if cues is None:
            words = set(low[sentence[0]:sentence[1]])
            cues = cache[sentence] = tuple([f"sent:{kind}" for kind, c in _SENTENCE_CUES if not words.isdisjoint(c)])
        out.update(cues)
        if sentence[0] <= title_end + 1 <= sentence[1] and start > title_end:
            out.add("sent:first")  # the abstract's opening sentence
    return sorted(out)


@lru_cache(maxsize=1)
def load_task_model() -> dict:
    """The shipped model: ``{"bias", "weights": {feature: weight}, "threshold", "max_tasks"}``.

    Examples
    --------
    >>> sorted(load_task_model())
    ['bias', 'max_tasks', 'threshold', 'weights']
    """
    return {k: v for k, v in read_model_file(MODEL_FILE).items() if not k.startswith("_")}


def extra_probability(feats: list[str]) -> float:
    """The learned probability that a left-out task with ``feats`` is one of the paper's tasks (logistic model).

    Examples
    --------
    >>> 0 < extra_probability(["conf:3", "in_title"]) < 1
    True
    """
    return probability(load_task_model(), feats)
