"""spaCy components of the entity extractor (each registers its factory when its module is imported).

The names below load on first use, so importing one module of the package (``candidates``, ``sentences``) does not
import the rule components, which themselves import :mod:`kg.extract.proposed`.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["Cand", "ensure_extensions", "GazetteerMatcher", "make_kg_gazetteer", "RuleMatcher", "make_kg_rules",
           "Resolver", "make_kg_resolve", "split_sentences", "sentence_of"]

_WHERE = {
    "Cand": "candidates", "ensure_extensions": "candidates",
    "GazetteerMatcher": "gazetteer", "make_kg_gazetteer": "gazetteer",
    "RuleMatcher": "rules", "make_kg_rules": "rules",
    "Resolver": "resolve", "make_kg_resolve": "resolve",
    "split_sentences": "sentences", "sentence_of": "sentences",
}


def __getattr__(name: str) -> Any:
    """Import the module that defines ``name`` on first use and keep the name here (PEP 562)."""
    if name not in _WHERE:
        raise AttributeError(f"module 'kg.extract.components' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The names loaded so far and those :func:`__getattr__` can load."""
    return sorted(set(globals()) | set(__all__))
