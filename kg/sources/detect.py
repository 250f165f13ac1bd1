"""Recognise an input's format from its content (never from the file name)."""

from __future__ import annotations

import json
import re
from typing import Any

from kg.sources.arxiv import is_arxiv_record
from kg.sources.hf_api import is_hf_api_record
from kg.sources.hf_page import looks_like_hf_page
from kg.sources.tabular import csv_dialect

__all__ = ["FILE_FORMATS", "detect_format", "record_format"]

#: What :func:`detect_format` can answer (besides None).
FILE_FORMATS = ("json", "csv", "hf_page")
_JSON_START = re.compile(r"\s*(?:\[\s*(?:[\[{\]\"\d-]|true|false|null)|\{\s*(?:\"|\}))")


def detect_format(text: str) -> str | None:
    """Return ``"json"`` (array, JSON lines or one object), ``"csv"`` (with a title column),
    ``"hf_page"`` (Daily Papers page text) or None when the text is none of these.

    Examples
    --------
    >>> detect_format('{"title": "A"}\\n')
    'json'
    >>> detect_format("title,abstract\\nA,B\\n")
    'csv'
    >>> detect_format("Daily Papers\\n\\nA\\n\\nB.\\n\\n  • 2 authors\\n·\\nMay 3")
    'hf_page'
    >>> detect_format("dear diary") is None
    True
    """
    first = next((line for line in text.split("\n", 50) if line.strip()), "")
    if first.lstrip()[:1] in ("{", "["):
        try:
            value = json.loads(first)
        except ValueError:
            value = None
        if isinstance(value, (dict, list)) or _JSON_START.match(text[:200]):
            return "json"
    if csv_dialect(text) is not None:
        return "csv"
    if looks_like_hf_page(text):
        return "hf_page"
    return None


def record_format(record: Any) -> str:
    """Return which mapper reads a JSON record: ``"hf_api"``, ``"arxiv"`` or ``"tabular"``.

    A Papers with Code *method* record (``full_name``, ``collections``) gives
    ``"pwc_method"``: it describes a method, not a paper, and is not loaded.

    Examples
    --------
    >>> record_format({"paper": {"id": "2401.00001", "title": "A"}})
    'hf_api'
    >>> record_format({"id": "2503.11731", "title": "A", "listing_date": "2025-03-18"})
    'arxiv'
    >>> record_format({"title": "A", "abstract": "B"})
    'tabular'
    """
    if isinstance(record, dict) and "full_name" in record and ("collections" in record or "paper" in record):
        return "pwc_method"
    if is_hf_api_record(record):
        return "hf_api"
    if is_arxiv_record(record):
        return "arxiv"
    return "tabular"
