"""Map arXiv listing records (one JSON object per line) to :class:`Paper`."""

from __future__ import annotations

import re
from typing import Any, Iterator

from kg.exceptions import InputError
from kg.sources.fields import as_str, as_str_list
from kg.sources.jsonrecords import map_json_records
from kg.sources.model import Paper, Skipped, require_title, title_id
from kg.sources.text import clean_space, normalize_arxiv_id, parse_date, split_links, unwrap

__all__ = ["is_arxiv_record", "paper_from_arxiv", "parse_arxiv"]

_PROJECT_CUE = re.compile(r"(project|page|website|webpage|homepage|demo|site)\W*$", re.I)


def is_arxiv_record(record: Any) -> bool:
    """Return True for an arXiv listing record (``listing_date``, or ``abs`` plus ``categories``).

    Examples
    --------
    >>> is_arxiv_record({"id": "2503.11731", "title": "t", "listing_date": "2025-03-18"})
    True
    >>> is_arxiv_record({"title": "t"})
    False
    """
    if not isinstance(record, dict):
        return False
    return "listing_date" in record or ("categories" in record and ("abs" in record or "pdf" in record))


def paper_from_arxiv(record: dict[str, Any], source: str = "<json>") -> Paper:
    """Build a :class:`Paper` from one arXiv listing record.

    ``summary`` and ``comment`` lose arXiv's hard line breaks (an indented line starts a new
    paragraph, kept as a blank line). ``published`` is ``listing_date``, the day the paper
    was announced, when that date is in the month of the id (``YYMM``) or the month after
    (papers sent at a month's end are announced in the next); a later listing is a cross-list
    or replacement, whose true publication day is unknown, so ``published`` is then None.
    A ``published`` field, when present, wins. GitHub URLs in ``comment`` go to ``github``;
    ``*.github.io`` pages and URLs after "project page"/"website" go to ``project_page``.

    Raises
    ------
    InputError
        When the record is not an object or has no title.

    Examples
    --------
    >>> p = paper_from_arxiv({"id": "2503.11742v2", "title": "Safe VLMs", "categories": ["cs.CV"],
    ...     "authors": ["A. B"], "summary": "We study\\nsafety.\\n  Second part.",
    ...     "comment": "Code: https://github.com/a/b.", "listing_date": "2025-03-18"})
    >>> p.id, p.abstract, p.published, p.github, p.categories
    ('2503.11742', 'We study safety.\\n\\nSecond part.', '2025-03-18', ['https://github.com/a/b'], ['cs.CV'])
    """
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}")
    title = require_title(record.get("title"))
    arxiv_id = (normalize_arxiv_id(as_str(record.get("id"))) or normalize_arxiv_id(as_str(record.get("abs")))
                or normalize_arxiv_id(as_str(record.get("pdf"))))
    comment = clean_space(as_str(record.get("comment"))) or None
    github, others = split_links(comment)
    published, precision = parse_date(as_str(record.get("published")))
    if published is None:
        published, precision = _listing_date(as_str(record.get("listing_date")), arxiv_id)
    categories = as_str_list(record.get("categories"), separators=" ,;")
    authors = as_str_list(record.get("authors"), separators=";,", unique=False)
    return Paper(
        id=arxiv_id or title_id(title),
        title=title,
        abstract=unwrap(as_str(record.get("summary")) or as_str(record.get("abstract"))),
        published=published,
        date_precision=precision,
        authors_count=len(authors) or None,
        authors=authors,
        arxiv_id=arxiv_id,
        github=github,
        project_page=_project_pages(comment or "", others),
        categories=categories,
        comment=comment,
        sources=[source],
    )


def parse_arxiv(text: str, source: str = "<jsonl>") -> Iterator[Paper | Skipped]:
    """Yield a :class:`Paper` per arXiv record in ``text`` (JSON lines or array), else a Skipped.

    Examples
    --------
    >>> text = '{"id": "2503.11731", "title": "A", "listing_date": "2025-03-18"}\\n{oops\\n'
    >>> [str(x) if isinstance(x, Skipped) else x.id for x in parse_arxiv(text, "a.jsonl")]
    ['2503.11731', 'a.jsonl:2: skipped: invalid JSON: Expecting property name enclosed in double quotes (column 2)']
    """
    yield from map_json_records(text, source, paper_from_arxiv)


# helpers

def _listing_date(value: str | None, arxiv_id: str | None) -> tuple[str | None, str | None]:
    published, precision = parse_date(value)
    if published is None or precision != "day" or arxiv_id is None or not re.match(r"\d{4}\.", arxiv_id):
        return published, precision
    id_month = (2000 + int(arxiv_id[:2])) * 12 + int(arxiv_id[2:4]) - 1
    listed_month = int(published[:4]) * 12 + int(published[5:7]) - 1
    if 0 <= listed_month - id_month <= 1:
        return published, precision
    return None, None


def _project_pages(comment: str, urls: list[str]) -> list[str]:
    pages = []
    for url in urls:
        before = comment[:comment.find(url)] if url in comment else ""
        host = url.split("/")[2].lower() if url.count("/") >= 2 else ""
        if host.endswith(".github.io") or _PROJECT_CUE.search(before[-40:]):
            pages.append(url)
    return pages
