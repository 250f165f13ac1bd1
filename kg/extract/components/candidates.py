"""The candidate record that components append to ``doc._.kg_cands``."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc

__all__ = ["Cand", "ensure_extensions"]


class Cand(NamedTuple):
    """A candidate entity span in token offsets, with its label, rule, group and score.

    ``label`` is METHOD, DATASET, TASK or NAME (a coined name whose type the resolver decides);
    ``group`` links forms of one entity (a gazetteer entry or an acronym definition).
    """

    start: int
    end: int
    label: str
    rule: str
    group: str
    score: float


def ensure_extensions() -> None:
    """Register the ``Doc`` extensions the components use (idempotent).

    Examples
    --------
    >>> ensure_extensions()
    >>> from spacy.tokens import Doc
    >>> Doc.has_extension("kg_cands")
    True
    """
    for name in ("kg_cands", "kg_abbrevs", "kg_entities"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
