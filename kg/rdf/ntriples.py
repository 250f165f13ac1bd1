"""Sorted, deduplicated canonical N-Triples of a stream of rdflib triples, in bounded memory."""

from __future__ import annotations

import functools
import heapq
import itertools
import os
import tempfile
from pathlib import Path
from typing import IO, Iterable, Iterator

from rdflib import XSD, BNode, URIRef

__all__ = ["ntriples_lines", "write_sorted_ntriples", "CHUNK"]

CHUNK = 200_000
"""Triples sorted in memory at a time; larger inputs are sorted in runs on disk and merged."""


def ntriples_lines(triples: Iterable[tuple]) -> list[str]:
    """Return the canonical N-Triples lines (no newline) of rdflib-term ``triples``, sorted, unique.

    Oxigraph writes each line, so escaping is canonical N-Triples 1.1 (what rapper reads).

    Examples
    --------
    >>> from rdflib import URIRef, Literal
    >>> p = URIRef("http://e/p")
    >>> ntriples_lines([(URIRef("http://e/b"), p, Literal('say "hi"\\n')),
    ...                 (URIRef("http://e/a"), p, Literal(1))] * 2)
    ['<http://e/a> <http://e/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .',
     '<http://e/b> <http://e/p> "say \\\\"hi\\\\"\\\\n" .']
    """
    import pyoxigraph as ox

    data = ox.serialize((ox.Triple(_term(s), _term(p), _term(o)) for s, p, o in triples),
                        format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    return sorted(set(data.splitlines()) - {""})


def write_sorted_ntriples(triples: Iterable[tuple], out: IO[str], *, chunk: int | None = None,
                          tmpdir: str | os.PathLike | None = None) -> int:
    """Write ``triples`` to text file ``out`` as sorted, deduplicated N-Triples; return the line count.

    At most ``chunk`` triples are held at once: each chunk is sorted and, when there is more than
    one, spilled to a run file in ``tmpdir`` (default: the system temporary folder); the runs
    are then merged. The bytes are the same for any ``chunk`` and any order of ``triples``.

    Parameters
    ----------
    triples : iterable of (subject, predicate, object)
        rdflib terms (``URIRef``, ``BNode``, ``Literal``).
    out : text file
        Open for writing (UTF-8, ``newline="\\n"``).
    chunk : int, optional (default=:data:`CHUNK`)
        Triples per in-memory run.
    tmpdir : path, optional
        Where run files go (removed afterwards).

    Returns
    -------
    int

    Examples
    --------
    >>> import io
    >>> from rdflib import URIRef, Literal
    >>> p = URIRef("http://e/p")
    >>> ts = [(URIRef(f"http://e/{c}"), p, Literal(c)) for c in "cabca"]
    >>> buf = io.StringIO()
    >>> write_sorted_ntriples(ts, buf, chunk=2)
    3
    >>> print(buf.getvalue(), end="")
    <http://e/a> <http://e/p> "a" .
    <http://e/b> <http://e/p> "b" .
    <http://e/c> <http://e/p> "c" .
    """
    chunk = chunk or CHUNK
    it = iter(triples)
    first = ntriples_lines(itertools.islice(it, chunk))
    second = ntriples_lines(itertools.islice(it, chunk))
    if not second:  # small input: one run, no files
        out.writelines(line + "\n" for line in first)
        return len(first)
    with tempfile.TemporaryDirectory(prefix=".nt-sort.", dir=tmpdir) as tmp:
        runs = [_spill(first, Path(tmp) / "0.nt"), _spill(second, Path(tmp) / "1.nt")]
        del first, second
        while True:
            lines = ntriples_lines(itertools.islice(it, chunk))
            if not lines:
                break
            runs.append(_spill(lines, Path(tmp) / f"{len(runs)}.nt"))
        del lines
        files = [open(run, encoding="utf-8", newline="\n") for run in runs]
        try:
            count, prev = 0, None
            for line in heapq.merge(*(_stripped(f) for f in files)):
                if line != prev:
                    out.write(line + "\n")
                    count += 1
                    prev = line
        finally:
            for f in files:
                f.close()
    return count


# helpers

@functools.lru_cache(maxsize=1 << 16)
def _named(iri: str):
    import pyoxigraph as ox

    return ox.NamedNode(iri)


def _term(t):
    import pyoxigraph as ox

    if isinstance(t, URIRef):
        return _named(str(t))
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    if t.language:
        return ox.Literal(str(t), language=t.language)
    return ox.Literal(str(t), datatype=_named(str(t.datatype or XSD.string)))


def _spill(lines: list[str], path: Path) -> Path:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.writelines(line + "\n" for line in lines)
    return path


def _stripped(f: IO[str]) -> Iterator[str]:
    for line in f:
        yield line[:-1]
