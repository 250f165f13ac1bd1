"""The title's names and tasks: the task after "for", the name before the colon ("Name: ...") and its repeats, a
technique name opening the title and written again in the abstract, goal phrases and kinds of agent."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lang.lex_attrs import is_punct  # (no lexeme attribute: the pipeline sets only LOWER on new words)
from spacy.tokens import Doc

from kg.extract.components.candidates import Cand, lowers, texts, token_index
from kg.extract.components.context import MEANS_PREPS, METHOD_CUES, opens_defined_long_form
from kg.extract.components.goal_phrases import (GENERIC_HEADS, ING_KEEP, LEAD_DROP, NOMINAL, TASK_LEAD_STRIP, add_goal,
                                                agent_kind, goal_end, goal_word, past_aspect, purpose_goal,
                                                technique_basis)
from kg.extract.components.head_phrases import ADJ_COMPOUND, indices
from kg.extract.components.lexicon import (DATASET_HEADS, GENERIC_MODIFIERS, METHOD_HEADS, METRIC_HEADS, TASK_HEADS,
                                           verbs)
from kg.extract.components.name_shapes import HAS_ALNUM, WORDISH, coined_gerund, is_coined
from kg.extract.normalize import singular
from kg.extract.proposed import PROPOSE_VERBS, TITLE_SEPARATORS, proposal_windows

__all__ = ["title_for", "title_prefix", "title_name", "title_goals", "title_agents"]

_TASK_HEADS_OR_LEARNING = TASK_HEADS | {"learning"}
_TITLE_STOP = {":", "via", "with", "using", "by", "through", "from", "under", "?", "!", ".", "and", "—", "–"}
# what a paper calls itself in a title prefix: "X 2025 Challenge Report: ...", "Y Survey: ..."
_DOCUMENT_WORDS = frozenset("report survey review overview tutorial primer perspective position".split())
_TITLE_NAME_STOP = frozenset("for via with using through in on by from under to of and "
                             ": ? ! — – -- ( , at as".split())
# a title opening "X in / of / and / as / at / from / on / , ..." names a topic of study ("Acquiescence Bias in
# LLMs", "Atomic Thinking of LLMs", "Look Less, Reason More"), not a technique the paper proposes
_TITLE_TOPIC_LINKS = frozenset("in of and as at from on ,".split())
_STUDY_NOUNS = frozenset("analysis study survey review evaluation investigation comparison assessment".split())
_SOLVE_VERBS = frozenset("""
address addressing tackle tackling mitigate mitigating alleviate alleviating overcome overcoming combat combating
solve solving resolve resolving handle handling
""".split())
_STUDY_VERBS = frozenset("""
benchmarking evaluating rethinking revisiting improving enhancing advancing accelerating boosting
""".split())
_PURPOSE = frozenset("for towards toward".split())


def title_for(doc: Doc, cands: list[Cand]) -> None:
    """The task a title phrase after "for" / "towards" names when it ends in a task head or "learning"
    ("Contrastive Pretraining for Medical Image Segmentation").

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(title_for, "Contrastive Pretraining for Medical Image Segmentation\\n\\nWe train.")
    ['Medical Image Segmentation']
    """
    # the title is the first sentence (the pipeline joins title and abstract with a blank line)
    end = token_index(doc)["title_end"]
    low_list, text_list = lowers(doc), texts(doc)
    for ti in range(end):
        if low_list[ti] in ("for", "towards", "toward") and ti + 1 < end:
            k = ti + 1
            while k < end and low_list[k] not in _TITLE_STOP and low_list[k] != "for":
                k += 1
            start = ti + 1
            while start < k and not opens_defined_long_form(doc, start, k) and (
                    low_list[start] in GENERIC_MODIFIERS or low_list[start] in verbs()
                    or not text_list[start].isalpha() and "-" not in text_list[start]
                    or LEAD_DROP.match(low_list[start]) and low_list[start] not in ING_KEEP
                    or TASK_LEAD_STRIP.match(low_list[start])):
                start += 1
            start = past_aspect(low_list, start, k)
            start = _past_technique_basis(low_list, start, k)
            if (0 < k - start <= 6 and low_list[k - 1] in _TASK_HEADS_OR_LEARNING
                    and all(WORDISH.match(x) or is_coined(x) for x in text_list[start:k])):
                cands.append(Cand(start, k, "TASK", "title_for", "", 0.8))


def _past_technique_basis(low: list[str], start: int, end: int) -> int:
    """Past a technique basis that opens the title phrase ``start..end`` ("for DETR Based Caries Detection", "for
    LLM-based Code Review"): the tool the paper uses, not a kind of the task (spec: a tool used is a method).

    >>> _past_technique_basis("for detr based caries detection".split(), 1, 5), _past_technique_basis(
    ...     "for skeleton - based action recognition".split(), 1, 6)
    (3, 1)
    """
    for width in (2, 3):  # "DETR Based", "DETR - based"
        if (start + width < end and low[start + width - 1] == "based" and technique_basis(low[start])
                and (width == 2 or low[start + 1] == "-")):
            return start + width
    return start


def title_prefix(doc: Doc, cands: list[Cand]) -> None:
    """The name before a title's colon ("MSRNet: ..."), and its repeats in the abstract; a task phrase there
    ("AI-Generated Image Detection: An Empirical Study") is the topic, and "... Challenge Report:" the paper itself.

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(title_prefix, "MSRNet: Recursive Networks for Deblurring\\n\\nWe present MSRNet.")
    ['MSRNet', 'MSRNet']
    """
    end = token_index(doc)["title_end"]
    text_list = texts(doc)
    # "Name: what it does" -> the name (the token strings are scanned: building Tokens is slower)
    for i in range(1, min(end, 6)):
        if text_list[i] in TITLE_SEPARATORS:
            span = doc[:i]
            if span[-1].lower_ in _DOCUMENT_WORDS:
                break  # "PVUW 2025 Challenge Report: ...": the paper itself, not a method it names
            if (len(span) == 1 or any(is_coined(x.text) for x in span) or span[-1].lower_ in METHOD_HEADS
                    or singular(span[-1].lower_) in ("optimizer", "benchmark", "dataset", "corpus")):
                # "Revisiting: ...", "Fact-checking ...: ..." open with a gerund; "Semantic-Clipping: ...",
                # "ROSA-Tuning: ..." are names
                if (span[0].lower_ not in GENERIC_MODIFIERS and not (span[0].lower_.endswith("ing")
                                                                     and not coined_gerund(span[0].text))
                        and not any(x.lower_ in STOP_WORDS or is_punct(x.text) and x.text not in "-+"
                                    for x in span)):
                    if len(span) > 1 and span[-1].lower_ in TASK_HEADS and span[-1].lower_ not in METHOD_HEADS:
                        # "AI-Generated Image Detection: An Empirical Study": the topic, not a name
                        cands.append(Cand(0, i, "TASK", "title_for", "", 0.8))
                        break
                    cands.append(Cand(0, i, "NAME", "title_prefix", "", 0.8))
                    _repeats(doc, cands, i, end)
            break


def _repeats(doc: Doc, cands: list[Cand], n: int, title_end: int) -> None:
    """Later mentions of the title's name ("Video-Oasis: ..." then "we provide Video-Oasis, a suite")."""
    text_list = texts(doc)
    name = text_list[:n]
    for i in indices(text_list, name[0], title_end, len(doc) - n + 1):
        if text_list[i:i + n] == name:
            cands.append(Cand(i, i + n, "NAME", "title_repeat", "", 0.7))


def title_name(doc: Doc, cands: list[Cand]) -> None:
    """A title that opens with a technique's name ("Discrete Key-Value Bottleneck", "Offline Semantic
    Guidance for ...") written again in the abstract names what the paper proposes: the title span
    and each repeat become ``title_name`` candidates.

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(title_name, "Discrete Key-Value Bottleneck\\n\\nWe propose a discrete key-value bottleneck "
    ...                      "for continual learning.")
    ['Discrete Key-Value Bottleneck', 'discrete key-value bottleneck']
    """
    end = token_index(doc)["title_end"]
    low_list, text_list = lowers(doc), texts(doc)
    k = 0
    while k < end and low_list[k] not in _TITLE_NAME_STOP:
        k += 1
    words = [w for w in text_list[:k] if w != "-"]
    if not 2 <= len(words) <= 5 or (k < end and low_list[k] in ("-", "?", "!")):
        return
    first, last = low_list[0], low_list[k - 1]
    if (first in STOP_WORDS or first in GENERIC_MODIFIERS or first in verbs() or LEAD_DROP.match(first)
            and first not in ING_KEEP or not text_list[0][:1].isupper()
            or singular(last) in GENERIC_HEADS or last in DATASET_HEADS or last in METRIC_HEADS
            or last in TASK_HEADS and last not in METHOD_HEADS or ADJ_COMPOUND.match(text_list[k - 1])
            or last == "based" or any(w in DATASET_HEADS or w.startswith("benchmark") for w in low_list[k:end])
            or not all(WORDISH.match(w) or is_coined(w) for w in text_list[:k] if w != "-")):
        return
    if not proposal_windows(doc):
        return
    name = low_list[:k]
    n = len(name)
    stem = singular(name[-1])
    repeats = [i for i in indices(low_list, first, end, len(doc) - n + 1)
               if low_list[i:i + n - 1] == name[:-1] and singular(low_list[i + n - 1]) == stem]
    if not repeats or _topic_of_study(low_list, k, end) and not any(_named_technique(low_list, i, n) for i in repeats):
        return
    for i in [0] + repeats:
        cands.append(Cand(i, i + n, "METHOD", "title_name", "", 0.7))


def _topic_of_study(low_list: list[str], k: int, title_end: int) -> bool:
    """The title's opening phrase (ending before ``k``) ends at a link word that makes it the topic studied
    ("Acquiescence Bias in ...", "Meme Similarity and Emotion Detection ..."), unless a method word heads it
    ("Contrastive Distillation of ...", "Collaborative Attention and ...").

    >>> _topic_of_study("acquiescence bias in llms".split(), 2, 4), _topic_of_study("foo net :".split(), 2, 3)
    (True, False)
    >>> _topic_of_study("contrastive distillation of llms".split(), 2, 4)
    False
    """
    return k < title_end and low_list[k] in _TITLE_TOPIC_LINKS and singular(low_list[k - 1]) not in METHOD_HEADS


def _named_technique(low_list: list[str], i: int, n: int) -> bool:
    """The abstract's repeat of ``n`` words at ``i`` is the whole of what the paper introduces ("we introduce security
    tensors - trainable ...", not "we introduce Shelf Drift Reasoning") or heads a method word ("a multi-task
    pre-finetuning framework", "the ... purification methods").

    >>> _named_technique("we introduce shelf tensors ,".split(), 2, 2), _named_technique("of shelf bias".split(), 1, 2)
    (True, False)
    >>> _named_technique("we introduce shelf tensors reasoning".split(), 2, 2)
    False
    """
    after = low_list[i + n] if i + n < len(low_list) else "."
    return i > 0 and low_list[i - 1] in PROPOSE_VERBS and not after[:1].isalnum() or after in METHOD_CUES


def title_goals(doc: Doc, cands: list[Cand]) -> None:
    """Title phrases in a goal slot name a task even without a task head noun: the phrase a means
    follows ("Knowledge Composition using ...", "Name: Direct Space Partition via ..."), the object of
    a study noun ("An Empirical Analysis of Feature Engineering") or of a problem verb ("to Address
    Class Imbalance"), and the setting after "for X in" ("for Object Identification in Robotic
    Grasping").

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(title_goals, "An Empirical Analysis of Feature Engineering\\n\\nWe study it.")
    ['Feature Engineering']
    """
    end = token_index(doc)["title_end"]
    low, txt = lowers(doc), texts(doc)
    seen_for = False
    for i in range(end - 1):
        w = low[i]
        start = -1
        if w in MEANS_PREPS and i > 0:
            s = i
            while s > 0 and goal_word(low[s - 1], txt[s - 1]):
                s -= 1
            if s < i and (s == 0 or low[s - 1] == ":"):
                if s == 0 and any(c.rule == "title_name" and c.start == 0 and c.end == i for c in cands):
                    # "Knowledge Composition using Task Vectors": what is done, not the technique's name
                    cands[:] = [c for c in cands if c.rule != "title_name"]
                add_goal(doc, cands, s, i)
        elif w in _STUDY_NOUNS and low[i + 1] in ("of", "on"):
            start = i + 2
        elif w in _SOLVE_VERBS:
            start = i + 1
        elif w in _STUDY_VERBS and (i == 0 or low[i - 1] == ":"):
            # "KV-CoRE: Benchmarking Data-Dependent Low-Rank Compressibility of ..."
            add_goal(doc, cands, i + 1, goal_end(low, txt, i + 1, end), min_words=2)
        elif w in _PURPOSE:
            purpose_goal(doc, cands, i + 1, end)
        elif w == "in" and seen_for and low[i - 1] not in STOP_WORDS:
            start = i + 1
            if not NOMINAL.search(low[goal_end(low, txt, start + (low[start] == "the"), end) - 1]):
                start = -1
        if w == "for":
            seen_for = True
        elif w in STOP_WORDS or not (w.isalnum() or HAS_ALNUM.search(w)):  # (one C call for most words)
            seen_for = seen_for and w == "-"
        if start > 0:
            if start < end and low[start] == "the":
                start += 1
            add_goal(doc, cands, start, goal_end(low, txt, start, end))


def title_agents(doc: Doc, cands: list[Cand]) -> None:
    """A title naming a kind of agent ("for GUI Agents", "Benchmarking General-Purpose Agents") names the
    application the paper serves, a task; not a bare or generic one ("LLM Agents", "A Unified Visual Agent")
    nor the means or the one agent the paper builds ("via a Meta Agent").

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(title_agents, "Benchmarking General-Purpose Agents\\n\\nWe study it.")
    ['General-Purpose Agents']
    """
    end = token_index(doc)["title_end"]
    low, txt = lowers(doc), texts(doc)
    for i in range(1, end):
        if low[i] not in ("agent", "agents") or i + 1 < end and low[i + 1] in TASK_HEADS:
            continue
        j = i
        while j > 0 and i - j < 3 and agent_kind(low[j - 1], txt[j - 1]):
            j -= 1
        if j < i and (j == 0 or low[j - 1] not in MEANS_PREPS and low[j - 1] not in ("a", "an")):
            cands.append(Cand(j, i + 1, "TASK", "title_agent", "", 0.8))
