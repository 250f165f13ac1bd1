"""Read files and folders of paper listings: one reader per format, chosen from the content."""

from __future__ import annotations

import gzip
import json
import logging
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from kg.fileio import TruncatedGzip, display_name, is_stdin, read_bytes, write_jsonl
from kg.sources.arxiv import paper_from_arxiv
from kg.sources.detect import detect_format, record_format
from kg.sources.hf_api import paper_from_hf_api
from kg.sources.hf_page import parse_hf_page
from kg.sources.jsonrecords import iter_json_lines_bytes, iter_json_records
from kg.sources.merge import merge_papers
from kg.sources.model import Paper, Skipped
from kg.sources.tabular import paper_from_row, parse_csv, unusable_values
from kg.exceptions import InputError
from kg.sources.text import decode_text, looks_binary

__all__ = ["LoadResult", "load_papers", "iter_records", "iter_papers", "iter_files", "write_papers"]

log = logging.getLogger("kg.sources")

_MAPPERS = {"hf_api": paper_from_hf_api, "arxiv": paper_from_arxiv, "tabular": paper_from_row}


@dataclass
class LoadResult:
    """What :func:`load_papers` found: deduplicated ``papers`` (sorted by id) and ``skipped``.

    ``records`` counts the paper records read before deduplication, so every input record is
    either one of ``records`` or a line-numbered entry of ``skipped``; a value a kept record
    cannot use (upvotes "abc", an unreadable date, CSV cells past the header) is an entry too.

    Examples
    --------
    >>> r = LoadResult(papers=[Paper(id="1", title="A")], records=2)
    >>> len(r.papers), r.records, r.skipped
    (1, 2, [])
    """

    papers: list[Paper] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    records: int = 0


def iter_files(paths: str | os.PathLike | Iterable[str | os.PathLike]) -> Iterator[Path | str | Skipped]:
    """Yield each input file: files as given, folders walked recursively in sorted order.

    Hidden files and folders (name starting with ``.``) inside folders are skipped; a path
    that does not exist is yielded as a :class:`Skipped`; the argument ``"-"`` (standard input) is
    yielded as given, once.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ["b.json", "a/c.csv", ".hidden", "a/.x.csv"]:
    ...     (d / name).parent.mkdir(parents=True, exist_ok=True); _ = (d / name).write_text("x")
    >>> [p.relative_to(d).as_posix() for p in iter_files(d)]
    ['a/c.csv', 'b.json']
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    seen: set[Path | str] = set()
    for raw in paths:
        if is_stdin(raw):
            if raw not in seen:  # standard input, read once however often it is named
                seen.add(raw)
                yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(Path(root) / f for f in files if not f.startswith("."))
            candidates = sorted(found, key=lambda p: p.relative_to(path).parts)
        elif path.exists():
            candidates = [path]
        else:
            yield Skipped(str(path), None, "no such file or directory")
            continue
        for candidate in candidates:
            if candidate not in seen:
                seen.add(candidate)
                yield candidate


def iter_records(path: str | os.PathLike) -> Iterator[Paper | Skipped]:
    """Yield every paper record of one file (not deduplicated) and a Skipped per problem.

    The file may be gzip-compressed, or standard input for the string ``"-"`` (named ``<stdin>``); its format
    is recognised from the content. An
    unreadable, empty, binary or unrecognised file gives one :class:`Skipped` with
    ``line=None``; a bad record gives one with its line number.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "papers.dat"
    >>> _ = p.write_text('title,abstract\\nRevCol,We propose RevCol.\\n')
    >>> [r.title for r in iter_records(p)]
    ['RevCol']
    """
    source = display_name(path)
    try:
        data = read_bytes(path)
    except TruncatedGzip as err:  # keep the whole lines before the cut, as for a JSON array cut short
        data = err.data[:err.data.rfind(b"\n") + 1]  # the cut line is partial: a half title is no paper
        if not data.strip():
            yield Skipped(source, None, f"unreadable: {err}")
            return
        yield Skipped(source, data.count(b"\n") + 1, "gzip data ends early: this line and those after it "
                                                     "are lost (the lines before are kept)")
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as err:
        yield Skipped(source, None, f"unreadable: {_reason(err)}")
        return
    if not data.strip():
        yield Skipped(source, None, "no input" if is_stdin(path) else "empty file")
        return
    if looks_binary(data):
        yield Skipped(source, None, "binary file, not text")
        return
    head = decode_text(data[:65536]) if len(data) > 65536 else None
    if head is not None and _json_lines_bytes(data, head):
        yield from _with_fallback(_parse_json_records(iter_json_lines_bytes(data, source), source), source, "json")
        return
    text = decode_text(data)
    del data  # big inputs: keep one copy in memory, not two
    fmt = detect_format(text)
    if fmt is None:
        yield Skipped(source, None, "unrecognised format: not JSON, not CSV/TSV with a title column, "
                                    "not a Daily Papers page")
        return
    if fmt == "csv":
        items = parse_csv(text, source)
    elif fmt == "hf_page":
        items = parse_hf_page(text, source)
    else:
        items = _parse_json_records(iter_json_records(text, source), source)
    yield from _with_fallback(items, source, fmt)


def iter_papers(path: str | os.PathLike | Iterable[str | os.PathLike],
                skipped: list[Skipped] | None = None, *, read: list[str] | None = None) -> Iterator[Paper]:
    """Stream the papers of files or folders, file by file, without deduplication.

    Skipped inputs are appended to ``skipped`` when given, else logged as warnings on the
    ``kg.sources`` logger, so nothing is dropped silently. The name of each file opened (as
    messages name it) is appended to ``read`` when given.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "p.jsonl"
    >>> _ = p.write_text('{"title": "A"}\\n{"nope": 1}\\n')
    >>> bad = []
    >>> [x.title for x in iter_papers(p, bad)], [b.line for b in bad]
    (['A'], [2])
    """
    for entry in iter_files(path):
        if read is not None and not isinstance(entry, Skipped):
            read.append(display_name(entry))
        records = [entry] if isinstance(entry, Skipped) else iter_records(entry)
        for record in records:
            if isinstance(record, Skipped):
                if skipped is None:
                    log.warning("%s", record)
                else:
                    skipped.append(record)
            else:
                yield record


def load_papers(paths: str | os.PathLike | Iterable[str | os.PathLike]) -> LoadResult:
    """Load files and folders, deduplicate across them, and return papers sorted by id.

    Parameters
    ----------
    paths : path or iterable of paths
        Files (any supported format, gzip allowed) and folders (walked recursively); the string ``"-"`` reads
        standard input.

    Returns
    -------
    LoadResult
        ``papers`` (merged copies, see :func:`kg.sources.merge.merge_papers`), ``skipped``
        and ``records``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.csv").write_text("title,url\\nReversible Column Networks,https://arxiv.org/abs/2212.11696\\n")
    >>> _ = (d / "b.jsonl").write_text('{"title": "Reversible column networks", "abstract": "We propose RevCol."}\\n')
    >>> _ = (d / "c.bin").write_bytes(b"\\x00\\x01\\x02")
    >>> result = load_papers(d)
    >>> [(p.id, p.abstract) for p in result.papers]
    [('2212.11696', 'We propose RevCol.')]
    >>> [str(s).split("/")[-1] for s in result.skipped]
    ['c.bin: skipped: binary file, not text']
    """
    skipped: list[Skipped] = []
    papers = list(iter_papers(paths, skipped))
    return LoadResult(papers=merge_papers(papers), skipped=skipped, records=len(papers))


def write_papers(papers: Iterable[Paper], path: str | os.PathLike) -> int:
    """Atomically write papers as JSON lines (``Paper.to_dict()``); return how many.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "papers.jsonl"
    >>> write_papers([Paper(id="t-1", title="A")], p)
    1
    >>> [x.title for x in iter_papers(p)]
    ['A']
    """
    return write_jsonl(path, (paper.to_dict() for paper in papers))


# helpers

def _json_lines_bytes(data: bytes, head: str) -> bool:
    """Big JSON-lines input (not UTF-16): read it line by line from the bytes."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or detect_format(head) != "json":
        return False
    first = head.lstrip().split("\n", 1)[0]
    if not first.startswith("{"):
        return False
    try:
        json.loads(first)
    except ValueError:
        return False
    return True


def _with_fallback(items: Iterable[Paper | Skipped], source: str, fmt: str | None) -> Iterator[Paper | Skipped]:
    found = False
    for item in items:
        found = True
        yield item
    if not found:
        yield Skipped(source, None, f"no paper records found ({fmt})")


def _parse_json_records(records: Iterable[tuple[int, object] | Skipped], source: str) -> Iterator[Paper | Skipped]:
    first = True
    for item in records:
        if isinstance(item, Skipped):
            yield item
            continue
        line, record = item
        kind = record_format(record)
        if kind == "pwc_method":
            if first:
                yield Skipped(source, None, "a Papers with Code methods export: method records, not papers")
                return
            yield Skipped(source, line, "a Papers with Code method record, not a paper")
            continue
        first = False
        try:
            yield _MAPPERS[kind](record, source)
        except InputError as err:
            yield Skipped(source, line, str(err))
            continue
        if kind == "tabular":
            yield from (Skipped(source, line, problem) for problem in unusable_values(record))


def _reason(err: BaseException) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror.lower()
    return str(err) or type(err).__name__
