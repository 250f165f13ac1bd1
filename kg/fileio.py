"""Small file helpers shared by every stage: atomic writes and tolerant text reading."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import tempfile
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

__all__ = ["atomic_write", "read_bytes", "TruncatedGzip", "write_jsonl", "iter_jsonl"]


@contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temporary file beside ``path`` and move it into place only on success.

    Readers never see a half-written file; on error the old file is left untouched.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with atomic_write(d / "a.txt") as f:
    ...     _ = f.write("hello")
    >>> (d / "a.txt").read_text()
    'hello'
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    binary = "b" in mode
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp creates 0600; give the file normal permissions
        with os.fdopen(fd, mode, encoding=None if binary else encoding, newline=None if binary else "\n") as f:
            yield f
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


STDIN = "-"
"""The input path that means standard input (``kg papers -``, ``kg build -``, ``kg extract -``)."""
GZIP_MAGIC = b"\x1f\x8b"
"""The first two bytes of gzip data."""
STDIN_NAME = "<stdin>"
"""What messages and ``Paper.sources`` call standard input."""


def read_bytes(path: str | os.PathLike) -> bytes:
    """Return the bytes of ``path``, transparently gunzipped when it is gzip data; the string ``"-"``
    (:data:`STDIN`) reads standard input (a ``Path("-")`` is a file of that name). Pipes given by name
    (``/dev/stdin``, ``<(...)``) are read too.

    Examples
    --------
    >>> import tempfile, gzip, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.gz"
    >>> _ = p.write_bytes(gzip.compress(b"abc"))
    >>> read_bytes(p)
    b'abc'
    """
    if is_stdin(path):
        if sys.stdin is None:
            raise OSError("standard input is closed")
        return _maybe_gunzip(io.BytesIO(sys.stdin.buffer.read()))
    with open(path, "rb") as f:
        return _maybe_gunzip(f if f.seekable() else io.BytesIO(f.read()))


def is_stdin(path: object) -> bool:
    """``path`` is the argument ``-`` that means standard input (a string; any ``Path`` names a file).

    >>> is_stdin("-"), is_stdin(Path("-")), is_stdin("./-")
    (True, False, False)
    """
    return isinstance(path, str) and path == STDIN


def display_name(path: str | os.PathLike) -> str:
    """How messages name an input: ``<stdin>`` for ``"-"``, else the path as given.

    >>> display_name("-"), display_name("a.jsonl")
    ('<stdin>', 'a.jsonl')
    """
    return STDIN_NAME if is_stdin(path) else str(path)


def _maybe_gunzip(f: IO[bytes]) -> bytes:
    head = f.read(2)
    f.seek(0)
    return _gunzip(f) if head == GZIP_MAGIC else f.read()


class TruncatedGzip(EOFError):
    """Gzip data that ends before its end marker; ``data`` holds what could be decompressed."""

    def __init__(self, data: bytes):
        super().__init__(f"gzip data ends early: {len(data)} bytes could be decompressed")
        self.data = data


def _gunzip(f: IO[bytes]) -> bytes:
    """Decompress every gzip member of ``f``; raise :class:`TruncatedGzip` (with the data so far) on a cut."""
    out: list[bytes] = []
    d = zlib.decompressobj(31)
    while chunk := f.read(1 << 20):
        while chunk:
            if d.eof:  # a file of several members, as `cat a.gz b.gz` makes
                if not chunk.strip(b"\0"):  # zero padding after the last member, as gzip allows
                    break
                d = zlib.decompressobj(31)
            out.append(d.decompress(chunk))
            chunk = d.unused_data if d.eof else b""
    if not d.eof:
        out.append(d.flush())
        raise TruncatedGzip(b"".join(out))
    return b"".join(out)


def write_jsonl(path: str | os.PathLike, rows: Iterable[Any]) -> int:
    """Atomically write one compact JSON object per line; return the number of rows.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "r.jsonl"
    >>> write_jsonl(p, [{"a": 1}, {"b": 2}])
    2
    >>> p.read_text()
    '{"a":1}\\n{"b":2}\\n'
    """
    n = 0
    with atomic_write(path) as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
            n += 1
    return n


def iter_jsonl(path: str | os.PathLike) -> Iterator[Any]:
    """Yield the JSON object on each non-blank line of ``path`` (gzip allowed).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "r.jsonl"
    >>> _ = p.write_text('{"a": 1}\\n\\n{"a": 2}\\n')
    >>> [r["a"] for r in iter_jsonl(p)]
    [1, 2]
    """
    opener = gzip.open if Path(path).suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8-sig") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)
