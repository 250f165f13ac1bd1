"""Token-context helpers and word lists shared by ``kg_resolve``, its proposed-flag rules and its task ranking."""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc

from kg.extract.components.candidates import Cand, abbrevs_of, lowers, texts, token_index
from kg.extract.components.sentences import sentence_of
from kg.extract.normalize import s_form, singular

__all__ = ["METHOD_CUES", "DESIGN_NOUNS", "TOOL_BEFORE", "HEAD_RULES", "KEEP_CASE", "PROPOSED_TECHNIQUE_HEADS",
           "title_end_of", "past_bracket", "before_article", "past_the", "lower_word", "plural_head", "based_at",
           "MEANS_PREPS", "plain_variant", "VARIANT_GROUP", "is_coined_variant", "LIST_JOINS", "example_of",
           "listed_example", "CONTRAST_LEADS", "after_contrast", "ALLCAPS", "opens_defined_long_form", "any_rule",
           "only_rules", "all_past", "any_span_in"]

METHOD_CUES = frozenset("""
model models network networks architecture architectures backbone backbones framework frameworks method methods
algorithm algorithms encoder encoders decoder decoders module modules layer layers loss optimizer optimizers agent
agents policy policies family series variant variants baseline baselines checkpoint checkpoints embeddings
""".split())
# the designs a technique is built into ("a masked encoder-decoder architecture with self-supervised learning", "a
# pipeline combining image editing")
DESIGN_NOUNS = frozenset("""
model models architecture architectures framework frameworks pipeline pipelines network networks method methods
approach approaches system systems agent agents
""".split())
TOOL_BEFORE = frozenset("""
via by through using use uses used leveraging leverage leverages apply applies applying applied employ employs
employing employed integrating integrate integrates adopt adopts adopting adopted combining combine combines
""".split())
HEAD_RULES = frozenset(("head_method", "head_component"))
# words of a clause that sets a part against the paper's method: "Instead of correlating cues through a global
# attention mechanism", "existing approaches use a cross-modal interaction module"
CONTRAST_LEADS = frozenset("instead unlike rather whereas compared existing previous prior conventional".split())


def after_contrast(doc: Doc, i: int) -> bool:
    """A contrast word ("unlike", "instead", "compared", "existing", ...) stands between the start of token ``i``'s
    sentence and ``i``: what ``i`` names is set against the paper's own work, not part of it.

    Examples
    --------
    >>> import spacy
    >>> from kg.extract.components.sentences import split_sentences
    >>> doc = split_sentences(spacy.blank("en")("Unlike a Speed Gate , ours is fast . A Speed Gate helps ."))
    >>> after_contrast(doc, 2), after_contrast(doc, 10)
    (True, False)
    """
    s0, _ = sentence_of(doc, i)
    return not CONTRAST_LEADS.isdisjoint(lowers(doc)[s0:i])

# a title's prepositions before the means ("X via Y", "X by Y"); the proposed flag's title rule takes only via,
# through and using (with "with" and "by" as well: dev proposed 0.790 -> 0.786)
MEANS_PREPS = frozenset("with via using through by".split())

# letters that make a word keep its case in a name: two capitals, inner capital or a digit ("LLM", "iPhone", "3D")
KEEP_CASE = re.compile(r"[A-Z]{2}|[a-z][A-Z]|\d")
# a token of capitals, digits and joiners only: "BERT", "GPT-4", "U.S."
ALLCAPS = re.compile(r"^[A-Z0-9\-+./]+$")
# task heads that also name a technique when the authors propose one: "we propose Joint Hard Contrastive Learning"
PROPOSED_TECHNIQUE_HEADS = frozenset("learning alignment optimization modeling modelling distillation adaptation "
                                     "matching sampling prompting decoding fusion measurement explanation "
                                     "localization compression enhancement aggregation selection".split())


def title_end_of(doc: Doc) -> int:
    """The index of the first token after the title (0 when the record has no title).

    >>> from kg.extract.pipeline import load_nlp
    >>> title_end_of(load_nlp()("Shelf Routing\\n\\nWe route shelves."))
    2
    """
    return token_index(doc)["title_end"]


def past_bracket(doc: Doc, end: int) -> int:
    """The token after a mention ending at ``end``, past the closing bracket of an acronym definition:
    "... Learning (MICD) framework" -> the index of "framework".

    >>> import spacy
    >>> doc = spacy.blank("en")("Shelf Learning (SL) framework")
    >>> past_bracket(doc, 4), past_bracket(doc, 2)
    (5, 2)
    """
    return end + 1 if end < len(doc) and lowers(doc)[end] == ")" else end


def closing_bracket(low: list[str], i: int, width: int) -> int:
    """The index of the ")" closing the "(" at ``i`` within ``width`` tokens, else ``i``.

    >>> closing_bracket("a ( b c ) d".split(), 1, 4), closing_bracket("a ( b c d".split(), 1, 4)
    (4, 1)
    """
    try:
        return low.index(")", i + 1, min(i + 1 + width, len(low)))
    except ValueError:
        return i


def based_at(low: list[str], i: int) -> bool:
    """Tokens ``i`` and ``i + 1`` are "-" "based": what ends before ``i`` is the basis of an "X-based" modifier
    (the tokenizer splits "-based" off a word).

    >>> low = "a physics - based module".split()
    >>> based_at(low, 2), based_at(low, 1), based_at(low, 4)
    (True, False, False)
    """
    return 0 <= i < len(low) - 1 and low[i] == "-" and low[i + 1] == "based"  # (no slice: called for many words)


def before_article(low: list[str], start: int) -> int:
    """The index of the word before a phrase at ``start``, past an article ("models it as a Markov ...").

    >>> before_article("models it as a markov chain".split(), 4), before_article("via markov chains".split(), 1)
    (2, 0)
    """
    return start - 1 - (start > 1 and low[start - 1] in ("a", "an", "the"))


def past_the(doc: Doc, start: int) -> int:
    """``start``, or the index of a "the" right before it ("datasets like the Explainable Detection of ...").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nDatasets like the Shelf Corpus and Rack Corpus.")
    >>> shelf, rack = texts(doc).index("Shelf"), texts(doc).index("Rack")
    >>> past_the(doc, shelf) == shelf - 1, past_the(doc, rack) == rack
    (True, True)
    """
    return start - 1 if start > 0 and lowers(doc)[start - 1] == "the" else start


def lower_word(word: str) -> bool:
    """A lower-case word of letters (and hyphens), as a modifier is written: "new", "large-scale".

    Examples
    --------
    >>> lower_word("large-scale"), lower_word("ShelfNet"), lower_word("3D")
    (True, False, False)
    """
    return word.islower() and word.replace("-", "").isalpha()


def plural_head(doc: Doc, i: int) -> bool:
    """Token ``i`` is a plural noun ("strategies", "blocks"; not "loss", "focus", "analysis").

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("merging strategies and a focal loss")
    >>> [plural_head(doc, i) for i in (1, 5)]
    [True, False]
    """
    w = lowers(doc)[i]
    return s_form(w) and singular(w) != w


def plain_variant(words: list[str], start: int, known_start: int) -> bool:
    """The words ``start:known_start`` leading a known name are one plain word ("Vision Mamba"), the shape of a
    published variant; several words or a hyphenated compound ("Dynamic-Capacity MoE") more often coin the
    authors' own name.

    Examples
    --------
    >>> words = "a Sparse Dynamic-Capacity MoE".split()
    >>> plain_variant(words, 1, 2), plain_variant(words, 2, 3), plain_variant(words, 1, 3)
    (True, False, False)
    """
    return known_start - start == 1 and words[start].isalpha()


VARIANT_GROUP = "variant:"
"""The group prefix of a known method's coined variant ("variant:<leading words>|<the known name's group>"): the
variant's spellings ("Semi-online RL", "Semi-online Reinforcement Learning") join one entity."""


def is_coined_variant(c: Cand) -> bool:
    """The candidate ``c`` is a known method led by more than one plain word (:func:`plain_variant`), reshaped by the
    resolver: a name of the paper's own making, not the known one.

    Examples
    --------
    >>> is_coined_variant(Cand(0, 3, "METHOD", "gazetteer", "variant:semi-online|METHOD:rl", 0.9))
    True
    >>> is_coined_variant(Cand(0, 2, "METHOD", "gazetteer", "", 0.9))
    False
    """
    return c.rule == "gazetteer" and c.group.startswith(VARIANT_GROUP)


# (the two tests below loop instead of calling any() / all() on a generator: the resolver asks them of every entity,
# and a generator costs ~4,000 instructions to make, run and close against ~500 for the call and loop)
def any_rule(ment: list[tuple[Cand, str, int]], rules: Collection[str]) -> bool:
    """Whether some mention of ``ment`` (candidate, label, strength) was found by one of ``rules``.

    >>> ment = [(Cand(0, 1, "NAME", "coined", "", 0.5), "METHOD", 1), (Cand(4, 5, "METHOD", "gazetteer", "", 0.9),
    ...         "METHOD", 3)]
    >>> any_rule(ment, ("gazetteer",)), any_rule(ment, HEAD_RULES), any_rule([], ("gazetteer",))
    (True, False, False)
    """
    for c, _, _ in ment:
        if c.rule in rules:
            return True
    return False


def all_past(ment: list[tuple[Cand, str, int]], start: int) -> bool:
    """Whether every mention of ``ment`` (candidate, label, strength) starts at or after token ``start`` (with the
    title's end: every mention is in the abstract).

    >>> ment = [(Cand(3, 4, "NAME", "coined", "", 0.5), "METHOD", 1), (Cand(9, 10, "NAME", "coined", "", 0.5),
    ...         "METHOD", 1)]
    >>> all_past(ment, 3), all_past(ment, 4), all_past([], 4)
    (True, False, True)
    """
    for c, _, _ in ment:
        if c.start < start:
            return False
    return True


def any_span_in(ment: list[tuple[Cand, str, int]], spans: Collection[tuple[int, int]]) -> bool:
    """Whether the (start, end) of some mention of ``ment`` (candidate, label, strength) is one of ``spans``.

    >>> any_span_in([(Cand(3, 5, "NAME", "coined", "", 0.5), "METHOD", 1)], {(3, 5)}), any_span_in([], {(3, 5)})
    (True, False)
    """
    for c, _, _ in ment:
        if (c.start, c.end) in spans:
            return True
    return False


def only_rules(ment: list[tuple[Cand, str, int]], rules: Collection[str]) -> bool:
    """Whether every mention of ``ment`` (candidate, label, strength) was found by one of ``rules`` (True for none).

    >>> ment = [(Cand(0, 1, "NAME", "coined", "", 0.5), "METHOD", 1), (Cand(4, 5, "METHOD", "gazetteer", "", 0.9),
    ...         "METHOD", 3)]
    >>> only_rules(ment, ("gazetteer",)), only_rules(ment, ("coined", "gazetteer")), only_rules([], ("gazetteer",))
    (False, True, True)
    """
    for c, _, _ in ment:
        if c.rule not in rules:
            return False
    return True


LIST_JOINS = frozenset(", and or".split())


def example_of(doc: Doc, start: int) -> bool:
    """The name at ``start`` is given as an example ("novel methods such as Alignment Faking", "e.g., X", "models
    like X"): others' work the sentence mentions, whatever else it says ("including" may list the paper's own parts).

    >>> import spacy
    >>> example_of(spacy.blank("en")("novel methods such as Foo Bar"), 4)
    True
    >>> example_of(spacy.blank("en")("models like FooNet"), 2), example_of(spacy.blank("en")("it is like FooNet"), 3)
    (True, False)
    """
    low = lowers(doc)
    k = start - 1
    while k > 0 and low[k] in (",", "(") and start - k <= 2:
        k -= 1
    return (low[k] in ("e.g.", "e.g", "eg") or low[k - 1:k + 1] == ["such", "as"]
            or low[k] == "like" and k > 0 and low[k - 1].endswith("s") and low[k - 1] in METHOD_CUES | DESIGN_NOUNS)


def listed_example(doc: Doc, start: int) -> bool:
    """The name at ``start`` is in a list of capitalised names given as examples ("roles (e.g., Planner, Critic,
    Voter)"), or is one itself (:func:`example_of`).

    >>> import spacy
    >>> listed_example(spacy.blank("en")("roles ( e.g. , Planner , Critic , and Voter )"), 9)
    True
    """
    low, txt = lowers(doc), texts(doc)
    k = start
    while k > 1 and (low[k - 1] in LIST_JOINS or txt[k - 1][:1].isupper()):
        k -= 1
    return example_of(doc, k) or example_of(doc, start)


def opens_defined_long_form(doc: Doc, start: int, end: int) -> bool:
    """Whether the words ``start..end`` open with the long form of an acronym the paper defines, the acronym
    starting with the long form's initial: "Major" in "Major Depressive Disorder Diagnosis" after "Major
    Depressive Disorder (MDD)" is part of the term, not an evaluative adjective.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Major Sleep Apnea Detection\\n\\nMajor Sleep Apnea (MSA) is common.")
    >>> opens_defined_long_form(doc, 0, 4), opens_defined_long_form(doc, 1, 4)
    (True, False)
    """
    low, txt = lowers(doc), texts(doc)
    for short_start, _, long_start, long_end in abbrevs_of(doc):
        width = long_end - long_start
        if (width <= end - start and low[start:start + width] == low[long_start:long_end]
                and txt[short_start][:1].lower() == low[start][:1]):
            return True
    return False
