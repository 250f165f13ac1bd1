"""``kg_resolve``: turn overlapping candidates into typed, merged entities with evidence."""

from __future__ import annotations

import re
from itertools import repeat
from operator import itemgetter

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.context import HEAD_RULES, title_end_of
from kg.extract.components.head_phrases import named_a_technique
from kg.extract.components.candidates import (Cand, cands_of, char_bounds, ensure_extensions, lowers,
                                               own_one_word_names, span_text, texts)
from kg.extract.components.keep_model import apply_keep_model
from kg.extract.components.name_shapes import hyphen_modified, own_lower_variants
from kg.extract.components.lexicon import DATASET_HEADS, acronym_stop, stop_keys
from kg.extract.normalize import entity_key, unaccented
from kg.extract.components.task_shapes import show_proper_words, task_case
from kg.extract.components.task_confidence import task_confidence
from kg.extract.components.task_forms import (acronym_forms, generation_forms, show_generation_names,
                                              unbracketed_forms)
from kg.extract.components.task_calibration import calibrate_tasks
from kg.extract.components.tasks import TOOL_HEADS, finish_tasks
from kg.extract.components.proposes import is_proposed
from kg.extract.proposed import proposal_windows
from kg.extract.components.misreadings import drop_misread, outside_urls
from kg.extract.components.list_context import technique_listed_as_method
from kg.extract.components.context_label import (benchmark_name, benchmarked, context_label, masked_objective,
                                                 modified_dataset_word_after, titled_as_data)
from kg.extract.components.naming_cues import titled_technique_clause
from kg.extract.components.not_methods import (described_data, described_part, description_only,
                                               describes_a_named_one, described_as_metric, language_names,
                                               listed_as_metric, metric_variant, modality_class,
                                               modality_part, named_as_task, names_a_claim, not_coined_name,
                                               score_metric, scored_as_metric, spelled_letter_word,
                                               unheaded_title_case)
from kg.extract.components.abbreviation_labels import abbrev_labels, abbrev_repeats
from kg.extract.components.span_reshaping import reshaped
from kg.extract.components.entity_names import (bracketed_long_forms, bracketed_task_names, coined_core_forms,
                                                drop_generic_wrappers, headed_forms, lead_forms, linked_long_forms,
                                                modified_forms, own_styled_name, pick_name, unwrapped_forms,
                                                vendor_forms, wider_long_forms, wrapper_forms)
from kg.extract.components.evidence import acts, enough_evidence
from kg.extract.components.selection import select, unsupported_heads_yield, with_known_bases
from kg.extract.components.records import entity_record
from kg.extract.components.entity_passes import (KNOWN_STRENGTH, drop_aliases_named_apart, drop_families_of_named_kinds,
                                                 drop_tasks_named_as_parts, merge_kind_worded_twins,
                                                 merge_spelled_long_forms, merge_undefined_acronyms,
                                                 merge_respelled_task_definitions,
                                                 methods_in_left_tasks, move_dataset_variants,
                                                 propagate_proposed, propose_siblings, propose_variants, sibling_names,
                                                 shared_tail_siblings, show_singular_acronyms, show_written_case,
                                                 split_modified_kinds, split_shared_versions,
                                                 type_dataset_siblings, unflag_cut_names)

__all__ = ["Resolver", "make_kg_resolve"]

_BASE_CONF = {"abbreviation": 0.85, "gazetteer": 0.9, "title_prefix": 0.8, "title_name": 0.7, "proposal_name": 0.75,
              "title_via": 0.65, "title_for": 0.75, "title_goal": 0.6, "opening_topic": 0.6, "capitalised": 0.6,
              "dataset_list": 0.6, "proposed_phrase": 0.6, "used_phrase": 0.6, "head_method": 0.5,
              "head_component": 0.5, "head_task": 0.55, "coined": 0.6, "task_of": 0.6, "role_name": 0.6}
_LIST_SEP = frozenset({",", "and", "or", "&", "/", "as", "well", "the", "both", "including", "e.g.", "i.e.", "("})
# a bare version, size or variant word is never a name by itself
_NAME_FRAGMENT = re.compile(r"^(?:[vV]\d+(?:\.\d+)*|Pro|Max|Plus|Lite|Mini|Base|Large|Small|Challenge|Leaderboard"
                            r"|Verified|Hard|Easy)$")
REPEAT_BONUS = 0.08  # confidence added per further mention
_LABEL_KEYS = {"METHOD": "methods", "DATASET": "datasets", "TASK": "tasks"}


class Resolver:
    """Merge candidates into entities: overlap removal, typing, alias merging, proposed flags.

    Sets ``doc._.kg_entities = {"methods": [...], "datasets": [...], "tasks": [...]}`` where each
    entity has name, aliases, proposed, key, confidence and mentions (document character offsets).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose a Shelf Fusion Miner (SFM), trained on ImageNet with a transformer.")
    >>> {kind: [(e["name"], e["aliases"], e["proposed"]) for e in ents]
    ...  for kind, ents in doc._.kg_entities.items()}  # doctest: +NORMALIZE_WHITESPACE
    {'methods': [('SFM', ['Shelf Fusion Miner'], True), ('transformer', [], False)],
     'datasets': [('ImageNet', [], False)], 'tasks': []}
    """

    def __init__(self, nlp: Language, name: str = "kg_resolve", *, max_tasks: int = 5):
        ensure_extensions()
        self.name = name
        self.max_tasks = max_tasks

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data["kg_entities"] = _resolve(doc, self.max_tasks)
        return doc


def _own_name_keys(doc: Doc, cands: list[Cand]) -> set[str]:
    """Keys of the names the paper gives its own work (title prefix, "we propose X"): such a name does not take
    its neighbours' type ("on the in-the-wild dataset 3DPW, PersPose achieves ...")."""
    return {entity_key(span_text(doc, c.start, c.end)) for c in cands if c.rule in ("title_prefix", "proposal_name")}


def _own_lower_variant(doc: Doc, text: str) -> bool:
    """``text`` is one of two or more lower-case variants of an own name ("FooGWM-long" beside "FooGWM-mview"): asked
    only of the few coined names :func:`not_coined_name` rejects, so the document's tokens are read for those alone."""
    return text in own_lower_variants(texts(doc), own_one_word_names(doc))


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


def _resolve(doc: Doc, max_tasks: int) -> dict:
    cands: list[Cand] = list(cands_of(doc))
    title_end = title_end_of(doc)
    abbr_labels, dropped = abbrev_labels(doc, cands)
    stops = stop_keys()
    cands = [c for c in cands if not (c.rule == "abbreviation" and c.group not in abbr_labels)]
    cands.extend(abbrev_repeats(doc, abbr_labels))
    cands = drop_generic_wrappers(doc, bracketed_task_names(doc, reshaped(doc, cands)))
    cands = outside_urls(doc, drop_misread(doc, cands))
    low = lowers(doc)
    tools, modified = set(), set()
    for c in cands:
        if c.rule == "proposed_phrase":
            # "we introduce prompt learning": a proposed phrase named after what a technique does is the technique,
            # not a task
            # so is one the sentence calls a technique: "we propose cache steering, a lightweight method", "we
            # introduce X as a pretraining strategy", "we introduce X, allowing ..." (not "as an auxiliary task")
            if low[c.end - 1] in TOOL_HEADS or named_a_technique(doc, c.start, c.end):
                tools.add((c.start, c.end))
            # "we develop a city-aware candidate mining strategy": the own name without its kind head wins
            if hyphen_modified(low, c.start, c.end):
                modified.add((c.start, c.end + 1))
        elif c.rule == "enum_part":
            tools.add((c.start, c.end))  # "components: 1) ...; 2) Multiview Alignment through ...": no task
    if tools or modified:
        cands = [c for c in cands if not (c.rule == "head_task" and (c.start, c.end) in tools
                                          or c.rule in HEAD_RULES and (c.start, c.end) in modified)]
    cands = unsupported_heads_yield(doc, cands, title_end)
    chosen = wider_long_forms(doc, cands, select(cands, len(doc)), abbr_labels)
    chosen = linked_long_forms(doc, bracketed_long_forms(doc, chosen), abbr_labels)
    chosen = with_known_bases(doc, cands, chosen)

    # a title phrase of either kind (AMBIG) that the abstract presents as the authors' name is a method:
    # "we propose X, which ..."
    proposal_names = {span_text(doc, c.start, c.end) for c in cands if c.rule == "proposal_name"}

    # type every chosen candidate: (label, strength)
    typed: list[tuple[Cand, str, int]] = []
    for c in chosen:
        if c.rule == "head_task" and (masked_objective(doc, c) or titled_technique_clause(doc, c)):
            typed.append((c, "METHOD", 1))
        elif c.rule == "head_method" and benchmarked(doc, c):
            typed.append((c, "TASK", 1))
        elif c.label == "TASK" and c.rule in ("gazetteer", "head_task") and technique_listed_as_method(doc, c):
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
                lab, strength = context_label(doc, c)
                as_data = lab == "DATASET" and (strength == 4 or c.start > 0 and low[c.start - 1] == "the"
                                                and modified_dataset_word_after(doc, c.end))
            typed.append((c, "DATASET", 4) if as_data else (c, c.label, KNOWN_STRENGTH))
        elif c.rule == "title_name" and c.start >= title_end and (read := context_label(doc, c))[0] == "DATASET":
            # "We introduce Quantum Frog, a two-player cooperative game": the abstract says what the title's name is
            typed.append((c, *read))
        elif c.label in ("METHOD", "DATASET", "TASK"):
            typed.append((c, c.label, 2 if c.rule == "title_for" else 1))
        elif c.label == "AMBIG":
            as_task = c.start < title_end and span_text(doc, c.start, c.end) not in proposal_names
            typed.append((c, "TASK" if as_task else "METHOD", 1))
        else:
            lab, strength = context_label(doc, c)
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
            if len(gap) > 3 or not _LIST_SEP.issuperset(gap) or closed and gap == [","]:
                break
            if (gap == [","] or "(" in gap) and acts(doc, typed[j + 1][0]):
                # "On COCO, CLIP prefers ...", "on ImageNet (e.g., ResNet-50 reaches 76%)": a name before its verb
                # opens a clause, it ends no list
                break
            closed = closed or "and" in gap or "or" in gap
            j += 1
        if j > i:
            members = typed[i:j + 1]
            after = low[members[-1][0].end] if members[-1][0].end < len(doc) else ""
            group_label, rules = _list_label(members, after)
            if group_label == "DATASET" and _data_list_frame(low, members[0][0].start, after):
                for k in range(i, j + 1):
                    if _known_method_among_data(doc, typed, k, i, j):
                        typed[k] = (typed[k][0], "DATASET", KNOWN_STRENGTH)
            if group_label:
                for k in range(i, j + 1):
                    c, lab, s = typed[k]
                    name = span_text(doc, c.start, c.end)
                    if (c.rule in rules and s < 3 and lab != "TASK" and entity_key(name) not in own
                            and not (group_label == "METHOD" and _EXAMPLE_COUNT.search(name))):
                        typed[k] = (c, group_label, max(s, 2 if c.rule == "list_member" else 1))
            else:
                sibling_names(doc, typed, i, j)
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
        if not key or len(key) < 2 or key in stops and not own_styled_name(c, text) or key in dropped:
            continue
        if c.rule == "coined" and (text.rstrip("s") in acronym_stop() or not_coined_name(text)
                                   and not _own_lower_variant(doc, text)
                                   or modality_class(text)) or c.rule == "dataset_list" and described_data(text):
            continue
        if c.rule in ("coined", "gazetteer") and label != "TASK" and spelled_letter_word(doc, c):
            continue
        # "Proximal Policy Optimization (PPO)": the acronym's group won the span, but its gazetteer group still joins;
        # so does a coined name's ("DiT" and "Diffusion Transformers" are one line of the list, one entity)
        idents = [f"key:{key}"]
        if c.group and c.group != idents[0]:
            idents.append(c.group)
        if not key.isascii():
            idents.append(f"key:{unaccented(key)}")  # "Samasāmayik" and "Samasamayik": one name, spelled twice
        if " " in key and label != "TASK":
            idents.append(f"key:{key.replace(' ', '')}")  # "OV-Fact" and "OVFact", "Grove MoE" and "GroveMoE": one name
        if "\\" in text:  # a Greek letter's command spelled out: "$\\Delta$Flow", "DeltaFlow" (the key reads "δflow")
            idents.append(f"key:{entity_key(text.replace(chr(92), '')).replace(' ', '')}")
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
        if not enough_evidence(doc, ment, windows, title_end):
            continue
        if description_only(doc, ment):
            continue
        if modality_part(doc, ment):
            continue
        label = max(ment, key=lambda m: (m[2], -m[0].start))[1]
        if label == "METHOD" and any(benchmark_name(span_text(doc, c.start, c.end)) for c, _, _ in ment):
            label = "DATASET"  # "a novel framework called FooBench", "Reasoning Bench (R-Bench)": a benchmark
        elif label == "METHOD" and titled_as_data(doc, [(c.start, c.end) for c, _, _ in ment]):
            label = "DATASET"  # "CURE: A Multimodal Benchmark for ...": the title says what its opening name is
        if label != "TASK" and language_names(doc, ment):
            continue
        if label == "METHOD" and unheaded_title_case(doc, ment, windows, title_end):
            continue
        forms: list[str] = []
        for c, _, _ in ment:
            t = " ".join(span_text(doc, c.start, c.end).split())
            for f in unbracketed_forms(t) if label == "TASK" else [t]:
                if f not in forms:
                    forms.append(f)
        name = pick_name(forms, label, ment, doc)
        if _NAME_FRAGMENT.match(name):
            continue  # "NAVSIM v1/v2", "ARC Easy/Challenge", "Gemini 3 Flash and Pro": the split-off tail of a name
        if label == "METHOD" and names_a_claim(name):
            continue  # (its flag need not be asked: a claim is no method even when proposed)
        # a method or dataset that is no name of one (a part, a metric, a task) goes before its aliases are made
        proposed = None if label == "TASK" else is_proposed(doc, ment, windows, title_end)
        if label == "METHOD" and (described_part(ment, name, proposed) or score_metric(doc, ment, name, proposed)
                                  or metric_variant(name, proposed) or named_as_task(doc, ment, name)
                                  or describes_a_named_one(doc, ment) or listed_as_metric(doc, ment, name, proposed)
                                  or described_as_metric(doc, ment)):
            continue
        if label != "TASK" and scored_as_metric(doc, ment, label, proposed):
            continue
        name_key = entity_key(name)
        if label == "METHOD":
            derived = (wrapper_forms(doc, ment) + unwrapped_forms(name) + modified_forms(doc, ment)
                       + vendor_forms(doc, ment))
        elif label == "TASK":
            derived = acronym_forms(doc, name) + generation_forms(name) + lead_forms(doc, ment)
        else:  # DATASET, the only other label (_LABEL_KEYS)
            derived = coined_core_forms(doc, ment) + headed_forms(doc, ment)
        # (form keyed, form shown): the surface forms first, then the forms derived from them, each key once
        aliases = []
        seen = {name_key}
        for f, shown in [(f, task_case(f) if label == "TASK" else f) for f in forms] + [(a, a) for a in derived]:
            fk = entity_key(f)
            if fk not in seen:
                seen.add(fk)
                aliases.append(shown)
        rules = [c.rule for c, _, _ in ment]
        conf = max(map(_BASE_CONF.get, rules, repeat(0.5))) + REPEAT_BONUS * (len(ment) - 1)
        if label == "TASK":
            conf = task_confidence(doc, ment, name, conf, title_end, goals)
        record = entity_record(doc, [c for c, _, _ in ment], name, aliases, round(min(conf, 0.99), 3),
                               max([s for _, _, s in ment]))
        if label != "TASK":
            record["proposed"] = proposed
            spans.append(([(c.start, c.end) for c, _, _ in ment], record, "gazetteer" in rules))
        out[_LABEL_KEYS[label]].append(record)

    type_dataset_siblings(out)
    drop_families_of_named_kinds(doc, out)
    move_dataset_variants(out)
    drop_tasks_named_as_parts(out, title_end)
    merge_kind_worded_twins(out["methods"])
    merge_kind_worded_twins(out["datasets"], data=True)
    drop_aliases_named_apart(out)
    propagate_proposed(doc, spans)
    propose_siblings(doc, spans)
    propose_variants(doc, spans)
    merge_spelled_long_forms(doc, out)
    merge_undefined_acronyms(out)
    unflag_cut_names(out, title_end)
    out["methods"] = split_modified_kinds(doc, out["methods"])
    for k in ("methods", "datasets"):
        out[k] = split_shared_versions(out[k])
    out["datasets"] = shared_tail_siblings(doc, out["datasets"])
    for k in out:
        out[k].sort(key=itemgetter("_first"))
    task_phrases = list(out["tasks"])
    finish_tasks(doc, out, max_tasks)
    merge_undefined_acronyms(out, ("tasks",))  # among the kept tasks: "QA" beside "question answering"
    merge_respelled_task_definitions(out["tasks"])
    out["methods"].extend(methods_in_left_tasks(doc, cands, task_phrases, out, windows, title_end))
    apply_keep_model(doc, out, title_end)
    title_chars = char_bounds(doc, 0, title_end)[1] if title_end else 0
    calibrate_tasks(out["tasks"], title_chars)
    show_proper_words(out["tasks"])
    show_generation_names(out["tasks"])
    show_written_case(out["methods"], title_chars)
    show_singular_acronyms(out["methods"])
    for k in out:
        for e in out[k]:
            del e["_first"]
            e.pop("_spans", None)
            e.pop("_strength", None)
    return out


_DATA_LIST_OPENERS = frozenset(("on", "across"))
_EXAMPLE_OPENERS = frozenset(("(", "as", "including"))


def _data_list_frame(low: list[str], start: int, after: str) -> bool:
    """A list starting at ``start`` (followed by the word ``after``) is framed as data: a dataset word after it or
    before it ("datasets (ADI, MBM, VGG)", "benchmarks such as MME, GQA"), or "on" / "across" before it ("On ARC and
    DART, ..."); not "for RAG and Math benchmarks", benchmarks for a technique.

    >>> low = "on arc and dart , datasets ( a , b ) , for rag and math benchmarks".split()
    >>> _data_list_frame(low, 1, ","), _data_list_frame(low, 7, ")"), _data_list_frame(low, 13, "benchmarks")
    (True, True, False)
    """
    before = low[start - 1] if start > 0 else ""
    if before == "for":
        return False
    if after in DATASET_HEADS or before in _DATA_LIST_OPENERS or before in DATASET_HEADS:
        return True
    k = start - 2 - (before == "as" and start > 2 and low[start - 2] == "such")
    return before in _EXAMPLE_OPENERS and k >= 0 and low[k] in DATASET_HEADS


def _known_method_among_data(doc: Doc, typed: list[tuple[Cand, str, int]], k: int, i: int, j: int) -> bool:
    """``typed[k]`` is a known method's name (written with a capital, not a modifier: "OLMo-based", "Claude's")
    whose list ``typed[i:j + 1]`` holds only datasets besides it: "On ARC (logic) and DART (math)" names data.

    >>> import spacy
    >>> doc = spacy.blank("en")("On ARC and DART , it wins .")
    >>> typed = [(Cand(1, 2, "DATASET", "gazetteer", "", 0.9), "DATASET", 3),
    ...          (Cand(3, 4, "METHOD", "gazetteer", "", 0.9), "METHOD", 3)]
    >>> _known_method_among_data(doc, typed, 1, 0, 1), _known_method_among_data(doc, typed, 0, 0, 1)
    (True, False)
    """
    c, lab, _ = typed[k]
    if c.rule != "gazetteer" or lab != "METHOD" or span_text(doc, c.start, c.end).islower():
        return False
    if c.end < len(doc) and lowers(doc)[c.end] in ("-", "'s", "’s"):
        return False
    return all(typed[m][1] == "DATASET" for m in range(i, j + 1) if m != k)


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
