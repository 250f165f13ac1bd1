"""``kg_sentences``: fast rule-based sentence starts (punctuation + capital, blank lines)."""

from __future__ import annotations

import re
from bisect import bisect_right

import numpy as np

from spacy.attrs import DEP, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.candidates import LastDocTable, doc_text, texts, token_index

__all__ = ["split_sentences", "sentence_of", "sentence_starts", "TOKENIZER_ONLY"]

TOKENIZER_ONLY = "kg_tokenizer_only"
"""The ``doc.user_data`` key that marks a document straight from the tokenizer (set by ``pipeline.prepared_docs``):
it has no parse and no sentence starts yet, so :func:`split_sentences` need not read them from the document."""

# a sentence ends at . ! ? followed by space and an upper-case letter, digit or bracket; or at a blank line
# (the definition: _boundaries finds the same matches faster)
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=[.!?])[\"')\]]?\s+(?=[A-Z0-9(\[\"'])|(?<=\n)\n)")
# the same boundaries from four patterns that open with a literal character, which the regex engine finds by a fast
# scan; _BOUNDARY's leading character class is tried at every character (an alternation of the two cases, at every
# position of both branches, was ~3x slower still)
# Each comes with the character it opens with: the regex engine's own scan for that character costs ~7 instructions a
# character of the text, ``in`` ~10x less, so a pattern runs only on a text that holds it ("!" and "?" are rare).
_ENDS = tuple((re.compile(pattern), opener) for pattern, opener in (
    (r"\.[\"')\]]?\s+(?=[A-Z0-9(\[\"'])", "."), (r"![\"')\]]?\s+(?=[A-Z0-9(\[\"'])", "!"),
    (r"\?[\"')\]]?\s+(?=[A-Z0-9(\[\"'])", "?"), (r"\n\n", "\n\n")))
_NOT_END = re.compile(r"(?:\be\.g|\bi\.e|\bet al|\bvs|\bcf|\bFig|\bEq|\bSec|\bRef|\bNo)$")


@Language.component("kg_sentences")
def split_sentences(doc: Doc) -> Doc:
    """Mark sentence starts from the text: after ``. ! ?`` + capital, and after blank lines.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("kg_sentences")
    >>> [s.text.strip() for s in nlp("A Title for X\\n\\nThe abstract, e.g. this. It ends.").sents]
    ['A Title for X', 'The abstract, e.g. this.', 'It ends.']
    """
    if not len(doc):
        return doc
    text = doc_text(doc)
    starts_char = [end for start, end in _boundaries(text)
                   if text[start] != "." or not _NOT_END.search(text, max(0, start - 7), start)]
    idx = token_index(doc)["starts"]
    words = texts(doc)
    n = len(words)
    column = _sent_start_column(doc)
    marked = {0}
    for ch in starts_char:
        i = bisect_right(idx, ch - 1)
        while i < n and words[i].isspace():
            i += 1
        if i < n:
            marked.add(i)
    doc.user_data["kg_sent_starts"] = sorted(marked)
    _mark_sent_starts(doc, doc.user_data["kg_sent_starts"], column)
    return doc


def _sent_start_column(doc: Doc) -> np.ndarray:
    """The ``SENT_START`` column of ``doc``, to which :func:`split_sentences` adds its starts; a parsed document is
    refused as the ``Token`` setter does (its check is ~4x slower). A document marked ``TOKENIZER_ONLY`` has neither
    parse nor sentence starts (the tokenizer sets at most the first token's, which every split marks): its column is
    zeros, made without reading the document (two array cells a token, ~0.7% of the extractor's instructions; the
    column and the parse check are one read otherwise). The mark is taken off: the document has its starts now.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("One two. Three four.")
    >>> _sent_start_column(doc).tolist()
    [1, 0, 0, 0, 0, 0]
    >>> doc.user_data[TOKENIZER_ONLY] = True
    >>> _sent_start_column(doc).tolist(), TOKENIZER_ONLY in doc.user_data
    ([0, 0, 0, 0, 0, 0], False)
    """
    if doc.user_data.pop(TOKENIZER_ONLY, False):
        return np.zeros(len(doc), dtype=np.uint64)
    values = doc.to_array([SENT_START, DEP])
    if values[:, 1].any():
        raise ValueError(Errors.E043)
    return values[:, 0]


def _boundaries(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every match of ``_BOUNDARY.finditer(text)``, found by the four ``_ENDS`` patterns and
    merged as finditer goes: left to right, none starting inside the one before (a full stop's whitespace can hold
    the title's blank line).

    >>> text = "A Title.\\n\\nIt works. Really!  (Yes) e.g. no? 1 end."
    >>> _boundaries(text) == [m.span() for m in _BOUNDARY.finditer(text)]
    True
    """
    out: list[tuple[int, int]] = []
    last = 0
    for start, end in sorted([m.span() for pattern, opener in _ENDS if opener in text for m in pattern.finditer(text)]):
        if start >= last:
            out.append((start, end))
            last = end
    return out


def _mark_sent_starts(doc: Doc, starts: list[int], values: np.ndarray | None = None) -> None:
    """Set ``is_sent_start = True`` on the tokens ``starts`` with one array write (the ``Token`` setter
    scans the whole document for a parse on every call); other tokens keep their value (``values``: the
    document's ``SENT_START`` column when the caller has read it, else it is read here).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("One two three four")
    >>> _mark_sent_starts(doc, [0, 2])
    >>> [t.is_sent_start for t in doc]
    [True, None, True, None]
    """
    if values is None:
        values = doc.to_array([SENT_START])
    values[starts] = 1  # (in place: the caller's array is its own copy of the document's column)
    doc.from_array([SENT_START], values)


def sentence_of(doc: Doc, i: int) -> tuple[int, int]:
    """Return the (start, end) token offsets of the sentence holding token ``i``.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("kg_sentences")
    >>> doc = nlp("One two. Three four.")
    >>> sentence_of(doc, 3)
    (3, 6)
    """
    table = _SENTENCE_OF.value if doc is _SENTENCE_OF.doc else _SENTENCE_OF.of(doc)
    if 0 <= i < len(table):
        return table[i]
    starts = doc.user_data.get("kg_sent_starts") or [0]
    k = bisect_right(starts, i) - 1
    s = starts[max(k, 0)]
    e = starts[k + 1] if k + 1 < len(starts) else len(doc)
    return s, e


def sentence_starts(doc: Doc) -> frozenset[int]:
    """The indices of the tokens that open a sentence, as a set made once per document (the rules ask whether a
    capitalised word is only capitalised because a sentence starts there).

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("kg_sentences")
    >>> sorted(sentence_starts(nlp("One two. Three four.")))
    [0, 3]
    """
    return _SENTENCE_STARTS.value if doc is _SENTENCE_STARTS.doc else _SENTENCE_STARTS.of(doc)


def _sentence_table(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) of the sentence of each token of ``doc`` (a token before the first start: that start twice,
    as the bisection gives)."""
    starts = doc.user_data.get("kg_sent_starts") or [0]
    table = [(starts[0], starts[0])] * starts[0]
    for s, e in zip(starts, starts[1:] + [len(doc)]):
        table += [(s, e)] * (e - s)
    return table


def _sentence_start_set(doc: Doc) -> frozenset[int]:
    """The sentence starts of ``doc`` as a set (see :func:`sentence_starts`)."""
    return frozenset(doc.user_data.get("kg_sent_starts") or ())


# each token's sentence and the sentence starts, for the document asked last (~55 and ~9 calls a document)
_SENTENCE_OF = LastDocTable("kg_sent_of", _sentence_table)
_SENTENCE_STARTS = LastDocTable("kg_sent_start_set", _sentence_start_set)
