"""Tolerant getters for loosely typed JSON/CSV fields: wrong types become None, never a crash."""

from __future__ import annotations

import re
from typing import Any

__all__ = ["as_str", "as_int", "as_str_list", "name_of"]


def as_str(value: Any) -> str | None:
    """Return ``value`` as a stripped non-empty string, or None.

    Examples
    --------
    >>> as_str("  x "), as_str(""), as_str(3), as_str(None)
    ('x', None, '3', None)
    """
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = str(value).strip()
    return text or None


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
#: Cell values that say "no value": never reported as a value a paper could not use
MISSING_MARKERS = frozenset({"n/a", "na", "none", "null", "nil", "nan", "-", "--", "\u2013", "\u2014", "?", "unknown"})


def as_int(value: Any) -> int | None:
    """Return ``value`` as a non-negative whole number, or None.

    Examples
    --------
    >>> as_int("12"), as_int(3.0), as_int("n/a"), as_int(-1), as_int("3.5"), as_int("1,234")
    (12, 3, None, None, None, 1234)
    """
    if isinstance(value, bool) or value is None:
        return None
    text = str(value).strip()
    if _THOUSANDS.fullmatch(text):
        text = text.replace(",", "")
    try:
        number = float(text)
    except (TypeError, ValueError):
        return None
    if not number.is_integer() or number < 0:  # NaN and infinities are not whole numbers either
        return None
    return int(number)


def name_of(value: Any) -> str | None:
    """Return a display name from a string or an object with ``fullname``/``name``.

    Examples
    --------
    >>> name_of({"name": "illinois", "fullname": "University of Illinois"})
    'University of Illinois'
    >>> name_of("Ada Lovelace")
    'Ada Lovelace'
    """
    if isinstance(value, dict):
        return as_str(value.get("fullname")) or as_str(value.get("name"))
    return as_str(value)


def as_str_list(value: Any, *, separators: str = ";", unique: bool = True) -> list[str]:
    """Return a list of non-empty strings from a list, or a string split on ``separators``.

    Repeated items are dropped unless ``unique`` is False (two authors can share a name).

    Examples
    --------
    >>> as_str_list(["a", {"name": "b"}, "", None])
    ['a', 'b']
    >>> as_str_list("cs.CV; cs.LG; cs.CV")
    ['cs.CV', 'cs.LG']
    >>> as_str_list(["Zheng Wang", "Zheng Wang"], unique=False)
    ['Zheng Wang', 'Zheng Wang']
    """
    if value is None:
        return []
    if isinstance(value, list) and all(type(v) is str for v in value):  # fast path
        names = [n for n in (" ".join(v.split()) for v in value) if n]
        return list(dict.fromkeys(names)) if unique else names
    if isinstance(value, list):
        items = [name_of(v) for v in value]
    else:
        text = as_str(value) or ""
        for sep in separators[1:]:
            text = text.replace(sep, separators[0])
        items = [part.strip() for part in text.split(separators[0])] if separators else [text]
    out: list[str] = []
    for item in items:
        item = " ".join(item.split()) if item else ""
        if item and (not unique or item not in out):
            out.append(item)
    return out
