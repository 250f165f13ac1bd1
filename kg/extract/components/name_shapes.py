"""Word shapes: coined names, sizes, hyphen modifiers, own-name variants, languages; WordPattern."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from kg.extract.components.lexicon import LANGUAGES, acronym_stop

__all__ = ["ACRO", "FORMULA_END", "LATEX_COMMAND", "MATH_NAME", "SIZED_WORD", "WordPattern", "WORDISH", "HAS_DIGIT",
           "HAS_ALNUM", "PARTICIPLE_PREFIXES", "FORMER_NAME", "is_coined", "size_word_modifies", "MODIFIER_SUFFIXES",
           "own_variant_token", "own_lower_variants", "hyphen_modified", "past_modifier", "LANGUAGE", "language_like",
           "coined_gerund"]

# mixed case inside a word (MSRNet, HeadGaS, LLaMA, SQuAD), or letters with digits (GPT-4o, Qwen2.5-7B,
# ResNet-50, T5), or an acronym of 2+ capitals (BERT, CLIP, VTAB-1k)
_MIXED = re.compile(r"^[A-Za-z0-9]*[a-z][A-Z][\w\-.+/]*$|^[A-Z]{2,}[a-z]+[A-Z]?[\w\-.+/]*$")
# a mixed-case word after capitalised hyphen parts: "E-shopIQ-M" (group 1 is the word and what follows it)
_PREFIXED_MIXED = re.compile(r"^(?:[A-Z][A-Za-z0-9]*-)+([A-Za-z0-9]*[a-z][A-Z][\w\-.+/]*)$")
# a lower-case-led acronym: "mRNA", "fMRI", "iPSC" (a term, not a name, after a prefix: "Pre-mRNA", "Task-fMRI")
_LOWER_LED_ACRONYM = re.compile(r"^[a-z]{1,2}[A-Z]{2,}")
_DIGITS = re.compile(r"^(?=[\w\-.+/]*[A-Za-z]{2})(?=[\w\-.+/]*\d)[A-Za-z][\w\-.+/]*[A-Za-z0-9+]$|^[A-Z]\d{1,2}$")
ACRO = re.compile(r"^[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*(?:[\-+][\w.+]+)*[+]?$")
_CAPWORD_PART = re.compile(r"^[A-Z][a-z]+-[A-Z]")
_SIZE_LETTER = re.compile(r"^[TSBLMH]$")
_LETTER_PREFIXED = re.compile(r"^[A-Z]-[A-Z]")
_DIM_PREFIXED = re.compile(r"^[1-4]D-[A-Z0-9]+$")
# a size word before a mixed-case name marks a reduced version of it: "mini-WebVision", "tiny-ImageNet"
_SIZE_PREFIXED = re.compile(r"^(?:mini|tiny|tiered|micro|nano|small|full)-([A-Z][a-z]+[A-Z][\w\-]*)$")
SIZED_WORD = re.compile(r"^[A-Z][a-z]{2,}-(?:small|base|large|tiny|mini|medium|nano)$")  # "Whisper-small"
_UNITS = re.compile(r"^\d+(?:\.\d+)?[A-Za-z]{0,2}$|^[A-Z]?\d+[Dd]$|^\d+[Dd]-(?![A-Z]{2})")


class WordPattern:
    """A compiled pattern tested on single words, its ``match`` memoised: the rules test the same words again and
    again (a word recurs in a paper and across papers; on arXiv abstracts WORDISH, LEAD_DROP and CAP_TOKEN run
    ~56 times a paper on ~4x fewer distinct strings), and a look-up takes 70-110 ns against 260-330 ns for a
    match. The matches are those of ``pattern.match``.

    Examples
    --------
    >>> ending = WordPattern(r".*ing$")
    >>> bool(ending.match("routing")), bool(ending.match("route")), ending.match("routing") is ending.match("routing")
    (True, False, True)
    """

    def __init__(self, pattern: str):
        self.regex = re.compile(pattern)
        self.match = lru_cache(maxsize=1 << 16)(self.regex.match)


WORDISH = WordPattern(r"^[A-Za-z][a-z\-]*[a-z]$|^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*$|^[a-z]+(?:-[a-z]+)+$")
HAS_DIGIT = re.compile(r"\d")
# a letter or digit anywhere in a word: ``any(ch.isalnum() for ch in word)`` without a generator (the word
# characters but "_")
HAS_ALNUM = re.compile(r"[^\W_]")


PARTICIPLE_PREFIXES = frozenset("pre fine well re co hand".split())


# a capitalised word joined to a benchmark or corpus word names one: "Imagine-Bench", "Terminal-Corpus"
_HYPHENED_BENCH_NAME = re.compile(r"^[A-Z][\w.]*(?:-[\w.]+)*-(?:Bench|Corpus|Arena|Gym|Suite|QA)$")
# a digit-led acronym or word or a dimension joined to an acronym: "3DGS", "3DMM", "2Wiki", "2D-PRQ" (not "3D-aware",
# "8B-MLLM", "4Dgs")
_DIGIT_LED = re.compile(r"^(?!\d[BMKT]-|\dD[a-z])\d[A-Z](?:[A-Z0-9]+[a-z]*(?:-[A-Z0-9][A-Za-z0-9]*)*"
                        r"|-[A-Z][a-z]*[A-Z][\w\-]*|-[A-Z]{2}[\w\-]*|[a-z]{2,})$")
# a capitalised name with a "++" successor mark: "U-Net++", "Grad-CAM++", "No-Image++" (not "C++")
_PLUS_PLUS = re.compile(r"^[A-Z][\w\-.]{2,}\+\+$")
# a one-word model named after the Transformer: "Zipformer", "Gazeformer" (the Transformer itself is a known name)
FORMER_NAME = re.compile(r"^(?!Trans)[A-Z][a-z]{2,}former$")


_YEAR_TAGGED = re.compile(r"^([A-Za-z][\w-]+)['\u2019]\d\d$")
# the coined shapes of :func:`is_coined` as one alternation: a new word that is no name fails them in one match call
# instead of eight (the patterns have no capture groups; each alternative is tried at the word's start, as its own
# match would be)
_COINED_SHAPES = re.compile("|".join(f"(?:{p.pattern})" for p in (
    _MIXED, _DIGITS, ACRO, SIZED_WORD, _HYPHENED_BENCH_NAME, FORMER_NAME, _DIGIT_LED, _PLUS_PLUS)))


@lru_cache(maxsize=1 << 17)
def _coined_after_prefix(text: str) -> bool:
    """A mixed-case word after capitalised hyphen parts ("E-shopIQ-M"), unless that word is a lower-case-led
    acronym or a listed term ("Pre-mRNA", "Task-fMRI")."""
    m = _PREFIXED_MIXED.match(text)
    return bool(m) and not _LOWER_LED_ACRONYM.match(m.group(1)) and m.group(1).split("-")[0] not in acronym_stop()


def _coined_capitalised_word(text: str) -> bool:
    """:func:`is_coined` of a word of letters lower-case past its first ("Network", "Zipformer"): of its patterns
    only ``FORMER_NAME`` can match one (every other one needs a second capital, a digit, a hyphen, "+" or an
    apostrophe), so the dozen pattern tests a new capitalised word would take come down to one.

    >>> [_coined_capitalised_word(t) for t in ["Network", "Zipformer", "Transformer"]]
    [False, True, False]
    """
    return bool(FORMER_NAME.match(text)) and text not in acronym_stop()


@lru_cache(maxsize=1 << 17)
def is_coined(text: str) -> bool:
    """Return True when ``text`` looks like a coined name (mixed case, digits, acronym); memoised (a pure
    function of the string).

    Examples
    --------
    >>> [is_coined(t) for t in ["MSRNet", "GPT-4o", "BERT", "Network", "3D", "GPU", "T5"]]
    [True, True, True, False, False, False, True]
    >>> [is_coined(t) for t in ["Self-MVA", "Swin-T", "Multi-GPU", "Vision-Language", "Whisper-small"]]
    [True, True, False, False, True]
    >>> [is_coined(t) for t in ["Imagine-Bench", "Terminal-Corpus", "Long-Context"]]
    [True, True, False]
    >>> [is_coined(t) for t in ["V-COCO", "A-OKVQA", "X-Ray", "E-Commerce", "U-Net"]]
    [True, True, False, False, False]
    >>> [is_coined(t) for t in ["Zipformer", "Transformer", "Former"]]
    [True, False, False]
    >>> [is_coined(t) for t in ["U-Net++", "Grad-CAM++", "C++"]]
    [True, True, False]
    >>> [is_coined(t) for t in ["3DGS", "2D-PRQ", "3DGS-MCMC", "3D-aware", "3D-Aware", "4K", "8B-MLLM", "3DMM-stored"]]
    [True, True, True, False, False, False, False, False]
    >>> [is_coined(t) for t in ["1D-ARC", "3D-FRONT", "3D-aware", "3D-Gaussian"]]
    [True, True, False, False]
    >>> [is_coined(t) for t in ["mini-WebVision", "tiny-ImageNet", "mini-GPU", "mini-Batch"]]
    [True, True, False, False]
    >>> [is_coined(t) for t in ["E-shopIQ-M", "6-DoF", "rs-fMRI", "Pre-mRNA", "Task-fMRI"]]
    [True, False, False, False, False]
    >>> [is_coined(t) for t in ["AIME'25", "Spring'24", "2Wiki", "4Dgs"]]
    [True, False, True, False]
    >>> [is_coined(t) for t in ["Agent-X", "Adver-City-R", "Mobile-Agent-V", "Top-K", "Type-I", "Preserve-First-N"]]
    [True, True, True, False, False, False]
    """
    if text.islower() and not HAS_DIGIT.search(text):
        return False  # no capital and no digit: every test below needs one (the goal phrases ask for many such words)
    if text.isalpha() and text[1:].islower():
        return _coined_capitalised_word(text)
    if len(text) < 2 or text in acronym_stop() or _UNITS.match(text):
        return False
    if text.endswith("s") and text[:-1] in acronym_stop():
        return False
    if _COINED_SHAPES.match(text) or _coined_after_prefix(text):
        return True
    if _LETTER_PREFIXED.match(text):  # "V-COCO", "A-OKVQA", "V-JEPA": one capital letter before a coined part
        return text[2:] not in acronym_stop() and is_coined(text[2:])
    if _DIM_PREFIXED.match(text):  # "1D-ARC", "3D-FRONT": a dimension before a coined part
        return text[3:] not in acronym_stop() and is_coined(text[3:])
    if _SIZE_PREFIXED.match(text):
        return True
    year = _YEAR_TAGGED.match(text)
    if year:  # a contest or release with its year: "AIME'25"
        return is_coined(year.group(1))
    # a capitalised word joined to a coined part: "Self-MVA", "Hyper-HRNet", "Swin-T"
    if "-" in text and _CAPWORD_PART.match(text):
        head, _, rest = text.partition("-")
        if len(rest) == 1 and rest.isupper():
            # "Agent-X", "Animate-X", "Mobile-Agent-V" (read at "Agent-V"): a word lettered as a name, unless the
            # letter is a variable or a class ("Top-K", "Type-I")
            return head.lower() not in _LETTERED_WORDS
        return bool(_SIZE_LETTER.match(rest)) or acronym_stop().isdisjoint(rest.split("-")) and is_coined(rest)
    return False


# words a capital letter after a hyphen makes a variable's or a class's name, not a coined one: "Top-K", "Type-I"
_LETTERED_WORDS = frozenset("""
top bottom random first last type class phase level stage grade group category part plan option case figure table
appendix section step round vitamin hepatitis multi pseudo pre post non sub super
""".split())


# LaTeX inline math in a name keeps the name one token ("C$^2$MIL", "$A^2R^2$", "${C}^{3}$-GS", "SelfCap$_{LR}$"):
# word characters around "$...$" segments without spaces nor a leading digit ("$5-$10" is money); dots only between
# word characters ("GPT-3.5$^*$")
MATH_NAME = re.compile(r"[\w\-]*(?:\.[\w\-]+)*(?:\$[^\s$\d][^\s$]{0,39}\$[\w\-]*(?:\.[\w\-]+)*)+")
LATEX_COMMAND = re.compile(r"\\[A-Za-z]+")  # "\\mathcal", "\\text", "\\lambda"
FORMULA_END = re.compile(r"_\{?\d+\}?\$$")  # an element's count closing a chemical formula: "CO$_2$" (not "H$_{2}$OT")


# nouns a lower-case size word modifies instead of naming a variant: "the Ling-2.0 base model" is Ling-2.0
_SIZED_NOUNS = frozenset("model models version versions variant variants checkpoint checkpoints".split())


def size_word_modifies(text_list: list[str], k: int) -> bool:
    """Token ``k`` is a lower-case size word ("base", "large") before a noun it modifies: "the X-8B base model"
    names X-8B's base model, not a variant called "X-8B base" (a variant is written "X-base" or "X Base"); a
    version with a digit stays: "the GPT 4o models".

    Examples
    --------
    >>> size_word_modifies("the X-8B base model".split(), 2), size_word_modifies("the GPT 4o models".split(), 2)
    (True, False)
    """
    return (text_list[k].isalpha() and text_list[k].islower() and k + 1 < len(text_list)
            and text_list[k + 1].lower() in _SIZED_NOUNS)


# what a hyphenated modifier opening an own technique's name ends in: "a CLIP-based pose encoder",
# "a beam-search-driven GRPO algorithm"; the tokenizer splits the suffix off a capitalised word ("INP", "-", "guided")
MODIFIER_SUFFIXES = frozenset("based guided driven aware enhanced augmented conditioned centric oriented assisted "
                              "informed grounded".split())
_HYPHEN_MODIFIER = re.compile(r"^[a-z0-9][a-z0-9\-]*-(" + "|".join(MODIFIER_SUFFIXES) + r")$")
# the part after an own name's hyphen that names a variant: "GUI", "Claw", "D", "Lite", "R1"
_VARIANT_PART = re.compile(r"^(?:[A-Z][A-Za-z0-9]*|\d+[A-Za-z]*)$")
# capitalised modifier suffixes that say how a thing is made, no variant: "Frankenstein-Style", "SAM-Optimized"
_NOT_VARIANT_PARTS = MODIFIER_SUFFIXES | {"style", "like", "specific", "only", "level", "wise", "free"}


def own_variant_token(word: str, own: set[str]) -> bool:
    """``word`` is an own name with a variant part after its last hyphen, the part no second name of its own
    ("Manager-Worker" pairs two roles) and no modifier suffix.

    >>> [own_variant_token(w, {"orchard", "manager", "worker"}) for w in
    ...  ("Orchard-GUI", "Orchard-D", "Orchard-Style", "Orchard-Optimized", "Manager-Worker", "Orchard-long")]
    [True, True, False, False, False, False]
    """
    head, sep, part = word.rpartition("-")
    low = part.lower()
    return (bool(sep) and head.lower() in own and low not in own and bool(_VARIANT_PART.match(part))
            and low not in _NOT_VARIANT_PARTS and not low.endswith("ed"))


def own_lower_variants(txt: list[str], own: set[str]) -> set[str]:
    """The tokens of ``txt`` that are lower-case variants of an own name (``own``, lower-cased), when two or more
    different ones are written ("FooGWM-long", "FooGWM-mview"): one alone is more often a modifier ("FooNet-trained",
    "FooNet-the"), which :func:`~kg.extract.components.not_methods.not_coined_name` drops.

    >>> sorted(own_lower_variants(["FooGWM-long", "and", "FooGWM-mview", "BarNet-the"], {"foogwm", "barnet"}))
    ['FooGWM-long', 'FooGWM-mview']
    """
    by_name: dict[str, set[str]] = {}
    if not own:
        return set()
    for word in [w for w in txt if "-" in w]:
        head, _, part = word.rpartition("-")
        if (head.lower() in own and part.isalpha() and part.islower() and part not in STOP_WORDS
                and part not in _NOT_VARIANT_PARTS and not part.endswith(("ed", "ing"))):
            by_name.setdefault(head.lower(), set()).add(word)
    return {word for words in by_name.values() if len(words) > 1 for word in words}


def hyphen_modified(low: list[str], start: int, end: int) -> bool:
    """Some word of ``low[start:end]`` is an "X-based/-guided/-aware" modifier ("CLIP - based model selection").

    >>> hyphen_modified("a clip - based model".split(), 0, 5), hyphen_modified("a two-stage model".split(), 0, 3)
    (True, False)
    """
    return any(_HYPHEN_MODIFIER.match(w) or w == "-" and i + 1 < end and low[i + 1] in MODIFIER_SUFFIXES
               for i, w in enumerate(low[start:end], start))


def past_modifier(low_list: list[str], text_list: list[str], k: int, we: int) -> int | None:
    """The token after an "X-based/-guided" modifier opening at ``k`` (before ``we``), or None when none opens.

    Examples
    --------
    >>> words = "a CLIP - based retrieval".split()
    >>> past_modifier("a perturbation-based sampling".split(), "a perturbation-based sampling".split(), 1, 3)
    2
    >>> past_modifier([w.lower() for w in words], words, 1, 5), past_modifier(words, words, 0, 5)
    (4, None)
    """
    if _HYPHEN_MODIFIER.match(low_list[k]) and text_list[k].islower():
        return k + 1  # "a perturbation-based importance sampling strategy"
    if (k + 2 < we and low_list[k + 1] == "-" and low_list[k + 2] in MODIFIER_SUFFIXES
            and (WORDISH.match(text_list[k]) or is_coined(text_list[k]))):
        return k + 3  # "CLIP", "-", "based"
    return None


LANGUAGE = re.compile(r"^[A-Z][a-z]+(?:ish|ese|ian|ean|ic|an|ali|ch)(?:-\w+)?$")


def language_like(word: str) -> bool:
    """A capitalised word shaped like a language or people ("German", "Bayesian"), not a name that merely ends in
    "-an" ("Sokoban").

    >>> [language_like(w) for w in ["German", "Korean", "Bayesian", "Sokoban", "Turkish"]]
    [True, True, True, False, True]
    """
    if not LANGUAGE.match(word):
        return False
    return not word.endswith("an") or word.endswith(("ian", "ean")) or word.lower() in LANGUAGES


_CAPPED_GERUND = re.compile(r"^[A-Z][\w.]*-[A-Z][a-z]+ing$")


def coined_gerund(text: str) -> bool:
    """A capitalised hyphenated gerund that names a system ("Semantic-Clipping", "L0-Reasoning"), not a
    prefixed verb a title's topic opens with ("Pre-Training Vision Transformers: ...", "Fine-Tuning ...").

    >>> [coined_gerund(t) for t in ["Semantic-Clipping", "ROSA-Tuning", "Pre-Training", "Fine-Tuning", "Fact-check"]]
    [True, True, False, False, False]
    """
    return bool(_CAPPED_GERUND.match(text)) and text.split("-")[0].lower() not in PARTICIPLE_PREFIXES
