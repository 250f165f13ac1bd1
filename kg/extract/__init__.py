"""Extraction stage: methods, datasets, tasks and links from paper titles and abstracts.

Names are imported on first use, so ``import kg.extract`` does not load spaCy.

Examples
--------
>>> import kg.extract
>>> kg.extract.find_links("see github.com/o/r.")
(['https://github.com/o/r'], [])
>>> [r["id"] for r in kg.extract.extract_papers([{"id": "a", "title": "BERT", "abstract": ""}])]
['a']
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "extract_papers",
    "extract_record",
    "extract_records",
    "load_nlp",
    "find_links",
    "normalize_github",
    "repos_from_metadata",
    "resolve_entities",
    "Resolver",
    "CanonicalEntity",
    "entity_key",
]

_WHERE = {
    "extract_papers": "kg.extract.runner",
    "extract_record": "kg.extract.pipeline",
    "extract_records": "kg.extract.pipeline",
    "load_nlp": "kg.extract.pipeline",
    "find_links": "kg.extract.links",
    "normalize_github": "kg.extract.links",
    "repos_from_metadata": "kg.extract.links",
    "resolve_entities": "kg.extract.canonical",
    "Resolver": "kg.extract.canonical",
    "CanonicalEntity": "kg.extract.canonical",
    "entity_key": "kg.extract.normalize",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'kg.extract' has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
