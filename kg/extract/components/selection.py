"""The overlap selection: which overlapping candidates stand (the longest, then the highest-priority rule), head
phrases that yield to the known name they end in, and known names kept inside the paper's own phrases."""

from __future__ import annotations

from operator import attrgetter

from spacy.tokens import Doc

from kg.extract.components.candidates import Cand, SpanReach, lowers, span_text, texts
from kg.extract.components.context import HEAD_RULES, is_coined_variant
from kg.extract.components.evidence import enough_evidence
from kg.extract.components.head_phrases import PART_WRAPPERS
from kg.extract.components.name_shapes import hyphen_modified
from kg.extract.normalize import entity_key
from kg.extract.proposed import proposal_windows

__all__ = ["unsupported_heads_yield", "select", "with_known_bases"]

_START = attrgetter("start")  # a candidate's first token (a sort key)
_PRIORITY = {"abbreviation": 5, "gazetteer": 4, "title_prefix": 3.5, "title_name": 3.4, "proposal_name": 3.2,
             "title_for": 3, "title_goal": 2.1, "opening_topic": 2.05, "title_via": 2.5, "capitalised": 2.2,
             "dataset_list": 2.3, "proposed_phrase": 1.8, "used_phrase": 2.05, "list_member": 0.5, "scored_on": 0.6,
             "head_method": 2, "head_component": 1.9, "head_task": 2, "coined": 1, "role_name": 2.2}


def unsupported_heads_yield(doc: Doc, cands: list[Cand], title_end: int) -> list[Cand]:
    """A head-noun phrase outside the title that the evidence test would drop gives way to a known method name
    it ends in, or that ends right before its layer/module word: "a recursive goal-conditioned transformer"
    (said once) still names the Transformer, "parallel cross-attention layers" cross-attention, "coupled with a
    knowledge distillation strategy" knowledge distillation. (A title phrase
    keeps its name: "Adaptive Transformer Attention for ..." is a description, not a use of attention.)

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nIt relies on a recursive shelf transformer for robots.")
    >>> i = lowers(doc).index("recursive")
    >>> cands = [Cand(i, i + 3, "METHOD", "head_method", "", 0.5), Cand(i + 2, i + 3, "METHOD", "gazetteer", "g", 1.0)]
    >>> [span_text(doc, c.start, c.end) for c in unsupported_heads_yield(doc, cands, title_end=2)]
    ['transformer']
    >>> [span_text(doc, c.start, c.end) for c in unsupported_heads_yield(doc, cands, title_end=len(doc))]
    ['recursive shelf transformer', 'transformer']
    """
    last_start: dict[int, int] = {}  # end -> the latest start of a known method name ending there
    for g in cands:
        if g.rule == "gazetteer" and g.label == "METHOD" and g.start > last_start.get(g.end, -1):
            last_start[g.end] = g.start
    if not last_start:
        return cands
    low = lowers(doc)
    heads = [c for c in cands if c.rule in HEAD_RULES and c.start >= title_end
             and (last_start.get(c.end, -1) > c.start
                  or low[c.end - 1] in PART_WRAPPERS and last_start.get(c.end - 1, -1) >= c.start)]
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
        if not enough_evidence(doc, [(x, "METHOD", 0) for x in same], windows, title_end):
            drop.add(id(c))
    return [c for c in cands if id(c) not in drop]


def select(cands: list[Cand], n: int) -> list[Cand]:
    """Keep the longest, then highest-priority, non-overlapping candidates (of a document of ``n`` tokens).

    Examples
    --------
    >>> cands = [Cand(0, 2, "METHOD", "head_method", "", 0.5), Cand(1, 2, "METHOD", "gazetteer", "gaz:a", 1.0),
    ...          Cand(3, 4, "NAME", "coined", "", 0.5), Cand(3, 4, "METHOD", "gazetteer", "gaz:b", 1.0)]
    >>> [(c.start, c.end, c.rule) for c in select(cands, 5)]
    [(0, 2, 'head_method'), (3, 4, 'gazetteer')]
    """
    order = sorted(cands, key=lambda c: (-(c.end - c.start), -_PRIORITY.get(c.rule, 0), c.start))
    taken = bytearray(n)  # 1 = token already in a kept candidate
    out = []
    for c in order:
        if 1 in taken[c.start:c.end]:
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        out.append(c)
    return sorted(out, key=_START)


def with_known_bases(doc: Doc, cands: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """``chosen`` plus the known methods inside a kept own phrase with a hyphenated modifier: "we develop a
    Mamba-based context encoder" names the paper's encoder and uses Mamba; "we propose a physics-informed diffusion
    model" (a lower-case variant of a known method) uses a diffusion model.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe develop a Mamba-based shelf encoder.")
    >>> mamba = lowers(doc).index("mamba")
    >>> mamba_c = Cand(mamba, mamba + 1, "METHOD", "gazetteer", "gaz:mamba", 1.0)
    >>> own = Cand(mamba, len(doc) - 1, "METHOD", "proposed_phrase", "", 0.5)
    >>> [c.rule for c in with_known_bases(doc, [own, mamba_c], [own])], [c.rule for c in with_known_bases(
    ...     doc, [own, mamba_c], [own._replace(rule="head_method")])]
    (['proposed_phrase', 'gazetteer'], ['head_method'])
    """
    low, tx = lowers(doc), texts(doc)
    spans = [(c.start, c.end) for c in chosen if c.rule == "proposed_phrase" and hyphen_modified(low, c.start, c.end)
             or is_coined_variant(c) and low[c.start] == tx[c.start]]  # "a physics-informed diffusion model"
    if not spans:
        return chosen
    outer = SpanReach(spans)
    inner = [c for c in cands if c.rule == "gazetteer" and c.label == "METHOD" and _inside_longer(outer, c)]
    # the longest known name written inside: "direct preference optimization", not "preference optimization" too
    longest = SpanReach((x.start, x.end) for x in inner)
    inner = [c for c in inner if not _inside_longer(longest, c)]
    return sorted(chosen + inner, key=_START) if inner else chosen


def _inside_longer(spans: SpanReach, c: Cand) -> bool:
    """The candidate ``c`` lies inside a longer one of ``spans``: one that covers it and starts before it or ends
    after it (looked up, not a loop over the spans per candidate: quadratic in a hostile abstract).

    >>> _inside_longer(SpanReach([(2, 5)]), Cand(3, 5, "METHOD", "gazetteer", "", 0.9))
    True
    >>> _inside_longer(SpanReach([(3, 5)]), Cand(3, 5, "METHOD", "gazetteer", "", 0.9))
    False
    """
    return spans.covers(c.start - 1, c.end) or spans.covers(c.start, c.end + 1)
