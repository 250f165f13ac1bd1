"""Cues that a sentence names or defines an entity: definitions, appositions, title names."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.components.candidates import Cand, abbrevs_of, cand_table, cands_of, lowers, span_text, texts
from kg.extract.components.context import (HEAD_RULES, KEEP_CASE, LIST_JOINS, MEANS_PREPS, METHOD_CUES, TOOL_BEFORE,
                                           based_at, before_article, closing_bracket, past_bracket, plural_head,
                                           title_end_of)
from kg.extract.components.lexicon import DATASET_HEADS, METHOD_HEADS, PREPOSITIONS, present_verb, verbs
from kg.extract.components.name_shapes import MODIFIER_SUFFIXES
from kg.extract.components.sentences import sentence_of
from kg.extract.normalize import entity_key, singular
from kg.extract.proposed import NAMING_WORDS, TITLE_SEPARATORS, novel_apposition

__all__ = ["survey_after", "defined_in_proposal", "KIND_WORDS", "modifies_plain_plural", "kind_of_a_name", "title_via",
           "PART_HEADS", "after_novel", "KIND_OR_PART", "describes_before", "definition_of", "after_definition",
           "novel_apposition_of_its_own", "described_second_name", "trained_with_definition", "LIST_BREAKS",
           "defined_as_proposed", "passive_proposal_at", "title_case_long", "title_case_definition",
           "PASSIVE_PROPOSALS", "described_in_our_sentence", "opens_the_title", "defined_title_prefix",
           "result_subject", "defined_result_subject", "first_named_after", "list_item", "bracketed_proposal_name",
           "OWN_OF", "KIND_HEADS", "modifies_next", "coordinated", "NAME_RULES", "described_pair", "named_after_kind",
           "kind_apposed_name", "apposed_to_opening", "titled_technique_clause", "bracketed_after", "described_after",
           "first_of_its_kind", "first_cand_in"]

_TITLE_MEANS = MEANS_PREPS - {"with", "by"}
_SOURCE_WORDS = frozenset("by from".split())
_SURVEY_WORDS = frozenset("survey review overview tutorial primer study evaluation analysis investigation assessment "
                          "examination".split())
_SURVEY_KINDS = frozenset("systematic comprehensive critical brief short scoping structured literature empirical "
                          "comparative".split())


def survey_after(doc: Doc, end: int) -> bool:
    """The title goes on after its separator with a survey ("LLM-Based Data Science Agents: A Survey of ..."): the
    prefix names the topic the paper reviews, not a system it proposes.

    >>> import spacy
    >>> survey_after(spacy.blank("en")("Foo Agents: A Systematic Survey of Bar"), 2)
    True
    """
    words = lowers(doc)[end + 1:end + 4]
    if words[:1] in (["a"], ["an"], ["the"]):
        words = words[1:]
    if words[:1] and words[0] in _SURVEY_KINDS:
        words = words[1:]  # "A Systematic Survey"; "The Code Review Comprehension Assessment" is no survey
    return bool(words) and words[0] in _SURVEY_WORDS and (len(words) == 1 or words[1] not in _KIND_OR_DATA_WORDS)


def defined_in_proposal(doc: Doc, c: Cand, windows) -> bool:
    """An acronym defined in the sentence where the authors propose something, after the proposing verb:
    "we introduce an ADW strategy, which ... using Inverse Rank Weighting (IRW) and ...". A definition
    the proposal is cast as ("models this process as a Markov Decision Process (MDP)"), serves ("a network
    for whole slide image (WSI) classification") or builds on ("DWT (Discrete Wavelet Transform)-based") is
    not the paper's own.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> from kg.extract.proposed import proposal_windows
    >>> doc = load_nlp()("T\\n\\nWe introduce a new strategy using Inverse Rank Weighting (IRW). "
    ...                  "Prior work used Grid Search (GS). We propose a model grounded in Item Response Theory (IRT).")
    >>> windows = proposal_windows(doc)
    >>> [defined_in_proposal(doc, Cand(d[0], d[1], "NAME", "abbreviation", "", 0.9), windows) for d in doc._.kg_abbrevs]
    [True, False, False]
    """
    d = definition_of(doc, c)
    if d is None:
        return False
    low = lowers(doc)
    sent = sentence_of(doc, c.start)
    if not any(ws <= c.start and sentence_of(doc, ws) == sent and not (low[ws] == "to" and low[ws + 1] in TOOL_BEFORE)
               for ws, _, _ in windows):  # "we propose to use a genetic algorithm (GA)" uses it
        return False  # (the cheapest test first: most definitions are in no proposal's sentence)
    start, end = min(d[0], d[2]), max(d[1], d[3])
    before = before_article(low, start)
    if before > 0 and low[before] == "as" and low[before - 1] not in _NAMING_OR_KNOWN or low[before] == "for":
        return False  # "a framework for Image-Based Virtual Try-On (IVTON)": the purpose, not the proposal
    if low[before] == "of" and low[before - 1] not in OWN_OF:
        return False  # "employs diffusion priors in the form of Score Distillation Sampling (SDS)"
    if low[before] == "in" and low[before - 1] in _GROUNDED:
        return False  # "introducing a framework grounded in the Bradley-Terry-Luce (BTL) model": what it rests on
    if built_with(low, start):
        return False  # "a dataset built entirely in Unreal Engine 5 (UE5)": the tool it is made with
    if low[before] in _SOURCE_WORDS and not low[before - 1].endswith("ed") and "to" not in low[start:end]:
        # "constraints by first order logic (FOL)"; "guided by X" can name the paper's own part, "from coarse to
        # fine (CTF)" is a from-to phrase
        return False
    if _used_as_modifier(doc, past_bracket(doc, end)):
        return False
    return not (kind_of_a_name(doc, c) or _defined_as_attribute(doc, c, d))


_GROUNDED = frozenset("grounded rooted".split())  # ("based on X (ACR)" often names the authors' own X)
_BUILT = frozenset("built build builds building".split())
_BUILT_WITH = frozenset("in with".split())  # not "built upon X (ACR), a learnable module": its own part
KIND_WORDS = frozenset("framework approach method model system paradigm pipeline setting".split())
_KIND_OR_DATA_WORDS = KIND_WORDS | DATASET_HEADS


_TITLED_SMALL_WORDS = frozenset("of and for with in on to the a via -".split())
# what opens a comma clause describing a technique: ", which enforces", ", a cost-efficient bias that"
_CLAUSE_AFTER_COMMA = frozenset("which a an".split())
_PLAIN_TITLED = re.compile(r"^[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*$")  # "Coarse-to-Fine", not "ADRD" or "QA"
_TASK_WORDS = frozenset("task tasks problem".split())


def titled_technique_clause(doc: Doc, c: Cand) -> bool:
    """A whole Title Case head-noun phrase of plain words in the abstract ("Angular Alignment", "Subpool Selection")
    that a clause describes as a device: ", which enforces ...", ", a cost-efficient bias ...", or, as an item or a
    sentence's subject, "to align ..." / "strengthens ...". The authors capitalise their own techniques; a task is
    named in lower case or introduced as one ("the task of X, which ...", "a new task, X, which ..."; "Question
    Answering, a specific ... task"), and "X, a novel benchmark" is data. A run that only its capitals made a
    candidate (rule ``capitalised``) counts with plain words and ", which ..." alone.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe add Angular Alignment, which enforces directions. We study Shelf Retrieval (SR).")
    >>> [titled_technique_clause(doc, x) for x in doc._.kg_cands if x.rule == "head_task"]
    [True, False]
    >>> doc = load_nlp()("T\\n\\nWe propose FooNet. It adds Shelf Gate Modulation, which keeps crates steady, to "
    ...                  "images from the North Crate Sea, which shows light.")
    >>> [titled_technique_clause(doc, x) for x in doc._.kg_cands if x.rule == "capitalised"]
    [True, False]
    """
    txt = texts(doc)
    # a capitalised run found by case alone may join two names ("Foo Entropy with Bar Exploration"): plain words only
    small_words = _TITLED_SMALL_WORDS if c.rule == "head_task" else ()
    # (the last word's capital first: most task phrases are lower case)
    if (c.end - c.start < 2 or not txt[c.end - 1][:1].isupper() or c.start < title_end_of(doc)
            or c.end >= len(doc) - 1
            or not all(_PLAIN_TITLED.match(w) or w in small_words for w in txt[c.start:c.end])):
        return False
    low = lowers(doc)
    if c.rule != "head_task" and "from" in low[max(0, c.start - 2):c.start]:
        return False  # where something comes from: "a dataset from the Mediterranean Sea, which captures ..."
    before = txt[c.start - 1]
    opens = doc[c.start].is_sent_start or before in (":", ")", ";")
    if (not opens and (before == "-" or before[:1].isupper() or txt[c.start - 2] == "-")
            or low[c.start - 1] == "and" and txt[c.start - 2][:1].isupper()
            or any(w in _TASK_WORDS for w in low[max(0, c.start - 3):c.start])):
        # a piece of a longer name ("Abstraction and Confidence Estimation", "Flow-based Video Synthesis"), a problem
        return False
    nxt, after = low[c.end], low[c.end + 1]
    if nxt == ",":
        # ", a ..." after a name found by case alone is as often a prior work's description ("Foo Sampling, a strategy
        # in BarPO"): only ", which ..." makes it a device
        clause_openers = _CLAUSE_AFTER_COMMA if c.rule == "head_task" else ("which",)
        return after in clause_openers and not any(w in _TASK_WORDS or w in DATASET_HEADS
                                                   for w in low[c.end + 2:c.end + 7])
    return opens and (nxt == "to" and txt[c.end + 1].isalpha() and txt[c.end + 1].islower()
                      or present_verb(nxt))


_NAMING_OR_KNOWN = NAMING_WORDS | {"known"}  # "known as X" names another's X too


def _defined_as_attribute(doc: Doc, c: Cand, d: tuple[int, int, int, int]) -> bool:
    """The acronym definition ``d`` names a lower-case plural class ("whole slide images (WSIs)") or modifies a
    plain noun that is no method or data word ("the In-Distribution (ID) knowledge", "time-of-flight (ToF)
    sensors"): what the proposal works on, not what it proposes.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose FooNet using time-of-flight (ToF) sensors and a Bar Baz (BB) loss.")
    >>> [_defined_as_attribute(doc, Cand(d[0], d[1], "NAME", "abbreviation", "", 0.9), d) for d in doc._.kg_abbrevs]
    [True, False]
    """
    if plural_head(doc, d[3] - 1) and texts(doc)[d[3] - 1].islower():
        return True  # a Title-Case plural is a coined name: "combining PLMs with Fuzzy Fingerprints (FFPs)"
    w = after_definition(doc, c.end)
    if (not w.isalpha() or w in STOP_WORDS or w.endswith(("ed", "ly")) or w in verbs()
            or w.endswith("s") and w[:-1] in verbs()):
        return False
    k = next(j for j in range(c.end, len(doc)) if lowers(doc)[j] == w)
    # "(TVR) variance control strategy", "(BoNeSS-ST) keypoint detector": the head of a named part comes later
    return not any(t in PART_HEADS or t in KIND_WORDS or t in METHOD_HEADS or t in DATASET_HEADS
                   for t in lowers(doc)[k:k + 3])


def modifies_plain_plural(doc: Doc, c: Cand) -> bool:
    """A name that modifies a lower-case plural noun that names no method, data or part ("Google Maps reviews",
    "Reddit posts"): the noun is what the sentence is about.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("collects Shelf Maps reviews and FooBench tasks")
    >>> modifies_plain_plural(doc, Cand(1, 3, "NAME", "capitalised", "", 0.6))
    True
    """
    if c.end >= len(doc) or not texts(doc)[c.end].islower() or not plural_head(doc, c.end):
        return False
    w = lowers(doc)[c.end]
    return not any(h in KIND_HEADS for h in (w, w[:-1], w[:-2], w[:-3] + "y"))


def kind_of_a_name(doc: Doc, c: Cand) -> bool:
    """An acronym definition that names the kind of a proposed name in its description: "we propose
    HyperPriv-EPN, a hypergraph-based Learning Using Privileged Information (LUPI) framework".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe present SPF, a training-free aerial vision navigation (AVN) framework.")
    >>> kind_of_a_name(doc, Cand(14, 15, "NAME", "abbreviation", "", 0.9))
    True
    """
    d = definition_of(doc, c)
    if d is None or after_definition(doc, c.end) not in KIND_WORDS:
        return False
    low = lowers(doc)
    s0, k = sentence_of(doc, c.start)[0], min(d[0], d[2]) - 1
    while k > s0 and low[k] != ",":
        k -= 1
    return low[k] == "," and low[k + 1] in ("a", "an") and k + 1 < min(d[0], d[2])


def title_via(doc: Doc, c: Cand, title_end: int) -> bool:
    """A name right after "via"/"through" in the title is the means the paper proposes ("Precipitation
    Nowcasting via Pixel Mean Flows").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Nowcasting via Pixel Mean Flows\\n\\nWe forecast rain.")
    >>> title_via(doc, Cand(2, 5, "NAME", "capitalised", "", 0.6), 5)
    True
    """
    low = lowers(doc)
    if not 0 < c.start < title_end or c.rule == "gazetteer":
        return False
    if c.end < title_end and texts(doc)[c.end][:1].isupper():
        return False  # "via Knowledge Graph Walks": the means is the longer phrase, not its start
    before = c.start - 1 - (low[c.start - 1] in ("a", "an") and c.start > 1)
    return low[before] in _TITLE_MEANS


PART_HEADS = frozenset("""
module modules block blocks layer layers loss mechanism branch unit head adapter encoder decoder network strategy scheme
component components
""".split())


def after_novel(doc: Doc, start: int) -> bool:
    """ "a set of novel Partial Aggregation (PA) strategies", "a novel lightweight X" 

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe use a set of novel Partial Aggregation strategies, "
    ...                  "a novel lightweight FooNet and a Bar loss, a novel and efficient BazNet.")
    >>> after_novel(doc, 8), after_novel(doc, 15), after_novel(doc, 18), after_novel(doc, 25)
    (True, True, False, True)
    >>> doc = load_nlp()("T\\n\\nIt employs a novel music encoder FooTune and the encoder BarTune.")
    >>> after_novel(doc, texts(doc).index("FooTune")), after_novel(doc, texts(doc).index("BarTune"))
    (True, False)
    """
    low = lowers(doc)
    k = start - 1
    if k >= 3 and low[k] in KIND_OR_PART:
        # "employs a novel music encoder MotionTune": the name of the novel part the words before it describe
        k -= 1
        while k >= 1 and start - k <= 4 and low[k] != "novel" and low[k][:1].isalnum() and low[k] not in STOP_WORDS:
            k -= 1
        return low[k] == "novel"
    while k >= 0 and start - k <= 3 and low[k] in _NOVEL_TRAITS:
        k -= 1
    return k >= 1 and low[k] == "novel"


# what may stand between "novel" and the name: "a novel lightweight X", "a novel and efficient X"
_NOVEL_TRAITS = frozenset("lightweight efficient simple unified plug-and-play and".split())
KIND_OR_PART = KIND_WORDS | PART_HEADS


def describes_before(doc: Doc, start: int) -> bool:
    """The phrase at ``start`` follows "X, a ...", "X is/are a ..." or "as a ..." (at most four words
    between): it says what kind of thing a name before it is ("we propose CFMD, a novel cross-layer feature
    pyramid network", "Foo Tool is a novel web search tool").

    >>> import spacy
    >>> doc = spacy.blank("en")("FooTool is a novel shelf search tool and uses a novel shelf loss")
    >>> describes_before(doc, 4), describes_before(doc, 12)
    (True, False)
    """
    low = lowers(doc)
    k = start - 1
    while k > 0 and low[k] not in ("a", "an") and start - k <= 4:
        k -= 1
    return k > 0 and low[k] in ("a", "an") and low[k - 1] in (",", "is", "are", "as")


def definition_of(doc: Doc, c: Cand) -> tuple[int, int, int, int] | None:
    """The acronym definition (short start, short end, long start, long end) whose short or long form ``c`` is;
    None for a later repeat of the acronym or any other mention.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe add a Soft Gate Unit (SGU) module. The SGU helps.")
    >>> first, repeat = Cand(9, 10, "NAME", "abbreviation", "", 0.9), Cand(14, 15, "NAME", "abbreviation", "", 0.9)
    >>> definition_of(doc, first), definition_of(doc, repeat)
    ((9, 10, 5, 8), None)
    """
    spans = doc.user_data.get("kg_definition_spans")
    if spans is None:  # (start, end) of each short and long form -> the first definition with that form
        spans = doc.user_data["kg_definition_spans"] = {}
        for d in abbrevs_of(doc):
            spans.setdefault((d[0], d[1]), d)
            spans.setdefault((d[2], d[3]), d)
    return spans.get((c.start, c.end))


def after_definition(doc: Doc, end: int) -> str:
    """The word after an acronym definition that a mention ending at ``end`` belongs to ("" if none).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe add a Soft Gate Unit (SGU) module. The SGU helps.")
    >>> after_definition(doc, 8), after_definition(doc, 10), after_definition(doc, 15)  # long form, acronym, a repeat
    ('module', 'module', '')
    """
    low = lowers(doc)
    if end < len(doc) and low[end] == "(":
        end = closing_bracket(low, end, 4)
    return low[end + 1] if end + 1 < len(doc) and low[end] == ")" else ""


_APPOSITION_REACH = 10  # how far a ", a novel ..." apposition may run before its closing comma


def novel_apposition_of_its_own(doc: Doc, end: int) -> bool:
    """", a novel ..." starts at token ``end`` and describes the name before it, not one it goes on to name:
    "conditional mutual information (CMI), a new training method called CMIM", "Gated Mixer (GM), a lightweight
    module, FooNet-2, ..." present CMIM and FooNet-2.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Quill Mixer (QM), a novel module called QuillNet, and BarNet, a new model, work.")
    >>> novel_apposition_of_its_own(doc, 5), novel_apposition_of_its_own(doc, 14)
    (False, True)
    """
    if not novel_apposition(doc, end):
        return False
    low, txt = lowers(doc), texts(doc)
    for j in range(end + 1, min(len(doc), end + _APPOSITION_REACH)):
        if low[j] in NAMING_WORDS:
            return False
        if low[j] in (",", ".", ";"):
            return not (low[j] == "," and j + 1 < len(doc) and KEEP_CASE.search(txt[j + 1]))
    return True


_TRAINED = frozenset("trained optimized optimised fine-tuned finetuned post-trained aligned".split())


def trained_with_definition(doc: Doc, c: Cand) -> bool:
    """An acronym defined as the way a model is trained: "is trained with Foo-Guided Bar Distillation (FGBD)",
    "further optimized by a Baz Policy Search (BPS)"; a known training method is answered before (the gazetteer).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nThe student is trained with Quill Relay Distillation (QRD).")
    >>> [trained_with_definition(doc, c) for c in cands_of(doc) if c.rule == "abbreviation"]
    [True, True]
    """
    d = definition_of(doc, c)
    if d is None:
        return False
    low = lowers(doc)
    k = before_article(low, min(d[0], d[2]))
    return k > 0 and low[k] in MEANS_PREPS and low[k - 1] in _TRAINED


# what may stand between an adding verb and the item of its object list: "integrates three agents: A for ..., B"
LIST_BREAKS = frozenset("which that while whereas where when to of by via through using into from than as such like "
                        "e.g. i.e. ; .".split())


def defined_as_proposed(doc: Doc, c: Cand) -> bool:
    """An acronym definition that a passive proposing verb follows, maybe after a short "with ..." phrase: "a
    textual-enhanced cross-modal decoder (TCMD) is introduced", "a Foo Model (FM) with a gating unit is developed".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nThen a cross-modal fusion decoder (CMFD) is introduced to merge features.")
    >>> defined_as_proposed(doc, Cand(8, 9, "NAME", "abbreviation", "", 0.9))
    True
    """
    low = lowers(doc)
    d = definition_of(doc, c)
    if d is None:
        return False
    start = min(d[0], d[2])
    before = before_article(low, start)
    if low[before] in PREPOSITIONS or plural_head(doc, d[3] - 1):
        # "a regularization method based on Kernel Maximum Mean Discrepancy (KMMD) is proposed"; "Language
        # Bottleneck Models (LBMs) are proposed to ..." opens with a class of prior models
        return False
    k = past_bracket(doc, max(d[1], d[3]))
    if k < len(doc) and singular(low[k]) in PART_HEADS:
        k += 1  # "Auxiliary Deep Supervision (ADS) heads are added"
    if k < len(doc) and low[k] == "with":
        k = next((j for j in range(k + 1, min(len(doc), k + 8)) if low[j] in ("is", "are", ",", ".")), k)
    return passive_proposal_at(low, k)


def passive_proposal_at(low: list[str], k: int) -> bool:
    """Tokens ``k`` and ``k + 1`` say the thing before them is proposed: "is proposed", "are introduced".

    Examples
    --------
    >>> words = "the FooNet is proposed and BarNet is used".split()
    >>> passive_proposal_at(words, 2), passive_proposal_at(words, 6)
    (True, False)
    """
    return k + 1 < len(low) and low[k] in ("is", "are") and low[k + 1] in PASSIVE_PROPOSALS


def title_case_long(doc: Doc, d: tuple[int, int, int, int]) -> bool:
    """The long form ``d[2]:d[3]`` of the definition ``d`` (see :func:`definition_of`) is in Title Case (a
    modifier suffix after a hyphen aside: "Mask-based Feature Extractor").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe add a Soft Gate Unit (SGU) and a dynamic token merging (DTM) scheme, "
    ...                  "a Mask-based Feature Extractor (MFE).")
    >>> [title_case_long(doc, d) for d in doc._.kg_abbrevs]
    [True, False, True]
    """
    words = texts(doc)[d[2]:d[3]]
    return all(w[:1].isupper() or w == "-" or k and words[k - 1] == "-" and w in MODIFIER_SUFFIXES
               for k, w in enumerate(words))


def title_case_definition(doc: Doc, c: Cand) -> bool:
    """An acronym defined with a Title-Case long form after "a"/"an", in a paper that proposes something and
    after its proposal: "The network begins with a Laplacian Multi-scale Separator (LMS)", "a Corpus-level Semantic
    Prior (CSP) for global context": a coined part of the method, the way a paper walks through it.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose FooNet. It begins with a Laplacian Band Splitter (LBS) to split.")
    >>> title_case_definition(doc, Cand(14, 15, "NAME", "abbreviation", "", 0.9))
    True
    """
    d = definition_of(doc, c)
    if d is None or d[2] > d[0] or d[3] - d[2] < 2 or kind_of_a_name(doc, c):
        return False
    low = lowers(doc)
    if _ordinal_lead(low, d[2]):
        return title_case_long(doc, d)  # "The first, Differential Answer-Probe Reward (DAPR), is ..."
    a = _past_manner(low, d[2])
    if a < 2 or low[a - 1] not in ("a", "an") or low[a - 2] in _NOT_OWN_LEAD or low[a - 2] in TOOL_BEFORE:
        return False  # "models this as a Markov Decision Process (MDP)", "we use a Vision Model (VM)"
    if _used_as_modifier(doc, d[1] + 1) or after_definition(doc, c.end) == "of":
        return False  # "a Facebook AI Similarity Search (FAISS) based ...", "a Global Difference (GD) of 3.61%"
    return title_case_long(doc, d)


def _ordinal_lead(low: list[str], start: int) -> bool:
    """The phrase at ``start`` is set off after "The first/second/third," (a walk through the method's parts).

    >>> _ordinal_lead("the second , foo bar".split(), 3), _ordinal_lead("in the first , foo".split(), 4)
    (True, False)
    """
    return start > 2 and low[start - 1] == "," and low[start - 2] in _ORDINALS and low[start - 3] == "the" and (
        start == 3 or low[start - 4] in (".", ";", ":"))


_ORDINALS = frozenset("first second third fourth".split())


def _past_manner(low: list[str], start: int) -> int:
    """Where the phrase at ``start`` starts once a making manner before it is passed: "a meticulously designed Foo
    Bar", "a carefully crafted Foo" (not "a widely used Foo", "a publicly released Foo": others').

    >>> _past_manner("a meticulously designed foo".split(), 3), _past_manner("a widely used foo".split(), 3)
    (1, 3)
    """
    if start > 2 and low[start - 1] in _MADE_WORDS and low[start - 2] in _MAKING_MANNERS:
        return start - 2
    return start


_MAKING_MANNERS = frozenset("meticulously carefully specially elaborately newly purposely specifically".split())
_MADE_WORDS = frozenset("designed crafted built constructed developed engineered devised tailored".split())


PASSIVE_PROPOSALS = frozenset("proposed introduced developed designed devised constructed presented built added "
                                "incorporated".split())
_NOT_OWN_LEAD = PREPOSITIONS - {"with"} | frozenset("into as including".split())


def built_with(low: list[str], start: int) -> bool:
    """The phrase at ``start`` names what something is built with: "built (entirely) in / with (the)
    X" (the tool a dataset or system is made with, not the authors' own: "Unreal Engine 5 (UE5)").

    >>> built_with("a dataset built entirely in unreal engine".split(), 5), built_with("built for games".split(), 2)
    (True, False)
    """
    before = before_article(low, start)
    if before < 1 or low[before] not in _BUILT_WITH:
        return False
    return low[before - 1 - (before > 1 and low[before - 1].endswith("ly"))] in _BUILT


def described_in_our_sentence(doc: Doc, c: Cand) -> bool:
    """An acronym defined after "we"/"our" and then described by an apposition: "we resolve this with PRE-GRPO
    (Peak-Retention-Efficiency Group Relative Policy Optimization), a trajectory-level ...".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe resolve this with FOO (Fast Order Optimization), a trajectory-level method. "
    ...                  "Prior work uses BAR (Basic Adaptive Regression), a linear model.")
    >>> [described_in_our_sentence(doc, Cand(d[0], d[1], "NAME", "abbreviation", "", 0.9)) for d in doc._.kg_abbrevs]
    [True, False]
    """
    d = definition_of(doc, c)
    if d is None:
        return False
    low = lowers(doc)
    end = past_bracket(doc, max(d[1], d[3]))
    if end + 1 >= len(doc) or low[end] != "," or low[end + 1] not in ("a", "an"):
        return False
    start = min(d[0], d[2])
    if low[start - 1] in TOOL_BEFORE or low[start - 1] in ("extends", "extend", "extending") or built_with(low, start):
        return False  # "our method extends Bundle Adjusting Neural Radiance Fields (BARF), a ..."
    return any(t in ("we", "our") for t in low[sentence_of(doc, start)[0]:start])


def opens_the_title(doc: Doc, c: Cand) -> bool:
    """The long form of the acronym definition ``c`` belongs to is what the title opens with, and it names a
    model: "Regression Language Models for Code", then "a single unified Regression Language Model (RLM)".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Regression Language Models for Code\\n\\nWe train a single Regression Language Model (RLM) "
    ...                  "and compare it with a Graph Neural Network (GNN).")
    >>> [opens_the_title(doc, Cand(d[0], d[1], "NAME", "abbreviation", "", 0.9)) for d in doc._.kg_abbrevs]
    [True, False]
    """
    d = definition_of(doc, c)
    if d is None or d[2] < title_end_of(doc) or lowers(doc)[d[3] - 1] not in METHOD_CUES:
        return False  # "Implicit Neural Representations for ...", "Sparse Mixture of Experts as ...": the topic
    n = d[3] - d[2]
    return n >= 2 and title_end_of(doc) > n and singular(entity_key(span_text(doc, 0, n))) == singular(
        entity_key(span_text(doc, d[2], d[3])))


def defined_title_prefix(doc: Doc, c: Cand) -> bool:
    """The acronym definition ``c`` belongs to opens the title before its separator: "Radiology's Last Exam (RadLE):
    Benchmarking ...", the title's name written with its acronym.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Shelf Last Exam (ShLE): Benchmarking Models\\n\\nWe test models.")
    >>> [defined_title_prefix(doc, x) for x in doc._.kg_cands if x.rule == "abbreviation"]
    [True, True]
    """
    d = definition_of(doc, c)
    if d is None or min(d[0], d[2]) != 0:
        return False
    end, txt = max(d[1], d[3]), texts(doc)
    if end + 1 >= title_end_of(doc) or txt[end][:1] != ")":
        return False
    sep = end if txt[end][1:] in TITLE_SEPARATORS else end + 1 if txt[end] == ")" else -1  # "):" is one token
    return sep > 0 and txt[sep].lstrip(")") in TITLE_SEPARATORS and not survey_after(doc, sep)


_RESULT_VERBS = frozenset("achieves outperforms surpasses attains sets delivers yields exceeds".split())
_RESULT_LEADS = frozenset(", and overall notably".split())


def result_subject(doc: Doc, c: Cand) -> bool:
    """A name opening a sentence or clause as the subject of a result verb ("FooNet consistently outperforms ...",
    "On both benchmarks, FooNet achieves ..."): abstracts report their own method's results this way. "that" is no
    lead: "results show that X achieves ..." also reports the models a study compares (dev proposed -0.004).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nOn two benchmarks, ShelfNet consistently outperforms prior work.")
    >>> [result_subject(doc, x) for x in doc._.kg_cands if doc[x.start].text == "ShelfNet"]
    [True]
    """
    low = lowers(doc)
    k = c.end + (c.end < len(doc) and low[c.end].endswith("ly"))
    if k >= len(doc) or low[k] not in _RESULT_VERBS:
        return False
    return c.start == sentence_of(doc, c.start)[0] or low[c.start - 1] in _RESULT_LEADS


def defined_result_subject(doc: Doc, c: Cand) -> bool:
    """An acronym first defined as the subject of a result verb: "Tests show that joint angle-based refinement (JAR)
    outperforms the state-of-the-art ...": a paper names its own method where it reports that it wins.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose a fix. Tests show that joint shelf refinement (JSR) outperforms all.")
    >>> [defined_result_subject(doc, x) for x in doc._.kg_cands if x.rule == "abbreviation"]
    [True, True]
    """
    d = definition_of(doc, c)
    if d is None:
        return False
    low = lowers(doc)
    end = past_bracket(doc, max(d[1], d[3]))
    return end < len(doc) and low[end] in _RESULT_VERBS and low[before_article(low, min(d[0], d[2]))] == "that"


def first_named_after(ment, start: int, title_end: int) -> bool:
    """The abstract names the entity first after ``start`` (the first proposal window): a name written before the
    paper proposes anything is background ("distribution matching (DM) methods ... DM achieves ...").

    Examples
    --------
    >>> title, early, later = (Cand(s, s + 1, "NAME", "coined", "", 0.6) for s in (0, 6, 20))
    >>> first_named_after([(title, "METHOD", 1), (later, "METHOD", 1)], 10, 5)  # (the title's mention does not count)
    True
    >>> first_named_after([(early, "METHOD", 1), (later, "METHOD", 1)], 10, 5)  # named before the proposal at 10
    False
    """
    return all(c.start >= start for c, _, _ in ment if c.start >= title_end)


def list_item(doc: Doc, c: Cand) -> bool:
    """``c`` sits inside a list of names ("QuIP#, SpinQuant, QTIP, VPTQ", "A, B, and C, are fine-tuned"): the
    models a paper compares, not its own.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe compare FooNet, BarNet, and BazNet on images.")
    >>> list_item(doc, Cand(6, 7, "NAME", "coined", "", 0.6)), list_item(doc, Cand(4, 5, "NAME", "coined", "", 0.6))
    (True, False)
    """
    low = lowers(doc)
    return 0 < c.start and c.end < len(doc) and low[c.start - 1] in LIST_JOINS and low[c.end] in LIST_JOINS


def bracketed_proposal_name(doc: Doc, c: Cand, windows) -> bool:
    """A coined name in brackets closing the phrase the authors propose, where no acronym definition was read:
    "we propose a novel large language model (LLM)-driven ... (LLM-DiSAC) framework", "the resulting model, dubbed
    as a Meta Mixture of Experts for External data (M2oE2)". After a naming word any bracketed name counts, after a
    proposing verb only one followed by a kind word ("framework", "module").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> from kg.extract.proposed import proposal_windows
    >>> doc = load_nlp()("T\\n\\nWe propose a shelf-driven token routing (ShTR-X) framework. "
    ...                  "We use the Bar data (BD-Y).")
    >>> [(doc[x.start:x.end].text, bracketed_proposal_name(doc, x, proposal_windows(doc)))
    ...  for x in doc._.kg_cands if x.rule == "coined"]
    [('ShTR-X', True), ('BD-Y', False)]
    """
    low = lowers(doc)
    if c.start < 1 or c.end >= len(doc) or low[c.start - 1] != "(" or low[c.end] != ")":
        return False
    sent = sentence_of(doc, c.start)
    kind_after = c.end + 1 < len(doc) and low[c.end + 1] in KIND_OR_PART
    # every window of the sentence counts: "we propose a new router, dubbed as ... (X)" has its naming word second
    return any(naming or kind_after for ws, _, naming in windows if ws <= c.start and sentence_of(doc, ws) == sent)


# "consists of X", "the paradigm of X", "a soft version of X": "of" introduces the paper's own part or idea
OWN_OF = frozenset("consists consist consisting composed comprised made concept paradigm idea notion version class "
                   "family".split())


# "a novel look-up table (LUT) framework": the bracket names the kind's modifier, not the method
KIND_HEADS = KIND_OR_PART | METHOD_CUES | DATASET_HEADS


def modifies_next(doc: Doc, c: Cand) -> bool:
    """The mention ``c`` (with its acronym definition's bracket) modifies what follows: "Our SRCNN-based model",
    "a Maximal Marginal Relevance (MMR)-based selector".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe add a Shelf Label Relevance (SLR)-based selector.")
    >>> [modifies_next(doc, x) for x in doc._.kg_cands if x.rule == "abbreviation"]
    [True, True]
    >>> doc = load_nlp()("T\\n\\nWe build a benchmark named FooDrive based on BarEnv.")
    >>> [modifies_next(doc, x) for x in doc._.kg_cands if doc[x.start:x.end].text == "FooDrive"][:1]
    [False]
    """
    low, k = lowers(doc), c.end
    if k < len(doc) and low[k] == "(":
        j = closing_bracket(low, k, 5)
        k = j + 1 if j != k else k
    k = past_bracket(doc, k)
    if c.rule not in _DESCRIBED_RULES and low[k:k + 2] in (["based", "on"], ["based", "upon"]):
        return False  # "a benchmark named FooDrive based on the BarEnv simulator": the name is built on it
    return _used_as_modifier(doc, k)


# phrases a head word ends ("a hybrid representation based on spectral priors"): "based on" leaves them undecided
_DESCRIBED_RULES = HEAD_RULES | {"used_phrase", "proposed_phrase"}


def _used_as_modifier(doc: Doc, end: int) -> bool:
    """ "X-based", "X based" """
    low = lowers(doc)
    return end < len(low) and (low[end] == "based" or based_at(low, end))


def coordinated(doc: Doc, first: int, start: int) -> bool:
    """Tokens ``first:start`` are name candidates joined by list separators ("X, Y and Z").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe compare FooNet, BarNet, and BazNet on images.")
    >>> coordinated(doc, 4, 9), coordinated(doc, 3, 9)  # "FooNet, BarNet, and" | "compare FooNet, ..."
    (True, False)
    """
    ends = _cand_tables(doc)[0]
    k = first
    low = lowers(doc)
    while k < start:
        if k in ends:
            k = ends[k]
            if k > start:
                return False
            gap = k
            while k < start and low[k] in (",", "and", "or", "&"):
                k += 1
            if k == gap and k < start:
                return False
        else:
            return False
    return k == start


NAME_RULES = frozenset(("coined", "abbreviation"))  # the rules that find a name (not a described phrase)
_PAIR_REACH = 12  # how far the second name may stand from the first
_PAIR_NEXT = frozenset("for with to that which".split())  # what may follow the second name ("FooQA for ...")


def described_pair(doc: Doc, first: int, c: Cand) -> bool:
    """``c`` is a coined name joined by "and" to the name that opens a proposal window, each with its own
    description: "FooJudge, an automated evaluator, and FooAgent", "FooQA for lookahead and BarQA for prediction".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose FooJudge, an automated evaluator, and BarAgent, a framework.")
    >>> [described_pair(doc, 4, x) for x in cands_of(doc) if x.rule == "coined" and x.start > 4]
    [True]
    """
    low = lowers(doc)
    if c.rule not in NAME_RULES or low[c.start - 1] != "and" or c.start - first > _PAIR_REACH:
        return False
    if c.end < len(doc) and low[c.end].isalpha() and low[c.end] not in _PAIR_NEXT:
        return False  # "RBS matrices and IMU readings": a modifier, not a second name
    if low[c.end:c.end + 2] in (["for", "comparison"], ["for", "reference"]):
        return False  # "... and GraspGPT for comparison": a baseline
    opening = [x for x in cands_of(doc) if x.start == first and x.rule in NAME_RULES]
    if not opening:
        return False
    between = low[max(x.end for x in opening):c.start - 1]
    return bool(between) and "and" not in between and not any(t in LIST_BREAKS and t != "for" for t in between)


# what joins a second described name to the first: "X, a ..., and Y, a ...", "X, a ..., together with Y, which ..."
_SECOND_JOINS = (["and"], ["along", "with"], ["together", "with"], ["as", "well", "as"])
_SECOND_DESCRIBED = frozenset("a an which the".split())
# words that turn the sentence to others' work before the second name: "X, which beats baselines like A, and B, a ..."
_OTHERS_BETWEEN = frozenset("than like such e.g. including compared against over versus vs. baselines".split())


def described_second_name(doc: Doc, c: Cand, windows: list[tuple[int, int, bool]]) -> bool:
    """``c`` is a coined name the authors introduce next to the one their proposal window opens with, past the
    window's reach: joined by "and" / "along with" / "together with" and set off by its own description
    ("we introduce FooSet, a benchmark of ..., together with BarSet, a real-image set ...").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> from kg.extract.proposed import proposal_windows
    >>> doc = load_nlp()("T\\n\\nWe introduce FooSet, a large-scale dataset of 11,273 low-light images made from "
    ...                  "well-lit public image collections, along with BarSet, which includes real images.")
    >>> [described_second_name(doc, x, proposal_windows(doc)) for x in cands_of(doc) if x.rule == "coined"]
    [False, True]
    """
    low = lowers(doc)
    if (c.rule not in NAME_RULES or c.end + 1 >= len(doc) or low[c.end] != ","
            or low[c.end + 1] not in _SECOND_DESCRIBED):
        return False
    if not any(low[c.start - len(j):c.start] == j for j in _SECOND_JOINS):
        return False
    sent_start, _ = sentence_of(doc, c.start)
    for ws, _, _ in windows:
        if sent_start <= ws < c.start:
            first = first_cand_in(doc, ws, min(ws + 4, c.start))
            return (first is not None and first < c.start - 2
                    and not any(t in _OTHERS_BETWEEN for t in low[first:c.start]))
    return False


def named_after_kind(doc: Doc, ws: int, c: Cand) -> bool:
    """The name ``c`` follows right after the kind word of the short noun phrase that opens the proposal window at
    ``ws``: "we propose a Sketch-Coloring framework OmniDepth-Occ", "we present a neural network LPR-NET".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe present a neural network SHELF-NET based on unrolling.")
    >>> [named_after_kind(doc, 4, x) for x in doc._.kg_cands if x.rule == "coined"]
    [True]
    """
    low = lowers(doc)
    return (ws < c.start - 1 <= ws + 5 and low[c.start - 1] in _NAMED_KINDS
            and all(w.replace("-", "").isalpha() for w in low[ws:c.start]))


_NAMED_KINDS = KIND_WORDS | DATASET_HEADS | frozenset("network architecture algorithm".split())


def kind_apposed_name(doc: Doc, ws: int) -> int:
    """The first token of the name standing after a comma or in brackets right after the kind word that ends the
    "a/an ..." noun phrase opening the proposal window at ``ws`` ("we propose a training-free parallel decoding
    algorithm, Foo Decoding (FD), to ...", "we introduce a novel PSRL framework (ShelfRL)"), or -1. The words
    before the name describe it: they are not the proposal's name.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe introduce a data augmentation framework, ShelfAug, to enlarge data.")
    >>> doc[kind_apposed_name(doc, 4)].text
    'ShelfAug'
    """
    low = lowers(doc)
    if low[ws] not in ("a", "an"):
        return -1
    for k in range(ws + 1, min(ws + 13, len(doc) - 2)):
        if not (low[k] in ",-" or low[k].replace("-", "").isalnum()) or low[k] in _NOT_IN_KIND_PHRASE:
            return -1
        if low[k] in _NAMED_KINDS and low[k + 1] in (",", "("):
            if low[k + 1] == "(" and (any(d[0] == k + 2 for d in abbrevs_of(doc)) or any(
                    w[:1].isupper() and not w.isupper() for w in texts(doc)[ws + 1:k])):
                # "a convolutional neural network (CNN)", "a Foo-domain Bar Interaction model (FBISeg)": the
                # described phrase is the long form of the bracketed name
                return -1
            return next((x.start for x in cands_of(doc) if x.start == k + 2 and x.rule in _APPOSED_NAME_RULES
                         and (low[k + 1] == "," or x.end < len(doc) and low[x.end] == ")")), -1)
    return -1


_APPOSED_NAME_RULES = NAME_RULES | {"capitalised", "proposal_name"}
# a preposition or relative word ends the describing noun phrase: "a loss applied through a diffusion model (DDIM)"
_NOT_IN_KIND_PHRASE = frozenset("for in on with through via by using that which to from based applied".split())


def apposed_to_opening(doc: Doc, ws: int, c: Cand) -> bool:
    """The coined name ``c`` stands between commas (or before the sentence end) right after the "a/an ..." phrase
    that opens the proposal window at ``ws``, with no other name before it: "we introduce a new class of
    physical-world adversarial examples, AdvFoo, which ...", "we present a proof of concept, SE-FooGuard, to ...".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe introduce a new class of shelf attacks, ShelfAtk, which fools models.")
    >>> [apposed_to_opening(doc, 4, x) for x in doc._.kg_cands if x.rule == "coined"]
    [True]
    """
    low = lowers(doc)
    if (c.rule not in ("coined", "proposal_name") or low[ws] not in ("a", "an") or c.start - ws > 12
            or low[c.start - 1] != "," or c.end >= len(doc) or low[c.end] not in (",", "which", ".")):
        return False
    return not any(ws <= x.start < c.start - 1 for x in cands_of(doc) if x.rule not in HEAD_RULES)


def bracketed_after(doc: Doc, first: int, c: Cand) -> bool:
    """The coined name ``c`` stands in brackets, alone or listed, right after the phrase at ``first``: "we design
    two variants of the prior knowledge-infused network (PKIV-1 and PKIV-2)" names the proposed phrase's versions.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe design two variants of the shelf routing network (SRN-1 and SRN-2).")
    >>> first = min(x.start for x in doc._.kg_cands if x.start > 3)
    >>> [bracketed_after(doc, first, x) for x in doc._.kg_cands if x.rule == "coined"]
    [True, True]
    """
    low = lowers(doc)
    b = c.start - 1
    while b > first and c.start - b <= 8 and low[b] not in ("(", ")"):
        b -= 1
    if low[b] != "(" or c.end >= len(doc) or low[c.end] not in (")", ",", "and", "or"):
        return False
    return (b + 1 == c.start or coordinated(doc, b + 1, c.start)) and any(
        x.start == first and x.end == b for x in cands_of(doc))


def described_after(doc: Doc, end: int) -> bool:
    """The name is followed by an apposition: "we introduce LiveBench, a benchmark for ..." makes a known name the
    paper's own (its name collides with an existing one).

    Examples
    --------
    >>> import spacy
    >>> described_after(spacy.blank("en")("TAPE, a pruning method"), 1)
    True
    >>> described_after(spacy.blank("en")("TAPE (https://github.com/o/tape), a pruning method"), 1)
    True
    """
    low = lowers(doc)
    if low[end:end + 1] == ["("] and end + 2 < len(low) and low[end + 2] == ")" and _LINK.match(low[end + 1]):
        end += 3  # a link in brackets between the name and its apposition
    return low[end:end + 2] in ([",", "a"], [",", "an"])


_LINK = re.compile(r"(?:https?://|www\.)|[\w-]+\.(?:com|org|io|ai|co|net)/")


def first_of_its_kind(doc: Doc, end: int) -> bool:
    """The name is followed by a claim of novelty: "we present SWE-Foo, the first environment ...", "we introduce
    Foo, Mistral's first reasoning model", "Foo, our first ..." make a known name the paper's own, as an apposition
    does (:func:`described_after`): the list holds the paper's own name.

    >>> import spacy
    >>> doc = spacy.blank("en")("Foo , the first environment ; Bar , the standard one ; Baz , Acme 's first model")
    >>> first_of_its_kind(doc, 1), first_of_its_kind(doc, 7), first_of_its_kind(doc, 13)
    (True, False, True)
    """
    low = lowers(doc)
    return low[end:end + 1] == [","] and (low[end + 1:end + 3] in (["the", "first"], ["our", "first"])
                                          or low[end + 2:end + 4] == ["'s", "first"])


def first_cand_in(doc: Doc, ws: int, we: int, *, names: bool = False) -> int | None:
    """The first token of the earliest candidate starting in ``ws:we`` (a proposal window), else None; with
    ``names``, of the earliest that is no head phrase of a method or task.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose ShelfNet. It beats ResNet-50.")
    >>> first_cand_in(doc, 4, 10), first_cand_in(doc, 7, 8), first_cand_in(doc, 4, 10, names=True)
    (4, None, 4)
    """
    starts = _cand_tables(doc)[2 if names else 1]
    i = bisect_left(starts, ws)
    return starts[i] if i < len(starts) and starts[i] < we else None


def _cand_tables(doc: Doc) -> tuple[dict[int, int], list[int], list[int]]:
    """Tables of the candidates of ``doc`` (:func:`~kg.extract.components.candidates.cand_table`), read for every
    mention in every proposal window: the furthest end of the candidates starting at each token that are not head
    phrases (:func:`coordinated`), the sorted starts of all candidates, and of those that are no head phrase of a
    method or task (:func:`first_cand_in`).

    >>> import spacy
    >>> doc = spacy.blank("en")("We use FooNet and BarNet")
    >>> cands_of(doc).extend([Cand(2, 3, "NAME", "coined", "", 0.6), Cand(2, 5, "METHOD", "head_method", "", 0.5)])
    >>> _cand_tables(doc)
    ({2: 3}, [2], [2])
    """
    return cand_table(doc, "kg_cand_tables", _make_cand_tables)


def _make_cand_tables(doc: Doc, cands: list[Cand]) -> tuple[dict[int, int], list[int], list[int]]:
    ends: dict[int, int] = {}
    for c in cands:
        if c.rule not in ("head_method", "head_task", "head_component"):
            ends[c.start] = max(ends.get(c.start, c.start), c.end)
    return (ends, sorted({c.start for c in cands}),
            sorted({c.start for c in cands if c.rule not in ("head_method", "head_task")}))
