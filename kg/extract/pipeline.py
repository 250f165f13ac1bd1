"""The extraction pipeline: a blank English spaCy model plus our components, paper dict -> record."""

from __future__ import annotations

import re
import re._parser as _parser  # (sre_parse) to read regex widths and anchors
from bisect import bisect_right
from re._constants import (ASSERT as _ASSERT, ASSERT_NOT as _ASSERT_NOT, AT as _AT, AT_BEGINNING as _AT_BEGINNING,
                           BRANCH as _BRANCH, IN as _IN, LITERAL as _LITERAL, MAX_REPEAT as _MAX_REPEAT,
                           MAXREPEAT as _MAXREPEAT, MIN_REPEAT as _MIN_REPEAT, RANGE as _RANGE,
                           SUBPATTERN as _SUBPATTERN)
from functools import lru_cache
from typing import Iterable, Iterator, NamedTuple

import spacy
from spacy.attrs import IS_PUNCT, IS_STOP, LOWER
from spacy.lang.tokenizer_exceptions import URL_MATCH
from spacy.language import Language
from spacy.tokens import Doc

import kg.extract.components  # noqa: F401  (registers the factories)
from kg.extract.components.candidates import doc_text, ensure_extensions
from kg.extract.links import find_links
from kg.extract.runner import abstract_of

__all__ = ["load_nlp", "extract_record", "extract_records", "prepare_text", "MAX_FIELD_CHARS"]

MAX_FIELD_CHARS = 20_000
"""Title and abstract are each cut to this many characters; the record then has ``truncated: true``."""

SEPARATOR = "\n\n"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_TIE = re.compile(r"(?<=\w)~(?=[(\w])")  # LaTeX's unbreakable space: "Minimization~(BSAM)" reads "Minimization (BSAM)"
# LaTeX markup left in arXiv abstracts: "\textbf{SemTok}", "$\texttt{X}$", "{\em X}", "\&". The markup is
# removed and the words inside kept; _Field maps offsets in the cleaned text back to the original.
_LATEX = re.compile(r"\$?\\(?:textbf|textit|textsc|texttt|textrm|textsf|emph|text|mathrm|mathbf|mathit|mathsf|"
                    r"mathtt|underline)\s*\{(?P<a>[^{}\\]*)\}\$?|\{\\(?:em|bf|it|sc|tt)\s(?P<b>[^{}\\]*)\}|"
                    r"\\(?P<c>[&%_#$])")


_SPLIT_SUFFIXES = ("based|style|like|family|series|only|free|trained|pretrained|initialized|finetuned|powered"
                   "|derived|inspired|encoded|distilled")


def _tokenizer_rules(nlp: Language) -> None:
    """Keep hyphenated names whole (ResNet-50, k-means, ViT-B/16) but split "-based"-style suffixes, so
    "an ImageNet-trained model" names ImageNet.

    Examples
    --------
    >>> [t.text for t in load_nlp().make_doc("ResNet-50 is ImageNet-trained and BERT-based")]
    ['ResNet-50', 'is', 'ImageNet', '-', 'trained', 'and', 'BERT', '-', 'based']
    >>> [t.text for t in load_nlp().make_doc("SpinQuant+GPTQ beats U-Net++")]
    ['SpinQuant', '+', 'GPTQ', 'beats', 'U-Net++']
    >>> [t.text for t in load_nlp().make_doc("(RL)-based CODA(Continuous) (SSA).Next")]
    ['(', 'RL', ')', '-', 'based', 'CODA', '(', 'Continuous', ')', '(', 'SSA', ')', '.', 'Next']
    """
    infixes = []
    for pat in nlp.Defaults.infixes:
        if re.search(pat, "a-b") or re.search(pat, "3-8"):
            continue  # the letter-hyphen-letter and number-hyphen-number rules
        infixes.append(pat)
    infixes.append(r"(?<=[0-9])[+*^](?=[0-9])")
    # two names joined by "+" are two names ("SpinQuant+GPTQ", "U-Net+MiT-B3"); "U-Net++", "RGB+D" stay whole
    infixes.append(r"(?<=[A-Za-z0-9])\+(?=[A-Z][A-Za-z0-9])")
    infixes.append(rf"(?<=[A-Za-z0-9)])-(?=(?:{_SPLIT_SUFFIXES})\b)")
    # a closing bracket glued to what follows: "(RL)-based", "(SSA).Next", "(DIP)[16]", "CODA(Continuous"
    infixes.append(r"(?<=[A-Za-z0-9])[)\]](?=[-.,;:\[A-Za-z])")
    infixes.append(r"(?<=[)\]])[.,;:](?=[A-Za-z])")
    infixes.append(r"(?<=[A-Za-z0-9])\((?=[A-Z0-9])")  # "CODA(Continuous", "Qwen3(8B, 14B)"
    # drop the "digits + unit" suffix rule so "ImageNet-1K" and "22K" stay whole
    suffixes = [p for p in nlp.Defaults.suffixes if not (isinstance(p, str) and p.startswith("(?<=[0-9])(?:"))]
    suffixes.append(r"(?<=[A-Z0-9])\.")
    suffixes.append(r"(?<=[A-Za-z0-9])-$")  # a suspended hyphen: "LoRA- and prompt-based"
    nlp.tokenizer.infix_finditer = _InfixFinditer(spacy.util.compile_infix_regex(infixes)).finditer
    nlp.tokenizer.suffix_search = _SuffixSearch(spacy.util.compile_suffix_regex(suffixes), suffixes).search
    nlp.tokenizer.prefix_search = _PrefixSearch(nlp.tokenizer.prefix_search.__self__).search
    if nlp.tokenizer.url_match is not None and nlp.tokenizer.url_match.__self__.pattern == URL_MATCH.__self__.pattern:
        nlp.tokenizer.url_match = _DottedMatch(nlp.tokenizer.url_match.__self__).match


# Faster equivalents of the tokenizer's affix and URL searches: same matches; the tokenizer runs them on every word
# it has not seen before, and the four save ~15% of the extractor's instructions. spaCy serialises them by ``pattern``.

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

    def search(self, string: str):
        """The leftmost match in ``string``, as ``self.regex.search(string)``."""
        if not self.anchored:
            return self.regex.search(string)
        if self.starts is not None and string[:1] not in self.starts:
            return None
        return self.regex.match(string)


class _DottedMatch:
    """``regex.match`` for spaCy's URL pattern, which only matches a string with a dot (a host name's or an IP
    address's): the tokenizer tries it on every new word, and most words have none.

    >>> match = _DottedMatch(URL_MATCH.__self__).match
    >>> [bool(match(w)) for w in ["github.com/o/r", "https://x.org", "ResNet-50", "e.g."]]
    [True, True, False, False]
    """

    def __init__(self, regex: re.Pattern):
        self.regex = regex
        self.pattern = regex.pattern  # spaCy's tokenizer serialises this

    def match(self, string: str):
        """``self.regex.match(string)``."""
        return self.regex.match(string) if "." in string else None


class _SuffixSearch:
    """``regex.search`` for a suffix ``regex`` (alternatives ending with ``$``) that starts near the string's end.

    A bounded alternative matches at most ``width`` characters, so it starts in the last ``width + 1`` (``$`` also
    matches before a final line break): searching from there finds the same match, trying far fewer positions.
    An unbounded alternative is allowed when it is a run of one character (the ellipsis ``\\.\\.+``): a match
    starting before that window then has that character right before it, and the whole string is searched.

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

    def search(self, string: str):
        """The leftmost match in ``string``, as ``self.regex.search(string)``."""
        if self.ends is not None and string[-1:] not in self.ends and not (
                string[-1:] == "\n" and string[-2:-1] in self.ends):
            return None
        start = len(string) - self.window if self.window is not None else 0
        if start <= 0 or string[start - 1] in self.guards:
            return self.regex.search(string)
        return self.regex.search(string, start)


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

    def finditer(self, string: str):
        """The matches in ``string``, as ``self.regex.finditer(string)``."""
        if self.starts is not None and self.starts.isdisjoint(string):
            return iter(())
        return self.regex.finditer(string)


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


def _branches(pattern: str) -> list:
    """The top-level alternatives of ``pattern``, each a list of parsed regex operations."""
    return _branches_of(list(_parser.parse(pattern)))


def _branches_of(parsed: list) -> list:
    """The alternatives of a parsed regex (a list of operations): its branches, or the whole list."""
    if len(parsed) == 1 and parsed[0][0] == _BRANCH:
        return [list(b) for b in parsed[0][1][1]]
    return [parsed]


# the lexeme attributes the components read (the gazetteer matches on LOWER; rules.py reads is_stop, is_punct)
_LEXEME_ATTRS = (LOWER, IS_STOP, IS_PUNCT)


def _lexeme_attrs(nlp: Language) -> None:
    """Compute only the lexeme attributes the components read for each new word.

    spaCy runs every attribute getter of the language (shape, like_num, norm, prefix, ...) once per word
    it has not seen; on arXiv abstracts that is ~4% of extraction time, and the extractor reads three.

    Examples
    --------
    >>> sorted(load_nlp().vocab.lex_attr_getters) == sorted(_LEXEME_ATTRS)
    True
    """
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {attr: getters[attr] for attr in _LEXEME_ATTRS}


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Return the cached extraction pipeline built on ``spacy.blank("en")`` (nothing is downloaded).

    Components: ``kg_sentences``, ``kg_gazetteer``, ``kg_rules``, ``kg_resolve``. New words get only the
    lexeme attributes the components read (lower case, stop word, punctuation): ``token.shape_`` or
    ``token.like_num`` of a word first seen in a document are not set.

    Returns
    -------
    spacy.Language
        The pipeline; ``nlp(text)._.kg_entities`` holds the entities of ``text``.

    Examples
    --------
    >>> nlp = load_nlp()
    >>> nlp.pipe_names
    ['kg_sentences', 'kg_gazetteer', 'kg_rules', 'kg_resolve']
    """
    ensure_extensions()
    nlp = spacy.blank("en")
    _tokenizer_rules(nlp)
    _lexeme_attrs(nlp)
    nlp.add_pipe("kg_sentences")
    nlp.add_pipe("kg_gazetteer")
    nlp.add_pipe("kg_rules")
    nlp.add_pipe("kg_resolve")
    return nlp


def _as_text(text: object) -> str:
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    return text


class _Field(NamedTuple):
    """A title or abstract as the pipeline reads it: cleaned text, and where markup was removed."""

    text: str
    truncated: bool
    # per pass of markup removal (nested markup takes several): the offsets at which characters were
    # removed, one entry per removed character
    cuts: tuple[list[int], ...]

    def original(self, pos: int) -> int:
        """The offset in the original field of the character at clean offset ``pos``."""
        for cuts in reversed(self.cuts):
            pos += bisect_right(cuts, pos)
        return pos


def _clean(text: object) -> _Field:
    text = _as_text(text)
    truncated = len(text) > MAX_FIELD_CHARS
    if truncated:
        text = text[:MAX_FIELD_CHARS]
    passes: list[list[int]] = []
    while "\\" in text and len(passes) < 3:  # "\\textbf{(\\textit{PADHASH})}" takes two passes
        text, cuts = _strip_markup(text)
        if not cuts:
            break
        passes.append(cuts)
    text = _CONTROL.sub(" ", text)
    if "~" in text:  # _TIE opens with a lookbehind, so it scans slowly: run it only where it can match
        text = _TIE.sub(" ", text)
    return _Field(text, truncated, tuple(passes))


def _strip_markup(text: str) -> tuple[str, list[int]]:
    """One pass of LaTeX markup removal: the text, and the offsets at which characters were removed."""
    parts: list[str] = []
    cuts: list[int] = []
    done = kept = 0
    for m in _LATEX.finditer(text):
        group = next(g for g in "abc" if m.group(g) is not None)
        inner_start, inner_end = m.span(group)
        parts.append(text[done:m.start()])
        kept += m.start() - done
        cuts.extend([kept] * (inner_start - m.start()))  # the opening markup
        parts.append(_initials_as_word(text, m, group))
        kept += inner_end - inner_start
        cuts.extend([kept] * (m.end() - inner_end))  # the closing markup
        done = m.end()
    parts.append(text[done:])
    return "".join(parts), cuts


def _initials_as_word(text: str, m: re.Match, group: str) -> str:
    """The wrapped text of markup match ``m``, with acronym letters highlighted inside a word written as the
    word: "\\textbf{CO}ding" reads "Coding" and "Rat\\textbf{E}" reads "Rate" (same length)."""
    inner = text[m.start(group):m.end(group)]
    if not (len(inner) <= 4 and inner.isalpha() and inner.isupper()):
        return inner
    before = text[m.start() - 1] if m.start() else ""
    after = text[m.end()] if m.end() < len(text) else ""
    if before.isalpha():
        return inner.lower()
    return inner[0] + inner[1:].lower() if after.islower() else inner


def _prepare(record: dict) -> tuple[str, int, bool, tuple[_Field, _Field]]:
    title, abstract = _clean(record.get("title")), _clean(abstract_of(record))
    return (title.text + SEPARATOR + abstract.text, len(title.text) + len(SEPARATOR),
            title.truncated or abstract.truncated, (title, abstract))


def prepare_text(record: dict) -> tuple[str, int, bool]:
    """Return (pipeline text, abstract offset, truncated) for a paper dict.

    The text is the title and abstract joined by a blank line. Every control character
    (including line breaks) becomes a space, and LaTeX markup is removed with the words it
    wraps kept ("\\textbf{SemTok}" reads "SemTok"); entity mentions still report offsets
    into the original fields.

    Examples
    --------
    >>> prepare_text({"title": "T", "abstract": "line\\nbreak"})
    ('T\\n\\nline break', 3, False)
    >>> prepare_text({"title": "", "abstract": r"we propose $\\texttt{SemTok}$, \\textbf{fast} \\& more"})[0]
    '\\n\\nwe propose SemTok, fast & more'
    """
    return _prepare(record)[:3]


def _links(record: dict) -> tuple[list[str], list[str]]:
    parts = [record.get("title") or "", abstract_of(record) or "",
             record.get("comment") or ""]
    gh = record.get("github") or []
    if isinstance(gh, str):
        gh = [gh]
    parts.extend(str(g) for g in gh if g)
    repos, urls = find_links("\n".join(str(p) for p in parts))
    return list(repos), list(urls)


def _to_record(record: dict, doc: Doc, offset: int, truncated: bool, cleaned: tuple[_Field, _Field]) -> dict:
    text = doc_text(doc)
    fields = {"title": _as_text(record.get("title")), "abstract": _as_text(abstract_of(record))}
    maps = {"title": cleaned[0], "abstract": cleaned[1]}
    ents = doc.user_data.get("kg_entities") or {"methods": [], "datasets": [], "tasks": []}
    out: dict = {"id": record.get("id")}
    for kind in ("methods", "datasets", "tasks"):
        rows = []
        for e in ents[kind]:
            mentions = []
            for m in e["mentions"]:
                field, base = ("title", 0) if m["start"] < offset else ("abstract", offset)
                start = maps[field].original(m["start"] - base)
                end = maps[field].original(m["end"] - base - 1) + 1
                mentions.append({"text": fields[field][start:end], "field": field, "start": start, "end": end,
                                 "sentence": text[m["sent_start"]:m["sent_end"]].strip(), "rule": m["rule"]})
            row = {"name": e["name"], "aliases": list(e["aliases"])}
            if kind != "tasks":
                row["proposed"] = bool(e["proposed"])
            row.update(key=e["key"], confidence=e["confidence"], mentions=mentions)
            rows.append(row)
        out[kind] = rows
    out["repos"], out["urls"] = _links(record)
    if truncated:
        out["truncated"] = True
    return out


def extract_record(record: dict, nlp: Language | None = None) -> dict:
    """Extract methods, datasets, tasks, repos and urls from one paper dict.

    Parameters
    ----------
    record : dict
        ``{"id", "title", "abstract"}`` plus optional ``"github"`` (list of links) and ``"comment"``.
    nlp : spacy.Language, optional
        A pipeline from :func:`load_nlp` (default: the cached one).

    Returns
    -------
    dict
        The extraction record of ARCHITECTURE.md section 2. Each entity carries ``key``,
        ``confidence`` and ``mentions`` (field, start, end, sentence, rule). ``truncated: true``
        appears when a field was longer than ``MAX_FIELD_CHARS`` and only its start was read.

    Examples
    --------
    >>> r = extract_record({"id": "p1", "title": "Conda: Column-Normalized Adam",
    ...                     "abstract": "We propose Column-Normalized Adam (Conda) and test it on ImageNet-1K."})
    >>> [(m["name"], m["proposed"]) for m in r["methods"]]
    [('Conda', True)]
    >>> r["datasets"][0]["name"], r["datasets"][0]["mentions"][0]["field"]
    ('ImageNet-1K', 'abstract')
    """
    return next(extract_records([record], nlp=nlp))


def extract_records(records: Iterable[dict], nlp: Language | None = None, batch_size: int = 64) -> Iterator[dict]:
    """Yield the extraction record of every paper dict, in order, using ``nlp.pipe``.

    Parameters
    ----------
    records : iterable of dict
        Paper dicts as for :func:`extract_record`.
    nlp : spacy.Language, optional
        A pipeline from :func:`load_nlp`.
    batch_size : int, optional (default=64)
        Documents per ``nlp.pipe`` batch.

    Yields
    ------
    dict
        One extraction record per input, same order and id.

    Examples
    --------
    >>> rows = extract_records([{"id": "a", "title": "", "abstract": ""},
    ...                         {"id": "b", "title": "BERT for text classification", "abstract": ""}])
    >>> [(r["id"], [m["name"] for m in r["methods"]]) for r in rows]
    [('a', []), ('b', ['BERT'])]
    """
    nlp = nlp or load_nlp()

    def prepared():
        for rec in records:
            if not isinstance(rec, dict):
                rec = {"id": None, "title": "", "abstract": str(rec)}
            text, offset, truncated, cleaned = _prepare(rec)
            doc = nlp.make_doc(text)
            doc.user_data["kg_text"] = text  # spaCy rebuilds doc.text on every access
            yield doc, (rec, offset, truncated, cleaned)

    for doc, (rec, offset, truncated, cleaned) in nlp.pipe(prepared(), as_tuples=True, batch_size=batch_size):
        yield _to_record(rec, doc, offset, truncated, cleaned)
