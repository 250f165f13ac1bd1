"""``kg_resolve``: turn overlapping candidates into typed, merged entities with evidence."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.context import (CONTRAST_LEADS, HEAD_RULES, KEEP_CASE, MEANS_PREPS, METHOD_CUES, PROPOSED_TECHNIQUE_HEADS,
                                           TOOL_BEFORE, VARIANT_GROUP, based_at, closing_bracket, is_coined_variant,
                                           past_bracket, plain_variant, plural_head, title_end_of)
from kg.extract.components.candidates import (Cand, abbrevs_of, cands_of, char_bounds, doc_text, ensure_extensions,
                                              lowers, positions, span_text, texts, token_index, word_between)
from kg.extract.components.keep_model import apply_keep_model
from kg.extract.components.rules import (COMPONENT_HEADS, PARAM_SIZES, SIZE_LEAD, SUITE_MEMBERS, hyphen_modified,
                                         is_coined, modality_pair, task_lead_start)
from kg.extract.components.sentences import sentence_of
from kg.extract.components.lexicon import (AGENT_NOUN, DATASET_HEADS, GENERIC_MODIFIERS, LANGUAGES, METHOD_HEADS,
                                           METRIC_HEADS, QA_HEADS, SOURCED_RECORDS, TASK_HEADS, THING_HEADS, acronym_stop,
                                           PREPOSITIONS, list_keys, listed_s_names, load_terms, present_verb, stop_keys,
                                           stop_spellings, verbs)
from kg.extract.aliases import is_short_form_of
from kg.extract.normalize import entity_key, singular
from kg.extract.links import url_spans
from kg.extract.components.tasks import (NOT_PURPOSE_HEADS, TOOL_HEADS, TOOL_TASK_CONFIDENCE, acronym_forms,
                                         finish_tasks, generation_forms, task_case, task_confidence, unbracketed_forms)
from kg.extract.components.proposes import (KIND_WORDS, LIST_JOINS, after_established, described_after,
                                            first_cand_in, is_proposed, own_component, passive_proposal_at)
from kg.extract.proposed import NAMING_WORDS, TITLE_SEPARATORS, is_title_prefix, proposal_windows

__all__ = ["Resolver", "make_kg_resolve"]

_PRIORITY = {"abbreviation": 5, "gazetteer": 4, "title_prefix": 3.5, "title_name": 3.4, "proposal_name": 3.2,
             "title_for": 3, "title_goal": 2.1, "opening_topic": 2.05, "title_via": 2.5, "capitalised": 2.2,
             "dataset_list": 2.3, "proposed_phrase": 1.8, "used_phrase": 2.05, "list_member": 0.5, "scored_on": 0.6,
             "head_method": 2, "head_component": 1.9, "head_task": 2, "coined": 1, "role_name": 2.2}
_BASE_CONF = {"abbreviation": 0.85, "gazetteer": 0.9, "title_prefix": 0.8, "title_name": 0.7, "proposal_name": 0.75,
              "title_via": 0.65, "title_for": 0.75, "title_goal": 0.6, "opening_topic": 0.6, "capitalised": 0.6,
              "dataset_list": 0.6, "proposed_phrase": 0.6, "used_phrase": 0.6, "head_method": 0.5,
              "head_component": 0.5, "head_task": 0.55, "coined": 0.6, "task_of": 0.6, "role_name": 0.6}
_LIST_SEP = frozenset({",", "and", "or", "&", "/", "as", "well", "the", "both", "including", "e.g.", "i.e.", "("})
# "Llama2-7B", "Qwen2.5-1.5B": a model's parameter count (not a letter-digit-letter code: "B2B", "P2B")
_BILLIONS = re.compile(r"(?<![A-Za-z0-9.])\d+(?:\.\d+)?[Bb](?:-|$)")
_RESULT_NUMBER = re.compile(r"\d%|\d\.\d")  # "20.7%", "0.769": a reported result
_EVAL_WORDS = re.compile(r"experiment|evaluat|benchmark|test|result|outperform|achiev|accurac|perform|state-of-the-art"
                         r"|sota|dataset|surpass|attain|baselines|gains")
# "-2M", "10K" sizes and 4-digit years end many dataset names (LAION-400M, COD10K, VOC2012, CAMELYON16, EndoVis 2024)
_DATASET_SHAPE = re.compile(r"[A-Za-z][-_]?\d+(?:\.\d+)?[KkM]$|\d-\d+(?:\.\d+)?[Kk]$|[A-Za-z][-_ ]?20[0-2]\d$"
                            r"|[A-Z]{3,}1[0-9]$|20[0-2]\d Task \d{1,2}$")
# a named subset of a benchmark: "SWE-bench Verified", "ARC Easy"
_SUBSET_WORDS = frozenset("Verified Lite Hard Easy Diamond Pro Plus Full Extended".split())
# (a release after a space too: "Terminal-Bench 2.0", "LongBench v2")
_RELEASE_TAIL = rf"[-\d.v]*(?: v?\d+(?:\.\d+)*)?(?: (?:{'|'.join(sorted(_SUBSET_WORDS))}))?$"
_DATASET_SUFFIX = re.compile(r"(?:Bench|bench|BENCH|QA|Eval|EVAL|Arena|Corpus|Suite|Dataset|Benchmark|Instruct-\d+K"
                             rf"|-QA|(?<=[a-z0-9])Data){_RELEASE_TAIL}")
# an evaluation named as a procedure: "PresentEval", "Foo-Eval v2" (not "FooBench", "Foo Arena")
_EVAL_SUFFIX = re.compile(rf"(?:Eval|EVAL){_RELEASE_TAIL}")
_APPOSITION_DATASET_HEADS = frozenset("environment environments arena arenas gym gyms".split())
_ENVIRONMENT_HEADS = frozenset("environment environments simulator simulators".split())
# what a benchmark-shaped name is called in apposition and stays a benchmark: "Foo-Bench, an evaluation pipeline"
# (not a model: "FooQA, a unified speech-vision model")
_EVALUATION_TOOL_HEADS = frozenset("framework frameworks pipeline pipelines system systems platform toolkit".split())
# a bracket after these names the data: "a Polish-language corpus (CulturaX-PL)", "public sources (Foo, Bar)"
_DATABASES = frozenset(("database", "databases"))
_SETS = frozenset(("set", "sets"))
# a bare version, size or variant word is never a name by itself
_NAME_FRAGMENT = re.compile(r"^(?:[vV]\d+(?:\.\d+)*|Pro|Max|Plus|Lite|Mini|Base|Large|Small|Challenge|Leaderboard)$")
_SET_KINDS = frozenset("test evaluation data training validation held-out benchmark".split())
_MADE_BY = frozenset("generated annotated labeled labelled synthesized synthesised translated produced created "
                     "simulated rendered distilled".split())
_DATA_NOUNS = DATASET_HEADS | _DATABASES | {"sources"}
# records a collection is made of, named in brackets after them: "natural face videos (CelebV-HQ)"
_RECORDS = frozenset("videos images recordings scans photos photographs clips documents questions problems".split())
_DATASET_PLURALS = frozenset("datasets benchmarks corpora databases".split())
_PLURAL_DATASET_HEADS = frozenset("datasets benchmarks corpora dataset benchmark corpus".split())
REPEAT_BONUS = 0.08  # confidence added per further mention
_ALLCAPS = re.compile(r"^[A-Z0-9\-+./]+$")
_LABEL_KEYS = {"METHOD": "methods", "DATASET": "datasets", "TASK": "tasks"}


class Resolver:
    """Merge candidates into entities: overlap removal, typing, alias merging, proposed flags.

    Sets ``doc._.kg_entities = {"methods": [...], "datasets": [...], "tasks": [...]}`` where each
    entity has name, aliases, proposed, key, confidence and mentions (document character offsets).
    """

    def __init__(self, nlp: Language, name: str = "kg_resolve", *, max_tasks: int = 5):
        ensure_extensions()
        self.name = name
        self.max_tasks = max_tasks

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data["kg_entities"] = _resolve(doc, self.max_tasks)
        return doc


# "Epicardial Adipose Tissue (EAT)", "Radio Frequency (RF)", "Photon-counting CT (PCCT)": a body part, condition,
# procedure, signal, device, imaging modality, example, test, project, a question, file or noise ("multiple-choice
# question (MCQ)", "additive white Gaussian noise (AWGN)"), a manner ("end-to-end (E2E)") or an attention sink
# ("ViT-emerged sinks (V-sinks)"), a phenomenon, quantity or standard artefact ("time-of-flight (ToF)", "Posterior
# Salience Attenuation (PSA)", "scalable vector graphics (SVG)") is spelled out, not a method
_NOT_METHOD_LONG_HEADS = frozenset("""system graph agent tissue surgery grafting disease disorder syndrome cancer tumor
                                   neuron example condition frequency sensor device test project ct mri tomography
                                   imaging sink design intelligence superintelligence agency mathematics match
                                   coherence in-distribution out-of-distribution end-to-end point context file noise
                                   history question resistance photography staining immunohistochemistry
                                   flight infrastructure criteria criterion tolerance
                                   attenuation phenomenon expression value content
                                   organization dependence ontology receptor mutation expectation graphics
                                   ai""".split())
# measures spelled out ("Number of Function Evaluations (NFE)", "Maximum Drawdown (MDD)", "Annualized Rate of
# Return (ARR)", "Semi-Online Performance (SOP)"): metrics, never methods, even when the paper introduces them
_METRIC_LONG_HEADS = frozenset("evaluations drawdown deviation variance gap gaps return returns performance".split())


def _backronym_clause(words: list[str], reversed_definition: bool) -> bool:
    """A name written before its long form (lower-case ``words``) that a clause spells out: "PREMISE (PREdict with
    Matching ScorEs)" names a predictor, though its last word is a metric's."""
    return reversed_definition and bool(MEANS_PREPS.intersection(words))


def _spells_a_measure(words: list[str], head: str) -> bool:
    """A long form (lower-case ``words``, head word ``head``) spells out a measure that is never a technique (unlike
    a distance or a divergence): a count, spread or return ("Maximum Drawdown", "Semi-Online Performance") or a
    rate, one quantity per another ("Tokens Per Forward pass", "Frames Per Second"), unless a method word heads it
    ("Reward Per Token Optimization").

    Examples
    --------
    >>> _spells_a_measure("tokens per forward pass".split(), "pass")
    True
    >>> _spells_a_measure(["wasserstein", "distance"], "distance")
    False
    >>> _spells_a_measure("reward per token optimization".split(), "optimization")
    False
    """
    return head in _METRIC_LONG_HEADS or "per" in words[1:-1] and not _names_a_technique(head)


def _names_a_technique(head: str) -> bool:
    """A long-form head that names a technique ("attention", "optimization"), even in a task word's sense."""
    return head in METHOD_HEADS or head in PROPOSED_TECHNIQUE_HEADS


# rules and standards spelled out ("Model Context Protocol (MCP)", "General Data Protection Regulation (GDPR)")
_STANDARD_HEADS = frozenset("protocol protocols regulation regulations".split())
_KNOWN_STRENGTH = 3  # the typing strength of a gazetteer candidate typed by its own label (in _resolve)
# "Humanity's Last Exam (HLE)", "International Physics Olympiad (IPhO) problems": an exam or a competition spelled
# out is a benchmark
_EXAM_HEADS = frozenset(("exam", "exams", "olympiad", "olympiads"))


def _names_a_non_method(head: str) -> bool:
    """The head word of a long form (as written) names a thing, quantity or phenomenon, not a method; a
    lower-case hyphenated head is read by its last part ("time-of-flight" as "flight"; a Title-Case compound such
    as "World-In-Agent" is a name), a listed compound as a whole ("out-of-distribution").

    Examples
    --------
    >>> [_names_a_non_method(h) for h in ("time-of-flight", "Neurons", "self-attention", "Agent-to-Agent")]
    [True, True, False, False]
    """
    low = head.lower()
    last = head.rsplit("-", 1)[-1]
    return (singular(low) in _NOT_METHOD_LONG_HEADS
            or "-" in head and last[:1].islower() and singular(last) in _NOT_METHOD_LONG_HEADS)


def _repeats_title_task(doc: Doc, key: str, title_keys: set[str], s0: int, l0: int) -> bool:
    """An acronym's long form (key ``key``) is a title "for X" task or, outside a proposal, a kind of a
    several-word one: "Real-world image super-resolution (Real-ISR)" after "... for Real-World Image
    Super-Resolution" (but "we present ... Convex Linear Discriminant Analysis (ConvexLDA)" is the paper's method,
    and a bare head word is no kind: "Cascade Region Detection (CasRDet)" after "... for Detection")."""
    return key in title_keys or (any(" " in k and key.endswith(" " + k) for k in title_keys)
                                 and not _proposed_here(doc, min(s0, l0)))


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


def _names_the_proposal(doc: Doc, s0: int) -> bool:
    """The short form at ``s0`` follows a naming word or opens a proposal window: "..., called IFRX (Intermediate
    Feature Refinement X Prediction)", "we propose COVER (Cache Override Verification for Efficient Revision)"."""
    return s0 > 0 and lowers(doc)[s0 - 1] in NAMING_WORDS or any(ws == s0 for ws, _, _ in proposal_windows(doc))


def _own_styled_name(c: Cand, text: str) -> bool:
    """The paper's own title or proposal name in mixed case, or a title name in capitals, is no generic term whose
    key it shares: "PanDA: ..." is not the "pandas" library, "RECALL: ..." not the metric (but "PyTorch: Lessons
    from ..." spells the library's name and is the library).

    >>> _own_styled_name(Cand(0, 1, "NAME", "title_prefix", "", 0.8), "PanDA")
    True
    >>> [_own_styled_name(Cand(0, 1, "NAME", r, "", 0.6), "RECALL") for r in ("proposal_name", "title_prefix")]
    [False, True]
    >>> [_own_styled_name(Cand(0, 1, "NAME", r, "", 0.6), "PyTorch") for r in ("coined", "title_prefix")]
    [False, False]
    """
    styled = (c.rule in ("title_prefix", "proposal_name") and bool(_MIXED_CASE.search(text))
              or c.rule == "title_prefix" and bool(_CAPITALS_WORD.match(text)))
    return styled and text not in stop_spellings()


_MIXED_CASE = re.compile(r"[a-z][A-Z]")
_CAPITALS_WORD = re.compile(r"^[A-Z]{3,}$")


def _phrases_inside(doc: Doc, cands: list[Cand], l0: int, l1: int) -> set[str]:
    """The keys of the head-word phrases inside the long form ``l0:l1`` of a dropped measure: "Visual-to-Textual
    Attention" in "VTACR (Visual-to-Textual Attention Contribution Ratio)" is part of a metric's name, no method."""
    return {entity_key(span_text(doc, c.start, c.end)) for c in cands
            if c.rule in HEAD_RULES and l0 <= c.start and c.end <= l1 and (c.start, c.end) != (l0, l1)}


def _abbrev_labels(doc: Doc, cands: list[Cand]) -> tuple[dict[str, str], set[str]]:
    """Label each acronym definition group; return (group -> label, dropped short-form keys)."""
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
        measure = head in METRIC_HEADS or _spells_a_measure(words, head)  # its inner phrases go with it
        if (entity_key(sf) in stops or _generic_class(lf) or sf.endswith("-based")  # a modifier: "(LLM-based)"
                or head in METRIC_HEADS and not _backronym_clause(words, reversed_definition)
                or sf in acronym_stop() and not _proposed_here(doc, min(s0, l0))
                or singular(head) in {"model", "system", "method", "approach"} and
                entity_key(lf) in stops):
            dropped.add(entity_key(sf))
            if measure:
                dropped |= _phrases_inside(doc, cands, l0, l1)
            continue
        if (_names_a_thing(doc, s0, s1, l0, l1, head) or _data_or_metric_definition(doc, s0, s1, l0, l1)
                or _spells_a_measure(words, head) and not _backronym_clause(words, reversed_definition)
                or head in _STANDARD_HEADS and not _defined_as_own(doc, s0, s1, l0, l1)
                or _category_item(doc, min(s0, l0)) and not (gaz.get((l0, l1)) or gaz.get((s0, s1))
                                                             or any(is_coined(w) for w in texts(doc)[l0:l1]))
                or _one_word_definition(doc, s0, s1, l0, l1) and not (gaz.get((l0, l1)) or gaz.get((s0, s1)))):
            dropped.add(entity_key(sf))
            dropped.add(entity_key(lf))  # nor is its long form, found again as a Title Case run
            if measure:
                dropped |= _phrases_inside(doc, cands, l0, l1)
            continue
        label = gaz.get((l0, l1))
        if (label is None and _names_a_non_method(texts(doc)[head_at]) and not gaz.get((s0, s1))
                and not _one_part_after(doc, max(s1, l1))
                and not _proposed_here(doc, min(s0, l0)) and not is_title_prefix(doc, s0, s1, title_end)):
            dropped.add(entity_key(sf))
            continue
        # (not "the LAB-Bench tasks": the tasks a benchmark is made of)
        if label is None and head not in _EXAM_HEADS and (_task_word_after(doc, max(s1, l1)) or sf in before_task
                              and not _system_or_technique(head) and head not in DATASET_HEADS):
            label = "TASK"  # a short form the gazetteer knows spelled out otherwise: "software vulnerability detection"
        # "multimodal misinformation detection (MMD)": a long form ending in a known task outranks the method the
        # gazetteer reads the short form as (maximum mean discrepancy)
        if label is None and not (gaz.get((s0, s1)) == "METHOD" and _ends_known_task(lowers(doc)[l0:l1])
                                  or gaz.get((s0, s1)) == "TASK" and _own_definition(doc, l0, l1, max(s1, l1), head)
                                  or gaz.get((s0, s1)) == "DATASET" and _device_head(head)):
            # (a known task acronym the authors spell out as their own: "we introduce an Adaptive Sampling
            # Refinement (ASR) method"; a known dataset acronym spelled out as a device: "the Arbitrary Ratio
            # Compressor (ARC)")
            label = gaz.get((s0, s1))
        if label is None:
            if (head in DATASET_HEADS or head in _EXAM_HEADS or head in _DATABASES and texts(doc)[l0][:1].isupper() and l1 - l0 > 1
                    or _apposition(doc, max(s1, l1)) == "DATASET" or _data_taken_from(doc, min(s0, l0))
                    or reversed_definition and s0 > 0 and lowers(doc)[s0 - 1] in DATASET_HEADS  # "dataset BASSE (...)"
                    or max(s1, l1) < title_end and _benchmarking_title(doc, max(s1, l1))
                    or (head not in TASK_HEADS or head in QA_HEADS) and (
                        _dataset_word_after(doc, max(s1, l1))
                        or _listed_after_dataset_word(doc, _past_the(doc, min(s0, l0)))
                        or s0 > l0 and _closes_data_phrase(doc, s0))):
                label = "DATASET"
            elif (head in TASK_HEADS and head not in METHOD_HEADS and not is_title_prefix(doc, s0, s1, title_end)
                  and not _defined_title_name(doc, s0, s1, l0, l1, title_end)
                  and sf not in title_names
                  and not (_cue_after(doc, max(s1, l1)) and not _methods_for(doc, max(s1, l1)))
                  and _apposition(doc, max(s1, l1)) != "METHOD"
                  and not _own_definition(doc, l0, l1, max(s1, l1), head)
                  and not (reversed_definition and _names_the_proposal(doc, s0))
                  and not (head in PROPOSED_TECHNIQUE_HEADS and (_follows_definition(doc, l0, method_ends)
                                                                  or _named_part_of_design(doc, min(s0, l0))))
                  and lowers(doc)[l1 - 2:l1] not in _OPTIMIZATION_METHODS
                  and head not in _TRAINING_HEADS
                  and (not _coined_short(sf) or (l0, l1) in title_tasks)):
                label = "TASK"
            else:
                label = "METHOD"
        if label == "METHOD" and _human_interaction(lowers(doc)[l0:l1]) and not _defined_as_own(doc, s0, s1, l0, l1):
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
_MODALITIES = frozenset("vision visual text textual image video audio speech language sketch point depth".split())
_PART_NOUNS = frozenset("encoder encoders decoder decoders backbone backbones".split())
# "information loss", "detail loss": what is lost, not a loss function
_LOST = frozenset("information detail details accuracy performance precision quality data signal energy utility "
                  "resolution context".split())
_CLASS_MODIFIERS = _MODALITIES | frozenset("multimodal multi modal omnimodal omni large small code".split())


def _generic_class(text: str) -> bool:
    """A generic model class, also narrowed to a modality: "Large Language Models", "Video Large Language
    Models", "speech foundation models" (a class of systems, not a named method).

    Examples
    --------
    >>> _generic_class("Audio Large Language Models"), _generic_class("Diffusion Language Models")
    (True, False)
    >>> _generic_class("3D Foundation Models"), _generic_class("Speech-Aware Large Language Models")
    (True, True)
    """
    words = entity_key(text).split()
    stops = stop_keys()
    while words and " ".join(words) not in stops:
        n = _class_modifier_length(words)
        if not n:
            break
        words = words[n:]
    return bool(words) and " ".join(words) in stops


# the keys of two-word modifiers ("3D" is keyed "3 d")
_CLASS_MODIFIER_PAIRS = frozenset(entity_key(w) for w in "3D 2D".split())


def _class_modifier_length(words: list[str]) -> int:
    """How many of the first key ``words`` narrow a model class to a modality, size or domain ("audio", "3 d",
    "speech aware"); 0 for none."""
    if " ".join(words[:2]) in _CLASS_MODIFIER_PAIRS or words[1:2] == ["aware"] and words[0] in _MODALITIES:
        return 2
    return int(words[0] in _CLASS_MODIFIERS)


_MODALITY_ACRONYM = re.compile(r"^([A-Z][a-z]+)-?([A-Z]{2,5})s?$")


def _modality_class(text: str) -> bool:
    """A generic model class's acronym behind a modality: "VideoLLMs", "Speech-LLM", "AudioVLM".

    >>> _modality_class("VideoLLMs"), _modality_class("Speech-LLM"), _modality_class("MedSAM")
    (True, True, False)
    """
    m = _MODALITY_ACRONYM.match(text)
    return bool(m) and m.group(1).lower() in _CLASS_MODIFIERS | {"vid"} and _generic_class(m.group(2))


def _modality_part(doc: Doc, ment) -> bool:
    """ "the vision encoder", "text decoders": a model part named by its input, found only by the head-noun
    rule, is a generic component, not a named method; "information loss" names what is lost.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("a text decoder")
    >>> _modality_part(doc, [(Cand(1, 3, "METHOD", "head_method", "", 0.5), "METHOD", 1)])
    True
    """
    for c, _, _ in ment:
        if c.rule != "head_method" or c.end - c.start != 2:
            return False
        first, head = lowers(doc)[c.start:c.end]
        if not (first in _MODALITIES and head in _PART_NOUNS or first in _LOST and head in ("loss", "losses")):
            return False
    return bool(ment)


_DESCRIPTION_HEADS = frozenset("framework frameworks approach approaches method methods pipeline pipelines paradigm "
                               "system systems".split()) | METRIC_HEADS


def _description_only(doc: Doc, ment) -> bool:
    """A Title Case phrase found only by the capitalised or "we propose X" rules that ends in a generic or
    metric head ("a Multi-agent Retrieval-Augmented Framework", "Disambiguation-Centric Metrics") describes
    an unnamed method or a measure; it is not a name.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We propose Disambiguation-Centric Metrics for this.")
    >>> m = [(c, "METHOD", 1) for c in doc._.kg_cands if c.rule == "proposal_name"]
    >>> _description_only(doc, m)
    True
    """
    if not ment or any(c.rule not in ("proposal_name", "capitalised") for c, _, _ in ment):
        return False
    c = ment[0][0]
    words = texts(doc)[c.start:c.end]
    return lowers(doc)[c.end - 1] in _DESCRIPTION_HEADS and not any(KEEP_CASE.search(w[1:]) for w in words)


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
            and not _cue_after(doc, s1) and not _proposed_here(doc, l0))


def _unheaded_title_case(doc: Doc, ment, windows, title_end: int) -> bool:
    """A Title Case run found only by the capitalised rule, which the paper does not propose and whose head is
    neither a method word, an agent noun nor a gerund ("Social Sciences", "Bias Propagation", "Jetson Xavier"),
    names a phenomenon, field, product or person more often than a technique ("Bayesian Network", "Mask
    Generator", "Hill Climbing" stay), unless the paper puts it to use ("using Diffusion Maps", "through
    Language-guided Prototypical Disentanglement").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nIt studies Social Sciences and uses a Mask Generator, using Diffusion Maps.")
    >>> [_unheaded_title_case(doc, [(c, "METHOD", 1)], [], 2) for c in doc._.kg_cands if c.rule == "capitalised"]
    [True, False, False]
    """
    if any(c.rule != "capitalised" for c, _, _ in ment):
        return False
    low = lowers(doc)
    c = ment[0][0]
    head = singular(low[c.end - 1])
    if head in METHOD_HEADS or head == "diffusion" or AGENT_NOUN.search(head) or head.endswith("ing"):
        return False  # "Versatile Diffusion", "Mask Generator", "Majority Voting"
    if any(low[_coordinated_start(doc, m.start)] in _USE_BEFORE for m, _, _ in ment if m.start > 0):
        return False
    return not is_proposed(doc, ment, windows, title_end)


def _coordinated_start(doc: Doc, start: int) -> int:
    """The token before the Title Case run that ``start`` is coordinated with ("through Foo Bar Disentanglement
    and Baz Disentanglement" reads "through" for the second run), else the token before ``start``.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("it works through Foo Bar and Baz Qux , then Zap")
    >>> _coordinated_start(doc, 6), _coordinated_start(doc, 9)
    (2, 8)
    """
    txt = texts(doc)
    k = start - 1
    if k < 1 or lowers(doc)[k] != "and" or not txt[k - 1][:1].isupper():
        return k
    k -= 1
    while k > 0 and start - k < 8 and txt[k - 1][:1].isupper():
        k -= 1
    return k - 1 if k > 0 else start - 1


_USE_BEFORE = TOOL_BEFORE - {"by"}  # "by" also names who did it: "a study conducted by Robust Intelligence"


_DATA_AFTER = frozenset("images image observations signals scans samples data videos".split())
_METRIC_WORDS = frozenset("metric metrics measure score".split())


def _data_or_metric_definition(doc: Doc, s0: int, s1: int, l0: int, l1: int) -> bool:
    """ "high-resolution multispectral (HRMS) images" names a kind of data; "a new evaluation metric,
    Average Warning Delay (AWD)" a metric: neither is a method.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We fuse low-resolution multispectral (LRMS) images. A new metric, Warning Delay (WD), is used.")
    >>> [(a[0], _data_or_metric_definition(doc, *a)) for a in doc._.kg_abbrevs]
    [(5, True), (16, True)]
    """
    low = lowers(doc)
    end = max(s1, l1)
    k = past_bracket(doc, end)
    if k < len(doc) and low[k] in _DATA_AFTER and not _cue_after(doc, end):
        return True
    if (k < len(doc) and low[k] in METRIC_HEADS and low[l1 - 1] not in TASK_HEADS
            and not _proposed_here(doc, min(s0, l0))):
        return True  # "the Kullback-Leibler (KL) divergence"; not "Visual Question Answering (VQA) scores", a task's
    start = min(s0, l0)
    return any(t in _METRIC_WORDS for t in low[max(0, start - 2):start])


def _outside_urls(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Drop candidates inside a web address ("\\href{https://github.com/alanWXZ/NUC-Net}{...}" is not a
    name "alanWXZ"); links are extracted from the raw record by :mod:`kg.extract.links`.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("at \\\\href{https://github.com/alanWXZ/Net}{https://github.com/alanWXZ/Net}. BERT")
    >>> names = [Cand(t.i, t.i + 1, "NAME", "coined", "", 0.6) for t in doc if t.text in ("alanWXZ", "BERT")]
    >>> [doc[c.start].text for c in names], [doc[c.start].text for c in _outside_urls(doc, names)]
    (['alanWXZ', 'alanWXZ', 'BERT'], ['BERT'])
    """
    spans = url_spans(doc_text(doc))
    if not spans:
        return cands
    starts = token_index(doc)["starts"]
    return [c for c in cands if not any(a <= starts[c.start] < b for a, b in spans)]


def _software_name(doc: Doc, c: Cand) -> bool:
    """ "a persistent IPython kernel", "the YatCC integrated platform": software, not a method."""
    low = lowers(doc)
    k = c.end
    if k < len(doc) and low[k] == "integrated":
        k += 1
    return k < len(doc) and low[k] in _SOFTWARE_HEADS


_SOFTWARE_HEADS = frozenset("platform platforms kernel library libraries toolkit toolbox package packages plugin "
                            "software".split())


def _human_interaction(words: list[str]) -> bool:
    """A long form (lower-case tokens) naming a kind of human interaction ("human-object interaction", "Human-AI
    Interaction"): what a paper studies, not a technique (unlike "dual-stream feature interaction").

    Examples
    --------
    >>> [_human_interaction(w.split()) for w in ("human-object interactions", "dual-stream feature interaction")]
    [True, False]
    """
    return words[-1] in ("interaction", "interactions") and words[0].startswith("human")


def _proposed_here(doc: Doc, i: int) -> bool:
    """Token ``i`` lies in a "we propose ..." window: "we propose ... Gradient-based Parameter Selection
    (GPS)" defines the paper's own method even with a short form that usually means something else.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We propose Gradient-based Parameter Selection (GPS).")
    >>> _proposed_here(doc, 2), _proposed_here(doc, 0)
    (True, False)
    """
    return any(ws <= i < we for ws, we, _ in proposal_windows(doc))


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
    return _proposed_here(doc, min(s0, l0)) or passive_proposal_at(lowers(doc), past_bracket(doc, max(s1, l1)))


_TASK_WORDS = frozenset(("task", "problem"))  # also read by _named_task
_TASK_NOUNS = _TASK_WORDS | {"tasks", "problems"}  # "basic Medical Decision Making (MDM) tasks"


def _task_noun_at(low: list[str], k: int, nouns: frozenset[str] = _TASK_WORDS) -> bool:
    """Token ``k`` is one of ``nouns`` ("task", "problem") and no kind word follows it: "a novel task framework"
    is a method for the task.

    Examples
    --------
    >>> _task_noun_at("a new task framework".split(), 2), _task_noun_at("the CIR task".split(), 2)
    (False, True)
    """
    return k < len(low) and low[k] in nouns and not (k + 1 < len(low) and low[k + 1] in KIND_WORDS)


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
    if k < len(doc) and low[k] in _TASK_WORDS or k + 2 < len(doc) and low[k + 2] in _TASK_WORDS:
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
    """An acronym whose long form names a condition, language, kind of data or property ("Atrial
    fibrillation (AF)", "Whole Slide Images (WSIs)"), unless the text presents it as a system: a method
    word follows ("... (WSI) encoder"), the short form comes first, or it is what the authors propose (the object
    of a proposing verb, not a word after a preposition in its phrase).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We study Acute Lymphoblastic Leukemia (ALL) with CNNs.")
    >>> _names_a_thing(doc, 6, 7, 2, 5, "leukemia")
    True
    """
    if head.rsplit("-", 1)[-1] not in THING_HEADS or s0 < l0 or _cue_after(doc, max(s1, l1)):
        return False
    if modality_pair(head) and _task_word_after(doc, max(s1, l1)):
        return False  # "image-to-text (I2T) tasks": a conversion between kinds of data, a task
    if _apposition(doc, max(s1, l1)) == "METHOD":
        return False
    return not _in_proposal_clause(doc, min(s0, l0))


_LINK = re.compile(r"(?i)https?:|www\.|\.(?:com|org|io|net|edu|ai)(?:/|$)|\.git$|--")
# scores at a cut-off or threshold: "AP50", "Rank-1", "R@1", "Pass@10"; error rates and distances under a variant
# name: "cpWER", "tcpWER", "Chamfer-L2"
_METRIC_NAME = re.compile(r"^(?:m?AP|AR)\d{2}$|^(?i:rank|top|hit|hits|recall|pass|ndcg|acc|r|p)(?:-|@)\d+$"
                          r"|^m(?i:dice|recall|precision|iou|acc|f1|ap|ae|se)$"
                          r"|^[a-z]{1,4}(?:WER|CER)$|^Chamfer-L[12]$")
# a number format, a weight/activation bit-width or a count of degrees of freedom: "NVFP4", "MXFP8", "INT4",
# "W4A8", "W8A8KV8", "FP4-quantized", "6DoF": how numbers are stored or a body moves, not a technique
_NUMBER_FORMAT = re.compile(r"^(?:(?:NV|MX)?FP\d+|INT\d+|BF16|W\d+A\d+(?:KV\d+)?)(?:-(?i:quantized))?$|^\d+-?(?i:dof)$")
# "sub-10B", "pseudo-3D": a prefix on a size or dimension
_PREFIXED = re.compile(r"^(?:sub|pseudo|non|near|quasi|semi|super|over|under)-")
_TRAILING_YEAR = re.compile(r"^([A-Za-z]+)[-']?(?:19|20)?\d\d$")
# a name with a capital before its one hyphen, then a lower-case word: "WB-corrected", "ODiS-selected"
_ACRONYM_COMPOUND = re.compile(r"^(?=[^-]*[A-Z][^-]*-)[A-Za-z][A-Za-z0-9]*-([a-z]{3,})$")
# lower-case tails that make an acronym a model variant or a benchmark, not a modifier: "BERT-base", "ViT-large",
# "MT-bench"
_VARIANT_TAILS = frozenset("base large small tiny mini huge giant lite light plus pro max turbo instruct chat xl xxl "
                           "neo cache nano micro medium diamond verified divergence seg pose det cls obb fast "
                           "slim bench".split())


def _not_coined_name(text: str) -> bool:
    """A name-shaped token that is a link, a run-on ("GNNs--limited") or a name used as a modifier
    ("WB-corrected", "SME-authored", "MC-generation", "LLM-human", "ODiS-selected", "FooBench-particularly"), unless
    the tail names a variant ("BERT-base", "YOLOv8-seg") or a technique ("L1-regularization").

    Examples
    --------
    >>> [_not_coined_name(t) for t in ["github.com/a/b", "WB-corrected", "MC-generation", "L1-regularization",
    ...                                "ResNet-50", "BERT-base", "AP50", "Rank-1", "R@1", "CVPR2025", "sub-10B",
    ...                                "ODiS-selected", "YOLOv8-seg", "MT-bench"]]
    [True, True, True, False, False, False, True, True, True, True, True, True, False, False]
    >>> [_not_coined_name(t) for t in ["W4A8", "NVFP4", "MXFP8", "FP4-Quantized", "6DoF", "FP8-LM"]]
    [True, True, True, True, True, False]
    """
    if _LINK.search(text) or _METRIC_NAME.match(text) or _PREFIXED.match(text) or _NUMBER_FORMAT.match(text):
        return True
    year = _TRAILING_YEAR.match(text)
    if year and year.group(1) in acronym_stop():
        return True  # a venue and its year: "CVPR2025", "NeurIPS'24"
    m = _ACRONYM_COMPOUND.match(text)
    if not m:
        return False
    tail = m.group(1)
    return tail not in _VARIANT_TAILS and (tail not in METHOD_HEADS or tail in TASK_HEADS)


_SPELLING_OPENERS = frozenset(("(", ":", ","))
_SPELLING_STOPS = frozenset((")", ";", "."))
_CAMEL_CASE = re.compile(r"(?:[A-Z][a-z]{2,}){2,}")


def _spelled_letter_word(doc: Doc, c: Cand) -> bool:
    """A one-token candidate that is a plain word with letters of an acronym capitalised inside it, in the phrase
    that spells the acronym out: "SIGMA (Search-Augmented ... for AGentic Mathematical reAsoning)", "ORION:
    ORthonormal Text Encoding ...", "PRISM, a model PRe-trained ...", "... with eXplanation ... (TEXT)". It is a
    piece of the long form, not a name.

    >>> import spacy
    >>> doc = spacy.blank("en")("We use PRISM , a PRe-trained multI-Sequence MRI model , and LeNet , LinkNet , "
    ...                         "and Text Encoder with eXplanation and Time ( TEXT ) .")
    >>> [_spelled_letter_word(doc, Cand(k, k + 1, "NAME", "coined", "", 0.6)) for k in (2, 5, 8, 9, 15, 17, 23)]
    [False, True, True, False, False, False, True]
    """
    if c.end - c.start != 1:
        return False
    t = texts(doc)[c.start]
    if t.isupper():
        return False
    inner = "".join(ch for part in t.split("-") for ch in part[1:] if ch.isupper())  # not "Mixture-of-Math-Agent"
    if not inner or not re.fullmatch(r"[A-Za-z]+(?:-[A-Za-z]+)*", t) or _CAMEL_CASE.fullmatch(t):
        return False  # "BodyNet", "FlexiWear": a name in CamelCase
    low, tx = lowers(doc), texts(doc)
    lo = c.start  # the phrase around the word: back to an opener or a stop, on to a stop or a bracket
    while lo > max(c.start - 11, 1) and low[lo - 1] not in _SPELLING_OPENERS and low[lo - 1] not in _SPELLING_STOPS:
        lo -= 1
    hi, title_end = c.end, title_end_of(doc)
    while hi < min(lo + 16, len(doc)) and low[hi] not in _SPELLING_STOPS and low[hi] != "(" and hi != title_end:
        hi += 1
    if lo >= 2 and low[lo - 1] in _SPELLING_OPENERS and (low[lo - 1] != "," or low[lo] in _ARTICLES):
        name = tx[lo - 2]  # "PRISM, a model ...": a comma opens an apposition, not a list ("LeNet, LinkNet")
    elif hi + 2 < len(doc) and low[hi] == "(" and low[hi + 2] == ")" and "," not in low[lo:hi]:
        name = tx[hi + 1]  # "... with eXplanation and Temporal alignment (TEXT)"
    else:
        return False
    acronym = "".join(ch for ch in name if ch.isupper())
    spelled = iter("".join(ch for w in tx[lo:hi] for ch in w if ch.isupper()))
    # "BERT, RoBERTa", "DiTalker, a DiT-based ...": names built on one another are not pieces of a long form
    return (len(acronym) >= 2 and inner in acronym and name not in t and t not in name
            and all(ch in spelled for ch in acronym))


def _described_data(text: str) -> bool:
    """A word before "dataset" that describes the data by an acronym and an adjective or participle ("an
    LLM-labeled dataset", "a multi-view RF-visual dataset"), unlike a named split ("the S2L-equations benchmark").

    >>> [_described_data(t) for t in ["LLM-labeled", "RF-visual", "S2L-equations", "MMAU-speech"]]
    [True, True, False, False]
    """
    m = _ACRONYM_COMPOUND.match(text)
    return bool(m) and m.group(1).endswith(("ed", "al"))


# "has attracted significant attention", "paying insufficient attention": the English word
_ATTENTION_BEFORE = frozenset("""
significant considerable increasing growing much little more less great special particular wide widespread public
insufficient scant close careful renewed substantial sufficient extensive enough limited intensive tremendous
remarkable notable broad research academic scientific media political
attract attracts attracted attracting receive receives received receiving draw draws drew drawn gain gains gained
garner garners garnered pay pays paid paying deserve deserves deserved require requires required
gaining drawing garnering deserving requiring unprecedented disproportionate ample
""".split())


# "the model's attention", "shifts its attention": whose attention, the English word or a quantity; "human
# attention", "sustained attention": a person's attention (gaze, focus), not the mechanism
_ENGLISH_ATTENTION_BEFORE = _ATTENTION_BEFORE | frozenset("""
's ’s its their his her
human humans user users driver drivers reader readers viewer viewers audience distracted divided sustained
""".split())


# "attention scores", "attention maps": quantities a model computes, not the mechanism as a technique
_ATTENTION_QUANTITIES = frozenset("""
score scores pattern patterns map maps weight weights matrix matrices distribution distributions value values
logit logits sink sinks entropy span spans allocation
""".split())


def _english_attention(doc: Doc, i: int) -> bool:
    """ "attention" at ``i`` is the English word ("pay attention to", "attracted significant attention")
    or names a quantity ("attention scores"), not the mechanism.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("It has attracted growing attention . We use attention maps and attention .")
    >>> _english_attention(doc, 4), _english_attention(doc, 8), _english_attention(doc, 11)
    (True, True, False)
    """
    low = lowers(doc)
    nxt = low[i + 1] if i + 1 < len(doc) else ""
    if nxt in ("to", "from") or nxt in _ATTENTION_QUANTITIES:
        return True
    return i > 0 and low[i - 1] in _ENGLISH_ATTENTION_BEFORE


def _attention_modifier(doc: Doc, i: int) -> bool:
    """ "attention" at ``i`` only modifies the next word ("attention-guided warping", "attention computation",
    "Attention Alignment"): a property of some other thing, not the mechanism used as a technique ("attention
    layers", "attention is redundant", "attention captures ..." and "via attention ." keep it).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("attention - based attention computation attention layers attention is attention fuses")
    >>> [_attention_modifier(doc, k) for k in (0, 3, 5, 7, 9)]
    [True, True, False, False, False]
    """
    low = lowers(doc)
    nxt = low[i + 1] if i + 1 < len(doc) else ""
    if nxt == "-":
        return i + 2 < len(doc) and low[i + 2].isalpha()
    return (nxt.isalpha() and nxt not in STOP_WORDS and nxt not in verbs() and not present_verb(nxt)
            and nxt not in _PART_WRAPPERS)


# parameter-efficient methods whose trained weights are called "adapters" (besides the "-LoRA" family)
_ADAPTER_TRAINING_METHODS = frozenset("dora vera ia3".split())


def _lora_adapter(low: list[str], c: Cand) -> bool:
    """ "adapters" right after a LoRA-family name ("LoRA adapters", "QLoRA adapter weights", "DoRA adapters"): the
    weights that method trains, the method itself, not the adapter technique ("lightweight adapters" keeps it).

    >>> low = "we train lora adapters , dora adapters and lightweight adapters .".split()
    >>> [_lora_adapter(low, Cand(k, k + 1, "METHOD", "gazetteer", "", 0.5)) for k in (3, 6, 9)]
    [True, True, False]
    """
    owner = low[c.start - 1] if c.start > 0 else ""
    return (c.end - c.start == 1 and low[c.start] in ("adapter", "adapters")
            and (owner.endswith("lora") or owner in _ADAPTER_TRAINING_METHODS))


# "teacher-student pairs", "teacher-student settings": the two parties of a distillation, not the technique
_PAIRING_NOUNS = frozenset("""
pair pairs setting settings dialogue dialogues dialog dialogs conversation conversations interaction interactions
relationship relationships relation relations
""".split())


def _role_pairing(low: list[str], c: Cand) -> bool:
    """ "teacher-student" naming the two parties of a pairing noun ("teacher-student pairs", "teacher-student
    dialogues") rather than the distillation set-up ("a teacher-student architecture").

    >>> low = "four student-teacher pairs in a teacher-student architecture".split()
    >>> [_role_pairing(low, Cand(k, k + 1, "METHOD", "gazetteer", "", 0.5)) for k in (1, 5)]
    [True, False]
    """
    roles = set(re.split(r"[\s-]+", " ".join(low[c.start:c.end])))
    return {"teacher", "student"} <= roles and c.end < len(low) and low[c.end] in _PAIRING_NOUNS


_NUMBER = re.compile(r"^[\d.,%±]+$")
_METRIC_ACRONYMS = frozenset("RMSE MSE MAE MAPE NDCG MRR BLEU ROUGE METEOR WER CER EER TPR FPR AUC AUROC AUPRC PSNR "
                             "SSIM LPIPS FID KID IoU mIoU mAP PPL R2".split())


def _metric_reading(doc: Doc, c: Cand) -> bool:
    """A known name that is also a metric's acronym ("MAE") read as the metric: a number follows it or
    another metric acronym stands within four tokens ("RMSE and MAE", "an MAE of 13.6"); a coined name
    with a value "of" it.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We report RMSE and MAE 13.6 .")
    >>> [_metric_reading(doc, c) for c in doc._.kg_cands if c.rule == "gazetteer"]
    [True]
    """
    if c.rule == "coined":
        return _value_reported(doc, c)
    txt, low = texts(doc), lowers(doc)
    if c.rule == "gazetteer" and c.end - c.start == 2 and txt[c.start] in _METRIC_ACRONYMS:
        return _is_number(txt[c.start + 1])  # "MAE 13.64" read as a release number by _with_size
    if c.rule != "gazetteer" or c.end - c.start != 1:
        return False
    if (c.label == "METHOD" and c.end < len(doc) and low[c.end] in ("score", "scores")
            and _number_after(doc, c.end + 1)):
        return True  # "a CLIP score of 0.70" (but "a GenEval score of 0.79" is the benchmark's)
    if txt[c.start] not in _METRIC_ACRONYMS:
        return False
    near = txt[max(0, c.start - 4):c.start] + txt[c.end:c.end + 4]
    return (_number_after(doc, c.end) or c.start > 0 and _is_number(txt[c.start - 1])
            or any(t in _METRIC_ACRONYMS for t in near))


def _benchmark_score(doc: Doc, c: Cand) -> bool:
    """A coined name whose score is reported is the benchmark that scores: "a FooEval score of 0.90" (not a metric
    written with "score": "an F1 score of 0.84", "a Char-BLEU score of 12").

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("It reaches a FOOE score of 0.90 and a Char-BLEU score of 12 .")
    >>> [_benchmark_score(doc, Cand(k, k + 1, "NAME", "coined", "", 0.5)) for k in (3, 10)]
    [True, False]
    """
    low = lowers(doc)
    if not (c.end + 1 < len(doc) and low[c.end] in ("score", "scores") and low[c.end + 1] == "of"
            and _number_after(doc, c.end + 1)):
        return False
    return not any(p in _METRIC_ACRONYMS or _METRIC_NAME.match(p) for p in _PARTS.split(span_text(doc, c.start, c.end)))


def _value_reported(doc: Doc, c: Cand) -> bool:
    """A value is reported for the name or compared with it: "an mAP_50 of 0.898", "a BLEU-4 of 72.6%", "sAUC =
    0.86" (a metric); "improves Foo-7B by 3.1%" is as often said of a model, and a whole number before a noun is a
    count ("a FooNet of 12 layers").

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("It hits an mAPx of 14.4 , beats FooNet by 2.1% , a BarNet of 12 layers , sAUx = 0.8")
    >>> [_value_reported(doc, Cand(k, k + 1, "NAME", "coined", "", 0.5)) for k in (3, 8, 13, 18)]
    [True, False, False, True]
    """
    low = lowers(doc)
    if c.end + 1 < len(doc) and low[c.end] in _COMPARISONS and _is_number(texts(doc)[c.end + 1]):
        return not _in_score_list(doc, c)
    if not (c.end < len(doc) and low[c.end] == "of" and _number_after(doc, c.end)):
        return False
    k = c.end + 1 + (texts(doc)[c.end + 1] == "$")  # the value (see _number_after)
    nxt = low[k + 1] if k + 1 < len(doc) else ""
    return not (low[k].isdigit() and nxt.isalpha() and nxt not in STOP_WORDS and nxt not in _VALUE_UNITS)


def _in_score_list(doc: Doc, c: Cand) -> bool:
    """The name's "= value" is one of a comma list of such pairs, the scores of compared systems: "(FooNet = 76.1%,
    BarFormer = 78.2%)" (a lone "sAUC = 0.86" is a metric's value).

    >>> import spacy
    >>> doc = spacy.blank("en")("( FooNet = 76.1 , BarFormer = 78.2 ) and sAUx = 0.8 .")
    >>> [_in_score_list(doc, Cand(k, k + 1, "NAME", "coined", "", 0.5)) for k in (1, 5, 10)]
    [True, True, False]
    """
    low, txt = lowers(doc), texts(doc)
    k = c.end + 2  # past "= value"
    return (k + 2 < len(doc) and low[k] == "," and low[k + 2] in _COMPARISONS
            or c.start >= 4 and low[c.start - 1] == "," and _is_number(txt[c.start - 2])
            and low[c.start - 3] in _COMPARISONS)


_VALUE_UNITS = frozenset("points point percent pp".split())  # "a BLEU-4 of 30 points" is still a value
_COMPARISONS = frozenset("= < > ≈ ≤ ≥".split())


def _is_number(tok: str) -> bool:
    """A reported value, also inside inline maths or after a tilde: "13.6", "$3.00$", "~0.10"."""
    return bool(_NUMBER.match(tok.strip("$~"))) and any(ch.isdigit() for ch in tok)


def _number_after(doc: Doc, k: int) -> bool:
    """A value follows at ``k``, maybe after "of"/"by" or an opening "$": "of 13.6", "by 38%", "of $3.00$"."""
    txt = texts(doc)
    if k < len(doc) and lowers(doc)[k] in ("of", "by"):
        k += 1
    if k < len(doc) and txt[k] == "$":
        k += 1
    return k < len(doc) and _is_number(txt[k])


# nouns that introduce a list of categories: "three counterfactual categories: Superficial Mimicry (SM), ..."
_CATEGORY_NOUNS = frozenset("category categories type types class classes kind kinds".split())


def _category_item(doc: Doc, start: int) -> bool:
    """The phrase at ``start`` is an item of a list of categories opened by a category noun and a colon in its
    sentence ("three task types: Detect (...), Exploit (...)", "four classes: Healthy, Yellow Spots, Reddish
    Bronzing"): a label, not a method.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nShelves fall into two types: Shelf Drift (SD) and Shelf Tilt (ST).")
    >>> [_category_item(doc, a[2]) for a in doc._.kg_abbrevs]
    [True, True]
    """
    colons = positions(doc, _COLON)
    if not colons or colons[0] >= start:
        return False  # no colon before the phrase (its sentence starts before any colon)
    s0 = sentence_of(doc, start)[0]
    if s0 < title_end_of(doc):
        return False  # a title's colon ends its name: "A Tale of Two Classes: Adapting ..."
    k = colons[bisect_left(colons, start) - 1]  # the last colon before the phrase
    return k > s0 and lowers(doc)[k - 1] in _CATEGORY_NOUNS


_COLON = frozenset((":",))


# counts and quantifiers that qualify a kind of data ("four QA datasets", "most ATP benchmarks"; "all"/"some" go
# before a suite's name as often: "on all BEIR datasets")
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten several many various multiple other "
                         "most".split())
_LOWER_LED = re.compile(r"^[a-z]{1,2}[A-Z]{2,}[a-z]*(?:-[a-z]+)?$")  # "fMRI-video", "sRGB" (not "mmWave")


def _kind_of_data(doc: Doc, c: Cand) -> bool:
    """An acronym between a lower-case qualifier and a plural data noun names a kind of data, not one dataset:
    "existing UAV VAD datasets", "on multi-source RS datasets", "four QA benchmarks" (a list, "on NYU and KITTI
    datasets", or "the ABC datasets" keeps its names).

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("T\\n\\nWe use three large-scale UAV datasets and the ABC datasets .")
    >>> _kind_of_data(doc, Cand(6, 7, "NAME", "coined", "", 0.5)), _kind_of_data(doc, Cand(10, 11, "NAME", "", "", 0))
    (True, False)
    """
    low, txt = lowers(doc), texts(doc)
    if c.start < 1 or c.end >= len(doc) or low[c.end] not in _DATASET_PLURALS:
        return False
    if not all(_ALLCAPS.match(t) and sum(ch.isupper() for ch in t) >= 2 or _LOWER_LED.match(t)
               for t in txt[c.start:c.end]):
        return False
    prev = txt[c.start - 1]
    return (prev.isdigit() or low[c.start - 1] in _COUNT_WORDS
            or _lower_word(prev) and prev not in STOP_WORDS and prev not in verbs()
            and prev not in _AVAILABILITY)


_ONE_DATA_HEADS = frozenset("dataset corpus benchmark database".split())


def _capitalised_word(word: str) -> bool:
    """A capitalised word of letters (and hyphens): "Roman", "SVG", "Text-Image"."""
    return word[:1].isupper() and word.replace("-", "").isalpha()


def _lower_word(word: str) -> bool:
    """A lower-case word of letters (and hyphens), as a modifier is written: "new", "large-scale"."""
    return word.islower() and word.replace("-", "").isalpha()


def _described_kind_of_data(doc: Doc, c: Cand) -> bool:
    """A run of two or more capitalised words between "a"/"an" (and lower-case modifiers) and a singular data noun
    says what the data holds, not its name: "a manually annotated Roman Urdu dataset", "a new large-scale Chinese
    SVG dataset" (a one-word name keeps it: "an independent FooQA dataset").

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("T\\n\\nWe use a new Roman Urdu dataset and a new FooQA dataset .")
    >>> [_described_kind_of_data(doc, Cand(i, i + 1, "NAME", "coined", "", 0)) for i in (7, 12)]
    [True, False]
    """
    if not word_between(doc, _ONE_DATA_HEADS, c.end, c.end + 4):
        return False  # no data noun where the run could end (the common case, answered without a scan)
    low, txt = lowers(doc), texts(doc)
    e, s = c.end, c.start
    while e < min(len(doc), c.end + 3) and _capitalised_word(txt[e]):
        e += 1  # a part of the run ("SVG" in "Chinese SVG dataset") goes with it
    if e >= len(doc) or low[e] not in _ONE_DATA_HEADS:
        return False
    if not all(_capitalised_word(w) for w in span_text(doc, c.start, c.end).split()):
        return False
    while s > 0 and _capitalised_word(txt[s - 1]):
        s -= 1
    if len(span_text(doc, s, e).split()) < 2:
        return False
    k, n = s - 1, 0
    while k > 0 and n < 6 and (_lower_word(txt[k]) and low[k] not in STOP_WORDS or txt[k] == "-"):
        k, n = k - 1, n + 1  # "a new large-scale ..."
    return k >= 0 and low[k] in ("a", "an")


# "public MIMIC datasets", "the standard KITTI benchmarks": how a named dataset is offered, not a kind of data
_AVAILABILITY = frozenset("public publicly-available open open-source standard popular established".split())


@lru_cache(maxsize=1)
def _group_names() -> dict[str, str]:
    """Gazetteer group id -> the entry's first (main) form, for entries only the mined method list has."""
    curated = list_keys("methods_curated.txt")
    out: dict[str, str] = {}
    for t in load_terms():
        out.setdefault(t.group, t.text)
    return {g: main for g, main in out.items() if entity_key(main) not in curated}


def _weak_long_form(doc: Doc, c: Cand) -> bool:
    """A lower-case phrase that matches only the spelled-out alias of an acronym-named entry of the mined
    (Papers with Code) method list ("gradient-based optimization" for GBO, "iterative inpainting" for
    IterInpaint) is ordinary wording unless the acronym itself is written too; the curated list is trusted.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We use gradient-based optimization.")
    >>> [_weak_long_form(doc, c) for c in doc._.kg_cands if c.rule == "gazetteer"]
    [True]
    """
    if c.rule != "gazetteer" or c.label != "METHOD":
        return False
    main = _group_names().get(c.group, "")
    text = span_text(doc, c.start, c.end)
    if not main or not text.islower() or " " in main or not any(ch.isupper() for ch in main[1:]):
        return False
    return main not in doc_text(doc)


_LIST_INTRO = frozenset("including include includes as e.g. e.g eg like namely :".split())
_LISTING_NOUNS = DATASET_HEADS | frozenset("tasks environments games".split())


def _list_start(doc: Doc, start: int) -> int:
    """The token before the list that token ``start`` closes: back over commas, "and"/"or", name-shaped
    tokens and bracketed scores ("TOATOD (63.79%), D3ST (58.70%), and ..."), at most 15 tokens; the comma right
    before ``start`` when a list closed by "and"/"or" ends there ("on A, B and C, FooNet reduces ...").
    Remembered per document: the dataset and the method list tests ask for the same name's list."""
    memo = doc.user_data.get("kg_list_start")
    if memo is None:
        memo = doc.user_data["kg_list_start"] = {}
    k = memo.get(start)
    if k is None:
        k = memo[start] = _scan_list_start(doc, start)
    return k


def _scan_list_start(doc: Doc, start: int) -> int:
    """:func:`_list_start`, scanned."""
    low, txt = lowers(doc), texts(doc)
    k = start - 1
    while k >= 0 and start - k < 16 and (low[k] in _LIST_TOKENS or txt[k][:1].isupper() or txt[k][:1].isdigit()):
        if low[k] == ")":
            k = next((j for j in range(k - 1, max(k - 6, -1), -1) if low[j] == "("), k)  # past "(58.70%)"
        elif low[k] in ("and", "or") and low[start - 1] == ",":
            return start - 1  # "on A, B and C, FooNet reduces ...": that list closed before the name
        k -= 1
    return k


_LIST_TOKENS = frozenset((",", "and", "or", "-", ")"))


def _listed_after_method_word(doc: Doc, start: int) -> bool:
    """ "baselines such as X, Y and Z", "strong models, including X and Y", or right after the method word: "the
    architectures X and Y", "three models - X, Y and Z", "the model X": listed as methods.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We compare with baselines such as FooNet, Barformer and Bazz.")
    >>> _listed_after_method_word(doc, 9), _listed_after_method_word(doc, 1)
    (True, False)
    >>> doc = load_nlp()("We build the architectures FooNet and BarNet.")
    >>> _listed_after_method_word(doc, 4), _listed_after_method_word(doc, 6)
    (True, True)
    >>> _listed_after_method_word(load_nlp()("We model QWERTY layouts."), 2)
    False
    """
    low = lowers(doc)
    k = _list_start(doc, start)
    return (k >= 0 and low[k] in _NAMING_NOUNS and not (k > 0 and low[k - 1] in _VERB_LEADS)
            or _method_word_intro(low, k))


def _called_after_method_word(low: list[str], start: int) -> bool:
    """The name at ``start`` follows a naming word that follows a method word: "a novel WSS framework called Foo
    Learning", "an approach, dubbed Bar Discovery": the name of a method, whatever its head word says.

    >>> _called_after_method_word("a new framework called foo learning".split(), 4)
    True
    >>> _called_after_method_word("a new dataset called foo learning".split(), 4)
    False
    """
    k = start - 1
    if k < 1 or low[k] not in NAMING_WORDS:
        return False
    k -= 1 + (low[k - 1] == ",")
    return k >= 0 and low[k] in METHOD_CUES


# words before a naming noun used as a verb: "to model X", "we model X"
_VERB_LEADS = frozenset("to we they can could may might will would should must also".split())


def _method_word_intro(low: list[str], k: int) -> bool:
    """Token ``k`` opens a list after a method word: "methods such as", "baselines, including"."""
    if k < 1 or low[k] not in _LIST_INTRO or low[k] == ":":
        return False
    j = k - 1
    if low[k] == "as" and low[j] == "such":
        j -= 1
    if j >= 0 and low[j] in (",", "("):
        j -= 1
    return j >= 0 and low[j] in _METHOD_LISTING_NOUNS


def _in_word_list_after_method_word(doc: Doc, start: int) -> bool:
    """Like _listed_after_method_word, over lower-case items too ("methods, such as keyword search, transfer
    learning and ..."); the item must follow a list separator or the list opener, within 12 tokens."""
    low = lowers(doc)
    k = start - 1
    if k < 1 or low[k] not in _LIST_INTRO and low[k] not in (",", "and", "or"):
        return False
    while k > 0 and start - k < 12 and low[k] not in _LIST_INTRO and (low[k] in _LIST_TOKENS or low[k].isalpha()):
        k -= 1
    return _method_word_intro(low, k)


def _technique_listed_as_method(doc: Doc, c: Cand) -> bool:
    """A task-shaped technique ("... learning", "... estimation") listed after a method word is used as a
    method: "existing methods, such as keyword search, transfer learning and heuristics"."""
    if not _in_word_list_after_method_word(doc, c.start):  # the cheaper test first
        return False
    words = entity_key(span_text(doc, c.start, c.end)).split()
    return bool(words) and words[-1] in TOOL_HEADS


# what a masked objective asks the model to do: "masked video modeling", "masked token prediction"
_MASKED_OBJECTIVE_HEADS = frozenset("modeling modelling reconstruction prediction autoencoding".split())


_BENCHMARK_WORDS = frozenset("benchmark benchmarks testbed suite".split())


def _benchmarked(doc: Doc, c: Cand) -> bool:
    """A technique phrase a benchmark is built for is the task it measures: "a benchmark for visual token
    pruning", "visual search benchmarks".

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("a benchmark for visual token pruning and visual search benchmarks")
    >>> [_benchmarked(doc, Cand(a, b, "METHOD", "head_method", "", 0.5)) for a, b in ((3, 6), (7, 9))]
    [True, True]
    """
    low = lowers(doc)
    k = _past_the(doc, c.start)
    return (c.end < len(doc) and low[c.end] in _BENCHMARK_WORDS
            or k > 1 and low[k - 1] == "for" and low[k - 2] in _BENCHMARK_WORDS)


def _masked_objective(doc: Doc, c: Cand) -> bool:
    """ "masked point modeling", "masked reconstruction" in the abstract: a self-supervised training objective,
    not a task ("masked face recognition" is a task about masks; a title phrase names the paper's own approach)."""
    low = lowers(doc)
    return low[c.start] == "masked" and low[c.end - 1] in _MASKED_OBJECTIVE_HEADS and c.start >= title_end_of(doc)


_METHOD_LISTING_NOUNS = frozenset("methods models algorithms baselines architectures approaches classifiers backbones "
                                  "llms mllms vlms networks detectors encoders".split())
# method words that may stand right before the names they introduce ("the architectures X and Y", "the model X")
_NAMING_NOUNS = _METHOD_LISTING_NOUNS | frozenset("model method algorithm architecture baseline backbone detector "
                                                  "encoder network".split())


def _listed_after_dataset_word(doc: Doc, start: int) -> bool:
    """ "benchmarks such as X, Y and Z", "a range of tasks, including 1D-ARC, List Function, ACRE"; not the name
    after a list that closed with its "and" ("including A, B and C, Foo reduces ...": see :func:`_list_start`)."""
    low = lowers(doc)
    k = _list_start(doc, start)
    if k + 2 <= start and low[k] in _PLURAL_DATASET_HEADS and low[k + 1] == "," and low[k + 2] not in ("and", "or"):
        return True  # "two public medical image datasets, AMOS and Synapse"; "our benchmark, HeQ (Hebrew QA)"
    if k >= 1 and low[k] == "(" and low[k - 1] in _DATASET_PLURALS:
        return True  # "on five databases (BID, CLIVE, KonIQ, SPAQ, and FLIVE)"
    if k >= 1 and low[k] == ":" and _dataset_plural_before(doc, k):
        return True  # "across four datasets of varying sizes: EchoNet-Dynamic, CAMUS, ..."
    if k < 1 or low[k] not in _LIST_INTRO:
        return False
    j = k - 1
    if low[k] == "as" and low[j] == "such":
        j -= 1
    if j >= 0 and low[j] in (",", "("):
        j -= 1
    return j >= 0 and low[j] in _LISTING_NOUNS


_QUALIFIER_PREPS = frozenset("of from with in across for".split())


_SOURCING_VERBS = frozenset("derived collected sourced drawn compiled gathered sampled scraped".split())


def _data_taken_from(doc: Doc, start: int) -> bool:
    """The name at ``start`` is where records come from: "passwords from the RockYou wordlist", "a benchmark
    from MM-OR", "a dataset derived from Foo" (not "features derived from YOLOv8").

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("paired sequences from the Foo Space and features from Bar and data derived from Baz")
    >>> _data_taken_from(doc, 4), _data_taken_from(doc, 9), _data_taken_from(doc, 14)
    (True, False, True)
    """
    low = lowers(doc)
    k = _past_the(doc, start) - 1
    if k < 1 or low[k] != "from":
        return False
    if k > 1 and low[k - 1] in _SOURCING_VERBS:
        k -= 1  # "a dataset derived from Foo", "images collected from the Bar archive"
    return low[k - 1] in SOURCED_RECORDS


def _dataset_plural_before(doc: Doc, k: int) -> bool:
    """ "datasets:" or "datasets of varying sizes:" right before token ``k`` (a plural dataset word, then at
    most a short prepositional qualifier)."""
    low, txt = lowers(doc), texts(doc)
    j = k - 1
    while j >= 0 and k - j <= 5 and txt[j].isalpha() and txt[j].islower() and low[j] not in _DATASET_PLURALS:
        j -= 1
    return j >= 0 and low[j] in _DATASET_PLURALS and (j == k - 1 or low[j + 1] in _QUALIFIER_PREPS)


def _cue_after(doc: Doc, end: int) -> bool:
    """ "... Learning (MICD) framework", "... Inference (SDAI) strategy": a method word right after an acronym
    definition."""
    low = lowers(doc)
    k = past_bracket(doc, end)
    return k < len(doc) and (low[k] in METHOD_CUES or low[k] in _DESCRIPTIVE_HEADS)


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
    return _task_noun_at(low, k, _TASK_NOUNS)


def _system_or_technique(head: str) -> bool:
    """A long-form head naming a kind of system or a technique ("projector-camera systems (ProCams) tasks",
    "... Decomposition (SVD) problem"), not a task."""
    return singular(head) in KIND_WORDS or head in METHOD_HEADS and head not in TASK_HEADS


def _before_task_word(doc: Doc) -> frozenset[str]:
    """The words written right before "task"/"problem" in the doc ("on the SVD task" -> "SVD")."""
    txt = texts(doc)
    return frozenset(txt[j - 1] for j in positions(doc, _TASK_NOUNS) if j > 0)


def _past_modifiers(low: list[str], k: int) -> int:
    """The index of the first word from ``k`` on that may be a noun phrase's head: past up to four modifier words
    ("essential NLP", "long-standing open"), stopping at punctuation, a function word or a method word."""
    end = min(len(low), k + 5)
    while k < end - 1 and low[k][:1].isalnum() and low[k] not in STOP_WORDS and low[k] not in METHOD_CUES \
            and low[k] not in _TASK_WORDS:
        k += 1
    return k


def _past_the(doc: Doc, start: int) -> int:
    """``start``, or the index of a "the" right before it ("datasets like the Explainable Detection of ...")."""
    return start - 1 if start > 0 and lowers(doc)[start - 1] == "the" else start


def _apposition(doc: Doc, end: int) -> str | None:
    """The type a following apposition gives a name: "VIDA (Visually-Dependent Ambiguity), a dataset of ..."
    -> DATASET; "..., a network that ..." -> METHOD; else None."""
    low = lowers(doc)
    k = past_bracket(doc, end)
    if k + 1 >= len(doc) or low[k] not in (",", ":") or low[k + 1] not in ("a", "an"):
        return None
    for t in low[k + 2: k + 14]:
        if not t[:1].isalnum() and t not in (",", "-"):
            return None
        if t in DATASET_HEADS or t in _APPOSITION_DATASET_HEADS:
            return "DATASET"
        if t in METHOD_CUES or t in _APPOSITION_METHOD_HEADS:
            return "METHOD"
    return None


# "Joint Hard Contrastive Learning (JHCL), a novel training strategy": words that present a technique
_APPOSITION_METHOD_HEADS = frozenset("approach approaches technique techniques strategy strategies scheme mechanism "
                                     "procedure pipeline regularizer objective".split())
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


def _coined_short(sf: str) -> bool:
    """A short form that is a coined model name (NeuGen, RePlan), not a task acronym (OVSS, VQA)."""
    return len(sf) > 3 and any(ch.islower() for ch in sf[1:]) and any(ch.isupper() for ch in sf[1:])


def _abbrev_repeats(doc: Doc, abbr_labels: dict[str, str]) -> list[Cand]:
    """Other mentions of a defined acronym or of its long form, anywhere in the document."""
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


_SIZE = re.compile(rf"^(?:\d+(?:\.\d+)?[BMK]|\d+x\d+[BM]|{PARAM_SIZES}|[vV]\d+(?:\.\d+)*(?::\d+[bBmM])?|XL|XXL|Base|"
                   r"Large|Small|Tiny|"
                   r"Turbo|Pro|Instruct|Chat|Flash|Mini|mini|Ultra|Plus|Max|Nano|Lite|Sonnet|Opus|Haiku|Preview|"
                   r"Thinking|Coder|Omni|Flash-Lite)$")
_PARAMS = re.compile(r"^\d+(?:\.\d+)?[BM]$")  # a parameter count: "8B", "350M"
_ALNUM = re.compile(r"[^\W_]")  # one str.isalnum() character
# "3", "2.0", "2.0-mini", "3.1-70B"
_VERSION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})?(?:-(?:[a-z]{3,8}|\d+(?:\.\d+)?[BM]))?$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# a release after a dataset name: "SQuAD 2.0", "v1.1", "COCO 2017"; not a score written after it ("SciFact 0.61",
# "GLUE 84.3")
_DATASET_VERSION = re.compile(r"^(?:v\d{1,2}\.\d{1,2}|[1-9]\.\d{1,2}|v\d{1,2}|(?:19|20)\d\d)$")


_TO_OPENERS = frozenset("according due prior thanks owing".split())


def _trim(doc: Doc, c: Cand) -> Cand | None:
    """Drop whitespace and punctuation tokens at the edges of a candidate (None when nothing is left)."""
    t = texts(doc)
    s, e = c.start, c.end
    # (an alphanumeric first character, the common case, answers without the pattern: both test str.isalnum)
    while s < e and not (t[s][:1].isalnum() or _ALNUM.search(t[s])):
        s += 1
    while e > s and not (t[e - 1][:1].isalnum() or _ALNUM.search(t[e - 1]) or _glued_suffix(doc, c, e - 1)):
        e -= 1
    if e - s > 1 and e < len(t) and t[e] == "to" and t[e - 1] in _TO_OPENERS:
        e -= 1  # "conditional routing according (to ...)": the word opens a phrase after the name
    if s == e:
        return None
    return c if (s, e) == (c.start, c.end) else c._replace(start=s, end=e)


def _glued_suffix(doc: Doc, c: Cand, k: int) -> bool:
    """Token ``k`` is the "+" or "#" the tokenizer split off a listed name it is written onto ("DeepLabv3+",
    "QuIP#", "CodeT5+"): part of the gazetteer form, not edge punctuation."""
    return (c.rule == "gazetteer" and k > c.start and doc[k - 1].whitespace_ == ""
            and texts(doc)[k] in _GLUED_SUFFIXES)


_GLUED_SUFFIXES = frozenset({"+", "++", "#"})


def _subset_word_at(doc: Doc, k: int) -> bool:
    """Token ``k`` names a benchmark's subset ("SWE-bench Verified", "ARC Easy and ARC Challenge"), not an adjective
    on the records after it ("ImageNet Hard examples") or a word of a Title Case title ("Making ImageNet Hard Again").

    >>> import spacy
    >>> doc = spacy.blank("en")("Making FooNet Hard Again\\n\\nOn FooNet Hard examples and FooNet Hard , it wins .")
    >>> [_subset_word_at(doc, k) for k in (2, 7, 11)]
    [False, False, True]
    """
    t = texts(doc)
    if t[k] not in _SUBSET_WORDS:
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
    if c.rule == "coined" and c.end - c.start >= 2 and _PARAMS.match(t[c.end - 1]):
        e = c.end
        while e < len(doc) and e - c.end < 2 and _SIZE.match(t[e]):
            e += 1
        return c if e == c.end else c._replace(end=e)
    if (c.rule == "coined" and c.end - c.start == 1 and _YEAR.match(t[c.end])
            and t[c.start] not in acronym_stop()):
        return c._replace(end=c.end + 1)  # "EXIST 2025", "BraTS 2018": an edition (not "CVPR 2025")
    if t[c.end] in _SUBSET_WORDS and _subset_word_at(doc, c.end) and (
            c.label == "DATASET" or c.rule == "coined" and c.end - c.start == 1 and _DATASET_SUFFIX.search(t[c.start])):
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


def _named_variant(doc: Doc, c: Cand, cands: list[Cand]) -> Cand:
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
    kind = low[c.start] in METHOD_HEADS
    name_ends = {x.end for x in cands
                 if x.rule == "gazetteer" and x.label == "METHOD" and (x.end - x.start > 1 or not kind)}
    k = c.start
    while (k > lo and k not in name_ends and _variant_word(tx[k - 1], low[k - 1])
           and (k == c.start or not low[k - 1].endswith("ing"))):
        k -= 1  # (past one word, a gerund is the sentence's verb: "Merging Long Chain-of-Thought")
    sent_starts = doc.user_data.get("kg_sent_starts") or (0,)
    if k in sent_starts and k < c.start and not _written_mid_sentence(tx, k, c.end, sent_starts):
        k += 1  # "Vision Mamba works": a variant only if the text writes it mid-sentence too
    while k < c.start and not tx[k][:1].isalpha():
        k += 1  # "3D" describes the variant's data, it does not open its name: not "3D SMPL"
    if k == c.start:
        return c
    plain = plain_variant(tx, k, c.start)
    if any(x.start == k and c.end <= x.end and (x.rule == "proposal_name" or not plain and x.rule != "gazetteer")
           for x in cands):
        return c  # (the name another rule reads keeps that reading: "we introduce Spatially Gated Attention")
    return c._replace(start=k, group="" if plain else f"{VARIANT_GROUP}{' '.join(low[k:c.start])}|{c.group}")


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
    if _DIMENSION.match(low):
        return True
    if low in STOP_WORDS or (low in GENERIC_MODIFIERS and low not in _NAME_OPENERS) or low.endswith(_NOT_NAME_SUFFIXES):
        return False
    first, *rest = text.split("-")
    return (text[:1].isupper() and first.isalpha() and first[1:].islower()
            and all(part.isalpha() and part[1:].islower() and not _SIZE.match(part) for part in rest)
            and not (rest and _LOWER_PARTICIPLE.match(rest[-1])))


def _written_mid_sentence(tx: list[str], start: int, end: int, sent_starts) -> bool:
    """The words ``start:end`` are written again somewhere not at a sentence's start."""
    name = tx[start:end]
    return any(tx[i:i + len(name)] == name for i in range(len(tx) - len(name) + 1)
               if i not in sent_starts)


def _with_task_number(doc: Doc, c: Cand) -> Cand:
    """A shared-task series and year takes its task number: "SemEval-2026 Task 5" is one benchmark.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("T\\n\\nWe join SemEval-2026 Task 5 .")
    >>> span_text(doc, *_with_task_number(doc, Cand(4, 5, "NAME", "coined", "", 0.5))[:2])
    'SemEval-2026 Task 5'
    """
    txt = texts(doc)
    if (c.end + 1 < len(doc) and txt[c.end] == "Task" and txt[c.end + 1].isdigit() and len(txt[c.end + 1]) <= 2
            and _YEAR.match(txt[c.end - 1][-4:])):
        return c._replace(end=c.end + 2)
    return c


def _reshaped(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Each candidate's span as its context bounds it, in one pass (the helpers whose rule or next word does not
    apply are not called): a size or version taken on (:func:`_with_size`), edges trimmed (:func:`_trim`; an empty
    candidate goes), the Title Case core of a head-noun phrase (:func:`_capitalised_core`), a named variant
    (:func:`_named_variant`) and a shared task's number (:func:`_with_task_number`).

    >>> import spacy
    >>> doc = spacy.blank("en")("a few-step Pixel Mean Flows model , ( )")
    >>> [(c.start, c.end) for c in _reshaped(doc, [Cand(1, 7, "METHOD", "head_method", "", 0.5),
    ...                                          Cand(8, 10, "NAME", "coined", "", 0.5)])]
    [(4, 7)]
    """
    txt = texts(doc)
    n = len(txt)
    out = []
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
        elif rule == "gazetteer":
            c = _named_variant(doc, c, cands)
        if c.end + 1 < n and txt[c.end] == "Task":
            c = _with_task_number(doc, c)
        out.append(c)
    return out


def _drop_misread(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """The candidates :func:`_misread` keeps (the document's tables looked up once)."""
    low = lowers(doc)
    data_nouns = bool(positions(doc, _ONE_DATA_HEADS))
    return [c for c in cands if not _misread(doc, c, low, data_nouns)]


_CITABLE_RULES = frozenset({"list_member", "capitalised", "coined"})
_CITED_YEAR = re.compile(r"(?:19|20)\d\d[a-z]?$")
_CITATION_WORDS = frozenset({"and", "&", "et", "al", "al.", ".", ",", ";"})


def _in_citation(words: list[str], start: int, end: int, reach: int = 12) -> bool:
    """Tokens ``start:end`` sit inside an author-year citation: a parenthesis holding only capitalised names,
    "and" / "et al." and separators, closed by a year ("(Luong and Lockhart, 2025)"). Author names are no entities.

    Examples
    --------
    >>> words = "Gemini Deep Think ( Luong and Lockhart , 2025 ) and GPT-5 ( Open , 7B )".split()
    >>> _in_citation(words, 4, 5), _in_citation(words, 0, 3), _in_citation(words, 13, 14)
    (True, False, False)
    """
    i = start - 1
    while i >= max(0, start - reach) and words[i] != "(":
        if words[i] == ")" or not _citation_word(words[i]):
            return False
        i -= 1
    if i < 0 or words[i] != "(":
        return False
    j = end
    while j < min(len(words), end + reach) and words[j] != ")":
        if not _citation_word(words[j]):
            return False
        j += 1
    return j < len(words) and words[j] == ")" and bool(_CITED_YEAR.match(words[j - 1])) and all(
        _citation_word(w) for w in words[start:end])


_OPENING = frozenset(("(",))


def _cited(doc: Doc, c: Cand) -> bool:
    """:func:`_in_citation` for the candidate ``c``, answered False at once when no "(" stands where that scan can
    end (13 words back at most): most names have none before them."""
    return word_between(doc, _OPENING, c.start - 13, c.start) and _in_citation(texts(doc), c.start, c.end)


def _citation_word(word: str) -> bool:
    """A word an author-year citation is made of: a capitalised name, a year, "and", "et al.", a separator."""
    return word in _CITATION_WORDS or bool(_CITED_YEAR.match(word)) or word[:1].isupper() and word[1:].islower()


def _misread(doc: Doc, c: Cand, low: list[str], data_nouns: bool = True) -> bool:
    """The candidate is no name where it stands: the filters of :func:`_resolve`'s first pass, dispatched on the
    candidate's rule so that only the context helpers of its rule are called (``data_nouns``: the document has a
    singular data noun, without which :func:`_described_kind_of_data` is never true).

    >>> import spacy
    >>> doc = spacy.blank("en")("It attracted widespread attention in rotation regression .")
    >>> [_misread(doc, Cand(s, e, "METHOD", "head_method", "", 0.5), lowers(doc)) for s, e in ((2, 4), (5, 7))]
    [True, True]
    """
    rule = c.rule
    if rule == "gazetteer":
        # "requires attention to", "pay attention to": the English word, not the mechanism
        if (c.end - c.start == 1 and low[c.start] == "attention"
                and (_english_attention(doc, c.start) or _attention_modifier(doc, c.start))):
            return True
        if _weak_long_form(doc, c) or _metric_reading(doc, c):
            return True
        if _lora_adapter(low, c) or _role_pairing(low, c):
            return True
        # "to move the stack on a scale": a dataset named with its article ("The Stack") in lower case is English
        if c.label == "DATASET" and low[c.start] == "the" and span_text(doc, c.start, c.end).islower():
            return True
    elif rule in HEAD_RULES:
        # "attracting widespread attention": a head-noun phrase whose modifier is the English word's
        if low[c.end - 1] == "attention" and low[c.start] in _ATTENTION_BEFORE:
            return True
        # "audio-driven talking head synthesis": a head-noun phrase right before a task noun only modifies the task
        if c.end < len(low) and low[c.end] in TASK_HEADS and low[c.end] not in METHOD_HEADS:
            return True
        # "rotation regression", "video-level regression": what is predicted, a problem more than a technique
        if rule == "head_method" and low[c.end - 1] == "regression":
            return True
    elif rule == "coined":
        if _metric_reading(doc, c) or _software_name(doc, c) or _kind_of_data(doc, c):
            return True
    elif rule == "capitalised" and _software_name(doc, c) or rule == "dataset_list" and _kind_of_data(doc, c):
        return True
    if rule in _CITABLE_RULES and _cited(doc, c):
        return True
    if c.label == "TASK":
        return False
    if rule not in ("gazetteer", "coined", "abbreviation") and _category_item(doc, c.start):
        return True
    return data_nouns and _described_kind_of_data(doc, c)


_TASK = frozenset(("task",))


def _bracketed_task_names(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """The one-word name bracketed right after a numbered shared task is its alias: "SemEval 2025 Task 8
    (DataBench)" is one benchmark (the two candidates share a group)."""
    if not positions(doc, _TASK):
        return cands  # (the common case: no "task" in the text, nothing to read in the candidates)
    low = lowers(doc)
    inner = {c.end + 1: f"task:{c.start}" for c in cands if c.end - c.start >= 2 and low[c.end - 2] == "task"
             and c.end + 2 < len(doc) and low[c.end] == "(" and low[c.end + 2] == ")"}
    if not inner:
        return cands
    outer = {k - 1: g for k, g in inner.items()}  # the task's end -> its group
    return [c if c.rule in ("abbreviation", "gazetteer") else c._replace(group=inner[c.start])
            if c.start in inner and c.end == c.start + 1 else c._replace(group=outer[c.end])
            if c.end in outer and low[c.end - 2] == "task" else c for c in cands]  # the rules whose group is free


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


_WRAPPER_HEADS = frozenset("network networks net model models architecture architectures framework layer layers "
                           "module modules block blocks".split())


_ALIAS_WRAPPER_HEADS = frozenset("layer layers mechanism mechanisms module modules block blocks loss losses".split())
# a technique written with the way it is used: "chain-of-thought reasoning", "CoT fine-tuning", "the delta rule"
_USE_TAILS = frozenset("rule rules reasoning tuning fine-tuning prompting".split())
# a lower-case technique written as a design: "an encoder-decoder model", "a flow-matching architecture"
_FAMILY_WRAPPER_HEADS = frozenset("model models architecture architectures".split())
# heads a lower-case technique takes as an alias ("a curriculum learning strategy"; not "the DeepSeek strategy")
_LOWER_WRAPPER_HEADS = _FAMILY_WRAPPER_HEADS | frozenset(("strategy", "strategies"))


def _wrapper_forms(doc: Doc, ment) -> list[str]:
    """ "attention layer", "attention mechanism": a known method written with a component head is the
    same entity under a longer name, kept as an alias (the wrapper phrase itself was dropped as a
    candidate by :func:`_drop_generic_wrappers`).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("The attention layers of a Transformer admit a structure.")
    >>> [(e["name"], e["aliases"]) for e in doc._.kg_entities["methods"]]
    [('attention', ['attention layer']), ('Transformer', [])]
    """
    low = lowers(doc)
    out = []
    for c, _, _ in ment:
        nxt = low[c.end] if c.end < len(doc) else ""
        if c.rule in ("gazetteer", "abbreviation") and (nxt in _ALIAS_WRAPPER_HEADS or nxt in _USE_TAILS
                                                         or nxt in _LOWER_WRAPPER_HEADS
                                                         and texts(doc)[c.start].islower()):
            form = " ".join(span_text(doc, c.start, c.end + 1).split())
            head = form.rsplit(" ", 1)
            out.append(f"{head[0]} {singular(head[1].lower()) if head[1].islower() else head[1]}")
        if (c.rule in _NAME_RUN_RULES and c.end - c.start >= 2 and nxt in _NAME_KIND_HEADS
                and texts(doc)[c.end].islower()):
            # "a Frequency-domain Multi-modal Interaction model (FMISeg)": a Title-Case name written with its kind
            out.append(" ".join(span_text(doc, c.start, c.end).split()) + " " + singular(nxt))
        k = _past_definition(doc, c.end) if c.rule == "abbreviation" else c.end
        if k > c.end and k < len(doc) and low[k] in _ALIAS_WRAPPER_HEADS:
            # "a Weakly Supervised Patch Selecting (WPS) loss": the definition names the loss with its head
            out.append(" ".join(span_text(doc, c.start, c.end).split()) + " " + singular(low[k]))
        if c.rule == "gazetteer":
            # a one-token name ("U-Net", "RoPE") takes one modifier, and no "-ed"/"-en" participle ("frozen CLIP";
            # an "-ing" one after an article is kept: "a denoising U-Net", see _technical_modifier)
            one = c.end - c.start == 1 and not texts(doc)[c.start][:1].islower()
            k = c.start
            while (k > c.start - 2 + one and k > 0 and _technical_modifier(doc, k - 1)
                   and not (one and _not_a_kind(lowers(doc)[k - 1]))):
                k -= 1
            # "video diffusion model", "4D Gaussian Splatting", "dual U-Net": the kind written out, with each
            # modifier ("multimodal discrete diffusion models" is also a discrete diffusion model)
            starts = doc.user_data.get("kg_sent_starts") or (0,)
            for j in range(k, c.start):
                # a sentence's capital is no part of the form when the name is lower case: "Video diffusion models"
                lead = low[j] if j in starts and texts(doc)[c.start][:1].islower() else texts(doc)[j]
                out.append(" ".join([lead] + span_text(doc, j + 1, c.end).split()))
                if c.end - c.start >= 2 and low[c.end - 1] in _PART_WRAPPERS:
                    out.append(" ".join([lead] + span_text(doc, j + 1, c.end - 1).split()))  # "spatial attention"
            if k == c.start and _based_lead(doc, c.start):
                out.append(" ".join(span_text(doc, c.start - 3, c.end).split()))  # "rule-based RL"
    return out


def _based_lead(doc: Doc, start: int) -> bool:
    """An "X-based" lead right before ``start`` ("affinity-based reinforcement learning", "Rule-based RL"), a word
    other than a stop word or a generic modifier ("model-based", not "the-based").

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe use affinity-based reinforcement learning and RL.")
    >>> _based_lead(doc, 7), _based_lead(doc, 10)
    (True, False)
    """
    low = lowers(doc)
    return (start >= 3 and based_at(low, start - 2) and low[start - 3].isalpha()
            and low[start - 3] not in STOP_WORDS and low[start - 3] not in GENERIC_MODIFIERS
            and start - 3 >= title_end_of(doc))


# (a platform the data comes from is a kind word too: "the PIT-2015 Twitter corpus")
_DATASET_KIND_WORDS = DATASET_HEADS | frozenset("grand twitter reddit weibo youtube wikipedia".split())


def _coined_core_forms(doc: Doc, ment) -> list[str]:
    """A listed dataset name of one coined token, a venue and kind words ("the ShelfQA Grand Challenge", "the CVPR
    ShelfSeg"): the coined token alone, kept as an alias; not a named part ("ActivityNet Captions", "sRGB WB").

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe test on the ShelfQA Grand Challenge.")
    >>> [(e["name"], e["aliases"]) for e in doc._.kg_entities["datasets"]]
    [('ShelfQA Grand Challenge', ['ShelfQA'])]
    """
    tx = texts(doc)
    out = []
    for c, _, _ in ment:
        if c.rule != "dataset_list" or c.end - c.start < 2:
            continue
        coined = [w for w in tx[c.start:c.end] if is_coined(w) and w not in acronym_stop()]
        if len(coined) == 1 and all(w == coined[0] or w.lower() in _DATASET_KIND_WORDS
                                    or w in acronym_stop() and w.isupper() for w in tx[c.start:c.end]):
            out.append(coined[0])
    return out


def _headed_forms(doc: Doc, ment) -> list[str]:
    """A dataset's name with the lower-case dataset word written right after it, past at most two lower-case
    modifiers ("the SmolLM corpus", "the GSM perturbation benchmarks"): how some papers name it, kept as an alias.
    Called for DATASET entities only (methods and tasks derive their aliases elsewhere).

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe pretrain on the ZorbLM corpus.")
    >>> [(e["name"], e["aliases"]) for e in doc._.kg_entities["datasets"]]
    [('ZorbLM', ['ZorbLM corpus'])]
    """
    tx, low = texts(doc), lowers(doc)
    out = []
    for c, _, _ in ment:
        k = c.end
        while (k < min(len(doc), c.end + 2) and tx[k].isalpha() and tx[k].islower() and low[k] not in STOP_WORDS
               and low[k] not in DATASET_HEADS and low[k] not in METHOD_CUES):
            k += 1
        if k < len(doc) and tx[k] in DATASET_HEADS:
            out.append(span_text(doc, c.start, k + 1))
    return out


def _modified_forms(doc: Doc, ment) -> list[str]:
    """A head-noun phrase written with one or two modifiers the candidate rules leave off, a participle, an
    adverb, an "X-based" or a count ("balanced multilingual fine-tuning strategy", "temporally adaptive modality
    scheduling mechanism", "3D geographic augmentation"): the same part under its fuller name, kept as an alias
    (also without a descriptive head word).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose a balanced shelf tuning strategy for shelves.")
    >>> [e["aliases"] for e in doc._.kg_entities["methods"]]
    [['shelf tuning', 'balanced shelf tuning strategy', 'balanced shelf tuning']]
    """
    low, text = lowers(doc), texts(doc)
    sent_starts = doc.user_data.get("kg_sent_starts") or (0,)
    title_end = title_end_of(doc)
    out: list[str] = []
    for c, _, _ in ment:
        if c.rule not in HEAD_RULES:
            continue
        k, words = c.start, 0
        while words < 2 and k - 1 >= title_end and k not in sent_starts:
            if k - 3 >= title_end and based_at(low, k - 2) and _MODIFIER_WORD.match(text[k - 3]):
                k -= 3  # "a part-based pose embedding mechanism"
            elif (_MODIFIER_WORD.match(text[k - 1])
                  and _left_off_modifier(low[k - 2] if k >= 2 else "", low[k - 1], low[k])):
                k -= 1
            else:
                break
            words += 1
            *mods, head = span_text(doc, k, c.end).split()
            form = " ".join(mods + [singular(head) if head.islower() else head])  # "3D pose estimator(s)"
            out.append(form)
            if head.lower() in _DESCRIPTIVE_HEADS:
                out.append(" ".join(mods))  # "balanced multilingual fine-tuning (strategy)"
    return out


def _left_off_modifier(before: str, word: str, nxt: str) -> bool:
    """``word`` (between ``before`` and ``nxt``) is a modifier the candidate rules leave off: a count ("3D"), a
    hyphenated compound ("fine-grained", "model-conditioned"), a participle after an article ("a balanced") or an
    adverb before an adjective ("temporally adaptive"); not a verb ("integrating", "includes", "we explored"), an
    adverb of the sentence ("particularly reverse distillation") or a generic word ("novel").

    >>> [_left_off_modifier(b, w, n) for b, w, n in (("a", "3d", "x"), ("a", "balanced", "x"), ("we", "explored", "x"),
    ...                                               ("a", "temporally", "adaptive"), (",", "particularly", "reverse"),
    ...                                               ("by", "integrating", "x"), ("a", "novel", "x"))]
    [True, True, False, True, False, False, False]
    """
    if (word in STOP_WORDS or word in GENERIC_MODIFIERS or word in verbs() or word.endswith(("ing", "s"))
            or SIZE_LEAD.match(word)):
        return False  # "two-stage", "large-scale": how many, how much, not part of the name
    if _COUNT_WORD.match(word) or "-" in word:
        return True
    if word.endswith("ed"):
        return before in ("a", "an", "the", "our")
    return word.endswith("ly") and nxt.endswith(_ADJECTIVE_ENDINGS)


_COUNT_WORD = re.compile(r"^[1-4]d$")
_ADJECTIVE_ENDINGS = ("ive", "al", "ic", "ed", "able", "ent", "ant", "ous")


_NAME_RUN_RULES = frozenset(("capitalised", "proposal_name"))
_NAME_KIND_HEADS = _ALIAS_WRAPPER_HEADS | _FAMILY_WRAPPER_HEADS | frozenset(("network", "framework"))


def _past_definition(doc: Doc, end: int) -> int:
    """The token after an acronym definition that a mention ending at ``end`` belongs to: past "(WPS)" after the
    long form, past ")" after the short form; ``end`` itself when no bracket follows.

    >>> import spacy
    >>> doc = spacy.blank("en")("a Patch Selecting ( PS ) loss and ( PS ) loss")
    >>> _past_definition(doc, 3), _past_definition(doc, 5), _past_definition(doc, 1)
    (6, 6, 1)
    """
    low = lowers(doc)
    if end < len(doc) and low[end] == "(":
        j = closing_bracket(low, end, 4)
        return j + 1 if j != end else end
    return past_bracket(doc, end)


def _not_a_kind(word: str) -> bool:
    """A word before a one-token name that does not name a kind of it: a participle ("frozen CLIP"), a
    superlative ("latest GPT-4o") or a model word ("foundation model SAM").

    >>> [_not_a_kind(w) for w in ("frozen", "latest", "model", "dual", "task-specific")]
    [True, True, True, False, False]
    """
    return word.endswith(("ed", "en", "est")) or word in METHOD_CUES


def _technical_modifier(doc: Doc, i: int) -> bool:
    """Token ``i`` is a plain lower-case word that narrows a technique ("video", "class-balanced", "4D"; capitalised
    when it opens a sentence: "Video diffusion models ..."), not a determiner, an evaluative or generic adjective, a
    verb, an adverb or a plural; a participle only right after an article ("a denoising diffusion model", not
    "leveraging GAN")."""
    t, low = texts(doc)[i], lowers(doc)[i]
    sent_starts = doc.user_data.get("kg_sent_starts") or (0,)
    opener = (i in sent_starts and t[:1].isupper() and t[1:].islower()  # "Video diffusion models have ..."
              and low not in _NOT_KIND_OPENERS and not _not_a_kind(low))
    if not (_MODIFIER_WORD.match(t) or opener) or low in STOP_WORDS or low in GENERIC_MODIFIERS or low in verbs():
        return False
    participle = low.endswith("ing") or "-" not in low and low.endswith("ed")
    if (participle and not (i > 0 and lowers(doc)[i - 1] in _ARTICLES)
            or "-" not in low and (low.endswith("ly") or low.endswith("s") and not low.endswith(_NOT_PLURAL))):
        return False  # "leveraging GAN", "decoupled", "utilizes": verbs, adverbs and plurals, not a kind
    return (opener or i not in sent_starts) and i >= title_end_of(doc)


_MODIFIER_WORD = re.compile(r"^(?:[a-z]|[1-4][dD]\b)[a-z0-9]*(?:-[a-z0-9]+)*$")  # "video", "4D", "3D-aware"
# sentence openers that are no stop words but never name a kind: "Despite CLIP's ...", "Unlike BERT, ..."
_NOT_KIND_OPENERS = frozenset("despite unlike like instead besides".split())
_ARTICLES = frozenset(("a", "an", "the"))  # "a denoising diffusion model": a participle after one is a modifier
_NOT_PLURAL = ("ss", "us", "is")


_DESCRIPTIVE_HEADS = frozenset("strategy strategies scheme schemes schema mechanism mechanisms technique techniques "
                                "operation operations module modules algorithm block component".split())


# a lead that only says where or how a design applies: "video-specific", "object-centric", "expert-guided"
_SETTING_COMPOUND = re.compile(r"^[a-z]+-(?:specific|aware|centric|guided|driven|level|wise|agnostic|conditioned|"
                               r"informed|oriented|supervised)$")
_DESIGN_HEAD_WORDS = _DESCRIPTIVE_HEADS | _ALIAS_WRAPPER_HEADS | _WRAPPER_HEADS
_LAYER_HEADS = frozenset(("layer", "layers"))  # "a differentiable rendering layer": the technique as a layer
_DESCRIPTIVE_OR_LAYER_HEADS = _DESCRIPTIVE_HEADS | _LAYER_HEADS


def _unwrapped_forms(name: str) -> list[str]:
    """Shorter forms that name the same method: without a descriptive head word ("inverse repainting
    strategy" is also written "inverse repainting", "Cross-Modal Fusion module" "Cross-Modal Fusion"),
    and a known technique behind plain lower-case modifiers ("a shared Transformer", "latent contrastive
    learning", "bidirectional cross-attention"; not a lone lower-case word without a hyphen: "pairwise attention"),
    and a design behind a lead saying where or how it applies ("video-specific dataset pruning strategy"), when two
    words besides head words remain. A head word (or "layer") comes off when two words remain, one of them
    capitalised, or a known technique.

    Examples
    --------
    >>> _unwrapped_forms("inverse repainting strategy"), _unwrapped_forms("gating mechanism")
    (['inverse repainting'], [])
    >>> _unwrapped_forms("Cobweb algorithm"), _unwrapped_forms("shared Transformer")
    (['Cobweb'], ['Transformer'])
    >>> _unwrapped_forms("bidirectional cross-attention"), _unwrapped_forms("pairwise attention")
    (['cross-attention'], [])
    >>> _unwrapped_forms("differentiable shelf rendering layer")
    ['differentiable shelf rendering']
    >>> _unwrapped_forms("video-specific shelf pruning strategy")
    ['shelf pruning strategy', 'shelf pruning', 'video-specific shelf pruning']
    """
    words = name.split()
    known = _gazetteer_keys("METHOD")
    out = []
    core = [w for w in words[1:] if w.lower() not in _DESIGN_HEAD_WORDS]
    if _SETTING_COMPOUND.match(words[0]) and len(core) >= 2:  # not "(confidence-aware) fusion module"
        out.extend(f for f in [" ".join(words[1:])] + _unwrapped_forms(" ".join(words[1:])) if f not in out)
    if len(words) >= 2 and words[-1].lower() in _DESCRIPTIVE_OR_LAYER_HEADS:
        rest = " ".join(words[:-1])
        if len(words) >= 3 or not rest.islower() or entity_key(rest) in known:
            out.append(rest)
    elif len(words) >= 2 and words[-1].lower() in _PART_NOUNS and entity_key(" ".join(words[:-1])) in known:
        out.append(" ".join(words[:-1]))  # "Transformer encoder": the known architecture's part
    if entity_key(name) in known:
        return out  # "vision transformer", "linear attention": a known technique of its own
    for i in range(1, len(words)):
        if not words[i - 1].islower():
            break
        tail = " ".join(words[i:])
        if entity_key(tail) in known and (i < len(words) - 1 or not tail.islower() or "-" in tail):
            # a lower-case single word ("attention") is too broad to be the same entity; a hyphenated compound
            # ("text-to-image cross-attention") is not
            out.append(tail)
            break
    return out


@lru_cache(maxsize=2)
def _gazetteer_keys(label: str) -> frozenset[str]:
    """Entity keys of every gazetteer term labelled ``label``."""
    return frozenset(entity_key(t.text) for t in load_terms() if t.label == label)


def _device_head(head: str) -> bool:
    """The long form's head word names a technique or a device that does something, never a collection of data.

    Examples
    --------
    >>> _device_head("compressor"), _device_head("encoder"), _device_head("numbers"), _device_head("corpus")
    (True, True, False, False)
    """
    return head in METHOD_HEADS or head.endswith(("tor", "sor", "tors", "sors"))


def _ends_known_task(words: list[str]) -> bool:
    """The lower-case words end in a task the gazetteer knows, of two words or more: "evolving world object
    detection" is a kind of object detection, whoever proposes it.

    Examples
    --------
    >>> _ends_known_task("evolving world object detection".split()), _ends_known_task("score optimization".split())
    (True, False)
    """
    keys = _gazetteer_keys("TASK")
    return any(entity_key(" ".join(words[i:])) in keys for i in range(len(words) - 1))


# task heads too broad to make a task of a known technique: "chain-of-thought reasoning" (but "3DGS compression")
# or that only say how it is trained: "reinforcement learning fine-tuning" is reinforcement learning
_BROAD_TASKS = frozenset("""
reasoning learning labeling labelling interpolation inference fine-tuning finetuning pre-training pretraining training
""".split())


def _drop_generic_wrappers(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Drop head-noun phrases that only wrap a known name: "multi-layer perceptron network", "BERT model",
    "data-efficient Vision Mamba network". A lower-case known term after modifiers is itself a modifier:
    "pose calibration module" is a part of its own."""
    known = [(c.start, c.end) for c in cands if c.rule in ("gazetteer", "abbreviation")]
    method_spans = {(c.start, c.end) for c in cands if c.rule == "gazetteer" and c.label == "METHOD"}
    text_list, low = texts(doc), lowers(doc)
    out = []
    for c in cands:
        if c.rule == "head_task" and (c.start, c.end - 1) in method_spans and low[c.end - 1] in _BROAD_TASKS:
            continue  # "chain-of-thought reasoning": a known technique put to a generic task, not a task name
        if c.rule == "head_method" and low[c.end - 1] in _WRAPPER_HEADS:
            if any(e == c.end - 1 and (c.start == s or c.start < s and not text_list[s].islower()) for s, e in known):
                continue
        out.append(c)
    return out


_BRACKETED_RULES = frozenset(("capitalised", "title_name"))


def _bracketed_long_forms(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """A Title-Case phrase in brackets right after a proposed name is that name's long form, even when its
    letters do not spell the acronym: "we propose xHC (Expanded Hyper-Connections)". It joins the name's
    entity as an alias instead of becoming a second proposed method."""
    names = {c.end: c for c in cands_of(doc) if c.rule == "proposal_name"}
    if not names:
        return cands
    low = lowers(doc)
    out = []
    for c in cands:
        name = names.get(c.start - 1)
        if (c.rule in _BRACKETED_RULES and name is not None and low[c.start - 1] == "(" and c.end < len(doc)
                and low[c.end] == ")"):
            c = c._replace(group="key:" + entity_key(span_text(doc, name.start, name.end)))
        out.append(c)
    return out


# what may stand between a coined name and the phrase it abbreviates: "X: A ...", "X, a novel ...", "..., termed X"
_LINK_WORDS = frozenset(", : ( ) a an the novel new termed called dubbed named".split())


def _spells_name(short: str, long: str) -> bool:
    """``short``'s capitals spell ``long`` loosely: the first is the long form's first letter and the rest
    follow in order ("LA2Former" / "Locality-Aware Attention Transformer", "SFG-SwinSR" / "Spatial-Frequency
    Gated Swin Transformer"). Needs two capitals, so plain words never match.

    Examples
    --------
    >>> _spells_name("NUC-Net", "Non-uniform Cylindrical Partition Network")
    True
    >>> _spells_name("HDD", "hyperbolic dataset distillation method")
    True
    >>> _spells_name("DeiT", "Vision Transformer"), _spells_name("Mamba", "Mamba Block")
    (False, False)
    """
    caps = "".join(ch for ch in short if ch.isupper())
    return len(caps) >= 2 and long[:1].lower() == caps[0].lower() and is_short_form_of(caps, long)


def _titled_apposition(doc: Doc, name: Cand, phrase: Cand) -> bool:
    """``phrase`` is a Title Case apposition to ``name`` closed by a kind word: "BayesMM, a Multimodal Bayesian
    Distribution Learning framework" (the name's capitals need not spell it)."""
    low, txt = lowers(doc), texts(doc)
    return (name.end < phrase.start and low[name.end] == "," and low[name.end + 1] in ("a", "an")
            and phrase.end < len(doc) and low[phrase.end] in KIND_WORDS
            and all(t[:1].isupper() for t in txt[phrase.start:phrase.end] if t[:1].isalpha()))


def _linked_long_forms(doc: Doc, cands: list[Cand], abbr_labels: dict[str, str]) -> list[Cand]:
    """A coined name and a new phrase it spells, side by side, are one entity: "NUC-Net: Non-uniform Cylindrical
    Partition Network for ...", "AsymDSD, an Asymmetric Dual Self-Distillation framework", "Locality-Aware
    Attention Transformer (LA2Former)", "a hyperbolic dataset distillation method, termed HDD". The phrase joins
    the name's entity (where the acronym rule's letter match failed), as does a Title Case apposition closed by a
    kind word that it does not spell (:func:`_titled_apposition`)."""
    low, txt = lowers(doc), texts(doc)
    shorts = {c.start: c for c in cands if c.end - c.start == 1 and c.label != "TASK"
              and abbr_labels.get(c.group) != "TASK" and is_coined(txt[c.start])}
    if not shorts:
        return cands
    known = None  # keys of the grouped candidates, built when first needed
    regroup: dict[int, str] = {}
    for i, c in enumerate(cands):
        if (c.end - c.start < 2 or c.label == "TASK"
                or (c.group or c.rule == "gazetteer") and not is_coined_variant(c)):
            continue
        near = [shorts[k] for k in (*range(c.start - 4, c.start - 1), *range(c.end + 1, c.end + 4)) if k in shorts]
        if not near:
            continue
        if known is None:
            known = {entity_key(span_text(doc, x.start, x.end)) for x in cands if x.group and not is_coined_variant(x)}
        long_text = span_text(doc, c.start, c.end)
        if entity_key(long_text) in known:
            continue  # "Cross-layer feature pyramid networks (CFPNs) ... we propose CFMD, a novel cross-layer ..."
        for s in near:
            # "a Dynamic Rank LoRA framework named DR-LoRA": the phrase's kind word may stand between them
            gap = low[s.end:c.start] if s.start < c.start else low[c.end:s.start]
            if any(w not in _LINK_WORDS and w not in KIND_WORDS for w in gap):
                continue
            if _spells_name(txt[s.start], long_text) or _titled_apposition(doc, s, c):
                regroup[i] = s.group or "key:" + entity_key(txt[s.start])
                break
    if not regroup:
        return cands
    # a title's "X: Long Form ..." is the name's long form, not an ambiguous task phrase
    return [c._replace(group=regroup[i], label="NAME" if c.label == "AMBIG" else c.label) if i in regroup else c
            for i, c in enumerate(cands)]


def _wider_long_forms(doc: Doc, cands: list[Cand], chosen: list[Cand],
                      abbr_labels: dict[str, str]) -> list[Cand]:
    """A chosen phrase that ends where an acronym's long form ends, and covers it, takes the acronym's group:
    "a Frequency-aware Bidirectional Flow Aggregation Module (BFAM)" where the letters of BFAM only spell
    "Bidirectional Flow Aggregation Module". Not for tasks: "LiDAR semantic segmentation (SS)"."""
    if not abbr_labels:
        return chosen  # (no acronym definition: no long form to read in the candidates)
    ends = {c.end: c for c in cands if c.rule == "abbreviation" and c.end - c.start > 1
            and abbr_labels.get(c.group) in ("METHOD", "DATASET")}
    if not ends:
        return chosen
    txt = texts(doc)
    out = []
    for c in chosen:
        inner = ends.get(c.end)
        # a capitalised name only: not "a hybrid approach combining convolutional neural networks (CNNs)"
        if (inner is not None and c.start < inner.start and not c.group and c.rule != "gazetteer"
                and c.label != "TASK" and txt[c.start][:1].isupper()):
            c = c._replace(group=inner.group)
        out.append(c)
    return out


# "cross-attention layers", "a knowledge distillation strategy"; not "a sigmoid loss"
_PART_WRAPPERS = _ALIAS_WRAPPER_HEADS - {"loss", "losses"} | COMPONENT_HEADS


def _unsupported_heads_yield(doc: Doc, cands: list[Cand], title_end: int) -> list[Cand]:
    """A head-noun phrase outside the title that the evidence test would drop gives way to a known method name
    it ends in, or that ends right before its layer/module word: "a recursive goal-conditioned transformer"
    (said once) still names the Transformer, "parallel cross-attention layers" cross-attention, "coupled with a
    knowledge distillation strategy" knowledge distillation. (A title phrase
    keeps its name: "Adaptive Transformer Attention for ..." is a description, not a use of attention.)"""
    last_start: dict[int, int] = {}  # end -> the latest start of a known method name ending there
    for g in cands:
        if g.rule == "gazetteer" and g.label == "METHOD" and g.start > last_start.get(g.end, -1):
            last_start[g.end] = g.start
    if not last_start:
        return cands
    low = lowers(doc)
    heads = [c for c in cands if c.rule in HEAD_RULES and c.start >= title_end
             and (last_start.get(c.end, -1) > c.start
                  or low[c.end - 1] in _PART_WRAPPERS and last_start.get(c.end - 1, -1) >= c.start)]
    if not heads:
        return cands
    windows = proposal_windows(doc)
    key_of = {id(c): entity_key(span_text(doc, c.start, c.end)) for c in cands}
    keys: dict[str, list[Cand]] = {}
    for c in cands:
        keys.setdefault(key_of[id(c)], []).append(c)
    drop = set()
    for c in heads:
        same = keys[key_of[id(c)]]
        if not _enough_evidence(doc, [(x, "METHOD", 0) for x in same], windows, title_end):
            drop.add(id(c))
    return [c for c in cands if id(c) not in drop]


def _select(cands: list[Cand], n: int) -> list[Cand]:
    """Keep the longest, then highest-priority, non-overlapping candidates (of a document of ``n`` tokens)."""
    order = sorted(cands, key=lambda c: (-(c.end - c.start), -_PRIORITY.get(c.rule, 0), c.start))
    taken = bytearray(n)  # 1 = token already in a kept candidate
    out = []
    for c in order:
        if 1 in taken[c.start:c.end]:
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        out.append(c)
    return sorted(out, key=lambda c: c.start)


def _with_known_bases(doc: Doc, cands: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """``chosen`` plus the known methods inside a kept own phrase with a hyphenated modifier: "we develop a
    Mamba-based context encoder" names the paper's encoder and uses Mamba."""
    low = lowers(doc)
    spans = [(c.start, c.end) for c in chosen if c.rule == "proposed_phrase" and hyphen_modified(low, c.start, c.end)]
    if not spans:
        return chosen
    inner = [c for c in cands if c.rule == "gazetteer" and c.label == "METHOD"
             and any(s <= c.start and c.end <= e and c.end - c.start < e - s for s, e in spans)]
    return sorted(chosen + inner, key=lambda c: c.start) if inner else chosen


_APPOSITION_END = frozenset("for of with that which to from by".split())
# words that end the modifiers between a name and its head noun ("the COMPAS recidivism dataset")
_NOT_MODIFIERS = _APPOSITION_END | frozenset("""
on in at as and or a an the this these those its their our across over into via through using than between within
all both two three four five six several many multiple various
""".split())
# what an agent is tested in: "X, a two-player cooperative game", "Y, a unified evaluation gym" (a "simulator" is
# as often a generative model: "StyledStreets, a multi-style street simulator")
_PLAY_HEADS = frozenset("game games gym sandbox".split())
# what a testbed is for: "X, a production-grounded infrastructure for assessing agents"
_EVALUATING = frozenset("evaluating assessing benchmarking measuring testing probing".split())
_GROUP_NOUNS = frozenset("group set collection family series pair number range variety suite".split())  # "a set of"
_TITLE_TARGET_PREPS = frozenset("for on in at to toward towards with".split())


# the word right before "on X" that runs a model over X: X is data
_DATA_USE_BEFORE_ON = frozenset("""
evaluated tested trained pretrained pre-trained fine-tuned finetuned benchmarked validated results accuracy
""".split())


_AUXILIARIES = frozenset("is are was were has have had will can".split())
# what opens an apposition that says what a name is: "X, a new benchmark", "X and Y, two widely used benchmarks"
_APPOSITION_OPENERS = frozenset("a an the our two three four five six both".split())


def _context_label(doc: Doc, c: Cand) -> tuple[str | None, int]:
    low, txt = lowers(doc), texts(doc)
    nxt = low[c.end] if c.end < len(doc) else ""
    text = span_text(doc, c.start, c.end)
    if c.rule == "title_prefix" and _title_says_dataset(doc, c.end):
        return "DATASET", 2
    if _named_task(doc, c):
        return "TASK", 2
    if nxt in ("modality", "modalities"):
        return None, 0  # "92.0% on the NBI modality": a kind of image, not a dataset
    if _named_data(doc, c.start):
        return "DATASET", 2
    if (nxt in DATASET_HEADS and c.end + 2 < len(doc) and low[c.end + 1] == "of"
            and low[c.end + 2] in SUITE_MEMBERS):
        return "METHOD", 2  # "the Ettin suite of models"
    if nxt in DATASET_HEADS or nxt in ("subset", "subsets") or (c.end + 1 < len(doc) and nxt in ("data", "test")
                                                                and low[c.end + 1] in ("set", "sets")):
        return "DATASET", 4
    if nxt in _ENVIRONMENT_HEADS:
        return "DATASET", 2  # "the CARLA simulator", "the TextWorld environment": a benchmark environment
    if nxt == "as" and any(w in DATASET_HEADS or w == "testbed" for w in low[c.end + 2:c.end + 4]):
        return "DATASET", 2  # "we release Foo as a testbed", "Foo as a new benchmark"
    if nxt in _MADE_BY and c.end + 1 < len(doc) and low[c.end + 1] not in STOP_WORDS:
        return "METHOD", 2  # "a GPT-5.2 generated benchmark": the name made the data (not "X, generated by")
    if nxt in _DATABASES and (nxt == "databases" or c.start > 0 and low[c.start - 1] == "the"):
        return "DATASET", 2  # "the AffectNet database", "on LIP and CIHP databases"; not "a Neo4j database"
    if _modified_dataset_word_after(doc, c.end):
        return "DATASET", 2
    if (_listed_after_dataset_word(doc, c.start) or _paired_before_datasets(doc, c.end)) and not _opens_clause(doc, c):
        return "DATASET", 2
    if c.rule != "list_member" and _data_taken_from(doc, c.start):
        return "DATASET", 2  # (a lone word read as a list member is mostly a place: "images from California")
    if c.start > 1 and low[c.start - 1] == "(" and (low[c.start - 2] in _DATA_NOUNS or low[c.start - 2] in _RECORDS
                                                    or _closes_data_phrase(doc, c.start)):
        return "DATASET", 2  # "a Polish-language corpus (CulturaX-PL)", "a dataset of 457 virtual museums (Foo)"
    if _listed_after_method_word(doc, c.start) or _called_after_method_word(low, c.start):
        return "METHOD", 2
    if nxt in (":", "--", "—", "–", "is", "(") and c.end + 2 < len(doc) and low[c.end + 1] in ("a", "an"):
        nxt = ","  # "ToM-SSI: a new benchmark designed to ...", "AibTrans -- a multilingual dataset", "X is a dataset",
        # "RCGM (a consistency-based framework)"
    if nxt == "," and c.end + 2 < len(doc) and (low[c.end + 1] in _APPOSITION_OPENERS
                                                or low[c.end + 1] == "one" and low[c.end + 2] == "of"):
        # "GenWorld, a large-scale, high-quality, and real-world simulation dataset", "X, one of the largest
        # known datasets of ...", "SUN2CAD, a real-world test set with ...", "X, our newly generated benchmark"
        prev, shut = "", 0
        for i in range(c.end + 2 + (low[c.end + 1] == "one"), min(c.end + 14, len(doc))):
            t = low[i]
            if i < shut:
                continue
            if t == "(":
                j = closing_bracket(low, i, 6)
                if j == i:
                    break  # a long aside ends the apposition, as any other punctuation does
                shut = j + 1  # "a reinforcement learning (RL) environment"
                continue
            if not t[:1].isalnum() and t not in (",", "-") or t in _APPOSITION_END and prev not in _GROUP_NOUNS:
                if t == "for" and i + 1 < len(doc) and low[i + 1] in _EVALUATING:
                    return "DATASET", 2  # "RAMP, a production-grounded infrastructure for assessing agents"
                break  # "DataParasite, a modular pipeline for online data collection": the head comes first
            if t in _GROUP_NOUNS and _group_of_models(doc, i):
                return "METHOD", 2  # "ShieldGemma, a comprehensive suite of LLM-based moderation models"
            if (t in DATASET_HEADS or t in _APPOSITION_DATASET_HEADS or t in _SETS and low[i - 1] in _SET_KINDS
                    or t in _PLAY_HEADS and _phrase_head(doc, i)):
                if i + 1 < len(doc) and low[i + 1] in _AUXILIARIES:
                    break  # "Using data of Madrid and Vienna, two datasets were generated": a clause, no apposition
                return "DATASET", 2
            if t in METHOD_CUES or t in _APPOSITION_METHOD_HEADS and low[c.end + 1] != "the":
                if low[c.end + 1] == "our":
                    break  # "On SumMe and TVSum, our method ...": a clause about the paper's own method
                # "DR-Arena, an automated evaluation framework", "Foo-Bench, an evaluation pipeline": a
                # benchmark-shaped name keeps its shape; "FooEval, an LLM-as-a-judge framework" in the abstract is a
                # way to score (a title's "FooEval: A Framework for Evaluating X" is as often a benchmark)
                return ("DATASET" if t in _EVALUATION_TOOL_HEADS and _DATASET_SUFFIX.search(text)
                        and not (_EVAL_SUFFIX.search(text) and c.start >= title_end_of(doc)) else "METHOD"), 2
            prev = t
    if c.start > 0 and low[c.start - 1] in _PLURAL_DATASET_HEADS:
        # "we create datasets MaskGroups-2M and MaskGroups-HQ"
        return "DATASET", 2
    if (c.start > 1 and low[c.start - 1] == "," and low[c.start - 2] in _PLURAL_DATASET_HEADS
            and not _opens_clause(doc, c)):
        return "DATASET", 2  # "we contribute a new dataset, UAVLandData, which ..."
    if _DATASET_SUFFIX.search(text):
        return "DATASET", 2
    if c.rule == "coined" and _MODEL_VERSION.match(text):
        return "METHOD", 2  # "Wan2.1", "FLUX.1-dev": a dotted release number marks a model, not data
    family = _family_label(text)
    if family:
        return family, 2
    if c.rule == "coined" and c.end - c.start >= 2 and any(_PARAMS.match(w) for w in txt[c.start + 1:c.end]):
        return "METHOD", 2  # "LLaDA 8B": a model with its parameter count
    if c.rule == "coined" and _benchmark_score(doc, c) and _single_token_labels().get(text) != "METHOD":
        return "DATASET", 2  # (a known model's score is a metric: "a CLIP score of 0.70")
    # (_data_taken_from answered above for all rules but list_member)
    if nxt in METHOD_CUES or (nxt == "-" and c.end + 1 < len(doc) and low[c.end + 1] in ("based", "style", "like")
                               and not (c.end + 2 < len(doc) and low[c.end + 2] in DATASET_HEADS)):
        return "METHOD", 2  # not "the curated NuScenes-based dataset"
    if (_DATASET_SHAPE.search(text) or _named_data_source(doc, c)
            or c.rule == "list_member" and _data_taken_from(doc, c.start) or _scored_skill_before(doc, c)):
        weak = ("DATASET", 1)
    else:
        weak = (None, 0)
    on = _on_before(doc, c.start)
    if on is not None and not _BILLIONS.search(text) and low[on - 1] not in NOT_PURPOSE_HEADS:
        s0, s1 = sentence_of(doc, c.start)
        # "evaluated on X", "by 20.7% F1 on X", "gains on the adversarial X"; "On X, it reaches 91.6": a sentence
        # opened by "On X" reports its results after the name
        result_part = span_text(doc, c.end, s1) if on == s0 else span_text(doc, s0, c.start)
        if low[on - 1] in _DATA_USE_BEFORE_ON:
            return "DATASET", 2  # "pretrained on X", "results on X and Y": what is run over is data
        if _EVAL_WORDS.search(span_text(doc, s0, s1).lower()) or _RESULT_NUMBER.search(result_part):
            return "DATASET", 1
    if weak[0] is None and _compared_against(low, c.start):
        return "METHOD", 1  # "outperforms VAVA", "surpass the supervised ROCA": a rival method
    return weak


_COMPARE_BEFORE = frozenset("surpass surpasses surpassing surpassed outperform outperforms outperforming outperformed "
                            "than".split())
_COMPARE_SKIP = frozenset("the a an strong vanilla standard original supervised previous prior existing".split())
# "than" after these is no comparison of quality: "scripts other than X", "rather than X", "more than X"
_NOT_COMPARATIVE = frozenset("other rather more less fewer".split())


def _group_of_models(doc: Doc, i: int) -> bool:
    """The group noun at ``i`` ("suite", "family", "collection") holds models: "a suite of 3D diffusion models",
    "a suite of gradient-based, token-level attribution methods", not "a collection of dilemmas" or "a suite of
    benchmarks"; the first head word after its "of" (within eight words, before any punctuation but the commas
    between modifiers) is a method cue. A comma after a plural closes the phrase: "a suite of puzzles, solved by
    models".

    >>> import spacy
    >>> doc = spacy.blank("en")("a suite of 3D diffusion models and a collection of dilemmas and a suite of benchmarks")
    >>> _group_of_models(doc, 1), _group_of_models(doc, 8), _group_of_models(doc, 13)
    (True, False, False)
    >>> _group_of_models(spacy.blank("en")("a suite of lightweight, token-level attribution methods"), 1)
    True
    >>> _group_of_models(spacy.blank("en")("a suite of 12 challenging puzzles, evaluating 30 models"), 1)
    False
    """
    low = lowers(doc)
    if i + 1 >= len(doc) or low[i + 1] != "of":
        return False
    for k in range(i + 2, min(len(doc), i + 10)):
        t = low[k]
        if t in METHOD_CUES:
            return True
        if t == "," and singular(low[k - 1]) != low[k - 1]:
            return False
        if t in DATASET_HEADS or not t[:1].isalnum() and t not in ("-", ","):
            return False
    return False


def _modified_dataset_word_after(doc: Doc, end: int) -> bool:
    """One to three lower-case modifiers, then a dataset word, follow the name ending at ``end``: "the COMPAS
    recidivism dataset", "DeepFurniture, a richly annotated indoor scene dataset" (not "the NLLB200 model on this
    dataset", nor "a GPT-5.2 generated benchmark": the model that made it)."""
    if not word_between(doc, DATASET_HEADS, end + 1, end + 4):
        return False  # no dataset word one to three tokens on (the common case, answered without a scan)
    low, txt = lowers(doc), texts(doc)
    k = end
    while (k < min(len(doc), end + 3) and txt[k].islower() and txt[k].isalpha() and low[k] not in DATASET_HEADS
           and low[k] not in _NOT_MODIFIERS and low[k] not in METHOD_CUES):
        k += 1
    return k < len(doc) and k > end and low[k] in DATASET_HEADS and low[end] not in _MADE_BY


def _compared_against(low: list[str], start: int) -> bool:
    """The name at token ``start`` is what the paper's method beats: "outperforms X", "surpass the supervised X",
    "better than X" (at most two articles or plain modifiers in between; not "other than X", "rather than X").

    >>> _compared_against("it outperforms the vanilla X".split(), 4), _compared_against("it uses X".split(), 2)
    (True, False)
    >>> _compared_against("it is better than X".split(), 4), _compared_against("scripts other than X".split(), 3)
    (True, False)
    """
    k = start - 1
    while k >= 0 and start - k <= 2 and low[k] in _COMPARE_SKIP:
        k -= 1
    return k >= 0 and low[k] in _COMPARE_BEFORE and not (low[k] == "than" and k > 0 and low[k - 1] in _NOT_COMPARATIVE)


_SOURCE_DATA = frozenset("data imagery".split())
# what a benchmark scores, named right before it in brackets: "gains on temporal reasoning (Foo)"
_SCORED_SKILLS = frozenset("""
reasoning answering understanding classification detection segmentation recognition retrieval captioning
summarization translation grounding forecasting tracking generation prediction
""".split())


def _scored_skill_before(doc: Doc, c: Cand) -> bool:
    """A name bracketed right after a skill word, in a sentence about results, is the benchmark that scores the
    skill: "it improves temporal reasoning (Foo) and retrieval (Bar)"; not a bracket of its own words (an acronym).

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("T\\n\\nIt improves accuracy on temporal reasoning (FooQs) by 4%.")
    >>> _scored_skill_before(doc, Cand(9, 10, "NAME", "coined", "", 0.5))
    True
    """
    low = lowers(doc)
    k = c.start - 2
    if not (k > 0 and low[k + 1] == "(" and low[k] in _SCORED_SKILLS):
        return False
    caps = [ch for ch in span_text(doc, c.start, c.end) if ch.isupper()]
    if caps and caps[-1] == low[k][0].upper() and _ALLCAPS.match(span_text(doc, c.start, c.end)):
        return False  # "multimodal generation (MMG)": the skill's own short form
    if any(w in _METHOD_LISTING_NOUNS for w in low[max(0, k - 6):k]):
        return False  # "two models for defect detection (Foo, Bar)"
    s0, s1 = sentence_of(doc, c.start)
    return bool(_EVAL_WORDS.search(span_text(doc, s0, s1).lower()))


def _paired_before_datasets(doc: Doc, end: int) -> bool:
    """The name ending at ``end`` is joined by "and"/"or" to one name that a plural dataset word follows, past the
    second name's lower-case modifiers: "closed-loop Foo and open-loop Bar benchmarks".

    >>> import spacy
    >>> doc = spacy.blank("en")("closed - loop Foo and open - loop Bar benchmarks and Baz and Qux models")
    >>> _paired_before_datasets(doc, 4), _paired_before_datasets(doc, 12)
    (True, False)
    """
    low, txt = lowers(doc), texts(doc)
    if end >= len(doc) or low[end] not in ("and", "or"):
        return False
    k = end + 1
    while k < min(len(doc), end + 6) and (_lower_word(txt[k]) or txt[k] == "-"):
        k += 1
    return (k + 1 < len(doc) and k > end + 1 and not txt[k].islower() and low[k + 1] in _DATASET_PLURALS
            and low[k - 1] not in STOP_WORDS)


# the words that may join a dataset word to the end of its description: "a dataset containing 457 museums"
_DATA_PHRASE_LINKS = frozenset("of containing comprising with covering from".split())


def _closes_data_phrase(doc: Doc, start: int) -> bool:
    """The bracket before token ``start`` closes a description opened by a singular dataset word: "a new dataset
    containing 457 agricultural virtual museums (Foo)"; not "a dataset and a model (Foo)".

    >>> import spacy
    >>> doc = spacy.blank("en")("a new dataset of 457 virtual museums ( Foo ) and a dataset and a model ( Bar )")
    >>> _closes_data_phrase(doc, 8), _closes_data_phrase(doc, 17)
    (True, False)
    """
    low, txt = lowers(doc), texts(doc)
    for k in range(start - 2, max(0, start - 12), -1):
        if low[k] in DATASET_HEADS:
            return k < start - 2 and not low[k].endswith("s") and low[k - 1] in ("a", "an", "new", "novel")
        if (not (_lower_word(txt[k]) or txt[k][:1].isdigit() or low[k] == "-")
                or low[k] in _NOT_MODIFIERS and low[k] not in _DATA_PHRASE_LINKS):
            return False
        if low[k] in METHOD_CUES:
            return False
    return False


def _named_data_source(doc: Doc, c: Cand) -> bool:
    """A coined capitalised name (a digit or an inner capital, not an all-capital acronym) right before "data",
    "imagery" or "time series" is the source the data comes from: "EnMAP data", "Sentinel-2 time series" (not
    "RGB data", "LLM-generated data").

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("T\\n\\nWe fuse Sentinel-2 time series with RGB data")
    >>> [_named_data_source(doc, Cand(i, i + 1, "NAME", "coined", "", 0.5)) for i in (4, 9)]
    [True, False]
    """
    low = lowers(doc)
    if c.end >= len(doc) or not (low[c.end] in _SOURCE_DATA
                                 or low[c.end] == "time" and c.end + 1 < len(doc) and low[c.end + 1] == "series"):
        return False  # (the next word first: the cheap test)
    text = span_text(doc, c.start, c.end)
    # not "dToF data": a sensor
    return not (_ALLCAPS.match(text) or not KEEP_CASE.search(text) or not text[:1].isupper()
                or text[-1:].islower() and "-" in text)


# the nouns a naming word can name besides data: "a novel framework called X", "a new task named Y"
_NAMED_KINDS = METHOD_CUES | _APPOSITION_METHOD_HEADS | _TASK_NOUNS | frozenset("system systems tool toolkit".split())


def _named_data(doc: Doc, start: int) -> bool:
    """The name at ``start`` follows a naming word whose nearest head noun before it, in its sentence, is a
    dataset word: "a new benchmark called X", "two benchmarks derived from A and B ..., which we coin X"
    (not "a benchmark-driven framework called X").

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("T\\n\\nWe build a new benchmark called Foo and a model called Bar .")
    >>> _named_data(doc, 8), _named_data(doc, 12)
    (True, False)
    """
    low = lowers(doc)
    k = start - 1
    if k < 1 or low[k] not in NAMING_WORDS:
        return False
    s0 = sentence_of(doc, start)[0]
    for i in range(k - 1, max(s0, k - 20) - 1, -1):
        if low[i] in _NAMED_KINDS:
            return False
        if low[i] in DATASET_HEADS or low[i] in _DATASET_PLURALS:
            return True
    return False


def _phrase_head(doc: Doc, i: int) -> bool:
    """Token ``i`` ends its noun phrase: the next token is punctuation, a function word or a participle before one
    ("a video game that", "a game .", "a game built on"; not "a game world model").

    >>> import spacy
    >>> doc = spacy.blank("en")("a video game that runs and a game world model and a game built on a grid")
    >>> _phrase_head(doc, 2), _phrase_head(doc, 7), _phrase_head(doc, 12)
    (True, False, True)
    """
    low = lowers(doc)
    nxt = low[i + 1] if i + 1 < len(doc) else "."
    after = low[i + 2] if i + 2 < len(doc) else "."
    return not nxt[:1].isalnum() or nxt in STOP_WORDS or _participle(nxt) and after in STOP_WORDS


_IRREGULAR_PARTICIPLES = frozenset("built made written drawn grown run set".split())


def _participle(word: str) -> bool:
    """A past participle that opens a modifier after a noun: "designed", "built", "used"; not "need", "seed".

    >>> [_participle(w) for w in ("designed", "built", "used", "need", "speed", "bed")]
    [True, True, True, False, False, False]
    """
    return len(word) > 3 and word.endswith("ed") and not word.endswith("eed") or word in _IRREGULAR_PARTICIPLES


def _title_says_dataset(doc: Doc, end: int) -> bool:
    """The title names, after its opening name (ending at ``end``), a dataset or benchmark before any "for"/"on"
    ...: "Foo: A Multi-Dimensional Benchmark for ...", "Foo: Benchmarking Agents ..."; not "Foo: 2nd Solution for
    the Bar Challenge".

    >>> import spacy
    >>> _title_says_dataset(spacy.blank("en")("Foo : A Multi-Dimensional Benchmark for Evaluating Reviewers"), 1)
    True
    >>> _title_says_dataset(spacy.blank("en")("Foo : 2nd Solution for the Bar Challenge dataset"), 1)
    False
    """
    title = lowers(doc)[end:title_end_of(doc)]
    cut = next((i for i, w in enumerate(title) if i > 1 and w in _TITLE_TARGET_PREPS), len(title))
    return any(w in DATASET_HEADS or w.endswith("bench") for w in title[:cut]) or _benchmarking_title(doc, end)


def _benchmarking_title(doc: Doc, end: int) -> bool:
    """ "EgoToM: Benchmarking Theory of Mind ...": a title name (ending at ``end``) followed by "Benchmarking" is
    the benchmark; "Venus: Benchmarking and Empowering ..." also builds a model.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("FooBar : Benchmarking Agents on Long Tasks")
    >>> _benchmarking_title(doc, 1), _benchmarking_title(spacy.blank("en")("Foo : Benchmarking and Improving X"), 1)
    (True, False)
    """
    low = lowers(doc)
    k = past_bracket(doc, end)
    return (k + 2 < len(doc) and low[k] == ":" and low[k + 1] == "benchmarking" and low[k + 2] != "and"
            and k + 1 < title_end_of(doc))


def _named_task(doc: Doc, c: Cand) -> bool:
    """The name is a task the paper defines: "a new task called Shelf Theorization", "Shelf Provenance, a task
    where models must ...".

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("we define a new task called Shelf Theorization , a task where")
    >>> _named_task(doc, Cand(6, 8, "METHOD", "capitalised", "", 0.5))
    True
    """
    low = lowers(doc)
    if c.start > 1 and low[c.start - 1] in NAMING_WORDS and low[c.start - 2] in _TASK_WORDS:
        return True
    if not described_after(doc, c.end):
        return False
    k = c.end + 2  # past ", a"
    if k < len(low) and low[k] in ("new", "novel", "challenging"):
        k += 1
    return _task_noun_at(low, k)


def _own_name_keys(doc: Doc, cands: list[Cand]) -> set[str]:
    """Keys of the names the paper gives its own work (title prefix, "we propose X"): such a name does not take
    its neighbours' type ("on the in-the-wild dataset 3DPW, PersPose achieves ...")."""
    return {entity_key(span_text(doc, c.start, c.end)) for c in cands if c.rule in ("title_prefix", "proposal_name")}


def _on_before(doc: Doc, start: int) -> int | None:
    """The index of "on"/"across" before token ``start``, past "the" and up to two lower-case adjectives."""
    low, txt = lowers(doc), texts(doc)
    k = start - 1
    if k >= 0 and low[k] == "the":
        k -= 1
    for _ in range(2):
        if k >= 1 and low[k] not in ("on", "across") and txt[k].isalpha() and txt[k].islower() and low[k - 1] in (
                "on", "across", "the"):
            k -= 1
            if low[k] == "the":
                k -= 1
    return k if k >= 1 and low[k] in ("on", "across") else None


# a model release: letters then a dotted version ("Wan2.1", "FLUX.1-dev", "Qwen-2.5-7B"), not a count
# ("Human3.6M")
_MODEL_VERSION = re.compile(r"^[A-Za-z][A-Za-z\-]*?[-.]?\d*\.\d+(?![\d.]*[KMk]\b)(?:-[A-Za-z0-9]+)*$")
_NUMBERED = re.compile(r"^([A-Za-z]{3,}?)\d{1,3}[a-z]?$")
_PARTS = re.compile(r"[-_ ]+")


@lru_cache(maxsize=1)
def _single_token_labels() -> dict[str, str]:
    """Case-sensitive one-word gazetteer forms -> label (only forms with a capital: "Llama", "MMLU")."""
    out: dict[str, str] = {}
    for t in load_terms():
        if t.label in ("METHOD", "DATASET") and t.case_sensitive and len(t.text) >= 3 and t.text.isalpha():
            out.setdefault(t.text, t.label)
    return out


@lru_cache(maxsize=65536)
def _family_label(text: str) -> str | None:
    """A name built on a known one: "YaRN-Llama-2-7b-64k" is a model, "MMLU-Pro-X" a dataset.

    Examples
    --------
    >>> _family_label("Llama-3.1-8B"), _family_label("Foo-Bar"), _family_label("ResNet50"), _family_label("Qwen3-Omni")
    ('METHOD', None, 'METHOD', 'METHOD')
    """
    parts = _PARTS.split(text)
    known = _single_token_labels()
    if len(parts) < 2:
        m = _NUMBERED.match(text)  # "ResNet50", "VGG19": a known name with its depth or version glued on
        return known.get(m.group(1)) if m else None
    labels = {known[p] for p in map(_numbered_stem, parts) if p in known}
    return labels.pop() if len(labels) == 1 else None


def _numbered_stem(part: str) -> str:
    """ "Qwen3" -> "Qwen": a name part with its version glued on, else the part itself."""
    m = _NUMBERED.match(part)
    return m.group(1) if m else part


def _lead_forms(doc: Doc, ment) -> list[str]:
    """The fuller forms of a task's mentions with the leads the task rules strip ("content-based image retrieval",
    "end-to-end autonomous driving"; also a title's "for" phrase: "... for Accurate Extreme Event Detection"):
    written in the paper, so aliases."""
    low, txt = lowers(doc), texts(doc)
    out = []
    for c, _, _ in ment:
        k = task_lead_start(low, txt, c.start) if c.rule in ("head_task", "gazetteer", "title_for") else c.start
        if k < c.start:
            out.append(task_case(" ".join(span_text(doc, k, c.end).split()).replace(" - ", "-")))
    return out


_LIST_RULES = ("coined", "list_member")
# a name ending in a count of thousands is data even when listed beside a technique: "Foo-CoT-30k for SFT and
# Foo-RL-36k for RL" (a model's size is "B" or "M")
_EXAMPLE_COUNT = re.compile(r"\d[Kk]$")


def _list_label(members: list[tuple[Cand, str, int]], after: str) -> tuple[str | None, tuple[str, ...]]:
    """The type a coordination list shares with its members (from a dataset word after it or its strongest
    member's evidence), and the candidate rules whose members take it.

    >>> a, b = Cand(0, 1, "NAME", "coined", "", 0.5), Cand(2, 3, "NAME", "list_member", "", 0.5)
    >>> _list_label([(a, "METHOD", 0), (b, "DATASET", 1)], "."), _list_label([(a, "METHOD", 2), (b, "METHOD", 0)], ".")
    (('DATASET', ('coined',)), ('METHOD', ('coined', 'list_member')))
    """
    if after in DATASET_HEADS:
        return "DATASET", _LIST_RULES
    strong = [lab for _, lab, s in members if s >= 2 and lab in ("DATASET", "METHOD")]
    if strong:
        return strong[0], _LIST_RULES
    # weak evidence ("on 1D-ARC, ACRE, and MiniSCAN", "visual reasoning (GeoMath, Geometry30K)") reaches only
    # coined-looking names, not plain words ("the Reddit and Foo 2.0 data", "across Readability and Cleanliness")
    if (members[0][1] == "DATASET" and members[0][2] == 1
            or {lab for _, lab, s in members if s >= 1 and lab != "TASK"} == {"DATASET"}):
        return "DATASET", ("coined",)
    return None, ()


def _unaccented(key: str) -> str:
    """An entity key without its accents.

    >>> _unaccented("samasāmayik"), _unaccented("café 2")
    ('samasamayik', 'cafe 2')
    """
    return "".join(ch for ch in unicodedata.normalize("NFKD", key) if not unicodedata.combining(ch))


def _resolve(doc: Doc, max_tasks: int) -> dict:
    cands: list[Cand] = list(cands_of(doc))
    title_end = title_end_of(doc)
    abbr_labels, dropped = _abbrev_labels(doc, cands)
    stops = stop_keys()
    cands = [c for c in cands if not (c.rule == "abbreviation" and c.group not in abbr_labels)]
    cands.extend(_abbrev_repeats(doc, abbr_labels))
    cands = _drop_generic_wrappers(doc, _bracketed_task_names(doc, _reshaped(doc, cands)))
    cands = _outside_urls(doc, _drop_misread(doc, cands))
    low = lowers(doc)
    tools, modified = set(), set()
    for c in cands:
        if c.rule == "proposed_phrase":
            # "we introduce prompt learning": a proposed phrase named after what a technique does is the technique,
            # not a task
            if low[c.end - 1] in TOOL_HEADS:
                tools.add((c.start, c.end))
            # "we develop a city-aware candidate mining strategy": the own name without its kind head wins
            if hyphen_modified(low, c.start, c.end):
                modified.add((c.start, c.end + 1))
        elif c.rule == "enum_part":
            tools.add((c.start, c.end))  # "components: 1) ...; 2) Multiview Alignment through ...": no task
    if tools or modified:
        cands = [c for c in cands if not (c.rule == "head_task" and (c.start, c.end) in tools
                                          or c.rule in HEAD_RULES and (c.start, c.end) in modified)]
    cands = _unsupported_heads_yield(doc, cands, title_end)
    chosen = _wider_long_forms(doc, cands, _select(cands, len(doc)), abbr_labels)
    chosen = _linked_long_forms(doc, _bracketed_long_forms(doc, chosen), abbr_labels)
    chosen = _with_known_bases(doc, cands, chosen)

    # type every chosen candidate: (label, strength)
    typed: list[tuple[Cand, str, int]] = []
    for c in chosen:
        if c.rule == "head_task" and _masked_objective(doc, c):
            typed.append((c, "METHOD", 1))
        elif c.rule == "head_method" and _benchmarked(doc, c):
            typed.append((c, "TASK", 1))
        elif c.label == "TASK" and c.rule in ("gazetteer", "head_task") and _technique_listed_as_method(doc, c):
            typed.append((c, "METHOD", 1))  # weak: its list neighbours keep their own types
        elif c.rule == "abbreviation":
            typed.append((c, abbr_labels[c.group], 3))
        elif c.rule == "gazetteer":
            # "a supervised fine-tuning dataset" is data for a technique, not a dataset named after it
            # (a title capitalises every word: "Instruction-Tuning Datasets from ..." is the lower-case case)
            # (so is "the ARCH histopathology dataset": a known acronym that names data there)
            # (the context is read only for a known method written with a capital after the title)
            as_data = False
            if c.label == "METHOD" and c.start >= title_end and not texts(doc)[c.start].islower():
                lab, strength = _context_label(doc, c)
                as_data = lab == "DATASET" and (strength == 4 or c.start > 0 and low[c.start - 1] == "the"
                                                and _modified_dataset_word_after(doc, c.end))
            typed.append((c, "DATASET", 4) if as_data else (c, c.label, _KNOWN_STRENGTH))
        elif c.rule == "title_name" and c.start >= title_end and (read := _context_label(doc, c))[0] == "DATASET":
            # "We introduce Quantum Frog, a two-player cooperative game": the abstract says what the title's name is
            typed.append((c, *read))
        elif c.label in ("METHOD", "DATASET", "TASK"):
            typed.append((c, c.label, 2 if c.rule == "title_for" else 1))
        elif c.label == "AMBIG":
            typed.append((c, "TASK" if c.start < title_end else "METHOD", 1))
        else:
            lab, strength = _context_label(doc, c)
            typed.append((c, lab or "METHOD", strength))

    # coordination lists share the strongest dataset/method evidence: "CIFAR-10, SVHN and Foo datasets"
    own = _own_name_keys(doc, chosen)
    i = 0
    while i < len(typed):
        j = i
        closed = False  # "On ECF, MECAD, and MEC4, RPCL improves ...": the list ended at its "and"
        while j + 1 < len(typed):
            if typed[j + 1][0].start - typed[j][0].end > _LIST_GAP_MAX:
                break  # (too far apart for any aside: the common case, answered without slicing the gap)
            gap = _past_aside(low[typed[j][0].end: typed[j + 1][0].start])
            if len(gap) > 3 or any(t not in _LIST_SEP for t in gap) or closed and gap == [","]:
                break
            if gap == [","] and _acts(doc, typed[j + 1][0]):
                break  # "On COCO, CLIP prefers ...": a name before its verb opens a clause, it ends no list
            closed = closed or "and" in gap or "or" in gap
            j += 1
        if j > i:
            members = typed[i:j + 1]
            after = low[members[-1][0].end] if members[-1][0].end < len(doc) else ""
            group_label, rules = _list_label(members, after)
            if group_label:
                for k in range(i, j + 1):
                    c, lab, s = typed[k]
                    name = span_text(doc, c.start, c.end)
                    if (c.rule in rules and s < 3 and lab != "TASK" and entity_key(name) not in own
                            and not (group_label == "METHOD" and _EXAMPLE_COUNT.search(name))):
                        typed[k] = (c, group_label, max(s, 2 if c.rule == "list_member" else 1))
            else:
                _sibling_names(doc, typed, i, j)
        i = j + 1

    # group into entities: shared key, gazetteer group, acronym definition
    entities: dict[str, dict] = {}
    alias_of: dict[str, str] = {}

    def find(k: str) -> str:
        while alias_of.get(k, k) != k:
            k = alias_of[k]
        return k

    # a named variant ("Sparse Vision Transformers") has no group: an empty one would join every such long form
    known_groups = {(c.start, c.end): c.group for c in cands
                    if c.rule == "gazetteer" and c.label != "TASK" and c.group}
    for c, label, strength in typed:
        text = span_text(doc, c.start, c.end)
        key = entity_key(text)
        if not key or len(key) < 2 or key in stops and not _own_styled_name(c, text) or key in dropped:
            continue
        if c.rule == "coined" and (text.rstrip("s") in acronym_stop() or _not_coined_name(text)
                                   or _modality_class(text)) or c.rule == "dataset_list" and _described_data(text):
            continue
        if c.rule in ("coined", "gazetteer") and label != "TASK" and _spelled_letter_word(doc, c):
            continue
        # "Proximal Policy Optimization (PPO)": the acronym's group won the span, but its gazetteer group still joins;
        # so does a coined name's ("DiT" and "Diffusion Transformers" are one line of the list, one entity)
        idents = [f"key:{key}"]
        if c.group and c.group != idents[0]:
            idents.append(c.group)
        if not key.isascii():
            idents.append(f"key:{_unaccented(key)}")  # "Samasāmayik" and "Samasamayik": one name, spelled twice
        if (c.start, c.end) in known_groups:
            idents.append(known_groups[c.start, c.end])
        for ident in idents:
            if ident not in alias_of:
                alias_of[ident] = ident
        for ident in idents[1:]:
            a, b = find(idents[0]), find(ident)
            if a != b:
                alias_of[b] = a
                if b in entities:
                    ent_b = entities.pop(b)
                    ent_a = entities.setdefault(a, {"mentions": []})
                    ent_a["mentions"].extend(ent_b["mentions"])
        root = find(idents[0])
        ent = entities.get(root)
        if ent is None:
            ent = entities[root] = {"mentions": []}
        ent["mentions"].append((c, label, strength))

    out = {"methods": [], "datasets": [], "tasks": []}
    spans: list[tuple[list[tuple[int, int]], dict, bool]] = []
    windows = proposal_windows(doc)
    goals = {c.start for c in cands if c.rule == "title_for"}
    for ent in entities.values():
        ment = sorted(ent["mentions"], key=lambda m: m[0].start)
        if not _enough_evidence(doc, ment, windows, title_end):
            continue
        if _description_only(doc, ment):
            continue
        if _modality_part(doc, ment):
            continue
        label = max(ment, key=lambda m: (m[2], -m[0].start))[1]
        if label != "TASK" and _language_names(doc, ment):
            continue
        if label == "METHOD" and _unheaded_title_case(doc, ment, windows, title_end):
            continue
        forms: list[str] = []
        for c, _, _ in ment:
            t = " ".join(span_text(doc, c.start, c.end).split())
            for f in unbracketed_forms(t) if label == "TASK" else [t]:
                if f not in forms:
                    forms.append(f)
        name = _pick_name(forms, label, ment, doc)
        if _NAME_FRAGMENT.match(name):
            continue  # "NAVSIM v1/v2", "ARC Easy/Challenge", "Gemini 3 Flash and Pro": the split-off tail of a name
        name_key = entity_key(name)
        if label == "METHOD":
            derived = _wrapper_forms(doc, ment) + _unwrapped_forms(name) + _modified_forms(doc, ment)
        elif label == "TASK":
            derived = acronym_forms(doc, name) + generation_forms(name) + _lead_forms(doc, ment)
        else:  # DATASET, the only other label (_LABEL_KEYS)
            derived = _coined_core_forms(doc, ment) + _headed_forms(doc, ment)
        # (form keyed, form shown): the surface forms first, then the forms derived from them, each key once
        aliases = []
        seen = {name_key}
        for f, shown in [(f, task_case(f) if label == "TASK" else f) for f in forms] + [(a, a) for a in derived]:
            fk = entity_key(f)
            if fk not in seen:
                seen.add(fk)
                aliases.append(shown)
        rules = [c.rule for c, _, _ in ment]
        conf = max(_BASE_CONF.get(r, 0.5) for r in rules) + REPEAT_BONUS * (len(ment) - 1)
        if label == "TASK":
            conf = task_confidence(doc, ment, name, conf, title_end, goals)
        record = {"name": name, "aliases": aliases, "key": name_key, "confidence": round(min(conf, 0.99), 3),
                  "mentions": _mentions(doc, [c for c, _, _ in ment]), "_first": ment[0][0].start,
                  "_spans": [(c.start, c.end) for c, _, _ in ment], "_strength": max(m[2] for m in ment)}
        if label != "TASK":
            record["proposed"] = is_proposed(doc, ment, windows, title_end)
            if label == "METHOD" and (_described_part(ment, name, record["proposed"])
                                      or _score_metric(doc, ment, name, record["proposed"])):
                continue
            spans.append(([(c.start, c.end) for c, _, _ in ment], record,
                          any(c.rule == "gazetteer" for c, _, _ in ment)))
        out[_LABEL_KEYS[label]].append(record)

    _type_dataset_siblings(out)
    _drop_families_of_named_kinds(out)
    _move_dataset_variants(out)
    _drop_tasks_named_as_parts(out, title_end)
    _drop_aliases_named_apart(out)
    _propagate_proposed(doc, spans)
    _propose_variants(doc, spans)
    _merge_spelled_long_forms(doc, out)
    _unflag_cut_names(out, title_end)
    out["methods"] = _split_modified_kinds(doc, out["methods"])
    for k in ("methods", "datasets"):
        out[k] = _split_shared_versions(out[k])
    for k in out:
        out[k].sort(key=lambda e: e["_first"])
    task_phrases = list(out["tasks"])
    finish_tasks(doc, out, max_tasks)
    out["methods"].extend(_methods_in_left_tasks(doc, cands, task_phrases, out, windows, title_end))
    apply_keep_model(doc, out, title_end)
    for k in out:
        for e in out[k]:
            del e["_first"]
            e.pop("_spans", None)
            e.pop("_strength", None)
    return out


_BENCH_END = re.compile(r"(?:Bench|bench|BENCH|Benchmark)$")
# a dataset named after a model with its size or its benchmark ("UniEM-3M", "CP-Bench") names no family of parts
_NOT_PART = re.compile(r"-(?:.*-)?(?:\d+(?:\.\d+)?[KkMB]|Bench|bench|BENCH|Benchmark)$")


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


def _type_dataset_siblings(out: dict[str, list[dict]]) -> None:
    """A weakly typed method named as a part of one of the paper's datasets ("Vript-RR" beside the benchmark
    parts "Vript-HAL"; "VTC-Retrieval" beside "VTCBench") is one more part of that data: it moves to the
    datasets (not a model with its size or release, "Video-R1-7B", "Foo-R1", or built on a model's name,
    "Foo-VLM", nor a lower-case word's compound, "KV-cache")."""
    stems = _part_stems(out["datasets"])

    def sibling(m: dict) -> bool:
        parts = m["name"].split("-")
        return (_name_stem(m["name"]) in stems and m["_strength"] < 2 and not parts[-1].islower()
                and parts[-1] not in _MODEL_CLASS_ACRONYMS and _family_label(m["name"]) != "METHOD"
                and not any(_PARAMS.match(p) or _BILLIONS.search(p) or _MODEL_RELEASE.match(p) for p in parts[1:]))

    _move_to_datasets(out, sibling)


def _move_to_datasets(out: dict[str, list[dict]], is_data: Callable[[dict], bool]) -> None:
    """Move the methods for which ``is_data`` holds to the end of the datasets, in order."""
    keep = []
    for m in out["methods"]:
        (out["datasets"] if is_data(m) else keep).append(m)
    out["methods"] = keep


def _sibling_names(doc: Doc, typed: list[tuple[Cand, str, int]], i: int, j: int) -> None:
    """An untyped list ``typed[i..j]`` holding a coined method name in mixed case ("NiftyMIC, SVRTK, and NeSVoR",
    "ByT5, NLLB and IndicTrans-v2", each after a separator) lists names of one kind: its untyped all-capital coined
    members get a weak method type in place, so they are not read as lone undefined acronyms (see
    :func:`_enough_evidence`); with two such names, its plain capitalised words ("OpenSora, Latte, and CogVideoX")
    get the list's method type."""
    if any(typed[k][0].end == typed[k + 1][0].start for k in range(i, j)):
        return  # names side by side are one name's parts: "HybridEVS RAW images", "NVIDIA GB200 NVL72"
    caps, words = [], []
    mixed = 0
    for k in range(i, j + 1):
        c, lab, s = typed[k]
        if c.rule == "coined" and lab == "METHOD":
            text = span_text(doc, c.start, c.end)
            if _ALLCAPS.match(text):
                caps.append(k)
            elif not _not_coined_name(text):  # "NeSVoR", "IndicTrans-v2", "GPT-4o-mini"; not "F1-score"
                mixed += 1
        elif c.rule == "list_member" and lab == "METHOD":
            words.append(k)
    for k in caps if mixed else ():
        c, lab, s = typed[k]
        typed[k] = (c, lab, max(s, 1))
    for k in words if mixed >= 2 else ():
        c, lab, s = typed[k]
        typed[k] = (c, lab, max(s, 2))


# parts of a model: "the depth estimation decoder", "a pose regression head" of another's system is a description
# (not "network": "a policy network" the paper does not propose is kept; see _described_part)
_PART_HEADS = frozenset("encoder decoder block field head layer embedding optimizer".split())
# a name made with "Score" is a metric ("CLIPScore", "BERTScore", "Foo-Score v2"), a method only when proposed
_SCORE_NAME = re.compile(r"^[A-Za-z0-9]*[A-Za-z0-9][-_]?Score(?:[-_ ]?v?\d+(?:\.\d+)?)?$")


def _score_metric(doc: Doc, ment, name: str, proposed: bool) -> bool:
    """A name made with "Score" is a metric ("CLIPScore", "BERTScore"), a method only when the paper proposes it or
    names a model with it in apposition ("we train a scoring model, Foo-Score, and ...")."""
    if proposed or not _SCORE_NAME.match(name):
        return False
    low = lowers(doc)
    return not any(c.start > 1 and low[c.start - 1] == "," and low[c.start - 2] in METHOD_CUES for c, _, _ in ment)


def _described_part(ment, name: str, proposed: bool) -> bool:
    """A head-noun phrase (no name, no known method) for a part of a model the paper does not propose ("the
    depth estimation decoder", "a direct pose regression head", "3D feature fields"), or for the unnamed
    network it proposes, written in lower case ("we propose a gesture recognition network that ...")."""
    head = singular(name.rsplit(" ", 1)[-1].lower())
    if not all(c.rule in HEAD_RULES for c, _, _ in ment):
        return False
    return head == "network" and name.islower() if proposed else head in _PART_HEADS


def _language_names(doc: Doc, ment) -> bool:
    """Every mention is made of natural-language names only ("Hindi", "French-Italian"): a language, not a
    method or dataset.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("on Hindi and French-Italian text")
    >>> _language_names(doc, [(Cand(1, 2, "NAME", "coined", "", 0.6), "DATASET", 1)])
    True
    """
    return all(_language_name(span_text(doc, c.start, c.end)) for c, _, _ in ment)


@lru_cache(maxsize=65536)
def _language_name(text: str) -> bool:
    """``text`` is made of natural-language names only ("Hindi", "French-Italian").

    >>> _language_name("French-Italian"), _language_name("French BERT")
    (True, False)
    """
    return all(p in LANGUAGES for p in _PARTS.split(text.lower()) if p)


def _past_aside(gap: list[str]) -> list[str]:
    """The tokens between two list members, past a bracketed aside after the first one: "BraTS 2018 (4 modalities,
    15 scenarios) and ISLES 2022" -> ["and"].

    Examples
    --------
    >>> _past_aside(["(", "4", "modalities", ")", "and"]), _past_aside([",", "and"]), _past_aside(["for", "qa", "and"])
    (['and'], [',', 'and'], ['and'])
    """
    if gap[:1] == ["("] and ")" in gap and gap.index(")") <= _ASIDE_MAX and "(" not in gap[1:gap.index(")")]:
        return gap[gap.index(")") + 1:]
    if gap[:1] == ["for"]:  # "DiscoveryBench for data-driven discovery and Archer for ...": what each one is for
        end = next((i for i, t in enumerate(gap) if t in (",", "and", "or")), len(gap))
        if 1 < end <= _PURPOSE_MAX and all(t.replace("-", "").isalpha() for t in gap[1:end]):
            return gap[end:]
    return gap


_ASIDE_MAX = 12
_PURPOSE_MAX = 6
_LIST_GAP_MAX = _ASIDE_MAX + 4  # the widest gap that _past_aside can bring down to a list's separators (3 tokens)


_FAMILY_WORDS = frozenset(("attention",))  # with _TECHNIQUE_HEADS: technique families the gazetteer knows


def _drop_families_of_named_kinds(out: dict[str, list[dict]]) -> None:
    """A technique family found by the gazetteer alone ("attention", "the attention mechanism", "quantization")
    is left out when the paper names its own kind of it ("sparse attention", "weight quantization"): the
    specific form is the entity it writes about (not an architecture: "Transformer" beside "Swin Transformer")."""
    kinds = {e["key"].rsplit(" ", 1)[1] for e in out["methods"] if " " in e["key"]}  # last words of longer keys

    def family_only(e: dict) -> bool:
        words = e["key"].split()
        word = words[0] if len(words) == 1 or words[1:] == ["mechanism"] else ""
        return ((word in _FAMILY_WORDS or word in _TECHNIQUE_HEADS) and word in kinds and e["name"].islower()
                and all(m["rule"] == "gazetteer" for m in e["mentions"]))

    out["methods"] = [e for e in out["methods"] if not family_only(e)]


_MODEL_RELEASE = re.compile(r"^(?:[A-Z]\d|\d+(?:\.\d+)?[BM]$)")  # "R1", "E1", "V2", "8B": a model's release or size


def _move_dataset_variants(out: dict[str, list[dict]]) -> None:
    """A method named as a hyphenated variant of one of the paper's datasets is a split or version of that data:
    "MATHCHECK-GSM" beside the dataset "MATHCHECK", "FooBench-Wild" beside "FooBench"; not a model trained on
    it ("Foo-LLaVA", "Foo-R1", "Foo-8B": a known model, a model release or size after the hyphen)."""
    bases = {e["key"] for e in out["datasets"] if " " not in e["key"]}
    models = _gazetteer_keys("METHOD")

    def variant(e: dict) -> bool:
        head, _, rest = e["name"].partition("-")
        return (bool(rest) and " " not in e["name"] and entity_key(head) in bases
                and not _MODEL_RELEASE.match(rest) and entity_key(rest) not in models)

    _move_to_datasets(out, variant)


def _drop_tasks_named_as_parts(out: dict[str, list[dict]], title_end: int) -> None:
    """A task that is only the bare name of one of the paper's own parts is that part: "... via Anatomical
    Prior-aware Feature Enhancement" in the title, then "an Anatomical Prior-aware Feature Enhancement module"
    (each mention after the title lies inside the proposed method's mentions). A lower-case "description generation
    module" is a part for the task it names."""
    parts: dict[str, list[tuple[int, int]]] = {}
    for e in out["methods"]:
        if e.get("proposed") and e["name"].split()[-1].lower() in _DESCRIPTIVE_HEADS:
            for form in [f for f in _unwrapped_forms(e["name"]) if not f.islower()]:
                parts.setdefault(entity_key(form), []).extend(e["_spans"])

    def inside(task: dict) -> bool:
        spans = next((parts[k] for k in [task["key"]] + [entity_key(a) for a in task["aliases"]] if k in parts), None)
        return spans is not None and all(start < title_end or any(a <= start and end <= b for a, b in spans)
                                         for start, end in task["_spans"])

    out["tasks"] = [t for t in out["tasks"] if not inside(t)]


def _drop_aliases_named_apart(out: dict[str, list[dict]]) -> None:
    """A method's alias that is another entity's name in the same paper is not an alias: "Transformer"
    stays its own entity when the text also names one besides "a shared Transformer"."""
    owner = {}
    for entities in out.values():
        for e in entities:
            owner.setdefault(e["key"], id(e))
    for e in out["methods"]:
        e["aliases"] = [a for a in e["aliases"] if owner.get(entity_key(a), id(e)) == id(e)]


def _merge_spelled_long_forms(doc: Doc, out: dict[str, list[dict]]) -> None:
    """A proposed phrase (not a one-part name: "TCL" stands for its own "Temporal Consistency Learning") is the long
    form of a proposed one-word name, met where no acronym definition joined them, when its Title Case words'
    initials spell the start of the name ("we propose TAPE, a training-free Temporal Aware Pruning for ...",
    "MAJ-EVAL, a Multi-Agent-as-Judge evaluation framework") or the name follows it in brackets ("the CAD program
    repairer (ReCAD)"): one entity, not two, of the long form's kind (its words say what it is; a bare coined name
    may have been read as a dataset), unless the name says it is data ("STI-Bench", "the Low Exposure Night Vision
    (LENVIZ) Dataset")."""
    names = [e for k in ("methods", "datasets") for e in out[k] if e.get("proposed") and " " not in e["name"]]
    if not names:
        return
    low = lowers(doc)
    for k in ("methods", "datasets"):
        for e in list(out[k]):
            owner = e.get("proposed") and re.search(r"[\s-]", e["name"]) and next((n for n in names if n is not e and (
                _spells(e["name"], n["name"]) or _bracketed_after(low, e, n))), None)
            if not owner:
                continue
            _absorb(owner, e)
            out[k].remove(e)
            other = "datasets" if k == "methods" else "methods"
            if owner in out[other] and not (k == "methods" and _named_as_data(low, owner)):
                out[other].remove(owner)
                out[k].append(owner)


def _absorb(owner: dict, e: dict) -> None:
    """Make the entity ``e`` another name of ``owner``: its name and aliases, mentions and spans join the owner's."""
    owner["aliases"] += [a for a in [e["name"]] + e["aliases"] if a not in owner["aliases"]]
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


def _unflag_cut_names(out: dict[str, list[dict]], title_end: int) -> None:
    """A proposed phrase that opens a longer proposed name is that name without its kind words (the title's
    "Global-Local Tree Search" and "a global-local tree search algorithm", "Tracktention" and "the Tracktention
    Layer": merged, a one-word name only with one of its own kind and keeping its name: "IRASim" and the "IRASim
    Benchmark" stay apart) or, of two or more words, a piece of it, not the paper's own thing beside it ("Taste
    More" of "Taste More, Taste Better", the "Terminal Bench" that "Terminal Bench Pro" extends: unflagged)."""
    own = [e for k in ("methods", "datasets") for e in out[k] if e.get("proposed")]
    forms = [(e, tuple(f.lower().split())) for e in own for f in [e["name"]] + e["aliases"]]
    merged = set()
    for k in ("methods", "datasets"):
        for e in [x for x in out[k] if x.get("proposed")]:
            words = tuple(e["name"].lower().split())
            n = len(words)
            longer = [(o, f) for o, f in forms if o is not e and len(f) > n and f[:n] == words]
            if not longer:
                # "INP Coherence Loss" then "Coherence Loss" (a title's "Prototype Perturbation" is the family of
                # its "Neighbor-Driven Prototype Perturbation")
                if n >= 2 and e["_first"] >= title_end and any(o is not e and len(f) > n and f[-n:] == words
                                                              for o, f in forms):
                    e["proposed"] = False
                continue
            owner = next((o for o, f in longer if all(w in _KIND_HEADS for w in f[n:]) and o["proposed"]
                          and id(o) not in merged and (n >= 2 or o in out[k])), None)
            if owner is None:
                e["proposed"] = e["proposed"] and n < 2
                continue
            _absorb(owner, e)
            if n == 1:  # "Tracktention" names the "Tracktention Layer"
                owner["aliases"] = [owner["name"]] + [a for a in owner["aliases"] if a != e["name"]]
                owner["name"], owner["key"] = e["name"], e["key"]
            out[k].remove(e)
            merged.add(id(e))


_KIND_HEADS = METHOD_CUES | COMPONENT_HEADS | DATASET_HEADS | {"mechanism", "mechanisms"}
_DATA_NAME = re.compile(r"(?i)bench|data|corpus")


def _spells(phrase: str, name: str) -> bool:
    """The initials of the Title Case words of ``phrase`` (hyphen parts counted apart or not) spell three or more
    letters that open ``name``'s first alphanumeric part ("Long-Range Refocused Temporal Information" and
    "LRTI-VSR", "Temporal Aware Pruning" and "TAPE") or four or more found anywhere in it ("Physics-Aware
    Groupwise Direct Preference Optimization" and "PhyGDPO", "Semantically Target-Aware Representations" and
    "TabSTAR")."""
    words = phrase.split()
    if len(words) < 2 and "-" not in phrase or not all(w[:1].isupper() for w in words if w.lower() not in STOP_WORDS):
        return False
    first = re.match(r"[A-Za-z0-9]*", name).group().lower()
    letters = re.sub(r"[^a-z0-9]", "", name.lower())
    for parts in (words, phrase.replace("-", " ").split()):
        initials = "".join(w[0].lower() for w in parts if w.lower() not in STOP_WORDS)
        if len(initials) >= max(3, len(first) - 1) and first.startswith(initials) or len(initials) >= 4 and (
                initials in letters):
            return True
    return False


def _propagate_proposed(doc: Doc, spans: list[tuple[list[tuple[int, int]], dict, bool]]) -> None:
    """In a list of defined names, a name coordinated right after a proposed one is proposed too, unless
    it is a known name: "we introduce two strategies: Error-Constrained Layer Merging (ECLM) and
    Mask-guided Token Merging (Mask-ToMe)"."""
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


def _split_modified_kinds(doc: Doc, methods: list[dict]) -> list[dict]:
    """A known model kind written bare and also narrowed by a plain word ("Diffusion models have ... video diffusion
    models") names two things, never aliases: each modifier's form becomes its own entity, with its mentions (one
    written only narrowed keeps the narrowed form as an alias of the kind; "3D", "text-to-image" leads stay).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nDiffusion models are strong. We guide video diffusion models.")
    >>> [(e["name"], e["aliases"]) for e in doc._.kg_entities["methods"]]
    [('Diffusion model', []), ('video diffusion model', [])]
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
          and _technical_modifier(doc, a - 1) and not (a > 1 and _technical_modifier(doc, a - 2)
                                                       and not _DIMENSION.match(low[a - 2])))
    return low[a - 1] if ok else ""


_NOT_KIND_ENDS = ("ive", "able", "ible", "ed", "ist")
# "the term world model", "the notion of": a word about the name; "long-term world model": the tail of a compound
_WORD_NOUNS = frozenset("term terms word words notion phrase name".split())
_DIMENSION = re.compile(r"^[1-4]d$")  # "2D image diffusion models": a dimension before the kind's modifier


def _split_shared_versions(entities: list[dict]) -> list[dict]:
    """:func:`_split_shared_version` over a list; a release also written on its own keeps one record,
    with the mentions of both."""
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
    if bench_stem != name and len(bench_stem) >= 3 and _ALLCAPS.match(bench_stem):
        out.add(entity_key(bench_stem))
    head = name.split("-")[0]
    if head != name and len(head) >= 3 and _ALLCAPS.match(head):
        out.add(entity_key(head))
    sized = _SIZED.match(name)
    if sized and len(sized["stem"]) >= 3:
        out.add("size:" + sized["stem"].lower())
    return out - {""}


def _propose_variants(doc: Doc, spans: list[tuple[list[tuple[int, int]], dict, bool]]) -> None:
    """A name built on a proposed one is a variant the paper also introduces: "RynnBrain-Nav" next to the
    proposed "RynnBrain", "LKMN-L" next to "LKMN", "MBD-LLaDA2-Mini" next to "MBD-LM", "VFace100K" next to
    "VFace10K". Known names (gazetteer mentions) and names called existing ("the popular FOO-D dataset") are left
    alone."""
    stems: set[str] = set()
    names: list[str] = []
    for _, record, _ in spans:
        if record["proposed"]:
            for form in [record["name"]] + record["aliases"]:
                stems |= _variant_stems(form)
                names += [form] if " " not in form and len(form) >= _JOINED_STEM_MIN else []
    if not stems:
        return
    for mentions, record, known in spans:
        if record["proposed"] or known or any(after_established(doc, start) for start, _ in mentions):
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


# capitalised words of ML writing no head or verb list has: "Warmup", "Uniform", "Independent", "Hessian"
# (not rules._PLAIN_WORDS, the shape of a plain capitalised word)
_PLAIN_TECHNICAL_WORDS = frozenset("warmup uniform independent hessian gaussian poisson mask kernel focal".split())


def _plain_technical_word(doc: Doc, c: Cand) -> bool:
    """The one-token candidate ``c`` is a capitalised English word of ML writing: a method or task head, a generic
    modifier, a known verb, an "-ing"/"-ed" form or one of :data:`_PLAIN_TECHNICAL_WORDS` ("Prompting",
    "Selection", "Warmup", "Gated", "Uniform").

    >>> import spacy
    >>> doc = spacy.blank("en")("Selection Gated Uniform Janus Warmup")
    >>> [_plain_technical_word(doc, Cand(k, k + 1, "NAME", "list_member", "", 0.4)) for k in range(5)]
    [True, True, True, False, True]
    """
    if c.end - c.start != 1:
        return False
    t = texts(doc)[c.start]
    low = t.lower()
    return (t[:1].isupper() and t[1:].islower()
            and (low in METHOD_HEADS or low in TASK_HEADS or low in GENERIC_MODIFIERS or low in verbs()
                 or low.endswith(("ing", "ed")) or low in _PLAIN_TECHNICAL_WORDS))


def _enough_evidence(doc: Doc, ment, windows, title_end: int) -> bool:
    """Noun phrases found only by a head-noun rule need support: repetition, a title mention,
    a capitalised (named) modifier, or the first slot after "we propose"."""
    rules = {c.rule for c, _, _ in ment}
    if rules <= HEAD_RULES and all(plural_head(doc, c.end - 1) for c, _, _ in ment):
        return False  # "static allocation strategies", "frozen network components": a kind, not one technique
    if rules == {"list_member"}:
        # typed by its list or a strong context, else a plain word; a capitalised technical word names no method
        # on its own: "Selection, self-refine, ...", "Gaussian, Uniform, Dropout ... noise"
        return max(s for _, _, s in ment) >= 2 and not all(lab == "METHOD" and _plain_technical_word(doc, c)
                                                           for c, lab, _ in ment)
    if rules == {"coined"}:
        if all(_name_goes_on(doc, m) for m, _, _ in ment):
            return False  # only ever the first word of a longer name: "iFlow CLI", "a VLM-Motion Critic that ..."
        # a lone, undefined all-capital acronym with no type cue is more often jargon than a name
        c, _, strength = ment[0]
        text = span_text(doc, c.start, c.end)
        if _TWO_CAPITALS.match(text) and not any(_comma_listed(doc, m) for m, _, _ in ment):
            return False  # two capitals say too little even with a type cue: "an FR model", "positional IDs"
        # (a short one is jargon however often it recurs: "UV", "BEV", "V2I", "CLS"; a longer repeated one too
        # unless it is listed among other names, acts as a subject ("FLARE incorporates ...") or is the paper's
        # own: "OCT images", "BOLD images", "W4A8"; one with a parameter count is a model: "SANA-1.0-1.6B"; in the
        # title too: "A Deep Learning-Based CCTV System", "... Segmentation in MR Imaging")
        if (max(s for _, _, s in ment) == 0 and _ALLCAPS.match(text)
                and not _variant_of_name(doc, text) and not _BILLIONS.search(text)
                and (len(ment) == 1 or len(text) <= 2
                     or not any(_comma_listed(doc, m) or _proposed_here(doc, m.start) or _acts(doc, m)
                                for m, _, _ in ment)
                     and not is_proposed(doc, ment, windows, title_end))):
            return False
    if rules == {"head_component"} or rules == {"head_component", "head_method"}:
        return any(own_component(doc, c) for c, _, _ in ment)
    if any(c.rule != "head_method" for c, _, _ in ment):
        return True
    if len(ment) >= 2:
        return True
    c = ment[0][0]
    if c.start < title_end:
        # a Title Case phrase seen once, only in the title, is mostly a task or a description
        return False
    if c.end - c.start >= 3 and own_component(doc, c):
        return True
    low = lowers(doc)
    if low[c.end - 1] in _TECHNIQUE_HEADS or c.start > 0 and low[c.start - 1] == "via":
        return True  # "structured pruning", "via token-level reweighting": a technique applied, not a part
    if _a_loss_function(low, c.start, c.end):
        return True
    if _described_module(doc, c):
        return True
    sent_starts = doc.user_data.get("kg_sent_starts") or (0,)
    if any(t[:1].isupper() and i not in sent_starts for i, t in enumerate(texts(doc)[c.start:c.end], c.start)):
        return True
    for ws, we, _ in windows:
        if ws <= c.start < we and first_cand_in(doc, ws, we) == c.start:
            return True
    return False


_TWO_CAPITALS = re.compile(r"^[A-Z]{1,2}s?$")


def _name_goes_on(doc: Doc, c: Cand) -> bool:
    """A capitalised word right after the mention continues the name: "a PostProcess Agent", "NASA Harmonized
    Landsat", "the GeForce RTX 3090" (a model class acronym only says what the name is: "the LLaMa3.1 LLM")."""
    nxt = texts(doc)[c.end] if c.end < len(doc) else ""
    return nxt[:1].isupper() and nxt.removesuffix("s") not in _MODEL_CLASS_ACRONYMS


_MODEL_CLASS_ACRONYMS = frozenset("LLM VLM MLLM LMM".split())


def _acts(doc: Doc, c: Cand) -> bool:
    """The mention is the subject of a present-tense verb: "FLARE incorporates ...", "QZV achieves ..." (not
    the tail of a longer name: "Spectral NSR achieves ...")."""
    return (c.end < len(doc) and present_verb(lowers(doc)[c.end])
            and not (c.start > 0 and texts(doc)[c.start - 1][:1].isupper()))


def _opens_clause(doc: Doc, c: Cand) -> bool:
    """The mention follows a comma and a singular verb follows it: the name is the subject of the clause after an
    introductory phrase ("In comprehensive benchmarks, Foo achieves ...", "Across public benchmarks, Foo
    demonstrates ..."), no member of a list of data ("two datasets, AMOS and Synapse").

    >>> import spacy
    >>> doc = spacy.blank("en")("In benchmarks , Foo achieves gains on two datasets , Bar and Baz")
    >>> [_opens_clause(doc, Cand(k, k + 1, "NAME", "coined", "", 0.5)) for k in (3, 10)]
    [True, False]
    """
    low = lowers(doc)
    if c.start == 0 or low[c.start - 1] != "," or c.end >= len(doc):
        return False
    nxt = low[c.end]
    return (nxt.isalpha() and nxt.endswith("s") and not nxt.endswith(("ss", "us", "is")) and nxt not in STOP_WORDS
            and nxt not in DATASET_HEADS and texts(doc)[c.end].islower())


def _comma_listed(doc: Doc, c: Cand) -> bool:
    """The mention stands in a comma list ("QuIP#, QTIP, VPTQ, and AQLM"): named alongside other names, a comma
    on one side and a comma, "and"/"or", the list's opening ("such as", "(") or its end on the other; not a comma
    that only closes a clause ("To align them, QZV features ...") or follows a value ("81.73 MOTA, 82.81 IDF1").
    The last member, after "and", does not count by itself.

    >>> import spacy
    >>> doc = spacy.blank("en")("such as QUIP , QTIP , VPTQ and AQLM . In QZV , we fuse")
    >>> [_comma_listed(doc, Cand(k, k + 1, "NAME", "coined", "", 0.5)) for k in (2, 4, 6, 8, 11)]
    [True, True, True, False, False]
    """
    if c.start == 0 or c.end == len(doc):
        return False
    before, after = lowers(doc)[c.start - 1], lowers(doc)[c.end]
    return (before == "," and (after in LIST_JOINS or after in (".", ")"))
            or after == "," and (before in LIST_JOINS or before in _LIST_INTRO or before == "("))


_LOSS_AFTER = frozenset("function functions term terms in of".split())


def _a_loss_function(low: list[str], start: int, end: int) -> bool:
    """One loss introduced with an article: "a boundary-aware loss", "an auxiliary consistency loss" (not "a
    negligible loss", "an information loss", "a partial loss in ...": an amount lost; nor "a hybrid loss
    function": a description)."""
    return (low[end - 1] == "loss" and start > 0 and low[start - 1] in ("a", "an") and low[start] not in _LOST
            and not low[start].endswith(("ible", "able")) and (end == len(low) or low[end] not in _LOSS_AFTER))


# heads that name a technique by what it does; single mentions are right about half the time (1,500 annotated
# papers), where a part ("memory", "encoder", "policy") almost never is
_TECHNIQUE_HEADS = frozenset("pruning augmentation regularization regularisation distillation quantization voting "
                             "caching".split())


_NAME_RULES = frozenset(("abbreviation", "title_prefix", "proposal_name"))


def _variant_of_name(doc: Doc, text: str) -> bool:
    """``text`` is a hyphenated variant ("LKMN-L") of a name the paper defines or proposes ("LKMN").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose LKMN. LKMN-L is fast.")
    >>> _variant_of_name(doc, "LKMN-L"), _variant_of_name(doc, "FOO-L")
    (True, False)
    """
    head = text.split("-")[0]
    if head == text:
        return False
    tl = texts(doc)
    return any(c.rule in _NAME_RULES and c.end - c.start == 1 and tl[c.start] == head for c in cands_of(doc))


def _pick_name(forms: list[str], label: str, ment, doc: Doc) -> str:
    if label == "TASK":
        # the long form, lower case except acronyms / coined words
        return task_case(max(forms, key=len))
    # a short form from an acronym definition is the name; otherwise the most frequent, then longest form
    # (or the name a bracketed long form was joined to: "V$^2$APT (Visual Variational ... Tuning)")
    bracketed = {c.group for c, _, _ in ment if c.rule in _BRACKETED_RULES and c.group.startswith("key:")}
    name = forms[0]
    for c, _, _ in ment:
        if c.end - c.start == 1:
            short = span_text(doc, c.start, c.end)
            if len(short) <= 12 and (c.rule == "abbreviation" or "key:" + entity_key(short) in bracketed):
                name = short
                break
    words = name.split()
    last = words[-1]
    if (label in ("METHOD", "DATASET") and len(last) > 3 and last.endswith("s") and last[-2:-1].islower()
            and not last.lower().endswith(("as", "is", "us", "ss"))
            and not any(ch.isupper() for ch in last[1:]) and singular(last.lower()) != last.lower()
            and not (label == "DATASET" and last[:1].isupper()) and last.lower() not in listed_s_names()):
        # a plural is made singular; a coined name, a capitalised dataset name and a listed name ending in "s" are
        # kept as written (nuScenes, Cityscapes, Paxos)
        words[-1] = last[: len(singular(last.lower()))] if not last.lower().endswith("ies") else last[:-3] + "y"
        name = " ".join(words)
    elif len(last) > 2 and last.endswith("s") and last[:-1].isupper():
        words[-1] = last[:-1]
        name = " ".join(words)
    return name


def _methods_in_left_tasks(doc: Doc, cands: list[Cand], task_phrases: list[dict], out: dict, windows,
                           title_end: int) -> list[dict]:
    """Known methods inside task phrases that the task ranking left out ("VAE compression", "SHAP analysis",
    "online reinforcement learning"): the wider phrase won the span, so the method the paper uses was lost."""
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
        out_methods.append({"name": name, "aliases": [], "key": entity_key(name), "confidence": TOOL_TASK_CONFIDENCE,
                            "mentions": _mentions(doc, ment), "_first": ment[0].start,
                            "_spans": [(c.start, c.end) for c in ment], "_strength": _KNOWN_STRENGTH,
                            "proposed": is_proposed(doc, [(c, "METHOD", _KNOWN_STRENGTH) for c in ment], windows,
                                                    title_end)})
    return out_methods


def _mentions(doc: Doc, cands: list[Cand]) -> list[dict]:
    """The evidence of each candidate: its text, character offsets and rule, and its sentence's offsets.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe use BERT. It is fast.")
    >>> _mentions(doc, [Cand(4, 5, "NAME", "coined", "", 0.6)])
    [{'text': 'BERT', 'start': 10, 'end': 14, 'rule': 'coined', 'sent_start': 3, 'sent_end': 15}]
    """
    index, text = token_index(doc), doc_text(doc)
    starts, ends = index["starts"], index["ends"]
    out = []
    for c in cands:
        s0, s1 = sentence_of(doc, c.start)
        out.append({"text": text[starts[c.start]:ends[c.end - 1]], "start": starts[c.start], "end": ends[c.end - 1],
                    "rule": c.rule, "sent_start": starts[s0], "sent_end": ends[s1 - 1]})
    return out


@Language.factory("kg_resolve", assigns=["doc._.kg_entities"], default_config={"max_tasks": 4})
def make_kg_resolve(nlp: Language, name: str, max_tasks: int) -> Resolver:
    """Create the resolver component (run it after ``kg_gazetteer`` and ``kg_rules``).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> ents = load_nlp()("We propose Column-Normalized Adam (Conda).")._.kg_entities
    >>> [(e["name"], e["aliases"], e["proposed"]) for e in ents["methods"]]
    [('Conda', ['Column-Normalized Adam'], True)]
    """
    return Resolver(nlp, name, max_tasks=max_tasks)


def _described_module(doc: Doc, c: Cand) -> bool:
    """The head-noun phrase ``c`` is a module described by at least two words ("a noise reduction module", "a
    cross-scale fusion module"): a part of a design even when written once (audit m35: 6 of 8 such phrases the
    evidence rule dropped on the tuning sets were gold methods; "mechanism" was 4 of 13). Not one whose acronym
    follows in brackets (the acronym's long form has it), one saying what a name serves as ("X as a ... module") nor
    one set against the method ("Instead of ... via a ...").

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nA noise reduction module (NRM) helps. A noise reduction module helps. Unlike a "
    ...                  "noise reduction module, ours works.")
    >>> spans = ((3, 6), (12, 15), (19, 22))
    >>> [_described_module(doc, Cand(s, e, "METHOD", "head_method", "", 0.5)) for s, e in spans]
    [False, True, False]
    """
    low = lowers(doc)
    if c.end - c.start < 3 or low[c.end - 1] != "module" or c.end < len(low) and low[c.end] == "(":
        return False
    return not (_word_before_article(low, c.start) == "as"
                or CONTRAST_LEADS.intersection(low[sentence_of(doc, c.start)[0]:c.start]))


def _word_before_article(low: list[str], start: int) -> str:
    """The word before the "a"/"an" that opens the phrase at ``start``, past up to two modifiers the phrase left
    out ("as a general temporal modeling module" -> "as"); empty when no article is there.

    >>> low = "substantiate it as a general temporal modeling module".split()
    >>> _word_before_article(low, 5), _word_before_article("uses fusion modules".split(), 1)
    ('as', '')
    """
    k = start - 1
    while k > start - 3 and k > 0 and low[k].isalpha() and low[k] not in ("a", "an"):
        k -= 1
    return low[k - 1] if k > 0 and low[k] in ("a", "an") else ""
