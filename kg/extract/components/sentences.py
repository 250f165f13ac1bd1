"""``kg_title_split``: start a new sentence after every blank line (title / abstract boundary)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["title_split"]


@Language.component("kg_title_split")
def title_split(doc: Doc) -> Doc:
    """Mark the token after a blank-line whitespace token as a sentence start.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer"); _ = nlp.add_pipe("kg_title_split")
    >>> [s.text.strip() for s in nlp("A Title for X\\n\\nThe abstract.").sents]
    ['A Title for X', 'The abstract.']
    """
    for tok in doc:
        if tok.is_space and "\n\n" in tok.text and tok.i + 1 < len(doc):
            doc[tok.i + 1].is_sent_start = True
    return doc
