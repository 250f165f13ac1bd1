"""Cues that a name is the paper's own: parts of its system, "our X", its actors, listed contributions."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.components.candidates import (Cand, abbrevs_of, cand_table, cands_of, lowers, own_one_word_names,
                                              positions, texts, word_between)
from kg.extract.components.context import DESIGN_NOUNS, HEAD_RULES, KEEP_CASE, after_contrast, before_article
from kg.extract.components.lexicon import DATASET_HEADS, OBJECT_LEADS, PREPOSITIONS, present_verb, verbs
from kg.extract.components.sentences import sentence_of
from kg.extract.normalize import s_form
from kg.extract.proposed import PROPOSE_VERBS, proposal_windows, we_coordinated
from kg.extract.components.naming_cues import (KIND_HEADS, KIND_OR_PART, KIND_WORDS, LIST_BREAKS, OWN_OF, PART_HEADS,
                                               PASSIVE_PROPOSALS, after_definition, definition_of, described_after,
                                               passive_proposal_at, title_case_long)
from kg.extract.components.others_work import ESTABLISHED, OWN_LEADS, gazetteer_spans

__all__ = ["capitalised_part", "core_part", "named_part", "defined_as_actor", "sentence_actor", "added_by_own_method",
           "our_named_part", "we_train_described", "unknown_named", "own_component", "PART_LEAD", "introduced",
           "built_here", "own_sentence", "opens_enum_part", "contribution_item", "object_of_preposition", "after_our",
           "named_after_own_phrase", "named_after_made_kind", "new_titled_part", "resulting_name", "our_result_apposed"]

_HEAD_OR_TASK_RULES = HEAD_RULES | {"head_task"}
_KIND_PART_OR_ALGORITHM = KIND_OR_PART | {"algorithm"}


def capitalised_part(doc: Doc, c: Cand) -> bool:
    """A capitalised name of a model part: "Automatic Patch Extraction Module", "Multi-grain Text Attribute
    Disentanglement mechanism" (a Title-Case name before a lower-case part head).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe add an Automatic Patch Extraction Module and a Patch Extraction Benchmark.")
    >>> part, data = Cand(5, 9, "NAME", "capitalised", "", 0.6), Cand(11, 14, "NAME", "capitalised", "", 0.6)
    >>> capitalised_part(doc, part), capitalised_part(doc, data)
    (True, False)
    """
    words = texts(doc)[c.start:c.end]
    if lowers(doc)[c.end - 1] not in PART_HEADS:
        return False
    return words[-1][:1].isupper() or len(words) >= 3 and all(w[:1].isupper() for w in words[:-1])


_SOURCE_PREPS = frozenset("from of in at for on".split())


def new_titled_part(doc: Doc, c: Cand) -> bool:
    """A Title Case name no list knows, brought in with "a/an" and at most one lower-case word after the paper's
    proposal: "a lightweight Restoration-aware Autoencoder enables ...", "and a Block-causal Diffusion Transformer
    learns ...": a part the authors describe as new (others' models come with "the", "pretrained" or a list name).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose FooNet. A tiny Speed Gate maps inputs, unlike a Speed Gate of BarNet.")
    >>> new_titled_part(doc, Cand(8, 10, "NAME", "capitalised", "", 0.6))
    True
    >>> new_titled_part(doc, Cand(15, 17, "NAME", "capitalised", "", 0.6))  # a contrast: another's
    False
    """
    low, txt = lowers(doc), texts(doc)
    k = c.start - 1
    if k > 0 and txt[k].islower() and txt[k].isalpha() and low[k] not in ("a", "an"):
        k -= 1  # one describing word: "a lightweight X"
    s0, _ = sentence_of(doc, c.start)
    if k < s0 or low[k] not in ("a", "an") or k > s0 and low[k - 1] in _SOURCE_PREPS:
        return False  # "Triples from a Knowledge Graph are ...": where data comes from
    return not after_contrast(doc, c.start)


_CORE_PHRASES = tuple(tuple(p.split()) for p in (
    "at its core", "at its heart", "at the core of", "at the heart of", "central to", "core component of",
    "key component of", "cornerstone of"))
_CORE_VERBS = frozenset("is are lies lie sits".split())
_CORE_LEAD = frozenset(", the a an our novel new".split())
_CORE_REACH = 8  # how far after "At the core of FooNet" its verb may stand
_CORE_WORDS = frozenset(p[-1] if p[-1] not in ("of", "to") else p[-2] for p in _CORE_PHRASES)  # core, heart, ...


# the words that make "the core of ..." the work's own: "of our approach", "of the proposed framework"
_OWN_WORK_WORDS = DESIGN_NOUNS | frozenset("our proposed work paper design solution contribution".split())


def _own_work(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start:end`` ("of ... is") name the authors' work: an own-work word or a name ("DU", "FooNet").

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("the core of our approach ; the core of the issue ; the core of FooNet")
    >>> _own_work(doc, 3, 5), _own_work(doc, 9, 11), _own_work(doc, 15, 16)
    (True, False, True)
    """
    return any(w in _OWN_WORK_WORDS for w in lowers(doc)[start:end]) or any(
        KEEP_CASE.search(t) for t in texts(doc)[start:end])


def core_part(doc: Doc, c: Cand) -> bool:
    """The sentence calls the name the core of the work: "At its core lies the Foo Chain (FC)", "The core
    component of FooNet is the Bar Attack (BA)", "Central to our approach is a Baz Model"; only articles stand
    between the phrase (and its verb, after "of"/"to") and the name.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nAt its core lies the Quill Relay Encoder (QRE), which maps tokens.")
    >>> [core_part(doc, c) for c in cands_of(doc) if c.rule == "abbreviation"]
    [True, True]
    """
    low = lowers(doc)
    d = definition_of(doc, c)
    start = min(d[0], d[2]) if d else c.start  # an acronym answers for its definition
    s0, _ = sentence_of(doc, start)
    if not word_between(doc, _CORE_WORDS, s0, start):
        return False  # the cheap test before the scan
    for k in range(s0, start):
        phrase = next((p for p in _CORE_PHRASES if tuple(low[k:k + len(p)]) == p), None)
        if phrase is None:
            continue
        after = k + len(phrase)
        if phrase[-1] in ("of", "to"):
            whole = after
            after = next((j + 1 for j in range(after, min(start, after + _CORE_REACH)) if low[j] in _CORE_VERBS),
                         None)
            if after is not None and not _own_work(doc, whole, after - 1):
                return False  # "At the heart of the issue lies ...": the core of a problem, not of the work
        elif after < start and low[after] in _CORE_VERBS:
            after += 1  # "At its core lies ..."
        return after is not None and all(t in _CORE_LEAD for t in low[after:start])
    return False


def named_part(doc: Doc, end: int) -> bool:
    """An acronym definition followed by a part-of-a-model noun: "Cross Feature Consistency (CFC) module".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe add a Cross Feature Consistency (CFC) module "
    ...                  "and a Cross Feature Benchmark (CFB) suite.")
    >>> [named_part(doc, d[1]) for d in doc._.kg_abbrevs]
    [True, False]
    """
    return after_definition(doc, end) in PART_HEADS


def defined_as_actor(doc: Doc, c: Cand) -> bool:
    """An acronym definition that opens a clause as the subject of a present-tense verb: "an Intra-Level
    Co-Exchange Domain (IntraCED) factorizes features", "while Spatial Gradient Fusion (SGF) refines ...", the
    way a paper walks through the parts of its model ("with False Colour Composite (FCC) checks" is not one).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nThen a Cross Level Unit (CLU) refines features, with Foo Bar (FB) checks.")
    >>> [defined_as_actor(doc, Cand(a, b, "NAME", "abbreviation", "", 0.9)) for a, b in ((4, 7), (15, 16))]
    [True, False]
    """
    w = after_definition(doc, c.end)
    if not present_verb(w):
        return False
    d = definition_of(doc, c)
    start = min(d[0], d[2]) if d else c.start
    return start == sentence_of(doc, start)[0] or lowers(doc)[start - 1] in _CLAUSE_OPENERS


_ACTOR_LEADS = frozenset("""
a an the this first firstly second secondly third then next finally lastly furthermore moreover additionally
specifically meanwhile ,
""".split())


def sentence_actor(doc: Doc, c: Cand) -> bool:
    """The phrase ``c`` opens its sentence as the subject of a present-tense verb: "A multi-objective reward
    mechanism further optimizes ...", "Then, the tool-chain orchestration module constructs ...": the way a paper
    walks through the parts of its method (see :func:`defined_as_actor` for acronym definitions).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nNext, a shelf alignment module refines the features.")
    >>> [sentence_actor(doc, x) for x in doc._.kg_cands if x.rule == "head_method"]
    [True]
    """
    low = lowers(doc)
    s0, _ = sentence_of(doc, c.start)
    if any(t not in _ACTOR_LEADS for t in low[s0:c.start]):
        return False
    k = c.end
    if k < len(doc) and (low[k] in ("further", "then", "also") or low[k].endswith("ly")):
        k += 1
    w = low[k] if k < len(doc) else ""
    if k + 1 < len(doc) and low[k + 1] in OBJECT_LEADS and s_form(w) and w.isalpha():
        return True  # "Focus-aimed Contrastive Learning updates the entire model", "a decoder then restores the ..."
    return present_verb(w)


# verbs by which the paper's method takes in a part of its own ("xHC combines temporal feature augmentation"); not
# "uses"/"leverages", which name what it builds on ("ETC leverages text-to-image cross-attention")
_ADDS_VERBS = frozenset("introduces integrates incorporates adopts combines".split())
_OPENER_MAX = 6  # "On the other hand, it ...", "In addition, the model ...": a lead-in before the subject
_OWN_KINDS = KIND_WORDS | frozenset("network architecture algorithm".split())
_NAMED_KINDS = DESIGN_NOUNS | DATASET_HEADS


def _lead_in_end(low: list[str], s0: int, end: int) -> int:
    """The index after a short lead-in closed by a comma that opens the sentence at ``s0`` (looking before
    ``end``), else ``s0``: where its subject may start.

    >>> _lead_in_end("on the other hand , it adds x".split(), 0, 8), _lead_in_end("it adds x".split(), 0, 3)
    (5, 0)
    """
    return next((j + 1 for j in range(s0, min(s0 + _OPENER_MAX, end)) if low[j] == ","), s0)


def _own_clause(doc: Doc, s0: int, end: int, depth: int) -> bool:
    """The clause at ``s0`` (before ``end``) has the paper's own method as subject, maybe after a lead-in."""
    return any(_own_subject(doc, j, depth) for j in {s0, _lead_in_end(lowers(doc), s0, end)})


def _own_subject(doc: Doc, i: int, depth: int = 1) -> bool:
    """The subject at ``i`` is the paper's own method or proposal: "we propose/introduce ..." (whose proposal
    "it" then names), "our ...", "the proposed ...", "the/this model" (a kind word), the paper's one-word name, or
    an "it" that the sentence before resolves to one of these (``depth`` sentences back at the most)."""
    low = lowers(doc)
    if i + 1 >= len(low):
        return False
    k = i + (low[i] in ("the", "this"))
    if (low[i] == "our" or low[k] == "proposed" or low[k] in _OWN_KINDS or low[i] in own_one_word_names(doc)
            or low[i] == "we" and any(t in PROPOSE_VERBS for t in low[i + 1:i + 3])):
        return True
    return low[i] == "it" and depth > 0 and _it_is_own(doc, i, depth - 1)


def _it_is_own(doc: Doc, k: int, depth: int = 1) -> bool:
    """The "it" at ``k`` refers to the paper's own method: the subject of its sentence before it ("ShelfNet is
    fast, and it adds ..."), or, when "it" is that subject, the subject of the sentence before ("ShelfNet
    aligns shelves. It adds ..."; not "Prior work uses BaseNet. It adds ...").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose a shelf model. It adds a gate. Prior work uses a bar model. It adds a bin.")
    >>> [_it_is_own(doc, i) for i, t in enumerate(doc) if t.text == "It"]
    [True, False]
    """
    low = lowers(doc)
    s0, _ = sentence_of(doc, k)
    if k not in (s0, _lead_in_end(low, s0, k)):
        return _own_clause(doc, s0, k, depth)
    if s0 == 0:
        return False
    p0, p1 = sentence_of(doc, s0 - 1)
    return _own_clause(doc, p0, p1, depth)


def added_by_own_method(doc: Doc, c: Cand) -> bool:
    """The phrase ``c`` is an object of an adding verb (:func:`_adding_verb_before`, also an item of its list of
    objects) whose subject is the paper's own method: "it" when it refers to that method (see :func:`_it_is_own`),
    the paper's one-word name, "this/our framework" opening the sentence, or "which" after it, after
    "our/proposed ..." or "... is developed" ("On the other hand, it integrates a dynamic feature sampler",
    "Comba, which adopts a scalar-plus-low-rank state transition"; not "compared with BaseX, which adopts ...");
    the caller checks that ``c`` comes after the paper's first proposal.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose ShelfNet. ShelfNet adopts a shelf alignment module.")
    >>> [added_by_own_method(doc, x) for x in doc._.kg_cands if x.rule == "head_method"]
    [True]
    """
    low = lowers(doc)
    k = _adding_verb_before(doc, c)
    if k is None or k < 2:
        return False
    k -= 1 + (low[k - 1] in ("then", "also", "further", "additionally", "first"))
    if low[k] == "which":  # "Comba, which adopts ...", "our model, which ...", "a scheme is developed, which ..."; not
        # "we compare with BaseX, which adopts ..."
        if k >= 2 and low[k - 2] == ")" and _own_clause(doc, sentence_of(doc, k)[0], k, 0):
            return True  # "we propose Foo Net (FooNet), which integrates ..."
        return k >= 2 and low[k - 1] == "," and (low[k - 2] in _own_names(doc)
                                                   or low[k - 2] in PASSIVE_PROPOSALS
                                                   or any(t in ("our", "proposed") for t in low[max(0, k - 6):k - 1]))
    if low[k] in _own_names(doc) or low[k] == "it" and _it_is_own(doc, k):
        return True
    s0, _ = sentence_of(doc, k)
    return k - s0 < 3 and low[s0] in ("this", "our") and _own_subject(doc, s0, 0)


_NAME_REACH = 8  # how far into a proposal window ("we propose ...") its name may be defined


def _own_names(doc: Doc) -> set[str]:
    """The paper's one-word names (:func:`own_one_word_names`) and the acronyms it defines early in a proposal
    window ("we propose Shelf Net Routing (SNR), ...": "snr"), lower-cased.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> sorted(_own_names(load_nlp()("T\\n\\nWe propose Shelf Net Routing (SNR), a router. It beats BERT (B).")))
    ['snr']
    """
    low = lowers(doc)
    starts = [ws for ws, _, _ in proposal_windows(doc)]
    return own_one_word_names(doc) | {low[s0] for s0, s1, l0, _ in abbrevs_of(doc) if s1 - s0 == 1 and any(
        ws <= min(s0, l0) < ws + _NAME_REACH for ws in starts)}


_LIST_MAX = 30
_MADE_OF = frozenset("consists consisting composed comprised".split())


def _adding_verb_before(doc: Doc, c: Cand) -> int | None:
    """The index of the adding verb (:data:`_ADDS_VERBS`, "consists of") before ``c`` in its sentence whose object
    list ``c`` belongs to: no clause or means word ("which", "to", "via", "such as", ...) stands between them.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nIt integrates two agents: ShelfParser for parsing and ShelfSeeker.")
    >>> [_adding_verb_before(doc, x) for x in doc._.kg_cands if x.rule == "coined"]
    [3, 3]
    """
    low = lowers(doc)
    s0, _ = sentence_of(doc, c.start)
    listed = False
    for k in range(c.start - 1, max(s0, c.start - _LIST_MAX) - 1, -1):
        if low[k] in _ADDS_VERBS:
            return k
        if low[k] == "of" and k > s0 and low[k - 1] in _MADE_OF:
            return k - 1
        listed = listed or low[k] == ":"
        if low[k] in LIST_BREAKS or low[k][:1].isdigit() and not listed:
            return None  # "incorporates 65 real financial APIs": what a collection holds ("three parts: A, B" lists)
    return None


_CLAUSE_OPENERS = frozenset("a an the , ; : while whereas and then".split())


def our_named_part(doc: Doc, c: Cand) -> bool:
    """A Title-Case acronym definition followed by a part or kind word in a sentence whose subject is "our ...": "Our
    method at its core utilizes the Elevation-Constrained Spatial Road Clustering (ECSRC) algorithm".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe fix roads. Our method utilizes the Shelf Road Clustering (SRC) algorithm.")
    >>> [our_named_part(doc, x) for x in doc._.kg_cands if x.rule == "abbreviation"]
    [True, True]
    """
    d = definition_of(doc, c)
    if d is None or d[3] - d[2] < 2 or lowers(doc)[sentence_of(doc, c.start)[0]] != "our":
        return False
    low = lowers(doc)
    if (after_definition(doc, max(d[1], d[3])) not in _KIND_PART_OR_ALGORITHM
            or low[before_article(low, min(d[0], d[2]))] in PREPOSITIONS):
        return False  # "uses the hidden variables of a Convolutional Auto-Encoder (CAE) model": what it draws on
    return title_case_long(doc, d)


def we_train_described(doc: Doc, c: Cand) -> bool:
    """The authors train the name, which an apposition describes: "we train Nemotron-Terminal, a family of models
    initialized from Qwen3" (a name the paper only works with, "We show that VP with DP-NTK, a DP generator ...",
    is not).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe train ShelfAgent, a family of models that plan.")
    >>> [we_train_described(doc, x) for x in doc._.kg_cands if x.rule == "coined"]
    [True]
    """
    # (the apposition first: the cheapest test, and most names have none)
    return c.start > 1 and described_after(doc, c.end) and (
        _we_trained_before(lowers(doc), _list_opening(doc, c.start)) or _we_address_with(doc, c.start))


_TRAIN_VERBS = frozenset("train trained".split())
_RELEASE_VERBS = PROPOSE_VERBS | frozenset("open-source open-sourced".split())


def _we_trained_before(low: list[str], start: int) -> bool:
    """"we train", "we have trained" or "we trained and open-sourced" stands right before ``start``.

    >>> _we_trained_before("we have trained and open-sourced foolm".split(), 5)
    True
    >>> _we_trained_before("we use foolm".split(), 2)
    False
    """
    k = start - 1
    if k > 2 and low[k] in _RELEASE_VERBS and low[k - 1] == "and":
        k -= 2  # "trained and released X"
    return k > 0 and low[k] in _TRAIN_VERBS and (low[k - 1] == "we" or low[max(0, k - 2):k] == ["we", "have"])


def resulting_name(doc: Doc, c: Cand) -> bool:
    """The name is what the authors' steps produce: "resulting in FooLM", "This results in FooCap, a ...", "This
    yields FooSet-9k", "The resulting model, FooLM-7B, ...", "resulting in our final model, FooVL", "resulting FooSQL,
    a text-to-SQL model". A bare "resulting" needs the kind word before the name or an apposition after it ("the
    resulting KG contains" and "the resulting PCA space" describe a product, not a name); "results in" is the verb
    only after a subject pronoun ("strong results in ShelfQA" are results on data); "yields" only after "This" and
    before a comma, bracket or stop ("Tuning yields BoxLM" may name what tuning is applied to, "which yields BoxQA
    scores" a measure).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe tune a base model, resulting in ShelfLM. The resulting ShelfKG space is small. "
    ...                  "This results in RackLM. Strong results in BinQA follow. This yields BinSet-9k. "
    ...                  "Tuning yields BoxLM. It, which yields BoxQA scores, helps.")
    >>> [doc[x.start].text for x in doc._.kg_cands if x.rule == "coined" and resulting_name(doc, x)]
    ['ShelfLM', 'RackLM', 'BinSet-9k']
    """
    low = lowers(doc)
    k, kind, _ = _result_lead(low, c.start)
    if k > 0 and low[k] == "in":
        return low[k - 1] == "resulting" or low[k - 1] == "results" and k > 1 and low[k - 2] in _RESULT_SUBJECTS
    if k > 0 and low[k] == "yields":  # "This yields FooSet-148k, pairing ..." (not "which yields FooQA scores")
        return low[k - 1] == "this" and (c.end == len(low) or low[c.end] in _RESULT_NAME_ENDS)
    return k > 0 and low[k] == "resulting" and (kind or described_after(doc, c.end))


def our_result_apposed(doc: Doc, c: Cand) -> bool:
    """The name ``c`` is apposed to "our (final) model/system": "resulting in our final model, FooVL" names the
    authors' own model even when the name is a known one (the paper that introduced it), unlike "our method,
    resulting in BERT with half its weights".

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe tune it, resulting in our final model, Vicuna. "
    ...                  "Our pruning, resulting in BERT, helps.")
    >>> [(doc[x.start].text, our_result_apposed(doc, x)) for x in doc._.kg_cands if x.rule == "gazetteer"]
    [('Vicuna', True), ('BERT', False)]
    """
    return _result_lead(lowers(doc), c.start)[2]


def _result_lead(low: list[str], start: int) -> tuple[int, bool, bool]:
    """Walk back from the name at ``start`` over ", model", "final" and "our" ("resulting in our final model, X"):
    the index reached, whether a kind word ("model", "system") was passed, and whether the name is apposed to
    "our (final) <kind>,"."""
    k = start - 1
    comma = k > 0 and low[k] == ","
    k -= comma
    kind = k > 0 and low[k] in _RESULT_KINDS
    k -= kind
    k -= k > 0 and low[k] == "final"
    apposed = comma and kind and low[k] == "our"
    k -= k > 0 and low[k] == "our"
    return k, kind, apposed


# the subjects before "results in" that make it the verb: "This results in FooCap", "..., which results in FooLM"
_RESULT_SUBJECTS = frozenset("this which that it".split())
_RESULT_NAME_ENDS = frozenset(", . ; : ( -- —".split())
_RESULT_KINDS = frozenset("model models system systems".split())


_MAKE_VERBS = PROPOSE_VERBS | frozenset("train trains trained".split())
_MADE_KINDS = _NAMED_KINDS | PART_HEADS | frozenset("generator generators platform evaluator predictor".split())
_ARTICLES = frozenset("a an the".split())
_DESCRIPTION_MAX = 10  # "the first comprehensive high-resolution video understanding benchmark X"
_PURPOSE_MAX = 7  # the words of "for ..." between a made kind and its name after a colon
_COUNTS = frozenset("two three four five both several".split())  # "we release two benchmarks: ..."
_LIST_REACH = 12  # "two benchmarks, FooBench, BarBench and BazBench"
_COMPARED_KINDS = frozenset("baseline baselines competing existing".split())


def named_after_made_kind(doc: Doc, c: Cand) -> bool:
    """The name ``c`` names the kind of thing the authors just said they make: "we introduce the first
    high-resolution video benchmark X", "we further train a large humanoid model, X, which", "we then train a
    problem generator (X)", each name of "we release two benchmarks: X, Y and Z".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe then train a small shelf counting model (ShelfNet). We use a model, BarNet.")
    >>> [named_after_made_kind(doc, x) for x in doc._.kg_cands if x.rule == "coined"]
    [True, False]
    """
    low, txt = lowers(doc), texts(doc)
    start = _list_opening(doc, c.start)
    k = start - 1 - (start > 0 and low[start - 1] in (",", "(", ":"))
    anchor = start
    if k > 0 and low[start - 1] == ":" and low[k] not in _MADE_KINDS:
        # "we introduce the first benchmark for knowledge-aware concept customization: X"
        purpose = next((f for f in range(k - 1, max(k - _PURPOSE_MAX, 2), -1) if low[f] == "for"), 0)
        if purpose and low[purpose - 1] in _MADE_KINDS:
            k = anchor = purpose - 1
    if k < 3 or low[k] not in _MADE_KINDS or start < c.start and not low[k].endswith("s"):
        return False
    k -= 1
    acronyms = novel = False
    while k > 0 and anchor - k <= _DESCRIPTION_MAX and low[k] not in _ARTICLES and low[k] not in _MAKE_VERBS:
        if low[k] in _COMPARED_KINDS:
            return False  # "we train two baseline models, X and Y": others' designs to compare with
        novel = novel or low[k] in ("novel", "new")
        acronyms = acronyms or txt[k].isupper()
        if not (txt[k][:1].islower() and (low[k] not in STOP_WORDS or low[k] in _COUNTS)
                or low[k] in (",", "first", "-") or txt[k].isupper()):
            return False
        k -= 1
    if acronyms and not novel:
        # acronyms describe others' designs ("we trained multiple 2D CNN architectures (ResNet-50, ...)") unless the
        # description says new: "a novel NOCS prediction model (X)"
        return False
    k -= low[k] in _ARTICLES
    if low[k] not in _MAKE_VERBS:
        return False
    # "we develop X, a tool, and train two models, Y and Z"
    # ("we use FooSet to train a ... model (X)": the verb's "we" stands before its infinitive's object)
    reach = 3 + 2 * (k > 0 and low[k - 1] == "to")
    return "we" in low[max(0, k - reach):k] or we_coordinated(low, k, sentence_of(doc, k)[0])


def _list_opening(doc: Doc, start: int) -> int:
    """The first name of the list of names that ends with the one at ``start`` ("X, Y and Z" for Z), else
    ``start``."""
    low, txt = lowers(doc), texts(doc)
    first, k = start, start - 1
    while k > 0 and start - k <= _LIST_REACH:
        if low[k] in (",", "and"):
            k -= 1
        elif txt[k][:1].isupper() or any(map(str.isdigit, txt[k])):
            while k > 0 and (txt[k - 1][:1].isupper() or txt[k - 1] == "-") and low[k - 1] not in (",", "and"):
                k -= 1
            first, k = k, k - 1
        else:
            break
    return first


_ADDRESS_VERBS = frozenset("address addresses tackle tackles overcome overcomes solve solves bridge bridges fill "
                           "fills answer answers meet".split())


def _we_address_with(doc: Doc, start: int) -> bool:
    """The name at ``start`` follows "we address/tackle ... with" in its sentence: "We address these challenges
    with SynthFoo, a framework that ..." names the authors' answer.

    >>> import spacy
    >>> _we_address_with(spacy.blank("en")("We address these challenges with SynthFoo"), 5)
    True
    """
    low = lowers(doc)
    words = low[max(sentence_of(doc, start)[0], start - 8):start]
    return bool(words) and words[-1] == "with" and any(
        w == "we" and nxt in _ADDRESS_VERBS for w, nxt in zip(words, words[1:]))


def unknown_named(doc: Doc, ment) -> bool:
    """A name no gazetteer knows, introduced as the paper's own: "the proposed KANCondNet".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nThe proposed KANCondNet beats the FooNet.")
    >>> ours, theirs = Cand(4, 5, "NAME", "coined", "", 0.6), Cand(7, 8, "NAME", "coined", "", 0.6)
    >>> unknown_named(doc, [(ours, None, 0)]), unknown_named(doc, [(theirs, None, 0)])
    (True, False)
    """
    low = lowers(doc)
    for c, _, _ in ment:
        if c.start > 0 and low[c.start - 1] == "proposed" and (c.start < 2 or low[c.start - 2] in ("the", "our")):
            return True
    return False


# PART_HEADS without "network", "layers" and "component(s)": a phrase with those heads found only by the
# head-noun rule is rarely the paper's own part (using PART_HEADS here: dev proposed 0.790 -> 0.766)
_COMPONENT_HEADS = PART_HEADS - {"network", "layers", "component", "components"}
# "integrates a multiscale fusion module", "X introduces a causal intervention module", "First, a semantic hierarchy
# encoder aligns ...": the paper lists its parts
_LISTING_CUES = frozenset("integrates incorporates introduces first firstly second secondly finally".split())
# "a style-aware decoder is developed to ...": a part's own sentence, though "developed on Azure Custom Vision"
# does not make every name in it the paper's (not one of _OWN_SENTENCE_CUES)
_DEVELOPED = frozenset(("developed",))
_OWN_CUES = frozenset("we our propose proposed introduce introduced design designed devise devised novel".split()) | (
    _LISTING_CUES | _DEVELOPED)


def own_component(doc: Doc, c: Cand) -> bool:
    """A named part of the authors' model: "we design an adaptive fusion module", "our alignment loss", or, after
    the paper's first proposal, a part that opens its sentence as a verb's subject ("Next, a shelf alignment module
    refines ...", :func:`sentence_actor`); not what something is cast as or compared with ("operates as a
    conservative reweighting mechanism").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe design an adaptive shelf fusion module. Prior work uses a shelf fusion module.")
    >>> [own_component(doc, c) for c in doc._.kg_cands if c.rule == "head_method"]
    [True, False]
    """
    low = lowers(doc)
    k = c.start - 1
    while k > 0 and low[k] in PART_LEAD:
        k -= 1
    if k > 0 and low[k] in _NOT_OWN_BEFORE and low[k - 1] != "well":  # "as well as X" adds a part
        return False
    if _describes_name_before(doc, c.start) and not passive_proposal_at(low, c.end):
        return False  # (not "To cut the cost of X, a batched mining strategy is proposed": a new clause's subject)
    if c.rule == "head_component":
        # "Then, an Inter-domain Cross-modal Attribute Reinforcement scheme is developed": a Title-Case part name
        windows = proposal_windows(doc)
        return (OWN_TEST(doc, c.start) or bool(windows) and capitalised_part(doc, c)
                or bool(windows) and c.start > windows[0][0] and _instrument_part(doc, c))
    if c.rule != "head_method" or lowers(doc)[c.end - 1] not in _COMPONENT_HEADS or c.end - c.start < 2:
        return False
    if _own_cues(doc, c.start):
        return True
    windows = proposal_windows(doc)
    return bool(windows) and c.start > windows[0][0] and (sentence_actor(doc, c) or _instrument_part(doc, c))


# what hands a new part to the method: "integrated via a cross-attentive fusion module", "replaces the readout with an
# adaptive pooling module"
_INSTRUMENT_LEADS = frozenset("via with through using employs uses adopts".split())


def _instrument_part(doc: Doc, c: Cand) -> bool:
    """A part of three or more words brought in with "a/an" as the means of the method's step: "integrated via a
    bidirectional fusion module", "replaces the readout with an adaptive multi-view pooling module"; not a known
    technique with a kind word ("coupled with a knowledge distillation strategy")."""
    low = lowers(doc)
    return (c.end - c.start >= 3 and c.start > 1 and low[c.start - 1] in ("a", "an")
            and low[c.start - 2] in _INSTRUMENT_LEADS and not after_contrast(doc, c.start)
            and (c.start, c.end - 1) not in gazetteer_spans(doc))


PART_LEAD = frozenset("a an the lightweight novel simple new".split())


def introduced(doc: Doc, c: Cand) -> bool:
    """The phrase ``c`` is introduced as something new: "a/an ...", "a physics-based ...", "novel ...", right
    after a proposing verb ("introducing gating mechanism"), as an enumerated item ("(3) hybrid token fusion
    module"), or "... is proposed"; "the memory module", "with temperature scaling", "a standard loss" name a part
    already known or another's technique.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe add a physics-based fusion module to the decoder head.")
    >>> [introduced(doc, x) for x in doc._.kg_cands if x.rule == "head_method"]
    [True, False]
    """
    low = lowers(doc)
    k, words = c.start - 1, 0
    while k > 1 and words < 4 and low[k] not in _NEW_LEADS:
        if low[k - 1] == "-" and low[k].isalpha():
            k -= 2  # "a physics-based ...", "an LLM-based ..."
        elif low[k] != "," and not low[k].replace("-", "").isalnum() or low[k] in _STOP_OR_ESTABLISHED:
            break  # "a training-free, gradient-based ...", "an intra-group KV cache ..." go on
        k -= 1
        words += 1
    if low[k] in _NEW_LEADS:
        return True
    before = low[c.start - 1] if c.start > 1 else ""
    if before in PROPOSE_VERBS or c.start > 1 and _enum_marker_at(low, c.start - 1):
        return True
    return passive_proposal_at(low, c.end)  # "the X module is designed to"


_NEW_LEADS = frozenset("a an novel new".split())
# what the method does to a part it builds: "LLM-DiSAC develops an RF-vision fusion network (RVFN)"
_BUILDS = frozenset("develops designs devises builds constructs introduces implements".split())


def built_here(doc: Doc, c: Cand) -> bool:
    """The name ``c`` is the object of a present-tense building verb, after "a/an" or right after it: "the edge
    decoder introduces an Edge Enhancement Path (EEP)", "FooNet develops a bar fusion network (BFN)". An acronym
    defined there may also be what the method "employs" (a phrase it employs is mostly another's technique: "employs
    a recurrent variational autoencoder").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nThe edge decoder introduces an Edge Enhancement Path (EEP). "
    ...                  "Prior work used a Shelf Fusion Path (SFP).")
    >>> [built_here(doc, Cand(d[2], d[3], "NAME", "abbreviation", "", 0.9)) for d in doc._.kg_abbrevs]
    [True, False]
    """
    low = lowers(doc)
    k = c.start - 1 if c.start > 1 and low[c.start - 1] in ("a", "an") else c.start
    return k > 0 and (low[k - 1] in _BUILDS or c.rule == "abbreviation" and low[k - 1] == "employs")


_STOP_OR_ESTABLISHED = STOP_WORDS | ESTABLISHED

_NOT_OWN_BEFORE = frozenset("as than".split())


def _describes_name_before(doc: Doc, start: int) -> bool:
    """The phrase at ``start`` is an apposition describing the name before it ("we propose SlotMemory, an
    object-centric memory mechanism", "Prune&Comp, a novel plug-and-play layer pruning scheme"): the kind of
    that name, not a further part of the method.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose FooMem, a novel token fusion module. It uses a token fusion module.")
    >>> _describes_name_before(doc, 8), _describes_name_before(doc, 15)
    (True, False)
    """
    low = lowers(doc)
    k = start - 1
    while k > 0 and start - k <= 4 and low[k] not in STOP_WORDS and low[k][:1].isalnum():
        k -= 1
    if k < 2 or low[k] not in ("a", "an") or low[k - 1] != ",":
        return False
    return any(x.end == k - 1 and x.rule not in _HEAD_OR_TASK_RULES for x in cands_of(doc))


def _own_cues(doc: Doc, i: int) -> bool:
    s0, s1 = sentence_of(doc, i)
    return any(t in _OWN_CUES for t in lowers(doc)[s0:s1])


_OWN_SENTENCE_CUES = (_OWN_CUES - _LISTING_CUES - _DEVELOPED - {"we", "our"}) | frozenset(
    "consists comprises comprising composed includes incorporates innovations components".split())
_ENUM = re.compile(r"^(?:\d|[ivx]{1,3}|[a-e])$")


def _enum_marker_at(low: list[str], k: int) -> bool:
    """Token ``k`` (> 0) closes an enumeration marker: the ")" of "(2)", "(iv)", "b)"."""
    return low[k] == ")" and bool(_ENUM.match(low[k - 1]))


def own_sentence(doc: Doc, i: int) -> bool:
    """The sentence of token ``i`` describes the authors' method ("we propose", "X consists of", "novel"),
    names what the paper proposes (its title name, a name after "we propose"), or ``i`` opens an
    enumerated item "(2) Style Parser ..." of a paper that proposes something.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nPrior work studies shelves. Our method consists of two parts. It runs fast.")
    >>> own_sentence(doc, 4), own_sentence(doc, 9), own_sentence(doc, 15)
    (False, True, False)
    """
    s0, s1 = sentence_of(doc, i)
    # once per sentence (and set of own names): asked for every mention, a long sentence's words were read each time
    answers = cand_table(doc, "kg_own_sentences", _no_answers)
    own = answers.get(s0)
    if own is None:
        low = lowers(doc)
        own = answers[s0] = (not _OWN_SENTENCE_CUES.isdisjoint(low[s0:s1])
                             or not own_one_word_names(doc).isdisjoint(low[s0:s1]))
    return own or _enumerated_item(doc, i)


def _no_answers(doc: Doc, cands: list[Cand]) -> dict[int, bool]:
    return {}


def opens_enum_part(doc: Doc, c: Cand) -> bool:
    """A head-noun phrase that starts where an item of the paper's own enumerated parts starts and runs past it:
    "(3) Region-wise loss reweighting, which ..." (the item rule stops at the verb-like "reweighting").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose FooNet with two innovations: (1) shelf-wise token routing, which "
    ...                  "routes tokens. (2) Shelf-wise loss reweighting, which modulates the loss.")
    >>> [doc[x.start:x.end].text for x in doc._.kg_cands if opens_enum_part(doc, x)]
    ['Shelf-wise loss reweighting']
    """
    starts = doc.user_data.get("kg_enum_part_starts")
    if starts is None:
        starts = doc.user_data["kg_enum_part_starts"] = {x.start: x.end for x in cands_of(doc) if x.rule == "enum_part"}
    return c.start in starts and c.end > starts[c.start]


def _enumerated_item(doc: Doc, i: int) -> bool:
    """Token ``i`` opens an enumerated item ("(2) Style Parser ...", "(i) a random perturbation strategy applied
    to ...") of a paper that proposes something: one of the paper's own parts ("(iv) the emergent cooperative
    strategy is ..." states a finding).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose FooNet. Two designs help: (i) a shelf perturbation strategy.")
    >>> _enumerated_item(doc, 14), _enumerated_item(doc, 15)
    (True, False)
    """
    low = lowers(doc)
    k = i - 1 - (i > 1 and low[i - 1] in ("a", "an"))
    return k > 0 and _enum_marker_at(low, k) and bool(proposal_windows(doc))


_LIST_OF_PARTS = frozenset("""
components modules innovations contributions techniques designs parts stages mechanisms strategies
""".split())
_ORDINALS = frozenset("first firstly second secondly third thirdly finally lastly".split())
_COLON = frozenset(":")
_ITEM_LEAD = re.compile(r"^(?:a|an|the|[a-z]+(?:-[a-z]+)+)$")
_ITEM_KINDS = frozenset("dataset benchmark method model module framework algorithm loss strategy mechanism".split())
_ITEM_BOUNDS = frozenset(": , ; and a an the".split())
_ITEM_DESCRIPTION_MAX = 6  # "the well-structured benchmark X"


def contribution_item(doc: Doc, start: int) -> bool:
    """The name at ``start`` opens an item of a list of the paper's own parts: after "two core components:",
    "(1) an ...", "Second, ..." in a paper that proposes something.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose LKMN. LKMN has two core components: EPLKB and CGFN.")
    >>> [contribution_item(doc, i) for i in (12, 14)]
    [True, True]
    >>> doc = load_nlp()("T\\n\\nWe propose LKMN. It has two core components: the shelf dataset FooSet and BarNet.")
    >>> [contribution_item(doc, i) for i in (15, 17)]
    [True, True]
    """
    low = lowers(doc)
    s0, _ = sentence_of(doc, start)
    lead = start
    if start - 1 > s0 and low[start - 1] in _ITEM_KINDS:
        # "three core components: the fine-grained dataset X, the visual RL method Y, and ...": a kind described
        j = start - 2
        while j > s0 and start - j <= _ITEM_DESCRIPTION_MAX and low[j] not in _ITEM_BOUNDS:
            j -= 1
        lead = j + 1 if low[j] in _ITEM_BOUNDS else start
    k = lead - 1
    while k > s0 and lead - k <= 3 and _ITEM_LEAD.match(low[k]):
        k -= 1
    if k <= s0 and not (k == s0 and low[k] in _ORDINALS):
        return False
    if k > s0 and _enum_marker_at(low, k) or low[k] == "," and low[k - 1] in _ORDINALS and k - 1 == s0:
        return bool(proposal_windows(doc))
    if not (low[k] == ":" or low[k] in (",", "and", ";")):
        return False
    # the sentence's last colon up to k (looked up: a scan back per name is quadratic in a hostile sentence's list)
    colons = positions(doc, _COLON)
    i = bisect_right(colons, k)
    if not i or colons[i - 1] <= s0:
        return False
    colon = colons[i - 1]
    return any(w in _LIST_OF_PARTS for w in low[max(s0, colon - 3):colon])


_OBJECT_PREPS = frozenset("of for in at".split())


def object_of_preposition(doc: Doc, c: Cand) -> bool:
    """The name ``c`` is the object of a preposition ("fine-tuning of Depth Anything V2", "a planner for
    Motivational Interviewing"): what the paper's method works on or starts from, whatever its sentence says
    about the method; not "consists of X" nor a name that modifies a kind word ("for a Foo Bar model-based
    framework").

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("training of the Foo Bar and consists of Baz Qux")
    >>> object_of_preposition(doc, Cand(3, 5, "NAME", "capitalised", "", 0.6))
    True
    >>> object_of_preposition(doc, Cand(8, 10, "NAME", "capitalised", "", 0.6))
    False
    """
    low = lowers(doc)
    k = before_article(low, c.start)
    if k < 0 or low[k] not in _OBJECT_PREPS or k > 0 and low[k] == "of" and low[k - 1] in OWN_OF:
        return False
    return c.end >= len(doc) or low[c.end] not in KIND_OR_PART


OWN_TEST = own_sentence


def after_our(doc: Doc, start: int) -> bool:
    """ "our X", "our novel X", "our proposed X", "our design of X" 

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe test our novel FooNet and the BarNet.")
    >>> after_our(doc, 6), after_our(doc, 9)
    (True, False)
    """
    k = start - 1
    low = lowers(doc)
    if _our_described_kind(doc, start):
        return True
    while k >= 0 and start - k <= 5:
        if low[k] == "our":
            return True
        if low[k] == "of" and k > 0 and low[k - 1] == "design":
            k -= 1
        elif low[k] not in _OUR_SKIP and not (low[k].endswith(_MADE) and "-" in low[k]):
            return False  # "our custom-built X", "our self-collected X" skip like "our newly built X"
        k -= 1
    return False


_QUOTES = frozenset('" \u201c \u2018 \''.split())
_DESCRIBING_MAX = 3  # "our (newly) (diagnostic) benchmark X": at most three words describe the kind
_BASED = frozenset("based built building relying".split())  # "Based on our speech model X": their earlier work


def _our_described_kind(doc: Doc, start: int) -> bool:
    """The name at ``start`` follows "our <description> <kind>": "In our diagnostic benchmark X", "our introduced
    benchmark X", "our benchmark \"X\"" (not "our base model X" nor "based on our model X": what the authors start
    from)."""
    low = lowers(doc)
    k = start - 1 - (start > 0 and low[start - 1] in _QUOTES)
    if k < 1 or low[k] not in _NAMED_KINDS:
        return False
    k -= 1
    while k > 0 and start - k <= _DESCRIBING_MAX + 2 and low[k] != "our":
        word = texts(doc)[k]
        if not word[:1].islower() or low[k] in STOP_WORDS or low[k] in _BUILT_ON or low[k] in _NAMED_KINDS:
            return False
        k -= 1
    return low[k] == "our" and not (k > 1 and low[k - 1] in ("on", "upon") and low[k - 2] in _BASED)


def named_after_own_phrase(doc: Doc, c: Cand) -> bool:
    """The name ``c`` follows a comma or a bracket closing a phrase the authors open with "our", "a novel" or
    "the proposed": "Our core strategy, Turn-level Foo Learning (TFL)", "a novel policy optimization algorithm,
    Bar Alignment", "a novel reward model training algorithm (SCPO)", "The proposed framework, DeepAudio, ...".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nOur core strategy, Shelf Alignment, helps. We tune their model, BERT.")
    >>> [named_after_own_phrase(doc, Cand(a, b, "NAME", "capitalised", "", 0.6)) for a, b in ((6, 8), (16, 17))]
    [True, False]
    """
    low, start = lowers(doc), c.start
    if start < 3 or low[start - 1] not in (",", "("):
        return False
    k = start - 2
    while k > 0 and start - k <= 7 and low[k] not in OWN_LEADS:
        w = low[k]
        if (not (w[:1].isalpha() and texts(doc)[k][:1].islower()) or w in STOP_WORDS or w in verbs()
                or w.endswith("s") and w[:-1] in verbs() or w in _BUILT_ON):
            return False  # "Our method leverages carbon dioxide (CO2)", "our best variant (QuIP# E8P12)"
        k -= 1
    if low[k] == "proposed" and low[k - 1] not in ("the", "our"):
        return False  # "the proposed framework, FooNet"
    if low[k] not in ("our", "proposed") and low[k - 1] not in ("a", "an"):
        return False  # "the new modality (C2)", "generative novel view synthesis methods (GNVS)"
    if low[k] == "our" and low[k - 1] in PREPOSITIONS:
        return False  # "to the best of our knowledge, INRs", "With our adaptation, Qwen2-0.5B"
    return low[k] in OWN_LEADS and after_definition(doc, c.end) not in KIND_HEADS


# what the authors start from or pick among, not what they make
_BUILT_ON = frozenset("base backbone backbones baseline baselines variant variants best teacher".split())


# "our proposed unified framework, MonoMRN", "our newly constructed X", "our custom-built X"
_OUR_SKIP = frozenset("novel new proposed simple unified lightweight efficient method approach framework model "
                      "network architecture system , own newly constructed collected curated built custom - created "
                      "released introduced designed developed contribution".split())


_MADE = ("-built", "-collected", "-curated", "-constructed", "-created", "-designed", "-made")
