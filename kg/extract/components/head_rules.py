"""Phrases ending in a head noun: methods and tasks by their head ("contrastive loss", "object detection"), a task
head after an acronym definition, bare "X-to-Y" pairs, and the parts of a method ("semantic alignment constraint")."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.components.candidates import Cand, abbrevs_of, doc_text, lowers, positions, texts
from kg.extract.components.sentences import sentence_starts
from kg.extract.components.context import based_at
from kg.extract.components.goal_phrases import (TASK_LEAD_STRIP, design_clause, lead_quality, modality_pair,
                                                training_verb, verb_after_subject)
from kg.extract.components.head_phrases import (COMPONENT_GENERIC, COMPONENT_HEADS, drop_leading_verbs, ends_modifiers,
                                                keep_compound_modifiers, known_task_variant, named_before,
                                                past_known_name, past_size_lead, split_compound_tail)
from kg.extract.components.lexicon import (DATASET_HEADS, FALLBACK_TASK_HEADS, GENERIC_MODIFIERS, METHOD_HEADS,
                                           TASK_HEADS, verbs)
from kg.extract.components.name_shapes import WORDISH, is_coined

__all__ = ["head_nouns", "defined_task_heads", "to_compounds", "components", "MAX_MODIFIERS"]

MAX_MODIFIERS = 4
"""How many modifiers a head-noun phrase takes at most (the ``kg_rules`` config ``max_modifiers``)."""
_BARE_TASKS = frozenset("""
classification regression segmentation detection recognition retrieval forecasting clustering recommendation
summarization translation interpretability reasoning planning navigation tracking captioning localization
inpainting denoising super-resolution outpainting upsampling autoformalization phonemization cybersecurity unlearning
trading
""".split())
# method heads whose everyday sense is the common one ("agent memory", "privacy policy"): no head-noun phrase
_EVERYDAY_HEADS = frozenset("memory memories policy policies".split())
_ALL_HEADS = (METHOD_HEADS | TASK_HEADS | FALLBACK_TASK_HEADS) - _EVERYDAY_HEADS
# generic words that still name a task setting: "open intent classification", "single image super-resolution"
_TASK_SETTING_WORDS = frozenset("open single".split())
_TASK_ACRO_MOD = re.compile(r"^(?:[A-Z]{2,5}s?|[1-4]D)$")
# the number of examples a "shot" setting is written with apart: "few shot classification", "zero shot retrieval"
_SHOT_COUNTS = frozenset("few zero one".split())


def shot_count(low_list: list[str], i: int) -> bool:
    """Word ``i`` counts the examples of a spaced "shot" setting ("few shot binary classification"): a stop word
    that stays in the task phrase.

    >>> shot_count("a few shot task".split(), 1), shot_count("a few tasks".split(), 1)
    (True, False)
    """
    return low_list[i] in _SHOT_COUNTS and i + 1 < len(low_list) and low_list[i + 1] == "shot"


def head_nouns(doc: Doc, cands: list[Cand], *, max_modifiers: int = MAX_MODIFIERS) -> None:
    """Modifiers + a head noun: a method ("contrastive loss") or a task ("object detection"), up to
    ``max_modifiers`` words; a known task's variant joins the task, a fallback task head is kept aside
    (``kg_fallback_tasks``), and a task word without modifiers counts alone unless punctuation comes before it ("COCO
    detection": "detection").

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(head_nouns, "T\\n\\nWe train with a focal loss for object detection.")
    ['focal loss', 'object detection']
    """
    low_list = lowers(doc)
    text_list = texts(doc)
    sent_starts = sentence_starts(doc)
    # a known dataset ends the modifiers: "COCO object detection" is the task on the dataset
    data_ends = {c.end for c in cands if c.rule == "gazetteer" and c.label == "DATASET"}
    for i in positions(doc, _ALL_HEADS):
        low = low_list[i]
        is_m = low in METHOD_HEADS
        fallback = low in FALLBACK_TASK_HEADS
        is_t = low in TASK_HEADS or fallback
        task_only = is_t and not is_m
        j = i
        k = 0
        acro = False
        while j > 0 and k < max_modifiers and j not in data_ends:
            pl = low_list[j - 1]
            pt = text_list[j - 1]
            if (task_only and not acro and j not in sent_starts and _TASK_ACRO_MOD.match(pt)
                    and pt not in ("AI", "ML", "DL")):
                # one acronym or "3D" may modify a task: "ECG interpretation", "monocular 3D estimation"
                j -= 1
                k += 1
                acro = True
                continue
            task_setting = task_only and pl in _TASK_SETTING_WORDS
            shots = task_only and j not in sent_starts and shot_count(low_list, j - 1)
            if not shots and (j in sent_starts or pl in GENERIC_MODIFIERS and not task_setting or ends_modifiers(pt)):
                break
            if design_clause(low_list, j - 1):
                break
            if pl in DATASET_HEADS and named_before(text_list, sent_starts, j - 1):
                break  # not "the Foo dataset achieving reasonable reconstruction": the name and its dataset word
            j -= 1
            k += 1
        variant = known_task_variant(low_list, cands, j, i) if task_only and not fallback else None
        if variant is not None:
            # a known task's variant: one entity with the task's other mentions, which become aliases
            cands.append(Cand(j, i + 1, "TASK", "gazetteer", variant, 0.9))
            continue
        j, k = keep_compound_modifiers(low_list, text_list, cands, j, k, i) if is_m and not is_t else (
            drop_leading_verbs(low_list, j, k))
        j, k = past_size_lead(low_list, j, k)
        if k > 0 and task_only and training_verb(low_list, j, i + 1):
            j, k = j + 1, k - 1  # "training segmentation models": the models are trained for segmentation
        if k > 1 and (verb_after_subject(low_list, text_list, j) or split_compound_tail(text_list, j)):
            j, k = j + 1, k - 1
        # a task keeps its core: "lossless training acceleration" -> "training acceleration"
        while k > 0 and is_t and (TASK_LEAD_STRIP.match(low_list[j])
                                  or k > 1 and lead_quality(low_list[j])):
            j += 1
            k -= 1
        if fallback:  # kept aside, not a candidate: the task only when there is no other (see finish_tasks)
            if k:
                doc.user_data.setdefault("kg_fallback_tasks", []).append((j, i + 1))
            continue
        if k == 0:
            if low in _BARE_TASKS and i > 0 and any(map(str.isalnum, text_list[i - 1])):
                cands.append(Cand(i, i + 1, "TASK", "head_task", "", 0.4))
            continue
        label = "TASK" if task_only else "METHOD"
        if is_t and is_m:
            label = "AMBIG"
        cands.append(Cand(j, i + 1, label, "head_task" if label == "TASK" else "head_method", "", 0.5))


def defined_task_heads(doc: Doc, cands: list[Cand]) -> None:
    """A task head right after an acronym definition names the task with the long form: "out-of-distribution
    (OOD) detection", "human-object interaction (HOI) detection" (the resolver names it without the brackets).

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(defined_task_heads, "T\\n\\nWe study out-of-distribution (OOD) detection.")
    ['out-of-distribution (OOD) detection']
    """
    low, txt = lowers(doc), texts(doc)
    for s0, s1, l0, l1 in abbrevs_of(doc):
        if not (s0 == l1 + 1 and low[l1] == "(" and s1 + 1 < len(doc) and low[s1] == ")"
                and low[s1 + 1] in TASK_HEADS and low[s1 + 1] not in METHOD_HEADS):
            continue
        short, head = low[s0:s1], low[s1 + 1]
        n = len(short)
        # a capitalised or known long form names a technique of its own ("Chain-of-Thought (CoT) reasoning",
        # "Event-based Double Integral (EDI) deblurring"), and so does an acronym written without the head
        if (any(ch.isupper() for t in txt[l0 + 1:l1] + [txt[l0][1:]] for ch in t)
                or any(c.rule == "gazetteer" and c.start < l1 and l0 < c.end
                       or c.start == s0 and c.label == "METHOD" for c in cands)
                or any(k + n == len(doc) or low[k + n] != head for k in range(s1 + 2, len(doc) - n + 1)
                       if low[k] == short[0] and low[k:k + n] == short)):
            continue
        cands.append(Cand(l0, s1 + 2, "TASK", "head_task", "", 0.5))


def to_compounds(doc: Doc, cands: list[Cand]) -> None:
    """A bare "X-to-Y" modality pair names a task ("text-to-SQL", "text-to-image diffusion models");
    followed by a task head it is already a modifier ("text-to-image generation").

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(to_compounds, "T\\n\\nWe study text-to-SQL with LLMs.")
    ['text-to-SQL']
    """
    if "-to-" not in doc_text(doc).lower():  # a token holding it lies in the text (most abstracts have none)
        return
    low_list = lowers(doc)
    for i in [i for i, low in enumerate(low_list) if "-to-" in low]:
        low = low_list[i]
        nxt = low_list[i + 1] if i + 1 < len(doc) else ""
        if modality_pair(low) and nxt not in TASK_HEADS:
            cands.append(Cand(i, i + 1, "TASK", "head_task", "", 0.5))


def components(doc: Doc, cands: list[Cand], *, max_modifiers: int = MAX_MODIFIERS) -> None:
    """Modifiers + a part-of-a-method noun: "coarse-to-fine tokenization strategy", "semantic alignment
    constraint". The resolver keeps them only where the authors describe their own method.

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(components, "T\\n\\nWe add a coarse-to-fine tokenization strategy.")
    ['coarse-to-fine tokenization strategy']
    """
    low_list, text_list = lowers(doc), texts(doc)
    sent_starts = sentence_starts(doc)
    verb_set = verbs()
    for i in positions(doc, COMPONENT_HEADS):
        j, k = i, 0
        while j > 0 and k < max_modifiers and j not in sent_starts:
            pl, pt = low_list[j - 1], text_list[j - 1]
            if j > 2 and based_at(low_list, j - 2) and WORDISH.match(text_list[j - 3]):
                j -= 3  # "curriculum-based integration strategy"
                k += 1
                continue
            if (pl in GENERIC_MODIFIERS or pl in STOP_WORDS or pl in verb_set
                    or not (WORDISH.match(pt) or is_coined(pt) or pt[:1].isdigit() and "-" in pt)):
                break
            j -= 1
            k += 1
        j, k = drop_leading_verbs(low_list, j, k, text_list)
        j, k = past_size_lead(low_list, j, k)
        j, k = past_known_name(cands, j, k, i)
        if k >= 2 and low_list[i - 1] not in COMPONENT_GENERIC:
            cands.append(Cand(j, i + 1, "METHOD", "head_component", "", 0.5))
