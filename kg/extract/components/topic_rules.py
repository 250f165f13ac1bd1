"""The abstract's topic as a task: the phrase the abstract opens with ("... aims to"), the object of "advances in"
and of "the task of"."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from kg.extract.components.candidates import Cand, lowers, positions, texts, token_index
from kg.extract.components.goal_phrases import (GENERIC_HEADS, add_goal, gerund_lead, goal_end, goal_word, opening_cue,
                                                plural_word)
from kg.extract.components.context_label import TASK_FORMS
from kg.extract.components.name_shapes import HAS_ALNUM
from kg.extract.normalize import singular

__all__ = ["opening_topic", "task_of"]

_ADVANCE_NOUNS = frozenset("advances advancements progress developments breakthroughs".split())
def opening_topic(doc: Doc, cands: list[Cand]) -> None:
    """The topic the abstract opens with: a sentence-initial phrase that "aims to", "has emerged",
    "remains ..." ("Language-guided photo retouching aims to ..."), or the object of "advances in X"
    in the first two sentences ("Recent advancements in unpaired dehazing ...").

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(opening_topic, "T\\n\\nLanguage-guided photo retouching aims to edit photos. We study it.")
    ['photo retouching']
    """
    end = token_index(doc)["title_end"]
    low, txt = lowers(doc), texts(doc)
    sent_starts = doc.user_data.get("kg_sent_starts") or []
    first = bisect_left(sent_starts, end)
    starts = sent_starts[first:first + 3]  # the abstract's first two sentences and where the second ends
    while starts and starts[0] < len(doc) - 1 and not HAS_ALNUM.search(txt[starts[0]]):
        starts[0] += 1
    bounds = list(zip(starts, starts[1:] + [len(doc)]))[:2]
    for n, (s0, s1) in enumerate(bounds):
        s = s0 + (low[s0] == "the")
        e = s
        while e < min(s1 - 1, s + 6) and goal_word(low[e], txt[e]) and not opening_cue(low, e):
            e += 1
        spans = [(s, e)] if n == 0 and s < e < s1 - 1 and opening_cue(low, e) else []
        for i in positions(doc, _ADVANCE_NOUNS):
            if s0 <= i < s1 - 2 and low[i + 1] == "in":
                k = i + 2 + (low[i + 2] == "the")
                spans.append((k, goal_end(low, txt, k, s1)))
        for a, b in spans:
            if b > a and not (low[b - 1] in GENERIC_HEADS or singular(low[b - 1]) in GENERIC_HEADS):
                n_before = len(cands)
                add_goal(doc, cands, a, b, min_words=2, rule="opening_topic")
                if len(cands) > n_before and any(c.start < end and c.label in ("TASK", "AMBIG")
                                                 and low[c.end - 1] == low[cands[-1].end - 1] for c in cands):
                    cands.pop()  # the title already names a task with this head: "ECG interpretation"


def task_of(doc: Doc, cands: list[Cand]) -> None:
    """The object of "the task(s) of" in the abstract names a task even without a task head noun ("we
    address the task of video chaptering", "the task of frame extrapolation"); not a gerund's object ("the
    task of identifying ...") nor a plural ("the task of noisy labels"). ("the problem of X" was measured
    and left out: it names difficulties as often as tasks.)

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(task_of, "T\\n\\nWe address the task of video chaptering.")
    ['video chaptering']
    """
    end = token_index(doc)["title_end"]
    low, txt = lowers(doc), texts(doc)
    for i in positions(doc, TASK_FORMS):
        if end <= i < len(doc) - 2 and low[i + 1] == "of":
            s = i + 2 + (low[i + 2] == "the")
            e = goal_end(low, txt, s, len(doc))
            if e > s and not plural_word(low[e - 1]) and not gerund_lead(low[s]):
                add_goal(doc, cands, s, e, min_words=2, rule="task_of")
