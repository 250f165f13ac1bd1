"""Decide whether the paper itself introduces an entity (the ``proposed`` flag of ``kg_resolve``).

``is_proposed`` reads the mentions of one merged entity against the proposal windows ("we propose X"),
the title ("X: ..."), acronym definitions and the paper's own sentences ("our X", "X consists of").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.components.candidates import Cand, lowers, texts
from kg.extract.components.context import (HEAD_RULES, TOOL_BEFORE, all_past, any_rule, example_of,
                                           is_coined_variant, listed_example, only_rules, past_bracket)
from kg.extract.proposed import is_title_prefix, lists_plural
from kg.extract.components.naming_cues import (NAME_RULES, PART_HEADS, after_novel, apposed_to_opening, bracketed_after,
                                               bracketed_proposal_name, coordinated, defined_as_proposed,
                                               defined_in_proposal, defined_result_subject, defined_title_prefix,
                                               definition_of, described_after, described_in_our_sentence,
                                               described_pair, described_second_name, describes_before, first_cand_in,
                                               first_named_after, first_of_its_kind, kind_apposed_name, kind_of_a_name,
                                               list_item, modifies_next, modifies_plain_plural, named_after_kind,
                                               novel_apposition_of_its_own, opens_the_title, result_subject,
                                               survey_after, title_case_definition, title_via, titled_technique_clause,
                                               trained_with_definition)
from kg.extract.components.others_work import (after_established, built_on, dataset_apposition, earlier_work,
                                               established_apposition, in_gazetteer, known_long_form,
                                               named_after_dataset_word, named_baseline, names_a_model,
                                               proposed_based_on, redefined_acronym, set_against)
from kg.extract.components.own_parts import (PART_LEAD, added_by_own_method, after_our, built_here, capitalised_part,
                                             contribution_item, core_part, defined_as_actor, introduced,
                                             named_after_made_kind, named_after_own_phrase, named_part, new_titled_part,
                                             object_of_preposition, opens_enum_part, our_named_part, our_result_apposed,
                                             own_component, own_sentence, resulting_name, sentence_actor, unknown_named,
                                             we_train_described)

__all__ = ["is_proposed", "proposal_cue"]


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
    >>> from kg.extract.components.candidates import cands_of
    >>> from kg.extract.components.context import title_end_of
    >>> from kg.extract.proposed import proposal_windows
    >>> from kg.extract import load_nlp
    >>> doc = load_nlp()("FooNet: a tiny net\\n\\nWe propose FooNet, a network we compare with BarNet.")
    >>> coined = [c for c in cands_of(doc) if c.rule == "coined"]
    >>> [proposal_cue(doc, [(c, "METHOD", 1)], proposal_windows(doc), title_end_of(doc)) for c in coined]
    ['title_prefix', 'window_first', '']
    """
    in_gaz = in_gazetteer(doc, ment) and not redefined_acronym(doc, ment)
    known = _known_only(ment) or known_long_form(doc, ment)
    if not any_rule(ment, _GAZETTEER) and not in_gaz and not known and unknown_named(doc, ment):
        return "unknown_named"
    if all_past(ment, title_end):
        for c, _, _ in ment:
            if c.rule not in HEAD_RULES and built_on(doc, c) and not _proposed_before(ment, c.start, windows):
                return ""  # (not "we construct FooSet, a dataset ... Building on the FooSet dataset, we ...")
    for c, _, _ in ment:
        if established_apposition(doc, c) or c.rule not in HEAD_RULES and (earlier_work(doc, c.start)
                                                                             or named_baseline(doc, c.start)):
            # "X, a classical algorithm", "the recently proposed X", "our prior work, X" (a phrase like "the recently
            # proposed Mesa layer" keeps its flag: unflagged, a layer phrase is dropped as a part)
            return ""
    all_listed = only_rules(ment, _GAZETTEER)
    for c, _, _ in ment:
        if (c.rule != "head_method" and is_title_prefix(doc, c.start, c.end, title_end)
                and not (c.start == 1 and lowers(doc)[0] in _REVISITING)
                and not (survey_after(doc, c.end) and not _BENCH_OR_EVAL_END.search(texts(doc)[c.end - 1]))):
            return "title_prefix"
        if c.rule == "title_name":
            return "title_name"
        if after_established(doc, c.start):
            continue  # "a multi-stage fine-tuned MarianMT model", "a frozen Foo encoder": another's model
        if not known and novel_apposition_of_its_own(doc, past_bracket(doc, c.end)):  # "(ParaRL), a novel ..."
            return "novel_apposition"
        if not known and (dataset_apposition(doc, c) or named_after_dataset_word(doc, c, windows)):
            return "dataset_apposition"
        if not known and not in_gaz and we_train_described(doc, c):
            return "we_train"
        modifier = modifies_next(doc, c)
        if not known and not modifier and after_our(doc, c.start):
            return "after_our"
        if not known and not in_gaz and named_after_own_phrase(doc, c):
            return "own_phrase"
        if (not known and not in_gaz and title_via(doc, c, title_end)
                and not any(example_of(doc, x.start) for x, _, _ in ment)):
            return "title_via"  # not "... through SAM-Audio" with "foundation models like SAM-Audio" in the text
        if c.rule == "abbreviation" and not in_gaz and defined_in_proposal(doc, c, windows):
            return "defined_in_proposal"
        if (not known and (not modifier or proposed_based_on(doc, c, windows))
                and own_component(doc, c) and (introduced(doc, c) or c.start < title_end)):
            return "own_component"
        if modifier:
            continue
        if (c.rule == "enum_part" or c.rule in HEAD_RULES and opens_enum_part(doc, c)) and not known:
            return "enum_part"  # the rule reads the list's opener: an item of the paper's own parts
        if (c.rule == "capitalised" and not known and own_sentence(doc, c.start) and not example_of(doc, c.start)
                and not object_of_preposition(doc, c)):
            return "own_sentence"
        if (c.rule in NAME_RULES and not known and contribution_item(doc, c.start)
                and not in_gaz):
            return "contribution_item"
        if c.rule in NAME_RULES and not known and not in_gaz and named_after_made_kind(doc, c):
            return "made_kind"  # "we then train a problem generator (FooGen-8B)"
        if (c.rule not in _PHRASE_OR_TASK_RULES and resulting_name(doc, c)
                and (not known and not in_gaz or our_result_apposed(doc, c))):
            # "fine-tuning Foo-7B on it, resulting in FooLM": what the authors' steps yield; "resulting in our final
            # model, X" makes even a known name theirs (the paper that introduced it)
            return "resulting_name"
        if (not known and after_novel(doc, c.start) and not _name_describing_apposed(doc, c, windows)
                and (texts(doc)[c.start][:1].isupper() or c.rule == "abbreviation"
                     or c.rule in _PHRASE_RULES and not describes_before(doc, c.start))):
            # "a set of novel Partial Aggregation (PA) strategies", "leverages a novel neural X field", "uses a novel
            # introspective strided decoding (ISD) algorithm": the long form of an acronym the paper defines
            return "after_novel"
        if (c.rule in ("capitalised", "abbreviation", "head_method") and windows and not known
                and c.start > title_end and lowers(doc)[c.start - 1] in ("the", "a", "an", "our", "lightweight", ")")
                and capitalised_part(doc, c)):
            return "capitalised_part"
        past_proposal = bool(windows) and c.start > windows[0][0]
        if (c.rule in ("head_task", "capitalised") and past_proposal and not known and not in_gaz
                and titled_technique_clause(doc, c)
                and lowers(doc)[c.start - 1] not in TOOL_BEFORE):  # "employs Foo Estimation to ...": a tool
            return "titled_technique"  # "we introduce two objectives: Angular Alignment, which enforces ..."
        if (past_proposal and is_coined_variant(c) and not set_against(doc, c) and not example_of(doc, c.start)
                and any("-" in t or t[:1].isdigit() for t in texts(doc)[c.start:c.end - 1])):
            return "coined_variant"  # "... combines SFT with Hierarchical Coverage-Discounted GRPO to ..."
        if c.rule in _ACTOR_RULES and past_proposal and not known and sentence_actor(doc, c):
            return "sentence_actor"
        if c.rule == "capitalised" and past_proposal and not known and not in_gaz and new_titled_part(doc, c):
            return "new_titled_part"  # "a lightweight Restoration-aware Autoencoder enables ..."
        if (c.rule != "gazetteer" and past_proposal and not known and not in_gaz
                and (c.rule in _PHRASE_OR_TASK_RULES or not (names_a_model(doc, c.end)
                                                             or object_of_preposition(doc, c)))
                and added_by_own_method(doc, c)):
            return "added_by_own"
        if c.rule == "abbreviation" and not known and not in_gaz and trained_with_definition(doc, c):
            return "trained_with"  # "The student is trained with Foo-Guided Bar Distillation (FGBD)"
        if not known and not in_gaz and c.rule not in HEAD_RULES and core_part(doc, c):
            return "core_part"  # "At its core lies the Foo Chain (FC)", "The core component of X is the Bar Attack"
        if (c.rule == "abbreviation" and (past_proposal or not windows and own_sentence(doc, c.start))
                and named_part(doc, c.end) and not any(x.rule == "gazetteer" for x, _, _ in ment) and not in_gaz):
            # "The Cross Feature Consistency (CFC) module fortifies ..."; with no "we propose" in a paper that speaks
            # in the passive, in a sentence of its own method: "The proposed Foo includes a bar guidance (BG) module"
            return "named_part"
        if (c.rule in _PART_NAME_RULES and past_proposal and not known and not in_gaz
                and lowers(doc)[c.start - 1] in PART_LEAD and c.end < len(doc) and lowers(doc)[c.end] in PART_HEADS
                and (not texts(doc)[c.start].isupper() or c.rule == "abbreviation" and lowers(doc)[c.end] != "network")
                and not _SIZE_SUFFIX.search(texts(doc)[c.end - 1])):
            # "Specifically, the Depth-GFusion module adjusts ..."; "the FFN module", "the Gemma-3b decoder" are
            # others'; an acronym the paper defines is its own: "... a Foo Bar (FB) and a Baz (BZ) module. The FB
            # module ...", not a kind of network ("a peer-to-peer (P2P) network")
            return "coined_part"
        if c.rule == "role_name" and past_proposal and not known and not in_gaz:
            return "role_name"  # "a Questioner and an Answerer collaborate": the agents of the proposed system
        if (c.rule == "abbreviation" and past_proposal and defined_as_actor(doc, c)
                and not known and not in_gaz):
            return "defined_as_actor"
        if c.rule == "abbreviation" and not known and defined_as_proposed(doc, c) and not in_gaz:
            return "defined_as_proposed"
        if (c.rule == "abbreviation" and past_proposal and not known
                and title_case_definition(doc, c) and not in_gaz):
            return "title_case_definition"
        if c.rule != "gazetteer" and past_proposal and not known and not in_gaz and built_here(doc, c):
            return "built_here"
        if (c.rule == "abbreviation" and not known and described_in_our_sentence(doc, c)
                and not in_gaz):
            return "our_sentence"
        if c.rule == "abbreviation" and not known and not in_gaz and (opens_the_title(doc, c)
                                                                      or defined_title_prefix(doc, c)):
            return "opens_title"
        if not known and not in_gaz and described_second_name(doc, c, windows):
            return "described_second"  # "we introduce FooSet, a benchmark of ..., together with BarSet, a ..."
        if c.rule == "coined" and not known and not in_gaz and bracketed_proposal_name(doc, c, windows):
            return "bracketed_proposal"
        if c.rule == "abbreviation" and past_proposal and not known and not in_gaz and (
                defined_result_subject(doc, c) or our_named_part(doc, c)):
            return "defined_result_subject"
        if (c.rule not in HEAD_RULES and past_proposal and not known and not in_gaz and result_subject(doc, c)
                and first_named_after(ment, windows[0][0], title_end)
                and not any(list_item(doc, x) for x, _, _ in ment)):
            return "result_subject"
        for ws, we, naming in windows:
            if ws <= c.start < we:
                if naming:
                    # "called X", "we call this new network X": the first name-like candidate
                    named = first_cand_in(doc, ws, min(we, ws + 8), names=True)
                    # "three pre-trained models named X, Y and Z" lists others' ("which we coin X and Y" does not)
                    listed = lists_plural(lowers(doc), ws - 1) and lowers(doc)[ws - 2] != "we"
                    if (named is not None and c.rule not in ("head_method", "head_task") and not (known and listed)
                            and (c.start == named or not known and not listed
                                 and coordinated(doc, named, c.start))):
                        return "naming_coordinated"  # "which we coin subFoo and subBar": each coordinated name
                    if c.start - ws <= 2 and named is None:
                        return "naming_near"
                    continue
                apposed = kind_apposed_name(doc, ws)
                if apposed == c.start and c.rule not in HEAD_RULES and (not all_listed or _bracketed_acronym(doc, c)):
                    # "we propose a training-free decoding algorithm, Foo Decoding"; "we introduce a collaborative
                    # method (SAGA)" names the method though a known name is spelled the same
                    return "window_kind_apposed"
                if c.start < apposed and c.rule not in _PHRASE_RULES:
                    continue  # a name describing it (see _name_describing_apposed)
                if known and not (c.start == ws and (described_after(doc, c.end) or first_of_its_kind(doc, c.end))):
                    continue
                first = first_cand_in(doc, ws, we)
                if first is not None and c.rule == "coined" and bracketed_after(doc, first, c):
                    # "variants of the X network (X-1 and X-2)": whatever words lead to the phrase
                    return "bracketed_after"
                if not in_gaz and apposed_to_opening(doc, ws, c):
                    return "window_apposed"  # "we introduce a new class of physical-world attacks, AdvFoo, which"
                if first is not None and not in_gaz and described_pair(doc, first, c):
                    return "window_pair"  # "we propose FooJudge, an evaluator, and FooAgent, a framework"
                if any(t in _NOT_OBJECT or t in _USE_VERBS for t in lowers(doc)[ws:c.start]):
                    continue  # "we propose a new approach integrating generative adversarial networks (GANs)"
                if listed_example(doc, c.start) and not {"new", "novel"} & set(lowers(doc)[ws:c.start]):
                    continue  # "we present experiments comparing methods (e.g. FooNet, BarNet)": others' work
                if modifies_plain_plural(doc, c):
                    continue  # "this study collects Google Maps reviews": the source of what is collected
                # only the first candidate entity in the window counts
                if first is not None and first <= c.start and c.start - first <= 1:
                    return "window_first"
                if first is not None and first < c.start and coordinated(doc, first, c.start):
                    return "window_coordinated"  # "we create datasets MaskGroups-2M and MaskGroups-HQ"
                if c.rule != "head_method" and named_after_kind(doc, ws, c):
                    return "window_kind_named"  # "we propose a Sketch-Coloring framework OmniDepth-Occ"
                if (first is not None and c.rule == "abbreviation" and c.start - ws <= 8 and definition_of(doc, c)
                        and not kind_of_a_name(doc, c)):
                    return "window_definition"  # a long form right after the verb and its acronym both count
    return ""


_GAZETTEER = ("gazetteer",)


def _bracketed_acronym(doc: Doc, c: Cand) -> bool:
    """The one-word all-capital name ``c`` stands alone in brackets ("a human-LLM collaborative method (SAGA)")."""
    low = lowers(doc)
    return (c.end - c.start == 1 and texts(doc)[c.start].isupper() and low[c.start - 1] == "("
            and c.end < len(doc) and low[c.end] == ")")


def _known_only(ment: list[tuple[Cand, str, int]]) -> bool:
    """Every mention is a gazetteer match of a known name itself, none a coined variant of one (a loop: see
    :func:`~kg.extract.components.context.any_rule`)."""
    for c, _, _ in ment:
        if c.rule != "gazetteer" or is_coined_variant(c):
            return False
    return True


def _proposed_before(ment: list[tuple[Cand, str, int]], start: int, windows: list[tuple[int, int, bool]]) -> bool:
    """Some mention before token ``start`` is the name right after "we propose / construct" (``proposal_name``, or any
    mention opening a proposal window of ``windows``: "we first propose CAT (Causal Audio Tokenizer)"): a later
    "Building on the X dataset" builds on the paper's own X.

    >>> _proposed_before([(Cand(5, 6, "NAME", "proposal_name", "", 0.8), "DATASET", 1)], 30, [])
    True
    >>> ment = [(Cand(5, 6, "NAME", "abbreviation", "", 0.6), "METHOD", 1)]
    >>> _proposed_before(ment, 30, [(5, 19, False)]), _proposed_before(ment, 30, [(4, 18, False)])
    (True, False)
    """
    opens = {ws for ws, _, naming in windows if not naming}
    for x, _, _ in ment:
        if x.start < start and (x.rule == "proposal_name" or x.start in opens):
            return True
    return False


def _name_describing_apposed(doc: Doc, c: Cand, windows: list[tuple[int, int, bool]]) -> bool:
    """The name ``c`` (not a described phrase) stands in the noun phrase that opens a proposal window and describes
    the name apposed to it: "PSRL" in "we introduce a novel PSRL framework (FooRL)" is the paradigm FooRL belongs to."""
    return c.rule not in _PHRASE_RULES and any(ws <= c.start < kind_apposed_name(doc, ws) for ws, _, _ in windows)


# "Revisiting Chain-of-Thought Prompting: ...", "Beyond NL2Code: A Survey ...": the title names existing work
_REVISITING = frozenset("revisiting rethinking beyond understanding analyzing analysing evaluating benchmarking "
                        "demystifying probing behind inside on".split())


# a word ending in "bench"/"Bench" or "-Eval" ("NeuroFoo-Bench", "Workbench", "Foo-Eval"): a benchmark's name before its
# study ("NeuroFoo-Bench: Evaluation of ...") is the paper's own benchmark
_BENCH_OR_EVAL_END = re.compile(r"[Bb]ench$|-Eval$")


_PHRASE_RULES = HEAD_RULES | {"used_phrase"}
_PHRASE_OR_TASK_RULES = _PHRASE_RULES | {"head_task"}


_ACTOR_RULES = frozenset(("head_method", "head_component", "capitalised"))
_PART_NAME_RULES = frozenset(("coined", "abbreviation"))  # a coined name, or an acronym defined in the paper
_SIZE_SUFFIX = re.compile(r"\d(?:\.\d+)?[bBmMkK]$")  # "Gemma-3b", "Qwen-7B": a released model's size
# what a proposal uses ("a new approach integrating X"); "via/by/through X" may still name its own means
_USE_VERBS = TOOL_BEFORE - {"via", "by", "through"}
# "we present a new task, Unseen Entity KGQA": what follows names a problem, not a method or data
_NOT_OBJECT = frozenset("to of for on in with by from that which based than over against task problem".split())
