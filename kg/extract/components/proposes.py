"""Decide whether the paper itself introduces an entity (the ``proposed`` flag of ``kg_resolve``).

``is_proposed`` reads the mentions of one merged entity against the proposal windows ("we propose X"),
the title ("X: ..."), acronym definitions and the paper's own sentences ("our X", "X consists of").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.components.candidates import (Cand, abbrevs_of, cands_of, lowers, own_one_word_names, span_text,
                                              texts, word_between)
from kg.extract.components.context import (CONTRAST_LEADS, DESIGN_NOUNS, HEAD_RULES, KEEP_CASE, LIST_JOINS,
                                           MEANS_PREPS, METHOD_CUES, TOOL_BEFORE, based_at, before_article,
                                           closing_bracket, example_of, is_coined_variant, past_bracket, plural_head,
                                           title_end_of)
from kg.extract.components.lexicon import (DATASET_HEADS, METHOD_HEADS, PREPOSITIONS, load_terms, present_verb,
                                           verbs)
from kg.extract.components.sentences import sentence_of
from kg.extract.normalize import entity_key, s_form, singular
from kg.extract.proposed import (NAMING_WORDS, PROPOSE_VERBS, TITLE_SEPARATORS, is_title_prefix, lists_plural,
                                novel_apposition, proposal_windows)

__all__ = ["KIND_WORDS", "LIST_JOINS", "is_proposed", "proposal_cue", "own_component", "described_after",
           "first_cand_in", "after_established", "passive_proposal_at"]


def is_proposed(doc: Doc, ment: list[tuple[Cand, str, int]], windows: list[tuple[int, int, bool]],
                title_end: int) -> bool:
    """Whether this paper introduces the entity whose mentions are ``ment`` (candidate, label, strength): its
    title name, a name after "we propose", an unknown name the text describes as the authors' own, a part of
    their model; not a known name, nor one they build on or compare with. ``windows`` are the proposal windows
    (:func:`kg.extract.proposed.proposal_windows`), ``title_end`` the first token after the title. Some cue of
    :func:`proposal_cue` fires.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> from kg.extract.proposed import proposal_windows
    >>> doc = load_nlp()("T\\n\\nWe propose ShelfNet. It beats ResNet-50.")
    >>> [(doc[c.start:c.end].text, is_proposed(doc, [(c, "METHOD", 3)], proposal_windows(doc), 2))
    ...  for c in doc._.kg_cands if c.rule == "coined"]
    [('ShelfNet', True), ('ResNet-50', False)]
    """
    return bool(proposal_cue(doc, ment, windows, title_end))


def proposal_cue(doc: Doc, ment: list[tuple[Cand, str, int]], windows: list[tuple[int, int, bool]],
                 title_end: int) -> str:
    """The name of the first cue that marks the merged entity ``ment`` as the paper's own ("title_prefix",
    "after_our", "window_first", ...), or "" when none does (see :func:`is_proposed`).

    Examples
    --------
    >>> from kg.extract import load_nlp
    >>> doc = load_nlp()("FooNet: a tiny net\\n\\nWe propose FooNet, a network we compare with BarNet.")
    >>> coined = [c for c in cands_of(doc) if c.rule == "coined"]
    >>> [proposal_cue(doc, [(c, "METHOD", 1)], proposal_windows(doc), title_end_of(doc)) for c in coined]
    ['title_prefix', 'window_first', '']
    """
    in_gaz = _in_gazetteer(doc, ment) and not _redefined_acronym(doc, ment)
    known = all(c.rule == "gazetteer" and not is_coined_variant(c) for c, _, _ in ment) or _known_long_form(doc, ment)
    if not any(c.rule == "gazetteer" for c, _, _ in ment) and not in_gaz and not known and _unknown_named(doc, ment):
        return "unknown_named"
    if all(c.start >= title_end for c, _, _ in ment) and any(c.rule not in HEAD_RULES and _built_on(doc, c)
                                                              for c, _, _ in ment):
        return ""
    if any(_established_apposition(doc, c) for c, _, _ in ment):
        return ""
    for c, _, _ in ment:
        if (c.rule != "head_method" and is_title_prefix(doc, c.start, c.end, title_end)
                and not (c.start == 1 and lowers(doc)[0] in _REVISITING)
                and not (_survey_after(doc, c.end) and not _BENCH_OR_EVAL_END.search(texts(doc)[c.end - 1]))):
            return "title_prefix"
        if c.rule == "title_name":
            return "title_name"
        if after_established(doc, c.start):
            continue  # "a multi-stage fine-tuned MarianMT model", "a frozen Foo encoder": another's model
        if not known and _novel_apposition_of_its_own(doc, past_bracket(doc, c.end)):  # "(ParaRL), a novel ..."
            return "novel_apposition"
        if not known and (_dataset_apposition(doc, c) or _named_after_dataset_word(doc, c, windows)):
            return "dataset_apposition"
        if not known and not in_gaz and _we_train_described(doc, c):
            return "we_train"
        modifier = _modifies_next(doc, c)
        if not known and not modifier and _after_our(doc, c.start):
            return "after_our"
        if not known and not in_gaz and _named_after_own_phrase(doc, c):
            return "own_phrase"
        if not known and not in_gaz and _title_via(doc, c, title_end):
            return "title_via"
        if c.rule == "abbreviation" and not in_gaz and _defined_in_proposal(doc, c, windows):
            return "defined_in_proposal"
        if (not known and (not modifier or _proposed_based_on(doc, c, windows))
                and own_component(doc, c) and (_introduced(doc, c) or c.start < title_end)):
            return "own_component"
        if modifier:
            continue
        if (c.rule == "enum_part" or c.rule in HEAD_RULES and _opens_enum_part(doc, c)) and not known:
            return "enum_part"  # the rule reads the list's opener: an item of the paper's own parts
        if (c.rule == "capitalised" and not known and _own_sentence(doc, c.start) and not example_of(doc, c.start)
                and not _object_of_preposition(doc, c)):
            return "own_sentence"
        if (c.rule in _NAME_RULES and not known and _contribution_item(doc, c.start)
                and not in_gaz):
            return "contribution_item"
        if not known and _after_novel(doc, c.start) and (texts(doc)[c.start][:1].isupper() or c.rule in _PHRASE_RULES
                                                         and not _describes_before(doc, c.start)):
            # "a set of novel Partial Aggregation (PA) strategies", "leverages a novel neural X field"
            return "after_novel"
        if (c.rule in ("capitalised", "abbreviation", "head_method") and windows and not known
                and c.start > title_end and lowers(doc)[c.start - 1] in ("the", "a", "an", "our", "lightweight", ")")
                and _capitalised_part(doc, c)):
            return "capitalised_part"
        past_proposal = bool(windows) and c.start > windows[0][0]
        if (past_proposal and is_coined_variant(c) and not _set_against(doc, c) and not example_of(doc, c.start)
                and any("-" in t or t[:1].isdigit() for t in texts(doc)[c.start:c.end - 1])):
            return "coined_variant"  # "... combines SFT with Hierarchical Coverage-Discounted GRPO to ..."
        if c.rule in _ACTOR_RULES and past_proposal and not known and _sentence_actor(doc, c):
            return "sentence_actor"
        if (c.rule != "gazetteer" and past_proposal and not known and not in_gaz
                and (c.rule in _PHRASE_OR_TASK_RULES or not (_names_a_model(doc, c.end)
                                                             or _object_of_preposition(doc, c)))
                and _added_by_own_method(doc, c)):
            return "added_by_own"
        if c.rule == "abbreviation" and not known and not in_gaz and _trained_with_definition(doc, c):
            return "trained_with"  # "The student is trained with Foo-Guided Bar Distillation (FGBD)"
        if not known and not in_gaz and c.rule not in HEAD_RULES and _core_part(doc, c):
            return "core_part"  # "At its core lies the Foo Chain (FC)", "The core component of X is the Bar Attack"
        if (c.rule == "abbreviation" and past_proposal and _named_part(doc, c.end)
                and not any(x.rule == "gazetteer" for x, _, _ in ment) and not in_gaz):
            return "named_part"  # "The Cross Feature Consistency (CFC) module fortifies ..."
        if (c.rule == "coined" and past_proposal and not known and not in_gaz and lowers(doc)[c.start - 1] in _PART_LEAD
                and c.end < len(doc) and lowers(doc)[c.end] in _PART_HEADS and not texts(doc)[c.start].isupper()
                and not _SIZE_SUFFIX.search(texts(doc)[c.end - 1])):
            # "Specifically, the Depth-GFusion module adjusts ..."; "the FFN module", "the Gemma-3b decoder" are others'
            return "coined_part"
        if c.rule == "role_name" and past_proposal and not known and not in_gaz:
            return "role_name"  # "a Questioner and an Answerer collaborate": the agents of the proposed system
        if (c.rule == "abbreviation" and past_proposal and _defined_as_actor(doc, c)
                and not known and not in_gaz):
            return "defined_as_actor"
        if c.rule == "abbreviation" and not known and _defined_as_proposed(doc, c) and not in_gaz:
            return "defined_as_proposed"
        if (c.rule == "abbreviation" and past_proposal and not known
                and _title_case_definition(doc, c) and not in_gaz):
            return "title_case_definition"
        if c.rule != "gazetteer" and past_proposal and not known and not in_gaz and _built_here(doc, c):
            return "built_here"
        if (c.rule == "abbreviation" and not known and _described_in_our_sentence(doc, c)
                and not in_gaz):
            return "our_sentence"
        if c.rule == "abbreviation" and not known and not in_gaz and (_opens_the_title(doc, c)
                                                                      or _defined_title_prefix(doc, c)):
            return "opens_title"
        if c.rule == "coined" and not known and not in_gaz and _bracketed_proposal_name(doc, c, windows):
            return "bracketed_proposal"
        if c.rule == "abbreviation" and past_proposal and not known and not in_gaz and (
                _defined_result_subject(doc, c) or _our_named_part(doc, c)):
            return "defined_result_subject"
        if (c.rule not in HEAD_RULES and past_proposal and not known and not in_gaz and _result_subject(doc, c)
                and _first_named_after(ment, windows[0][0], title_end)
                and not any(_list_item(doc, x) for x, _, _ in ment)):
            return "result_subject"
        for ws, we, naming in windows:
            if ws <= c.start < we:
                if naming:
                    # "called X", "we call this new network X": the first name-like candidate
                    named = [x.start for x in cands_of(doc) if ws <= x.start < min(we, ws + 8)
                             and x.rule not in ("head_method", "head_task")]
                    # "three pre-trained models named X, Y and Z" lists others' ("which we coin X and Y" does not)
                    listed = lists_plural(lowers(doc), ws - 1) and lowers(doc)[ws - 2] != "we"
                    if (named and c.rule not in ("head_method", "head_task") and not (known and listed)
                            and (c.start == min(named) or not known and not listed
                                 and _coordinated(doc, min(named), c.start))):
                        return "naming_coordinated"  # "which we coin subFoo and subBar": each coordinated name
                    if c.start - ws <= 2 and not named:
                        return "naming_near"
                    continue
                if known and not (c.start == ws and (described_after(doc, c.end) or _first_of_its_kind(doc, c.end))):
                    continue
                first = first_cand_in(doc, ws, we)
                if first is not None and c.rule == "coined" and _bracketed_after(doc, first, c):
                    # "variants of the X network (X-1 and X-2)": whatever words lead to the phrase
                    return "bracketed_after"
                if not in_gaz and _apposed_to_opening(doc, ws, c):
                    return "window_apposed"  # "we introduce a new class of physical-world attacks, AdvFoo, which"
                if first is not None and not in_gaz and _described_pair(doc, first, c):
                    return "window_pair"  # "we propose FooJudge, an evaluator, and FooAgent, a framework"
                if any(t in _NOT_OBJECT or t in _USE_VERBS for t in lowers(doc)[ws:c.start]):
                    continue  # "we propose a new approach integrating generative adversarial networks (GANs)"
                if _modifies_plain_plural(doc, c):
                    continue  # "this study collects Google Maps reviews": the source of what is collected
                # only the first candidate entity in the window counts
                if first is not None and first <= c.start and c.start - first <= 1:
                    return "window_first"
                if first is not None and first < c.start and _coordinated(doc, first, c.start):
                    return "window_coordinated"  # "we create datasets MaskGroups-2M and MaskGroups-HQ"
                if c.rule != "head_method" and _named_after_kind(doc, ws, c):
                    return "window_kind_named"  # "we propose a Sketch-Coloring framework OmniDepth-Occ"
                if (first is not None and c.rule == "abbreviation" and c.start - ws <= 8 and _definition_of(doc, c)
                        and not _kind_of_a_name(doc, c)):
                    return "window_definition"  # a long form right after the verb and its acronym both count
    return ""


_TITLE_MEANS = MEANS_PREPS - {"with", "by"}
# "Revisiting Chain-of-Thought Prompting: ...", "Beyond NL2Code: A Survey ...": the title names existing work
_REVISITING = frozenset("revisiting rethinking beyond understanding analyzing analysing evaluating benchmarking "
                        "demystifying probing".split())


# a word ending in "bench"/"Bench" or "-Eval" ("NeuroFoo-Bench", "Workbench", "Foo-Eval"): a benchmark's name before its
# study ("NeuroFoo-Bench: Evaluation of ...") is the paper's own benchmark
_BENCH_OR_EVAL_END = re.compile(r"[Bb]ench$|-Eval$")
_SOURCE_WORDS = frozenset("by from".split())
_SURVEY_WORDS = frozenset("survey review overview tutorial primer study evaluation analysis investigation assessment "
                          "examination".split())
_SURVEY_KINDS = frozenset("systematic comprehensive critical brief short scoping structured literature empirical "
                          "comparative".split())


def _survey_after(doc: Doc, end: int) -> bool:
    """The title goes on after its separator with a survey ("LLM-Based Data Science Agents: A Survey of ..."): the
    prefix names the topic the paper reviews, not a system it proposes.

    >>> import spacy
    >>> _survey_after(spacy.blank("en")("Foo Agents: A Systematic Survey of Bar"), 2)
    True
    """
    words = lowers(doc)[end + 1:end + 4]
    if words[:1] in (["a"], ["an"], ["the"]):
        words = words[1:]
    if words[:1] and words[0] in _SURVEY_KINDS:
        words = words[1:]  # "A Systematic Survey"; "The Code Review Comprehension Assessment" is no survey
    return bool(words) and words[0] in _SURVEY_WORDS and (len(words) == 1 or words[1] not in _KIND_OR_DATA_WORDS)


def _defined_in_proposal(doc: Doc, c: Cand, windows) -> bool:
    """An acronym defined in the sentence where the authors propose something, after the proposing verb:
    "we introduce an ADW strategy, which ... using Inverse Rank Weighting (IRW) and ...". A definition
    the proposal is cast as ("models this process as a Markov Decision Process (MDP)"), serves ("a network
    for whole slide image (WSI) classification") or builds on ("DWT (Discrete Wavelet Transform)-based") is
    not the paper's own."""
    d = _definition_of(doc, c)
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
    if low[before] == "of" and low[before - 1] not in _OWN_OF:
        return False  # "employs diffusion priors in the form of Score Distillation Sampling (SDS)"
    if low[before] in _SOURCE_WORDS and not low[before - 1].endswith("ed") and "to" not in low[start:end]:
        # "constraints by first order logic (FOL)"; "guided by X" can name the paper's own part, "from coarse to
        # fine (CTF)" is a from-to phrase
        return False
    if _used_as_modifier(doc, past_bracket(doc, end)):
        return False
    return not (_kind_of_a_name(doc, c) or _defined_as_attribute(doc, c, d))


KIND_WORDS = frozenset("framework approach method model system paradigm pipeline setting".split())
_KIND_OR_DATA_WORDS = KIND_WORDS | DATASET_HEADS
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
    w = _after_definition(doc, c.end)
    if (not w.isalpha() or w in STOP_WORDS or w.endswith(("ed", "ly")) or w in verbs()
            or w.endswith("s") and w[:-1] in verbs()):
        return False
    k = next(j for j in range(c.end, len(doc)) if lowers(doc)[j] == w)
    # "(TVR) variance control strategy", "(BoNeSS-ST) keypoint detector": the head of a named part comes later
    return not any(t in _PART_HEADS or t in KIND_WORDS or t in METHOD_HEADS or t in DATASET_HEADS
                   for t in lowers(doc)[k:k + 3])


def _modifies_plain_plural(doc: Doc, c: Cand) -> bool:
    """A name that modifies a lower-case plural noun that names no method, data or part ("Google Maps reviews",
    "Reddit posts"): the noun is what the sentence is about.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("collects Shelf Maps reviews and FooBench tasks")
    >>> _modifies_plain_plural(doc, Cand(1, 3, "NAME", "capitalised", "", 0.6))
    True
    """
    if c.end >= len(doc) or not texts(doc)[c.end].islower() or not plural_head(doc, c.end):
        return False
    w = lowers(doc)[c.end]
    return not any(h in _KIND_HEADS for h in (w, w[:-1], w[:-2], w[:-3] + "y"))


def _kind_of_a_name(doc: Doc, c: Cand) -> bool:
    """An acronym definition that names the kind of a proposed name in its description: "we propose
    HyperPriv-EPN, a hypergraph-based Learning Using Privileged Information (LUPI) framework".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe present SPF, a training-free aerial vision navigation (AVN) framework.")
    >>> _kind_of_a_name(doc, Cand(14, 15, "NAME", "abbreviation", "", 0.9))
    True
    """
    d = _definition_of(doc, c)
    if d is None or _after_definition(doc, c.end) not in KIND_WORDS:
        return False
    low = lowers(doc)
    s0, k = sentence_of(doc, c.start)[0], min(d[0], d[2]) - 1
    while k > s0 and low[k] != ",":
        k -= 1
    return low[k] == "," and low[k + 1] in ("a", "an") and k + 1 < min(d[0], d[2])


def _title_via(doc: Doc, c: Cand, title_end: int) -> bool:
    """A name right after "via"/"through" in the title is the means the paper proposes ("Precipitation
    Nowcasting via Pixel Mean Flows").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Nowcasting via Pixel Mean Flows\\n\\nWe forecast rain.")
    >>> _title_via(doc, Cand(2, 5, "NAME", "capitalised", "", 0.6), 5)
    True
    """
    low = lowers(doc)
    if not 0 < c.start < title_end or c.rule == "gazetteer":
        return False
    if c.end < title_end and texts(doc)[c.end][:1].isupper():
        return False  # "via Knowledge Graph Walks": the means is the longer phrase, not its start
    before = c.start - 1 - (low[c.start - 1] in ("a", "an") and c.start > 1)
    return low[before] in _TITLE_MEANS


_EVAL_PREPS = frozenset("on using from with in across over".split())
_EVAL_PREPS_BUT_WITH = _EVAL_PREPS - {"with"}
_COMPARED = frozenset("unlike than to versus vs vs. like beyond besides".split())


def _dataset_apposition(doc: Doc, c: Cand) -> bool:
    """ "NepTam80K, an 80K synthetic parallel corpus", "FooQA, our newly built benchmark": an unknown name
    described as a dataset is the paper's own (not after "on"/"using", where papers name others' data, nor
    "unlike X, our benchmark")."""
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


def _named_after_dataset_word(doc: Doc, c: Cand, windows) -> bool:
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
_PART_HEADS = frozenset("""
module modules block blocks layer layers loss mechanism branch unit head adapter encoder decoder network strategy scheme
component components
""".split())


def _after_novel(doc: Doc, start: int) -> bool:
    """ "a set of novel Partial Aggregation (PA) strategies", "a novel lightweight X" """
    low = lowers(doc)
    k = start - 1
    while k >= 0 and start - k <= 3 and low[k] in ("lightweight", "efficient", "simple", "unified", "plug-and-play"):
        k -= 1
    return k >= 1 and low[k] == "novel"


_PHRASE_RULES = HEAD_RULES | {"used_phrase"}
_PHRASE_OR_TASK_RULES = _PHRASE_RULES | {"head_task"}
_HEAD_OR_TASK_RULES = HEAD_RULES | {"head_task"}
_KIND_OR_PART = KIND_WORDS | _PART_HEADS
_KIND_PART_OR_ALGORITHM = _KIND_OR_PART | {"algorithm"}


def _describes_before(doc: Doc, start: int) -> bool:
    """The phrase at ``start`` follows "X, a ...", "X is/are a ..." or "as a ..." (at most four words
    between): it says what kind of thing a name before it is ("we propose CFMD, a novel cross-layer feature
    pyramid network", "Foo Tool is a novel web search tool").

    >>> import spacy
    >>> doc = spacy.blank("en")("FooTool is a novel shelf search tool and uses a novel shelf loss")
    >>> _describes_before(doc, 4), _describes_before(doc, 12)
    (True, False)
    """
    low = lowers(doc)
    k = start - 1
    while k > 0 and low[k] not in ("a", "an") and start - k <= 4:
        k -= 1
    return k > 0 and low[k] in ("a", "an") and low[k - 1] in (",", "is", "are", "as")


def _capitalised_part(doc: Doc, c: Cand) -> bool:
    """A capitalised name of a model part: "Automatic Patch Extraction Module", "Multi-grain Text Attribute
    Disentanglement mechanism" (a Title-Case name before a lower-case part head)."""
    words = texts(doc)[c.start:c.end]
    if lowers(doc)[c.end - 1] not in _PART_HEADS:
        return False
    return words[-1][:1].isupper() or len(words) >= 3 and all(w[:1].isupper() for w in words[:-1])


def _in_gazetteer(doc: Doc, ment) -> bool:
    """Some mention's exact span is also a gazetteer match (an acronym definition hides it)."""
    known = _gazetteer_spans(doc)
    return any((c.start, c.end) in known for c, _, _ in ment)


def _gazetteer_spans(doc: Doc) -> set[tuple[int, int]]:
    """The (start, end) of every gazetteer candidate of ``doc`` (cached per document)."""
    known = doc.user_data.get("kg_gazetteer_spans")
    if known is None:
        known = doc.user_data["kg_gazetteer_spans"] = {(x.start, x.end) for x in cands_of(doc)
                                                       if x.rule == "gazetteer"}
    return known


def _redefined_acronym(doc: Doc, ment) -> bool:
    """A known acronym that this paper defines with an unknown Title-Case long form ("a Sample Confusion Miner
    (SAM)"): the paper's own entity, not the known one.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We add a Shelf Aware Miner (SAM).")  # SAM: Segment Anything Model
    >>> [_redefined_acronym(doc, [(c, None, 0)]) for c in doc._.kg_cands if c.rule == "abbreviation"]
    [True, True]
    """
    for c, _, _ in ment:
        d = _definition_of(doc, c) if c.rule == "abbreviation" else None
        if not d or d[3] - d[2] < 2 or not all(t[:1].isupper() for t in texts(doc)[d[2]:d[3]] if t.isalpha()):
            continue
        known = _known_long_openings().get(span_text(doc, d[0], d[1]))
        return bool(known) and lowers(doc)[d[2]][:4] not in known
    return False


@lru_cache(maxsize=1)
def _known_long_openings() -> dict[str, frozenset[str]]:
    """Known acronym -> the first four letters of its known multi-word long forms ("SAM" -> {"segm"})."""
    groups: dict[str, list[str]] = {}
    for t in load_terms():
        groups.setdefault(t.group, []).append(t.text)
    out: dict[str, frozenset[str]] = {}
    for forms in groups.values():
        opens = frozenset(f.split()[0].lower()[:4] for f in forms if " " in f)
        for f in forms:
            if opens and " " not in f and any(ch.isupper() for ch in f[1:]):
                out[f] = opens
    return out


def _known_long_form(doc: Doc, ment) -> bool:
    """Some mention is the long form of an acronym definition and a gazetteer name ("a novel reinforcement
    learning (RL) framework"). Only long forms count: a short form can collide with a known acronym
    ("Gradient-based Parameter Selection (GPS)")."""
    longs = doc.user_data.get("kg_long_forms")
    if longs is None:
        longs = doc.user_data["kg_long_forms"] = {(l0, l1) for _, _, l0, l1 in abbrevs_of(doc)}
    return any((c.start, c.end) in longs and _in_gazetteer(doc, [(c, None, 0)]) for c, _, _ in ment)


def _definition_of(doc: Doc, c: Cand) -> tuple[int, int, int, int] | None:
    """The acronym definition (short start, short end, long start, long end) whose short or long form ``c`` is;
    None for a later repeat of the acronym or any other mention."""
    spans = doc.user_data.get("kg_definition_spans")
    if spans is None:  # (start, end) of each short and long form -> the first definition with that form
        spans = doc.user_data["kg_definition_spans"] = {}
        for d in abbrevs_of(doc):
            spans.setdefault((d[0], d[1]), d)
            spans.setdefault((d[2], d[3]), d)
    return spans.get((c.start, c.end))


def _after_definition(doc: Doc, end: int) -> str:
    """The word after an acronym definition that a mention ending at ``end`` belongs to ("" if none)."""
    low = lowers(doc)
    if end < len(doc) and low[end] == "(":
        end = closing_bracket(low, end, 4)
    return low[end + 1] if end + 1 < len(doc) and low[end] == ")" else ""


_APPOSITION_REACH = 10  # how far a ", a novel ..." apposition may run before its closing comma


def _novel_apposition_of_its_own(doc: Doc, end: int) -> bool:
    """", a novel ..." starts at token ``end`` and describes the name before it, not one it goes on to name:
    "conditional mutual information (CMI), a new training method called CMIM", "Gated Mixer (GM), a lightweight
    module, FooNet-2, ..." present CMIM and FooNet-2.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Quill Mixer (QM), a novel module called QuillNet, and BarNet, a new model, work.")
    >>> _novel_apposition_of_its_own(doc, 5), _novel_apposition_of_its_own(doc, 14)
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


def _trained_with_definition(doc: Doc, c: Cand) -> bool:
    """An acronym defined as the way a model is trained: "is trained with Foo-Guided Bar Distillation (FGBD)",
    "further optimized by a Baz Policy Search (BPS)"; a known training method is answered before (the gazetteer).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nThe student is trained with Quill Relay Distillation (QRD).")
    >>> [_trained_with_definition(doc, c) for c in cands_of(doc) if c.rule == "abbreviation"]
    [True, True]
    """
    d = _definition_of(doc, c)
    if d is None:
        return False
    low = lowers(doc)
    k = before_article(low, min(d[0], d[2]))
    return k > 0 and low[k] in MEANS_PREPS and low[k - 1] in _TRAINED


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


def _core_part(doc: Doc, c: Cand) -> bool:
    """The sentence calls the name the core of the work: "At its core lies the Foo Chain (FC)", "The core
    component of FooNet is the Bar Attack (BA)", "Central to our approach is a Baz Model"; only articles stand
    between the phrase (and its verb, after "of"/"to") and the name.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nAt its core lies the Quill Relay Encoder (QRE), which maps tokens.")
    >>> [_core_part(doc, c) for c in cands_of(doc) if c.rule == "abbreviation"]
    [True, True]
    """
    low = lowers(doc)
    d = _definition_of(doc, c)
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


def _named_part(doc: Doc, end: int) -> bool:
    """An acronym definition followed by a part-of-a-model noun: "Cross Feature Consistency (CFC) module"."""
    return _after_definition(doc, end) in _PART_HEADS


def _defined_as_actor(doc: Doc, c: Cand) -> bool:
    """An acronym definition that opens a clause as the subject of a present-tense verb: "an Intra-Level
    Co-Exchange Domain (IntraCED) factorizes features", "while Spatial Gradient Fusion (SGF) refines ...", the
    way a paper walks through the parts of its model ("with False Colour Composite (FCC) checks" is not one).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nThen a Cross Level Unit (CLU) refines features, with Foo Bar (FB) checks.")
    >>> [_defined_as_actor(doc, Cand(a, b, "NAME", "abbreviation", "", 0.9)) for a, b in ((4, 7), (15, 16))]
    [True, False]
    """
    w = _after_definition(doc, c.end)
    if not present_verb(w):
        return False
    d = _definition_of(doc, c)
    start = min(d[0], d[2]) if d else c.start
    return start == sentence_of(doc, start)[0] or lowers(doc)[start - 1] in _CLAUSE_OPENERS


_ACTOR_RULES = frozenset(("head_method", "head_component", "capitalised"))
_ACTOR_LEADS = frozenset("""
a an the this first firstly second secondly third then next finally lastly furthermore moreover additionally
specifically meanwhile ,
""".split())


def _sentence_actor(doc: Doc, c: Cand) -> bool:
    """The phrase ``c`` opens its sentence as the subject of a present-tense verb: "A multi-objective reward
    mechanism further optimizes ...", "Then, the tool-chain orchestration module constructs ...": the way a paper
    walks through the parts of its method (see :func:`_defined_as_actor` for acronym definitions).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nNext, a shelf alignment module refines the features.")
    >>> [_sentence_actor(doc, x) for x in doc._.kg_cands if x.rule == "head_method"]
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
    if k + 1 < len(doc) and low[k + 1] in _OBJECT_LEADS and s_form(w) and w.isalpha():
        return True  # "Focus-aimed Contrastive Learning updates the entire model", "a decoder then restores the ..."
    return present_verb(w)


_OBJECT_LEADS = frozenset("the a an its their each all both".split())

# verbs by which the paper's method takes in a part of its own ("xHC combines temporal feature augmentation"); not
# "uses"/"leverages", which name what it builds on ("ETC leverages text-to-image cross-attention")
_ADDS_VERBS = frozenset("introduces integrates incorporates adopts combines".split())
_OPENER_MAX = 6  # "On the other hand, it ...", "In addition, the model ...": a lead-in before the subject
_OWN_KINDS = KIND_WORDS | frozenset("network architecture algorithm".split())


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


def _added_by_own_method(doc: Doc, c: Cand) -> bool:
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
    >>> [_added_by_own_method(doc, x) for x in doc._.kg_cands if x.rule == "head_method"]
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
                                                   or low[k - 2] in _PASSIVE_PROPOSALS
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


# a class of pretrained models a name stands before: "integrates the Foo-3.1 LLM", "a FooCNN graph neural network"
_MODEL_CLASSES = frozenset("llm llms mllm mllms vlm vlms lm lms model models backbone backbones graph neural language "
                           "vision".split())


def _names_a_model(doc: Doc, end: int) -> bool:
    """The name ending before ``end`` stands before a class of pretrained models: another's model in use."""
    return end < len(doc) and lowers(doc)[end] in _MODEL_CLASSES


# what may stand between an adding verb and the item of its object list: "integrates three agents: A for ..., B"
_LIST_BREAKS = frozenset("which that while whereas where when to of by via through using into from than as such like "
                         "e.g. i.e. ; .".split())
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
        if low[k] in _LIST_BREAKS or low[k][:1].isdigit() and not listed:
            return None  # "incorporates 65 real financial APIs": what a collection holds ("three parts: A, B" lists)
    return None


def _defined_as_proposed(doc: Doc, c: Cand) -> bool:
    """An acronym definition that a passive proposing verb follows, maybe after a short "with ..." phrase: "a
    textual-enhanced cross-modal decoder (TCMD) is introduced", "a Foo Model (FM) with a gating unit is developed".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nThen a cross-modal fusion decoder (CMFD) is introduced to merge features.")
    >>> _defined_as_proposed(doc, Cand(8, 9, "NAME", "abbreviation", "", 0.9))
    True
    """
    low = lowers(doc)
    d = _definition_of(doc, c)
    if d is None:
        return False
    start = min(d[0], d[2])
    before = before_article(low, start)
    if low[before] in PREPOSITIONS or plural_head(doc, d[3] - 1):
        # "a regularization method based on Kernel Maximum Mean Discrepancy (KMMD) is proposed"; "Language
        # Bottleneck Models (LBMs) are proposed to ..." opens with a class of prior models
        return False
    k = past_bracket(doc, max(d[1], d[3]))
    if k < len(doc) and singular(low[k]) in _PART_HEADS:
        k += 1  # "Auxiliary Deep Supervision (ADS) heads are added"
    if k < len(doc) and low[k] == "with":
        k = next((j for j in range(k + 1, min(len(doc), k + 8)) if low[j] in ("is", "are", ",", ".")), k)
    return passive_proposal_at(low, k)


def passive_proposal_at(low: list[str], k: int) -> bool:
    """Tokens ``k`` and ``k + 1`` say the thing before them is proposed: "is proposed", "are introduced"."""
    return k + 1 < len(low) and low[k] in ("is", "are") and low[k + 1] in _PASSIVE_PROPOSALS


def _title_case_long(doc: Doc, d: tuple[int, int, int, int]) -> bool:
    """The long form ``d[2]:d[3]`` of the definition ``d`` (see :func:`_definition_of`) is in Title Case."""
    return all(w[:1].isupper() or w == "-" for w in texts(doc)[d[2]:d[3]])


def _title_case_definition(doc: Doc, c: Cand) -> bool:
    """An acronym defined with a Title-Case long form after "a"/"an", in a paper that proposes something and
    after its proposal: "The network begins with a Laplacian Multi-scale Separator (LMS)", "a Corpus-level Semantic
    Prior (CSP) for global context": a coined part of the method, the way a paper walks through it.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose FooNet. It begins with a Laplacian Band Splitter (LBS) to split.")
    >>> _title_case_definition(doc, Cand(14, 15, "NAME", "abbreviation", "", 0.9))
    True
    """
    d = _definition_of(doc, c)
    if d is None or d[2] > d[0] or d[3] - d[2] < 2 or _kind_of_a_name(doc, c):
        return False
    low = lowers(doc)
    if low[d[2] - 1] not in ("a", "an") or low[d[2] - 2] in _NOT_OWN_LEAD or low[d[2] - 2] in TOOL_BEFORE:
        return False  # "models this as a Markov Decision Process (MDP)", "we use a Vision Model (VM)"
    if _used_as_modifier(doc, d[1] + 1) or _after_definition(doc, c.end) == "of":
        return False  # "a Facebook AI Similarity Search (FAISS) based ...", "a Global Difference (GD) of 3.61%"
    return _title_case_long(doc, d)


_PASSIVE_PROPOSALS = frozenset("proposed introduced developed designed devised constructed presented built added "
                                "incorporated".split())
_NOT_OWN_LEAD = PREPOSITIONS - {"with"} | frozenset("into as including".split())


def _described_in_our_sentence(doc: Doc, c: Cand) -> bool:
    """An acronym defined after "we"/"our" and then described by an apposition: "we resolve this with PRE-GRPO
    (Peak-Retention-Efficiency Group Relative Policy Optimization), a trajectory-level ..."."""
    d = _definition_of(doc, c)
    if d is None:
        return False
    low = lowers(doc)
    end = past_bracket(doc, max(d[1], d[3]))
    if end + 1 >= len(doc) or low[end] != "," or low[end + 1] not in ("a", "an"):
        return False
    start = min(d[0], d[2])
    if low[start - 1] in TOOL_BEFORE or low[start - 1] in ("extends", "extend", "extending"):
        return False  # "our method extends Bundle Adjusting Neural Radiance Fields (BARF), a ..."
    return any(t in ("we", "our") for t in low[sentence_of(doc, start)[0]:start])


def _opens_the_title(doc: Doc, c: Cand) -> bool:
    """The long form of the acronym definition ``c`` belongs to is what the title opens with, and it names a
    model: "Regression Language Models for Code", then "a single unified Regression Language Model (RLM)"."""
    d = _definition_of(doc, c)
    if d is None or d[2] < title_end_of(doc) or lowers(doc)[d[3] - 1] not in METHOD_CUES:
        return False  # "Implicit Neural Representations for ...", "Sparse Mixture of Experts as ...": the topic
    n = d[3] - d[2]
    return n >= 2 and title_end_of(doc) > n and singular(entity_key(span_text(doc, 0, n))) == singular(
        entity_key(span_text(doc, d[2], d[3])))


def _defined_title_prefix(doc: Doc, c: Cand) -> bool:
    """The acronym definition ``c`` belongs to opens the title before its separator: "Radiology's Last Exam (RadLE):
    Benchmarking ...", the title's name written with its acronym.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Shelf Last Exam (ShLE): Benchmarking Models\\n\\nWe test models.")
    >>> [_defined_title_prefix(doc, x) for x in doc._.kg_cands if x.rule == "abbreviation"]
    [True, True]
    """
    d = _definition_of(doc, c)
    if d is None or min(d[0], d[2]) != 0:
        return False
    end, txt = max(d[1], d[3]), texts(doc)
    if end + 1 >= title_end_of(doc) or txt[end][:1] != ")":
        return False
    sep = end if txt[end][1:] in TITLE_SEPARATORS else end + 1 if txt[end] == ")" else -1  # "):" is one token
    return sep > 0 and txt[sep].lstrip(")") in TITLE_SEPARATORS and not _survey_after(doc, sep)


_CLAUSE_OPENERS = frozenset("a an the , ; : while whereas and then".split())


_RESULT_VERBS = frozenset("achieves outperforms surpasses attains sets delivers yields exceeds".split())
_RESULT_LEADS = frozenset(", and overall notably".split())


def _result_subject(doc: Doc, c: Cand) -> bool:
    """A name opening a sentence or clause as the subject of a result verb ("FooNet consistently outperforms ...",
    "On both benchmarks, FooNet achieves ..."): abstracts report their own method's results this way. "that" is no
    lead: "results show that X achieves ..." also reports the models a study compares (dev proposed -0.004).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nOn two benchmarks, ShelfNet consistently outperforms prior work.")
    >>> [_result_subject(doc, x) for x in doc._.kg_cands if doc[x.start].text == "ShelfNet"]
    [True]
    """
    low = lowers(doc)
    k = c.end + (c.end < len(doc) and low[c.end].endswith("ly"))
    if k >= len(doc) or low[k] not in _RESULT_VERBS:
        return False
    return c.start == sentence_of(doc, c.start)[0] or low[c.start - 1] in _RESULT_LEADS


def _defined_result_subject(doc: Doc, c: Cand) -> bool:
    """An acronym first defined as the subject of a result verb: "Tests show that joint angle-based refinement (JAR)
    outperforms the state-of-the-art ...": a paper names its own method where it reports that it wins.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose a fix. Tests show that joint shelf refinement (JSR) outperforms all.")
    >>> [_defined_result_subject(doc, x) for x in doc._.kg_cands if x.rule == "abbreviation"]
    [True, True]
    """
    d = _definition_of(doc, c)
    if d is None:
        return False
    low = lowers(doc)
    end = past_bracket(doc, max(d[1], d[3]))
    return end < len(doc) and low[end] in _RESULT_VERBS and low[before_article(low, min(d[0], d[2]))] == "that"


def _our_named_part(doc: Doc, c: Cand) -> bool:
    """A Title-Case acronym definition followed by a part or kind word in a sentence whose subject is "our ...": "Our
    method at its core utilizes the Elevation-Constrained Spatial Road Clustering (ECSRC) algorithm".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe fix roads. Our method utilizes the Shelf Road Clustering (SRC) algorithm.")
    >>> [_our_named_part(doc, x) for x in doc._.kg_cands if x.rule == "abbreviation"]
    [True, True]
    """
    d = _definition_of(doc, c)
    if d is None or d[3] - d[2] < 2 or lowers(doc)[sentence_of(doc, c.start)[0]] != "our":
        return False
    low = lowers(doc)
    if (_after_definition(doc, max(d[1], d[3])) not in _KIND_PART_OR_ALGORITHM
            or low[before_article(low, min(d[0], d[2]))] in PREPOSITIONS):
        return False  # "uses the hidden variables of a Convolutional Auto-Encoder (CAE) model": what it draws on
    return _title_case_long(doc, d)


def _first_named_after(ment, start: int, title_end: int) -> bool:
    """The abstract names the entity first after ``start`` (the first proposal window): a name written before the
    paper proposes anything is background ("distribution matching (DM) methods ... DM achieves ...")."""
    return all(c.start >= start for c, _, _ in ment if c.start >= title_end)




def _list_item(doc: Doc, c: Cand) -> bool:
    """``c`` sits inside a list of names ("QuIP#, SpinQuant, QTIP, VPTQ", "A, B, and C, are fine-tuned"): the
    models a paper compares, not its own."""
    low = lowers(doc)
    return 0 < c.start and c.end < len(doc) and low[c.start - 1] in LIST_JOINS and low[c.end] in LIST_JOINS


_BUILT_ON_VERBS = frozenset("adapting adapts adapted extends extending extended on upon".split())
# the words one of which every hit of _built_on has before its last word: its verb, or the "built" before "on"
_BUILT_ON_LEADS = frozenset("adapting adapts adapted extends extending extended built building builds".split())
# words with which the authors open a phrase about their own work: "our X", "a novel X", "the proposed X"
_OWN_LEADS = frozenset("our novel new proposed".split())


def _built_on(doc: Doc, c: Cand) -> bool:
    """The name (an acronym's definition from its start) follows a verb that says the paper builds on it, with at
    most three words between: "by adapting a Variational Information Bottleneck (VIB) framework", "built on a
    carefully configured Convolutional Recurrent Neural Network (CRNN)": prior work, not the paper's own ("Built on
    X, FooNet consists of ..." says nothing of FooNet)."""
    d = _definition_of(doc, c)
    start = min(d[0], d[2]) if d else c.start
    if not word_between(doc, _BUILT_ON_LEADS, start - 5, start - 1):
        return False  # (most names: no such word right before them, answered without reading the sentence)
    low = lowers(doc)
    s0 = sentence_of(doc, start)[0]
    lead = low[max(s0, start - 5):start]
    hits = [i for i, w in enumerate(lead[:-1]) if w in _BUILT_ON_VERBS
            and (w not in ("on", "upon") or i > 0 and lead[i - 1] in ("built", "building", "builds"))]
    return bool(hits) and not any(w in _OWN_LEADS or w == "," for w in lead[hits[-1]:])


_OWN_TOO = frozenset("pretrained pre-trained frozen".split())  # "we introduce X, a pretrained motion model"


def _established_apposition(doc: Doc, c: Cand) -> bool:
    """An apposition calls the name established ("a Quantum Boltzmann Machine (QBM), a classical algorithm ...")
    or a method of another field ("persistent homology (PH), a method from topological data analysis")."""
    low = lowers(doc)
    k = past_bracket(doc, c.end)
    if k + 2 >= len(low) or low[k] != "," or low[k + 1] not in ("a", "an"):
        return False  # (most names: no comma after them, answered without a slice)
    nxt = low[k:k + 4]
    return nxt[2] in _ESTABLISHED_ELSEWHERE or len(nxt) == 4 and nxt[2] in KIND_WORDS and nxt[3] == "from"


def _we_train_described(doc: Doc, c: Cand) -> bool:
    """The authors train the name, which an apposition describes: "we train Nemotron-Terminal, a family of models
    initialized from Qwen3" (a name the paper only works with, "We show that VP with DP-NTK, a DP generator ...",
    is not).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe train ShelfAgent, a family of models that plan.")
    >>> [_we_train_described(doc, x) for x in doc._.kg_cands if x.rule == "coined"]
    [True]
    """
    low = lowers(doc)
    return c.start > 1 and (low[c.start - 2:c.start] in (["we", "train"], ["we", "trained"]) or _we_address_with(
        doc, c.start)) and described_after(doc, c.end)


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


def _unknown_named(doc: Doc, ment) -> bool:
    """A name no gazetteer knows, introduced as the paper's own: "the proposed KANCondNet"."""
    low = lowers(doc)
    for c, _, _ in ment:
        if c.start > 0 and low[c.start - 1] == "proposed" and (c.start < 2 or low[c.start - 2] in ("the", "our")):
            return True
    return False


# _PART_HEADS without "network", "layers" and "component(s)": a phrase with those heads found only by the
# head-noun rule is rarely the paper's own part (using _PART_HEADS here: dev proposed 0.790 -> 0.766)
_COMPONENT_HEADS = _PART_HEADS - {"network", "layers", "component", "components"}
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
    refines ...", :func:`_sentence_actor`); not what something is cast as or compared with ("operates as a
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
    while k > 0 and low[k] in _PART_LEAD:
        k -= 1
    if k > 0 and low[k] in _NOT_OWN_BEFORE and low[k - 1] != "well":  # "as well as X" adds a part
        return False
    if _describes_name_before(doc, c.start) and not passive_proposal_at(low, c.end):
        return False  # (not "To cut the cost of X, a batched mining strategy is proposed": a new clause's subject)
    if c.rule == "head_component":
        # "Then, an Inter-domain Cross-modal Attribute Reinforcement scheme is developed": a Title-Case part name
        windows = proposal_windows(doc)
        return (OWN_TEST(doc, c.start) or bool(windows) and _capitalised_part(doc, c)
                or bool(windows) and c.start > windows[0][0] and _instrument_part(doc, c))
    if c.rule != "head_method" or lowers(doc)[c.end - 1] not in _COMPONENT_HEADS or c.end - c.start < 2:
        return False
    if _own_cues(doc, c.start):
        return True
    windows = proposal_windows(doc)
    return bool(windows) and c.start > windows[0][0] and (_sentence_actor(doc, c) or _instrument_part(doc, c))


# what hands a new part to the method: "integrated via a cross-attentive fusion module", "replaces the readout with an
# adaptive pooling module"
_INSTRUMENT_LEADS = frozenset("via with through using employs uses adopts".split())


def _instrument_part(doc: Doc, c: Cand) -> bool:
    """A part of three or more words brought in with "a/an" as the means of the method's step: "integrated via a
    bidirectional fusion module", "replaces the readout with an adaptive multi-view pooling module"; not a known
    technique with a kind word ("coupled with a knowledge distillation strategy")."""
    low = lowers(doc)
    s0, _ = sentence_of(doc, c.start)
    return (c.end - c.start >= 3 and c.start > 1 and low[c.start - 1] in ("a", "an")
            and low[c.start - 2] in _INSTRUMENT_LEADS and not CONTRAST_LEADS.intersection(low[s0:c.start])
            and (c.start, c.end - 1) not in _gazetteer_spans(doc))


# words that set a name against the paper's method: "outperforms Route-Aware GRPO", "compared with ..."
_AGAINST = CONTRAST_LEADS | frozenset(
    "than versus vs vs. against outperforms outperform outperforming surpasses surpassing beats".split())
_AGAINST_REACH = 8  # words back: "outperforming FooNet (15.1%) and Route-Aware GRPO"


def _set_against(doc: Doc, c: Cand) -> bool:
    """The name ``c`` is what the paper compares with: a comparing word comes shortly before it in its sentence, or
    a "baseline(s)" follows it.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose ShelfBot. It outperforms Route-Aware GRPO. It uses Dual-Stream DPO.")
    >>> [_set_against(doc, x) for x in cands_of(doc) if x.label == "METHOD" and x.start > 6]
    [True, False]
    """
    low = lowers(doc)
    s0, s1 = sentence_of(doc, c.start)
    after = low[c.end:min(s1, c.end + 4)]
    before = low[max(s0, c.start - _AGAINST_REACH):c.start]
    return bool(_AGAINST.intersection(before)) or "baseline" in after or "baselines" in after


_PART_LEAD = frozenset("a an the lightweight novel simple new".split())
_SIZE_SUFFIX = re.compile(r"\d(?:\.\d+)?[bBmMkK]$")  # "Gemma-3b", "Qwen-7B": a released model's size


def _introduced(doc: Doc, c: Cand) -> bool:
    """The phrase ``c`` is introduced as something new: "a/an ...", "a physics-based ...", "novel ...", right
    after a proposing verb ("introducing gating mechanism"), as an enumerated item ("(3) hybrid token fusion
    module"), or "... is proposed"; "the memory module", "with temperature scaling", "a standard loss" name a part
    already known or another's technique.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe add a physics-based fusion module to the decoder head.")
    >>> [_introduced(doc, x) for x in doc._.kg_cands if x.rule == "head_method"]
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


def _built_here(doc: Doc, c: Cand) -> bool:
    """The name ``c`` is the object of a present-tense building verb, after "a/an" or right after it: "the edge
    decoder introduces an Edge Enhancement Path (EEP)", "FooNet develops a bar fusion network (BFN)". An acronym
    defined there may also be what the method "employs" (a phrase it employs is mostly another's technique: "employs
    a recurrent variational autoencoder")."""
    low = lowers(doc)
    k = c.start - 1 if c.start > 1 and low[c.start - 1] in ("a", "an") else c.start
    return k > 0 and (low[k - 1] in _BUILDS or c.rule == "abbreviation" and low[k - 1] == "employs")


# "a standard cross-entropy loss", "a frozen text encoder": an existing part, whatever the article
_ESTABLISHED = frozenset("standard conventional classical vanilla traditional existing common popular typical frozen "
                         "pretrained pre-trained off-the-shelf widely-used well-known".split())
_ESTABLISHED_ELSEWHERE = _ESTABLISHED - _OWN_TOO  # an apposition calling a name one of these: prior work
_STOP_OR_ESTABLISHED = STOP_WORDS | _ESTABLISHED

_NOT_OWN_BEFORE = frozenset("as than".split())
_TUNED = frozenset("fine-tuned finetuned fine-tuning finetuning".split())


def after_established(doc: Doc, start: int) -> bool:
    """The name at ``start`` follows a word that calls it existing or adapted ("the pretrained X", "a fine-tuned
    X", "an off-the-shelf X"): a model the paper starts from.

    >>> import spacy
    >>> doc = spacy.blank("en")("a pre-trained FooBERT model and a pretrained BarNet")
    >>> after_established(doc, 4), after_established(doc, 9)
    (True, True)
    """
    low = lowers(doc)
    if start < 1:
        return False
    prev = low[start - 3] + "-" + low[start - 1] if start > 2 and low[start - 2] == "-" else low[start - 1]
    return prev in _ESTABLISHED or prev in _TUNED


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


def _own_sentence(doc: Doc, i: int) -> bool:
    """The sentence of token ``i`` describes the authors' method ("we propose", "X consists of", "novel"),
    names what the paper proposes (its title name, a name after "we propose"), or ``i`` opens an
    enumerated item "(2) Style Parser ..." of a paper that proposes something."""
    s0, s1 = sentence_of(doc, i)
    low = lowers(doc)
    if any(t in _OWN_SENTENCE_CUES for t in low[s0:s1]):
        return True
    own = own_one_word_names(doc)
    if any(t in own for t in low[s0:s1]):
        return True
    return _enumerated_item(doc, i)


def _bracketed_proposal_name(doc: Doc, c: Cand, windows) -> bool:
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
    >>> [(doc[x.start:x.end].text, _bracketed_proposal_name(doc, x, proposal_windows(doc)))
    ...  for x in doc._.kg_cands if x.rule == "coined"]
    [('ShTR-X', True), ('BD-Y', False)]
    """
    low = lowers(doc)
    if c.start < 1 or c.end >= len(doc) or low[c.start - 1] != "(" or low[c.end] != ")":
        return False
    sent = sentence_of(doc, c.start)
    kind_after = c.end + 1 < len(doc) and low[c.end + 1] in _KIND_OR_PART
    # every window of the sentence counts: "we propose a new router, dubbed as ... (X)" has its naming word second
    return any(naming or kind_after for ws, _, naming in windows if ws <= c.start and sentence_of(doc, ws) == sent)


def _opens_enum_part(doc: Doc, c: Cand) -> bool:
    """A head-noun phrase that starts where an item of the paper's own enumerated parts starts and runs past it:
    "(3) Region-wise loss reweighting, which ..." (the item rule stops at the verb-like "reweighting").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose FooNet with two innovations: (1) shelf-wise token routing, which "
    ...                  "routes tokens. (2) Shelf-wise loss reweighting, which modulates the loss.")
    >>> [doc[x.start:x.end].text for x in doc._.kg_cands if _opens_enum_part(doc, x)]
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
_ITEM_LEAD = re.compile(r"^(?:a|an|the|[a-z]+(?:-[a-z]+)+)$")


def _contribution_item(doc: Doc, start: int) -> bool:
    """The name at ``start`` opens an item of a list of the paper's own parts: after "two core components:",
    "(1) an ...", "Second, ..." in a paper that proposes something.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose LKMN. LKMN has two core components: EPLKB and CGFN.")
    >>> [_contribution_item(doc, i) for i in (12, 14)]
    [True, True]
    """
    low = lowers(doc)
    s0, _ = sentence_of(doc, start)
    k = start - 1
    while k > s0 and start - k <= 3 and _ITEM_LEAD.match(low[k]):
        k -= 1
    if k <= s0 and not (k == s0 and low[k] in _ORDINALS):
        return False
    if k > s0 and _enum_marker_at(low, k) or low[k] == "," and low[k - 1] in _ORDINALS and k - 1 == s0:
        return bool(proposal_windows(doc))
    if not (low[k] == ":" or low[k] in (",", "and", ";")):
        return False
    colon = next((j for j in range(k, s0, -1) if low[j] == ":"), None)
    if colon is None:
        return False
    return any(w in _LIST_OF_PARTS for w in low[max(s0, colon - 3):colon])


_OBJECT_PREPS = frozenset("of for in at".split())
# "consists of X", "the paradigm of X", "a soft version of X": "of" introduces the paper's own part or idea
_OWN_OF = frozenset("consists consist consisting composed comprised made concept paradigm idea notion version class "
                    "family".split())


def _object_of_preposition(doc: Doc, c: Cand) -> bool:
    """The name ``c`` is the object of a preposition ("fine-tuning of Depth Anything V2", "a planner for
    Motivational Interviewing"): what the paper's method works on or starts from, whatever its sentence says
    about the method; not "consists of X" nor a name that modifies a kind word ("for a Foo Bar model-based
    framework").

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("training of the Foo Bar and consists of Baz Qux")
    >>> _object_of_preposition(doc, Cand(3, 5, "NAME", "capitalised", "", 0.6))
    True
    >>> _object_of_preposition(doc, Cand(8, 10, "NAME", "capitalised", "", 0.6))
    False
    """
    low = lowers(doc)
    k = before_article(low, c.start)
    if k < 0 or low[k] not in _OBJECT_PREPS or k > 0 and low[k] == "of" and low[k - 1] in _OWN_OF:
        return False
    return c.end >= len(doc) or low[c.end] not in _KIND_OR_PART


OWN_TEST = _own_sentence
# what a proposal uses ("a new approach integrating X"); "via/by/through X" may still name its own means
_USE_VERBS = TOOL_BEFORE - {"via", "by", "through"}
# "we present a new task, Unseen Entity KGQA": what follows names a problem, not a method or data
_NOT_OBJECT = frozenset("to of for on in with by from that which based than over against task problem".split())


def _after_our(doc: Doc, start: int) -> bool:
    """ "our X", "our novel X", "our proposed X", "our design of X" """
    k = start - 1
    low = lowers(doc)
    while k >= 0 and start - k <= 5:
        if low[k] == "our":
            return True
        if low[k] == "of" and k > 0 and low[k - 1] == "design":
            k -= 1
        elif low[k] not in _OUR_SKIP and not (low[k].endswith(_MADE) and "-" in low[k]):
            return False  # "our custom-built X", "our self-collected X" skip like "our newly built X"
        k -= 1
    return False


def _named_after_own_phrase(doc: Doc, c: Cand) -> bool:
    """The name ``c`` follows a comma or a bracket closing a phrase the authors open with "our", "a novel" or
    "the proposed": "Our core strategy, Turn-level Foo Learning (TFL)", "a novel policy optimization algorithm,
    Bar Alignment", "a novel reward model training algorithm (SCPO)", "The proposed framework, DeepAudio, ...".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nOur core strategy, Shelf Alignment, helps. We tune their model, BERT.")
    >>> [_named_after_own_phrase(doc, Cand(a, b, "NAME", "capitalised", "", 0.6)) for a, b in ((6, 8), (16, 17))]
    [True, False]
    """
    low, start = lowers(doc), c.start
    if start < 3 or low[start - 1] not in (",", "("):
        return False
    k = start - 2
    while k > 0 and start - k <= 7 and low[k] not in _OWN_LEADS:
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
    return low[k] in _OWN_LEADS and _after_definition(doc, c.end) not in _KIND_HEADS


# "a novel look-up table (LUT) framework": the bracket names the kind's modifier, not the method
_KIND_HEADS = _KIND_OR_PART | METHOD_CUES | DATASET_HEADS
# what the authors start from or pick among, not what they make
_BUILT_ON = frozenset("base backbone backbones baseline baselines variant variants best teacher".split())


# "our proposed unified framework, MonoMRN", "our newly constructed X", "our custom-built X"
_OUR_SKIP = frozenset("novel new proposed simple unified lightweight efficient method approach framework model "
                      "network architecture system , own newly constructed collected curated built custom - created "
                      "released introduced designed developed contribution".split())


_MADE = ("-built", "-collected", "-curated", "-constructed", "-created", "-designed", "-made")


def _modifies_next(doc: Doc, c: Cand) -> bool:
    """The mention ``c`` (with its acronym definition's bracket) modifies what follows: "Our SRCNN-based model",
    "a Maximal Marginal Relevance (MMR)-based selector".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe add a Shelf Label Relevance (SLR)-based selector.")
    >>> [_modifies_next(doc, x) for x in doc._.kg_cands if x.rule == "abbreviation"]
    [True, True]
    """
    low, k = lowers(doc), c.end
    if k < len(doc) and low[k] == "(":
        j = closing_bracket(low, k, 5)
        k = j + 1 if j != k else k
    return _used_as_modifier(doc, past_bracket(doc, k))


def _proposed_based_on(doc: Doc, c: Cand, windows) -> bool:
    """The part ``c`` is what the authors propose, described by a "based on" phrase ("we further introduce a
    lifelong editing module based on a Mixture-of-Experts architecture"): "based" does not make it a modifier.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> from kg.extract.proposed import proposal_windows
    >>> doc = load_nlp()("T\\n\\nWe introduce a shelf fusion module based on attention.")
    >>> [_proposed_based_on(doc, x, proposal_windows(doc)) for x in doc._.kg_cands if x.rule == "head_method"]
    [True]
    """
    return (lowers(doc)[c.end:c.end + 2] == ["based", "on"]
            and any(ws <= c.start < we for ws, we, _ in windows))


def _used_as_modifier(doc: Doc, end: int) -> bool:
    """ "X-based", "X based" """
    low = lowers(doc)
    return end < len(low) and (low[end] == "based" or based_at(low, end))


def _coordinated(doc: Doc, first: int, start: int) -> bool:
    """Tokens ``first:start`` are name candidates joined by list separators ("X, Y and Z")."""
    ends: dict[int, int] = {}
    for c in cands_of(doc):
        if c.rule not in ("head_method", "head_task", "head_component"):
            ends[c.start] = max(ends.get(c.start, c.start), c.end)
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


_NAME_RULES = frozenset(("coined", "abbreviation"))  # the rules that find a name (not a described phrase)
_PAIR_REACH = 12  # how far the second name may stand from the first
_PAIR_NEXT = frozenset("for with to that which".split())  # what may follow the second name ("FooQA for ...")


def _described_pair(doc: Doc, first: int, c: Cand) -> bool:
    """``c`` is a coined name joined by "and" to the name that opens a proposal window, each with its own
    description: "FooJudge, an automated evaluator, and FooAgent", "FooQA for lookahead and BarQA for prediction".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose FooJudge, an automated evaluator, and BarAgent, a framework.")
    >>> [_described_pair(doc, 4, x) for x in cands_of(doc) if x.rule == "coined" and x.start > 4]
    [True]
    """
    low = lowers(doc)
    if c.rule not in _NAME_RULES or low[c.start - 1] != "and" or c.start - first > _PAIR_REACH:
        return False
    if c.end < len(doc) and low[c.end].isalpha() and low[c.end] not in _PAIR_NEXT:
        return False  # "RBS matrices and IMU readings": a modifier, not a second name
    if low[c.end:c.end + 2] in (["for", "comparison"], ["for", "reference"]):
        return False  # "... and GraspGPT for comparison": a baseline
    opening = [x for x in cands_of(doc) if x.start == first and x.rule in _NAME_RULES]
    if not opening:
        return False
    between = low[max(x.end for x in opening):c.start - 1]
    return bool(between) and "and" not in between and not any(t in _LIST_BREAKS and t != "for" for t in between)


def _named_after_kind(doc: Doc, ws: int, c: Cand) -> bool:
    """The name ``c`` follows right after the kind word of the short noun phrase that opens the proposal window at
    ``ws``: "we propose a Sketch-Coloring framework OmniDepth-Occ", "we present a neural network LPR-NET".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe present a neural network SHELF-NET based on unrolling.")
    >>> [_named_after_kind(doc, 4, x) for x in doc._.kg_cands if x.rule == "coined"]
    [True]
    """
    low = lowers(doc)
    return (ws < c.start - 1 <= ws + 5 and low[c.start - 1] in _NAMED_KINDS
            and all(w.replace("-", "").isalpha() for w in low[ws:c.start]))


_NAMED_KINDS = KIND_WORDS | DATASET_HEADS | frozenset("network architecture algorithm".split())


def _apposed_to_opening(doc: Doc, ws: int, c: Cand) -> bool:
    """The coined name ``c`` stands between commas (or before the sentence end) right after the "a/an ..." phrase
    that opens the proposal window at ``ws``, with no other name before it: "we introduce a new class of
    physical-world adversarial examples, AdvFoo, which ...", "we present a proof of concept, SE-FooGuard, to ...".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe introduce a new class of shelf attacks, ShelfAtk, which fools models.")
    >>> [_apposed_to_opening(doc, 4, x) for x in doc._.kg_cands if x.rule == "coined"]
    [True]
    """
    low = lowers(doc)
    if (c.rule not in ("coined", "proposal_name") or low[ws] not in ("a", "an") or c.start - ws > 12
            or low[c.start - 1] != "," or c.end >= len(doc) or low[c.end] not in (",", "which", ".")):
        return False
    return not any(ws <= x.start < c.start - 1 for x in cands_of(doc) if x.rule not in HEAD_RULES)


def _bracketed_after(doc: Doc, first: int, c: Cand) -> bool:
    """The coined name ``c`` stands in brackets, alone or listed, right after the phrase at ``first``: "we design
    two variants of the prior knowledge-infused network (PKIV-1 and PKIV-2)" names the proposed phrase's versions.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe design two variants of the shelf routing network (SRN-1 and SRN-2).")
    >>> first = min(x.start for x in doc._.kg_cands if x.start > 3)
    >>> [_bracketed_after(doc, first, x) for x in doc._.kg_cands if x.rule == "coined"]
    [True, True]
    """
    low = lowers(doc)
    b = c.start - 1
    while b > first and c.start - b <= 8 and low[b] not in ("(", ")"):
        b -= 1
    if low[b] != "(" or c.end >= len(doc) or low[c.end] not in (")", ",", "and", "or"):
        return False
    return (b + 1 == c.start or _coordinated(doc, b + 1, c.start)) and any(
        x.start == first and x.end == b for x in cands_of(doc))


def described_after(doc: Doc, end: int) -> bool:
    """The name is followed by an apposition: "we introduce LiveBench, a benchmark for ..." makes a known name the
    paper's own (its name collides with an existing one).

    Examples
    --------
    >>> import spacy
    >>> described_after(spacy.blank("en")("TAPE, a pruning method"), 1)
    True
    """
    return lowers(doc)[end:end + 2] in ([",", "a"], [",", "an"])


def _first_of_its_kind(doc: Doc, end: int) -> bool:
    """The name is followed by a claim of novelty: "we present SWE-Foo, the first environment ..." makes a known
    name the paper's own, as an apposition does (:func:`described_after`): the list holds the paper's own name.

    >>> import spacy
    >>> doc = spacy.blank("en")("Foo , the first environment ; Bar , the standard one")
    >>> _first_of_its_kind(doc, 1), _first_of_its_kind(doc, 7)
    (True, False)
    """
    return lowers(doc)[end:end + 3] == [",", "the", "first"]


def first_cand_in(doc: Doc, ws: int, we: int) -> int | None:
    """The first token of the earliest candidate starting in ``ws:we`` (a proposal window), else None.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose ShelfNet. It beats ResNet-50.")
    >>> first_cand_in(doc, 4, 10), first_cand_in(doc, 7, 8)
    (4, None)
    """
    starts = [c.start for c in cands_of(doc) if ws <= c.start < we]
    return min(starts) if starts else None
