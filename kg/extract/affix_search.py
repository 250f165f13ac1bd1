"""Faster equivalents of the tokenizer's prefix, suffix, infix and URL searches: the same matches, fewer tries.

spaCy's tokenizer runs these regexes on every word it has not seen before; the wrappers below skip the
positions and words where no alternative can match, which saves about 15% of the extractor's instructions
(benchmarks/extract_throughput.py). Each keeps a ``pattern`` attribute, which spaCy serialises; a reloaded
tokenizer gets the plain regexes back (same tokens, without the speed-up). The pattern structure is read with
``re._parser`` (Python >= 3.11); when a pattern is not of the expected shape a wrapper searches every position.
On an ASCII word (most words) each runs an ASCII copy of its regex (see :func:`_ascii_regex`).
"""

from __future__ import annotations

import re
import re._compiler as _compiler
import re._parser as _parser
from re._constants import (ASSERT as _ASSERT, ASSERT_NOT as _ASSERT_NOT, AT as _AT, AT_BEGINNING as _AT_BEGINNING,
                           ATOMIC_GROUP as _ATOMIC_GROUP, BRANCH as _BRANCH, GROUPREF_EXISTS as _GROUPREF_EXISTS,
                           IN as _IN, LITERAL as _LITERAL, MAX_REPEAT as _MAX_REPEAT, MAXREPEAT as _MAXREPEAT,
                           MIN_REPEAT as _MIN_REPEAT, POSSESSIVE_REPEAT as _POSSESSIVE_REPEAT, RANGE as _RANGE,
                           SUBPATTERN as _SUBPATTERN, SRE_FLAG_IGNORECASE as _IGNORECASE)

from spacy.lang.tokenizer_exceptions import URL_MATCH
from spacy.tokenizer import Tokenizer

__all__ = ["speed_up_affix_searches"]


def speed_up_affix_searches(tokenizer: Tokenizer, suffixes: list[str], token_match_needs: str | None = None) -> None:
    """Replace ``tokenizer``'s prefix, suffix and infix searches (and spaCy's URL match) by faster equivalents
    that find the same matches; ``suffixes`` are the pieces its suffix regex was compiled from. With
    ``token_match_needs``, its token match (a compiled pattern's ``match``) only matches strings holding that
    character and is tried only on those.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> before = [t.text for t in nlp.make_doc("(ResNet-50's) top-1 was 76.1%... see github.com/o/r.")]
    >>> speed_up_affix_searches(nlp.tokenizer, list(nlp.Defaults.suffixes))
    >>> [t.text for t in nlp.make_doc("(ResNet-50's) top-1 was 76.1%... see github.com/o/r.")] == before
    True
    """
    tokenizer.infix_finditer = _InfixFinditer(tokenizer.infix_finditer.__self__).finditer
    tokenizer.suffix_search = _SuffixSearch(tokenizer.suffix_search.__self__, suffixes).search
    tokenizer.prefix_search = _PrefixSearch(tokenizer.prefix_search.__self__).search
    if tokenizer.url_match is not None and tokenizer.url_match.__self__.pattern == URL_MATCH.__self__.pattern:
        tokenizer.url_match = _GuardedMatch(tokenizer.url_match.__self__, ".").match
    if token_match_needs is not None:
        tokenizer.token_match = _GuardedMatch(tokenizer.token_match.__self__, token_match_needs).match


class _PrefixSearch:
    """``regex.search`` for a prefix ``regex``. When every alternative starts with ``^`` the pattern can only
    match at the start: ``regex.match`` finds the same match (``search`` tried and failed at every position),
    and only when the string opens with a character some alternative can start with.

    Examples
    --------
    >>> search = _PrefixSearch(re.compile(r"^\\(|^US\\$")).search
    >>> [search(w) and search(w).span() for w in ["(RL", "US$5", "UK", "x("]]
    [(0, 1), (0, 3), None, None]
    """

    def __init__(self, regex: re.Pattern):
        self.regex = regex
        self.pattern = regex.pattern  # spaCy's tokenizer serialises this
        branches = _branches(regex.pattern)
        self.anchored = not regex.flags & ~re.UNICODE and all(b and b[0] == (_AT, _AT_BEGINNING) for b in branches)
        self.starts = _first_chars(branches) if self.anchored else None
        self.ascii_regex = _ascii_regex(regex)

    def search(self, string: str):
        """The leftmost match in ``string``, as ``self.regex.search(string)``."""
        if not self.anchored:
            return (self.ascii_regex if string.isascii() else self.regex).search(string)
        if self.starts is not None and string[:1] not in self.starts:
            return None  # (most words: tested before the ASCII test)
        return (self.ascii_regex if string.isascii() else self.regex).match(string)


class _GuardedMatch:
    """``regex.match`` for a pattern that only matches a string holding the character ``needed``: spaCy's URL
    pattern (a host name's or an IP address's dot) and the pipeline's token match (a name's inline math, "$"). The
    tokenizer tries it on every new word, and most words have none. An ASCII word is matched by an ASCII copy of the
    pattern (see :func:`_ascii_regex`).

    >>> match = _GuardedMatch(URL_MATCH.__self__, ".").match
    >>> [bool(match(w)) for w in ["github.com/o/r", "https://x.org", "ResNet-50", "e.g."]]
    [True, True, False, False]
    """

    def __init__(self, regex: re.Pattern, needed: str):
        self.regex = regex
        self.pattern = regex.pattern  # spaCy's tokenizer serialises this
        self.needed = needed
        self.ascii_regex = _ascii_regex(regex)  # (its letter sets hold thousands of non-ASCII characters)

    def match(self, string: str):
        """``self.regex.match(string)``."""
        if self.needed not in string:
            return None
        return (self.ascii_regex if string.isascii() else self.regex).match(string)


class _SuffixSearch:
    """``regex.search`` for a suffix ``regex`` (alternatives ending with ``$``) that starts near the string's end.

    A bounded alternative matches at most ``width`` characters, so it starts in the last ``width + 1`` (``$`` also
    matches before a final line break): searching from there finds the same match, trying far fewer positions.
    An unbounded alternative is allowed when it is a run of one character (the ellipsis ``\\.\\.+``): a match
    starting before that window then has that character right before it, and the whole string is searched.
    A word whose last two characters no suffix ends with ("models": only "'s" and "’s" end with "s") is passed
    without a search, and one ending with a character only one-character suffixes end with (",", ")") is matched
    at its last character.

    Examples
    --------
    >>> search = _SuffixSearch(re.compile(r"(?<=[0-9])%$|\\.\\.+$|'s$"), ["(?<=[0-9])%", r"\\.\\.+", "'s"]).search
    >>> [(m.start(), m.end()) for m in map(search, ["100%", "Bob's", "wait......", "x..", "1%"])]
    [(3, 4), (3, 5), (4, 10), (1, 3), (1, 2)]
    >>> search("tested") is None
    True
    """

    _RUNS = {r"\.\.+": "."}  # unbounded suffix -> the one character it repeats

    def __init__(self, regex: re.Pattern, pieces: list[str]):
        self.regex = regex
        self.pattern = regex.pattern  # spaCy's tokenizer serialises this
        widths = {p: _parser.parse(p).getwidth()[1] for p in pieces if p.strip()}
        bounded = [w for p, w in widths.items() if w < _MAXREPEAT]
        runs = [p for p, w in widths.items() if w >= _MAXREPEAT]
        self.guards = "".join(self._RUNS.get(p, "") for p in runs)
        # None: search every position (an unbounded alternative of another kind)
        self.window = max(bounded, default=0) + 1 if all(p in self._RUNS for p in runs) else None
        # the characters a match can end with (None: any); it ends the string or stands before a final line break
        self.ends = _first_chars(_branches(regex.pattern), last=True) if not regex.flags & ~re.UNICODE else None
        # a last character every match ending with it has one of a few characters before ("'s", "’s": the plural's
        # "s") -> those characters
        self.before_last = _chars_before_last(_branches(regex.pattern)) if self.ends is not None else {}
        # the last characters only one-character suffixes end with (",", ")", ":"): a match is the last character
        self.single = _single_char_ends(widths) if self.ends is not None else frozenset()
        self.ascii_regex = _ascii_regex(regex)

    def search(self, string: str):
        """The leftmost match in ``string``, as ``self.regex.search(string)``."""
        last = string[-1:]
        if self.ends is not None and last not in self.ends and not (last == "\n" and string[-2:-1] in self.ends):
            return None
        before = self.before_last.get(last)
        if before is not None and string[-2:-1] not in before and last != "\n":
            return None  # "models": no suffix ends with a plain word's "s"
        regex = self.ascii_regex if string.isascii() else self.regex
        if last in self.single:  # (never a final line break, before which "$" matches too)
            return regex.match(string, len(string) - 1)
        start = len(string) - self.window if self.window is not None else 0
        if start <= 0 or string[start - 1] in self.guards:
            return regex.search(string)
        return regex.search(string, start)


class _InfixFinditer:
    """``regex.finditer`` that first checks the string has a character some infix alternative starts its match
    with ("-", ".", ",", "/", a symbol, ...): most words have none, and the alternatives, each opening with a
    look-behind, were tried at every position.

    Examples
    --------
    >>> finditer = _InfixFinditer(re.compile(r"(?<=[a-z])[-/](?=[a-z])|(?<=[0-9])\\+")).finditer
    >>> [m.span() for m in finditer("a-b/c")], list(finditer("abc")), [m.span() for m in finditer("1+2")]
    ([(1, 2), (3, 4)], [], [(1, 2)])
    """

    def __init__(self, regex: re.Pattern):
        self.regex = regex
        self.pattern = regex.pattern  # spaCy's tokenizer serialises this
        # None: no such set (an alternative can start with any character); then every string is searched
        self.starts = _first_chars(_branches(regex.pattern)) if not regex.flags & ~re.UNICODE else None
        self.ascii_regex = _ascii_regex(regex, self.starts)

    def finditer(self, string: str):
        """The matches in ``string``, as ``self.regex.finditer(string)``."""
        if self.starts is not None and self.starts.isdisjoint(string):
            return iter(())
        return (self.ascii_regex if string.isascii() else self.regex).finditer(string)


def _ascii_regex(regex: re.Pattern, starts: frozenset[str] | None = None) -> re.Pattern:
    r"""A regex that finds the matches of ``regex`` in any ASCII string, faster: each character set cut to its ASCII
    members (spaCy's sets of letters and symbols hold thousands of non-ASCII characters out of the engine's fast
    table, which it compares one by one wherever a character is not in the set) and, given the characters every
    match ``starts`` with, a look-ahead for those first (at most positions one set test fails, where every
    alternative was tried). ``regex`` itself when it ignores case (a non-ASCII letter can match an ASCII one).

    >>> rx = re.compile(r"(?<=[a-z\u00e0-\u00ff\U00010400-\U0001044f])-(?=[a-z])|\.\.+")
    >>> fast = _ascii_regex(rx, frozenset("-."))
    >>> [m.span() for m in fast.finditer("a-b...c-")] == [m.span() for m in rx.finditer("a-b...c-")]
    True
    """
    if regex.flags & _IGNORECASE:
        return regex
    parsed = _parser.parse(regex.pattern, regex.flags)
    _cut_sets_to_ascii(parsed.data)
    if starts is not None:
        first = [(_LITERAL, ord(char)) for char in sorted(starts) if char.isascii()]
        parsed.data.insert(0, (_ASSERT, (1, _parser.SubPattern(parsed.state, [(_IN, first)]))))
    return _compiler.compile(parsed, regex.flags)


def _cut_sets_to_ascii(ops: list) -> None:
    """Cut every character set in the parsed regex operations ``ops`` (and the groups, look-arounds, repeats and
    alternatives inside them) to its ASCII members, in place; a group that ignores case is left whole."""
    for k, (op, av) in enumerate(ops):
        if op == _IN:
            ops[k] = (op, _ascii_members(av))
        elif op in (_ASSERT, _ASSERT_NOT):
            _cut_sets_to_ascii(av[1].data)
        elif op == _BRANCH:
            for branch in av[1]:
                _cut_sets_to_ascii(branch.data)
        elif op == _SUBPATTERN and not av[1] & _IGNORECASE:
            _cut_sets_to_ascii(av[3].data)
        elif op in (_MAX_REPEAT, _MIN_REPEAT, _POSSESSIVE_REPEAT):
            _cut_sets_to_ascii(av[2].data)
        elif op == _ATOMIC_GROUP:
            _cut_sets_to_ascii(av.data)
        elif op == _GROUPREF_EXISTS:
            for part in av[1:]:
                if part is not None:
                    _cut_sets_to_ascii(part.data)


def _ascii_members(items: list) -> list:
    """The members of a parsed character set that an ASCII character can be: its ASCII literals, its ranges cut at
    the end of ASCII, and its negation and categories ("\\d") as they are."""
    out = []
    for kind, value in items:
        if kind == _LITERAL:
            if value < 0x80:
                out.append((kind, value))
        elif kind == _RANGE:
            if value[0] < 0x80:
                out.append((kind, (value[0], min(value[1], 0x7F))))
        else:
            out.append((kind, value))
    return out


def _first_chars(branches: list, last: bool = False) -> frozenset[str] | None:
    """The characters the matches of the alternatives ``branches`` (parsed) can start with (``last``: end with),
    past look-arounds and anchors; None when that set is not a list of characters and ranges.

    >>> _first_chars(_branches(r"(?<=a)[-x-z]|\\.\\.+|(?:ab|c)")) == set("-xyz.ac"), _first_chars(_branches(r"\\w"))
    (True, None)
    >>> sorted(_first_chars(_branches(r"^a|'s$|(?:b|cd)(?=x)"), last=True))
    ['a', 'b', 'd', 's']
    """
    out: set[str] = set()
    for ops in branches:
        ops = [(op, av) for op, av in ops if op not in (_ASSERT, _ASSERT_NOT, _AT)]  # the zero-width ones
        if not ops:
            return None
        op, av = ops[-1 if last else 0]
        if op == _LITERAL:
            out.add(chr(av))
        elif op == _IN and all(kind in (_LITERAL, _RANGE) for kind, _ in av):
            for kind, value in av:
                out.update(chr(value) if kind == _LITERAL else map(chr, range(value[0], value[1] + 1)))
        elif op in (_MAX_REPEAT, _MIN_REPEAT) and av[0] >= 1:
            inner = _first_chars([list(av[2])], last)
            if inner is None:
                return None
            out |= inner
        elif op == _SUBPATTERN and not av[1] and not av[2] or op == _BRANCH:
            inner = _first_chars([list(b) for b in av[1]] if op == _BRANCH else _branches_of(list(av[3])), last)
            if inner is None:
                return None
            out |= inner
        else:
            return None
    return frozenset(out)


def _single_char_ends(widths: dict[str, int]) -> frozenset[str]:
    r"""The characters that only suffix pieces of one character end with (``widths``: each piece -> its longest
    match): a suffix match that ends with one of them starts at the last character. None of them when a piece's last
    characters are unknown.

    >>> pieces = [",", r"\.\.+", r"(?<=[0-9])%", "'s", "s"]
    >>> sorted(_single_char_ends({p: _parser.parse(p).getwidth()[1] for p in pieces}))
    ['%', ',']
    """
    single: set[str] = set()
    longer: set[str] = set()
    for piece, width in widths.items():
        last = _first_chars(_branches(piece), last=True)
        if last is None:
            return frozenset()
        (single if width == 1 else longer).update(last)
    return frozenset(single - longer - {"\n"})


def _chars_before_last(branches: list) -> dict[str, frozenset[str]]:
    r"""For the alternatives ``branches`` (parsed): each character that every match ending with it has one of a few
    characters right before (each alternative that can end with it ends with that character after a literal or a
    set of characters) -> those characters. A character an alternative ends with in any other way is left out, and
    when an alternative's last characters are unknown nothing is said.

    >>> before = _chars_before_last(_branches(r"'s$|’s$|\.\.+$|(?<=[0-9])%$|[ab]c$|x$"))
    >>> before == {"s": {"'", "’"}, "c": {"a", "b"}}
    True
    >>> _chars_before_last(_branches(r"'s$|(?<=[0-9])s$")), _chars_before_last(_branches(r"'s$|\w$"))
    ({}, {})
    """
    before: dict[str, set[str]] = {}
    free: set[str] = set()  # characters some alternative ends with after any character
    for ops in branches:
        ops = [(op, av) for op, av in ops if op not in (_ASSERT, _ASSERT_NOT, _AT)]
        prev = _first_chars([ops[-2:-1]], last=True) if len(ops) >= 2 and ops[-1][0] == _LITERAL else None
        if prev is not None:
            before.setdefault(chr(ops[-1][1]), set()).update(prev)
            continue
        last = _first_chars([ops], last=True)
        if last is None:
            return {}
        free |= last
    return {char: frozenset(chars) for char, chars in before.items() if char not in free}


def _branches(pattern: str) -> list:
    """The top-level alternatives of ``pattern``, each a list of parsed regex operations."""
    return _branches_of(list(_parser.parse(pattern)))


def _branches_of(parsed: list) -> list:
    """The alternatives of a parsed regex (a list of operations): its branches, or the whole list."""
    if len(parsed) == 1 and parsed[0][0] == _BRANCH:
        return [list(b) for b in parsed[0][1][1]]
    return [parsed]
