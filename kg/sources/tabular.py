"""Map plain records (CSV rows or JSON objects with at least a title) to :class:`Paper`."""

from __future__ import annotations

import csv
import io
import re
from typing import Any, Callable, Iterator

from kg.exceptions import InputError
from kg.sources.fields import MISSING_MARKERS, as_int, as_str, as_str_list, name_of
from kg.sources.jsonrecords import map_json_records
from kg.sources.model import Paper, Skipped, require_title, title_id
from kg.sources.text import clean_space, normalize_arxiv_id, parse_date, split_links, unwrap

__all__ = ["COLUMNS", "paper_from_row", "unusable_values", "parse_csv", "parse_tabular_json", "csv_dialect"]

#: Accepted column names (compared after lower-casing and mapping non-alphanumerics to ``_``).
COLUMNS: dict[str, tuple[str, ...]] = {
    "title": ("title", "paper_title", "name_of_paper"),
    "abstract": ("abstract", "summary", "description", "paper_abstract"),
    "id": ("id", "arxiv_id", "arxiv", "paper_id", "eprint", "doi"),
    "published": ("published", "date", "published_at", "publishedat", "publication_date", "pub_date",
                  "listing_date", "submitted", "created"),
    "url": ("url", "link", "paper_url", "abs", "abs_url", "arxiv_url", "pdf", "pdf_url"),
    "authors": ("authors", "author", "author_names"),
    "github": ("github", "github_url", "githubrepo", "github_repo", "code", "code_url", "repo", "repository"),
    "project_page": ("project_page", "projectpage", "project", "homepage", "website", "project_url"),
    "categories": ("categories", "category", "tags", "primary_category", "subjects"),
    "upvotes": ("upvotes", "votes", "likes"),
    "organization": ("organization", "organisation", "org", "affiliation", "institution"),
    "comment": ("comment", "comments", "note", "notes"),
}
_KEY = re.compile(r"[^0-9a-z]+")
# a year or a year and month: a date coarser than papers keep, not an unreadable one
_COARSE_DATE = re.compile(r"\d{4}(?:[-/.]\d{1,2})?")


def paper_from_row(row: dict[str, Any], source: str = "<table>") -> Paper:
    """Build a :class:`Paper` from a plain record using the column names in :data:`COLUMNS`.

    An arXiv id is taken from ``id`` or from an arxiv.org ``url``; GitHub URLs from any link
    column go to ``github``, other links to ``project_page``.

    Raises
    ------
    InputError
        When the row is not an object or has no title.

    Examples
    --------
    >>> p = paper_from_row({"Title": "RevCol", "Summary": "We propose RevCol.",
    ...                     "URL": "https://arxiv.org/abs/2212.11696", "Date": "2022-12-22"})
    >>> p.id, p.abstract, p.published
    ('2212.11696', 'We propose RevCol.', '2022-12-22')
    """
    if not isinstance(row, dict):
        raise InputError(f"expected an object with a title, got {type(row).__name__}")
    get = _column_getter(row)

    title = require_title(get("title"))
    url = as_str(get("url"))
    arxiv_id = normalize_arxiv_id(as_str(get("id"))) or (
        normalize_arxiv_id(url) if url and "arxiv" in url.lower() else None)
    github, pages = split_links(" ".join(as_str_list(get("github"), separators=" ;,")))
    more_github, more_pages = split_links(" ".join(as_str_list(get("project_page"), separators=" ;,")))
    if url and "arxiv.org" not in url.lower():
        url_github, url_pages = split_links(url)
        more_github += url_github
        more_pages += url_pages
    published, precision = parse_date(as_str(get("published")))
    authors = as_str_list(get("authors"), separators=";|", unique=False)
    if len(authors) == 1 and ("," in authors[0] or " and " in authors[0]):
        authors = as_str_list(authors[0].replace(" and ", ","), separators=",", unique=False)
    comment = clean_space(as_str(get("comment"))) or None
    return Paper(
        id=arxiv_id or title_id(title),
        title=title,
        abstract=unwrap(as_str(get("abstract"))),
        published=published,
        date_precision=precision,
        upvotes=as_int(get("upvotes")),
        authors_count=len(authors) or None,
        authors=authors,
        organization=clean_space(name_of(get("organization"))) or None,
        arxiv_id=arxiv_id,
        github=_unique(github + more_github),
        project_page=_unique(pages + more_pages),
        categories=as_str_list(get("categories"), separators=";,|"),
        comment=comment,
        sources=[source],
    )


def unusable_values(row: Any) -> list[str]:
    """Say which values of a plain record :func:`paper_from_row` cannot use (its paper is kept without them).

    Examples
    --------
    >>> unusable_values({"title": "A", "upvotes": "abc", "date": "13.05.2024"})
    ["upvotes 'abc' is not a count (the paper is kept without it)", \
"date '13.05.2024' cannot be read as a day (the paper is kept without it)"]
    >>> unusable_values({"title": "A", "upvotes": "n/a", "date": "2024-05"})  # no value; a month is no day
    []
    """
    if not isinstance(row, dict):
        return []
    get, out = _column_getter(row), []
    upvotes, published = (None if str(v).strip().lower() in MISSING_MARKERS else v
                          for v in (get("upvotes"), get("published")))
    if upvotes is not None and as_int(upvotes) is None:
        out.append(f"upvotes {upvotes!r} is not a count (the paper is kept without it)")
    date = as_str(published)
    if date and parse_date(date)[0] is None and not _COARSE_DATE.fullmatch(date):
        out.append(f"date {published!r} cannot be read as a day (the paper is kept without it)")
    return out


def csv_dialect(text: str) -> str | None:
    """Return the delimiter of a CSV/TSV text whose header has a title column, else None.

    Examples
    --------
    >>> csv_dialect("id\\ttitle\\tabstract\\n1\\tA\\tB\\n")
    '\\t'
    >>> csv_dialect("hello, world\\n") is None
    True
    """
    header = next((line for line in text.split("\n", 50) if line.strip()), "")
    if _KEY.sub("_", header.strip().strip('"').lower()).strip("_") in COLUMNS["title"]:
        return ","  # a single title column
    for delimiter in (",", "\t", ";", "|"):
        if delimiter not in header:
            continue
        try:
            names = next(csv.reader([header], delimiter=delimiter))
        except csv.Error:
            continue
        keys = {_KEY.sub("_", n.strip().lower()).strip("_") for n in names}
        if keys & set(COLUMNS["title"]):
            return delimiter
    return None


def parse_csv(text: str, source: str = "<csv>") -> Iterator[Paper | Skipped]:
    """Yield a :class:`Paper` per CSV/TSV row (header row first), else a :class:`Skipped`.

    Examples
    --------
    >>> text = 'title,abstract\\n"RevCol","We propose, RevCol."\\n,no title here\\n'
    >>> [str(x) if isinstance(x, Skipped) else x.abstract for x in parse_csv(text, "p.csv")]
    ['We propose, RevCol.', 'p.csv:3: skipped: record has no title']
    """
    delimiter = csv_dialect(text)
    if delimiter is None:
        yield Skipped(source, 1, "CSV header has no title column")
        return
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield Skipped(source, reader.line_num, f"invalid CSV: {err}; rest of file skipped")
            return
        line, start = start, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = row
            continue
        record = dict(zip(header, row))
        try:
            yield paper_from_row(record, source)
        except InputError as err:
            yield Skipped(source, line, str(err))
            continue
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header):]):
            yield Skipped(source, line, f"row has {len(row)} cells, the header {len(header)}: "
                                        "the cells past the header's are left out")
        yield from (Skipped(source, line, problem) for problem in unusable_values(record))


def parse_tabular_json(text: str, source: str = "<json>") -> Iterator[Paper | Skipped]:
    """Yield a :class:`Paper` per JSON record (array or JSON lines) with plain columns.

    Examples
    --------
    >>> text = '{"title": "A", "summary": "B"}\\n{"title": \\n'
    >>> [str(x) if isinstance(x, Skipped) else x.title for x in parse_tabular_json(text, "t.jsonl")]
    ['A', 't.jsonl:2: skipped: invalid JSON: Expecting value (column 11)']
    """
    yield from map_json_records(text, source, paper_from_row)


# helpers

def _column_getter(row: dict[str, Any]) -> Callable[[str], Any]:
    """``get(field)``: the first non-empty value of the row under one of ``COLUMNS[field]``."""
    cols = {_KEY.sub("_", str(k).strip().lower()).strip("_"): v for k, v in row.items() if k is not None}

    def get(field: str) -> Any:
        for name in COLUMNS[field]:
            value = cols.get(name)
            if value not in (None, "", []):
                return value
        return None

    return get


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
