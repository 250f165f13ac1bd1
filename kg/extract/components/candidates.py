"""The candidate record that components append to ``doc._.kg_cands``."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import partial
from itertools import accumulate, compress
from typing import Callable, Iterable, TypeVar

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["Cand", "ensure_extensions", "cands_of", "abbrevs_of", "own_one_word_names", "token_index", "positions",
           "word_between", "doc_text", "span_text", "char_bounds", "covering_tokens", "lowers", "texts",
           "set_word_flag", "register_word_flags", "flagged_tokens", "LastDocTable", "cand_table",
           "SpanReach"]

T = TypeVar("T")


@dataclass(slots=True, order=True, unsafe_hash=True)
class Cand:
    """A candidate entity span in token offsets, with its label, rule, group and score.

    ``label`` is METHOD, DATASET, TASK or NAME (a coined name whose type the resolver decides);
    ``group`` links forms of one entity (a gazetteer entry or an acronym definition).

    Candidates are values: equal, hashed and ordered by their fields, never changed in place (``_replace`` gives a
    changed copy). A slots dataclass rather than a named tuple because the components read the fields ~3,600 times a
    document and Python specialises a slot read, not a named tuple's field read.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe train a Shelf Fusion Miner (SFM) on ImageNet.")
    >>> [(doc[c.start:c.end].text, c.label, c.group) for c in cands_of(doc) if c.rule in ("gazetteer", "abbreviation")]
    [('ImageNet', 'DATASET', 'DATASET:imagenet'), ('SFM', 'NAME', 'abbr:0'), ('Shelf Fusion Miner', 'NAME', 'abbr:0')]
    >>> c = Cand(0, 2, "NAME", "coined", "", 0.5)
    >>> c._replace(end=3), c == Cand(0, 2, "NAME", "coined", "", 0.5), c < c._replace(end=3)
    (Cand(start=0, end=3, label='NAME', rule='coined', group='', score=0.5), True, True)
    """

    start: int
    end: int
    label: str
    rule: str
    group: str
    score: float

    def _replace(self, **changes) -> Cand:
        """A copy with the fields ``changes`` names changed (as ``NamedTuple._replace``)."""
        return replace(self, **changes)


def ensure_extensions() -> None:
    """Register the ``Doc`` extensions the components use (idempotent).

    Their values live in ``doc.user_data`` under the extension's name, where the components read and write
    them directly (:func:`cands_of`, :func:`abbrevs_of`): every ``doc._`` access builds a spaCy proxy object
    (~1.5 us), and the components made ~17 a document.

    Examples
    --------
    >>> ensure_extensions()
    >>> import spacy
    >>> doc = spacy.blank("en")("A B")
    >>> doc._.kg_abbrevs = [(0, 1, 1, 2)]
    >>> doc._.kg_abbrevs == abbrevs_of(doc), doc._.kg_cands is None, cands_of(doc) is doc._.kg_cands
    (True, True, True)
    """
    for name in ("kg_cands", "kg_abbrevs", "kg_entities"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=partial(_stored, name), setter=partial(_store, name))


def _stored(name: str, doc: Doc):
    return doc.user_data.get(name)


def _store(name: str, doc: Doc, value) -> None:
    doc.user_data[name] = value


def cands_of(doc: Doc) -> list[Cand]:
    """The document's candidates (``doc._.kg_cands``); an empty list is created on first use, for the
    components to append to.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("ShelfNet routes shelves")
    >>> cands_of(doc).append(Cand(0, 1, "NAME", "coined", "", 0.5))
    >>> [(c.start, c.rule) for c in cands_of(doc)]
    [(0, 'coined')]
    """
    cands = doc.user_data.get("kg_cands")
    if cands is None:
        cands = doc.user_data["kg_cands"] = []
    return cands


def own_one_word_names(doc: Doc) -> set[str]:
    """The paper's one-word names found so far, lower-cased: its title name and the names after "we propose"
    (candidates of the rules ``title_prefix`` and ``proposal_name``).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("ShelfNet : shelf routing")
    >>> cands_of(doc).append(Cand(0, 1, "NAME", "title_prefix", "", 0.8))
    >>> own_one_word_names(doc)
    {'shelfnet'}
    """
    return cand_table(doc, "kg_own_one_word", _own_one_word_names)


def _own_one_word_names(doc: Doc, cands: list[Cand]) -> set[str]:
    low = lowers(doc)
    return {low[c.start] for c in cands if c.rule in ("title_prefix", "proposal_name") and c.end - c.start == 1}


def cand_table(doc: Doc, key: str, make: Callable[[Doc, list[Cand]], T]) -> T:
    """A table ``make(doc, candidates)`` of the candidates of ``doc``, kept in ``doc.user_data[key]`` and made anew
    only when the candidates changed since: the rules append to the list and two drop some, so its identity, length
    and last candidate tell. For tables asked for once per mention or window: a scan of every candidate each time is
    quadratic on a hostile abstract with thousands. The caller must not change the table.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("FooNet and BarNet")
    >>> starts = lambda doc, cands: [c.start for c in cands]
    >>> cands_of(doc).append(Cand(0, 1, "NAME", "coined", "", 0.6)); cand_table(doc, "kg_example_starts", starts)
    [0]
    >>> cands_of(doc).append(Cand(2, 3, "NAME", "coined", "", 0.6)); cand_table(doc, "kg_example_starts", starts)
    [0, 2]
    """
    cands = cands_of(doc)
    last = cands[-1] if cands else None
    made = doc.user_data.get(key)
    if made is not None and made[0] is cands and made[1] == len(cands) and made[2] is last:
        return made[3]
    table = make(doc, cands)
    doc.user_data[key] = (cands, len(cands), last, table)
    return table


def abbrevs_of(doc: Doc) -> list[tuple[int, int, int, int]]:
    """The document's acronym definitions (``doc._.kg_abbrevs``: short start, short end, long start, long end).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose a Shelf Routing Network (ShRN).")
    >>> [(doc[s0:s1].text, doc[l0:l1].text) for s0, s1, l0, l1 in abbrevs_of(doc)]
    [('ShRN', 'Shelf Routing Network')]
    """
    return doc.user_data.get("kg_abbrevs") or []


def token_index(doc: Doc) -> dict:
    """Return per-document arrays (cached in ``doc.user_data``) for fast token scans.

    Keys: ``starts`` / ``ends`` (character offsets of each token) and ``title_end`` (index of the
    first blank-line token, or ``len(doc)``). The same array read takes the word flags of :func:`flagged_tokens`
    (their tokens are cached too).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("A title\\n\\nAn abstract")
    >>> token_index(doc)["title_end"]
    2
    """
    if doc is _last_doc:
        return _last_index
    try:
        return doc.user_data["kg_index"]
    except KeyError:  # once per document (a look-up that finds its key is cheaper than .get())
        pass
    tests, flags = _flags_of(doc)
    pos = doc.to_array([IDX, LENGTH, *flags]) if len(doc) else None
    doc.user_data["kg_flagged"] = (tests, _flag_hits(flags, pos[:, 2:] if pos is not None else None))
    starts = pos[:, 0].tolist() if pos is not None else []
    ends = (pos[:, 0] + pos[:, 1]).tolist() if pos is not None else []
    index = {"title_end": _title_end(doc_text(doc), starts, ends), "starts": starts, "ends": ends}
    doc.user_data["kg_index"] = index
    return index


def _title_end(text: str, starts: list[int], ends: list[int]) -> int:
    """The index of the token that holds the first blank line of ``text`` (the tokens' character ``starts`` and
    ``ends``), or the number of tokens: the token ``doc.char_span(cut, cut + 2, alignment_mode="expand")`` starts
    with, found by bisection instead of building the span (a token's text and its trailing space cover the text, so
    the token holding a character is the last one starting at or before it; a character in its trailing space
    belongs to the next one).

    >>> _title_end("A title\\n\\nAn abstract", [0, 2, 7, 9, 12], [1, 7, 9, 11, 20]), _title_end("x y", [0, 2], [1, 3])
    (2, 2)
    """
    cut = text.find("\n\n")
    if cut < 0 or not starts:
        return len(starts)
    k = bisect_right(starts, cut) - 1
    return k + 1 if ends[k] == cut else k


# Lexeme flags (spaCy's free flag bits) mark the words the components look for in every token: spaCy tests each
# distinct word once, when it enters the vocabulary, and one array read of all the flags gives a document's tokens of
# each (no Python pass over the tokens). Flag bit -> word test, as registered by set_word_flag.
_FLAG_TESTS: tuple[tuple[int, Callable[[str], bool]], ...] = ()


def set_word_flag(flag: int, test: Callable[[str], bool]) -> None:
    """Mark every word (token string) passing ``test`` with the lexeme flag ``flag`` (one of spaCy's free flag bits,
    ``spacy.attrs.FLAG19`` .. ``FLAG63``), for :func:`flagged_tokens`; a new test replaces the flag's old one.

    Examples
    --------
    >>> from kg.extract.components.word_flags import COINED_FLAG, coined_shape
    >>> set_word_flag(COINED_FLAG, coined_shape)  # (as the rules do on import)
    >>> from kg.extract.components import candidates  # (the module's current value, not this example's copy)
    >>> (COINED_FLAG, coined_shape) in candidates._FLAG_TESTS
    True
    """
    global _FLAG_TESTS
    _FLAG_TESTS = tuple((f, t) for f, t in _FLAG_TESTS if f != flag) + ((flag, test),)


def register_word_flags(vocab: Vocab) -> None:
    """Give the words of ``vocab``, and every word it adds later, the flags set so far (each flag once per test).

    Examples
    --------
    >>> import spacy
    >>> from kg.extract.components.word_flags import COINED_FLAG
    >>> vocab = spacy.blank("en").vocab
    >>> register_word_flags(vocab)
    >>> vocab["ShelfNet"].check_flag(COINED_FLAG), vocab["shelf"].check_flag(COINED_FLAG)
    (True, False)
    """
    getters = vocab.lex_attr_getters
    for flag, test in _FLAG_TESTS:
        if getters.get(flag) is not test:
            vocab.add_flag(test, flag)


def flagged_tokens(doc: Doc, flag: int) -> list[int]:
    """Indices of the tokens whose word has the flag ``flag`` (:func:`set_word_flag`), in order; all the flags are
    read in one array read, once per document (with the token offsets, by :func:`token_index`; again when a test
    changed).

    The caller must not change the list.

    Examples
    --------
    >>> import spacy  # (a document of another pipeline's vocabulary gets the flags on first use)
    >>> from kg.extract.components.word_flags import CAP_FLAG, COINED_FLAG
    >>> doc = spacy.blank("en")("We train Vision-Mamba on COCO")
    >>> flagged_tokens(doc, COINED_FLAG), flagged_tokens(doc, CAP_FLAG)
    ([6], [0, 2, 4])
    """
    tests, hits = doc.user_data.get("kg_flagged") or (None, None)
    if tests is not _FLAG_TESTS:  # (usually read with the token offsets, by token_index)
        tests, flags = _flags_of(doc)
        hits = _flag_hits(flags, doc.to_array(flags).reshape(len(doc), len(flags)) if len(doc) else None)
        doc.user_data["kg_flagged"] = (tests, hits)
    return hits[flag]


def _flags_of(doc: Doc) -> tuple[tuple[tuple[int, Callable[[str], bool]], ...], list[int]]:
    """The flag tests set so far, registered on ``doc``'s vocabulary, and their flag bits (the array columns)."""
    tests = _FLAG_TESTS
    register_word_flags(doc.vocab)
    return tests, [f for f, _ in tests]


def _flag_hits(flags: list[int], values) -> dict[int, list[int]]:
    """Flag -> the indices of the tokens that have it, from ``values`` (one column per flag; None: no tokens)."""
    # (the array's own nonzero(): np.flatnonzero goes through numpy's function dispatch twice, ~2.5x slower here)
    return {f: values[:, k].nonzero()[0].tolist() if values is not None else [] for k, f in enumerate(flags)}


class SpanReach:
    """Token spans ``(start, end)`` read for whether one covers or overlaps a given span, by a binary search over
    their starts and the furthest end reached so far: a loop over every span per question is quadratic when a
    hostile abstract has thousands of both.

    >>> reach = SpanReach([(2, 5), (0, 2), (8, 9)])
    >>> reach.covers(3, 5), reach.covers(3, 6), reach.overlaps(5, 8), reach.overlaps(4, 8), SpanReach([]).covers(0, 0)
    (True, False, False, True, False)
    """

    __slots__ = ("starts", "reach")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach = list(accumulate((b for _, b in ordered), max))

    def covers(self, start: int, end: int) -> bool:
        """Some span starts at or before ``start`` and ends at or after ``end``."""
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end

    def overlaps(self, start: int, end: int) -> bool:
        """Some span shares a token with ``start..end`` (starts before ``end``, ends after ``start``)."""
        i = bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start


class LastDocTable:
    """A per-document table, made by ``make(doc)`` once per document and kept in ``doc.user_data[key]``, remembered
    for the document asked last as ``doc`` and ``value``: a caller in a hot path tests ``doc is table.doc`` and reads
    ``table.value`` (the identity test of the token tables, see ``_last_doc``, instead of a ``doc.user_data``
    look-up), and calls :meth:`of` otherwise. The reference keeps that document alive, so a new document cannot pass
    the test.

    Examples
    --------
    >>> import spacy
    >>> table = LastDocTable("kg_example_len", len)
    >>> doc = spacy.blank("en")("a b c")
    >>> table.of(doc), table.doc is doc, doc.user_data["kg_example_len"]
    (3, True, 3)
    """

    __slots__ = ("key", "make", "doc", "value")

    def __init__(self, key: str, make: Callable[[Doc], object]):
        self.key, self.make = key, make
        self.doc: Doc | None = None
        self.value = None

    def of(self, doc: Doc):
        """The table of ``doc`` (made now if ``doc`` has none), remembered as the last document's."""
        value = doc.user_data.get(self.key)
        if value is None:
            value = doc.user_data[self.key] = self.make(doc)
        self.doc, self.value = doc, value
        return value


_ASKED: set[frozenset[str]] = set()  # the word sets positions() has been asked for
_WATCHED: frozenset[str] = frozenset()  # their union


def positions(doc: Doc, words: frozenset[str]) -> list[int]:
    """Return token indices whose lower-case form is in ``words`` (a module-level constant).

    The components ask for several word sets per document; one pass finds the tokens of every set
    asked for so far (cached per document) and each call filters those few hits. The answer is cached per
    document and set (some sets are asked for once per candidate): the caller must not change the list.
    (A lexeme flag for the watched words, read with the other word flags, cost as much as this pass: measured.)

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("We propose X and propose Y on Z")
    >>> positions(doc, frozenset({"propose"})), positions(doc, frozenset({"on"}))
    ([1, 4], [6])
    """
    global _WATCHED
    if words not in _ASKED:
        _ASKED.add(words)
        _WATCHED = _WATCHED | words
    tables = _WATCHED_TABLES.value if doc is _WATCHED_TABLES.doc else _WATCHED_TABLES.of(doc)
    if tables[0] is not _WATCHED:  # more words are watched than when the tables were made
        del doc.user_data[_WATCHED_TABLES.key]
        tables = _WATCHED_TABLES.of(doc)
    found = tables[2]
    out = found.get(words)
    if out is None:
        out = found[words] = _positions_of(tables[1], words)
    return out


def _watched_tables(doc: Doc) -> tuple[frozenset[str], dict[str, list[int]], dict[frozenset[str], list[int]]]:
    """The watched words the tables of ``doc`` are made for, each one's token indices (:func:`_watched_positions`)
    and the answers given so far (word set -> indices)."""
    return _WATCHED, _watched_positions(lowers(doc)), {}


_WATCHED_TABLES = LastDocTable("kg_watched", _watched_tables)


def _watched_positions(low: list[str]) -> dict[str, list[int]]:
    """Each watched word (see :func:`positions`) the lower-case tokens ``low`` hold -> its token indices, in order."""
    by_word: dict[str, list[int]] = {}
    for i in compress(range(len(low)), map(_WATCHED.__contains__, low)):  # (no Python step for each token)
        at = by_word.get(low[i])
        if at is None:
            by_word[low[i]] = [i]
        else:
            at.append(i)
    return by_word


def _positions_of(by_word: dict[str, list[int]], words: frozenset[str]) -> list[int]:
    """The token indices, in order, of the words of ``words`` in the table of :func:`_watched_positions`: the
    document's few watched words looked up instead of every watched token tested."""
    # (a set operation iterates in C over the smaller side: the dict's keys against a large word set, the words of a
    # small one against the keys)
    present = words.intersection(by_word) if len(by_word) < len(words) else by_word.keys() & words
    if len(present) == 1:
        return by_word[next(iter(present))]
    return sorted([i for w in present for i in by_word[w]])


def word_between(doc: Doc, words: frozenset[str], a: int, b: int) -> bool:
    """Whether a token in ``a..b`` (``b`` excluded) has its lower-case form in ``words`` (a module-level constant),
    answered from :func:`positions` without a scan: the cheap test before a helper's backward or forward scan.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("We propose X and propose Y on Z")
    >>> word_between(doc, frozenset({"propose"}), 2, 4), word_between(doc, frozenset({"propose"}), 2, 5)
    (False, True)
    """
    found = positions(doc, words)
    k = bisect_left(found, a)
    return k < len(found) and found[k] < b


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, computed once per document (spaCy rebuilds it on every access).

    Examples
    --------
    >>> import spacy
    >>> doc_text(spacy.blank("en")("a b"))
    'a b'
    """
    if doc is _last_doc:
        return _last_text
    try:
        return doc.user_data["kg_text"]
    except KeyError:
        text = doc.user_data["kg_text"] = doc.text
        return text


def char_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Return the character offsets of tokens ``start:end`` (fast, from cached arrays).

    Examples
    --------
    >>> import spacy
    >>> char_bounds(spacy.blank("en")("alpha beta gamma"), 1, 3)
    (6, 16)
    """
    if doc is _last_doc:
        return _last_starts[start], _last_ends[end - 1]
    try:
        index = doc.user_data["kg_index"]
    except KeyError:
        index = token_index(doc)
    return index["starts"][start], index["ends"][end - 1]


def covering_tokens(doc: Doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    """The token offsets of ``doc.char_span(start_char, end_char, alignment_mode="expand")`` (the tokens the characters
    touch, a start in a token's trailing space aside; ``start_char < end_char``), or None where it gives none, found by
    bisecting the cached token starts: no ``Span`` is built. Each token owns its characters up to the next token's
    start (the text is the tokens with their trailing spaces), the last one up to the end of the text.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("alpha beta (AB) gamma")
    >>> [covering_tokens(doc, a, b) for a, b in [(0, 8), (5, 10), (12, 14), (9, 99)]]
    [(0, 2), (1, 2), (3, 4), None]
    """
    starts, size = token_index(doc)["starts"], len(doc_text(doc))
    if not 0 <= start_char < size or not 0 < end_char <= size:
        return None
    start, end = bisect_right(starts, start_char) - 1, bisect_right(starts, end_char - 1) - 1
    if start_char == char_bounds(doc, start, start + 1)[1]:
        start += 1  # (a start in the token's trailing space)
    return start, end + 1


def span_text(doc: Doc, start: int, end: int) -> str:
    """Return the text of tokens ``start:end`` without building a ``Span``.

    Examples
    --------
    >>> import spacy
    >>> span_text(spacy.blank("en")("alpha beta gamma"), 0, 2)
    'alpha beta'
    """
    if end <= start:
        return ""
    if doc is _last_doc:
        return _last_text[_last_starts[start]:_last_ends[end - 1]]
    data = doc.user_data
    try:
        index, text = data["kg_index"], data["kg_text"]
    except KeyError:
        index, text = token_index(doc), doc_text(doc)
    return text[index["starts"][start]:index["ends"][end - 1]]


# The document whose token tables were read last, and those tables (its text, token_index and its offset lists, the
# token strings and their lower case): the components ask for them ~700 times a document, mostly for the same
# document in a row, and an identity test answers faster than a look-up in ``doc.user_data`` (a Cython property,
# then a dict). The reference keeps that document alive, so a new document cannot take its address and pass the
# test.
_last_doc: Doc | None = None
_last_text = ""
_last_index: dict = {}
_last_starts: list[int] = []
_last_ends: list[int] = []
_last_texts: list[str] = []
_last_lowers: list[str] = []


def texts(doc: Doc) -> list[str]:
    """Return the token strings of ``doc`` (cached; no ``Token`` objects are built).

    Examples
    --------
    >>> import spacy
    >>> texts(spacy.blank("en")("Deep Sets work"))
    ['Deep', 'Sets', 'work']
    """
    if doc is _last_doc:
        return _last_texts
    return _token_lists(doc)[0]


def lowers(doc: Doc) -> list[str]:
    """Return the lower-case token strings of ``doc`` (cached).

    Examples
    --------
    >>> import spacy
    >>> lowers(spacy.blank("en")("Deep Sets"))
    ['deep', 'sets']
    """
    if doc is _last_doc:
        return _last_lowers
    return _token_lists(doc)[1]


def _token_lists(doc: Doc) -> tuple[list[str], list[str]]:
    """The token strings of ``doc`` and their lower case, made once per document (kept in ``doc.user_data``); all
    the document's tables are remembered as the last document's."""
    global _last_doc, _last_text, _last_index, _last_starts, _last_ends, _last_texts, _last_lowers
    data = doc.user_data
    index, text = token_index(doc), doc_text(doc)
    out = data.get("kg_texts")
    if out is None:
        out = data["kg_texts"] = [text[a:b] for a, b in zip(index["starts"], index["ends"])]
    low = data.get("kg_lowers")
    if low is None:
        low = data["kg_lowers"] = list(map(str.lower, out))
    _last_doc, _last_text, _last_index, _last_texts, _last_lowers = doc, text, index, out, low
    _last_starts, _last_ends = index["starts"], index["ends"]
    return out, low
