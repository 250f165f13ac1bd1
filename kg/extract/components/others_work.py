"""Cues that a name is someone else's: established, built on, compared against, a known long form."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from kg.extract.components.candidates import Cand, abbrevs_of, cands_of, lowers, span_text, texts, word_between
from kg.extract.components.context import CONTRAST_LEADS, HEAD_RULES, METHOD_CUES, any_span_in, past_bracket
from kg.extract.components.lexicon import DATASET_HEADS, POSSESSIVE_MARKS, load_terms, stop_spellings
from kg.extract.components.sentences import sentence_of
from kg.extract.components.naming_cues import KIND_WORDS, definition_of

__all__ = ["compared_at", "dataset_apposition", "named_after_dataset_word", "in_gazetteer", "gazetteer_spans",
           "redefined_acronym", "known_long_form", "names_a_model", "OWN_LEADS", "built_on", "established_apposition",
           "set_against", "ESTABLISHED", "after_established", "proposed_based_on", "earlier_work", "named_baseline"]

_EVAL_PREPS = frozenset("on upon using from with in across over".split())
_EVAL_PREPS_BUT_WITH = _EVAL_PREPS - {"with"}
_COMPARED = frozenset("unlike than to versus vs vs. like beyond besides".split())


def dataset_apposition(doc: Doc, c: Cand) -> bool:
    """ "NepTam80K, an 80K synthetic parallel corpus", "FooQA, our newly built benchmark": an unknown name
    described as a dataset is the paper's own (not after "on"/"using", where papers name others' data, nor
    "unlike X, our benchmark").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe release FooQA, a synthetic benchmark. We test on BarQA, a public benchmark.")
    >>> ours, used = Cand(4, 5, "NAME", "coined", "", 0.6), Cand(13, 14, "NAME", "coined", "", 0.6)
    >>> dataset_apposition(doc, ours), dataset_apposition(doc, used)
    (True, False)
    """
    low = lowers(doc)
    if c.end + 2 >= len(doc) or low[c.end] not in (",", ":") or low[c.end + 1] not in ("a", "an", "the", "our"):
        return False
    if c.start > 0 and (low[c.start - 1] in _EVAL_PREPS or low[c.end + 1] == "our" and low[c.start - 1] in _COMPARED):
        return False
    for t in low[c.end + 2: c.end + 14]:
        if not t[:1].isalnum() and t not in (",", "-"):
            return False
        if t in DATASET_HEADS:
            return True
        if t in METHOD_CUES:
            return False
    return False


def named_after_dataset_word(doc: Doc, c: Cand, windows) -> bool:
    """ "we ... collect a large-scale training dataset, PhyVidGen-135K", "an evaluation benchmark
    (CombustionQA)": a name right after a dataset word, or "a Name benchmark" ("we construct SACap-1M ..., along
    with a SACap-Eval benchmark"), in a sentence where the authors propose.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe introduce a pipeline that collects a training dataset, FooVid-2K, for QA.")
    >>> [(e["name"], e["proposed"]) for e in doc._.kg_entities["datasets"]]
    [('FooVid-2K', True)]
    """
    low = lowers(doc)
    named_kind = c.start > 0 and low[c.start - 1] in ("a", "an") and c.end < len(doc) and low[c.end] in DATASET_HEADS
    # the dataset word right before the name, else the article opening a dataset phrase the name closes
    opener = c.start - 2 if c.start >= 2 and low[c.start - 1] in (",", "(") and low[c.start - 2] in DATASET_HEADS else (
        _described_dataset_before(doc, c))
    if not named_kind and opener < 0:
        return False
    # "evaluated on the standard benchmark, X", "evaluate it on a BarQA benchmark": someone else's data (but
    # "along with a SACap-Eval benchmark" is the authors')
    lead, preps = (c.start - 1, _EVAL_PREPS_BUT_WITH) if named_kind else (opener, _EVAL_PREPS)
    if any(t in preps for t in low[max(0, lead - 4):lead]):
        return False
    sent = sentence_of(doc, c.start)
    return any(ws <= c.start and sentence_of(doc, ws) == sent for ws, _, _ in windows)


def _described_dataset_before(doc: Doc, c: Cand) -> int:
    """The index of the article ("a"/"an", at most six words before the dataset word) of "a new ... benchmark"
    whose description the comma-set name ``c`` closes ("we curate a new detection benchmark for recognition of
    ships and planes from aerial imagery, PSP, covering ..."), else -1; no other name may come between. The caller
    reads the words before the article ("evaluate it on a large-scale aerial detection benchmark ..., X" names
    another's data).

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe curate a new benchmark for shelf recognition from aerial imagery, SHLF, "
    ...                  "covering ships.")
    >>> _described_dataset_before(doc, Cand(14, 15, "NAME", "coined", "", 0.6))
    4
    """
    low = lowers(doc)
    if c.start < 3 or low[c.start - 1] != "," or c.end >= len(doc) or low[c.end] not in (",", ".", ";"):
        return -1
    s0 = max(sentence_of(doc, c.start)[0], c.start - _DESCRIPTION_MAX)
    h = next((k for k in range(c.start - 2, s0, -1) if low[k] in DATASET_HEADS), -1)
    a = next((j for j in range(h - 1, max(s0, h - 6) - 1, -1) if low[j] in ("a", "an")), -1) if h > 0 else -1
    if a < 0:
        return -1
    between = any(h < x.start < c.start - 1 and x.rule not in _DESCRIPTION_RULES for x in cands_of(doc))
    return -1 if between else a


_DESCRIPTION_MAX = 24
_DESCRIPTION_RULES = HEAD_RULES | {"head_task", "list_member"}  # the words of a description, not names


def in_gazetteer(doc: Doc, ment) -> bool:
    """Some mention's exact span is also a gazetteer match (an acronym definition hides it).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe add a Shelf Aware Miner (SAM).")  # SAM: Segment Anything Model
    >>> sam, long_form = Cand(9, 10, "NAME", "abbreviation", "", 0.9), Cand(5, 8, "NAME", "abbreviation", "", 0.9)
    >>> in_gazetteer(doc, [(sam, None, 0)]), in_gazetteer(doc, [(long_form, None, 0)])
    (True, False)
    """
    known = gazetteer_spans(doc)
    return any_span_in(ment, known)


def gazetteer_spans(doc: Doc) -> set[tuple[int, int]]:
    """The (start, end) of every gazetteer candidate of ``doc`` (cached per document).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe train a FooNet on ImageNet.")
    >>> gazetteer_spans(doc)  # ImageNet; not FooNet
    {(7, 8)}
    """
    known = doc.user_data.get("kg_gazetteer_spans")
    if known is None:
        known = doc.user_data["kg_gazetteer_spans"] = {(x.start, x.end) for x in cands_of(doc)
                                                       if x.rule == "gazetteer"}
    return known


def redefined_acronym(doc: Doc, ment) -> bool:
    """A known acronym that this paper defines with an unknown Title-Case long form ("a Sample Confusion Miner
    (SAM)", "a Multi-scale Feature Fusion (MFF) module" beside the known "Multimodal Fuzzy Fusion Framework"): the
    paper's own entity, not the known one. Long forms are compared by their first letters (:func:`_opening`).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We add a Shelf Aware Miner (SAM).")  # SAM: Segment Anything Model
    >>> [redefined_acronym(doc, [(c, None, 0)]) for c in doc._.kg_cands if c.rule == "abbreviation"]
    [True, True]
    >>> doc = load_nlp()("We add a Multi-scale Feature Fusion (MFF) module.")  # MFF: Multimodal Fuzzy Fusion ...
    >>> [redefined_acronym(doc, [(c, None, 0)]) for c in doc._.kg_cands if c.rule == "abbreviation"]
    [True, True]
    """
    for c, _, _ in ment:
        d = definition_of(doc, c) if c.rule == "abbreviation" else None
        if not d or d[3] - d[2] < 2 or not all(t[:1].isupper() for t in texts(doc)[d[2]:d[3]] if t.isalpha()):
            continue
        known = _known_long_openings().get(span_text(doc, d[0], d[1]))
        return bool(known) and _opening(span_text(doc, d[2], d[3])) not in known
    return False


_OPENING_CHARS = 8  # "multisca" (Multi-scale Feature Fusion) is not "multimod" (Multimodal Fuzzy Fusion)


def _opening(long_form: str) -> str:
    """The first letters of a long form, spaces and hyphens dropped, lower case: the same for a long form's spellings
    ("Multi-Layer Perceptron", "Multilayer perceptron"), apart for another expansion of the acronym.

    >>> _opening("Multi-Layer Perceptron"), _opening("multilayer perceptron"), _opening("Intrinsic Appearance Norm")
    ('multilay', 'multilay', 'intrinsi')
    """
    return "".join(ch for ch in long_form.lower() if ch.isalnum())[:_OPENING_CHARS]


_TITLED_PARTS = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$")  # "Semi-Pseudo-Label", not "GPT-4" nor "BERT-Large"


@lru_cache(maxsize=1)
def _known_long_openings() -> dict[str, frozenset[str]]:
    """Known acronym -> the openings (:func:`_opening`) of its known long forms of more than one word or part
    ("SAM" -> {"segmenta"}, "SPL" -> {"semipseu"} for "Semi-Pseudo-Label")."""
    groups: dict[str, list[str]] = {}
    for t in load_terms():
        groups.setdefault(t.group, []).append(t.text)
    out: dict[str, frozenset[str]] = {}
    for forms in groups.values():
        opens = frozenset(_opening(f) for f in forms if " " in f or _TITLED_PARTS.match(f))
        for f in forms:
            if opens and " " not in f and any(ch.isupper() for ch in f[1:]):
                out[f] = opens
    return out


def known_long_form(doc: Doc, ment) -> bool:
    """Some mention is the long form of an acronym definition and a gazetteer name ("a novel reinforcement
    learning (RL) framework"). Only long forms count: a short form can collide with a known acronym
    ("Gradient-based Parameter Selection (GPS)").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose a novel reinforcement learning (RL) framework.")
    >>> long_form, short = Cand(6, 8, "NAME", "abbreviation", "", 0.9), Cand(9, 10, "NAME", "abbreviation", "", 0.9)
    >>> known_long_form(doc, [(long_form, None, 0)]), known_long_form(doc, [(short, None, 0)])
    (True, False)
    """
    longs = doc.user_data.get("kg_long_forms")
    if longs is None:
        longs = doc.user_data["kg_long_forms"] = {(l0, l1) for _, _, l0, l1 in abbrevs_of(doc)}
    known = gazetteer_spans(doc)
    return any_span_in(ment, longs & known)


# a class of pretrained models a name stands before: "integrates the Foo-3.1 LLM", "a FooCNN graph neural network"
_MODEL_CLASSES = frozenset("llm llms mllm mllms vlm vlms lm lms model models backbone backbones graph neural language "
                           "vision".split())


def names_a_model(doc: Doc, end: int) -> bool:
    """The name ending before ``end`` stands before a class of pretrained models: another's model in use.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe fine-tune Foo LLMs and FooNet on data.")
    >>> names_a_model(doc, 5), names_a_model(doc, 8)  # "Foo" before "LLMs" | "FooNet" before "on"
    (True, False)
    """
    return end < len(doc) and lowers(doc)[end] in _MODEL_CLASSES


_BUILT_ON_VERBS = frozenset("adapting adapts adapted extends extending extended on upon".split())
# the words one of which every hit of _built_on has before its last word: its verb, or the "built" before "on"
_BUILT_ON_LEADS = frozenset("adapting adapts adapted extends extending extended built building builds".split())
# words with which the authors open a phrase about their own work: "our X", "a novel X", "the proposed X"
OWN_LEADS = frozenset("our novel new proposed".split())


def built_on(doc: Doc, c: Cand) -> bool:
    """The name (an acronym's definition from its start) follows a verb that says the paper builds on it, with at
    most three words between: "by adapting a Variational Information Bottleneck (VIB) framework", "built on a
    carefully configured Convolutional Recurrent Neural Network (CRNN)": prior work, not the paper's own ("Built on
    X, FooNet consists of ..." says nothing of FooNet).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe improve it by adapting a Variational Shelf Bottleneck (VSB) framework. "
    ...                  "We also add a Shelf Aware Miner (SAM).")
    >>> [built_on(doc, Cand(d[0], d[1], "NAME", "abbreviation", "", 0.9)) for d in doc._.kg_abbrevs]
    [True, False]
    """
    d = definition_of(doc, c)
    start = min(d[0], d[2]) if d else c.start
    if not word_between(doc, _BUILT_ON_LEADS, start - 5, start - 1):
        return False  # (most names: no such word right before them, answered without reading the sentence)
    low = lowers(doc)
    s0 = sentence_of(doc, start)[0]
    lead = low[max(s0, start - 5):start]
    hits = [i for i, w in enumerate(lead[:-1]) if w in _BUILT_ON_VERBS
            and (w not in ("on", "upon") or i > 0 and lead[i - 1] in ("built", "building", "builds"))]
    return bool(hits) and not any(w in OWN_LEADS or w == "," for w in lead[hits[-1]:])


_OWN_TOO = frozenset("pretrained pre-trained frozen".split())  # "we introduce X, a pretrained motion model"


def established_apposition(doc: Doc, c: Cand) -> bool:
    """An apposition calls the name established ("a Quantum Boltzmann Machine (QBM), a classical algorithm ...")
    or a method of another field ("persistent homology (PH), a method from topological data analysis").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe use a Quantum Shelf Machine (QSM), a classical algorithm, "
    ...                  "and a Shelf Aware Miner (SAM), a new module.")
    >>> [established_apposition(doc, Cand(d[0], d[1], "NAME", "abbreviation", "", 0.9)) for d in doc._.kg_abbrevs]
    [True, False]
    """
    low = lowers(doc)
    k = past_bracket(doc, c.end)
    if k + 2 >= len(low) or low[k] != "," or low[k + 1] not in ("a", "an"):
        return False  # (most names: no comma after them, answered without a slice)
    nxt = low[k:k + 4]
    return nxt[2] in _ESTABLISHED_ELSEWHERE or len(nxt) == 4 and nxt[2] in KIND_WORDS and nxt[3] == "from"


# words that set a name against the paper's method: "outperforms Route-Aware GRPO", "compared with ..."
_AGAINST = CONTRAST_LEADS | frozenset(
    "than versus vs vs. against outperforms outperform outperforming surpasses surpassing beats".split())
_AGAINST_REACH = 8  # words back: "outperforming FooNet (15.1%) and Route-Aware GRPO"


def set_against(doc: Doc, c: Cand) -> bool:
    """The name ``c`` is what the paper compares with: a comparing word comes shortly before it in its sentence, or
    a "baseline(s)" follows it.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose ShelfBot. It outperforms Route-Aware GRPO. It uses Dual-Stream DPO.")
    >>> [set_against(doc, x) for x in cands_of(doc) if x.label == "METHOD" and x.start > 6]
    [True, False]
    """
    return compared_at(doc, c.start, c.end)


def compared_at(doc: Doc, start: int, end: int) -> bool:
    """:func:`set_against` for the name at tokens ``start:end``."""
    low = lowers(doc)
    s0, s1 = sentence_of(doc, start)
    after = low[end:min(s1, end + 4)]
    before = low[max(s0, start - _AGAINST_REACH):start]
    return bool(_AGAINST.intersection(before)) or "baseline" in after or "baselines" in after


# "a standard cross-entropy loss", "a frozen text encoder": an existing part, whatever the article
ESTABLISHED = frozenset("standard conventional classical vanilla traditional existing common popular typical frozen "
                        "pretrained pre-trained off-the-shelf widely-used well-known".split())
_ESTABLISHED_ELSEWHERE = ESTABLISHED - _OWN_TOO  # an apposition calling a name one of these: prior work
_TUNED = frozenset("fine-tuned finetuned fine-tuning finetuning".split())


def after_established(doc: Doc, start: int) -> bool:
    """The name at ``start`` follows a word that calls it existing or adapted ("the pretrained X", "a fine-tuned
    X", "an off-the-shelf X") or a company's possessive ("Meta's X"): a model or data the paper starts from.

    >>> import spacy
    >>> doc = spacy.blank("en")("a pre-trained FooBERT model and a pretrained BarNet")
    >>> after_established(doc, 4), after_established(doc, 9)
    (True, True)
    """
    low = lowers(doc)
    if start < 1:
        return False
    prev = low[start - 3] + "-" + low[start - 1] if start > 2 and low[start - 2] == "-" else low[start - 1]
    return prev in ESTABLISHED or prev in _TUNED or _company_possessive(doc, start)


def earlier_work(doc: Doc, start: int) -> bool:
    """The name at ``start`` is a work the text dates before this paper: "adapts the recently proposed X", "we
    recently proposed X, a method ... In this paper, we introduce X++", "Our prior work, X, ...".

    >>> import spacy
    >>> doc = spacy.blank("en")("the recently proposed FooNet ; our prior work , BarNet ; we propose BazNet")
    >>> earlier_work(doc, 3), earlier_work(doc, 9), earlier_work(doc, 13)
    (True, True, False)
    """
    low = lowers(doc)
    k = start - 1 - (start > 0 and low[start - 1] == ",")
    if k < 1:
        return False
    if low[k] in _MADE_VERBS:
        return low[k - 1] in _EARLIER_ADVERBS
    return low[k] in _WORK_WORDS and low[k - 1] in _EARLIER_KINDS and k > 1 and low[k - 2] in ("our", "the")


_MADE_VERBS = frozenset("proposed introduced released developed".split())
_EARLIER_ADVERBS = frozenset("recently previously originally".split())
_WORK_WORDS = frozenset("work study paper".split())
_EARLIER_KINDS = frozenset("prior previous earlier".split())


def _company_possessive(doc: Doc, start: int) -> bool:
    """The name at ``start`` follows a company's possessive ("Meta's Fair-Speech", "Google's Foo"): its release.

    >>> import spacy
    >>> doc = spacy.blank("en")("Meta's Fair-Speech and FooNet's decoder")
    >>> _company_possessive(doc, 2), _company_possessive(doc, 6)
    (True, False)
    """
    words = texts(doc)
    return start > 1 and words[start - 1] in POSSESSIVE_MARKS and words[start - 2] in stop_spellings()


def proposed_based_on(doc: Doc, c: Cand, windows) -> bool:
    """The part ``c`` is what the authors propose, described by a "based on" phrase ("we further introduce a
    lifelong editing module based on a Mixture-of-Experts architecture"): "based" does not make it a modifier.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> from kg.extract.proposed import proposal_windows
    >>> doc = load_nlp()("T\\n\\nWe introduce a shelf fusion module based on attention.")
    >>> [proposed_based_on(doc, x, proposal_windows(doc)) for x in doc._.kg_cands if x.rule == "head_method"]
    [True]
    """
    return (lowers(doc)[c.end:c.end + 2] == ["based", "on"]
            and any(ws <= c.start < we for ws, we, _ in windows))


def named_baseline(doc: Doc, start: int) -> bool:
    """The name at ``start`` opens the list a word for compared systems announces after a colon: "outperforms two
    strong baselines: the Neural Data Router and ...": others' work.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nIt beats two baselines: the Shelf Router and RackNet. Unlike baselines, BinNet wins.")
    >>> [named_baseline(doc, texts(doc).index(w)) for w in ("Shelf", "BinNet")]
    [True, False]
    """
    low = lowers(doc)
    k = start - 1
    if k >= 0 and low[k] == "the":
        k -= 1
    # (a colon: after a comma the name is as often the subject of the clause, "Compared to such baselines, X wins")
    return k >= 1 and low[k] == ":" and low[k - 1] in _BASELINE_NOUNS


_BASELINE_NOUNS = frozenset("baseline baselines competitor competitors".split())
