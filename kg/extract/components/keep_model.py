"""A learned keep/drop filter and confidence for extracted methods and datasets (weights in keep_model.json)."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from spacy.tokens import Doc

from kg.extract.components.candidates import char_bounds, doc_text, lowers
from kg.extract.components.lexicon import (DATASET_HEADS, GENERIC_MODIFIERS, METHOD_HEADS, METRIC_HEADS, TASK_HEADS,
                                           THING_HEADS, list_keys, present_verb)
from kg.extract.components.logistic import probability, read_model_file
from kg.extract.components.sentences import sentence_of
from kg.extract.normalize import entity_key

__all__ = ["entity_features", "keep_probability", "load_keep_model", "apply_keep_model"]

MODEL_FILE = "keep_model.json"
KINDS = ("methods", "datasets")
ENABLED = True  # the offline trainer switches the filter off to see every entity with its features
# generic last words of a name (a closed class of ML head nouns, never a name itself)
_HEADS = frozenset("model models network networks net loss learning attention algorithm method methods framework "
                   "module mechanism optimization architecture transformer encoder decoder regression classifier "
                   "strategy approach technique sampling training tuning distillation embedding embeddings "
                   "dataset datasets benchmark benchmarks corpus set data suite".split())
_BEFORE = frozenset("a an the our this their its of with using by and , ( on via".split())
_AFTER = frozenset("( , and . to for on".split())
_HEAD_CLASSES = (("method", METHOD_HEADS), ("task", TASK_HEADS), ("dataset", DATASET_HEADS),
                 ("metric", METRIC_HEADS), ("thing", THING_HEADS))
_SENTENCE_CUES = (("compare", frozenset("outperforms outperform surpasses surpass compared baselines baseline "
                                         "against than".split())),
                  ("propose", frozenset("propose proposes introduce introduces present presents our".split())),
                  ("use", frozenset("using use uses used based leverage leverages adopt employ".split())),
                  ("data", frozenset("dataset datasets benchmark benchmarks corpus".split())))
_CHAR_BINS = (3, 6, 12)  # name length bins: up to 3 characters, 4-6, 7-12, longer
_CHARS = ("chars:0", "chars:1", "chars:2", "chars:3")
_MENTIONS = ("mentions:0", "mentions:1", "mentions:2", "mentions:3")
# the context features of a word before / after a mention (a head noun before the other after-words)
_BEFORE_FEATURES = {w: f"before:{w}" for w in _BEFORE}
_AFTER_FEATURES = {**{w: f"after:{w}" for w in _AFTER}, **{w: "after:head" for w in _HEADS}}
_SENTENCE_FEATURES = tuple((f"sentence:{kind}", cues) for kind, cues in _SENTENCE_CUES)
_CROSSED = ("mentions:", "shape:", "words:", "proposed", "in_title")  # features also crossed with the rule
_CAMEL = re.compile(r"[a-z][A-Z]|[A-Z]{2,}[a-z]")
_DIGIT = re.compile(r"\d")
_CAMEL_TAIL = re.compile(r"(?<=[a-z0-9\-])(?:[A-Z][a-z]+|[A-Z]{2,})$")  # "FooNet" -> "Net", "ShelfGPT" -> "GPT"
# a size or version after a name: "ResEnc M", "SD v1.5", "Zorp-VL 8B"
_VARIANT_TAIL = re.compile(r"\s(?:[TSBLMH]|v\d[\w.]*|\d+(?:\.\d+)?[BMK])$")
_CONVERTER = re.compile(r"^[A-Za-z]+2[A-Za-z]+$")  # "seq2shelf", "Noise2Noise"
# an unflagged method known only by its coined shape (every mention found by the "coined" rule alone: "BEV", "KfA",
# "mAM") and not written like one is kept only when the model finds it more likely right than wrong; under it, 27 of
# 34 on the tuning sets were no gold method (quantities, units, metrics, products, text fragments)
COINED_ONLY_FLOOR = 0.5


@lru_cache(maxsize=1)
def _gazetteer_sources() -> dict[str, str]:
    """Entity key -> "curated" or "pwc" for every form in the shipped gazetteer lists (curated first)."""
    out: dict[str, str] = {}
    for fname, source in (("methods_curated.txt", "curated"), ("datasets_curated.txt", "curated"),
                          ("methods_pwc.txt", "pwc")):
        for key in list_keys(fname):
            out.setdefault(key, source)
    return out


def _shape(name: str) -> list[str]:
    """Casing and form cues of a name: all-caps, CamelCase, Title Case, lower case, digits, hyphen, plural."""
    words = name.split()
    out = []
    # (an ASCII name in upper case has no uncased letter: the character test only for the others)
    if name.isupper() and (name.isascii() or not any(ch.isalpha() and not ch.isupper() for ch in name)):
        out.append("allcaps")
    elif _CAMEL.search(name):
        out.append("camel")
    elif all(map(str.isupper, [w[:1] for w in words])):
        out.append("title")
    elif name.islower():
        out.append("lower")
    else:
        out.append("mixed")
    if _DIGIT.search(name):
        out.append("digit")
    if "-" in name:
        out.append("hyphen")
    if name.endswith("s") and not name.endswith("ss") and len(name) > 3:
        out.append("plural")
    return out


def _context(doc: Doc, low: list[str], spans: list[tuple[int, int]]) -> list[str]:
    """The closed-class words right before and after the entity's mentions ("a", "our", "(", "model", a
    present-tense verb), and the kinds of cue words in their sentences (comparison, proposal, use)."""
    out = set()
    try:
        cache = doc.user_data["kg_sentence_cues"]
    except KeyError:
        cache = doc.user_data["kg_sentence_cues"] = {}
    for start, end in spans:
        if start > 0 and low[start - 1] in _BEFORE_FEATURES:
            out.add(_BEFORE_FEATURES[low[start - 1]])
        after = low[end] if end < len(low) else ""
        if after in _AFTER_FEATURES:
            out.add(_AFTER_FEATURES[after])
        elif present_verb(after):
            out.add("after:verb")
        sentence = sentence_of(doc, start)
        cues = cache.get(sentence)
        if cues is None:
            cues = cache[sentence] = _sentence_cues(low, sentence)
        out.update(cues)
    return sorted(out)


def _sentence_cues(low: list[str], sentence: tuple[int, int]) -> tuple[str, ...]:
    """The "sentence:KIND" features of the cue words in the token span ``sentence`` (:func:`_context` caches them
    per document: the mentions of several entities share a sentence)."""
    words = set(low[sentence[0]:sentence[1]])
    return tuple([feature for feature, cues in _SENTENCE_FEATURES if not words.isdisjoint(cues)])


def _acronym_pair(name: str, aliases: list[str]) -> bool:
    """An acronym among the ``aliases`` of ``name``, or a one-word name with an alias of words (a loop: see
    ``context.any_rule``).

    >>> _acronym_pair("Shelf Rack Net", ["SRN"]), _acronym_pair("ShelfNet", ["Shelf Net"])
    (True, True)
    >>> _acronym_pair("Shelf Net", ["shelf nets"])
    False
    """
    for a in aliases:
        if a.isupper() and " " not in a or " " not in name and " " in a:
            return True
    return False


def entity_features(entity: dict, title_chars: int, doc_chars: int, doc: Doc | None = None) -> list[str]:
    """The active (binary) features of one method or dataset record: the rules that found it, how often and
    where it is mentioned, the shape of its name, a generic head word and its class, its aliases, gazetteer
    source, typing strength and proposed flag, the rule crossed with count and shape, and (given ``doc``) the
    closed-class words around its mentions and the cue words of their sentences. No entity names.

    Examples
    --------
    >>> e = {"name": "FooNet", "aliases": ["Foo Network"], "key": "foonet", "proposed": True,
    ...      "mentions": [{"rule": "abbreviation", "start": 0}, {"rule": "coined", "start": 40}]}
    >>> entity_features(e, 20, 200)[:6]
    ['rule:abbreviation', 'rule:coined', 'mentions:2', 'in_title', 'shape:camel', 'words:1']
    """
    mentions = entity["mentions"]
    rules = sorted({m["rule"] for m in mentions})
    feats = [f"rule:{r}" for r in rules]
    if len(rules) == 1:
        feats.append(f"only:{rules[0]}")
    # the features crossed with the rule (_CROSSED), collected as they are added, in the order of ``feats``
    count = _MENTIONS[min(len(mentions), 3)]
    feats.append(count)
    crossed = [count]
    first = min([m["start"] for m in mentions])
    if first < title_chars:
        feats.append("in_title")
        crossed.append("in_title")
    else:
        feats.append(f"first:{min(int(3 * (first - title_chars) / max(doc_chars - title_chars, 1)), 2)}")
    name = entity["name"]
    name_feats, name_crossed = _name_features(name)
    feats += name_feats
    crossed += name_crossed
    feats.append(f"sentences:{min(len({m.get('sent_start') for m in mentions}), 3)}")
    if entity["aliases"]:
        feats.append("alias")
        if _acronym_pair(name, entity["aliases"]):
            feats.append("alias:acronym_pair")
    sources = _gazetteer_sources()
    feats.append("gaz:" + sources.get(entity["key"], "none"))
    if entity.get("proposed"):
        feats.append("proposed")
        crossed.append("proposed")
    feats.append(f"strength:{entity.get('_strength', 0)}")
    if doc is not None:
        feats += _context(doc, lowers(doc), entity.get("_spans", []))  # (no context feature is crossed)
    rule = rules[0] if len(rules) == 1 else "multi"
    feats += [f"{rule}&{f}" for f in crossed]
    return feats


@lru_cache(maxsize=8192)
def _name_features(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The features of an entity's name alone: its shape, word count, generic head word and head class, a generic
    modifier, its length bin; and those of them crossed with the rule (``_CROSSED``). Cached: the same names recur
    across papers.

    Examples
    --------
    >>> _name_features("Graph Attention Network")
    (('shape:title', 'words:3', 'head:network', 'headclass:method', 'chars:3'), ('shape:title', 'words:3'))
    """
    feats = [f"shape:{s}" for s in _shape(name)]
    words = name.split()
    feats.append(f"words:{min(len(words), 4)}")
    head = words[-1].lower() if words else ""
    if head in _HEADS:
        feats.append(f"head:{head}")
    feats += [f"headclass:{k}" for k, heads in _HEAD_CLASSES if head in heads]
    if not GENERIC_MODIFIERS.isdisjoint(map(str.lower, words[:-1])):
        feats.append("generic_modifier")
    feats.append(_CHARS[bisect_left(_CHAR_BINS, len(name))])
    return tuple(feats), tuple([f for f in feats if f.startswith(_CROSSED)])


def _doubted_coined_shape(entity: dict, p: float, low: list[str]) -> bool:
    """An unflagged method whose only evidence is its coined shape, scored under ``COINED_ONLY_FLOOR`` and not
    written like a method."""
    rules = {m.get("rule") for m in entity.get("mentions", [])}
    return (p < COINED_ONLY_FLOOR and rules == {"coined"} and not entity.get("proposed")
            and not _written_like_a_method(entity, low))


def _written_like_a_method(entity: dict, low: list[str]) -> bool:
    """An unknown name shaped like a model's ("FooNet", "ShelfGPT", "QuixMambas": a listed tail is found by its entity
    key, so a plural one too; "ResEnc M", "SD v1.5", "seq2shelf"), or written before a method head noun ("CUR
    decomposition") or as a verb's subject ("QZV achieves")."""
    name = entity["name"]
    tail = _CAMEL_TAIL.search(name)
    return (bool(tail) and (tail.group().lower() in METHOD_HEADS or entity_key(tail.group()) in _gazetteer_sources())
            or bool(_VARIANT_TAIL.search(name) or _CONVERTER.match(name))
            or any(end < len(low) and (low[end] in METHOD_HEADS or present_verb(low[end]))
                   for _, end in entity.get("_spans", [])))


@lru_cache(maxsize=1)
def load_keep_model() -> dict:
    """The shipped model: per kind, ``{"bias", "weights": {feature: weight}, "threshold"}``.

    Examples
    --------
    >>> sorted(load_keep_model())
    ['datasets', 'methods']
    """
    return {k: v for k, v in read_model_file(MODEL_FILE).items() if k in KINDS}


def keep_probability(feats: list[str], kind: str) -> float:
    """The learned probability that an entity of ``kind`` with ``feats`` is right (logistic model).

    Examples
    --------
    >>> 0 < keep_probability(["rule:gazetteer", "mentions:3"], "methods") < 1
    True
    """
    return probability(load_keep_model()[kind], feats)


def apply_keep_model(doc: Doc, out: dict[str, list[dict]], title_end: int) -> None:
    """Give every method and dataset its learned confidence and drop those under the model's threshold
    (switched off, each record keeps its features under ``"_features"`` instead).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> ents = load_nlp()("Ranking\\n\\nWe fine-tune BERT. BERT beats the baselines. BERT is fast.")._.kg_entities
    >>> [(e["name"], e["confidence"] > 0.9) for e in ents["methods"]]
    [('BERT', True)]
    """
    title_chars = char_bounds(doc, 0, title_end)[1] if title_end else 0
    doc_chars = len(doc_text(doc))
    model = load_keep_model()
    low = lowers(doc)
    for kind in KINDS:
        kept = []
        for e in out[kind]:
            feats = entity_features(e, title_chars, doc_chars, doc)
            if not ENABLED:
                e["_features"] = feats
                kept.append(e)
                continue
            p = keep_probability(feats, kind)
            if p >= model[kind]["threshold"] and not (kind == "methods" and _doubted_coined_shape(e, p, low)):
                e["confidence"] = round(p, 3)
                kept.append(e)
        out[kind] = kept
