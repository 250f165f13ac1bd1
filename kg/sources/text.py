"""Text helpers shared by the source parsers: decoding, unwrapping, dates, ids and links."""

from __future__ import annotations

import re
from datetime import date

__all__ = [
    "decode_text",
    "looks_binary",
    "clean_space",
    "unwrap",
    "parse_date",
    "normalize_arxiv_id",
    "find_urls",
    "split_links",
]

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_MON = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_PATTERNS = [
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ].*)?"),
    re.compile(r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})"),
    re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"),
    re.compile(_MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?", re.I),
    re.compile(r"(?P<d>\d{1,2})\s+" + _MON + r"(?:,?\s+(?P<y>\d{4}))?", re.I),
    re.compile(r"--(?P<m>\d{2})-(?P<d>\d{2})"),
]
_ARXIV_NEW = re.compile(r"(?<![\w.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\w.])")
_ARXIV_OLD = re.compile(r"(?<![\w.])([a-z][a-z.-]*/\d{7})(?:v\d+)?(?![\w])", re.I)
_URL = re.compile(r"(?:https?://|(?<![\w.@/-])(?:www\.)?github\.com/)[^\s<>\"'{}|\\^`\]]+", re.I)
_BROKEN_SCHEME = re.compile(r"\b(https?):\s+//", re.I)
_TRAILING = ".,;:!?)]}>'\""
_GITHUB = re.compile(r"^https?://(?:www\.)?github\.com/", re.I)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def looks_binary(data: bytes) -> bool:
    """Return True when ``data`` is not plausibly text (NUL bytes or many control bytes).

    Examples
    --------
    >>> looks_binary(b"title,abstract\\nA,B\\n")
    False
    >>> looks_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    True
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with a byte-order mark: decoded by decode_text
    head = data[:65536]
    if b"\x00" in head:
        return True
    return len(_CONTROL.findall(head)) > max(8, len(head) // 100)


def decode_text(data: bytes) -> str:
    """Decode bytes as UTF-8 (BOM stripped), UTF-16 with a BOM, else Latin-1; CRLF -> LF.

    Examples
    --------
    >>> decode_text(b"\\xef\\xbb\\xbfcaf\\xc3\\xa9\\r\\n")
    'café\\n'
    >>> decode_text(b"caf\\xe9")
    'café'
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean_space(text: str | None) -> str:
    """Collapse every run of whitespace to one space and strip the ends.

    Examples
    --------
    >>> clean_space("  Reversible\\n   Column  Networks ")
    'Reversible Column Networks'
    """
    return " ".join((text or "").split())


def unwrap(text: str | None) -> str:
    """Undo hard line wrapping: lines join with a space, paragraphs with a blank line.

    A paragraph starts after a blank line or at an indented line (arXiv's convention).

    Examples
    --------
    >>> unwrap("We propose a\\nnew network.\\n  It works\\nwell.")
    'We propose a new network.\\n\\nIt works well.'
    """
    if not text:
        return ""
    if "\n" not in text and "\r" not in text:
        return " ".join(text.split())
    paragraphs: list[list[str]] = [[]]
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        if line[:1] in (" ", "\t") and paragraphs[-1]:
            paragraphs.append([])
        paragraphs[-1].append(line.strip())
    return "\n\n".join(" ".join(" ".join(p).split()) for p in paragraphs if p)


def parse_date(value: str | None) -> tuple[str | None, str | None]:
    """Parse a date into ``(iso, precision)``; a missing year gives ``--MM-DD``, never a guess.

    Returns ``(None, None)`` when the value is empty, a bare year, or not a valid date.

    Examples
    --------
    >>> parse_date("Dec 22, 2022")
    ('2022-12-22', 'day')
    >>> parse_date("Nov 16")
    ('--11-16', 'month-day')
    >>> parse_date("2026-04-30T00:00:00.000Z")
    ('2026-04-30', 'day')
    >>> parse_date("someday")
    (None, None)
    """
    s = clean_space(value)
    for pattern in _DATE_PATTERNS:
        m = pattern.fullmatch(s)
        if m is None:
            continue
        parts = m.groupdict()
        month = _MONTHS[parts["mon"][:3].lower()] if parts.get("mon") else int(parts["m"])
        day = int(parts["d"])
        year = int(parts["y"]) if parts.get("y") else None
        try:
            date(year or 2000, month, day)  # 2000 is a leap year: Feb 29 stays valid
        except ValueError:
            return None, None
        if year is None:
            return f"--{month:02d}-{day:02d}", "month-day"
        return f"{year:04d}-{month:02d}-{day:02d}", "day"
    return None, None


def normalize_arxiv_id(value: str | None) -> str | None:
    """Return the bare arXiv id (no version, no URL, no ``arXiv:`` prefix) or None.

    Examples
    --------
    >>> normalize_arxiv_id("https://arxiv.org/abs/2212.11696v2")
    '2212.11696'
    >>> normalize_arxiv_id("arXiv:cs/0112017")
    'cs/0112017'
    >>> normalize_arxiv_id("t-1234") is None
    True
    """
    s = (value or "").strip()
    if not s:
        return None
    m = _ARXIV_NEW.search(s)
    if m:
        return m.group(1)
    m = _ARXIV_OLD.search(s)
    if m and ("arxiv" in s.lower() or m.group(0) == s):
        return m.group(1).lower()
    return None


def find_urls(text: str | None) -> list[str]:
    """Return the http(s) URLs in ``text``, trailing punctuation stripped, in order, unique.

    Examples
    --------
    >>> find_urls("Code: https://github.com/a/b. Page (https://x.org/p).")
    ['https://github.com/a/b', 'https://x.org/p']
    >>> find_urls("code at github.com/c/d, see https:\\n  //e.org")
    ['https://github.com/c/d', 'https://e.org']
    """
    seen: dict[str, None] = {}
    text = text or ""
    if "//" not in text and "github.com" not in text.lower():
        return []
    for m in _URL.finditer(_BROKEN_SCHEME.sub(r"\1://", text)):
        url = m.group(0)
        if not url.lower().startswith("http"):
            url = "https://" + url
        while url and url[-1] in _TRAILING:
            if url[-1] == ")" and url.count("(") >= url.count(")"):
                break
            url = url[:-1]
        if re.match(r"^https?://[^/]+\.[^/]+", url):
            seen.setdefault(url, None)
    return list(seen)


def split_links(text: str | None) -> tuple[list[str], list[str]]:
    """Split the URLs of ``text`` into ``(github, other)`` lists.

    GitHub repository links are normalised with ``kg.extract.links.normalize_github`` when
    that module is available; otherwise the raw URL (trailing punctuation stripped) is kept.
    A GitHub link that is not a repository (an owner's page) goes to ``other``.

    Examples
    --------
    >>> split_links("Code: https://github.com/megvii-research/RevCol; page https://x.github.io/p")
    (['https://github.com/megvii-research/RevCol'], ['https://x.github.io/p'])
    """
    github: list[str] = []
    other: list[str] = []
    for url in find_urls(text):
        repo = _normalize_github(url) if _GITHUB.match(url) else None
        if repo:
            if repo not in github:
                github.append(repo)
        elif url not in other:
            other.append(url)
    return github, other


# helpers

def _normalize_github(url: str) -> str | None:
    try:
        from kg.extract.links import normalize_github  # owned by the extract stage
    except ImportError:
        return url
    try:
        return normalize_github(url) or None
    except Exception:  # a helper we do not own must not lose the raw link
        return url
