"""Safe IRIs for graph nodes: percent-encoded node ids under a base, GitHub URLs for repositories."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote, urlsplit

from rdflib import URIRef

from kg.exceptions import OptionError

__all__ = ["node_iri", "evidence_iri", "community_iri", "safe_url", "check_base"]

KINDS = ("paper", "method", "dataset", "task", "repository", "organization", "author")
_GITHUB = re.compile(r"https://github\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")
# characters that may stay as they are in an http(s) IRI taken from the input (RFC 3986 reserved
# and unreserved, plus '%' for existing escapes); everything else is percent-encoded.
_URL_SAFE = "-._~:/?#[]@!$&'()*+,;=%"


def check_base(base: str) -> str:
    """Return ``base`` if it is an absolute http(s) IRI ending in ``/`` or ``#``.

    Raises
    ------
    OptionError
        For anything else.

    Examples
    --------
    >>> check_base("https://example.org/kg/")
    'https://example.org/kg/'
    >>> check_base("example")
    Traceback (most recent call last):
    ...
    kg.exceptions.OptionError: RDF base must be an http(s) IRI ending in '/' or '#', got 'example'
    """
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc or base[-1:] not in ("/", "#") \
            or quote(base, safe=_URL_SAFE) != base:
        raise OptionError(f"RDF base must be an http(s) IRI ending in '/' or '#', got {base!r}")
    return base


def node_iri(node_id: str, base: str, url: str | None = None) -> URIRef:
    """Return the IRI of graph node ``node_id`` (``kind:rest``).

    ``rest`` is percent-encoded byte by byte (UTF-8), so no input text can break out of the
    IRI. A repository node whose ``url`` is a plain ``https://github.com/OWNER/REPO`` uses
    that URL itself.

    Parameters
    ----------
    node_id : str
        Graph node id such as ``"paper:2212.11696"``.
    base : str
        Base IRI for minted IRIs, ending in ``/``.
    url : str, optional
        The repository node's ``url`` attribute.

    Returns
    -------
    rdflib.URIRef

    Examples
    --------
    >>> node_iri("method:revcol", "https://w3id.org/paperkg/")
    rdflib.term.URIRef('https://w3id.org/paperkg/method/revcol')
    >>> node_iri('author:a "b"<c>', "https://w3id.org/paperkg/")
    rdflib.term.URIRef('https://w3id.org/paperkg/author/a%20%22b%22%3Cc%3E')
    >>> node_iri("repository:x/y", "https://w3id.org/paperkg/", url="https://github.com/X/y")
    rdflib.term.URIRef('https://github.com/X/y')
    """
    kind, sep, rest = node_id.partition(":")
    if url and _GITHUB.fullmatch(url):
        return URIRef(url)
    if not sep or kind not in KINDS:
        kind, rest = "node", node_id
    return URIRef(f"{base}{kind}/{quote(rest, safe='')}")


def evidence_iri(base: str, *parts: object) -> URIRef:
    """Return a stable IRI for an evidence node, a hash of ``parts``.

    Examples
    --------
    >>> evidence_iri("https://w3id.org/paperkg/", "paper:1", "uses", "method:x", 0)
    rdflib.term.URIRef('https://w3id.org/paperkg/evidence/...')
    """
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]
    return URIRef(f"{base}evidence/{digest}")


def community_iri(base: str, community: object) -> URIRef:
    """Return the IRI of community ``community`` (its id, percent-encoded).

    Examples
    --------
    >>> community_iri("https://w3id.org/paperkg/", 3)
    rdflib.term.URIRef('https://w3id.org/paperkg/community/3')
    """
    return URIRef(f"{base}community/{quote(str(community), safe='')}")


def safe_url(url: str) -> URIRef | None:
    """Return ``url`` as an IRI if it is an http(s) URL, with unsafe characters percent-encoded.

    Other schemes (``javascript:``, ``data:``, ...) and malformed URLs give ``None``.

    Examples
    --------
    >>> safe_url("https://example.org/a b")
    rdflib.term.URIRef('https://example.org/a%20b')
    >>> safe_url("javascript:alert(1)") is None
    True
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return URIRef(quote(url, safe=_URL_SAFE))
