"""Head-noun and component phrases: modifiers before a head noun, technique and capitalised runs."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.components.candidates import lowers, texts
from kg.extract.components.context import LIST_JOINS, based_at
from kg.extract.components.lexicon import (AGENT_NOUN, ALIAS_WRAPPER_HEADS, DATASET_HEADS, GENERIC_MODIFIERS,
                                           METHOD_HEADS, METRIC_HEADS, SOURCED_RECORDS, TASK_HEADS, acronym_stop, verbs)
from kg.extract.normalize import s_form, singular
from kg.extract.components.sentences import sentence_of, sentence_starts
from kg.extract.proposed import NAMING_WORDS, PROPOSE_VERBS
from kg.extract.components.name_shapes import ACRO, PARTICIPLE_PREFIXES, WORDISH, WordPattern, is_coined, past_modifier
from kg.extract.components.goal_phrases import GENERIC_HEADS, ING_KEEP, LEAD_DROP, SIZE_LEAD

__all__ = ["ADJ_COMPOUND", "drop_leading_verbs", "past_size_lead", "keep_compound_modifiers", "split_compound_tail",
           "past_known_name", "known_task_variant", "indices", "article_opens_phrase", "ends_modifiers",
           "technique_phrase", "modified_phrase", "JOINING_SUFFIXES", "named_before", "PHRASE_SKIP", "PLURAL",
           "COMPONENT_HEADS", "PART_WRAPPERS", "COMPONENT_GENERIC", "CAP_TOKEN", "named_before_purpose", "cap_ok",
           "describes_a_name", "opens_lower_case_name", "past_modifiers", "own_list_opener", "enum_phrase_end",
           "verb_lead", "technique_head", "in_capitalised_run", "named_a_technique"]

ADJ_COMPOUND = re.compile(r"^.+-(?i:based|trained|pretrained|friendly|tuned|finetuned|generated|driven|guided|aware|"
                          r"free|style|like|specific|level|wise|agnostic|centric|oriented|powered|assisted|"
                          r"enhanced|utilized|augmented|conditioned|only|scale|grained)$")


def drop_leading_verbs(low_list: list[str], j: int, k: int, text_list: list[str] | None = None) -> tuple[int, int]:
    """Move the start ``j`` of a ``k``-modifier phrase past verb forms and adverbs ("employing low-rank
    decomposition", "Rethinking Transformer"); return the new (j, k). With ``text_list`` (method phrases), a
    lower-case compound modifier stays (see :func:`_compound_modifier`).

    Examples
    --------
    >>> words = "we employing low-rank decomposition".split()
    >>> drop_leading_verbs(words, 1, 2), drop_leading_verbs(["learning", "rate"], 0, 1)
    ((2, 1), (0, 1))
    """
    while (k > 0 and LEAD_DROP.match(low_list[j]) and low_list[j] not in ING_KEEP
           and not (text_list and _compound_modifier(low_list, text_list, j))):
        j += 1
        k -= 1
    return j, k


def past_size_lead(low_list: list[str], j: int, k: int) -> tuple[int, int]:
    """Move the start ``j`` of a ``k``-modifier phrase past a scale or stage count ("large-scale self-supervised
    learning", "two-stage distillation strategy": how much, how many); return the new (j, k).

    Examples
    --------
    >>> past_size_lead("large-scale self-supervised learning".split(), 0, 2), past_size_lead(["deep", "learning"], 0, 1)
    ((1, 1), (0, 1))
    """
    while k > 0 and SIZE_LEAD.match(low_list[j]):
        j += 1
        k -= 1
    return j, k


def _compound_modifier(low_list: list[str], text_list: list[str], j: int) -> bool:
    """A lower-case hyphenated participle ("salience-guided", "distribution-balanced") or an adverb before a
    kept adjective ("spatially dynamic") modifies the name; neither is a verb that opens the phrase.

    Examples
    --------
    >>> w = "salience-guided fusion module pre-trained encoder spatially dynamic weighting".split()
    >>> [_compound_modifier([x.lower() for x in w], w, j) for j in (0, 3, 5)]
    [True, False, True]
    """
    w = low_list[j]
    if text_list[j] != w:
        return False  # "Self-Augmented Visual Contrastive Decoding": a title's capitalised words
    if "-" in w and w.endswith("ed") and w.split("-")[0] not in PARTICIPLE_PREFIXES:
        return True
    if w.endswith("ed") and "-" not in w and j > 0 and low_list[j - 1] in PHRASE_SKIP and not _verb_form(w):
        return True  # "a windowed cross-attention module", "the ranked list loss": a noun made adjective
    nxt = low_list[j + 1] if j + 1 < len(low_list) else ""
    # "spatially dynamic", "a directionally decoupled", not a hedge ("seemingly moderate")
    return (w.endswith("ly") and not w.endswith("ingly") and len(w) > 5
            and (not LEAD_DROP.match(nxt) or nxt in ING_KEEP
                 or nxt.endswith("ed") and nxt not in PROPOSE_VERBS and j > 0 and low_list[j - 1] in PHRASE_SKIP))


def _verb_form(word: str) -> bool:
    """A participle of a verb ("modified", "fixed", "proposed"), not an adjective made from a noun ("windowed").

    >>> _verb_form("modified"), _verb_form("proposed"), _verb_form("windowed")
    (True, True, False)
    """
    stems = (word[:-1], word[:-2], word[:-3], word[:-3] + "y")
    return word in PROPOSE_VERBS or any(s in verbs() for s in stems)


def keep_compound_modifiers(low_list: list[str], text_list: list[str], cands: list, j: int, k: int,
                            i: int) -> tuple[int, int]:
    """Drop leading verbs from a method phrase but keep compound modifiers ("spatially dynamic weighting module",
    "salience-guided distillation loss"), unless what they modify is a known name ("definition-anchored |
    chain-of-thought prompting"); return the new (j, k).

    Examples
    --------
    >>> low = "by spatially dynamic weighting module".split()
    >>> keep_compound_modifiers(low, low, [], 1, 3, 4), drop_leading_verbs(low, 1, 3)  # kept vs. dropped
    ((1, 3), (2, 2))
    >>> keep_compound_modifiers(["by", "directly", "decoding"], ["by", "directly", "decoding"], [], 1, 1, 2)
    (2, 0)
    """
    plain = drop_leading_verbs(low_list, j, k)
    kept = drop_leading_verbs(low_list, j, k, text_list)
    if kept[0] < plain[0] and (kept[0] + 1 == i and "-" not in low_list[kept[0]] or any(
            c.rule == "gazetteer" and c.start == plain[0] and c.end == i + 1 for c in cands)):
        return plain  # an adverb right before the head is the verb's: "by directly decoding"
    return kept


def split_compound_tail(text_list: list[str], j: int) -> bool:
    """Token ``j`` follows a hyphen split off a name ("CLIP - style retrieval", "PhD - level science QA"): the
    tail of a compound whose head the phrase cannot hold, not a modifier of its own.

    >>> words = "a CLIP - style retrieval".split()
    >>> split_compound_tail(words, 3), split_compound_tail(words, 4)
    (True, False)
    """
    return j > 1 and text_list[j - 1] == "-"


def past_known_name(cands: list, j: int, k: int, i: int) -> tuple[int, int]:
    """A one-word modifier before a known name of two or more words stays outside it ("definition-anchored |
    chain-of-thought prompting"): the known technique is the entity; return the new (j, k).

    Examples
    --------
    >>> from kg.extract.components.candidates import Cand
    >>> known = [Cand(1, 3, "METHOD", "gazetteer", "g1", 0.9)]  # "chain-of-thought prompting", a known name
    >>> past_known_name(known, 0, 2, 2), past_known_name([], 0, 2, 2)
    ((1, 1), (0, 2))
    """
    if k > 0 and i > j + 1 and any(c.rule == "gazetteer" and c.start == j + 1 and c.end == i + 1 for c in cands):
        return j + 1, k - 1
    return j, k


def known_task_variant(low_list: list[str], cands: list, j: int, i: int) -> str | None:
    """The gazetteer group of a known multi-word task that a hyphenated participle modifies, when the
    phrase ``j..i`` is one: "text-guided | image editing", "schema-grounded | information extraction".
    Such a participle names the task's variant, not a verb to drop; before a one-word task
    ("rule-constrained reasoning") it mostly describes a method.

    Examples
    --------
    >>> from kg.extract.components.candidates import Cand
    >>> low = ["text-guided", "image", "editing"]
    >>> known_task_variant(low, [Cand(1, 3, "TASK", "gazetteer", "g1", 0.9)], 0, 2)
    'g1'
    >>> known_task_variant(["we", "image", "editing"], [Cand(1, 3, "TASK", "gazetteer", "g1", 0.9)], 0, 2) is None
    True
    """
    if j >= i or not (LEAD_DROP.match(low_list[j]) and "-" in low_list[j].strip("-")):
        return None
    return next((c.group for c in cands if c.rule == "gazetteer" and c.label == "TASK"
                 and c.start == j + 1 and c.end == i + 1 and c.end - c.start >= 2), None)


def indices(words: list[str], word: str, start: int, stop: int) -> list[int]:
    """The indices ``i`` in ``start..stop`` (``stop`` excluded) with ``words[i] == word``, in order (found by
    ``list.index``, which scans in C, not by a Python loop over every word).

    >>> indices("a b a c a".split(), "a", 1, 5), indices(["a"], "b", 0, 1)
    ([2, 4], [])
    """
    out: list[int] = []
    if stop <= start:
        return out  # (``list.index`` would read a negative stop from the end)
    try:
        while True:
            start = words.index(word, start, stop)
            out.append(start)
            start += 1
    except ValueError:
        return out


def article_opens_phrase(text_list: list[str], k: int) -> bool:
    """Token ``k`` is the article "A" opening a phrase, not a variant letter: "IdiomX A Multilingual Benchmark"
    (a title missing its colon), unlike "ResEnc M and ResEnc L".

    Examples
    --------
    >>> title = "IdiomX A Multilingual Benchmark".split()
    >>> article_opens_phrase(title, 1), article_opens_phrase("Foo A and Foo B".split(), 1)
    (True, False)
    """
    nxt = text_list[k + 1] if k + 1 < len(text_list) else ""
    return text_list[k] == "A" and nxt.isalpha() and len(nxt) > 1 and nxt not in ("and", "or")


_USE_GERUNDS = frozenset("using leveraging applying employing adopting utilizing utilising exploiting".split())


def _gerund(word: str, verb_set) -> bool:
    """ "incorporating", "using": the -ing form of a known verb.

    Examples
    --------
    >>> _gerund("incorporating", {"incorporate"}), _gerund("learning", {"incorporate"})
    (True, False)
    """
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    return (stem in verb_set or stem + "e" in verb_set
            or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verb_set))


@lru_cache(maxsize=1 << 16)
def ends_modifiers(text: str) -> bool:
    """The word ``text`` cannot modify the head noun after it (:func:`head_rules.head_nouns`): a stop word, a use
    gerund ("using"), a verb, a plural or third-person form, a symbol, a coined name (memoised: a pure function of
    the word, tested for every word before every head).

    >>> [ends_modifiers(w) for w in ("the", "using", "ResNet", "contrastive", "models", "atlas")]
    [True, True, True, False, True, False]
    """
    low = text.lower()
    return (low in _USE_GERUNDS or low in STOP_WORDS or not WORDISH.match(text) or low in verbs()
            or s_form(low) and not low.endswith("as") and low not in METHOD_HEADS or is_coined(text))


def technique_phrase(doc: Doc, ws: int, we: int) -> tuple[int, int] | None:
    """The lower-case technique phrase of two to four words that opens the window ``ws:we`` after a verb
    ("a style diffusion transformer equipped with" -> "style diffusion transformer"), or None when the
    window opens with a generic head, a plural, a determiner phrase or a name.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> nlp = load_nlp()
    >>> doc = nlp("T\\n\\nWe propose a style diffusion transformer equipped with memory.")
    >>> span = technique_phrase(doc, 4, len(doc))
    >>> data = nlp("T\\n\\nWe propose a large-scale dataset comprising images.")  # a generic head
    >>> doc[span[0]:span[1]].text, technique_phrase(data, 4, len(data))
    ('style diffusion transformer', None)
    """
    low_list, text_list = lowers(doc), texts(doc)
    verb_set = verbs()
    k = ws
    while k < we and low_list[k] in PHRASE_SKIP:
        k += 1
    if k == ws and k < we and _gerund(low_list[k], verb_set):  # (after "a"/"new" it modifies: "a learning rate")
        if low_list[k] in _USE_GERUNDS:
            return None  # "we propose using X": a tool, not a proposal
        k += 1  # "we propose incorporating class-specific noise"
    e = k
    while e < we and e - k < 4:
        t = text_list[e]
        if e + 1 < we and based_at(low_list, e) and e > k:
            e += 2
            continue
        if (not (WORDISH.match(t) and t.islower() or is_coined(t) and e == k) or low_list[e] in STOP_WORDS
                or low_list[e] in verb_set or low_list[e] in GENERIC_MODIFIERS and e > k):
            break
        if low_list[e] in GENERIC_HEADS or low_list[e] in DATASET_HEADS or PLURAL.match(low_list[e]):
            return None  # "a large-scale dataset comprising", "choices contribute"
        e += 1
    while e > k and low_list[e - 1].endswith(("ed", "ly")) and low_list[e - 1] not in ING_KEEP:
        e -= 1  # "a style diffusion transformer equipped with", "a broadly applicable"
    if e - k < 2 or e < we and low_list[e] not in _PHRASE_END and low_list[e] not in _LEAD_WORDS:
        return None
    if e + 1 < len(doc) and low_list[e] == "," and low_list[e + 1] in NAMING_WORDS:
        return None  # "a novel gait representation, named Parsing Skeleton": the name is the entity
    last = low_list[e - 1]
    if last in GENERIC_HEADS or s_form(last):
        return None
    if low_list[k] in GENERIC_MODIFIERS or low_list[k][:1].isdigit() or low_list[k].endswith("ly"):
        return None
    return k, e


def apposed_technique_phrase(doc: Doc, ws: int, we: int) -> tuple[int, int] | None:
    """The bare lower-case phrase that opens the window ``ws:we`` when the sentence describes it right after
    its comma as a technique: ", a lightweight method that ...", ", an approach that ...", ", which enforces ..."
    ("we propose cache steering, a lightweight method", "by introducing dynamic reward weighting, which adjusts",
    "we introduce intra-ViT early compression, which reduces"). Two to six words (one "of" inside: "test-time
    correction of reasoning"), or one hyphenated word; no determiner before it, no plural at its end; a described
    task, benchmark or measure ("..., a new task designed to ...") is no technique. None otherwise.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> nlp = load_nlp()
    >>> doc = nlp("T\\n\\nWe propose cache steering, a lightweight method for steering.")
    >>> span = apposed_technique_phrase(doc, 4, len(doc))
    >>> task = nlp("T\\n\\nWe introduce code repair generation, a new task for models.")
    >>> doc[span[0]:span[1]].text, apposed_technique_phrase(task, 4, len(task))
    ('cache steering', None)
    """
    low_list, text_list = lowers(doc), texts(doc)
    e = ws
    while e < we and e - ws < 6 and (low_list[e] == "of" and ws + 1 < e and "of" not in low_list[ws:e]
                                     or low_list[e] not in STOP_WORDS and _LOWER_LED_WORD.match(text_list[e])):
        e += 1
    if (e + 2 >= min(we, len(doc)) or low_list[e] != "," or low_list[ws] in GENERIC_MODIFIERS
            or low_list[e - 1] == "of" or s_form(low_list[e - 1])
            or e - ws < 2 and "-" not in text_list[ws] or low_list[e - 1] in GENERIC_HEADS):
        return None
    if low_list[e + 1] == "which":
        verb = e + 2 + (low_list[e + 2].endswith("ly") and e + 3 < len(doc))  # ", which adaptively adjusts"
        return (ws, e) if s_form(low_list[verb]) else None
    return (ws, e) if _technique_apposition(low_list, e + 1) else None


def _technique_apposition(low_list: list[str], k: int) -> bool:
    """The words from ``k`` are "a/an ... HEAD" with a technique head before the phrase ends ("a lightweight method
    that", "a self-supervised pretraining strategy,").

    >>> _technique_apposition("a lightweight method that".split(), 0), _technique_apposition("a new task .".split(), 0)
    (True, False)
    """
    if k >= len(low_list) or low_list[k] not in ("a", "an"):
        return False
    h = k + 1
    while h < len(low_list) and h - k < 8 and low_list[h] not in _PHRASE_END and low_list[h] not in _LEAD_WORDS:
        h += 1
    return h - 1 > k and low_list[h - 1] in _APPOSED_TECHNIQUE_HEADS


def named_a_technique(doc: Doc, start: int, end: int) -> bool:
    """The bare lower-case phrase ``start:end`` (a proposal verb's object) is followed by words that call it a
    technique: an apposition ("we propose cache steering, a lightweight method that ...";
    :func:`apposed_technique_phrase` without its ", which ..." reading: "we introduce capability calibration, which
    targets ..." may name a problem),
    "as a ... strategy" ("we introduce next-token prediction as a pretraining strategy"; not "as an auxiliary task")
    or ", allowing / enabling ..." (what it lets a model do).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> nlp = load_nlp()
    >>> doc = nlp("T\\n\\nWe propose cache steering, a lightweight method for steering.")
    >>> which = nlp("T\\n\\nWe introduce capability calibration, which targets accuracy.")
    >>> named_a_technique(doc, 4, 6), named_a_technique(which, 4, 6)
    (True, False)
    >>> as_way = nlp("T\\n\\nWe introduce rack prediction as a pretraining strategy.")
    >>> as_task = nlp("T\\n\\nWe introduce rack prediction as an auxiliary task.")
    >>> allowing = nlp("T\\n\\nWe introduce rack control, allowing small models to act.")
    >>> named_a_technique(as_way, 4, 6), named_a_technique(as_task, 4, 6), named_a_technique(allowing, 4, 6)
    (True, False, True)
    """
    low_list = lowers(doc)
    if end + 2 >= len(doc):
        return False
    if low_list[end] == "as":  # "we introduce X as a self-supervised pretraining strategy"
        return _technique_apposition(low_list, end + 1)
    if low_list[end] == "," and low_list[end + 1] in _ENABLING_PARTICIPLES:  # "we introduce X, allowing ..."
        return True
    return apposed_technique_phrase(doc, start, len(doc)) == (start, end) and low_list[end + 1] != "which"


_ENABLING_PARTICIPLES = frozenset("allowing enabling".split())


_LOWER_LED_WORD = re.compile(r"^[a-z][a-z0-9]*(?:-[A-Za-z0-9]+)*$")  # "steering", "test-time", "intra-ViT"
# what an apposition calls a technique: "cache steering, a lightweight method that"
_APPOSED_TECHNIQUE_HEADS = frozenset("method approach technique strategy paradigm mechanism scheme algorithm procedure "
                                     "regularizer regularization objective loss layer module intervention".split())


# heads that only say what kind of thing the name is: "a perturbation-based importance sampling | strategy"
_KIND_HEADS = frozenset("framework method approach algorithm paradigm technique strategy mechanism scheme".split())


def modified_phrase(doc: Doc, cands: list, ws: int, we: int) -> tuple[int, int] | None:
    """The own name opening the window ``ws:we`` with an "X-based/-guided/-aware" modifier and one to three words
    after it, without a kind head, when a name's letters or a known name compete for its words: "a beam-search-driven
    GRPO algorithm that" -> "beam-search-driven GRPO", "a perturbation-based importance sampling strategy", "LoRA-based
    pose control for" (where the known name alone would win the span). None when no word follows the modifier, the
    name is a generic head alone, a plural or a task, or the phrase does not end at a clause boundary.

    Examples
    --------
    >>> from kg.extract.components.candidates import cands_of
    >>> from kg.extract.pipeline import load_nlp
    >>> nlp = load_nlp()
    >>> doc = nlp("T\\n\\nWe propose a beam-search-driven GRPO algorithm that learns.")
    >>> span = modified_phrase(doc, cands_of(doc), 4, len(doc))
    >>> plain = nlp("T\\n\\nWe propose a graph-based fusion module that learns.")  # lower case, no known name
    >>> doc[span[0]:span[1]].text, modified_phrase(plain, cands_of(plain), 4, len(plain))
    ('beam-search-driven GRPO', None)
    """
    low_list, text_list = lowers(doc), texts(doc)
    k = ws
    while k < we and low_list[k] in PHRASE_SKIP:
        k += 1
    first = past_modifier(low_list, text_list, k, we) if k < we else None
    if first is None:
        return None
    e, verb_set = first, verbs()
    while (e < we and e - first < 3 and (WORDISH.match(text_list[e]) and text_list[e].islower()
                                         or ACRO.match(text_list[e]))
           and low_list[e] not in STOP_WORDS and low_list[e] not in _KIND_HEADS
           and not _third_person(low_list[e], verb_set) and not low_list[e].endswith(("ed", "ly"))):
        e += 1
    end = e + (e < we and low_list[e] in _KIND_HEADS)
    if e == first or end < we and (low_list[end] not in _PHRASE_END and low_list[end] not in _LEAD_WORDS
                                           or low_list[end] == "("):
        return None  # "a clinical-oriented lesion detection (Foo) paradigm": the bracketed acronym names it
    if end + 1 < len(doc) and low_list[end] == "," and low_list[end + 1] in NAMING_WORDS:
        return None  # "a prediction-based mapping network, named Foo": the name is the entity
    known = [c for c in cands if c.rule == "gazetteer" and c.label == "METHOD" and k <= c.start and c.end <= e]
    if text_list[k].islower() and not known:
        return None  # a plain description: "a graph-based fusion module" (left to the head-noun rules)
    last = low_list[e - 1]
    if (last in _NOT_PART_HEADS or last in DATASET_HEADS or PLURAL.match(last)
            or last in GENERIC_HEADS and e - first < 2):
        return None  # "a graph-based model", "an LLM-based strategy"; not "a mask-guided inference strategy"
    if end > e and not (ACRO.match(text_list[e - 1]) and any(c.end == e for c in known)) and (
            last in TASK_HEADS and last not in METHOD_HEADS or last in COMPONENT_GENERIC and e - first < 2
            or not technique_head(last)):
        return None  # a framework for a task or setting: "an identity-aware motion generation framework"
    return k, e


# split-off suffixes that join two capitalised runs into one name: "Wavelet-based Regularization Loss",
# "Lateral Inhibition-inspired Spiking Transformer"
JOINING_SUFFIXES = frozenset("based inspired derived".split())


def named_before(text_list: list[str], sent_starts: set[int], k: int) -> bool:
    """A capitalised word, not a sentence opener, stands right before token ``k``: "Foo" in "the Foo dataset".

    Examples
    --------
    >>> words = "on the Foo dataset . Bar dataset".split()
    >>> named_before(words, {5}, 3), named_before(words, {5}, 6)  # "Bar" opens a sentence
    (True, False)
    """
    return k > 0 and text_list[k - 1][:1].isupper() and k - 1 not in sent_starts


PHRASE_SKIP = frozenset("a an the novel new simple".split())
_PHRASE_END = frozenset("for to that which over in on with , . ; : ( as by via and from".split())
_LEAD_WORDS = frozenset("equipped based tailored designed trained built".split())
PLURAL = re.compile(r"^[a-z\-]{3,}[^su]s$")
COMPONENT_HEADS = frozenset("strategy strategies scheme schemes constraint constraints operation operations "
                            "component components".split())
# "cross-attention layers", "a knowledge distillation strategy"; not "a sigmoid loss"
PART_WRAPPERS = ALIAS_WRAPPER_HEADS - {"loss", "losses"} | COMPONENT_HEADS
COMPONENT_GENERIC = frozenset("training learning sampling search optimization design this".split())
CAP_CONTEXT = 1
CAP_TOKEN = WordPattern(r"^[A-Z][a-z][A-Za-z]*(?:-[A-Za-z][A-Za-z0-9]*)*$")


_BENCH_HEADS = frozenset(("bench", "arena"))  # a Title Case name ending in these is a benchmark
_ORG_WORDS = frozenset("""
university universities institute consortium agency society council hospital foundation department ministry
laboratory administration organization organisation center centre college school company
""".split())
_NAME_HEAD = re.compile(r"(?:tion|sion|ment|ing|er|or|ence|ance|ure|sis|ness)s?$")
# organisations and venues are not techniques ("World Health Organization", "Findings Conference")
_NOT_NAME_HEADS = frozenset("correlation scale jaccard system systems imaging thinking organization organisation "
                            "institute university agency society council conference communications "
                            "communication journal".split()) | METRIC_HEADS
# behaviours and phenomena a model shows, not techniques ("Alignment Faking", "Power Seeking", an "Aha Moment")
_PHENOMENON_HEADS = frozenset("faking seeking hacking scheming sandbagging deception misalignment overthinking "
                              "underthinking moment unification convergence non-convergence disorder forgetting "
                              "hallucination hallucinations memorization memorisation overfitting underfitting "
                              "oversmoothing over-smoothing oversquashing over-squashing grokking "
                              "misgeneralization".split())


def named_before_purpose(low_list: list[str], e: int) -> bool:
    """The run before "for"/"with" at ``e`` already ends in a design word ("Strategy Planner for Motivational
    Interviewing", "a Tabular Model with ..."): what follows is its purpose or input, not part of the name.

    >>> named_before_purpose(["strategy", "planner", "for"], 2), named_before_purpose(["mixture", "of"], 1)
    (True, False)
    """
    if low_list[e] == "of":
        return False
    w = low_list[e - 1]
    return w in METHOD_HEADS or singular(w) in GENERIC_HEADS or bool(AGENT_NOUN.search(w))


def cap_ok(doc: Doc, start: int, end: int) -> bool:
    """A capitalised run is a name when its head word names a technique ("... Parser", "... Alignment")
    or a dataset word follows it; places, languages, metrics and behaviours ("Alignment Faking") are left out.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> nlp = load_nlp()
    >>> technique = nlp("T\\n\\nWe use the Graph Motion Parser here.")
    >>> task = nlp("T\\n\\nWe study Video Relation Detection here.")
    >>> cap_ok(technique, 5, 8), cap_ok(task, 4, 7), cap_ok(nlp("T\\n\\nWe visit New York City here."), 4, 7)
    (True, False, False)
    """
    low_list = lowers(doc)
    last = low_list[end - 1]
    if last in _NOT_NAME_HEADS or last in _PHENOMENON_HEADS:
        return False
    k = end
    while k < min(len(doc), end + 4) and (low_list[k] in ("and", ",") or CAP_TOKEN.match(texts(doc)[k])
                                          or is_coined(texts(doc)[k])):
        k += 1
    if k < len(doc) and low_list[k] in DATASET_HEADS or last in _BENCH_HEADS:
        return True  # "... on the Foo Bar dataset", "Terminal Bench", "Long Range Arena"
    if (start > 2 and low_list[start - 1] == "the" and low_list[start - 2] == "from"
            and low_list[start - 3] in SOURCED_RECORDS and not _ORG_WORDS.intersection(low_list[start:end])):
        return True  # where records come from: "data from the Shire Cohort Study" (not "from the University of X")
    if CAP_CONTEXT == 0:
        return True
    if last in TASK_HEADS and last not in METHOD_HEADS:
        # "Video Relation Detection" is a task; "a Fine-grained Alignment" names an instance, and so does a
        # compound-led "... Learning"/"... Modeling" ("Focus-aimed Contrastive Learning")
        return start > 0 and low_list[start - 1] in ("a", "an") or (
            last in ("learning", "modeling", "modelling") and "-" in texts(doc)[start].strip("-"))
    return (last in METHOD_HEADS or singular(last) in METHOD_HEADS or bool(_NAME_HEAD.search(last))
            or singular(last) in _CAP_PART_HEADS or described_own_run(doc, start, end))


# what opens a description of the name just given: "a Tool Ocean that ...", "(1) Foo Reward, which ..."
_DESCRIPTION_OPENERS = frozenset(("which", "that"))


def described_own_run(doc: Doc, start: int, end: int) -> bool:
    """The Title Case run ``start:end`` is one the authors introduce, whatever its head word: an article (or an
    enumeration's bracket) opens it, past lower-case modifiers, and a description follows ("a dynamic Tool Ocean that
    expands ...", "(1) Cognitive Focus Reward, which enforces ..."); not a description apposed to a name before it
    ("Viper-F1, a Hybrid State-Space Model that ..."), a state a clause with "where" tells of ("a profound
    Temporal Asymmetry, where ...") or a run a coined name ends ("Fisher-weighted Initialization for DoRA").

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nIt has a dynamic Tool Ocean that grows. Foo, a Tool Ocean that grows.")
    >>> described_own_run(doc, 6, 8), described_own_run(doc, 14, 16)
    (True, False)
    """
    low_list, text_list = lowers(doc), texts(doc)
    if end + 1 >= len(doc) or is_coined(text_list[end - 1]):
        return False  # "(2) Fisher-weighted Initialization for DoRA, which": a known name ends the run
    k = start - 1
    while k > 0 and text_list[k].isalpha() and text_list[k].islower() and low_list[k] not in STOP_WORDS:
        k -= 1  # "a dynamic Tool Ocean"
    if not (k > 0 and (low_list[k] in ("a", "an") and low_list[k - 1] != "," or low_list[k] == ")")):
        return False
    if low_list[end] == ",":
        return low_list[end + 1] in _DESCRIPTION_OPENERS or low_list[end + 1] in ("a", "an")
    return low_list[end] in _DESCRIPTION_OPENERS


# design words that end a Title Case part name: "Expansion-Corrosion Strategy", "Source Attribution Protocol"
_CAP_PART_HEADS = frozenset("strategy protocol engine loop mask map warmup scheme paradigm curriculum tree graph pool "
                             "pipeline prior prompt".split())
_HEADED = DATASET_HEADS | frozenset("model models framework suite family series toolkit library".split())


def describes_a_name(doc: Doc, k: int, e: int, we: int) -> bool:
    """Tokens ``k:e`` open a description that a naming word follows ("a novel Vision-Language-Camera model,
    termed CT-1", "a VLM-driven LReID approach named VLADR"), or are a lone "-driven"/"-augmented" compound
    before lower-case words ("a Physics-Augmented video data construction Pipeline"): not the name.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("a Vision model , termed XB , and a Dynamic Rank model named DR .")
    >>> describes_a_name(doc, 1, 2, 8), describes_a_name(doc, 9, 11, 15)
    (True, False)
    """
    low, txt = lowers(doc), texts(doc)
    j = e
    while j < min(we, e + 3) and low[j] not in NAMING_WORDS and (txt[j].islower() or low[j] == ","):
        j += 1
    if j + 1 < we and low[j] in NAMING_WORDS:
        # unless the name abbreviates it: "a Dynamic Rank LoRA framework named DR-LoRA"
        initials = "".join(p[:1] for w in txt[k:e] for p in w.split("-") if p).upper()
        return "".join(ch for ch in txt[j + 1] if ch.isupper())[:2] != initials[:2]
    return e - k == 1 and bool(ADJ_COMPOUND.match(txt[k])) and e < we and txt[e].islower() and txt[e].isalpha()


_PLAIN_WORDS = re.compile(r"^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*$")


def opens_lower_case_name(doc: Doc, k: int, e: int) -> bool:
    """A lone capitalised plain word that lower-case words continue ("called Random windowing", "we introduce
    Physics-Inspired diffusion for ...") opens a longer name, not the name itself; a head noun after it
    ("the Foo benchmark", "the Bar evaluation metric") leaves the name alone.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("called Random windowing , the Lumos benchmark")
    >>> opens_lower_case_name(doc, 1, 2), opens_lower_case_name(doc, 5, 6)
    (True, False)
    """
    if e - k != 1 or e >= len(doc) or not _PLAIN_WORDS.match(texts(doc)[k]):
        return False
    nxt, low = texts(doc)[e], lowers(doc)
    if nxt in ("yet", "the") and e + 1 < len(doc) and texts(doc)[e + 1][:1].isupper():
        return True  # "Cooperative yet Critical reward modeling", "Boiling the Frog"
    return (nxt.isalpha() and nxt.islower() and nxt not in STOP_WORDS and not any(
        low[j] in _HEAD_NOUNS for j in range(e, min(len(doc), e + 2))))


_HEAD_NOUNS = METHOD_HEADS | DATASET_HEADS | METRIC_HEADS | frozenset("""
framework approach method model system paradigm pipeline benchmark dataset architecture technique strategy prompt
prompting mechanism
""".split())


def past_modifiers(doc: Doc, k: int, we: int) -> int:
    """Skip descriptive words before a name that a head noun follows: "the SOTA open-data Ettin suite",
    "a large-scale Foo dataset" -> the index of "Ettin"/"Foo" (else ``k`` unchanged).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> nlp = load_nlp()
    >>> past_modifiers(nlp("T\\n\\nWe release the open-data Foo suite."), 5, 9)  # -> "Foo"
    6
    >>> past_modifiers(nlp("T\\n\\nWe release the open-data Foo for all."), 5, 10)  # no head noun after "Foo"
    5
    """
    low, txt = lowers(doc), texts(doc)
    j = k
    while j < min(we, k + 4) and (txt[j] in acronym_stop() or WORDISH.match(txt[j]) and txt[j].islower()
                                   and low[j] not in STOP_WORDS and low[j] not in verbs()):
        j += 1
    if (j == k or j >= we or not (txt[j][:1].isupper() or is_coined(txt[j])) or txt[j] in acronym_stop()
            or ADJ_COMPOUND.match(txt[j])):
        return k
    e = j + 1
    while e < we and (txt[e][:1].isupper() or is_coined(txt[e])):
        e += 1
    return j if e < len(doc) and low[e] in _HEADED else k


# what opens a list of the paper's own parts right before its first item: "three key mechanisms: (1)", "Our
# design incorporates (i)"; a sentence that studies, explores or validates lists something else
_OWN_LIST_CUES = frozenset("""
incorporates comprises consists features integrates introduces components modules innovations mechanisms techniques
contributions designs employs uses applies
""".split())
_STUDY_CUES = frozenset("""
explore explores study studies analyze analyzes analyse investigate investigates evaluate evaluates validate compare
compares examine examines challenges limitations issues problems questions findings suffer suffers fail fails lack
""".split())
# generic heads that still end a part's name: "a self-rewarding mechanism", "a hybrid loss function"
_NOT_PART_HEADS = GENERIC_HEADS - frozenset("strategy scheme mechanism module loss objective network algorithm"
                                            .split())
_TECHNIQUE_SUFFIX = re.compile(r"(?:ing|tion|sion|ment|ery|er|or|ance)s?$")


def own_list_opener(doc: Doc, m: int) -> bool:
    """The sentence before the first item marker at ``m`` opens a list of the paper's own parts.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> nlp = load_nlp()
    >>> own = nlp("T\\n\\nWe propose FooNet with three key innovations: (1) adaptive scheduling, (2) a sparse loss.")
    >>> other = nlp("T\\n\\nPrior studies have three drawbacks: (1) slow training, (2) high cost.")
    >>> own_list_opener(own, 10), own_list_opener(other, 8)
    (True, False)
    """
    s0, _ = sentence_of(doc, m)
    low = lowers(doc)
    # the clause that opens the list ("To address these challenges, we propose X with three key innovations:");
    # "a dataset and benchmark ..., which features (i)" lists the data's traits
    c0 = next((k for k in range(m - 1, s0, -1) if low[k] in (",", ";")), s0)
    return (bool(set(low[max(s0, m - 6):m]) & _OWN_LIST_CUES) and not set(low[c0:m]) & _STUDY_CUES
            and not set(low[s0:m]) & DATASET_HEADS)


def enum_phrase_end(low: list[str], text: list[str], k: int, verb_set) -> int:
    """The end of the noun phrase of up to five words opening an enumerated item at ``k``: it stops at a stop word,
    a verb, an adverb or a clause-opening participle ("(1) adaptive epoch scheduling, ...").

    Examples
    --------
    >>> from kg.extract.components.lexicon import verbs
    >>> words = "(1) adaptive epoch scheduling improves speed".split()
    >>> words[1:enum_phrase_end(words, words, 1, verbs())]
    ['adaptive', 'epoch', 'scheduling']
    """
    e, n = k, len(low)
    while e < n and e - k < 5:
        if low[e] == "-" and e > k and e + 1 < n and low[e + 1] in JOINING_SUFFIXES:
            e += 2  # "(iii) physics-inspired losses" (the tokenizer splits "-inspired")
            continue
        if (not WORDISH.match(text[e]) or low[e] in STOP_WORDS or low[e] in verb_set or _third_person(low[e], verb_set)
                or low[e].endswith("ly") or _participle_after_head(low, k, e)):
            break
        e += 1
    return e


def _participle_after_head(low: list[str], k: int, e: int) -> bool:
    """An -ing word after a head noun opens a clause: "feature extraction | eliminating ...", "a large
    benchmark | comprising ..." (but "adaptive epoch scheduling")."""
    return (e > k and low[e].endswith("ing") and low[e] not in ING_KEEP
            and (technique_head(low[e - 1]) or low[e - 1] in GENERIC_HEADS))


def verb_lead(text: str) -> bool:
    """A verb form opening an item ("employing OCR models", "Designing a ..."), not a modifier ("masked", "Mixed
    Sampling Strategy").

    Examples
    --------
    >>> verb_lead("employing"), verb_lead("Designing"), verb_lead("masked"), verb_lead("Mixed")
    (True, True, False, False)
    """
    word = text.lower()
    return (bool(LEAD_DROP.match(word)) and word not in ING_KEEP and "-" not in word and not word.endswith("ly")
            and (text.islower() or word.endswith("ing")))


def _third_person(word: str, verb_set) -> bool:
    """A present-tense verb ending a subject phrase: "refinement revises", "a module aligns"."""
    return len(word) > 3 and word.endswith("s") and (word[:-1] in verb_set or word[:-2] in verb_set)


def technique_head(word: str) -> bool:
    """``word`` can end the name of a technique or part: "injection", "routing", "refiner", "module".

    Examples
    --------
    >>> [technique_head(w) for w in ("injection", "routing", "refiners", "module", "dataset", "city")]
    [True, True, True, True, False, False]
    """
    w = singular(word)
    return (w in METHOD_HEADS or w in COMPONENT_HEADS or bool(_TECHNIQUE_SUFFIX.search(w))) and w not in _NOT_PART_HEADS


# words after a role noun (or a list of them) that it modifies: "a Teacher graph", "Retriever and Reflector agents"
_ROLE_MODIFIED = METHOD_HEADS | DATASET_HEADS | _CAP_PART_HEADS | frozenset(
    "agent agents model models role roles collaboration".split())
_NAME_JOINS = frozenset("- / +".split())  # "Critic/Revision modules", "Planner-Coder"


def in_capitalised_run(doc: Doc, cap_set: set[int], i: int) -> bool:
    """Token ``i`` belongs to a longer name ("VLM-Motion Critic", "Critic/Revision") or modifies the word after it,
    alone or listed ("Worker agents", "Retriever, Reflector and Writer agents"); a sentence's capitalised opener
    before it is no name ("The Solver ...").

    Examples
    --------
    >>> from kg.extract.components.word_flags import cap_tokens
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe add a Solver and a Teacher graph. The Resolver writes. A Critic Network helps.")
    >>> caps = set(cap_tokens(doc))
    >>> [doc[i].text for i in sorted(caps) if not in_capitalised_run(doc, caps, i)]
    ['We', 'Solver', 'Resolver']
    """
    text_list, low_list = texts(doc), lowers(doc)
    sent_starts = sentence_starts(doc)
    before = i - 1
    if before >= 0 and (text_list[before] in _NAME_JOINS or text_list[before][:1].isupper()
                        and not (before in sent_starts and low_list[before] in STOP_WORDS)):
        return True
    k = i + 1
    while k < len(doc) and (low_list[k] in LIST_JOINS or k in cap_set and k not in sent_starts):
        k += 1
    if k < len(doc) and low_list[k] in _ROLE_MODIFIED:
        return True
    after = i + 1
    return after < len(doc) and (after in cap_set or text_list[after] in _NAME_JOINS)
