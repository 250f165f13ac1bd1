"""Acronym definitions in running text ("Long Form (LF)"), after Schwartz & Hearst (2003)."""

from __future__ import annotations

import re
from typing import NamedTuple

from kg.extract.aliases import initials_spell
from kg.extract.components.name_shapes import FORMULA_END, LATEX_COMMAND, MATH_NAME
from kg.extract.normalize import SPACE_OR_HYPHEN

__all__ = ["Abbreviation", "find_abbreviations", "best_long_form"]

# a parenthesised short form: 1-2 words, starts with a letter/digit, <= 16 chars
_PAREN = re.compile(r"\(\s*([^\s()][^()]{0,80}?)\s*\)")
_WORD = re.compile(r"\S+")
_WORD_PART = re.compile(r"[^\s-]+")  # a word or a part of a hyphened word
_NOT_SHORT = re.compile(r"\d{4}|,|;|=|%")  # a year, a list or a formula: no short form
_SHORT_LEAD = re.compile(r"(?:or|aka|a\.k\.a\.)\s+(?=\S+$)")


class Abbreviation(NamedTuple):
    """One definition: character offsets of the short form and of its long form."""

    short: str
    long: str
    short_start: int
    short_end: int
    long_start: int
    long_end: int


def best_long_form(short: str, candidate: str) -> str | None:
    """Return the shortest tail of ``candidate`` whose letters spell ``short``, or the longer tail whose
    word initials spell it (a digit between letters may stand for the word it sounds like: "2" for "to",
    "4" for "for").

    The Schwartz-Hearst matcher: every letter/digit of the short form is found,
    right to left, in the candidate, and the first one starts a word. It may read a
    letter inside a word ("Diffusion Denoised Smoothing" for "DDS" stops at the 'd'
    ending "Denoised"), so a tail whose words start with the capitals wins when longer.

    Parameters
    ----------
    short : str
        The short form, e.g. ``"Conda"``.
    candidate : str
        Text that precedes the short form.

    Returns
    -------
    str or None
        The long form, or None when the letters cannot be matched.

    Examples
    --------
    >>> best_long_form("Conda", "we propose Column-Normalized Adam")
    'Column-Normalized Adam'
    >>> best_long_form("XYZ", "a plain sentence") is None
    True
    >>> best_long_form("DDS", "we use Diffusion Denoised Smoothing")
    'Diffusion Denoised Smoothing'
    >>> best_long_form("T2M", "existing Text-to-Motion"), best_long_form("AI4S", "a shift to AI for Science")
    ('Text-to-Motion', 'AI for Science')
    """
    by_initials = _initials_long_form(short, candidate)
    spelled = _letters_long_form(short, candidate)
    if spelled and not SPACE_OR_HYPHEN.search(spelled) and sum(ch.isupper() for ch in short) >= 2:
        # the capitals read inside one word ("Thoughts" for "ToT"): each capital opens a word when it can
        spelled = _capitalised_long_form(short, candidate) or spelled
    if by_initials is None and spelled is None and _HOMOPHONE_DIGIT.search(short):
        return best_long_form(_HOMOPHONE_DIGIT.sub(lambda m: _HOMOPHONES[m.group()], short), candidate)
    return by_initials if by_initials and (spelled is None or len(by_initials) > len(spelled)) else spelled


# a digit between letters read as the word it sounds like: "Text-to-Motion (T2M)", "AI for Science (AI4S)"
_HOMOPHONE_DIGIT = re.compile(r"(?<=[A-Za-z])[24](?=[A-Za-z])")
_HOMOPHONES = {"2": "T", "4": "F"}


def _letters_long_form(short: str, candidate: str, capitals_open_words: bool = False) -> str | None:
    """The Schwartz-Hearst match of :func:`best_long_form` (None when the letters cannot be matched); with
    ``capitals_open_words``, each capital of ``short`` is matched at the start of a word or a hyphen part.

    >>> _letters_long_form("DDS", "we use Diffusion Denoised Smoothing")
    'Denoised Smoothing'
    >>> _letters_long_form("ToT", "like Tree of Thoughts"), _letters_long_form("ToT", "like Tree of Thoughts", True)
    ('Thoughts', 'Tree of Thoughts')
    """
    s = len(short) - 1
    l = len(candidate) - 1
    # (ASCII text, the common case: each letter is found by str.rfind in the lower-cased text, whose offsets are the
    # text's; otherwise character by character, as one character's lower case may be longer)
    lowered = candidate.lower() if candidate.isascii() and short.isascii() else None
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        opens_word = s == 0 or capitals_open_words and short[s].isupper()
        if lowered is not None:
            l = lowered.rfind(c, 0, l + 1)
            while opens_word and l > 0 and candidate[l - 1].isalnum():
                l = lowered.rfind(c, 0, l)
        else:
            while l >= 0 and (candidate[l].lower() != c or (opens_word and l > 0 and candidate[l - 1].isalnum())):
                l -= 1
        if l < 0:
            return None
        l -= 1
        s -= 1
    start = max(candidate.rfind(" ", 0, l + 1), candidate.rfind("\n", 0, l + 1)) + 1
    return candidate[start:]


def _capitalised_long_form(short: str, candidate: str) -> str | None:
    """The tail of ``candidate`` whose words or hyphen parts open with the capitals of ``short``, its other letters
    read anywhere ("Tree of Thoughts" for "ToT", "Rubrics as Rewards" for "RaR"): a capitalised phrase of no more words
    than ``short`` has letters, with no comma (None otherwise).

    >>> _capitalised_long_form("ToT", "like Tree of Thoughts")
    'Tree of Thoughts'
    >>> _capitalised_long_form("TST", "via the Mantoux Skin Test") is None
    True
    """
    long = _letters_long_form(short, candidate, capitals_open_words=True)
    if long is None or not long[:1].isupper() or "," in long:
        return None
    return long if len(long.split()) <= sum(ch.isalnum() for ch in short) else None


def _initials_long_form(short: str, candidate: str) -> str | None:
    """The tail of ``candidate`` whose words, or the parts of its hyphened words, start with the capitals
    of ``short`` one by one (None when none does).

    Examples
    --------
    >>> _initials_long_form("DDS", "the usage of Diffusion Denoised Smoothing")
    'Diffusion Denoised Smoothing'
    >>> _initials_long_form("MHSA", "a Multi-Head Self-Attention")
    'Multi-Head Self-Attention'
    >>> _initials_long_form("DDS", "Denoised Smoothing") is None
    True
    """
    letters = [ch for ch in short if ch.isalnum()]
    if len(letters) < 2 or not all(map(str.isupper, letters)):
        return None
    parts = list(_WORD_PART.finditer(candidate))[-len(letters):]
    if len(parts) < len(letters) or not initials_spell([p.group() for p in parts], "".join(letters).lower()):
        return None
    start = parts[0].start()
    return candidate[start:] if start == 0 or candidate[start - 1].isspace() else None


_POWER = re.compile(r"([A-Za-z])\^\{?([2-4])\}?")
_OTHER_SCRIPT = re.compile(r"[\^_]\{?\w*\}?")


def _spelled_math(short: str) -> str:
    """The letters a short form written with LaTeX math spells: a letter to a power is said that many times.

    >>> [_spelled_math(s) for s in ("M$^3$ESR", "H$^{2}$CA", "$C^2Aug$", "$DEI$", "SelfCap$_{LR}$")]
    ['MMMESR', 'HHCA', 'CCAug', 'DEI', 'SelfCap']
    """
    plain = LATEX_COMMAND.sub("", short).replace("$", "")
    plain = _POWER.sub(lambda m: m.group(1) * int(m.group(2)), plain)
    return _OTHER_SCRIPT.sub("", plain).replace("{", "").replace("}", "")


def _valid_short(sf: str) -> bool:
    if not (2 <= len(sf) <= 16) or len(sf.split()) > 2:
        return False
    if not sf[0].isalnum() or not any(map(str.isalpha, sf)):
        return False
    if not any(map(str.isupper, sf)):
        return False
    if sf.lower() in {"e.g.", "i.e.", "etc", "cf", "see", "ours"}:
        return False
    return not _NOT_SHORT.search(sf)


def _last_word(text: str, end: int) -> tuple[int, int] | None:
    """Offsets of the last run of non-space characters in ``text[:end]`` (what ``(\\S+)\\s*$`` finds).

    Examples
    --------
    >>> _last_word("a long  (x)", 8), _last_word("   (x)", 3)
    ((2, 6), None)
    """
    q = end
    while q > 0 and text[q - 1].isspace():
        q -= 1
    p = q
    while p > 0 and not text[p - 1].isspace():
        p -= 1
    return (p, q) if q > p else None


def _tail_words(text: str, count: int) -> str:
    """``text`` from the start of its ``count``-th last word (``count`` >= 1; a word: a run of non-space characters,
    as ``_WORD`` matches), or from its first word when it has fewer: one split from the right instead of a match
    object for every word of the window.

    Examples
    --------
    >>> _tail_words("a long  window of words", 3), _tail_words("  two words", 5), _tail_words("   ", 2)
    ('window of words', 'two words', '')
    >>> text = "a long  window of words"
    >>> all(_tail_words(text, k) == text[[w.start() for w in _WORD.finditer(text)][-k:][0]:] for k in range(1, 7))
    True
    """
    head = text.rsplit(None, count)
    return (text if len(head) <= count else text[len(head[0]):]).lstrip()


def find_abbreviations(text: str) -> list[Abbreviation]:
    """Find ``long form (SHORT)`` and ``SHORT (long form)`` definitions in ``text``.

    Parameters
    ----------
    text : str
        Any text; offsets in the result index into it.

    Returns
    -------
    list of Abbreviation
        In order of appearance; the same short form is reported once.

    Examples
    --------
    >>> a = find_abbreviations("We propose Column-Normalized Adam (Conda), an optimizer.")[0]
    >>> a.short, a.long, a.long_start
    ('Conda', 'Column-Normalized Adam', 11)
    >>> [x.short for x in find_abbreviations("RevCol (Reversible Column Networks) is fast.")]
    ['RevCol']
    >>> [(x.short, x.long) for x in find_abbreviations("an aggregator (Propagational Proxy Voting, PPV) wins")]
    [('PPV', 'Propagational Proxy Voting')]
    >>> [(x.short, x.long) for x in find_abbreviations("we present Shelf Routing Planner (or SRP), a planner")]
    [('SRP', 'Shelf Routing Planner')]
    >>> [(x.short, x.long) for x in find_abbreviations("a Hyperbolic Hierarchy Contrastive Alignment (H$^{2}$CA)")]
    [('H$^{2}$CA', 'Hyperbolic Hierarchy Contrastive Alignment')]
    """
    out: list[Abbreviation] = []
    seen: set[str] = set()
    for m in _PAREN.finditer(text):
        inner = m.group(1).strip()
        lead = _SHORT_LEAD.match(inner)  # "Bounded Pragmatic Listener (or BPL)": the short form after the lead word
        if lead:
            inner = inner[lead.end():]
        inner_start = m.start(1) + (lead.end() if lead else 0)
        win_start = max(0, m.start() - 200)
        before = text[win_start: m.start()]
        # cut the window at the previous sentence end, bracket or dash ("MoMoE orchestrates four operators --
        # Allocate, ... -- and is ... experts (MoMoE-Community)")
        cut = max(before.rfind(". "), before.rfind("; "), before.rfind("("), before.rfind(")"), before.rfind(": "),
                  before.rfind("\n\n"), before.rfind(" -- "), before.rfind(" — "))
        if cut >= 0:
            before = before[cut + 1:]
        before = before.rstrip()
        win_start += cut + 1 if cut >= 0 else 0
        ab = None
        # a short form with math is one name token ("M$^3$ESR"; not a formula: "($A\\not\\equiv s$)", "(CO$_2$)")
        spelled = (inner if "$" not in inner else _spelled_math(inner)
                   if MATH_NAME.fullmatch(inner) and not FORMULA_END.search(inner) else "")
        if _valid_short(spelled):
            sf = inner
            limit = min(len(spelled) + 5, len(spelled) * 2)
            # keep real offsets: take the tail of `before` spanning the last `limit` words
            cand = _tail_words(before, limit)
            core = spelled[:-1] if spelled.endswith("s") and len(spelled) > 2 and spelled[-2].isupper() else spelled
            lf = best_long_form(core, cand) if cand else None
            if lf and len(lf) > len(sf) and lf.lower() != sf.lower() and len(lf.split()) <= limit:
                lf = lf.strip(" ,\"'")
                ls = win_start + before.rfind(lf)
                ss = inner_start
                ab = Abbreviation(sf, lf, ss, ss + len(sf), ls, ls + len(lf))
        if ab is None and ", " in inner:
            # both inside: "(Propagational Proxy Voting, PPV)"
            lf, _, sf = inner.rpartition(", ")
            if _valid_short(sf) and not sf.isdigit() and len(lf.split()) >= 2 and best_long_form(sf, lf) == lf:
                ls = m.start(1)
                ss = ls + len(inner) - len(sf)
                ab = Abbreviation(sf, lf, ss, ss + len(sf), ls, ls + len(lf))
        if ab is None and len(inner.split()) >= 2:
            # reversed: SHORT (long form)
            pre = _last_word(text, m.start())
            if pre:
                sf = text[pre[0]:pre[1]].strip(",.;:\"'")
                if _valid_short(sf) and not sf.isdigit():
                    lf = best_long_form(sf[:-1] if sf.endswith("s") and sf[-2:-1].isupper() else sf, inner)
                    if lf and lf == inner and len(lf) > len(sf):
                        ss = pre[0]
                        ls = m.start(1)
                        ab = Abbreviation(sf, lf, ss, ss + len(sf), ls, ls + len(lf))
        if ab and ab.short not in seen:
            seen.add(ab.short)
            out.append(ab)
    return out
