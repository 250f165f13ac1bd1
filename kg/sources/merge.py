"""Deduplicate papers across files and formats, merging what each copy knows."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from typing import Iterable

from kg.exceptions import InputError
from kg.sources.model import Paper, normalize_title, title_id

__all__ = ["merge_papers", "merge_group"]


def merge_papers(papers: Iterable[Paper]) -> list[Paper]:
    """Return one :class:`Paper` per distinct paper, sorted by id.

    Copies are the same paper when they share an arXiv id, or when one has no arXiv id and
    its normalised title (:func:`~kg.sources.model.normalize_title`) matches. Two different
    arXiv ids are never merged, even with the same title; a title-only copy whose title
    matches several arXiv ids joins the smallest id.

    Examples
    --------
    >>> a = Paper(id="2212.11696", title="Reversible Column Networks", arxiv_id="2212.11696",
    ...           sources=["api.json"])
    >>> b = Paper(id=title_id("reversible column-networks"), title="Reversible Column-Networks",
    ...           abstract="We propose RevCol.", authors_count=7, sources=["page.txt"])
    >>> [m] = merge_papers([b, a])
    >>> m.id, m.abstract, m.authors_count, m.sources
    ('2212.11696', 'We propose RevCol.', 7, ['page.txt', 'api.json'])
    """
    by_arxiv: dict[str, list[Paper]] = defaultdict(list)
    title_ids: dict[str, set[str]] = defaultdict(set)
    title_only: list[tuple[str, Paper]] = []
    order: dict[int, int] = {}
    for i, paper in enumerate(papers):
        order[id(paper)] = i
        key = _title_key(paper.title)
        if paper.arxiv_id:
            by_arxiv[paper.arxiv_id].append(paper)
            title_ids[key].add(paper.arxiv_id)
        else:
            title_only.append((key, paper))
    by_title: dict[str, list[Paper]] = defaultdict(list)
    for key, paper in title_only:
        ids = title_ids.get(key)
        if ids:
            by_arxiv[min(ids)].append(paper)
        else:
            by_title[key].append(paper)
    merged = []
    for group in list(by_arxiv.values()) + list(by_title.values()):
        if len(group) == 1:
            merged.append(group[0])  # nothing to merge: the common case, kept fast
            continue
        group.sort(key=lambda p: order[id(p)])
        merged.append(merge_group(group))
    merged.sort(key=lambda p: (p.id, normalize_title(p.title), p.title))
    _make_ids_unique(merged)
    return merged


def merge_group(copies: list[Paper]) -> Paper:
    """Merge copies of one paper: the longest abstract, known values over None, unions of lists.

    ``published`` prefers a full date (the earliest) over a month-day one; ``upvotes`` and
    ``authors_count`` take the largest value; ``authors`` is the longest list plus names
    (compared without case and accents) that only other copies have.

    Raises
    ------
    InputError
        When ``copies`` is empty.

    Examples
    --------
    >>> a = Paper(id="t-1", title="A", published="--11-16", date_precision="month-day", upvotes=2)
    >>> b = Paper(id="t-1", title="A", published="2025-11-16", date_precision="day", github=["g"])
    >>> m = merge_group([a, b])
    >>> m.published, m.date_precision, m.upvotes, m.github
    ('2025-11-16', 'day', 2, ['g'])
    """
    if not copies:
        raise InputError("merge_group needs at least one paper")
    first = copies[0]
    arxiv_id = next((p.arxiv_id for p in copies if p.arxiv_id), None)
    title = next((p.title for p in copies if p.arxiv_id and p.title), first.title)
    abstract = max((p.abstract or "" for p in copies), key=len)
    days = sorted(p.published for p in copies if p.published and p.date_precision == "day")
    if days:
        published, precision = days[0], "day"
    else:
        dated = next((p for p in copies if p.published), None)
        published, precision = (dated.published, dated.date_precision) if dated else (None, None)
    upvotes = max((p.upvotes for p in copies if p.upvotes is not None), default=None)
    authors = _merge_authors([p.authors for p in copies])
    counts = [p.authors_count for p in copies if p.authors_count is not None]
    authors_count = max(counts + [len(authors)]) if counts or authors else None
    return Paper(
        id=arxiv_id or title_id(title),
        title=title,
        abstract=abstract,
        published=published,
        date_precision=precision,
        upvotes=upvotes,
        authors_count=authors_count,
        authors=authors,
        organization=next((p.organization for p in copies if p.organization), None),
        arxiv_id=arxiv_id,
        github=_union(p.github for p in copies),
        project_page=_union(p.project_page for p in copies),
        categories=_union(p.categories for p in copies),
        comment=next((p.comment for p in copies if p.comment), None),
        sources=_union(p.sources for p in copies),
    )


# helpers

def _title_key(title: str) -> str:
    return normalize_title(title) or " ".join(title.casefold().split())


def _union(lists: Iterable[list[str]]) -> list[str]:
    seen: dict[str, str] = {}
    for items in lists:
        for item in items:
            key = item.rstrip("/").casefold() if "://" in item else item
            seen.setdefault(key, item)
    return list(seen.values())


def _name_key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if c.isalnum()).casefold()


def _merge_authors(lists: list[list[str]]) -> list[str]:
    nonempty = [names for names in lists if names]
    if len(nonempty) <= 1:
        return list(nonempty[0]) if nonempty else []
    longest = max(lists, key=len)
    out = list(longest)
    keys = {_name_key(n) for n in out}
    for names in lists:
        for name in names:
            key = _name_key(name)
            if key and key not in keys:
                keys.add(key)
                out.append(name)
    return out


def _make_ids_unique(papers: list[Paper]) -> None:
    """Titles that fold to the same empty key could share an id: suffix the later ones."""
    seen: dict[str, int] = {}
    for paper in papers:
        n = seen.get(paper.id, 0)
        seen[paper.id] = n + 1
        if n:
            paper.id = f"{paper.id}-{n + 1}"
