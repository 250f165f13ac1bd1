"""Type an acronym by its long form ("Maximum Drawdown (MDD)" is a metric) and its repeats."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.components.context import (HEAD_RULES, MEANS_PREPS, METHOD_CUES, PROPOSED_TECHNIQUE_HEADS, past_bracket,
                                           past_the, title_end_of)
from kg.extract.components.candidates import (Cand, abbrevs_of, doc_text, lowers, positions, span_text,
                                              texts, token_index)
from kg.extract.components.name_shapes import is_coined
from kg.extract.components.goal_phrases import modality_pair
from kg.extract.components.sentences import sentence_of
from kg.extract.components.lexicon import (DATASET_HEADS, DESCRIPTIVE_HEADS, MEASURE_NOUNS, METHOD_HEADS, METRIC_HEADS,
                                           PREPOSITIONS, QA_HEADS, TASK_HEADS, THING_HEADS, acronym_stop,
                                           gazetteer_keys, present_verb, stop_keys)
from kg.extract.normalize import entity_key, singular
from kg.extract.components.naming_cues import KIND_WORDS, passive_proposal_at
from kg.extract.proposed import NAMING_WORDS, TITLE_SEPARATORS, is_title_prefix, proposal_windows, proposed_here
from kg.extract.components.misreadings import category_item
from kg.extract.components.list_context import data_taken_from, listed_after_dataset_word, listed_after_metric_word
from kg.extract.components.context_label import (APPOSITION_DATASET_HEADS, APPOSITION_METHOD_HEADS, DATABASES,
                                                 TASK_NOUNS, TASK_WORDS, benchmarking_title, closes_data_phrase,
                                                 named_data, task_apposition, task_noun_at)
from kg.extract.components.not_methods import (PART_NOUNS, clinical_word, device_head, generic_class,
                                               human_interaction, names_a_non_method, spells_a_measure)

__all__ = ["abbrev_labels", "abbrev_repeats"]


def _backronym_clause(words: list[str], reversed_definition: bool) -> bool:
    """A name written before its long form (lower-case ``words``) that a clause spells out: "PREMISE (PREdict with
    Matching ScorEs)" names a predictor, though its last word is a metric's."""
    return reversed_definition and bool(MEANS_PREPS.intersection(words))


# rules and standards spelled out ("Model Context Protocol (MCP)", "General Data Protection Regulation (GDPR)")
_STANDARD_HEADS = frozenset("protocol protocols regulation regulations".split())
# "Humanity's Last Exam (HLE)", "International Physics Olympiad (IPhO) problems": an exam or a competition spelled
# out is a benchmark
_EXAM_HEADS = frozenset(("exam", "exams", "olympiad", "olympiads"))
# bodies, places and instruments of an institution, and the instruments of a survey or a psychological test, spelled
# out: "Federal Open Market Committee (FOMC)", "Food and Drug Administration (FDA)", "Event Horizon Telescope (EHT)",
# "World Values Survey (WVS)", "Alternate Uses Task (AUT)": no method (unless the authors present it as theirs)
_INSTITUTION_HEADS = frozenset("""
committee commission council board boards union court administration agency ministry department bureau institute
university laboratory laboratories center centers centre centres society consortium telescope mission act
survey inventory questionnaire test task
""".split())


def _repeats_title_task(doc: Doc, key: str, title_keys: set[str], s0: int, l0: int) -> bool:
    """An acronym's long form (key ``key``) is a title "for X" task or, outside a proposal, a kind of a
    several-word one: "Real-world image super-resolution (Real-ISR)" after "... for Real-World Image
    Super-Resolution" (but "we present ... Convex Linear Discriminant Analysis (ConvexLDA)" is the paper's method,
    and a bare head word is no kind: "Cascade Region Detection (CasRDet)" after "... for Detection")."""
    return key in title_keys or (any(" " in k and key.endswith(" " + k) for k in title_keys)
                                 and not proposed_here(doc, min(s0, l0)))


def _defined_title_name(doc: Doc, s0: int, s1: int, l0: int, l1: int, title_end: int) -> bool:
    """The acronym definition ``s0:s1`` / ``l0:l1`` opens the title and its separator follows it: "Cross-Modal
    Robustness Transfer (CMRT): Training Robust ..." names the paper's system, not its task.

    >>> import spacy
    >>> doc = spacy.blank("en")("Shelf Robustness Transfer ( SRT ) : Training Robust Models")
    >>> _defined_title_name(doc, 4, 5, 0, 3, 10), _defined_title_name(doc, 4, 5, 0, 3, 4)
    (True, False)
    """
    end = past_bracket(doc, max(s1, l1))
    # (the tokenizer may keep the bracket and the colon together: "(", "CMRT", "):")
    return min(s0, l0) == 0 and end < title_end and (texts(doc)[end] in TITLE_SEPARATORS or texts(doc)[end] == "):")


def _institution(doc: Doc, l0: int, l1: int, head: str) -> bool:
    """The long form ``l0:l1`` with head word ``head`` names an institution or a survey (:data:`_INSTITUTION_HEADS`),
    a whole word and no alternative after a slash ("Predict-Answer/Act" is a procedure).

    >>> import spacy
    >>> doc = spacy.blank("en")("the Shelf Market Committee ( SMC ) and Predict-Answer / Act ( PA )")
    >>> _institution(doc, 1, 4, "committee"), _institution(doc, 8, 13, "act")
    (True, False)
    """
    return head in _INSTITUTION_HEADS and "/" not in lowers(doc)[l0:l1]


def _phrases_over(doc: Doc, cands: list[Cand], l0: int, l1: int) -> set[str]:
    """The keys of the head-word and Title Case phrases over the long form ``l0:l1`` of a dropped institution's
    acronym: "National Forest" in "National Forest Inventory (NFI)", "United States Consumer Product Safety
    Commission" around "Consumer Product Safety Commission (CPSC)" are pieces or wider writings of its name.

    >>> import spacy
    >>> doc = spacy.blank("en")("We used the United States Shelf Safety Commission ( SSC ) data .")
    >>> cands = [Cand(3, 8, "NAME", "capitalised", "", 0.6), Cand(9, 10, "NAME", "coined", "", 0.6)]
    >>> sorted(_phrases_over(doc, cands, 5, 8))
    ['united states shelf safety commission']
    """
    return {entity_key(span_text(doc, c.start, c.end)) for c in cands
            if (c.rule in HEAD_RULES or c.rule == "capitalised") and c.start < l1 and l0 < c.end}


def _names_the_proposal(doc: Doc, s0: int) -> bool:
    """The short form at ``s0`` follows a naming word or opens a proposal window: "..., called IFRX (Intermediate
    Feature Refinement X Prediction)", "we propose COVER (Cache Override Verification for Efficient Revision)"."""
    return s0 > 0 and lowers(doc)[s0 - 1] in NAMING_WORDS or any(ws == s0 for ws, _, _ in proposal_windows(doc))


def _phrases_inside(doc: Doc, cands: list[Cand], l0: int, l1: int) -> set[str]:
    """The keys of the head-word phrases inside the long form ``l0:l1`` of a dropped measure: "Visual-to-Textual
    Attention" in "VTACR (Visual-to-Textual Attention Contribution Ratio)" is part of a metric's name, no method."""
    return {entity_key(span_text(doc, c.start, c.end)) for c in cands
            if c.rule in HEAD_RULES and l0 <= c.start and c.end <= l1 and (c.start, c.end) != (l0, l1)}


def abbrev_labels(doc: Doc, cands: list[Cand]) -> tuple[dict[str, str], set[str]]:
    """Label each acronym definition group; return (group -> label, dropped short-form keys).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose a Shelf Routing Network (SRN). It lowers the Shelf Error Rate (SER).")
    >>> abbrev_labels(doc, [])
    ({'abbr:0': 'METHOD'}, {'ser'})
    """
    if not abbrevs_of(doc):
        return {}, set()
    stops = stop_keys()
    title_end = title_end_of(doc)
    gaz: dict[tuple[int, int], str] = {}
    title_keys: set[str] = set()
    title_names: set[str] = set()
    for c in cands:  # (one pass over the candidates for the three tables)
        if c.rule == "gazetteer":
            gaz[c.start, c.end] = c.label
        elif c.rule == "title_for":
            title_keys.add(entity_key(span_text(doc, c.start, c.end)))
        elif c.rule == "title_prefix":
            # "LML: Language Model Learning a Dataset ..." then "Language Model Learning (LML)": the title's system
            title_names.add(span_text(doc, c.start, c.end))
    # a long form that repeats the title's "for X" task ("... for Lifelong Person Re-Identification",
    # then "Lifelong person re-identification (LReID)") names a task even when the short form looks coined
    title_tasks = {(l0, l1) for s0, _, l0, l1 in abbrevs_of(doc)
                   if _repeats_title_task(doc, entity_key(span_text(doc, l0, l1)), title_keys, s0, l0)
                   } if title_keys else set()
    labels: dict[str, str] = {}
    dropped: set[str] = set()
    method_ends: set[int] = set()  # where the definitions labelled METHOD so far end
    before_task = _before_task_word(doc)
    for i, (s0, s1, l0, l1) in enumerate(abbrevs_of(doc)):
        group = f"abbr:{i}"
        sf, lf = span_text(doc, s0, s1), span_text(doc, l0, l1)
        words = lowers(doc)[l0:l1]
        head_at = l0 + _long_form_head_at(words)
        head = words[head_at - l0]
        reversed_definition = s0 < l0  # "PREMISE (PREdict with Matching ScorEs)" names a system
        measure = head in METRIC_HEADS or spells_a_measure(words, head)  # its inner phrases go with it
        if (entity_key(sf) in stops or generic_class(lf) or sf.endswith("-based")  # a modifier: "(LLM-based)"
                or head in METRIC_HEADS and not _backronym_clause(words, reversed_definition)
                or sf in acronym_stop() and not proposed_here(doc, min(s0, l0))
                or singular(head) in {"model", "system", "method", "approach"} and
                entity_key(lf) in stops):
            dropped.add(entity_key(sf))
            if measure:
                dropped |= _phrases_inside(doc, cands, l0, l1)
            continue
        if (_names_a_thing(doc, s0, s1, l0, l1, head) or _data_or_metric_definition(doc, s0, s1, l0, l1)
                or spells_a_measure(words, head) and not _backronym_clause(words, reversed_definition)
                or head in _STANDARD_HEADS and not _defined_as_own(doc, s0, s1, l0, l1)
                or category_item(doc, min(s0, l0)) and not (gaz.get((l0, l1)) or gaz.get((s0, s1))
                                                            or any(is_coined(w) for w in texts(doc)[l0:l1]))
                or (_one_word_definition(doc, s0, s1, l0, l1) or _property_compound(doc, l0, l1))
                and not (gaz.get((l0, l1)) or gaz.get((s0, s1)))):
            dropped.add(entity_key(sf))
            dropped.add(entity_key(lf))  # nor is its long form, found again as a Title Case run
            if measure:
                dropped |= _phrases_inside(doc, cands, l0, l1)
            elif _institution(doc, l0, l1, head):
                dropped |= _phrases_over(doc, cands, l0, l1)
            continue
        label = gaz.get((l0, l1))
        if (label is None and names_a_non_method(texts(doc)[head_at]) and not gaz.get((s0, s1))
                and not _one_part_after(doc, max(s1, l1))
                and not proposed_here(doc, min(s0, l0)) and not is_title_prefix(doc, s0, s1, title_end)):
            dropped.add(entity_key(sf))
            continue
        if label is None and l1 - l0 == 1 and _media_pair(lowers(doc)[l0]):
            label = "TASK"  # "text-to-image (T2I)", "audio-to-motion (A2M)": what is generated from what
        # (not "the LAB-Bench tasks": the tasks a benchmark is made of)
        if label is None and head not in _EXAM_HEADS and (_task_word_after(doc, max(s1, l1)) or sf in before_task
                              and not _system_or_technique(head) and head not in DATASET_HEADS):
            label = "TASK"  # a short form the gazetteer knows spelled out otherwise: "software vulnerability detection"
        # "multimodal misinformation detection (MMD)": a long form ending in a known task outranks the method the
        # gazetteer reads the short form as (maximum mean discrepancy)
        if label is None and not (gaz.get((s0, s1)) == "METHOD" and _ends_known_task(lowers(doc)[l0:l1])
                                  or gaz.get((s0, s1)) == "TASK" and _own_definition(doc, l0, l1, max(s1, l1), head)
                                  or gaz.get((s0, s1)) == "DATASET" and device_head(head)):
            # (a known task acronym the authors spell out as their own: "we introduce an Adaptive Sampling
            # Refinement (ASR) method"; a known dataset acronym spelled out as a device: "the Arbitrary Ratio
            # Compressor (ARC)")
            label = gaz.get((s0, s1))
        if label is None:
            if (head in DATASET_HEADS or head in _EXAM_HEADS
                    or head in DATABASES and texts(doc)[l0][:1].isupper() and l1 - l0 > 1
                    or _apposition(doc, max(s1, l1)) == "DATASET" or data_taken_from(doc, min(s0, l0))
                    or reversed_definition and s0 > 0 and lowers(doc)[s0 - 1] in DATASET_HEADS  # "dataset BASSE (...)"
                    or named_data(doc, min(s0, l0))  # "a benchmark named Foo (...)", "a dataset, called Foo Bar (FB)"
                    or _apposed_to_a_dataset(doc, min(s0, l0))
                    or max(s1, l1) < title_end and benchmarking_title(doc, max(s1, l1))
                    or (head not in TASK_HEADS or head in QA_HEADS) and (
                        _dataset_word_after(doc, max(s1, l1)) or _called_a_dataset_later(doc, s0, s1)
                        or listed_after_dataset_word(doc, past_the(doc, min(s0, l0)))
                        or s0 > l0 and closes_data_phrase(doc, s0))):
                label = "DATASET"
            elif (task_apposition(doc, max(s1, l1)) and not _called_a_model_later(doc, s0, s1)) or (
                  (head in TASK_HEADS and head not in METHOD_HEADS
                   or _ends_known_task(words[:head_at - l0 + 1]) and not proposed_here(doc, min(s0, l0)))
                  and not is_title_prefix(doc, s0, s1, title_end)
                  and not _defined_title_name(doc, s0, s1, l0, l1, title_end)
                  and sf not in title_names
                  and not (_cue_after(doc, max(s1, l1)) and not _methods_for(doc, max(s1, l1)))
                  and _apposition(doc, max(s1, l1)) != "METHOD"
                  and not _own_definition(doc, l0, l1, max(s1, l1), head)
                  and not (reversed_definition and _names_the_proposal(doc, s0))
                  and not (head in PROPOSED_TECHNIQUE_HEADS and (_follows_definition(doc, l0, method_ends)
                                                                  or _named_part_of_design(doc, min(s0, l0))))
                  and not (_own_device_clause(doc, min(s0, l0), max(s1, l1)) and not _ends_known_task(words))
                  and lowers(doc)[l1 - 2:l1] not in _OPTIMIZATION_METHODS
                  and head not in _TRAINING_HEADS
                  and (not _coined_short(sf) or (l0, l1) in title_tasks
                       or _coined_task_acronym(doc, gaz.get((s0, s1)), words[:head_at - l0 + 1], min(s0, l0)))):
                label = "TASK"  # (a task the authors define in apposition: "Foo Reaching (FR) -- an active task")
            else:
                label = "METHOD"
        if label == "METHOD" and human_interaction(lowers(doc)[l0:l1]) and not _defined_as_own(doc, s0, s1, l0, l1):
            dropped.add(entity_key(sf))
            continue
        if label == "METHOD":
            method_ends.add(max(s1, l1))
        labels[group] = label
    return labels, dropped


# "Group Relative Policy Optimization (GRPO)", "Direct Preference Optimization (DPO)": algorithms, unlike
# "Hyperparameter Optimization (HPO)"
_OPTIMIZATION_METHODS = (["policy", "optimization"], ["preference", "optimization"])
# "Rejection Fine-Tuning (RFT)", "Quantization-Aware Training (QAT)", "Direct Score Optimization (DSO)": a named
# way to train or optimize is a technique
_TRAINING_HEADS = frozenset("tuning fine-tuning finetuning training pretraining pre-training optimization".split())


_LINKED_COMPOUND = re.compile(r"-(?:of|from|by|and|to|in|on|at|for|with|as|then)-")


def _one_word_definition(doc: Doc, s0: int, s1: int, l0: int, l1: int) -> bool:
    """An acronym spelled out by one lower-case word ("short-axis (SAX)", "instruction-tuned (IT)", "database (DB)")
    abbreviates a property or a thing, not a technique, unless the authors propose it.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nDepth comes from short-axis (SAX) images.")
    >>> [_one_word_definition(doc, *a) for a in doc._.kg_abbrevs]
    [True]
    """
    word = texts(doc)[l0]
    # "mixture-of-transformers (MoT)", "structure-from-motion (SfM)": a compound phrase names a design
    return (l1 - l0 == 1 and s0 > l0 and word.islower() and not _LINKED_COMPOUND.search(word)
            and not _cue_after(doc, s1) and not proposed_here(doc, l0))


def _property_compound(doc: Doc, l0: int, l1: int) -> bool:
    """The long form ``l0:l1`` is one lower-case hyphened word that names a property, a setting or a pair of
    modalities, not a technique: "vision-language (VL) models", "out-of-distribution (OOD)", "no-reference (NR)",
    "low-resolution (LR)" (but "mixture-of-experts (MoE)", "chain-of-thought (CoT)"; "text-to-image (T2I)" is a task).

    >>> from kg.extract.pipeline import load_nlp
    >>> words = "vision-language out-of-distribution no-reference mixture-of-experts self-distillation"
    >>> doc = load_nlp().make_doc(words)
    >>> [_property_compound(doc, k, k + 1) for k in range(5)]
    [True, True, True, False, False]
    """
    word = texts(doc)[l0]
    if l1 - l0 != 1 or "-" not in word or not word[1:].islower():
        return False  # (a sentence may open with it: "Vision-language (VL) models ...")
    parts = word.lower().split("-")
    return (parts[0] in _PROPERTY_LEADS or parts[-1] in _PROPERTY_PARTS
            or len(parts) == 2 and parts[0] in _MODALITY_WORDS and parts[1] in _MODALITY_WORDS)


def _media_pair(word: str) -> bool:
    """A lower-case "X-to-Y" between two media ("text-to-image", "video-to-audio"): a generation task, unlike a pair
    of other things ("cache-to-cache", "solve-to-judge", "agent-to-agent").

    >>> [_media_pair(w) for w in ("text-to-image", "video-to-audio", "cache-to-cache", "agent-to-agent")]
    [True, True, False, False]
    """
    source, to, target = word.partition("-to-")
    return bool(to) and source in _MEDIA and target in _MEDIA


_MEDIA = frozenset("text image images video videos audio speech music sound motion pose 3d mesh texture sketch "
                   "caption code sql".split())


# first parts of a hyphened property ("low-resolution", "non-line-of-sight", "in-distribution", "end-to-end")
_PROPERTY_LEADS = frozenset("low high no full out in end left right single ultra one".split())
# last parts of a hyphened property or place ("level-of-detail", "region-of-interest", "short-axis", "point-of-gaze")
_PROPERTY_PARTS = frozenset("distribution detail interest gaze sight sequence vocabulary speech axis resolution "
                            "reference freedom risk fold turn wideband".split())
_MODALITY_WORDS = frozenset("vision visual language text image video audio speech motion depth point".split())


_DATA_AFTER = frozenset("images image imagery observations signals scans samples data videos recordings content "
                        "descriptions triplets".split())


def _data_or_metric_definition(doc: Doc, s0: int, s1: int, l0: int, l1: int) -> bool:
    """ "high-resolution multispectral (HRMS) images" names a kind of data; "a new evaluation metric,
    Average Warning Delay (AWD)" a metric: neither is a method.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We fuse low-resolution multispectral (LRMS) images. "
    ...                  "A new metric, Warning Delay (WD), is used with a Shelf Transformer (ShT) image encoder.")
    >>> [(a[0], _data_or_metric_definition(doc, *a)) for a in doc._.kg_abbrevs]
    [(5, True), (16, True), (26, False)]
    """
    low = lowers(doc)
    end = max(s1, l1)
    k = past_bracket(doc, end)
    if (k < len(doc) and low[k] in _DATA_AFTER and not _cue_after(doc, end)
            and not (k + 1 < len(doc) and (low[k + 1] in METHOD_HEADS or low[k + 1] in PART_NOUNS))):
        return True  # (not "a Vision Transformer (ViT) image encoder": a model the data word only modifies)
    if (k < len(doc) and low[k] in METRIC_HEADS and low[l1 - 1] not in TASK_HEADS
            and not proposed_here(doc, min(s0, l0))):
        return True  # "the Kullback-Leibler (KL) divergence"; not "Visual Question Answering (VQA) scores", a task's
    start = min(s0, l0)
    return (not MEASURE_NOUNS.isdisjoint(low[max(0, start - 2):start])
            or listed_after_metric_word(doc, start) and not proposed_here(doc, start))


def _in_proposal_clause(doc: Doc, i: int) -> bool:
    """Token ``i`` lies in a "we propose ..." window with no preposition before it: the thing proposed, not what it
    works on ("we develop a workflow for the segmentation of epicardial adipose tissue (EAT)").

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We propose Whole Slide Images (WSI) for the study of Whole Slide Images (WSI).")
    >>> _in_proposal_clause(doc, 2), _in_proposal_clause(doc, 12)
    (True, False)
    """
    low = lowers(doc)
    return any(ws <= i < we and not PREPOSITIONS.intersection(low[ws:i]) for ws, we, _ in proposal_windows(doc))


def _defined_as_own(doc: Doc, s0: int, s1: int, l0: int, l1: int) -> bool:
    """The acronym definition (short form ``s0:s1``, long form ``l0:l1``) is the paper's own: it lies in a "we
    propose ..." window or a passive proposing verb follows it ("the Foo Handshake Protocol (FHP) is introduced").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Here the Foo Handshake Protocol (FHP) is introduced.")
    >>> _defined_as_own(doc, 6, 7, 2, 5)
    True
    """
    return proposed_here(doc, min(s0, l0)) or passive_proposal_at(lowers(doc), past_bracket(doc, max(s1, l1)))


def _proposed_object(doc: Doc, start: int, end: int) -> bool:
    """The name at ``start:end`` is what the authors propose, right after the verb ("we propose X (XX) to ...") or
    their naming verb ("which we term X (XX)"), and the text does not go on to call it a task or problem ("we
    introduce the X (XX) task").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We propose Joint Hard Contrastive Learning (JHCL) to train it.")
    >>> _proposed_object(doc, 2, 8), _proposed_object(doc, 3, 8)
    (True, False)
    """
    low = lowers(doc)
    k = past_bracket(doc, end)
    if k < len(doc) and low[k] in TASK_WORDS or k + 2 < len(doc) and low[k + 2] in TASK_WORDS:
        return False
    if start >= 2 and low[start - 2] == "we" and low[start - 1] in _OWN_NAMING:
        return True  # "a bridge between A and B, which we term Foo Bar For Baz (FBFB)"
    return any(start == ws or start == ws + 1 and low[ws] in ("a", "an") for ws, _, _ in proposal_windows(doc))


_OWN_NAMING = NAMING_WORDS | frozenset(("term", "name", "dub"))


def _own_definition(doc: Doc, l0: int, l1: int, end: int, head: str) -> bool:
    """The acronym definition whose long form is ``l0:l1`` (ending at ``end``) is what the authors propose or
    name ("we propose Foo Bar Generation (FBG)", "which we term ..."): their method, not a task, unless a
    kind of a task the gazetteer knows ("we introduce Evolving World Object Detection (EWOD)"), which a technique
    head still makes a method ("we propose Gaussian Domain Adaptation (GDA)")."""
    return _proposed_object(doc, l0, end) and (head in PROPOSED_TECHNIQUE_HEADS
                                               or not _ends_known_task(lowers(doc)[l0:l1]))


# the parts of a design named in a list: "two modules: Foo Bar Alignment (FBA) and ...", "our core strategy, ..."
_DESIGN_PARTS = frozenset("module modules component components technique techniques strategy strategies algorithm "
                          "algorithms mechanism mechanisms paradigm objective method methods framework approach "
                          "loss".split())


def _named_part_of_design(doc: Doc, start: int) -> bool:
    """The name at ``start`` follows, in its sentence and within 20 tokens, a design word and a colon or comma
    ("two complementary modules: Dynamic Neighbor Modeling (DNM) and ...", "a novel algorithm, Policy Alignment
    (PA)"): one of the parts the paper builds, not a problem it studies. 20 tokens reach the second item of a
    list whose first item is described ("two techniques: global X (X1) capturing scene-level shifts, and Y (Y1)").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("It has two modules: global Query Feature Alignment (QFA) and more.")
    >>> _named_part_of_design(doc, 6), _named_part_of_design(doc, 0)
    (True, False)
    """
    low = lowers(doc)
    s0 = max(sentence_of(doc, start)[0], start - 20)
    return any(low[k] in (":", ",") and low[k - 1] in _DESIGN_PARTS for k in range(s0 + 1, start))


def _names_a_thing(doc: Doc, s0: int, s1: int, l0: int, l1: int, head: str) -> bool:
    """An acronym whose long form names a condition, body part, language, kind of data or property ("Atrial
    fibrillation (AF)", "Degenerative Cervical Myelopathy (DCM)", "Whole Slide Images (WSIs)"), unless the text
    presents it as a system: a method word follows ("... (WSI) encoder"), the short form comes first, or it is
    what the authors propose (the object of a proposing verb, not a word after a preposition in its phrase).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We study Acute Lymphoblastic Leukemia (ALL) with CNNs.")
    >>> _names_a_thing(doc, 6, 7, 2, 5, "leukemia")
    True
    >>> doc = load_nlp()("We read the Shelf Market Committee (SMC) notes.")
    >>> _names_a_thing(doc, 7, 8, 3, 6, "committee")
    True
    """
    last = head.rsplit("-", 1)[-1]
    if (last not in THING_HEADS and not _institution(doc, l0, l1, head) and not clinical_word(last) or s0 < l0
            or _cue_after(doc, max(s1, l1))):
        return False
    if modality_pair(head) and _task_word_after(doc, max(s1, l1)):
        return False  # "image-to-text (I2T) tasks": a conversion between kinds of data, a task
    if _apposition(doc, max(s1, l1)) == "METHOD":
        return False
    return not _in_proposal_clause(doc, min(s0, l0))


def _cue_after(doc: Doc, end: int) -> bool:
    """ "... Learning (MICD) framework", "... Inference (SDAI) strategy": a method word right after an acronym
    definition."""
    low = lowers(doc)
    k = past_bracket(doc, end)
    return k < len(doc) and (low[k] in METHOD_CUES or low[k] in DESCRIPTIVE_HEADS)


# what a clause says a problem does: "(VTG), which aims to localize ...", "(KB-VQA), which requires ..."
_PROBLEM_VERBS = frozenset("aims seeks requires demands involves refers entails concerns focuses poses remains "
                           "consists".split())


def _own_device_clause(doc: Doc, start: int, end: int) -> bool:
    """Past the paper's first proposal, ", which amplifies ..." right after the acronym definition at
    ``start:end`` says what one of the authors' devices does ("we present the Foo Query Generation (FQG), which
    strategically injects ..."); a problem is described by what it aims at or requires ("Video Temporal Grounding
    (VTG), which aims to localize ...") or introduced as one ("a new task: ...").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose FooNet. It adds Bar Modeling (BM), which dynamically fuses views, for "
    ...                  "Baz Grounding (BG), which aims to find boxes.")
    >>> _own_device_clause(doc, 8, 12), _own_device_clause(doc, 20, 24)
    (True, False)
    """
    low = lowers(doc)
    windows = proposal_windows(doc)
    k = past_bracket(doc, end)
    if (not windows or start <= windows[0][0] or TASK_WORDS.intersection(low[max(0, start - 3):start])
            or not (k + 2 < len(doc) and low[k] == "," and low[k + 1] == "which")):
        return False
    verb = low[k + 3] if low[k + 2].endswith("ly") and k + 3 < len(doc) else low[k + 2]
    return present_verb(verb) and verb not in _PROBLEM_VERBS


def _one_part_after(doc: Doc, end: int) -> bool:
    """ "Blurred Boundary Content (BBC) encoder", "... Mean Expression (AFME) algorithm": one method word (singular)
    right after an acronym definition names a part of a design ("long-context (LC) strategies" speaks of a kind)."""
    k = past_bracket(doc, end)
    return k < len(doc) and lowers(doc)[k] in METHOD_CUES and singular(lowers(doc)[k]) == lowers(doc)[k]


def _methods_for(doc: Doc, end: int) -> bool:
    """ "Human Activity Recognition (HAR) methods", "... Localization (IML) models": a plural method word after an
    acronym definition speaks of the methods for a task, not of one technique ("... (MICD) framework")."""
    low = lowers(doc)
    k = past_bracket(doc, end)
    return k < len(doc) and low[k] in _METHOD_PLURALS


_METHOD_PLURALS = frozenset("methods models approaches algorithms systems techniques frameworks".split())


def _dataset_word_after(doc: Doc, end: int) -> bool:
    """ "... bioImage Study (SCAPIS) dataset", "... Augmented (RETINA) benchmark": a dataset word right after an
    acronym definition."""
    low = lowers(doc)
    k = past_bracket(doc, end)
    return k < len(doc) and low[k] in DATASET_HEADS


# what opens the noun phrase of a dataset the text introduces: "a new benchmark, Foo", "our dataset, Bar"
_INTRODUCED_OPENERS = frozenset(("a", "an", "our"))


def _apposed_to_a_dataset(doc: Doc, start: int) -> bool:
    """The acronym definition at ``start`` stands in apposition to "a/an/our ... dataset word" right before it: "a
    new benchmark, Long Essay Reasoning Evaluation (LERE)", "our corpus, Shelf Dialogue Collection (SDC)": it names
    that dataset, whatever its head word says (not "Across datasets, Graph Attention Networks (GAT) ...").

    >>> import spacy
    >>> doc = spacy.blank("en")("We build a new benchmark , Shelf Reasoning Evaluation ( SRE ) . Across datasets , "
    ...                         "Shelf Attention ( SA ) wins")
    >>> _apposed_to_a_dataset(doc, 6), _apposed_to_a_dataset(doc, 16)
    (True, False)
    """
    low = lowers(doc)
    if start < 3 or low[start - 1] != "," or low[start - 2] not in DATASET_HEADS:
        return False
    for i in range(start - 3, max(start - 7, -1), -1):
        if low[i] in _INTRODUCED_OPENERS:
            return True
        if not low[i][:1].isalnum() or low[i] in STOP_WORDS:
            return False
    return False


def _task_word_after(doc: Doc, end: int) -> bool:
    """ "the Composed Image Retrieval (CIR) task", "... Matching (TM) problem": "task"/"problem" right after an
    acronym definition makes it a task, unless a kind word follows ("a ... (XYZ) task framework").

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("the Sparse Plan Ranking ( SPR ) task framework")
    >>> _task_word_after(doc, 6), _task_word_after(spacy.blank("en")("Sparse Plan Ranking ( SPR ) problem"), 5)
    (False, True)
    """
    low = lowers(doc)
    k = past_bracket(doc, end)
    if k + 2 < len(doc) and low[k] == "is" and low[k + 1] in ("a", "an"):
        k = _past_modifiers(low, k + 2)  # "Medical Entity Recognition (MedER) is an essential NLP task"
    return task_noun_at(low, k, TASK_NOUNS)


def _system_or_technique(head: str) -> bool:
    """A long-form head naming a kind of system or a technique ("projector-camera systems (ProCams) tasks",
    "... Decomposition (SVD) problem"), not a task."""
    return singular(head) in KIND_WORDS or head in METHOD_HEADS and head not in TASK_HEADS


def _before_task_word(doc: Doc) -> frozenset[str]:
    """The words written right before "task"/"problem" in the doc ("on the SVD task" -> "SVD")."""
    txt = texts(doc)
    return frozenset(txt[j - 1] for j in positions(doc, TASK_NOUNS) if j > 0)


def _past_modifiers(low: list[str], k: int) -> int:
    """The index of the first word from ``k`` on that may be a noun phrase's head: past up to four modifier words
    ("essential NLP", "long-standing open"), stopping at punctuation, a function word or a method word."""
    end = min(len(low), k + 5)
    while k < end - 1 and low[k][:1].isalnum() and low[k] not in STOP_WORDS and low[k] not in METHOD_CUES \
            and low[k] not in TASK_WORDS:
        k += 1
    return k


# the singular words that call a name data: "the KUP benchmark is ...", "we release the Foo dataset"
_DATASET_NOUNS = frozenset("benchmark dataset corpus treebank".split())
_DEFINITE = frozenset("the our this".split())


def _called_a_dataset_later(doc: Doc, s0: int, s1: int) -> bool:
    """The acronym at ``s0..s1`` is written again as "the <acronym> benchmark / dataset / corpus" and never before
    another noun: "Multimodal Modality Conflict (MMMC) ... on the MMMC dataset" names data, but "Antinuclear antibody
    (ANA) ... ANA detection ... the ANA dataset" names a thing the data holds (nor "the Foo benchmark Bar", a kind of
    benchmark that names another).

    >>> import spacy
    >>> doc = spacy.blank("en")("Shelf Update Playground ( SUP ) . Results on the SUP benchmark show gains")
    >>> _called_a_dataset_later(doc, 4, 5)
    True
    >>> doc = spacy.blank("en")("Shelf Update Playground ( SUP ) . SUP detection on the SUP dataset is slow")
    >>> _called_a_dataset_later(doc, 4, 5)
    False
    """
    txt, low = texts(doc), lowers(doc)
    n = s1 - s0
    called = False
    for i in _written_again(doc, s0, s1, s1 + 1):
        nxt, after = low[i + n], txt[i + n + 1] if i + n + 1 < len(doc) else ""
        if nxt in _DATASET_NOUNS and low[i - 1] in _DEFINITE and not (after[:1].isupper() or after[:1].isdigit()):
            called = True
        elif nxt.isalpha() and nxt not in STOP_WORDS and singular(nxt) not in _DATASET_NOUNS:
            return False  # "ANA detection", "MLS data": the acronym modifies a noun, it names no data of its own
    return called


def _called_a_model_later(doc: Doc, s0: int, s1: int) -> bool:
    """The acronym at ``s0..s1`` is written again before a kind word: "Foo (Bar), a novel task ... the proposed Foo
    model reconstructs ...": the authors name their model after the task, and the acronym keeps naming it.

    >>> import spacy
    >>> doc = spacy.blank("en")("ORG ( Object Ground ) , a novel task . The ORG model works")
    >>> _called_a_model_later(doc, 0, 1)
    True
    """
    low, n = lowers(doc), s1 - s0
    return any(low[i + n] in KIND_WORDS for i in _written_again(doc, s0, s1, s1))


def _written_again(doc: Doc, s0: int, s1: int, lo: int) -> Iterator[int]:
    """The starts ``i`` from ``lo`` on, in order, where the tokens ``s0:s1`` are written again with a token after
    them: found by ``list.index`` on their first token (a scan in C; the loop in Python over every token, per
    definition, took seconds on a hostile abstract of thousands of definitions).

    >>> import spacy
    >>> doc = spacy.blank("en")("Foo ( FB ) . FB runs ; FB")
    >>> list(_written_again(doc, 2, 3, 4))
    [5]
    """
    txt = texts(doc)
    short, n = txt[s0:s1], s1 - s0
    stop = len(doc) - n
    if not short:
        yield from range(lo, stop)
        return
    i = lo
    while i < stop:
        try:
            i = txt.index(short[0], i, stop)
        except ValueError:
            return
        if txt[i:i + n] == short:
            yield i
        i += 1


# what opens an apposition after "the" that says what a name is: "X (...), the first benchmark"
_ORDINAL_OPENERS = frozenset("first largest".split())


def _apposition(doc: Doc, end: int) -> str | None:
    """The type a following apposition gives a name: "VIDA (Visually-Dependent Ambiguity), a dataset of ..."
    -> DATASET; "..., a network that ..." -> METHOD; "CritPt (Complex ... Test), the first benchmark" -> DATASET;
    else None.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe present ShelfPt (Shelf Test), the first benchmark of shelves.")
    >>> _apposition(doc, texts(doc).index(")"))
    'DATASET'
    """
    low = lowers(doc)
    k = past_bracket(doc, end)
    if k + 2 >= len(doc) or low[k] not in (",", ":"):
        return None
    first = k + 1 + (low[k + 1] == "the" and low[k + 2] in _ORDINAL_OPENERS)  # "the first benchmark"
    if first == k + 1 and low[k + 1] not in ("a", "an"):
        return None
    for t in low[first + 1: k + 14]:
        if not t[:1].isalnum() and t not in (",", "-"):
            return None
        if t in DATASET_HEADS or t in APPOSITION_DATASET_HEADS:
            return "DATASET"
        if t in METHOD_CUES or t in APPOSITION_METHOD_HEADS:
            return "METHOD"
    return None


_HEAD_CUT = frozenset(("for", "via"))


def _follows_definition(doc: Doc, start: int, ends: set[int]) -> bool:
    """ "Ensemble Reasoning Learning (ERL) and Progressive Reasoning Learning (PRL)": the definition at ``start``
    is coordinated with one that ended at an index in ``ends`` (the closing bracket)."""
    low = lowers(doc)
    k = start - 1
    if k > 0 and low[k] == "and" and low[k - 1] == ",":
        k -= 1
    return k > 0 and low[k] in ("and", ",") and k - 1 in ends and low[k - 1] == ")"


def _long_form_head_at(words: list[str]) -> int:
    """The position of the head word of a long form given as its lower-case tokens (-1 for no words): the last word
    before "for"/"via"/"with" ("Dynamic Neural Activity Diffusion for Image Reconstruction" is a diffusion model, not
    a reconstruction task).

    Examples
    --------
    >>> _long_form_head_at("neural diffusion for image reconstruction".split()), _long_form_head_at(["foo", "net"])
    (1, 1)
    """
    for i, w in enumerate(words):
        if w in _HEAD_CUT and i > 0:
            return i - 1
    return len(words) - 1


def _coined_task_acronym(doc: Doc, short_label: str | None, head_words: list[str], start: int) -> bool:
    """A coined-looking short form still abbreviates a task when the definition opens its sentence, its long form
    (up to its head) ends in a known task, the gazetteer does not know the short form as a method and nobody
    proposes it here: "Scientific information extraction (SciIE) has relied on ...", "Federated domain
    generalization for person re-identification (FedDG-ReID) aims to ..." (not "we adapt Query-Centric Trajectory
    Prediction (QCNet)", a model named after its task, nor "Dense and Unconstrained Stereo 3D Reconstruction
    (DUSt3R)", a known one)."""
    return (past_the(doc, start) == sentence_of(doc, start)[0] and short_label != "METHOD"
            and _ends_known_task(head_words) and not proposed_here(doc, start))


def _coined_short(sf: str) -> bool:
    """A short form that is a coined model name (NeuGen, RePlan), not a task acronym (OVSS, VQA)."""
    return len(sf) > 3 and any(ch.islower() for ch in sf[1:]) and any(ch.isupper() for ch in sf[1:])


def abbrev_repeats(doc: Doc, abbr_labels: dict[str, str]) -> list[Cand]:
    """Other mentions of a defined acronym or of its long form, anywhere in the document.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose a Shelf Routing Network (SRN). SRN is fast.")
    >>> [(span_text(doc, c.start, c.end), c.group) for c in abbrev_repeats(doc, {"abbr:0": "METHOD"})]
    [('SRN', 'abbr:0'), ('SRN', 'abbr:0'), ('Shelf Routing Network', 'abbr:0')]
    >>> abbrev_repeats(doc, {})
    []
    """
    out: list[Cand] = []
    pairs = abbrevs_of(doc)
    if not pairs:
        return out
    exact: dict[str, str] = {}  # short forms, case-sensitive (single or multi token)
    lower: dict[str, tuple[int, str]] = {}  # long forms, lower-case text -> (n tokens, group)
    for i, (s0, s1, l0, l1) in enumerate(pairs):
        group = f"abbr:{i}"
        if group not in abbr_labels:
            continue
        sf = span_text(doc, s0, s1)
        exact.setdefault(sf, group)
        exact.setdefault(sf + "s", group)
        lower.setdefault(" ".join(span_text(doc, l0, l1).lower().split()), (l1 - l0, group))
    text = doc_text(doc)
    starts = token_index(doc)["starts"]
    n = len(doc)
    for sf, group in exact.items():
        at = text.find(sf)
        while at >= 0:
            a = bisect_left(starts, at)
            if a < n and starts[a] == at:
                b = bisect_left(starts, at + len(sf))
                if span_text(doc, a, b) == sf:
                    out.append(Cand(a, b, "NAME", "abbreviation", group, 0.85))
            at = text.find(sf, at + 1)
    low_text = text.lower()
    for lf, (m_tokens, group) in lower.items():
        at = low_text.find(lf)
        while at >= 0:
            a = bisect_left(starts, at)
            if a < n and starts[a] == at and a + m_tokens <= n and span_text(doc, a, a + m_tokens).lower() == lf:
                out.append(Cand(a, a + m_tokens, "NAME", "abbreviation", group, 0.85))
            at = low_text.find(lf, at + 1)
    return out


def _ends_known_task(words: list[str]) -> bool:
    """The lower-case words end in a task the gazetteer knows, of two words or more: "evolving world object
    detection" is a kind of object detection, whoever proposes it.

    Examples
    --------
    >>> _ends_known_task("evolving world object detection".split()), _ends_known_task("score optimization".split())
    (True, False)
    """
    keys = gazetteer_keys("TASK")
    return any(entity_key(" ".join(words[i:])) in keys for i in range(len(words) - 1))
