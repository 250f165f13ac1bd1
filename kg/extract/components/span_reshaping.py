"""Reshape a candidate's span: trim it, add its size, version or task number, widen a variant."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.components.context import VARIANT_GROUP, plain_variant, title_end_of
from kg.extract.components.candidates import Cand, SpanReach, lowers, texts
from kg.extract.components.sentences import sentence_starts
from kg.extract.components.name_rules import PARAM_SIZES
from kg.extract.components.lexicon import DATASET_HEADS, GENERIC_MODIFIERS, METHOD_HEADS, SOURCED_RECORDS, acronym_stop
from kg.extract.components.context_label import DATASET_SUFFIX, PARAMS, SUBSET_WORDS
from kg.extract.proposed import NAMING_WORDS, PROPOSE_VERBS, proposal_windows
from kg.extract.components.goal_phrases import SIZE_LEAD
from kg.extract.components.name_shapes import HAS_ALNUM

__all__ = ["reshaped", "DIMENSION"]

_SIZE = re.compile(rf"^(?:\d+(?:\.\d+)?[BMK]|\d+x\d+[BM]|{PARAM_SIZES}|[vV]\d+(?:\.\d+)*(?::\d+[bBmM])?|XL|XXL|Base|"
                   r"Large|Small|Tiny|"
                   r"Turbo|Pro|Instruct|Chat|Flash|Mini|mini|Ultra|Plus|Max|Nano|Lite|Sonnet|Opus|Haiku|Preview|"
                   r"Thinking|Coder|Omni|Flash-Lite)$")
# "3", "2.0", "2.0-mini", "3.1-70B"
_VERSION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})?(?:-(?:[a-z]{3,8}|\d+(?:\.\d+)?[BM]))?$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
DIMENSION = re.compile(r"^[1-4]d$")  # "2D image diffusion models": a dimension before the kind's modifier
# a release after a dataset name: "SQuAD 2.0", "v1.1", "COCO 2017"; not a score written after it ("SciFact 0.61",
# "GLUE 84.3")
_DATASET_VERSION = re.compile(r"^(?:v\d{1,2}\.\d{1,2}|[1-9]\.\d{1,2}|v\d{1,2}|(?:19|20)\d\d)$")


_TO_OPENERS = frozenset("according due prior thanks owing".split())


def _trim(doc: Doc, c: Cand) -> Cand | None:
    """Drop whitespace and punctuation tokens at the edges of a candidate (None when nothing is left)."""
    t = texts(doc)
    s, e = c.start, c.end
    # (an alphanumeric first character, the common case, answers without the pattern: both test str.isalnum)
    while s < e and not (t[s][:1].isalnum() or HAS_ALNUM.search(t[s])):
        s += 1
    while e > s and not (t[e - 1][:1].isalnum() or HAS_ALNUM.search(t[e - 1]) or _glued_suffix(doc, c, e - 1)):
        e -= 1
    if e - s > 1 and e < len(t) and t[e] == "to" and t[e - 1] in _TO_OPENERS:
        e -= 1  # "conditional routing according (to ...)": the word opens a phrase after the name
    if s == e:
        return None
    return c if (s, e) == (c.start, c.end) else c._replace(start=s, end=e)


def _glued_suffix(doc: Doc, c: Cand, k: int) -> bool:
    """Token ``k`` is written onto the name before it and belongs to it, not edge punctuation: the "+" or "#" the
    tokenizer split off a listed name ("DeepLabv3+", "QuIP#", "CodeT5+"), or the bracket that closes one opened
    inside the word before it ("π_{0.5}", "Model[v2]")."""
    if k <= c.start or doc[k - 1].whitespace_:
        return False
    t = texts(doc)
    if t[k] in _CLOSERS:
        before = t[k - 1]
        return before.count(_CLOSERS[t[k]]) > before.count(t[k])
    return c.rule == "gazetteer" and t[k] in _GLUED_SUFFIXES


_GLUED_SUFFIXES = frozenset({"+", "++", "#"})
_CLOSERS = {")": "(", "]": "[", "}": "{"}


def _subset_word_at(doc: Doc, k: int) -> bool:
    """Token ``k`` names a benchmark's subset ("SWE-bench Verified", "ARC Easy and ARC Challenge"), not an adjective
    on the records after it ("ImageNet Hard examples") or a word of a Title Case title ("Making ImageNet Hard Again").

    >>> import spacy
    >>> doc = spacy.blank("en")("Making FooNet Hard Again\\n\\nOn FooNet Hard examples and FooNet Hard , it wins .")
    >>> [_subset_word_at(doc, k) for k in (2, 7, 11)]
    [False, False, True]
    """
    t = texts(doc)
    if t[k] not in SUBSET_WORDS:
        return False
    nxt = lowers(doc)[k + 1] if k + 1 < len(doc) else ""
    if nxt in SOURCED_RECORDS and nxt not in DATASET_HEADS:
        return False  # "ImageNet Hard examples", "COCO Full images"
    return not (k < title_end_of(doc) and t[k + 1][:1].isupper() and t[k + 1].isalpha() and nxt not in DATASET_HEADS)


def _with_size(doc: Doc, c: Cand) -> Cand:
    """Extend a known model name by a following size/version token: "Mistral 7B", "Llama 3 8B"; a coined
    model name with its size by a variant word: "LLaDA 8B Instruct"; a coined name by its year."""
    if c.rule not in ("coined", "gazetteer") or c.end >= len(doc):
        return c
    t = texts(doc)
    if c.rule == "coined" and c.end - c.start >= 2 and PARAMS.match(t[c.end - 1]):
        e = c.end
        while e < len(doc) and e - c.end < 2 and _SIZE.match(t[e]):
            e += 1
        return c if e == c.end else c._replace(end=e)
    if (c.rule == "coined" and c.end - c.start == 1 and _YEAR.match(t[c.end])
            and t[c.start] not in acronym_stop()):
        return c._replace(end=c.end + 1)  # "EXIST 2025", "BraTS 2018": an edition (not "CVPR 2025")
    if t[c.end] in SUBSET_WORDS and _subset_word_at(doc, c.end) and (
            c.label == "DATASET" or c.rule == "coined" and c.end - c.start == 1 and DATASET_SUFFIX.search(t[c.start])):
        return c._replace(end=c.end + 1, group="")  # "SWE-bench Verified", "FooBench Lite": a named subset
    if c.rule != "gazetteer":
        return c
    if c.label == "DATASET":
        # "SQuAD 2.0", "COCO 2017", "VOC 2012"
        if _DATASET_VERSION.match(t[c.end]) and t[c.end - 1][:1].isupper():
            return c._replace(end=c.end + 1, group="")
        return c
    if c.label != "METHOD":
        return c
    e = c.end
    if _VERSION_NUMBER.match(t[e]) and t[c.end - 1][:1].isupper():
        e += 1  # "Llama 3.2", "Gemini 2.0 Flash"
    while e < len(doc) and e - c.end < 3 and _SIZE.match(t[e]):
        e += 1
        if e < len(doc) and t[e - 1][:1].isupper() and _VERSION_NUMBER.match(t[e]):
            e += 1  # "Claude Sonnet 4", "Claude Opus 4.1"
    return c if e == c.end else c._replace(end=e, group="")


# generic words that open published variant names: "Deep OC-SORT", "Faster Score-CAM", "Improved DDPM", "Modern
# Hopfield network", "Robust PCA", "Based" (an attention architecture)
_NAME_OPENERS = frozenset("deep fast faster based improved modern robust".split())


def _named_variant(doc: Doc, c: Cand, spans: _CandSpans) -> Cand:
    """A known method name led by capitalised words inside a sentence is a named variant: "Vision Mamba",
    "Graph Transformer", "Self-Augmented Visual Contrastive Decoding" (the spec: a named variant is its own entity,
    named by its most specific written form).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Sequence Models\\n\\nWe pretrain a Vision Mamba on video. Vision Mamba is fast.")
    >>> [e["name"] for e in doc._.kg_entities["methods"]]
    ['Vision Mamba']

    The leading words stop at another known name's end ("Stable Diffusion U-Net", "Qwen QLoRA" write two names),
    not at a one-word name before a kind word ("Perceiver Transformer", "Swin Attention" are one). A name led by
    more than one plain word (:func:`~kg.extract.components.context.plain_variant`) is more often the authors' own:
    when another rule's candidate already reads it from the same first word, that reading and its cues stay;
    otherwise its group joins its spellings ("Semi-online RL", "Semi-online Reinforcement Learning").
    """
    if c.rule != "gazetteer" or c.label != "METHOD" or c.start == 0 or not texts(doc)[c.start][:1].isupper():
        return c
    tx, low = texts(doc), lowers(doc)
    lo = max(title_end_of(doc), c.start - _MAX_VARIANT_WORDS)
    if c.start <= lo or not _variant_word(tx[c.start - 1], low[c.start - 1]):
        return c  # (no word that can lead a variant before it, the common case: the names' ends are not gathered)
    kind = low[c.start] in METHOD_HEADS
    name_ends = spans.known_method_ends(multi_word=kind)
    k = c.start
    while (k > lo and k not in name_ends and _variant_word(tx[k - 1], low[k - 1])
           and (k == c.start or not low[k - 1].endswith("ing"))):
        k -= 1  # (past one word, a gerund is the sentence's verb: "Merging Long Chain-of-Thought")
    sent_starts = sentence_starts(doc)
    if k in sent_starts and k < c.start and not _written_mid_sentence(tx, k, c.end, sent_starts):
        k += 1  # "Vision Mamba works": a variant only if the text writes it mid-sentence too
    while k < c.start and not tx[k][:1].isalpha():
        k += 1  # "3D" describes the variant's data, it does not open its name: not "3D SMPL"
    if k == c.start:
        return c
    plain = plain_variant(tx, k, c.start)
    if any(c.end <= x.end and (x.rule == "proposal_name" or not plain and x.rule != "gazetteer")
           for x in spans.starting_at(k)):
        return c  # (the name another rule reads keeps that reading: "we introduce Spatially Gated Attention")
    return c._replace(start=k, group="") if plain else _coined_variant(c, low, k)


class _CandSpans:
    """Look-ups into one list of candidates for the named-variant passes, each table made on first use: they ran a
    scan of every candidate for every known method, quadratic on a hostile abstract that names one thousands of times.

    >>> spans = _CandSpans([Cand(0, 2, "METHOD", "gazetteer", "", 0.9), Cand(3, 4, "METHOD", "gazetteer", "", 0.9),
    ...                     Cand(1, 5, "METHOD", "head_method", "", 0.5)])
    >>> spans.known_method_ends(multi_word=True), spans.known_method_ends(multi_word=False)
    ({2}, {2, 4})
    >>> spans.starting_at(3), spans.covered_from(2, 5), spans.covered_from(0, 5), spans.covered_from(2, 6)
    ([Cand(start=3, end=4, label='METHOD', rule='gazetteer', group='', score=0.9)], True, False, False)
    """

    __slots__ = ("cands", "_ends", "_by_start", "_reach")

    def __init__(self, cands: list[Cand]):
        self.cands = cands
        self._ends: dict[bool, set[int]] = {}
        self._by_start: dict[int, list[Cand]] | None = None
        self._reach: SpanReach | None = None

    def known_method_ends(self, multi_word: bool) -> set[int]:
        """The ends of the known (gazetteer) methods, of more than one word or all."""
        ends = self._ends.get(multi_word)
        if ends is None:
            ends = self._ends[multi_word] = {x.end for x in self.cands if x.rule == "gazetteer" and x.label == "METHOD"
                                             and (x.end - x.start > 1 or not multi_word)}
        return ends

    def starting_at(self, k: int) -> list[Cand]:
        """The candidates that start at token ``k``, in order."""
        if self._by_start is None:
            self._by_start = {}
            for x in self.cands:
                self._by_start.setdefault(x.start, []).append(x)
        return self._by_start.get(k, [])

    def covered_from(self, k: int, end: int) -> bool:
        """Some candidate of a rule other than the gazetteer starts at or before ``k`` and ends at or after ``end``."""
        if self._reach is None:
            self._reach = SpanReach((x.start, x.end) for x in self.cands if x.rule != "gazetteer")
        return self._reach.covers(k, end)


def _coined_variant(c: Cand, low: list[str], start: int) -> Cand:
    """The known method ``c`` led by the words from ``start``: one entity of the authors' making, grouped apart from
    the known name (:data:`VARIANT_GROUP`). A plain variant has no group of its own: its words stand in for it, so
    two variants under the same modifiers stay apart ("shelf-aware Sparse Mamba", "shelf-aware Dense Swin")."""
    base = c.group or " ".join(low[c.start:c.end])
    return c._replace(start=start, group=f"{VARIANT_GROUP}{' '.join(low[start:c.start])}|{base}")


_MAX_VARIANT_WORDS = 3
# hyphenated modifiers that say what a name is built on or for, no part of it: "Transformer-centric", "Greek-language"
_NOT_NAME_SUFFIXES = ("-based", "-centric", "-language", "-style", "-like", "-specific", "-only")
# a lower-case participle closing a compound says how a model is run or made: "Bedrock-hosted", "LLM-generated"
_LOWER_PARTICIPLE = re.compile(r"^[a-z]+ed$")


def _variant_word(text: str, low: str) -> bool:
    """A word that can lead a named variant of a known method: a capitalised word ("Vision"), a capitalised
    hyphenated compound ("Self-Augmented", "Dynamic-Capacity") or a dimension ("3D"), not a generic modifier
    ("Standard", "Vanilla", "Efficient"), a stop word, a "-based"-style compound, a compound closed by a lower-case
    participle ("Bedrock-hosted") or a backbone's size ("Swin-Large").

    Examples
    --------
    >>> [_variant_word(w, w.lower()) for w in ("Vision", "Self-Augmented", "3D", "Standard", "The", "Rule-based")]
    [True, True, True, False, False, False]
    >>> [_variant_word(w, w.lower()) for w in ("Bedrock-hosted", "Swin-Large", "Semi-online")]
    [False, False, True]
    """
    if DIMENSION.match(low):
        return True
    if low in STOP_WORDS or (low in GENERIC_MODIFIERS and low not in _NAME_OPENERS) or low.endswith(_NOT_NAME_SUFFIXES):
        return False
    first, *rest = text.split("-")
    return (text[:1].isupper() and first.isalpha() and first[1:].islower()
            and all(part.isalpha() and part[1:].islower() and not _SIZE.match(part) for part in rest)
            and not (rest and _LOWER_PARTICIPLE.match(rest[-1])))


def _written_mid_sentence(tx: list[str], start: int, end: int, sent_starts: frozenset[int]) -> bool:
    """The words ``start:end`` are written again somewhere not at a sentence's start."""
    name = tx[start:end]
    return any(tx[i:i + len(name)] == name for i in range(len(tx) - len(name) + 1)
               if i not in sent_starts)


def _proposed_modified_name(doc: Doc, c: Cand, spans: _CandSpans) -> Cand:
    """A known method led by lower-case modifiers, one of them hyphenated, as the first words of a proposal window
    ("we propose a physics-informed diffusion model that ...", "we introduce cross-model collaborative direct
    preference optimization") is the authors' own variant, named with its modifiers. Not when the phrase is a kind
    another name is given ("an end-to-end RL strategy, namely FooPO"), a count ("two prompt-based ...") or
    modifies a further noun ("a scaling-aware Best-of-N estimation"), nor when another rule reads the phrase already.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose a shelf-aware diffusion model that stacks shelves. Diffusion models are "
    ...                  "slow.")
    >>> [(e["name"], e["proposed"]) for e in doc._.kg_entities["methods"]]
    [('shelf-aware diffusion model', True), ('diffusion model', False)]
    """
    tx, low = texts(doc), lowers(doc)
    k = c.start
    while (k > 0 and c.start - k < _MAX_VARIANT_WORDS and _LOWER_MODIFIER.match(tx[k - 1])
           and _plain_modifier(low[k - 1])):
        k -= 1
    if k == c.start or not any("-" in w for w in low[k:c.start]) or not _opens_proposal(doc, k):
        return c
    if spans.covered_from(k, c.end):
        return c  # (another rule's reading of the phrase stays: "we propose a cross-modal fusion transformer")
    if _phrase_goes_on(tx, low, c.end):
        return c
    return _coined_variant(c, low, k)


def _phrase_goes_on(tx: list[str], low: list[str], end: int) -> bool:
    """Past its kind words ("a fatal-aware GRPO training algorithm"), the phrase ending at ``end`` modifies a further
    noun ("a scaling-aware Best-of-N estimation"), defines the known name's acronym ("supervised fine-tuning (SFT)")
    or is the kind of a name given after it (", FooPO", "named FooPRM")."""
    k = end
    while k < len(low) and k - end < 2 and low[k] in _TRAILING_KIND_WORDS:
        k += 1
    nxt = low[k:k + 2]
    return bool(nxt) and (nxt[0].isalpha() and nxt[0] not in STOP_WORDS or nxt[0] == "("
                          or nxt[0] == "," and len(nxt) > 1 and tx[k + 1][:1].isupper()
                          or any(w in NAMING_WORDS for w in low[k:k + _NAMED_AFTER]))


_NAMED_AFTER = 8  # "a re-defined PRM for agent tasks, named FooPRM"
_LOWER_MODIFIER = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
# what a proposed technique is called after its name: "a beam-search-driven GRPO algorithm"
_TRAILING_KIND_WORDS = frozenset("algorithm framework method approach strategy mechanism paradigm technique module "
                                 "scheme training".split())


def _plain_modifier(low: str) -> bool:
    """A modifier that can be part of a name: no stop word ("two"), generic word ("novel"), proposing verb, "-ing"
    verb ("incorporating") or size ("two-stage", "large-scale")."""
    return (low not in STOP_WORDS and low not in GENERIC_MODIFIERS and low not in PROPOSE_VERBS
            and not low.endswith("ing") and not SIZE_LEAD.match(low))


def _opens_proposal(doc: Doc, k: int) -> bool:
    """Token ``k`` opens a proposal window but for an article and generic words ("we propose a novel ...")."""
    low = lowers(doc)
    return any(ws <= k < we and all(w in _PROPOSAL_OPENERS for w in low[ws:k]) for ws, we, _ in proposal_windows(doc))


# what may stand between a proposing verb and the name it introduces (not "we propose using ..."; "the first X" claims
# a class the work belongs to: "the first mobile-optimized video diffusion model")
_PROPOSAL_OPENERS = frozenset("a an the , novel new simple yet effective efficient lightweight unified general "
                              "principled scalable".split())


def _with_task_number(doc: Doc, c: Cand) -> Cand:
    """A shared-task series and year takes its task number: "SemEval-2026 Task 5" is one benchmark.

    >>> from kg.extract.components.candidates import span_text
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("T\\n\\nWe join SemEval-2026 Task 5 .")
    >>> c = _with_task_number(doc, Cand(4, 5, "NAME", "coined", "", 0.5))
    >>> span_text(doc, c.start, c.end)
    'SemEval-2026 Task 5'
    """
    txt = texts(doc)
    if (c.end + 1 < len(doc) and txt[c.end] == "Task" and txt[c.end + 1].isdigit() and len(txt[c.end + 1]) <= 2
            and _YEAR.match(txt[c.end - 1][-4:])):
        return c._replace(end=c.end + 2)
    return c


def reshaped(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Each candidate's span as its context bounds it, in one pass (the helpers whose rule or next word does not
    apply are not called): a size or version taken on (:func:`_with_size`), edges trimmed (:func:`_trim`; an empty
    candidate goes), the Title Case core of a head-noun phrase (:func:`_capitalised_core`), a named variant
    (:func:`_named_variant`; lower-case, the authors' own after "we propose": :func:`_proposed_modified_name`) and a
    shared task's number (:func:`_with_task_number`).

    >>> import spacy
    >>> doc = spacy.blank("en")("a few-step Pixel Mean Flows model , ( )")
    >>> [(c.start, c.end) for c in reshaped(doc, [Cand(1, 7, "METHOD", "head_method", "", 0.5),
    ...                                          Cand(8, 10, "NAME", "coined", "", 0.5)])]
    [(4, 7)]
    """
    txt = texts(doc)
    n = len(txt)
    out = []
    spans = _CandSpans(cands)
    for c in cands:
        rule = c.rule
        if rule == "coined" or rule == "gazetteer":
            c = _with_size(doc, c)
        # (most candidates start and end on a word with no "to" after them: _trim would leave them as they are)
        if (c.end <= c.start or not txt[c.start][:1].isalnum() or not txt[c.end - 1][:1].isalnum()
                or c.end < n and txt[c.end] == "to"):
            c = _trim(doc, c)
            if c is None:
                continue
        if rule == "head_method":
            c = _capitalised_core(doc, c)
        elif rule == "capitalised" and c.end + 1 < n and txt[c.end] == "and":
            c = _with_joined_word(doc, c)
        elif rule == "gazetteer":
            c = _named_variant(doc, c, spans)
            if c.start > 0 and c.label == "METHOD" and _LOWER_MODIFIER.match(txt[c.start - 1]):
                variant = _proposed_modified_name(doc, c, spans)
                if variant is not c:
                    out.append(c)  # (the known method it builds on stays an entity of its own)
                    c = variant
        if c.end + 1 < n and txt[c.end] == "Task":
            c = _with_task_number(doc, c)
        out.append(c)
    return out


def _with_joined_word(doc: Doc, c: Cand) -> Cand:
    """A Title Case run followed by "and" and one more Title Case word for a step that closes the phrase takes that
    word: the name joins two steps ("Cross-Agent Association and Aggregation, which ...", "Identity Decoupling and
    Fitting (IDFSR)"); a second name after "and" has words of its own ("Mix Loss and Mix Representation") or is no
    step ("Action Genome and Charades").

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("uses Shelf Association and Aggregation , and Bin Loss and Bin Norm .")
    >>> [_with_joined_word(doc, Cand(*s, "NAME", "capitalised", "", 0.6)).end for s in ((1, 3), (7, 9))]
    [5, 9]
    """
    t = texts(doc)
    k = c.end + 1
    word = t[k]
    if not (len(word) > 2 and word.isalpha() and word[:1].isupper() and word[1:].islower()
            and k not in sentence_starts(doc)):
        return c
    if k + 1 < len(t) and not (t[k + 1][:1].islower() or t[k + 1] in _PHRASE_ENDS):
        return c  # a name of several words after "and" ("Mix Loss and Mix Representation", "Flowers and Moths & ...")
    return c._replace(end=k + 1) if _STEP_NOUN.search(word) else c  # not "Action Genome and Charades"


_PHRASE_ENDS = frozenset(", . ; : ( )".split())
# nouns for a step or an action ("Aggregation", "Enhancement", "Fitting", "Fusion", "Reasoning")
_STEP_NOUN = re.compile(r"(?:tion|sion|ment|ing|ance|ence)$")


def _capitalised_core(doc: Doc, c: Cand) -> Cand:
    """A head-noun phrase whose lower-case modifiers lead into a Title Case name keeps the name: "few-step
    Pixel Mean Flows" -> "Pixel Mean Flows".

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("a few-step Pixel Mean Flows model")
    >>> _capitalised_core(doc, Cand(1, 7, "METHOD", "head_method", "", 0.5)).start
    4
    """
    if c.rule != "head_method" or c.end - c.start < 3:
        return c
    t = texts(doc)
    if not t[c.start][:1].islower():
        return c
    k = c.start
    while k < c.end - 1 and (t[k][:1].islower() or t[k] == "-"):
        k += 1
    if k == c.start or k >= c.end - 1 or not all(w[:1].isupper() for w in t[k:c.end] if w != "-"):
        return c
    return c._replace(start=k)
