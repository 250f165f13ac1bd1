"""Surface-form normalisation of entity names and the deterministic per-type ``key``."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["entity_key", "greek_letters", "GREEK_COMMANDS", "GREEK_NAMES", "clean_surface", "singular", "s_form",
           "unaccented", "is_plural_acronym", "SPACE_OR_HYPHEN", "WORD_BREAKS"]

# a word break inside a name: "low-rank adaptation", "low rank adaptation"
SPACE_OR_HYPHEN = re.compile(r"[\s-]")
WORD_BREAKS = re.compile(r"[\s-]+")  # to split a name into its words and hyphen parts

_PUNCT = re.compile(r"[^\w\s\+\.#]")  # also the dashes ("-", "\u2010"-"\u2015", "\u2212") and the slash
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])")
_DIGIT = re.compile(r"\d")
_TRAIL_DOT = re.compile(r"\.(?=\s|$)")
# a last word in capitals with a plural "s" ("KGs", "LLMs"; not "dLLMs", "MemOS"): the key drops the "s"
_ACRO_PLURAL = re.compile(r"(?<![A-Za-z])([A-Z][A-Z0-9]+)s$")
# one token with two capitals, the last just before a plural "s" ("dLLMs", "ViTs", "NeRFs")
_PLURAL_ACRONYM = re.compile(r"[\w\-]*[A-Z][\w\-]*[A-Z]s")
_NO_STRIP = ("ss", "us", "is", "ous", "sis", "xis")
_SMALL_GREEK = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi pi rho sigma tau upsilon phi "
                "chi psi omega").split()
_CAPITAL_GREEK = "Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega".split()
#: LaTeX's Greek letter commands (without the backslash) and the letters they print: "$\\lambda$-GRPO" is "$λ$-GRPO"
# (Unicode spells lambda "LAMDA")
GREEK_COMMANDS = {**{n: unicodedata.lookup(f"GREEK SMALL LETTER {n.upper().replace('MB', 'M')}") for n in _SMALL_GREEK},
                  **{n: unicodedata.lookup(f"GREEK CAPITAL LETTER {n.upper().replace('MB', 'M')}")
                     for n in _CAPITAL_GREEK},
                  "varepsilon": "\u03b5", "vartheta": "\u03b8", "varphi": "\u03c6"}
#: the command names as one regex alternation, longest first ("varphi" before "phi")
GREEK_NAMES = "|".join(sorted(GREEK_COMMANDS, key=len, reverse=True))
_GREEK_COMMAND = re.compile(rf"\\({GREEK_NAMES})(?![A-Za-z])")
# nouns whose final "s" is not a plural ("K-means", "time series", "robotics")
_INVARIANT = frozenset("means series species news physics dynamics mechanics statistics mathematics economics "
                       "linguistics graphics robotics analytics semantics genomics kinetics optics ethics "
                       "kinematics thermodynamics hydrodynamics biomechanics acoustics electronics informatics "
                       "bioinformatics pharmacokinetics logistics aesthetics "
                       "bayes".split())


def s_form(word: str) -> bool:
    """One lower-case ``word`` ends like a plural noun or a third-person verb: longer than three characters, a
    final ``s``, but not ``ss``, ``us`` or ``is`` ("strategies", "refines"; not "loss", "focus", "analysis").

    Examples
    --------
    >>> [s_form(w) for w in ("strategies", "refines", "loss", "focus", "analysis", "bus")]
    [True, True, False, False, False, False]
    """
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


@lru_cache(maxsize=1 << 16)
def singular(word: str) -> str:
    """Return an English singular of one lower-case ``word`` (conservative; memoised: the rules ask for the same
    words again and again, ~30 times a paper).

    Only a final plural ``s`` is removed, and only from words longer than three
    characters that do not end in ``ss``, ``us`` or ``is`` and are not nouns whose
    ``s`` is part of the singular (``means``, ``series``, ``robotics``).

    Parameters
    ----------
    word : str
        One lower-case word.

    Returns
    -------
    str
        The singular form, or ``word`` unchanged.

    Examples
    --------
    >>> [singular(w) for w in ["networks", "llms", "corpus", "processes", "loss", "gpt", "k-means", "kinematics"]]
    ['network', 'llm', 'corpus', 'process', 'loss', 'gpt', 'k-means', 'kinematics']
    """
    if len(word) <= 3 or not word.endswith("s") or word.endswith(_NO_STRIP) or word.rsplit("-", 1)[-1] in _INVARIANT:
        return word
    if word.endswith("sses") or word.endswith("xes") or word.endswith("ches") or word.endswith("shes"):
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1]


def is_plural_acronym(surface: str) -> bool:
    """True when ``surface`` is an acronym's plural as written: one token with two capitals, the last just before
    a final ``s`` ("dLLMs", "ViTs"; not "MUSES", "MemOS" or "Tools").

    >>> [is_plural_acronym(s) for s in ("dLLMs", "ViTs", "LLMs", "MUSES", "MemOS", "Tools", "Vision LLMs")]
    [True, True, True, False, False, False, False]
    """
    return bool(_PLURAL_ACRONYM.fullmatch(surface))


def greek_letters(text: str) -> str:
    """``text`` with each LaTeX Greek letter command written as the letter.

    >>> greek_letters(r"$\\lambda$-GRPO, $\\Delta$Flow, \\lambdax")
    '$λ$-GRPO, $Δ$Flow, \\\\lambdax'
    """
    return _GREEK_COMMAND.sub(lambda m: GREEK_COMMANDS[m.group(1)], text)


@lru_cache(maxsize=65536)
def entity_key(name: str) -> str:
    """Return the deterministic normalised key of an entity name.

    The key ignores case, hyphens, underscores, slashes, spacing and a final
    plural ``s``, and splits letter/digit boundaries so ``Llama3`` and
    ``Llama-3`` agree, while versions and sizes stay distinct.

    Parameters
    ----------
    name : str
        A surface form as written in a paper.

    Returns
    -------
    str
        Lower-case words joined by single spaces (empty for an empty name).

    Examples
    --------
    >>> entity_key("ImageNet-1K") == entity_key("imagenet 1k")
    True
    >>> entity_key("ImageNet-1K") != entity_key("ImageNet-22K")
    True
    >>> entity_key("GPT-4") != entity_key("GPT-4o")
    True
    >>> entity_key("Transformers"), entity_key("ResNet-50"), entity_key("KGs")
    ('transformer', 'resnet 50', 'kg')
    >>> entity_key(r"$\\lambda$-GRPO") == entity_key("$λ$-GRPO") == entity_key("λ-GRPO")
    True
    """
    s = unicodedata.normalize("NFKC", name or "")
    if "\\" in s:  # a Greek letter's command is the letter: "$\\Delta$-AttnMask" and "$Δ$-AttnMask" are one name
        s = greek_letters(s)
    # the two zero-width-heavy patterns scan slowly, so each runs only when it can match
    # (``$`` also matches before a final line break)
    if _acronym_plural_end(s):
        s = _ACRO_PLURAL.sub(r"\1", s)
    # dashes, underscores and slashes part words: _PUNCT replaces all but the underscore, a word character (and
    # white space stays as it is: the words are split on any)
    s = _punctuation_to_spaces(s.lower().replace("_", " "))
    if "." in s:
        s = _TRAIL_DOT.sub(" ", s)
    if _DIGIT.search(s):
        s = _LETTER_DIGIT.sub(" ", s)
    words = s.split()
    if words:
        words[-1] = singular(words[-1])
    return " ".join(words)


_UPPER_OR_DIGIT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _acronym_plural_end(s: str) -> bool:
    """A capital or a digit stands right before the final "s" of ``s`` (or of ``s`` without one final line break):
    the one place :data:`_ACRO_PLURAL` can match, tested before that pattern, which tries every character.

    >>> _acronym_plural_end("LLMs"), _acronym_plural_end("GAN2s\\n"), _acronym_plural_end("models")
    (True, True, False)
    """
    body = s[:-1] if s.endswith("\n") else s
    return len(body) >= 3 and body.endswith("s") and body[-2] in _UPPER_OR_DIGIT


def _punctuation_to_spaces(s: str) -> str:
    """``_PUNCT.sub(" ", s)``, without the pattern for a name whose only marks are hyphens and spaces (most
    names): ``str.isalnum`` and the pattern's ``\\w`` agree on every character (the underscore aside, which the
    caller has replaced), and the pattern tests each character slowly.

    >>> _punctuation_to_spaces("vision-language model"), _punctuation_to_spaces("gpt-4.5/o1 (mini)")
    ('vision language model', 'gpt 4.5 o1  mini ')
    """
    spaced = s.replace("-", " ")
    if spaced.replace(" ", "").isalnum():
        return spaced
    return _PUNCT.sub(" ", s)


def unaccented(key: str) -> str:
    """An entity key without its accents: "Samasāmayik" and "Samasamayik" are one name, spelled twice.

    Examples
    --------
    >>> unaccented("samasāmayik"), unaccented("café 2")
    ('samasamayik', 'cafe 2')
    """
    return "".join(ch for ch in unicodedata.normalize("NFKD", key) if not unicodedata.combining(ch))


def clean_surface(text: str) -> str:
    """Return a mention's surface text with outer punctuation and spacing tidied.

    Parameters
    ----------
    text : str
        Raw span text.

    Returns
    -------
    str
        The text with collapsed whitespace and no enclosing quotes/brackets.

    Examples
    --------
    >>> clean_surface('  "Deep  Sets" ')
    'Deep Sets'
    """
    s = " ".join((text or "").split())
    return s.strip(" \"'`‘’“”()[]{},;:")
