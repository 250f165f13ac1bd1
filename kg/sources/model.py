"""The one record every source produces: :class:`Paper`."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from kg.exceptions import InputError
from kg.sources.fields import as_str
from kg.sources.text import clean_space

__all__ = ["Paper", "normalize_title", "title_id", "require_title", "Skipped"]


@dataclass
class Paper:
    """One paper, whatever file format it came from.

    ``published`` is ISO 8601: ``YYYY-MM-DD`` when the source gives a year, ``--MM-DD`` when
    it gives only month and day (a year is never invented), or ``None``. ``date_precision``
    says which: ``"day"``, ``"month-day"`` or ``None``.

    Examples
    --------
    >>> p = Paper(id="2212.11696", title="Reversible Column Networks", abstract="We propose ...")
    >>> p.to_dict()["title"]
    'Reversible Column Networks'
    >>> Paper.from_dict(p.to_dict()) == p
    True
    """

    id: str
    title: str
    abstract: str = ""
    published: str | None = None
    date_precision: str | None = None
    upvotes: int | None = None
    authors_count: int | None = None
    authors: list[str] = field(default_factory=list)
    organization: str | None = None
    arxiv_id: str | None = None
    github: list[str] = field(default_factory=list)
    project_page: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    comment: str | None = None
    sources: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the record as the JSON object ``kg papers --format jsonl`` prints.

        Examples
        --------
        >>> Paper(id="1", title="A").to_dict()["authors"]
        []
        """
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Paper":
        """Rebuild a :class:`Paper` from :meth:`to_dict` output, ignoring unknown keys.

        Examples
        --------
        >>> Paper.from_dict({"id": "1", "title": "A", "extra": 0}).title
        'A'
        """
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class Skipped:
    """An input file or record that was not loaded, and why.

    Examples
    --------
    >>> str(Skipped("papers.jsonl", 3, "record has no title"))
    'papers.jsonl:3: skipped: record has no title'
    >>> str(Skipped("x.bin", None, "binary file, not text"))
    'x.bin: skipped: binary file, not text'
    """

    source: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: skipped: {self.reason}"

    @classmethod
    def parse(cls, line: str) -> "Skipped":
        """Read back a line written by ``str()`` (as in a build's ``skipped.txt``); a line of another shape
        becomes the source with no reason.

        Examples
        --------
        >>> Skipped.parse("papers.jsonl:3: skipped: record has no title")
        Skipped(source='papers.jsonl', line=3, reason='record has no title')
        >>> Skipped.parse("x.bin: skipped: binary file, not text").line is None
        True
        """
        m = _SKIPPED_LINE.match(line)
        if not m:
            return cls(line, None, "")
        return cls(m.group(1), int(m.group(2)) if m.group(2) else None, m.group(3))


_SKIPPED_LINE = re.compile(r"^(.*?)(?::(\d+))?: skipped: (.*)$")


def normalize_title(title: str) -> str:
    """Fold a title to the key used for deduplication.

    Examples
    --------
    >>> normalize_title("  Reversible Column-Networks! ")
    'reversible column networks'
    """
    s = unicodedata.normalize("NFKC", title).casefold()
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


def title_id(title: str) -> str:
    """Stable id for a paper with no arXiv id, derived from its normalised title.

    Examples
    --------
    >>> title_id("Reversible Column Networks") == title_id("reversible column-networks")
    True
    >>> title_id("Reversible Column Networks")[:2]
    't-'
    """
    return "t-" + hashlib.sha1(normalize_title(title).encode("utf-8")).hexdigest()[:12]


def require_title(value: Any) -> str:
    """Return a record's title with white space folded, or raise if it has none.

    Raises
    ------
    InputError
        ``record has no title`` when ``value`` is missing, blank or not a string/number.

    Examples
    --------
    >>> require_title("  Reversible\\n Column Networks ")
    'Reversible Column Networks'
    >>> require_title(" ")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    kg.exceptions.InputError: record has no title
    """
    title = clean_space(as_str(value))
    if not title:
        raise InputError("record has no title")
    return title
