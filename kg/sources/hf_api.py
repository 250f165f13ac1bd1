"""Map Hugging Face ``daily_papers`` API objects to :class:`Paper`."""

from __future__ import annotations

from typing import Any, Iterator

from kg.exceptions import InputError
from kg.sources.fields import as_int, as_str, name_of
from kg.sources.jsonrecords import map_json_records
from kg.sources.model import Paper, Skipped, require_title, title_id
from kg.sources.text import clean_space, normalize_arxiv_id, parse_date, split_links, unwrap

__all__ = ["is_hf_api_record", "paper_from_hf_api", "parse_hf_api"]


def is_hf_api_record(record: Any) -> bool:
    """Return True for a ``daily_papers`` item (``{"paper": {...}, ...}``) or a bare HF paper.

    Examples
    --------
    >>> is_hf_api_record({"paper": {"id": "2212.11696", "title": "RevCol"}})
    True
    >>> is_hf_api_record({"title": "x", "abstract": "y"})
    False
    """
    if not isinstance(record, dict):
        return False
    paper = record.get("paper")
    if isinstance(paper, dict):
        return any(key in paper for key in ("id", "summary", "upvotes", "publishedAt", "authors"))
    authors = record.get("authors")
    return ("publishedAt" in record and "summary" in record and isinstance(authors, list)
            and any(isinstance(a, dict) for a in authors))


def paper_from_hf_api(record: dict[str, Any], source: str = "<json>") -> Paper:
    """Build a :class:`Paper` from one ``daily_papers`` API object.

    Mapping: ``paper.id`` -> ``arxiv_id`` and ``id``; ``paper.authors[].name`` -> ``authors``;
    ``paper.publishedAt`` -> ``published`` (``YYYY-MM-DD``); ``paper.upvotes``;
    ``paper.githubRepo`` -> ``github`` (a GitHub link that is not a repository, such as an
    owner's page, goes to ``project_page``); ``paper.projectPage`` -> ``project_page``;
    ``paper.organization.fullname`` (else ``.name``) -> ``organization``; ``paper.summary``
    (hard line breaks undone) -> ``abstract``. Top-level fields fill what ``paper`` lacks.

    Raises
    ------
    InputError
        When the record is not an object or has no title.

    Examples
    --------
    >>> rec = {"paper": {"id": "2212.11696", "title": "Reversible Column\\n  Networks",
    ...        "summary": "We propose\\nRevCol.", "authors": [{"name": "Yuxuan Cai"}],
    ...        "publishedAt": "2022-12-22T00:00:00.000Z", "upvotes": 3,
    ...        "githubRepo": "https://github.com/megvii-research/RevCol",
    ...        "organization": {"name": "megvii", "fullname": "Megvii"}}}
    >>> p = paper_from_hf_api(rec)
    >>> p.id, p.title, p.abstract, p.published, p.authors, p.organization, p.github
    ('2212.11696', 'Reversible Column Networks', 'We propose RevCol.', '2022-12-22', ['Yuxuan Cai'], 'Megvii',
     ['https://github.com/megvii-research/RevCol'])
    """
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}")
    paper = record.get("paper") if isinstance(record.get("paper"), dict) else record

    def get(key: str) -> Any:
        value = paper.get(key)
        return record.get(key) if value in (None, "", []) else value

    title = require_title(get("title"))
    arxiv_id = normalize_arxiv_id(as_str(paper.get("id")))
    authors_raw = paper.get("authors") if isinstance(paper.get("authors"), list) else []
    authors = [name for name in (clean_space(name_of(a)) for a in authors_raw) if name]
    published, precision = parse_date(as_str(get("publishedAt")))
    github, not_repos = split_links("".join((as_str(get("githubRepo")) or "").split()))
    project = as_str(get("projectPage"))
    pages = ([project] if project else []) + [u for u in not_repos if u != project]
    organization = get("organization")
    return Paper(
        id=arxiv_id or title_id(title),
        title=title,
        abstract=unwrap(as_str(get("summary"))),
        published=published,
        date_precision=precision,
        upvotes=as_int(get("upvotes")),
        authors_count=len(authors_raw) or None,
        authors=authors,
        organization=clean_space(name_of(organization)) or None,
        arxiv_id=arxiv_id,
        github=github,
        project_page=pages,
        sources=[source],
    )


def parse_hf_api(text: str, source: str = "<json>") -> Iterator[Paper | Skipped]:
    """Yield a :class:`Paper` per API object in ``text`` (array or JSON lines), else a Skipped.

    Examples
    --------
    >>> text = '{"paper": {"id": "2401.00001", "title": "A"}}\\n{"paper": {"id": "2401.00002"}}'
    >>> [str(x) if isinstance(x, Skipped) else x.id for x in parse_hf_api(text, "d.jsonl")]
    ['2401.00001', 'd.jsonl:2: skipped: record has no title']
    """
    yield from map_json_records(text, source, paper_from_hf_api)
