"""``kg_gazetteer``: PhraseMatcher lookup of known methods, datasets and tasks."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import spacy
import srsly
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.extract.components.candidates import Cand, cands_of, ensure_extensions, positions, texts
from kg.extract.components.lexicon import Term, load_terms

__all__ = ["GazetteerMatcher", "make_kg_gazetteer"]


class GazetteerMatcher:
    """Find gazetteer forms: exact case for single tokens with capitals, lower case otherwise.

    Each match becomes a ``Cand`` with ``rule="gazetteer"`` and the entry's group id.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> gaz = nlp.add_pipe("kg_gazetteer", config={"use_shipped": False})
    >>> gaz.add_terms([Term("METHOD", "ShelfNet", "METHOD:shelfnet", True),
    ...                Term("TASK", "shelf fusion", "TASK:shelf fusion", False)])
    >>> doc = nlp("ShelfNet, shelfnet and Shelf Fusion")  # "shelfnet": not the exact case
    >>> [(doc[c.start:c.end].text, c.label, c.rule) for c in doc._.kg_cands]
    [('ShelfNet', 'METHOD', 'gazetteer'), ('Shelf Fusion', 'TASK', 'gazetteer')]
    """

    def __init__(self, nlp: Language, name: str = "kg_gazetteer", *, use_shipped: bool = True):
        ensure_extensions()
        self.nlp = nlp
        self.name = name
        self.use_shipped = use_shipped
        self.terms: list[Term] = list(load_terms()) if use_shipped else []
        self._build()

    def _build(self) -> None:
        vocab = self.nlp.vocab
        self.lower = PhraseMatcher(vocab, attr="LOWER")
        self.exact = PhraseMatcher(vocab, attr="ORTH")
        # a camel-case dataset name's lower-case form -> the match ids of its entries (see __call__)
        folded: dict[str, list[int]] = {}
        self._info: dict[int, tuple[str, str]] = {}
        by_key: dict[tuple[bool, str], list[Doc]] = {}
        texts = [t.text for t in self.terms]
        for term, doc in zip(self.terms, _pattern_tokenizer(self.nlp).pipe(texts)):
            key = f"{term.label}|{term.group}"
            by_key.setdefault((term.case_sensitive, key), []).append(doc)
        for (cs, key), docs in by_key.items():
            (self.exact if cs else self.lower).add(key, docs)
            self._info[vocab.strings[key]] = tuple(key.split("|", 1))  # type: ignore[assignment]
            for d in docs:
                if cs and key.startswith("DATASET|") and len(d) == 1 and _CAMEL_NAME.match(d.text):
                    ids = folded.setdefault(d.text.lower(), [])
                    if vocab.strings[key] not in ids:
                        ids.append(vocab.strings[key])
        self.folded = folded
        self.folded_forms = frozenset(folded)

    def add_terms(self, terms: list[Term]) -> None:
        """Add more gazetteer forms and rebuild the matchers.

        Examples
        --------
        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> gaz = nlp.add_pipe("kg_gazetteer", config={"use_shipped": False})
        >>> gaz.add_terms([Term("METHOD", "ShelfNet", "METHOD:shelfnet", True)])
        >>> [(c.label, c.group) for c in nlp("We train ShelfNet")._.kg_cands]
        [('METHOD', 'METHOD:shelfnet')]
        """
        self.terms.extend(terms)
        self._build()

    def __call__(self, doc: Doc) -> Doc:
        cands = cands_of(doc)
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                label, group = self._info[match_id]
                cands.append(Cand(start, end, label, "gazetteer", group, 0.9))
        # a camel-case dataset name written with its inner capitals dropped: "Librispeech", "Imagenet" (one word:
        # the tokens whose lower-case form is one, from the shared one-pass token look-up; no third matcher run)
        if self.folded_forms:
            text_list = texts(doc)
            for i in positions(doc, self.folded_forms):
                text = text_list[i]
                if text[1:].islower():
                    for match_id in self.folded[text.lower()]:
                        label, group = self._info[match_id]
                        cands.append(Cand(i, i + 1, label, "gazetteer", group, 0.9))
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the forms (``patterns.jsonl``) and the config (``cfg.json``) to the folder ``path`` (spaCy's
        serialization hook; ``exclude`` is accepted and ignored).

        Examples
        --------
        >>> import spacy, tempfile
        >>> nlp = spacy.blank("en")
        >>> gaz = nlp.add_pipe("kg_gazetteer", config={"use_shipped": False})
        >>> gaz.add_terms([Term("METHOD", "ShelfNet", "METHOD:shelfnet", True)])
        >>> with tempfile.TemporaryDirectory() as d:
        ...     gaz.to_disk(d)
        ...     other = spacy.blank("en").add_pipe("kg_gazetteer", config={"use_shipped": False}).from_disk(d)
        >>> other.terms == gaz.terms
        True
        """
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_jsonl(path / "patterns.jsonl", [t._asdict() for t in self.terms])
        (path / "cfg.json").write_text(json.dumps({"use_shipped": self.use_shipped}), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "GazetteerMatcher":
        """Read the forms written by :meth:`to_disk` from the folder ``path`` and rebuild the matchers
        (``exclude`` is accepted and ignored); return the component."""
        path = Path(path)
        self.terms = [Term(**d) for d in srsly.read_jsonl(path / "patterns.jsonl")]
        self._build()
        return self


_CAMEL_NAME = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z]*[a-z][A-Za-z]*$")  # "LibriSpeech", "HellaSwag"; not "CelebA"


def _pattern_tokenizer(nlp: Language):
    """A copy of ``nlp``'s tokenizer on a private vocab.

    Tokenizing thousands of patterns with the pipeline's own tokenizer fills its cache and made
    later tokenization ~50% slower (measured); the matcher only needs the hashes.
    """
    other = spacy.blank(nlp.lang).tokenizer
    src = nlp.tokenizer
    other.prefix_search = src.prefix_search
    other.suffix_search = src.suffix_search
    other.infix_finditer = src.infix_finditer
    other.token_match = src.token_match
    other.url_match = src.url_match
    other.rules = src.rules
    return other


@Language.factory("kg_gazetteer", assigns=["doc._.kg_cands"], default_config={"use_shipped": True})
def make_kg_gazetteer(nlp: Language, name: str, use_shipped: bool) -> GazetteerMatcher:
    """Create the gazetteer component.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("kg_gazetteer")
    >>> [c.label for c in nlp("We fine-tune BERT on ImageNet-22K and COCO")._.kg_cands]
    ['METHOD', 'DATASET', 'DATASET']
    """
    return GazetteerMatcher(nlp, name, use_shipped=use_shipped)
