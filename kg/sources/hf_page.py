"""Parse the text of a Hugging Face *Daily Papers* page (copied from a browser) into papers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from kg.sources.model import Paper, Skipped, title_id
from kg.sources.text import clean_space, parse_date

__all__ = ["parse_hf_page", "looks_like_hf_page"]

_HEADER = {
    "new",
    "get trending papers in your email inbox!",
    "get trending papers in your email inbox once a day!",
    "subscribe",
    "daily papers",
    "byak and the research community",
}
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
_DATE = re.compile(rf"(?P<date>{_MON}\s+\d{{1,2}}(?:,\s*\d{{4}})?)(?:\s+(?P<upvotes>\d+))?", re.I)
_AUTHORS = re.compile(r"[•·*\-]?\s*(\d+)\s+authors?", re.I)
_DOT = {"·", "•", "⋅"}
_SUBSCRIBE = "Subscribe"


def looks_like_hf_page(text: str) -> bool:
    """Return True when ``text`` carries the marks of a Daily Papers page.

    Examples
    --------
    >>> looks_like_hf_page("Daily Papers\\n\\nA title\\n\\nAn abstract.\\n\\n  • 3 authors\\n·\\nMay 1")
    True
    >>> looks_like_hf_page("just some notes")
    False
    """
    head = text[:20000]
    if "Get trending papers" in head or re.search(r"^\s*Daily Papers\s*$", head, re.M):
        return True
    lines = [line.strip() for line in head.split("\n")]
    meta = sum(1 for line in lines if _AUTHORS.fullmatch(line)) + sum(1 for line in lines if line in _DOT)
    return meta >= 2


def parse_hf_page(text: str, source: str = "<text>") -> Iterator[Paper | Skipped]:
    """Yield a :class:`Paper` per paper on the page and a :class:`Skipped` per stray line.

    Both layouts are read: blocks separated by blank lines (title, abstract, then an optional
    metadata block ``[ORG_ID Org Name] [• N authors] · Mon D[, YYYY] [UPVOTES]``) and the
    compact one (title line, abstract line). Page furniture (``Subscribe``, ``Daily Papers``,
    the page date, ...) is dropped. A date without a year is kept as ``--MM-DD``.

    Parameters
    ----------
    text : str
        The page text (already decoded).
    source : str
        File name recorded in ``Paper.sources`` and in skip messages.

    Yields
    ------
    Paper or Skipped

    Examples
    --------
    >>> page = "Daily Papers\\n\\nNov 12\\n\\nMSRNet: A Network\\n\\nWe propose MSRNet.\\n\\n"
    >>> page += "KFUPM KFUPM\\n·\\nNov 16 2\\n"
    >>> [p] = parse_hf_page(page, "page.txt")
    >>> p.title, p.organization, p.published, p.date_precision, p.upvotes
    ('MSRNet: A Network', 'KFUPM', '--11-16', 'month-day', 2)
    """
    items = [(n, line.strip()) for n, line in enumerate(text.split("\n"), 1) if line.strip()]
    builder = _PageBuilder(source)
    for i, (lineno, line) in enumerate(items):
        nxt = items[i + 1][1] if i + 1 < len(items) else ""
        after = items[i + 2][1] if i + 2 < len(items) else ""
        yield from builder.feed(lineno, line, nxt, after)
    yield from builder.finish()


# helpers

@dataclass
class _Draft:
    line: int
    title: str
    abstract: list[str] = field(default_factory=list)
    organization: str | None = None
    authors_count: int | None = None
    published: str | None = None
    precision: str | None = None
    upvotes: int | None = None
    has_meta: bool = False
    closed: bool = False


class _PageBuilder:
    """Line-by-line state machine: title, abstract, metadata, next title."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.draft: _Draft | None = None
        self.after_dot = False
        self.seen_paper = False

    def feed(self, lineno: int, line: str, nxt: str, after: str) -> Iterator[Paper | Skipped]:
        if line.casefold() in _HEADER:
            return
        if not self.seen_paper and line.startswith(_SUBSCRIBE) and len(line) > len(_SUBSCRIBE):
            line = line[len(_SUBSCRIBE):].strip()  # compact layout: "SubscribeFirst Title"
        m_authors = _AUTHORS.fullmatch(line)
        m_date = _DATE.fullmatch(line)
        if m_authors:
            yield from self._meta(lineno, line, authors=int(m_authors.group(1)))
            return
        if line in _DOT:
            yield from self._meta(lineno, line)
            self.after_dot = True
            return
        if m_date and self.after_dot:
            self.after_dot = False
            published, precision = parse_date(m_date.group("date"))
            upvotes = m_date.group("upvotes")
            yield from self._meta(lineno, line, published=published, precision=precision,
                                  upvotes=int(upvotes) if upvotes else None, close=True)
            return
        self.after_dot = False
        if m_date and m_date.group("upvotes") is None and (self.draft is None or self.draft.closed):
            return  # the page's own date ("Dec 10") between header and papers
        draft = self.draft
        if (draft is not None and not draft.closed and draft.abstract and draft.organization is None
                and not draft.has_meta and _is_meta_start(nxt) and _org_like(line)):
            draft.organization = _org_display_name(line)
            return
        if draft is not None and not draft.closed and not draft.abstract:
            if _abstract_like(line) or not _abstract_like(nxt) or _is_meta_start(nxt):
                draft.abstract.append(line)
                return
        elif (draft is not None and not draft.closed and not draft.has_meta
              and _abstract_like(line) and not _abstract_like(nxt)):
            draft.abstract.append(line)  # a second paragraph of the abstract
            return
        if (draft is None or draft.closed) and _abstract_like(line) and _is_meta_start(nxt):
            yield Skipped(self.source, lineno, "abstract with no title before it")
            return
        yield from self._emit()
        self.draft = _Draft(line=lineno, title=clean_space(line))
        self.seen_paper = True

    def finish(self) -> Iterator[Paper | Skipped]:
        yield from self._emit()

    def _meta(self, lineno: int, line: str, *, authors: int | None = None, published: str | None = None,
              precision: str | None = None, upvotes: int | None = None, close: bool = False,
              ) -> Iterator[Skipped]:
        draft = self.draft
        if draft is None or draft.closed:
            yield Skipped(self.source, lineno, f"metadata line with no paper before it: {line[:60]!r}")
            return
        draft.has_meta = True
        if authors is not None:
            draft.authors_count = authors
        if published is not None:
            draft.published, draft.precision = published, precision
        if upvotes is not None:
            draft.upvotes = upvotes
        if close:
            draft.closed = True

    def _emit(self) -> Iterator[Paper]:
        draft, self.draft = self.draft, None
        if draft is None:
            return
        yield Paper(
            id=title_id(draft.title),
            title=draft.title,
            abstract="\n\n".join(clean_space(p) for p in draft.abstract),
            published=draft.published,
            date_precision=draft.precision,
            upvotes=draft.upvotes,
            authors_count=draft.authors_count,
            organization=draft.organization,
            sources=[self.source],
        )


def _is_meta_start(line: str) -> bool:
    return bool(_AUTHORS.fullmatch(line)) or line in _DOT


def _abstract_like(line: str) -> bool:
    """Long prose rather than a title: abstracts are long, titles short."""
    if len(line) >= 250:
        return True
    sentences = re.findall(r"[.!?](?:\s|$)", line)
    return len(line) >= 120 and len(sentences) >= 2


def _org_like(line: str) -> bool:
    """An organisation line is short and is not a sentence."""
    return len(line) <= 120 and not _abstract_like(line) and not line.endswith(".")


def _org_display_name(line: str) -> str:
    """``"pathwaycom Pathway"`` -> ``"Pathway"``: an org id, then its display name."""
    parts = line.split(None, 1)
    return clean_space(parts[1] if len(parts) == 2 else parts[0])
