"""Split JSON text (an array, JSON lines, or one object) into records with their line numbers."""

from __future__ import annotations

import io
import json
import re
from typing import Any, Callable, Iterator

from kg.exceptions import InputError
from kg.sources.model import Paper, Skipped

__all__ = ["iter_json_records", "iter_json_lines_bytes", "map_json_records", "loads", "mend_surrogates"]

_DECODER = json.JSONDecoder()
_SURROGATE = re.compile("[\ud800-\udfff]")


def _may_hold_surrogates(text: str) -> bool:
    """JSON text with a ``\\uD800``-``\\uDFFF`` escape may decode to a lone surrogate, which no UTF-8 output
    can hold (then :func:`mend_surrogates` its value).

    >>> _may_hold_surrogates('{"t": "x \\\\ud800"}'), _may_hold_surrogates('{"t": "caf\\\\u00e9"}')
    (True, False)
    """
    return "\\ud" in text or "\\uD" in text


def mend_surrogates(value: Any) -> Any:
    """Return ``value`` (decoded JSON) with every lone surrogate in its strings replaced by U+FFFD; a surrogate
    pair that JSON escapes as two code points was already joined by the decoder.

    >>> mend_surrogates({"title": "x \\ud800 y", "tags": ["\\udc00"]}) == {"title": "x \\ufffd y", "tags": ["\\ufffd"]}
    True
    """
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [mend_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {mend_surrogates(k): mend_surrogates(v) for k, v in value.items()}
    return value


def loads(text: str) -> Any:
    """``json.loads(text)``, with lone surrogates mended (:func:`mend_surrogates`) when the text may hold any.

    >>> loads('{"t": "x \\\\ud800"}') == {"t": "x \\ufffd"}
    True
    """
    value = json.loads(text)
    return mend_surrogates(value) if _may_hold_surrogates(text) else value


def iter_json_records(text: str, source: str = "<text>") -> Iterator[tuple[int, Any] | Skipped]:
    """Yield ``(line, value)`` for each JSON record of ``text``, or a :class:`Skipped`.

    ``text`` may be a JSON array of records, one JSON value per line, or a single JSON value
    spread over several lines. An object such as ``{"papers": [...]}`` whose only list of
    objects holds the records is unwrapped. A line that is not valid JSON is reported with
    its number and the other lines still load. In an array, a syntax error ends the array:
    the rest of the file is reported as skipped from that line.

    Examples
    --------
    >>> list(iter_json_records('{"a": 1}\\nnot json\\n{"a": 2}\\n', "f.jsonl"))
    [(1, {'a': 1}), Skipped(source='f.jsonl', line=2, reason='invalid JSON: Expecting value (column 1)'), (3, {'a': 2})]
    >>> list(iter_json_records('[{"a": 1},\\n {"a": 2}]'))
    [(1, {'a': 1}), (2, {'a': 2})]
    """
    stripped = text.lstrip()
    if stripped.startswith("["):
        yield from _iter_array(text, text.index("["), source)
        return
    body = text.lstrip()
    if not body:
        return
    first_line = text.count("\n", 0, len(text) - len(body)) + 1
    if not _parses(body.split("\n", 1)[0]):
        try:
            value = loads(text)
        except ValueError:
            pass
        else:  # one value over many lines (pretty-printed)
            yield from _unwrap_single(value, first_line)
            return
    yield from _iter_lines(enumerate(io.StringIO(text), 1), source)


def iter_json_lines_bytes(data: bytes, source: str = "<bytes>") -> Iterator[tuple[int, Any] | Skipped]:
    """Like :func:`iter_json_records` for JSON lines, but reading undecoded bytes line by line.

    Big files stay compact in memory: each line is decoded on its own (UTF-8, else Latin-1).

    Examples
    --------
    >>> list(iter_json_lines_bytes(b'\\xef\\xbb\\xbf{"a": 1}\\r\\n{"a": "caf\\xe9"}\\nnope\\n', "f"))
    [(1, {'a': 1}), (2, {'a': 'café'}), Skipped(source='f', line=3, reason='invalid JSON: Expecting value (column 1)')]
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    yield from _iter_lines(enumerate(io.BytesIO(data), 1), source)


def map_json_records(text: str, source: str, build: Callable[[Any, str], Paper]) -> Iterator[Paper | Skipped]:
    """Yield ``build(record, source)`` per JSON record of ``text``, or a :class:`Skipped`.

    Records are split as in :func:`iter_json_records`; a record for which ``build`` raises
    :class:`~kg.exceptions.InputError` becomes a Skipped with its line number and the message.

    Examples
    --------
    >>> def build(record, source):
    ...     if "title" not in record:
    ...         raise InputError("record has no title")
    ...     return Paper(id=record["title"], title=record["title"], sources=[source])
    >>> [str(x) if isinstance(x, Skipped) else x.id
    ...  for x in map_json_records('{"title": "A"}\\n{"x": 1}\\n', "f.jsonl", build)]
    ['A', 'f.jsonl:2: skipped: record has no title']
    """
    for item in iter_json_records(text, source):
        if isinstance(item, Skipped):
            yield item
            continue
        line, record = item
        try:
            yield build(record, source)
        except InputError as err:
            yield Skipped(source, line, str(err))


# helpers

def _iter_lines(lines: Iterator[tuple[int, str | bytes]], source: str) -> Iterator[tuple[int, Any] | Skipped]:
    for i, line in lines:
        if not line.strip():
            continue
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError:
                line = line.decode("latin-1")
        try:
            value = loads(line)
        except ValueError as err:
            column = min(err.pos, len(line.rstrip("\r\n"))) + 1 if isinstance(err, json.JSONDecodeError) else None
            yield Skipped(source, i, f"invalid JSON: {_short(err)}" + (f" (column {column})" if column else ""))
        else:
            yield from _unwrap_single(value, i)


def _parses(line: str) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def _unwrap_single(value: Any, line: int) -> Iterator[tuple[int, Any]]:
    if isinstance(value, dict) and "title" not in value and "paper" not in value:
        lists = [v for v in value.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
        if len(lists) == 1:
            for record in lists[0]:
                yield line, record
            return
    if isinstance(value, list):
        for record in value:
            yield line, record
        return
    yield line, value


def _iter_array(text: str, start: int, source: str) -> Iterator[tuple[int, Any] | Skipped]:
    """Decode array elements one at a time so each keeps its own line number."""
    pos = start + 1
    n = len(text)
    mend = _may_hold_surrogates(text)
    line = text.count("\n", 0, pos) + 1
    last = pos
    expect_value = True
    while True:
        while pos < n and text[pos] in " \t\r\n":
            pos += 1
        if pos >= n:
            yield Skipped(source, line + text.count("\n", last, pos), "invalid JSON: the array is not closed")
            return
        if text[pos] == "]" :
            rest = text[pos + 1:].strip()
            if rest:
                where = line + text.count("\n", last, pos)
                yield Skipped(source, where, "invalid JSON: extra data after the array")
            return
        if not expect_value:
            if text[pos] != ",":
                where = line + text.count("\n", last, pos)
                yield Skipped(source, where, "invalid JSON: expected ',' between array elements; rest of file skipped")
                return
            pos += 1
            expect_value = True
            continue
        line += text.count("\n", last, pos)
        last = pos
        try:
            value, end = _DECODER.raw_decode(text, pos)
        except ValueError as err:
            yield Skipped(source, line, f"invalid JSON: {_short(err)}; rest of file skipped")
            return
        yield line, mend_surrogates(value) if mend else value
        pos = end
        expect_value = False


def _short(err: ValueError) -> str:
    # json's own message ends in " at" before a position this module reports its own way
    return (getattr(err, "msg", None) or str(err).split(":")[0]).removesuffix(" at")
