"""Whether an unknown name has enough evidence to be kept: its rules, mentions, context and shape."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.components.context import (ALLCAPS, HEAD_RULES, LIST_JOINS, after_contrast, only_rules,
                                           plural_head)
from kg.extract.components.candidates import Cand, cands_of, lowers, span_text, texts
from kg.extract.components.name_shapes import is_coined
from kg.extract.components.lexicon import (GENERIC_MODIFIERS, METHOD_HEADS, TASK_HEADS, TECHNIQUE_HEADS,
                                           model_class_acronym, present_verb, verbs)
from kg.extract.components.naming_cues import described_second_name, first_cand_in
from kg.extract.components.own_parts import own_component
from kg.extract.components.proposes import is_proposed
from kg.extract.proposed import apposed_own_name, proposed_here
from kg.extract.components.list_context import LIST_INTRO
from kg.extract.components.sentences import sentence_starts
from kg.extract.components.context_label import BILLIONS
from kg.extract.components.not_methods import LOST

__all__ = ["enough_evidence", "acts"]

# capitalised words of ML writing no head or verb list has: "Warmup", "Uniform", "Independent", "Hessian"
# (not head_phrases._PLAIN_WORDS, the shape of a plain capitalised word)
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


def enough_evidence(doc: Doc, ment, windows, title_end: int) -> bool:
    """Noun phrases found only by a head-noun rule need support: repetition, a title mention,
    a capitalised (named) modifier, or the first slot after "we propose".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe apply shelf pruning. Shelf pruning is fast. We apply rack strategies.")
    >>> low = lowers(doc)
    >>> shelf = [Cand(i, i + 2, "METHOD", "head_method", "", 0.5) for i, w in enumerate(low) if w == "shelf"]
    >>> rack = low.index("rack")
    >>> enough_evidence(doc, [(c, "METHOD", 0) for c in shelf], [], 2), enough_evidence(
    ...     doc, [(Cand(rack, rack + 2, "METHOD", "head_method", "", 0.5), "METHOD", 0)], [], 2)
    (True, False)
    """
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
        if (max(s for _, _, s in ment) == 0 and ALLCAPS.match(text)
                and not _variant_of_name(doc, text) and not BILLIONS.search(text)
                and not (len(ment) == 1 and len(text) > 2 and (apposed_own_name(doc, c.start, c.end)
                                                               or described_second_name(doc, c, windows)))
                and (len(ment) == 1 or len(text) <= 2
                     or not any(_comma_listed(doc, m) or proposed_here(doc, m.start) or acts(doc, m)
                                for m, _, _ in ment)
                     and not is_proposed(doc, ment, windows, title_end))):
            return False
    if rules == {"head_component"} or rules == {"head_component", "head_method"}:
        return any(own_component(doc, c) for c, _, _ in ment)
    if not only_rules(ment, ("head_method",)):
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
    if low[c.end - 1] in TECHNIQUE_HEADS or c.start > 0 and low[c.start - 1] == "via":
        return True  # "structured pruning", "via token-level reweighting": a technique applied, not a part
    if _a_loss_function(low, c.start, c.end):
        return True
    if _described_module(doc, c):
        return True
    sent_starts = sentence_starts(doc)
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
    return nxt[:1].isupper() and not model_class_acronym(nxt)


def acts(doc: Doc, c: Cand) -> bool:
    """The mention is the subject of a present-tense verb: "FLARE incorporates ...", "QZV achieves ..." (not
    the tail of a longer name: "Spectral NSR achieves ...").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nShelfNet incorporates cues. The Spectral RackNet achieves more.")
    >>> shelf, rack = lowers(doc).index("shelfnet"), lowers(doc).index("racknet")
    >>> acts(doc, Cand(shelf, shelf + 1, "NAME", "coined", "", 0.5)), acts(doc, Cand(rack, rack + 1, "NAME", "coined",
    ...                                                                             "", 0.5))
    (True, False)
    """
    return (c.end < len(doc) and present_verb(lowers(doc)[c.end])
            and not (c.start > 0 and texts(doc)[c.start - 1][:1].isupper()))


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
            or after == "," and (before in LIST_JOINS or before in LIST_INTRO or before == "("))


_LOSS_AFTER = frozenset("function functions term terms in of".split())


def _a_loss_function(low: list[str], start: int, end: int) -> bool:
    """One loss introduced with an article: "a boundary-aware loss", "an auxiliary consistency loss" (not "a
    negligible loss", "an information loss", "a partial loss in ...": an amount lost; nor "a hybrid loss
    function": a description)."""
    return (low[end - 1] == "loss" and start > 0 and low[start - 1] in ("a", "an") and low[start] not in LOST
            and not low[start].endswith(("ible", "able")) and (end == len(low) or low[end] not in _LOSS_AFTER))


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


def _described_module(doc: Doc, c: Cand) -> bool:
    """The head-noun phrase ``c`` is a module described by at least two words ("a noise reduction module", "a
    cross-scale fusion module"): a part of a design even when written once (audit m35: 6 of 8 such phrases the
    evidence rule dropped on the tuning sets were gold methods; "mechanism" was 4 of 13). Not one whose acronym
    follows in brackets (the acronym's long form has it), one saying what a name serves as ("X as a ... module") or
    is ("GeoNet, a lightweight fusion module": the name is the entity; 10k review rv23: 5 of 64 kept phrases) nor
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
    article = _article_before(low, c.start)
    before = low[article - 1] if article > 0 else ""
    return not (before == "as" or before == "," and _coined_before(doc, article - 1)
                or after_contrast(doc, c.start))


def _coined_before(doc: Doc, comma: int) -> bool:
    """A coined name ends right before the comma at ``comma``, maybe inside LaTeX or before a bracket:
    "GeoNet, a ...", "\\textit{GeoNet}, a ...", "GeoNet (GN), a ..." (not "Specifically, a ..."). Narrower than
    ``own_parts._describes_name_before``, which also takes a list's previous item ("integrates a feature extractor, a
    feature enhancement module, ...": on the 10k abstracts that dropped one own module for five descriptions).

    >>> import spacy
    >>> doc = spacy.blank("en")("We propose GeoNet , a fusion module . Specifically , a fusion module")
    >>> _coined_before(doc, 3), _coined_before(doc, 9)
    (True, False)
    """
    k = comma - 1
    if k > 0 and lowers(doc)[k] in (")", "}"):
        k -= 1
    return k >= 0 and is_coined(texts(doc)[k].rsplit("{", 1)[-1])


def _article_before(low: list[str], start: int) -> int:
    """The index of the "a"/"an" that opens the phrase at ``start``, past up to two modifiers the phrase left out,
    hyphenated ones too ("as a general temporal modeling module", "GeoNet, a plug-and-play fusion module"); -1 when
    no article is there.

    >>> low = "substantiate it as a general temporal modeling module".split()
    >>> _article_before(low, 5), _article_before("uses fusion modules".split(), 1)
    (3, -1)
    >>> _article_before("X , a plug-and-play fusion module".split(), 4)
    2
    """
    k = start - 1
    while k > start - 3 and k > 0 and low[k].replace("-", "").isalpha() and low[k] not in ("a", "an"):
        k -= 1
    return k if k > 0 and low[k] in ("a", "an") else -1
