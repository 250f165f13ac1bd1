"""Named SPARQL queries (``queries/*.rq``) and turning a name, file or text into a query."""

from __future__ import annotations

import os
from pathlib import Path

from kg.exceptions import QueryError

__all__ = ["QUERIES_DIR", "named_queries", "resolve_query", "describe"]


def _queries_dir() -> Path:
    """The package's ``named_queries`` (a symlink to the checkout's ``queries/``, real files in a
    wheel), else the checkout's ``queries/`` (a checkout without symlinks, e.g. on Windows)."""
    packaged = Path(__file__).resolve().parent / "named_queries"
    checkout = Path(__file__).resolve().parent.parent.parent / "queries"
    return packaged if packaged.is_dir() else checkout


QUERIES_DIR = _queries_dir()
_KEYWORDS = ("select", "construct", "ask", "describe", "prefix", "base", "insert", "delete",
             "load", "clear", "drop", "create", "with")


def named_queries(folder: str | os.PathLike = QUERIES_DIR) -> dict[str, Path]:
    """Return ``{name: path}`` for every ``*.rq`` in ``folder``, sorted by name.

    Examples
    --------
    >>> "central-methods" in named_queries()
    True
    """
    folder = Path(folder)
    return {p.stem: p for p in sorted(folder.glob("*.rq"))} if folder.is_dir() else {}


def describe(path: str | os.PathLike) -> str:
    """Return the leading comment of a ``.rq`` file as one line.

    Examples
    --------
    >>> describe(named_queries()["central-methods"]).startswith("Which methods")
    True
    """
    words = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        words.append(line.lstrip("#").strip())
    return " ".join(w for w in words if w)


def resolve_query(text: str) -> str:
    """Return the SPARQL for a named query, a ``.rq`` file path or the query text itself.

    Raises
    ------
    QueryError
        If ``text`` is neither a known name, an existing file nor SPARQL.

    Examples
    --------
    >>> resolve_query("SELECT * WHERE { ?s ?p ?o }")
    'SELECT * WHERE { ?s ?p ?o }'
    >>> "kg:pagerank" in resolve_query("central-methods")
    True
    """
    stripped = text.strip()
    names = named_queries()
    name = stripped[:-3] if stripped.endswith(".rq") else stripped
    if name in names and not Path(stripped).is_file():
        return names[name].read_text(encoding="utf-8")
    if "\n" not in stripped and len(stripped) < 4096 and Path(stripped).is_file():
        try:
            return Path(stripped).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise QueryError(f"{stripped}: cannot read query file: {err}") from err
    first = stripped.lstrip("#").split(None, 1)[0].lower() if stripped else ""
    if "{" in stripped or first in _KEYWORDS or stripped.startswith("#"):
        return text
    known = ", ".join(names) or "none"
    raise QueryError(f"{text!r} is not SPARQL, a file or a named query (named queries: {known})")
