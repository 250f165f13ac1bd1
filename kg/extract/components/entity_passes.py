"""Passes over the merged entities: move, split, drop, merge and flag them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import combinations, islice

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.aliases import initials_spell
from kg.extract.components.context import ALLCAPS, METHOD_CUES, closing_bracket, past_bracket
from kg.extract.components.candidates import Cand, char_bounds, doc_text, lowers, span_text, texts
from kg.extract.components.head_phrases import COMPONENT_HEADS
from kg.extract.components.lexicon import (ALIAS_WRAPPER_HEADS, DATASET_HEADS, DESCRIPTIVE_HEADS,
                                           MODEL_CLASS_ACRONYMS, PREPOSITIONS, TECHNIQUE_HEADS, gazetteer_keys,
                                           listed_spellings, model_class_acronym)
from kg.extract.normalize import SPACE_OR_HYPHEN, WORD_BREAKS, entity_key, is_plural_acronym, singular
from kg.extract.components.task_confidence import TOOL_TASK_CONFIDENCE
from kg.extract.components.others_work import ESTABLISHED, after_established, compared_at
from kg.extract.components.proposes import is_proposed
from kg.extract.components.records import entity_record, renamed
from kg.extract.components.context_label import BILLIONS, PARAMS, SUBSET_WORDS, family_label
from kg.extract.components.not_methods import not_coined_name
from kg.extract.components.sentences import sentence_of
from kg.extract.components.span_reshaping import DIMENSION
from kg.extract.components.entity_names import technical_modifier, unwrapped_forms
from kg.extract.components.name_rules import PARAM_SIZES

__all__ = ["KNOWN_STRENGTH", "type_dataset_siblings", "sibling_names", "drop_families_of_named_kinds",
           "move_dataset_variants", "drop_tasks_named_as_parts", "drop_aliases_named_apart", "merge_kind_worded_twins",
           "merge_spelled_long_forms", "merge_undefined_acronyms", "merge_respelled_task_definitions",
           "unflag_cut_names", "spells", "propagate_proposed", "propose_siblings", "split_modified_kinds",
           "split_shared_versions", "shared_tail_siblings", "propose_variants", "methods_in_left_tasks",
           "show_written_case", "show_singular_acronyms"]

KNOWN_STRENGTH = 3  # the typing strength of a gazetteer candidate typed by its own label (in _resolve)


_BENCH_END = re.compile(r"(?:Bench|bench|BENCH|Benchmark)$")
# a dataset named after a model with its size or its benchmark ("UniEM-3M", "CP-Bench") names no family of parts
_NOT_PART = re.compile(r"-(?:.*-)?(?:\d+(?:\.\d+)?[KkMB]|Bench|bench|BENCH|Benchmark)$")
# the letter tests of the initials and spelling passes, compiled once (they run for every pair of names compared)
_CAPITAL = re.compile(r"[A-Z]")
_TWO_CAPITALS = re.compile(r"[A-Z]{2}")
_LOWER_LETTER = re.compile(r"[a-z]")
_TWO_LOWER = re.compile(r"[a-z]{2}")
_NOT_LETTER = re.compile(r"[^a-z]")
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]*")


def _name_stem(name: str) -> str:
    """A hyphenated name's first part ("Vript-HAL" -> "Vript"); empty for a name without one."""
    stem, dash, _ = name.partition("-")
    return stem if dash and len(stem) >= 3 and not stem.islower() else ""


def _part_stems(datasets: list[dict]) -> set[str]:
    """The stems the parts of the paper's datasets share: "Vript" of "Vript-HAL", "VTCBench" and "VTC" of
    "VTCBench"."""
    stems = set()
    for d in datasets:
        name = d["name"]
        if " " in name:
            continue  # "CAT-3DGS Pro": a release of a model more than a family of parts
        if "-" not in name:
            stems |= {name, _BENCH_END.sub("", name)}
        elif not _NOT_PART.search(name):
            stems.add(_name_stem(name))
    stems.discard("")
    return stems


def type_dataset_siblings(out: dict[str, list[dict]]) -> None:
    """A weakly typed method named as a part of one of the paper's datasets ("Vript-RR" beside the benchmark
    parts "Vript-HAL"; "VTC-Retrieval" beside "VTCBench") is one more part of that data: it moves to the
    datasets (not a model with its size or release, "Video-R1-7B", "Foo-R1", or built on a model's name,
    "Foo-VLM", nor a lower-case word's compound, "KV-cache").

    Examples
    --------
    >>> out = {"datasets": [{"name": "Shelvo-HAL"}], "methods": [{"name": "Shelvo-QA", "_strength": 0},
    ...                                                   {"name": "Shelvo-7B", "_strength": 0}]}
    >>> type_dataset_siblings(out)
    >>> [d["name"] for d in out["datasets"]], [m["name"] for m in out["methods"]]
    (['Shelvo-HAL', 'Shelvo-QA'], ['Shelvo-7B'])
    """
    stems = _part_stems(out["datasets"])

    def sibling(m: dict) -> bool:
        parts = m["name"].split("-")
        return (_name_stem(m["name"]) in stems and m["_strength"] < 2 and not parts[-1].islower()
                and parts[-1] not in MODEL_CLASS_ACRONYMS and family_label(m["name"]) != "METHOD"
                and not any(PARAMS.match(p) or BILLIONS.search(p) or _MODEL_RELEASE.match(p) for p in parts[1:]))

    _move_to_datasets(out, sibling)


def _move_to_datasets(out: dict[str, list[dict]], is_data: Callable[[dict], bool]) -> None:
    """Move the methods for which ``is_data`` holds to the end of the datasets, in order."""
    keep = []
    for m in out["methods"]:
        (out["datasets"] if is_data(m) else keep).append(m)
    out["methods"] = keep


def sibling_names(doc: Doc, typed: list[tuple[Cand, str, int]], i: int, j: int) -> None:
    """An untyped list ``typed[i..j]`` holding a coined method name in mixed case ("NiftyMIC, SVRTK, and NeSVoR",
    "ByT5, NLLB and IndicTrans-v2", each after a separator) lists names of one kind: its untyped all-capital coined
    members get a weak method type in place, so they are not read as lone undefined acronyms (see
    :func:`enough_evidence`); with two such names, its plain capitalised words ("OpenSora, Latte, and CogVideoX")
    get the list's method type.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("We compare ShelfMIC , RKTQ and NeShelf here .")
    >>> typed = [(Cand(s, s + 1, "NAME", "coined", "", 0.5), "METHOD", 0) for s in (2, 4, 6)]
    >>> sibling_names(doc, typed, 0, 2)
    >>> [s for _, _, s in typed]
    [0, 1, 0]
    >>> typed = [(Cand(s, s + 1, "NAME", "coined", "", 0.5), "METHOD", 0) for s in (2, 3)]
    >>> sibling_names(spacy.blank("en")("We compare ShelfMIC RKTQ ."), typed, 0, 1)
    >>> [s for _, _, s in typed]
    [0, 0]
    """
    if any(typed[k][0].end == typed[k + 1][0].start for k in range(i, j)):
        return  # names side by side are one name's parts: "HybridEVS RAW images", "NVIDIA GB200 NVL72"
    caps, words = [], []
    mixed = 0
    for k in range(i, j + 1):
        c, lab, s = typed[k]
        if c.rule == "coined" and lab == "METHOD":
            text = span_text(doc, c.start, c.end)
            if ALLCAPS.match(text):
                caps.append(k)
            elif not not_coined_name(text):  # "NeSVoR", "IndicTrans-v2", "GPT-4o-mini"; not "F1-score"
                mixed += 1
        elif c.rule == "list_member" and lab == "METHOD":
            words.append(k)
    for k in caps if mixed else ():
        c, lab, s = typed[k]
        typed[k] = (c, lab, max(s, 1))
    for k in words if mixed >= 2 else ():
        c, lab, s = typed[k]
        typed[k] = (c, lab, max(s, 2))


_FAMILY_WORDS = frozenset(("attention",))  # with _TECHNIQUE_HEADS: technique families the gazetteer knows


def drop_families_of_named_kinds(doc: Doc, out: dict[str, list[dict]]) -> None:
    """A technique family found by the gazetteer alone ("attention", "the attention mechanism", "quantization")
    is left out when the paper names its own kind of it ("sparse attention", "weight quantization"): the
    specific form is the entity it writes about (not an architecture: "Transformer" beside "Swin Transformer").
    An acronym's long form names its kind too ("KD" defined as "Knowledge Distillation"). Attention the paper calls
    standard or vanilla ("than standard attention") is the design its kind is compared against and stays (a plain
    "standard distillation" or "quantization" names no design of its own).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("Shelf Attention (SA) beats standard attention and reads attention maps")
    >>> def method(name, rule, start, aliases=()):
    ...     return {"name": name, "key": name.lower(), "aliases": list(aliases), "mentions": [{"rule": rule}],
    ...             "_spans": [(start, start + 1)]}
    >>> def kept(family_start):
    ...     out = {"methods": [method("SA", "abbreviation", 3, ["Shelf Attention"]),
    ...                        method("attention", "gazetteer", family_start)]}
    ...     drop_families_of_named_kinds(doc, out)
    ...     return [e["name"] for e in out["methods"]]
    >>> kept(10), kept(7)
    (['SA'], ['SA', 'attention'])
    """
    kinds = {key.rsplit(" ", 1)[1] for e in out["methods"] for key in _kind_keys(e) if " " in key}  # last words
    low = lowers(doc)

    def family_only(e: dict) -> bool:
        words = e["key"].split()
        word = words[0] if len(words) == 1 or words[1:] == ["mechanism"] else ""
        return ((word in _FAMILY_WORDS or word in TECHNIQUE_HEADS) and word in kinds and e["name"].islower()
                and all(m["rule"] == "gazetteer" for m in e["mentions"])
                and not (word in _FAMILY_WORDS and _plain_form(low, e)))

    out["methods"] = [e for e in out["methods"] if not family_only(e)]


def _plain_form(low: list[str], e: dict) -> bool:
    """The entity ``e`` is written as its family's plain design once ("than standard attention"): the design its
    kinds are compared against, itself a method."""
    return any(start and low[start - 1] in ESTABLISHED for start, _ in e["_spans"])


def _kind_keys(e: dict) -> list[str]:
    """The keys that may name a kind of technique: the entity's name, and an acronym's long forms."""
    if not ALLCAPS.match(e["name"]):
        return [e["key"]]
    return [e["key"], *(entity_key(a) for a in e["aliases"])]


_MODEL_RELEASE = re.compile(r"^(?:[A-Z]\d|\d+(?:\.\d+)?[BM]$)")  # "R1", "E1", "V2", "8B": a model's release or size


def move_dataset_variants(out: dict[str, list[dict]]) -> None:
    """A method named as a hyphenated variant of one of the paper's datasets is a split or version of that data:
    "MATHCHECK-GSM" beside the dataset "MATHCHECK", "FooBench-Wild" beside "FooBench"; not a model trained on
    it ("Foo-LLaVA", "Foo-R1", "Foo-8B", "Foo-MLLM": a known model, a model release or size, a model class after the
    hyphen).

    Examples
    --------
    >>> out = {"datasets": [{"name": "ShelfBench", "key": "shelfbench"}],
    ...        "methods": [{"name": "ShelfBench-Wild"}, {"name": "ShelfBench-R1"}, {"name": "ShelfBench-MLLM"}]}
    >>> move_dataset_variants(out)
    >>> [d["name"] for d in out["datasets"]], [m["name"] for m in out["methods"]]
    (['ShelfBench', 'ShelfBench-Wild'], ['ShelfBench-R1', 'ShelfBench-MLLM'])
    """
    bases = {e["key"] for e in out["datasets"] if " " not in e["key"]}
    models = gazetteer_keys("METHOD")

    def variant(e: dict) -> bool:
        head, _, rest = e["name"].partition("-")
        return (bool(rest) and " " not in e["name"] and entity_key(head) in bases
                and not _MODEL_RELEASE.match(rest) and entity_key(rest) not in models
                and not model_class_acronym(rest))

    _move_to_datasets(out, variant)


def drop_tasks_named_as_parts(out: dict[str, list[dict]], title_end: int) -> None:
    """A task that is only the bare name of one of the paper's own parts is that part: "... via Anatomical
    Prior-aware Feature Enhancement" in the title, then "an Anatomical Prior-aware Feature Enhancement module"
    (each mention after the title lies inside the proposed method's mentions). A lower-case "description generation
    module" is a part for the task it names.

    Examples
    --------
    >>> out = {"methods": [{"name": "Shelf Prior Feature Enhancement module", "proposed": True, "_spans": [(20, 25)]}],
    ...        "tasks": [{"key": "shelf prior feature enhancement", "aliases": [], "_spans": [(3, 7), (20, 24)]},
    ...                  {"key": "shelf routing", "aliases": [], "_spans": [(30, 32)]}]}
    >>> drop_tasks_named_as_parts(out, title_end=10)
    >>> [t["key"] for t in out["tasks"]]
    ['shelf routing']
    """
    parts: dict[str, list[tuple[int, int]]] = {}
    for e in out["methods"]:
        if e.get("proposed") and e["name"].split()[-1].lower() in DESCRIPTIVE_HEADS:
            for form in [f for f in unwrapped_forms(e["name"]) if not f.islower()]:
                parts.setdefault(entity_key(form), []).extend(e["_spans"])

    def inside(task: dict) -> bool:
        spans = next((parts[k] for k in [task["key"]] + [entity_key(a) for a in task["aliases"]] if k in parts), None)
        return spans is not None and all(start < title_end or any(a <= start and end <= b for a, b in spans)
                                         for start, end in task["_spans"])

    if parts:  # (a proposed part is rare: no task runs inside none)
        out["tasks"] = [t for t in out["tasks"] if not inside(t)]


def drop_aliases_named_apart(out: dict[str, list[dict]]) -> None:
    """A method's alias that is another entity's name in the same paper is not an alias: "Transformer"
    stays its own entity when the text also names one besides "a shared Transformer"; nor is a narrowed form of a
    known name that another method also goes by ("Shelf-Guided Preference Optimization" of ShelfPO, not of
    "preference optimization").

    Examples
    --------
    >>> out = {"methods": [{"key": "shelfnet", "aliases": ["Transformer", "Shelf Network"]}, {"key": "transformer",
    ...                                                                                    "aliases": []}]}
    >>> drop_aliases_named_apart(out)
    >>> out["methods"][0]["aliases"]
    ['Shelf Network']
    >>> out = {"methods": [{"key": "shelfpo", "aliases": ["Shelf-Guided Preference Optimization"]},
    ...                    {"key": "preference optimization", "aliases": ["shelf-guided preference optimization"]}]}
    >>> drop_aliases_named_apart(out)
    >>> [e["aliases"] for e in out["methods"]]
    [['Shelf-Guided Preference Optimization'], []]
    """
    owner = {}
    for entities in out.values():
        for e in entities:
            owner.setdefault(e["key"], id(e))
    alias_keys = {a: entity_key(a) for e in out["methods"] for a in e["aliases"]}
    holders: dict[str, int] = {}  # how many methods go by a form, spaces and hyphens aside ("up-scaling", "upscaling")
    for e in out["methods"]:
        for key in {e["key"].replace(" ", "")} | {alias_keys[a].replace(" ", "") for a in e["aliases"]}:
            holders[key] = holders.get(key, 0) + 1

    def kept(a: str, e: dict) -> bool:
        key = alias_keys[a]
        shared_narrowing = holders[key.replace(" ", "")] > 1 and key.endswith(" " + e["key"])
        return owner.get(key, id(e)) == id(e) and not shared_narrowing

    for e in out["methods"]:
        e["aliases"] = [a for a in e["aliases"] if kept(a, e)]


# a head word that only says what kind of thing a method is ("mechanism", "strategy", "module", "loss")
_KIND_WORD_HEADS = DESCRIPTIVE_HEADS | ALIAS_WRAPPER_HEADS
_KIND_OR_DATA_HEADS = _KIND_WORD_HEADS | DATASET_HEADS
_MODEL_WORDS = frozenset(("model", "models"))
_TOOL_WORDS = frozenset(("framework", "library", "toolkit"))


def merge_kind_worded_twins(entities: list[dict], *, data: bool = False) -> None:
    """A method named as another one plus a descriptive head word ("sparse attention mechanism" beside "sparse
    attention", "Early-Exit Strategy" beside "Early Exit") is that method, written twice: one entity, the other's name
    (two proposed ones are left to :func:`unflag_cut_names`, which names them). The other may go by the words as an
    alias, an acronym by its long form ("the adaptive density control (ADC) mechanism" beside "ADC"); "model" is such
    a head after two or more words ("Visual Autoregressive Models" beside "visual autoregressive (VAR) models"), and
    "framework" / "library" after a one-word name ("the STROT Framework" beside "STROT"). With ``data``, the
    entities are datasets and the heads dataset words ("the FOO Challenge" beside the dataset "FOO").

    >>> methods = [{"name": "sparse attention", "key": "sparse attention", "aliases": [], "proposed": False,
    ...             "mentions": [], "_spans": [(1, 3)], "_first": 1},
    ...            {"name": "sparse attention mechanism", "key": "sparse attention mechanism", "aliases": [],
    ...             "proposed": False, "mentions": [], "_spans": [(7, 10)], "_first": 7}]
    >>> merge_kind_worded_twins(methods)
    >>> [(e["name"], e["aliases"]) for e in methods]
    [('sparse attention', ['sparse attention mechanism'])]
    """
    by_name = {e["key"]: e for e in entities}
    by_alias: dict[str, list[dict]] = {}
    for e in entities:
        for form in e["aliases"]:
            by_alias.setdefault(entity_key(form), []).append(e)
    folded: set[int] = set()  # ids of the entities already folded into a twin
    for e in list(entities):
        twin = _kind_worded_twin(e, by_name, by_alias, folded, data)
        if twin:
            # the paper's "STROT Framework" makes its bare "STROT" its own; "our sparse attention mechanism" does not
            # make the listed technique the paper's
            if e.get("proposed") and not any(m["rule"] == "gazetteer" for m in twin["mentions"]):
                twin["proposed"] = True
            _absorb(twin, e)
            entities.remove(e)
            folded.add(id(e))


def _kind_worded_twin(e: dict, by_name: dict[str, dict], by_alias: dict[str, list[dict]],
                      folded: set[int], data: bool) -> dict | None:
    """The entity that ``e`` names again with a kind word after it, or None (never one of the entities whose ids are
    ``folded``, already gone into a twin); a proposed ``e`` is not folded into an unflagged entity it matches only by
    an alias (that alias may be a loose derived form)."""
    words = e["name"].split()
    if len(words) < 2:
        return None
    head, stem = words[-1].lower(), " ".join(words[:-1])
    if not _kind_word_after(head, stem, data):
        return None
    key = entity_key(stem)
    named = by_name.get(key)
    if named is not None and named is not e and id(named) not in folded:
        return None if e.get("proposed") and named.get("proposed") else named
    return next((t for t in by_alias.get(key, []) if t is not e and id(t) not in folded
                 and (t.get("proposed") or not e.get("proposed"))), None)


def _kind_word_after(head: str, stem: str, data: bool) -> bool:
    """``head`` (lower case) is a kind word that only says what the name ``stem`` is: a dataset word with ``data``;
    else a descriptive head, "model" after two or more words, "framework" / "library" / "toolkit" after one
    capitalised word."""
    if data:
        return head in DATASET_HEADS
    return bool(head in _KIND_WORD_HEADS or head in _MODEL_WORDS and SPACE_OR_HYPHEN.search(stem)
                or head in _TOOL_WORDS and " " not in stem and _CAPITAL.search(stem))


def merge_spelled_long_forms(doc: Doc, out: dict[str, list[dict]]) -> None:
    """A proposed phrase (not a one-part name: "TCL" stands for its own "Temporal Consistency Learning") is the long
    form of a proposed one-word name, met where no acronym definition joined them, when its Title Case words'
    initials spell the start of the name ("we propose TAPE, a training-free Temporal Aware Pruning for ...",
    "MAJ-EVAL, a Multi-Agent-as-Judge evaluation framework") or the name follows it in brackets ("the CAD program
    repairer (ReCAD)") or, when both are of one kind, the openings of its words spell the whole name ("Belief Memory"
    and "BeliefMem"; then the phrase need not be flagged: "AlignDiT, a multimodal Aligned Diffusion Transformer"):
    one entity, not two, of the long form's kind (its words say what it is; a bare coined name
    may have been read as a dataset), unless the name says it is data ("STI-Bench", "the Low Exposure Night Vision
    (LENVIZ) Dataset").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose SHARP, a training-free Shelf Heuristic Aware Routing Planner for robots.")
    >>> [(e["name"], e["aliases"]) for e in doc._.kg_entities["methods"]]
    [('SHARP', ['Shelf Heuristic Aware Routing Planner'])]
    """
    names = [e for k in ("methods", "datasets") for e in out[k] if e.get("proposed") and " " not in e["name"]]
    if not names:
        return
    low = lowers(doc)
    # each kind's entities by identity: a list's "in" compared every name with the whole list (dicts by value), cubic
    # in a hostile abstract of hundreds of names
    kept = {k: {id(x) for x in out[k]} for k in ("methods", "datasets")}
    for k in ("methods", "datasets"):
        for e in list(out[k]):
            owner = SPACE_OR_HYPHEN.search(e["name"]) and next((n for n in names if n is not e and (
                e.get("proposed") and (spells(e["name"], n["name"]) or _bracketed_after(low, e, n))
                or id(n) in kept[k] and _prefix_spelled(e["name"], n["name"]))), None)
            if not owner:
                continue
            _absorb(owner, e)
            out[k].remove(e)
            kept[k].discard(id(e))
            other = "datasets" if k == "methods" else "methods"
            if id(owner) in kept[other] and not (k == "methods" and _named_as_data(low, owner)):
                out[other].remove(owner)
                out[k].append(owner)
                kept[other].discard(id(owner))
                kept[k].add(id(owner))


_LETTERLESS_WORDS = PREPOSITIONS | frozenset("and or the a an via".split())  # words an acronym may skip
_UNDEFINED_ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$")  # "DLM", "CoE": capitals, no digits
_ACRONYM_MAX = 6


def merge_undefined_acronyms(out: dict[str, list[dict]], kinds: tuple[str, ...] = ("methods", "datasets")) -> None:
    """An acronym of one of ``kinds`` the paper never defines ("DLMs generate tokens in parallel" under a title on
    "Diffusion Language Models", "we train one CPT model" beside "Continual Pre-Training") is the one name of its kind
    written out in words whose initials spell it (an alias that only adds a kind word, "the CoW dataset",
    defines nothing): one entity under the long form. Not a name whose long form is an alias of a coined name ("MoE"
    is no "MoEnc (Mixture-of-Encoders)").

    Examples
    --------
    >>> def ent(name, aliases=()):
    ...     return {"name": name, "key": name.lower(), "aliases": list(aliases), "mentions": [], "_spans": [],
    ...             "_first": 0, "proposed": False}
    >>> out = {"methods": [ent("Shelf Routing Model"), ent("SRM", ["SRM module"]), ent("MoE"),
    ...                    ent("MoEnc", ["Mixture-of-Encoders"])], "datasets": []}
    >>> merge_undefined_acronyms(out)
    >>> [(e["name"], e["aliases"]) for e in out["methods"]]
    [('Shelf Routing Model', ['SRM', 'SRM module']), ('MoE', []), ('MoEnc', ['Mixture-of-Encoders'])]
    """
    for k in kinds:
        index: _InitialsIndex | None = None  # built at the first acronym: most papers have none
        merged: set[int] = set()
        for e in list(out[k]):
            if len(e["name"]) > _ACRONYM_MAX or not _UNDEFINED_ACRONYM.match(e["name"]) or _defined(e):
                continue
            if index is None:
                index = _initials_index(out[k])
            # a look-up in the index, not a comparison with every name (quadratic on a hostile list of names);
            # two owners are as many as more
            owners = list(islice((o for o in _initials_candidates(index, e["name"])
                                  if o is not e and id(o) not in merged and _initials_spell(o["name"], e["name"])), 2))
            if len(owners) == 1:
                _absorb(owners[0], e)
                if e.get("proposed") and "proposed" in owners[0]:
                    owners[0]["proposed"] = True
                out[k].remove(e)
                merged.add(id(e))


# the names that may spell an acronym (:func:`_initials_spell`) by the initials their words must give: those without
# a preposition, article or conjunction (which may give its initial or none) spell only these, the others more
_InitialsIndex = tuple[dict[tuple[str, ...], list[dict]], dict[tuple[str, ...], list[dict]]]


def _initials_index(entities: list[dict]) -> _InitialsIndex:
    """The entities whose names may spell an acronym (two or more words, letters opening each) by the initials, lower
    case, in order, their words must give (:func:`_initials_spell`): names with no word that may give none, then the
    others.

    >>> names = ["Chain of Events", "Mixture-of-Experts", "Chain Events", "ChainNet"]
    >>> [{k: [e["name"] for e in v] for k, v in d.items()} for d in _initials_index([{"name": n} for n in names])]
    [{('c', 'e'): ['Chain Events']}, {('c', 'e'): ['Chain of Events'], ('m', 'e'): ['Mixture-of-Experts']}]
    """
    plain: dict[tuple[str, ...], list[dict]] = {}
    skipping: dict[tuple[str, ...], list[dict]] = {}
    for o in entities:
        words = [w for w in WORD_BREAKS.split(o["name"]) if w]
        if len(list(filter(_TWO_LOWER.search, words))) < 2 or not all(map(str.isalpha, [w[0] for w in words])):
            continue
        key = tuple(w[0].lower() for w in words if w.lower() not in _LETTERLESS_WORDS)
        (plain if len(key) == len(words) else skipping).setdefault(key, []).append(o)
    return plain, skipping


def _initials_candidates(index: _InitialsIndex, acronym: str) -> Iterator[dict]:
    """The entities of ``index`` (:func:`_initials_index`) that may spell ``acronym`` (of at most ``_ACRONYM_MAX``
    characters): a name without a word that may give no letter by its letters, the others by some of them in order
    (the words that may give none give the rest).

    >>> index = _initials_index([{"name": n} for n in ["Chain of Events", "Chain Events", "Cat Owl Eel"]])
    >>> [e["name"] for e in _initials_candidates(index, "CoE")], [e["name"] for e in _initials_candidates(index, "CE")]
    (['Cat Owl Eel', 'Chain of Events'], ['Chain Events', 'Chain of Events'])
    """
    plain, skipping = index
    letters = tuple(_NOT_LETTER.sub("", acronym.lower()))
    yield from plain.get(letters, ())
    if len(skipping) < 2 ** len(letters):  # (few such names, the common case: each key tested, not each pick made)
        for key, entities in skipping.items():
            if _in_order(key, letters):
                yield from entities
        return
    for n in range(len(letters) + 1):
        for pick in dict.fromkeys(combinations(letters, n)):
            yield from skipping.get(pick, ())


def _in_order(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """``part`` is ``whole`` with some items left out (a subsequence).

    >>> _in_order(("c", "e"), ("c", "o", "e")), _in_order(("e", "c"), ("c", "o", "e"))
    (True, False)
    """
    rest = iter(whole)
    return all(x in rest for x in part)


_DEFINED_ACRONYM = re.compile(r"^[A-Z][A-Za-z]*(?:-?[A-Z][A-Za-z]*)+$")  # "MLCIL", "KG-RAG"


def merge_respelled_task_definitions(tasks: list[dict]) -> None:
    """A kept task written out a second way whose initials spell the acronym another kept task was defined with is
    that task, named by the second way when its words are among the definition's or the other way round ("Multi-Label
    Class Incremental Learning" in the title and "Multi-label CIL (MLCIL)", "Speech Translation" and
    "speech-to-text translation (ST)"); not two long forms of one acronym that differ in a word ("semi-supervised
    learning (SSL)" and "self-supervised learning").

    Examples
    --------
    >>> tasks = [{"name": n, "key": n.lower(), "aliases": a, "mentions": [], "_spans": [], "_first": 0}
    ...          for n, a in [("shelf robot routing", []), ("shelf SRR", ["SRR"]), ("self robot routing", [])]]
    >>> merge_respelled_task_definitions(tasks)
    >>> [(t["name"], t["aliases"]) for t in tasks]
    [('shelf robot routing', ['shelf SRR', 'SRR']), ('self robot routing', [])]
    """
    for e in list(tasks):
        acronyms = [a for a in e["aliases"] if _DEFINED_ACRONYM.match(a)]
        if not acronyms:
            continue  # (no other task's initials to compare: most tasks)
        owner = next((o for o in tasks if o is not e and not any(map(_DEFINED_ACRONYM.match, o["aliases"]))
                      and any(_initials_spell(o["name"], a) for a in acronyms) and _worded_alike(o["name"], e["name"])),
                     None)
        if owner:
            _absorb(owner, e)
            tasks.remove(e)


def _worded_alike(a: str, b: str) -> bool:
    """The lower-case words of one phrase (acronyms and stop words aside) are all words of the other."""
    def words(phrase: str) -> set[str]:
        return {w.lower() for w in WORD_BREAKS.split(phrase) if w and not _TWO_CAPITALS.search(w)
                } - _LETTERLESS_WORDS
    wa, wb = words(a), words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _defined(e: dict) -> bool:
    """The entity has a form besides its name and that name with a kind word ("CoW dataset", "SRM module")."""
    kind_form = e["name"] + " "
    for a in e["aliases"]:
        if not (a.startswith(kind_form) and a.split()[-1].lower() in _KIND_OR_DATA_HEADS):
            return True
    return False


def _initials_spell(phrase: str, acronym: str) -> bool:
    """The first letters of ``phrase``'s words and hyphen parts, two or more of them words, spell ``acronym``, a
    preposition, article or conjunction giving its letter or none ("Chain-of-Events" and "CoE", "You Only Look Once"
    and "YOLO", "Mixture of Experts" and "ME")."""
    words = [w for w in WORD_BREAKS.split(phrase) if w]
    if len(list(filter(_TWO_LOWER.search, words))) < 2 or not all(map(str.isalpha, [w[0] for w in words])):
        return False
    letters = _NOT_LETTER.sub("", acronym.lower())
    return initials_spell(words, letters, skip=_LETTERLESS_WORDS)


def _absorb(owner: dict, e: dict) -> None:
    """Make the entity ``e`` another name of ``owner``: its name and aliases (each form once by key), mentions and
    spans join the owner's."""
    seen = {entity_key(f) for f in [owner["name"]] + owner["aliases"]}
    for form in [e["name"]] + e["aliases"]:
        key = entity_key(form)
        if key not in seen:
            seen.add(key)
            owner["aliases"].append(form)
    owner["mentions"] = sorted(owner["mentions"] + e["mentions"], key=lambda m: m["start"])
    owner["_spans"] += e["_spans"]
    owner["_first"] = min(owner["_first"], e["_first"])


def _bracketed_after(low: list[str], phrase: dict, name: dict) -> bool:
    """A mention of the entity ``name`` stands in brackets right after a mention of ``phrase`` ("repairer (ReCAD)")
    that is not the tail of a long form the name already has ("Collaborative Temporal Consistency Learning (COTEL)"
    is not the long form of "Temporal Consistency Learning"), or a multi-word ``phrase`` opens the brackets after the
    name ("SIGMA (Search-Augmented On-Demand Knowledge Integration for ...)")."""
    ends = {end for _, end in phrase["_spans"]}
    starts = {start for start, _ in phrase["_spans"]}
    own_ends = {end for _, end in name["_spans"]}
    return any(start >= 2 and low[start - 1] == "(" and start - 1 in ends and start - 1 not in own_ends
               and end < len(low) and low[end] == ")" or end + 1 in starts and low[end] == "(" and " " in phrase["name"]
               for start, end in name["_spans"])


def _named_as_data(low: list[str], e: dict) -> bool:
    """The name says it is data ("STI-Bench") or a dataset head follows it in brackets ("(LENVIZ) Dataset")."""
    return bool(_DATA_NAME.search(e["name"])) or any(end + 1 < len(low) and low[end] == ")"
                                                     and low[end + 1] in DATASET_HEADS for _, end in e["_spans"])


def unflag_cut_names(out: dict[str, list[dict]], title_end: int) -> None:
    """A proposed phrase that opens a longer proposed name is that name without its kind words (the title's
    "Global-Local Tree Search" and "a global-local tree search algorithm", "Tracktention" and "the Tracktention
    Layer": merged, a one-word name only with one of its own kind and keeping its name: "IRASim" and the "IRASim
    Benchmark" stay apart) or, of two or more words, a piece of it, not the paper's own thing beside it ("Taste
    More" of "Taste More, Taste Better", the "Terminal Bench" that "Terminal Bench Pro" extends: unflagged).

    Examples
    --------
    >>> def own(name, first):
    ...     return {"name": name, "key": name.lower(), "aliases": [], "mentions": [], "_spans": [], "_first": first,
    ...             "proposed": True}
    >>> out = {"methods": [own("Shelf Tree Search", 1), own("Shelf Tree Search algorithm", 20), own("Rack Fold", 30),
    ...                    own("Rack Fold Routing", 40)], "datasets": []}
    >>> unflag_cut_names(out, title_end=10)
    >>> [(e["name"], e["proposed"]) for e in out["methods"]], out["methods"][0]["aliases"]
    ([('Shelf Tree Search algorithm', True), ('Rack Fold', False), ('Rack Fold Routing', True)], ['Shelf Tree Search'])
    """
    own = [e for k in ("methods", "datasets") for e in out[k] if e.get("proposed")]
    forms = [(e, tuple(f.lower().split())) for e in own for f in [e["name"]] + e["aliases"]]
    # the longer forms by each of their shorter openings and endings, in order: a name is looked up, not compared
    # with every form (quadratic in a hostile abstract of a thousand proposed names)
    by_opening: dict[tuple[str, ...], list[tuple[dict, tuple[str, ...]]]] = {}
    by_ending: dict[tuple[str, ...], list[tuple[dict, tuple[str, ...]]]] = {}
    for o, f in forms:
        for n in range(len(f)):
            by_opening.setdefault(f[:n], []).append((o, f))
            if n:
                by_ending.setdefault(f[-n:], []).append((o, f))
    merged = set()
    for k in ("methods", "datasets"):
        for e in [x for x in out[k] if x.get("proposed")]:
            words = tuple(e["name"].lower().split())
            n = len(words)
            longer = [(o, f) for o, f in by_opening.get(words, []) if o is not e]
            if not longer:
                # "INP Coherence Loss" then "Coherence Loss" (a title's "Prototype Perturbation" is the family of
                # its "Neighbor-Driven Prototype Perturbation")
                if n >= 2 and e["_first"] >= title_end and any(o is not e for o, _ in by_ending.get(words, [])):
                    e["proposed"] = False
                continue
            owner = next((o for o, f in longer if all(w in _KIND_HEADS for w in f[n:]) and o["proposed"]
                          and id(o) not in merged and (n >= 2 or o in out[k])), None)
            if owner is None:
                e["proposed"] = e["proposed"] and n < 2
                continue
            _absorb(owner, e)
            if n == 1:  # "Tracktention" names the "Tracktention Layer"
                renamed(owner, e["name"])
            out[k].remove(e)
            merged.add(id(e))


_KIND_HEADS = METHOD_CUES | COMPONENT_HEADS | DATASET_HEADS | {"mechanism", "mechanisms"}
_DATA_NAME = re.compile(r"(?i)bench|data|corpus")


def spells(phrase: str, name: str) -> bool:
    """The initials of the Title Case words of ``phrase`` (hyphen parts counted apart or not) spell three or more
    letters that open ``name``'s first alphanumeric part ("Long-Range Refocused Temporal Information" and
    "LRTI-VSR", "Temporal Aware Pruning" and "TAPE") or four or more found anywhere in it ("Physics-Aware
    Groupwise Direct Preference Optimization" and "PhyGDPO", "Semantically Target-Aware Representations" and
    "TabSTAR").

    Examples
    --------
    >>> spells("Shelf Aware Routing Planner", "SARP-Net"), spells("Shelf Aware Routing Planner", "RouteNet")
    (True, False)
    """
    words = phrase.split()
    if len(words) < 2 and "-" not in phrase or not _title_cased(phrase):
        return False
    first = _ALNUM_RUN.match(name).group().lower()
    letters = _NOT_ALNUM.sub("", name.lower())
    for parts in (words, phrase.replace("-", " ").split()):
        initials = "".join([w[0].lower() for w in parts if w.lower() not in STOP_WORDS])
        if len(initials) >= max(3, len(first) - 1) and first.startswith(initials) or len(initials) >= 4 and (
                initials in letters):
            return True
    return False


def _title_cased(phrase: str) -> bool:
    """Every word of ``phrase`` but a stop word opens with a capital."""
    for w in phrase.split():  # (a loop: see context.any_rule)
        if not w[:1].isupper() and w.lower() not in STOP_WORDS:
            return False
    return True


def _word_parts(text: str) -> list[str]:
    """The lower-case letters and digits of each word or hyphen part of ``text``."""
    return list(filter(None, [_NOT_ALNUM.sub("", w) for w in WORD_BREAKS.split(text.lower())]))


def _prefix_spelled(phrase: str, name: str) -> bool:
    """``name``'s letters are the openings of ``phrase``'s words or hyphen parts, one after another, each word giving
    one or more letters and a stop word none or some ("Belief Memory" and "BeliefMem", "Aligned Diffusion
    Transformer" and "AlignDiT", "Abstract Chain-of-Thought" and "Abstract-CoT").

    >>> _prefix_spelled("Belief Memory", "BeliefMem"), _prefix_spelled("Belief Memory", "BeMoNet")
    (True, False)
    >>> _prefix_spelled("RIFT-T", "RIFT"), _prefix_spelled("UniMaia-Aux", "UniMaia"), _prefix_spelled("ER-BLS", "E-BLS")
    (False, False, False)
    """
    if not _title_cased(phrase):
        return False
    letters = _NOT_ALNUM.sub("", name.lower())
    parts, name_parts = _word_parts(phrase), _word_parts(name)
    worded = sum(len(_LOWER_LETTER.findall(w)) >= 2 for w in WORD_BREAKS.split(phrase))
    if len(letters) < 4 or len(parts) < 2 or worded < 2 or set(name_parts) <= set(parts):
        return False  # no long form: "ER-BLS" beside "E-BLS"; a variant of the name: "RIFT-T", "UniMaia-Aux"
    return initials_spell(parts, letters, skip=STOP_WORDS, prefix=True)


def propagate_proposed(doc: Doc, spans: list[tuple[list[tuple[int, int]], dict, bool]]) -> None:
    """In a list of defined names, a name coordinated right after a proposed one is proposed too, unless
    it is a known name: "we introduce two strategies: Error-Constrained Layer Merging (ECLM) and
    Mask-guided Token Merging (Mask-ToMe)".

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("we introduce Shelf Merging ( SM ) and Rack Pruning ( RP ) and Adam .")
    >>> shelf, rack, adam = ({"proposed": p} for p in (True, False, False))
    >>> spans = [([(2, 4)], shelf, False), ([(8, 10)], rack, False), ([(14, 15)], adam, True)]
    >>> propagate_proposed(doc, spans)
    >>> rack["proposed"], adam["proposed"]
    (True, False)
    """
    low = lowers(doc)
    at = {start: (record, known) for mentions, record, known in spans for start, _ in mentions}
    changed = True
    while changed:
        changed = False
        for mentions, record, _ in spans:
            if not record["proposed"]:
                continue
            for _, end in mentions:
                k = end
                if k < len(doc) and low[k] == "(":  # skip a defined short form "(ECLM)"
                    close = closing_bracket(low, k, 5)
                    k = close + 1 if close != k else k
                gap = k
                while k < len(doc) and low[k] in (",", "and", "or") and k - gap < 2:
                    k += 1
                nxt = at.get(k)
                if k > gap > end and nxt is not None and not nxt[0]["proposed"] and not nxt[1]:
                    nxt[0]["proposed"] = changed = True


def _sibling_mark(words: list[str]) -> str:
    """What a name shares with its siblings: the head word of a phrase ("feature consistency loss" -> "loss") or
    the hyphenated suffix of a one-word name ("Router-FT" -> "ft"); "" for other names."""
    if len(words) > 1:
        return words[-1].lower() if words[-1].isalpha() else ""
    stem, dash, suffix = words[0].rpartition("-")
    return suffix.lower() if dash and stem and suffix.isalpha() and len(suffix) > 1 else ""


def propose_siblings(doc: Doc, spans: list[tuple[list[tuple[int, int]], dict, bool]]) -> None:
    """A name later in the sentence of a proposed one that shares its head word or hyphenated suffix (and its
    length class: phrase or one word) is its sibling and proposed too, unless it is known or compared with:
    "two constraints: a feature consistency loss that ..., and a prediction consistency loss ...", "a training
    strategy: Expert-FT ...; Router-FT ...".

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("kg_sentences")
    >>> doc = nlp("We add a shelf alignment loss, and a rack ordering loss with focal loss.")
    >>> shelf, rack, focal = ({"proposed": p} for p in (True, False, False))
    >>> spans = [([(3, 6)], shelf, False), ([(9, 12)], rack, False), ([(13, 15)], focal, True)]
    >>> propose_siblings(doc, spans)
    >>> rack["proposed"], focal["proposed"]
    (True, False)
    """
    words = texts(doc)

    def shape(start: int, end: int) -> tuple[str, bool]:
        return _sibling_mark(words[start:end]), end - start > 1

    # the flagged mentions' ends by their sentence's end and their mark: a mention is compared with the flagged ones
    # before it in its sentence of its mark, not with every flagged mention (quadratic in a hostile abstract)
    flagged: dict[tuple[int, tuple[str, bool]], list[int]] = {}
    for mentions, record, _ in spans:
        if record["proposed"]:
            for start, end in mentions:
                flagged.setdefault((sentence_of(doc, start)[1], shape(start, end)), []).append(end)
    for mentions, record, known in spans:
        if record["proposed"] or known:
            continue
        record["proposed"] = bool(flagged) and any(
            mark[0] and p_end <= start < sent_end and _coordinated_sibling(doc, p_end, start, end)
            and not compared_at(doc, start, end)
            for start, end in mentions
            for sent_end, mark in [(sentence_of(doc, start)[1], shape(start, end))]
            for p_end in flagged.get((sent_end, mark), ()))


# what the sibling's article follows ("..., and a prediction loss", "; Router-FT ...") and what joins the two
_SIBLING_LEADS = frozenset(", ; and while whereas )".split())
_SIBLING_JOINS = frozenset("and ; while whereas".split())
# a name before one of these modifies a kind ("a cross-modal distillation framework", "the HM-EQA dataset")
_KIND_AFTER = DATASET_HEADS | DESCRIPTIVE_HEADS | frozenset(
    "framework frameworks model models architecture architectures approach approaches method methods paradigm "
    "system systems".split())


def _coordinated_sibling(doc: Doc, flagged_end: int, start: int, end: int) -> bool:
    """The name at ``start:end`` is listed after the one ending at ``flagged_end`` as a thing of its own: a list
    join between them, a list separator (maybe with its article) right before it, no kind word right after it."""
    low = lowers(doc)
    lead = start - 1 - (low[start - 1] in ("a", "an", "the"))
    after = past_bracket(doc, end)
    # "the Dynamic Alignment and Scale Refinement module": the cut tail of one Title Case name
    cut_tail = lead == start - 1 and low[lead] == "and" and texts(doc)[lead - 1][:1].isupper()
    return (low[lead] in _SIBLING_LEADS and not cut_tail and bool(_SIBLING_JOINS.intersection(low[flagged_end:start]))
            and not (after < len(low) and low[after] in _KIND_AFTER))


# "CIFAR-10/100", "Qwen2/2.5", "ResNet-50/101": two releases written with one shared stem
_RELEASE = r"\d+(?:\.\d+)?[A-Za-z]{0,2}(?:-A\d+(?:\.\d+)?B)?"  # "100", "8B", "30B-A3B" (total and active parameters)
# (a stem ends in a letter and maybe a separator, or in a spaced version: "Llama 3 8B/70B")
_SHARED_VERSION = re.compile(rf"^(?P<stem>[A-Za-z][\w.\-]*?(?:[A-Za-z][\-_ ]?|[A-Za-z] \d+(?:\.\d+)? ))"
                             rf"(?P<versions>{_RELEASE}(?:/{_RELEASE})+)$")


def _split_shared_version(entity: dict) -> list[dict]:
    """One record per release for a name that shares its stem between two or more ("CIFAR-10/100" is CIFAR-10 and
    CIFAR-100, "Qwen3-VL 4B/8B/30B-A3B" three models); other records are returned as they are.

    Examples
    --------
    >>> [e["name"] for e in _split_shared_version({"name": "CIFAR-10/100", "aliases": [], "key": "cifar 10/100"})]
    ['CIFAR-10', 'CIFAR-100']
    >>> [e["name"] for e in _split_shared_version({"name": "Qwen3-VL 4B/30B-A3B", "aliases": [], "key": "q"})]
    ['Qwen3-VL 4B', 'Qwen3-VL 30B-A3B']
    >>> [e["name"] for e in _split_shared_version({"name": "ViT-B/16", "aliases": [], "key": "vit b/16"})]
    ['ViT-B/16']
    """
    m = _SHARED_VERSION.match(entity["name"])
    if not m:
        return [entity]
    out = []
    for version in m["versions"].split("/"):
        name = m["stem"] + version
        out.append({**entity, "name": name, "key": entity_key(name),
                    "aliases": [a for a in entity["aliases"] if entity_key(a) != entity["key"]]})
    return out


# a release tail a benchmark shares with a sibling written after it: "AIME 2024/2025", "SWE-Bench Verified and Lite",
# "ARC Easy/Challenge", "OmniDocBench v1.5 and v1.6" (a year, a "v" release or a subset word on both sides)
_TAIL = rf"(?:(?:19|20)\d\d|v\d+(?:\.\d+)*|{'|'.join(sorted(SUBSET_WORDS | {'Challenge'}))})"
_SHARED_TAIL_AFTER = re.compile(rf" ?(?:/| and | & ) ?({_TAIL})\b")
_BARE_TAILS_AFTER = re.compile(rf" ({_TAIL}) ?(?:/| and | & ) ?({_TAIL})\b")
_NAME_TAIL = re.compile(rf"^(?P<stem>.+) (?P<tail>{_TAIL})$")


def _tail_kind(tail: str) -> str:
    """The shape of a release tail: "year", "v" or "subset".

    >>> [_tail_kind(t) for t in ("2024", "v1.5", "Lite")]
    ['year', 'v', 'subset']
    """
    return "year" if tail[:1].isdigit() else "v" if tail[:1] == "v" else "subset"


def _shared_tails(name: str, after: str) -> list[str]:
    """The names of the siblings that share ``name``'s stem in the text ``after`` one of its mentions: "AIME 2024"
    before "/2025" -> ["AIME 2025"]; a bare "AIME" before " 2024/2025" -> ["AIME 2024", "AIME 2025"].

    >>> _shared_tails("AIME 2024", " & 2025 and MATH"), _shared_tails("AIME", " 2024/2025."), _shared_tails(
    ...     "SWE-Bench Verified", " and Lite test sets"), _shared_tails("TimeQA v2", " and 78.0")
    (['AIME 2025'], ['AIME 2024', 'AIME 2025'], ['SWE-Bench Lite'], [])
    """
    m = _NAME_TAIL.match(name)
    if m:
        a = _SHARED_TAIL_AFTER.match(after)
        ok = a and _tail_kind(a[1]) == _tail_kind(m["tail"]) and a[1] != m["tail"]
        return [f"{m['stem']} {a[1]}"] if ok else []
    b = _BARE_TAILS_AFTER.match(after)
    if b and _tail_kind(b[1]) == _tail_kind(b[2]) and b[1] != b[2]:
        return [f"{name} {b[1]}", f"{name} {b[2]}"]
    return []


def shared_tail_siblings(doc: Doc, datasets: list[dict]) -> list[dict]:
    """Add the benchmark releases and subsets a dataset mention shares its stem with ("AIME 2024/2025" is AIME 2024
    and AIME 2025; "SWE-Bench Verified and Lite" names SWE-Bench Lite too); a bare name written only before such a
    pair ("ICDAR 2024/2025") gives way to the two releases.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe test on SWE-Bench Verified and Lite and on ShelfQA 2024/2025.")
    >>> sorted(e["name"] for e in doc._.kg_entities["datasets"])
    ['SWE-Bench Lite', 'SWE-Bench Verified', 'ShelfQA 2024', 'ShelfQA 2025']
    >>> doc = load_nlp()("T\\n\\nWe evaluate on ShelfQA 2025, then on ShelfQA 2024/2025 overall.")
    >>> sorted(e["name"] for e in doc._.kg_entities["datasets"])
    ['ShelfQA 2024', 'ShelfQA 2025']
    """
    text = doc_text(doc)
    keys = {e["key"] for e in datasets}
    out = []
    for e in datasets:
        bare_only = not _NAME_TAIL.match(e["name"])
        added = []
        for m in e["mentions"]:
            names = _shared_tails(e["name"], text[m["end"]:m["end"] + 24])
            bare_only = bare_only and bool(names)
            added += [(n, m) for n in names if entity_key(n) not in keys]
            keys |= {entity_key(n) for n in names}
        if not bare_only:  # (a bare name written only before release pairs gives way, even to releases found before)
            out.append(e)
        out += [{**e, "name": n, "key": entity_key(n), "aliases": [], "mentions": [m], "_spans": list(e["_spans"])}
                for n, m in added]
    return out


def split_modified_kinds(doc: Doc, methods: list[dict]) -> list[dict]:
    """A known model kind written bare and also narrowed by a plain word ("Diffusion models have ... video diffusion
    models") names two things, never aliases: each modifier's form becomes its own entity, with its mentions (one
    written only narrowed keeps the narrowed form as an alias of the kind; "3D", "text-to-image" leads stay).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nDiffusion models are strong. We guide video diffusion models.")
    >>> [(e["name"], e["aliases"]) for e in doc._.kg_entities["methods"]]
    [('diffusion model', []), ('video diffusion model', [])]
    """
    out = []
    for e in methods:
        out.append(e)
        if not e["key"].endswith(" model"):
            continue  # (the cheap test first: most methods are no model kind)
        lead_of = {sp: _kind_modifier(doc, sp) for sp in e["_spans"]}
        if all(lead_of.values()):
            continue
        for lead in dict.fromkeys(v for v in lead_of.values() if v):
            spans = [sp for sp, v in lead_of.items() if v == lead]
            form = next((a for a in e["aliases"] if a.lower().split()[0] == lead
                         and entity_key(a).endswith(e["key"]) and len(a.split()) == len(e["name"].split()) + 1), None)
            if form is None:
                continue
            starts = {char_bounds(doc, a, b)[0] for a, b in spans}
            head, _, last = form.rpartition(" ")
            form_one = f"{head} {singular(last)}" if last.islower() else form
            part = {**e, "name": form_one, "key": entity_key(form_one), "aliases": [],
                    "mentions": [m for m in e["mentions"] if m["start"] in starts], "_first": spans[0][0] - 1,
                    "_spans": spans, "proposed": False}
            e["aliases"] = [a for a in e["aliases"] if a != form]
            e["mentions"] = [m for m in e["mentions"] if m["start"] not in starts]
            e["_spans"] = [sp for sp in e["_spans"] if sp not in spans]
            out.append(part)
    return out


def _kind_modifier(doc: Doc, span: tuple[int, int]) -> str:
    """The plain lower-case word narrowing a known kind's mention ("video" in "video diffusion models"), or ""."""
    a, low = span[0], lowers(doc)
    # (not an evaluative or participle adjective: "generative", "controllable", "guided"; nor the tail of a
    # compound: "latent space diffusion models")
    ok = (a > 0 and texts(doc)[a][:1].islower() and low[a - 1].isalpha() and not low[a - 1].endswith(_NOT_KIND_ENDS)
          and low[a - 1] not in _WORD_NOUNS and not (a > 1 and low[a - 2] == "-")
          and technical_modifier(doc, a - 1) and not (a > 1 and technical_modifier(doc, a - 2)
                                                      and not DIMENSION.match(low[a - 2])))
    return low[a - 1] if ok else ""


_NOT_KIND_ENDS = ("ive", "able", "ible", "ed", "ist")
# "the term world model", "the notion of": a word about the name; "long-term world model": the tail of a compound
_WORD_NOUNS = frozenset("term terms word words notion phrase name".split())


def split_shared_versions(entities: list[dict]) -> list[dict]:
    """:func:`_split_shared_version` over a list; a release also written on its own keeps one record,
    with the mentions of both.

    Examples
    --------
    >>> def entity(name):
    ...     return {"name": name, "key": entity_key(name), "aliases": [], "mentions": [name]}
    >>> [(e["name"], e["mentions"]) for e in split_shared_versions([entity("ShelfSet-10/100"), entity("ShelfSet-10")])]
    [('ShelfSet-100', ['ShelfSet-10/100']), ('ShelfSet-10', ['ShelfSet-10', 'ShelfSet-10/100'])]
    """
    by_key: dict[str, dict] = {}
    for e in entities:
        by_key.setdefault(e["key"], e)
    out = []
    for e in entities:
        for part in _split_shared_version(e):
            if part is e:
                out.append(e)
            elif part["key"] in by_key:
                by_key[part["key"]]["mentions"] = by_key[part["key"]]["mentions"] + part["mentions"]
            else:
                by_key[part["key"]] = part
                out.append(part)
    return out


# "VFace10K", "FooNet-7B": a coined stem (a capital inside) and a size; "VFace100K" is a sibling release.
# "Dark-101" has a plain word as stem: "Dark-48" may be someone else's
# "Hunyuan3D 2.0", "FooLM v2": a coined one-word name (a capital or digit inside) and its release
_SPACED_RELEASE = re.compile(r"^(?P<stem>[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9]*) (?P<version>v?\d+(?:\.\d+)*)$")
_FIRST_RELEASE = re.compile(r"^v?1(?:\.0)*$")
_SIZED = re.compile(r"^(?P<stem>[A-Za-z][A-Za-z0-9]*?[A-Z][A-Za-z0-9]*?[A-Za-z])-?\d+(?:\.\d+)?[KMBkmb]?$")


def _variant_stems(name: str) -> set[str]:
    """Entity keys that a variant of the proposed ``name`` starts with: the name itself and, for a
    hyphenated coined name, its first all-capital part ("MBD-LM" -> "mbd"; "RynnBrain" -> "rynnbrain"); a
    benchmark's capitals before "Bench" ("VTCBench" -> "vtc"); a coined name's release number is left off
    ("FooLM 2.0" -> "foolm"; "FooLM 1.0" also gives "release:foolm", its bare name); a sized name also gives its
    stem, marked "size:" ("VFace10K" -> "size:vface").

    Examples
    --------
    >>> sorted(_variant_stems("MBD-LM")), sorted(_variant_stems("RynnBrain")), sorted(_variant_stems("Graph Net"))
    (['mbd', 'mbd lm'], ['rynnbrain'], [])
    >>> sorted(_variant_stems("VTCBench")), sorted(_variant_stems("FooLM 2.0")), sorted(_variant_stems("FooLM 1.0"))
    (['vtc', 'vtcbench'], ['foolm', 'foolm 2.0'], ['foolm', 'foolm 1.0', 'release:foolm'])
    >>> sorted(_variant_stems("VFace10K"))
    ['size:vface', 'vface 10 k']
    """
    released = _SPACED_RELEASE.match(name.strip())
    if released:
        stem = entity_key(released["stem"])
        # the bare name is the first release itself ("PhysBrain" of "PhysBrain 1.0"), else the predecessor
        first = _FIRST_RELEASE.match(released["version"])
        return {entity_key(name), stem} | ({"release:" + stem} if first else set())
    if " " in name.strip() or len(name) < 3:
        return set()
    out = {entity_key(name)}
    bench_stem = _BENCH_END.sub("", name)
    if bench_stem != name and len(bench_stem) >= 3 and ALLCAPS.match(bench_stem):
        out.add(entity_key(bench_stem))
    head = name.split("-")[0]
    if head != name and len(head) >= 3 and ALLCAPS.match(head):
        out.add(entity_key(head))
    sized = _SIZED.match(name)
    if sized and len(sized["stem"]) >= 3:
        out.add("size:" + sized["stem"].lower())
    return out - {""}


def propose_variants(doc: Doc, spans: list[tuple[list[tuple[int, int]], dict, bool]]) -> None:
    """A name built on a proposed one is a variant the paper also introduces: "RynnBrain-Nav" next to the
    proposed "RynnBrain", "LKMN-L" next to "LKMN", "MBD-LLaDA2-Mini" next to "MBD-LM", "VFace100K" next to
    "VFace10K". Known names (gazetteer mentions) are left alone but for a size of the proposed name ("LLaDA 8B"
    beside "LLaDA"), and so are names called existing ("the popular FOO-D dataset").

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("We propose ShelfNet . ShelfNet-L and RackNet are compared .")
    >>> shelf, large, rack = ({"name": n, "aliases": [], "proposed": n == "ShelfNet"}
    ...                       for n in ("ShelfNet", "ShelfNet-L", "RackNet"))
    >>> propose_variants(doc, [([(2, 3)], shelf, False), ([(4, 5)], large, False), ([(6, 7)], rack, False)])
    >>> large["proposed"], rack["proposed"]
    (True, False)
    >>> base, sized = ({"name": n, "aliases": [], "proposed": n == "ShelfLM"} for n in ("ShelfLM", "ShelfLM 8B"))
    >>> propose_variants(doc, [([(2, 3)], base, True), ([(4, 5)], sized, True)])
    >>> sized["proposed"]
    True
    """
    stems: set[str] = set()
    own: set[str] = set()  # the proposed names themselves, not their stems ("BERT-PKD" gives the stem "bert")
    names: list[str] = []
    for _, record, _ in spans:
        if record["proposed"]:
            for form in [record["name"]] + record["aliases"]:
                stems |= _variant_stems(form)
                own.add(entity_key(form))
                names += [form] if " " not in form and len(form) >= _JOINED_STEM_MIN else []
    if not stems:
        return
    for mentions, record, known in spans:
        if record["proposed"] or any(after_established(doc, start) for start, _ in mentions):
            continue
        if known:
            # "LLaDA 8B" beside the proposed "LLaDA": a known name the paper itself releases, in one of its sizes
            sized = _SPACED_SIZE.match(record["name"])
            record["proposed"] = bool(sized) and entity_key(sized["stem"]) in own
            continue
        if " " in record["name"]:
            record["proposed"] = _joined_variant(record["name"].split()[0], names)
            continue
        if "release:" + entity_key(record["name"]) in stems:
            record["proposed"] = True  # "PhysBrain" beside the proposed "PhysBrain 1.0"
            continue
        parts = record["name"].split("-")
        sized = _SIZED.match(record["name"])
        if (len(parts) >= 2 and any(entity_key("-".join(parts[:i])) in stems for i in range(1, len(parts)))
                or sized and "size:" + sized["stem"].lower() in stems or _joined_variant(record["name"], names)):
            record["proposed"] = True


_JOINED_STEM_MIN = 4
_SPACED_SIZE = re.compile(rf"^(?P<stem>\S+) {PARAM_SIZES}$")  # "LLaDA 8B", "Foo 1.5B", "Foo 30B-A3B"


def _joined_variant(word: str, names: list[str]) -> bool:
    """``word`` is a proposed one-word name with a capitalised part or a number joined on ("ChameleonEncoder" after
    "Chameleon", "ESICA4 Lite" after "ESICA").

    Examples
    --------
    >>> _joined_variant("FooNetEncoder", ["FooNet"]), _joined_variant("FooNet4", ["FooNet"])
    (True, True)
    >>> _joined_variant("Foonetwork", ["Foonet"]), _joined_variant("FooNet", ["FooNet"])
    (False, False)
    """
    return any(word.startswith(n) and len(word) > len(n) and (word[len(n)].isupper() or word[len(n)].isdigit())
               for n in names)


def methods_in_left_tasks(doc: Doc, cands: list[Cand], task_phrases: list[dict], out: dict, windows,
                          title_end: int) -> list[dict]:
    """Known methods inside task phrases that the task ranking left out ("VAE compression", "SHAP analysis",
    "online reinforcement learning"): the wider phrase won the span, so the method the paper uses was lost.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("We study VAE compression of shelf images .")
    >>> vae, task = Cand(2, 3, "METHOD", "gazetteer", "gaz:vae", 1.0), {"key": "vae compression", "_spans": [(2, 4)]}
    >>> [m["name"] for m in methods_in_left_tasks(doc, [vae], [task], {"methods": []}, [], title_end=0)]
    ['VAE']
    >>> methods_in_left_tasks(doc, [vae], [task], {"methods": [{"name": "VAE", "aliases": []}]}, [], title_end=0)
    []
    """
    have = {entity_key(f) for k in out for e in out[k] for f in [e["name"], *e["aliases"]]}
    spans = [sp for e in task_phrases if e["key"] not in have for sp in e["_spans"]]
    if not spans:
        return []
    known = [(c, entity_key(span_text(doc, c.start, c.end))) for c in cands
             if c.rule == "gazetteer" and c.label == "METHOD"]
    have_groups = {c.group for c, key in known if key in have}  # "LoRA" kept: "Low-Rank Adaptation" is no new one
    found: dict[str, list[Cand]] = {}  # by gazetteer group: "attention mechanism analysis" gives one entity
    for c, key in known:
        if (key not in have and c.group not in have_groups
                and any(s <= c.start and c.end <= t and c.end - c.start < t - s for s, t in spans)):
            found.setdefault(c.group, []).append(c)
    out_methods = []
    for ment in found.values():
        name = span_text(doc, *max(((c.start, c.end) for c in ment), key=lambda st: st[1] - st[0]))
        record = entity_record(doc, ment, name, [], TOOL_TASK_CONFIDENCE, KNOWN_STRENGTH)
        record["proposed"] = is_proposed(doc, [(c, "METHOD", KNOWN_STRENGTH) for c in ment], windows, title_end)
        out_methods.append(record)
    return out_methods


def show_written_case(methods: list[dict], title_chars: int) -> None:
    """Show a method whose capitals come only from a title or a sentence opening ("Reinforcement Learning" in the
    title, "Shelf models are ..." opening a sentence) as the curated list spells it, else in the lower case the paper
    also writes it in; after every pass that compares names and the keep model, which read the capitals. A name the
    paper capitalises mid-sentence ("K-means", "Transformer") and acronyms or mixed-case names stay as written. The
    title is the text's first ``title_chars`` characters.

    >>> def ment(text, start, sent_start):
    ...     return {"text": text, "start": start, "sent_start": sent_start}
    >>> methods = [{"name": "Shelf Model", "key": "shelf model", "aliases": [], "mentions": [
    ...                ment("Shelf Models", 16, 10), ment("shelf models", 40, 30)]},
    ...            {"name": "Reinforcement Learning", "key": "reinforcement learning", "aliases": [],
    ...             "mentions": [ment("Reinforcement Learning", 30, 30)]},
    ...            {"name": "K-means", "key": "k means", "aliases": [], "mentions": [ment("K-means", 40, 30)]}]
    >>> show_written_case(methods, title_chars=28)
    >>> [m["name"] for m in methods]
    ['shelf model', 'reinforcement learning', 'K-means']
    """
    for e in methods:
        name = e["name"]
        if (name.islower() or not all(map(str.islower, filter(None, [p[1:] for p in WORD_BREAKS.split(name)])))
                or not all(m["start"] < title_chars or m["start"] == m["sent_start"]
                           for m in e["mentions"] if not m["text"].islower())):
            # (a capital mid-sentence is the authors' spelling; in the title or a sentence opening it says nothing)
            continue
        listed = listed_spellings("methods_curated.txt").get(e["key"], "")
        written = (" ".join(m["text"].split()) for m in e["mentions"])
        if listed.lower() == name.lower():
            e["name"] = listed
        elif any(w.islower() and w.rstrip("s") == name.lower().rstrip("s") for w in written):
            e["name"] = name.lower()
        e["aliases"] = [a for a in e["aliases"] if a != e["name"]]


def show_singular_acronyms(methods: list[dict]) -> None:
    """Show a method named by an acronym's plural in mixed case ("ViTs", "dLLMs"; the name picked makes an all-capital
    one singular) by its singular, as the spec names "Transformers" "Transformer".

    >>> methods = [{"name": "ViTs", "aliases": ["ViT", "Vision Transformers"]}, {"name": "MemOS", "aliases": []}]
    >>> show_singular_acronyms(methods)
    >>> [(m["name"], m["aliases"]) for m in methods]
    [('ViT', ['Vision Transformers']), ('MemOS', [])]
    """
    for e in methods:
        if is_plural_acronym(e["name"]):
            e["name"] = e["name"][:-1]
            e["aliases"] = [a for a in e["aliases"] if a != e["name"]]
