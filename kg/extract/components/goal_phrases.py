"""Task-goal phrases: task leads, goal spans, "X-to-Y" pairs, gerund leads, agent kinds."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.components.candidates import Cand, lowers, texts
from kg.extract.components.context import DESIGN_NOUNS, based_at
from kg.extract.components.lexicon import (GENERIC_MODIFIERS, METHOD_HEADS, MODEL_CLASS_ACRONYMS, PREPOSITIONS,
                                           TASK_HEADS, gazetteer_keys, stop_keys, verbs)
from kg.extract.normalize import entity_key, s_form, singular
from kg.extract.components.name_shapes import HAS_ALNUM, WORDISH, WordPattern, is_coined

__all__ = ["SIZE_LEAD", "TASK_LEAD_STRIP", "lead_quality", "is_stripped_lead", "task_lead_start", "LEAD_DROP",
           "ING_KEEP", "technique_basis", "modality_pair", "verb_after_subject", "design_clause", "GENERIC_HEADS",
           "NOMINAL", "agent_kind", "goal_word", "past_aspect", "goal_end", "add_goal", "goal_span", "purpose_goal",
           "plural_word", "gerund_lead", "opening_cue", "training_verb"]

# the scale or the number of stages of a technique's use, not a kind of it
SIZE_LEAD = re.compile(r"^(?:large|small|web|internet|full|billion|million|industrial)-scale$|"
                       r"^(?:two|three|multi|single|one)-(?:stage|round)$")
_TO_COMPOUND = re.compile(r"^([a-z0-9]+)(?:-[a-z0-9]+)*-to-([a-z0-9]+)(?:-[a-z0-9]+)*$")
# sides of an "X-to-Y" that are degrees, positions or idioms, not modalities: "low-to-high", "head-to-head"
_NOT_TO_PAIR = frozenset("""
end coarse fine one many up date hard easy difficult ready peer back day step low high simple complex local global
dense sparse unknown known small medium large early mid late any head wall frame short long signal noise
""".split())
# an adjective or plural on the target side is a shift between properties or things, not a modality pair:
# "structural-to-functional", "path-to-counterfactuals"
_NOT_TO_TARGET = re.compile(r"(?:ural|onal|[^s]s)$")
# evaluative or method-describing words that lead a task phrase without being part of the task
TASK_LEAD_STRIP = re.compile(r"^(?:[a-z]+-(?:free|aware|driven)|baseline|lossless|controllable|adaptive|"
                             r"generali[sz]able|consistent|universal|extreme|valid|precise|high-quality|"
                             r"high-fidelity|comprehensive|holistic|systematic|seamless)$")
# qualities of a solution, of where it runs or comes from ("open-source") or its level ("basic"), not of the
# problem: "real-time beach litter detection" -> "beach litter detection", "on-device egomotion video reasoning"; they
# stay when nothing else modifies the head ("explainable diagnosis")
_TASK_LEAD_QUALITY = frozenset("""
real-time explainable interpretable effective proactive end-to-end step-by-step boosting safer complex accurate robust
efficient high-precision low-latency on-device feed-forward fast reliable trustworthy practical stateful
open-source traceable basic
""".split())  # (and a stage count or scale: SIZE_LEAD, "two-stage", "large-scale")


def lead_quality(word: str) -> bool:
    """A quality of a solution (``_TASK_LEAD_QUALITY``) or its scale or stage count (``SIZE_LEAD``).

    Examples
    --------
    >>> lead_quality("real-time"), lead_quality("large-scale"), lead_quality("protein")
    (True, True, False)
    """
    return word in _TASK_LEAD_QUALITY or bool(SIZE_LEAD.match(word))


def is_stripped_lead(word: str) -> bool:
    """A lower-case word the task rules strip from the front of a task phrase ("lossless", "real-time",
    "two-stage").

    >>> [is_stripped_lead(w) for w in ("lossless", "real-time", "two-stage", "multi-stage", "lesion")]
    [True, True, True, True, False]
    """
    return bool(TASK_LEAD_STRIP.match(word)) or lead_quality(word)


# stripped leads that name a kind of the task, not how well it is done ("end-to-end autonomous driving",
# "audio-driven talking face generation"; unlike "efficient", "robust", "high-quality")
_KIND_LEAD = re.compile(r"^[a-z]+-(?:free|aware|driven)$|^(?:end-to-end|controllable|universal|holistic|interpretable|"
                        r"explainable|extreme|lossless|proactive|real-time|feed-forward|on-device|"
                        r"step-by-step|generali[sz]able)$")


# hyphenated settings a task phrase may be written with: "fine-grained", "zero-shot", "real-world", "multi-hop",
# "AI-generated"
_SETTING_COMPOUND = re.compile(r"^(?:[a-z0-9]+-)+(?:grained|shot|world|hop|view|generated|modal|domain|lingual|"
                               r"vocabulary|set|turn|label|source)$")


def task_lead_start(low: list[str], txt: list[str], s: int) -> int:
    """Where the task phrase at token ``s`` starts with the kind leads and settings written before it that the task
    rules leave out: up to two words ("end-to-end", "audio-driven", "fine-grained") and an "X-based" basis
    ("content-based image retrieval"), unless the basis is the cut-off head of a technique's name: "learning-based
    motion correction" is not written in "a deep learning-based motion correction pipeline".

    >>> words = "we do content - based end-to-end image retrieval".split()
    >>> task_lead_start(words, words, 6), task_lead_start("we do efficient image retrieval".split(), [], 3)
    (2, 3)
    >>> words = "a deep learning - based image retrieval".split()
    >>> task_lead_start(words, words, 5)
    5
    """
    k = s
    while k > 0 and s - k < 2 and (_KIND_LEAD.match(low[k - 1])
                                   or _SETTING_COMPOUND.match(low[k - 1])):
        k -= 1
    if k >= 3 and based_at(low, k - 2) and WORDISH.match(txt[k - 3]) and not _cut_basis(low, k - 3):
        k -= 3
    return k


def _cut_basis(low: list[str], i: int) -> bool:
    """The basis word ``i`` of an "X-based" modifier ends a known two-word name written with the word before it
    ("deep learning-based", "diffusion model-based", "Vision Transformer-based"), so the basis alone is a cut.

    >>> words = "a deep learning - based".split()
    >>> _cut_basis(words, 2), _cut_basis(words, 1), _cut_basis("existing diffusion".split(), 1)
    (True, False, False)
    """
    return i > 0 and bool(WORDISH.match(low[i - 1])) and entity_key(f"{low[i - 1]} {low[i]}") in _known_pair_keys()


@lru_cache(maxsize=1)
def _known_pair_keys() -> frozenset[str]:
    """Keys of the known method names and of the listed non-entities ("deep learning", "language model")."""
    return gazetteer_keys("METHOD") | stop_keys()


# bases of an "X-based" modifier that name how a task is done: "learning-based", "model-based", "diffusion-based"
_TOOL_BASES = frozenset("learning model models diffusion".split())


def technique_basis(word: str) -> bool:
    """The lower-case basis of an "X-based" modifier names a technique: a known method, a method head or a model
    class ("DETR", "transformer", "LLMs", "learning"), not what the task works on ("content", "skeleton").

    >>> [technique_basis(w) for w in ("detr", "llms", "learning", "attention", "content", "skeleton")]
    [True, True, True, True, False, False]
    """
    return (word in _TOOL_BASES or word in METHOD_HEADS or word.upper().rstrip("S") in MODEL_CLASS_ACRONYMS
            or word in gazetteer_keys("METHOD"))


LEAD_DROP = WordPattern(r".*(?:ing|ed|ly|es)$")
# words with those endings a phrase keeps at its start ("weakly" names a supervision setting: "weakly supervised ...")
ING_KEEP = frozenset("""
learning embedding pooling boosting matching sampling ranking routing scaling sharing gating tracking mixing
modeling modelling encoding decoding hashing clustering training attention-based based supervised unsupervised
referring reading streaming lighting sensing
self-supervised semi-supervised gated masked stacked nested shared tied layered weighted randomized
normalized regularized residual weakly
""".split())


def modality_pair(word: str) -> bool:
    """A lower-case "X-to-Y" pair of modalities or forms, a conversion task ("text-to-sql", "image-to-video"), not a
    degree, a position or an idiom ("low-to-high", "end-to-end") nor a shift between properties or to a verb
    ("structural-to-functional", "learning-to-rank").

    >>> modality_pair("image-to-text"), modality_pair("end-to-end"), modality_pair("structural-to-functional")
    (True, False, False)
    """
    m = _TO_COMPOUND.match(word)
    return bool(m and m.group(1) not in _NOT_TO_PAIR and m.group(2) not in _NOT_TO_PAIR and not m.group(1).isdigit()
                and not _NOT_TO_TARGET.search(m.group(2)) and m.group(2) not in verbs())


def verb_after_subject(low_list: list[str], text_list: list[str], j: int) -> bool:
    """Token ``j`` is a lower-case word right after a subject pronoun or a modal (``_VERB_SUBJECTS``): a verb the
    mined verb list may lack ("we formulate failure analysis as ...", "noise can impair perceptual grounding"),
    not the first modifier of the phrase after it. A capitalised word is a name ("Can LLM hallucinations ..."), and
    "it" after a verb is that verb's object ("we call it scene parsing").

    >>> words = "we formulate failure analysis ; can LLM hallucinations ; call it scene parsing".split()
    >>> [verb_after_subject(words, words, j) for j in (1, 2, 6, 10)]
    [True, False, False, False]
    """
    if j < 1 or low_list[j - 1] not in _VERB_SUBJECTS:
        return False
    if low_list[j - 1] == "it" and j > 1 and low_list[j - 2].isalpha() and low_list[j - 2] not in _BEFORE_IT_VERB:
        return False
    return text_list[j].isalpha() and text_list[j].islower()


def design_clause(low_list: list[str], k: int) -> bool:
    """Token ``k`` is a verb's -ing form right after a design noun ("a pipeline combining image editing", "an
    evaluation system incorporating hallucination detection"): it opens a clause saying what the design does, so
    no head-noun phrase runs back over it.

    >>> words = "a pipeline combining image editing and autonomous driving scene reconstruction".split()
    >>> design_clause(words, 2), design_clause(words, 7)
    (True, False)
    """
    return k > 0 and low_list[k - 1] in DESIGN_NOUNS and gerund_lead(low_list[k])


GENERIC_HEADS = frozenset("""
framework method approach model models system pipeline architecture technique paradigm strategy scheme task
benchmark dataset corpus setting problem metric formulation perspective solution analysis study way tool toolkit
family suite mechanism algorithm network module loss objective procedure recipe design baseline variant version
step setup stage process term concept
""".split())
_ACRONYM_HEAD = re.compile(r"^[A-Z]{2,4}$")  # "QA", "OCR", "VQA" naming a task kind
# acronyms of model classes and fields, no task: "audio LM", "clinical NLP"
_MODEL_FIELD_ACRONYMS = frozenset("ai ml dl lm lms llm llms mllm mllms vlm vlms lmm lmms nlp cv rl".split())
NOMINAL = re.compile(r"(?:tion|sion|ment|ing|ity|ance|ence|ness|sis|ure|ship|ism|ics)s?$")


_NOT_AGENT_KINDS = frozenset("ai llm llms mllm mllms vlm vlms language model models".split())


def agent_kind(low: str, text: str) -> bool:
    """``low`` (written ``text``) can say which kind of agent a title names: "GUI", "mobile", "computer-use"; not a
    name, a verb or adjective ("Building", "Autonomous") nor a task ("Video Restoration Agent" is a method).

    >>> agent_kind("gui", "GUI"), agent_kind("llm", "LLM"), agent_kind("unified", "Unified")
    (True, False, False)
    >>> agent_kind("building", "Building"), agent_kind("restoration", "Restoration")
    (False, False)
    """
    return ((text.isalpha() and text.isupper() or bool(WORDISH.match(text)) and not is_coined(text))
            and low not in STOP_WORDS
            and low not in GENERIC_MODIFIERS and low not in _NOT_AGENT_KINDS and low not in TASK_HEADS
            and not is_stripped_lead(low) and not low.endswith(("ed", "ing", "al", "ic", "ive", "ous", "based")))


def goal_word(low: str, text: str) -> bool:
    """A title or abstract word that can be part of a goal phrase: no stop word, some letter or digit (or a
    lone hyphen).

    Examples
    --------
    >>> goal_word("retrieval", "Retrieval"), goal_word("-", "-"), goal_word("the", "the"), goal_word(":", ":")
    (True, True, False, False)
    """
    # (a word of letters or digits only, the common case, is tested without the pattern)
    return low not in STOP_WORDS and (text.isalnum() or bool(HAS_ALNUM.search(text)) or text == "-")


def past_aspect(low: list[str], start: int, end: int) -> int:
    """Where the task of a title's "for X" phrase ``start..end`` starts: past its last "in"/"on" (and an article),
    as what follows names the task an aspect is studied in ("for Spectral Variability in Tropical Species
    Classification").

    >>> past_aspect("for racial bias in the skin lesion diagnosis".split(), 1, 8), past_aspect(["x"], 0, 1)
    (5, 0)
    """
    for p in range(end - 2, start, -1):  # (a loop: see context.any_rule)
        if low[p] in ("in", "on"):
            return p + 1 + (low[p + 1] in ("the", "a", "an"))
    return start


def goal_end(low: list[str], text: list[str], start: int, end: int) -> int:
    """The end of the goal words from ``start`` (at most six, up to ``end``): where a stop word or a mark stops them.

    Examples
    --------
    >>> words = "we study protein structure prediction , then go".split()
    >>> goal_end(words, words, 2, len(words)), goal_end(words, words, 0, len(words))
    (5, 0)
    """
    e = start
    while e < end and e - start < 6 and goal_word(low[e], text[e]):
        e += 1
    return e


def add_goal(doc: Doc, cands: list, s: int, e: int, min_words: int = 1, rule: str = "title_goal") -> None:
    """Trim a goal phrase to its core and add it as a ``rule`` task (``title_goal`` unless told) when it
    looks like one.

    Examples
    --------
    >>> from kg.extract.components.candidates import Cand
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Improving Protein Structure Prediction\\n\\nText.")
    >>> cands = []
    >>> add_goal(doc, cands, 0, 4)
    >>> [(doc[c.start:c.end].text, c.label, c.rule) for c in cands]
    [('Protein Structure Prediction', 'TASK', 'title_goal')]
    >>> named = [Cand(1, 2, "NAME", "capitalised", "", 0.6)]  # a name inside: not added
    >>> add_goal(doc, named, 0, 4)
    >>> len(named)
    1
    """
    span = goal_span(doc, s, e, min_words)
    if span is None:
        return
    s, e = span
    for c in cands:  # (a loop: see context.any_rule)
        if (c.start < e and s < c.end and (c.label != "METHOD" or c.start < s or c.end > e)
                and not (rule != "title_goal" and c.rule == "head_task")):
            return  # already a candidate (a name, a headed task); a method word inside is fine: "2-bit Quantization"
    cands.append(Cand(s, e, "TASK", rule, "", 0.7))


def goal_span(doc: Doc, s: int, e: int, min_words: int = 1,
              acronym_head: bool = False) -> tuple[int, int] | None:
    """The tokens ``s..e`` trimmed to the core of a goal phrase (no leading generic modifier or verb, no trailing
    generic head after an activity noun), when that core looks like a task: 1-5 words (at least ``min_words``), no
    coined name, ending in an activity noun or task head that is no generic or method-only head (or, with
    ``acronym_head``, in a short upper-case acronym with a modifier: "multi-hop QA" before "tasks"); else None.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Improving Protein Structure Prediction\\n\\nText.")
    >>> goal_span(doc, 0, 4), goal_span(doc, 0, 2)
    ((1, 4), None)
    """
    low, txt = lowers(doc), texts(doc)
    verb_set = verbs()
    while s < e and (low[s] in GENERIC_MODIFIERS or low[s] in verb_set or low[s] == "-"
                     or LEAD_DROP.match(low[s]) and low[s] not in ING_KEEP and e - s > 1):
        s += 1
    while e > s + 1 and (low[e - 1] in GENERIC_HEADS or singular(low[e - 1]) in GENERIC_HEADS) and (
            NOMINAL.search(low[e - 2]) or low[e - 2] in TASK_HEADS) and not _model_class(low[e - 2], low[e - 1]):
        e -= 1  # "a Robust Convolutional Filter Pruning Method" -> "Convolutional Filter Pruning"
    while e > s and low[e - 1] == "-":
        e -= 1
    if e - s > 1 and training_verb(low, s, e):
        s += 1  # "for training depth completion networks" -> "depth completion"
    if e - s < max(min_words, 1) or e - s > 5:
        return None
    last = low[e - 1]
    if (acronym_head and e - s > 1 and _ACRONYM_HEAD.match(txt[e - 1]) and last not in _MODEL_FIELD_ACRONYMS
            and not any(is_coined(t) or t.isdigit() for t in txt[s:e - 1])):
        return s, e
    # (the tests of the head word first: they turn most phrases down without testing each word for a name)
    if (not (NOMINAL.search(last) or last in TASK_HEADS)
            or last in GENERIC_HEADS or singular(last) in GENERIC_HEADS or singular(last) in _SETTING_NOUNS
            or last in METHOD_HEADS and last not in TASK_HEADS
            or e - s == 1 and last in _GENERIC_ONE_WORD or any(map(is_coined, txt[s:e]))):
        return None
    return s, e


def _model_class(word: str, head: str) -> bool:
    """``word head`` names a generic class of models ("Vision Foundation Models"), not an activity done by a model.

    >>> _model_class("foundation", "models"), _model_class("pruning", "method")
    (True, False)
    """
    return entity_key(f"{word} {singular(head)}") in stop_keys()


def purpose_goal(doc: Doc, cands: list, start: int, end: int) -> None:
    """The phrase after a title's "for"/"towards" names the paper's goal when it is a singular activity
    noun phrase of two or more words ("for Oil Palm Mapping in Indonesia", "for Skill Internalization");
    a plural or a model word names what it is applied to ("for Indic Languages", "Foundation Models").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> nlp = load_nlp()
    >>> goal = nlp("Transformers for Crop Yield Forecasting\\n\\nT.")
    >>> applied = nlp("Transformers for Low Resource Languages\\n\\nT.")
    >>> found = {}
    >>> for doc in (goal, applied):
    ...     cands = []
    ...     purpose_goal(doc, cands, 2, 5)
    ...     found[doc[4].text] = [doc[c.start:c.end].text for c in cands]
    >>> found
    {'Forecasting': ['Crop Yield Forecasting'], 'Languages': []}
    """
    low = lowers(doc)
    if start < end and low[start] == "the":
        start += 1
    e = goal_end(low, texts(doc), start, end)
    last = low[e - 1] if e > start else ""
    if plural_word(last) or last in GENERIC_HEADS or singular(last) in GENERIC_HEADS:
        return
    add_goal(doc, cands, start, e, min_words=2)


def plural_word(low: str) -> bool:
    """
    >>> plural_word("questions"), plural_word("analysis"), plural_word("mapping"), plural_word("loss")
    (True, False, False, False)
    """
    return s_form(low) and not low.endswith("ics")


# subject pronouns and modals: the lower-case word after one is a verb ("we formulate ...", "can impair ...")
_VERB_SUBJECTS = frozenset("we they it can could may might must should will would cannot".split())
# the words after which a verb follows "it": a clause opener ("and it enables", "so it can") or a preposition
# ("training on it necessitates"); after any other word, a verb, "it" is that verb's object ("call it X")
_BEFORE_IT_VERB = PREPOSITIONS | frozenset("""and but or so yet thus hence then that which because since as while
when whereas although though if where""".split())


def gerund_lead(word: str) -> bool:
    """A verb's -ing form that opens a clause ("identifying", "converting"), not a task noun ("tracking").

    >>> gerund_lead("converting"), gerund_lead("tracking"), gerund_lead("string")
    (True, False, False)
    """
    stem = word[:-3]
    return (word.endswith("ing") and word not in TASK_HEADS and word not in ING_KEEP
            and (word in verbs() or stem in verbs() or stem + "e" in verbs()))


# what is trained when "training" opens "training <task> <noun>" as a verb ("training segmentation models")
_TRAINED_NOUNS = frozenset("""
model models network networks system systems agent agents classifier classifiers detector detectors verifier verifiers
encoder encoders policy policies
""".split())
# nouns "training" modifies as a noun: "training data generation", "training set generation"
_TRAINING_OBJECTS = frozenset("data set sets sample samples example examples corpus corpora instance instances".split())


def training_verb(low_list: list[str], j: int, end: int) -> bool:
    """The word "training" at ``j`` is the verb whose object is the phrase ``j + 1 .. end`` and the model noun
    after it ("for training depth completion networks", "training segmentation models"): the task is the phrase past it;
    not "training data generation" (a noun before data), "training acceleration" (no model noun after) nor a one-word
    object that names a class of models with the noun ("training reasoning models": no task is left).

    >>> words = "for training depth completion networks and training data generation models".split()
    >>> training_verb(words, 1, 4), training_verb(words, 6, 9), training_verb(words, 1, 3)
    (True, False, False)
    >>> training_verb("training optical character recognition ( OCR ) systems".split(), 0, 4)
    True
    >>> training_verb("training reasoning models".split(), 0, 2)
    False
    """
    if low_list[j] != "training" or not j + 1 < end < len(low_list) or low_list[j + 1] in _TRAINING_OBJECTS:
        return False
    noun = end
    if low_list[end] == "(" and end + 3 < len(low_list) and low_list[end + 2] == ")":
        noun += 3  # past the task's acronym: "training optical character recognition (OCR) systems"
    return (low_list[noun] in _TRAINED_NOUNS
            and not (end == j + 2 and _model_class(low_list[j + 1], low_list[noun])))


_OPENING_VERBS = frozenset("aims aim seeks remains remain plays refers involves".split())
_OPENING_AUX = {"has": ("emerged", "become", "gained", "attracted", "garnered", "seen", "long"),
                "have": ("emerged", "become", "gained", "attracted", "garnered", "seen", "long"),
                "is": ("a", "an", "crucial", "critical", "essential", "fundamental", "challenging", "important",
                       "vital", "central", "increasingly", "widely", "becoming", "gaining")}


def opening_cue(low: list[str], e: int) -> bool:
    """Token ``e`` opens a predicate that presents a topic: "aims to", "has emerged", "is a", "remains".

    >>> opening_cue(["x", "aims", "to"], 1), opening_cue(["x", "has", "emerged"], 1), opening_cue(["x", "has", "a"], 1)
    (True, True, False)
    """
    w = low[e]
    if w in _OPENING_VERBS:
        return True
    return e + 1 < len(low) and low[e + 1] in _OPENING_AUX.get(w, ())


_SETTING_NOUNS = frozenset("condition situation application scenario environment setting".split())
_GENERIC_ONE_WORD = frozenset("learning training inference optimization evaluation analysis understanding "
                              "performance thinking reasoning".split())
