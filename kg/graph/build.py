"""Build the knowledge graph (a ``networkx.MultiDiGraph``) from papers and extraction records."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

import networkx as nx

from kg.exceptions import InputError, OptionError
from kg.sources.model import Paper

__all__ = [
    "build_graph",
    "confident_entities",
    "check_min_confidence",
    "slugify",
    "repository_id",
    "NODE_TYPES",
    "EDGE_TYPES",
    "ENTITY_KINDS",
]

#: Every node ``type`` the graph can hold.
NODE_TYPES = ("paper", "method", "dataset", "task", "repository", "organization", "author")
#: Every edge type (the edge key and its ``type`` attribute); edges always go paper -> other.
EDGE_TYPES = ("proposes", "uses", "evaluated_on", "addresses", "has_code", "published_by", "has_author")
#: Extraction-record field for each extracted entity kind.
ENTITY_KINDS = {"method": "methods", "dataset": "datasets", "task": "tasks"}

_PAPER_KEYS = ("title", "abstract", "published", "date_precision", "upvotes", "authors_count", "arxiv_id")
_GITHUB = re.compile(r"github\.com/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)", re.IGNORECASE)


def build_graph(
    papers: Sequence[Paper],
    records: Sequence[Mapping[str, Any]],
    resolver: Any | None = None,
    *,
    min_confidence: float = 0.0,
) -> nx.MultiDiGraph:
    """Return the knowledge graph of ``papers`` and their extraction ``records``.

    Nodes and edges follow ``docs/ARCHITECTURE.md`` section 3. The graph is canonical: nodes
    are inserted sorted by id and edges sorted by ``(source, target, key)``, so the same input
    gives the same graph, attribute for attribute and in the same order.

    Parameters
    ----------
    papers : sequence of Paper
        The papers, as ``kg.sources.load_papers`` returns them.
    records : sequence of dict
        One extraction record per paper, same order and same ``id``.
    resolver : object with ``lookup(kind, entity) -> CanonicalEntity``, optional
        Maps each extracted entity to its corpus-level node. By default
        ``kg.extract.canonical.resolve_entities(records)`` when that stage is installed,
        otherwise entities are identified by their normalised ``key``.
    min_confidence : float, optional (default=0.0)
        Leave out the methods, datasets and tasks extracted with a ``confidence`` below this
        (see :func:`confident_entities`); the graph then records it as
        ``G.graph["min_confidence"]``. Links, organisations and authors are always kept.

    Returns
    -------
    networkx.MultiDiGraph
        Edges go paper -> other; the edge key is the edge type.

    Raises
    ------
    InputError
        If the records do not line up with the papers, or an entity has no name.

    Examples
    --------
    >>> p = Paper(id="p1", title="RevCol", organization="Megvii",
    ...           github=["https://github.com/megvii-research/RevCol"])
    >>> r = {"id": "p1", "methods": [{"name": "RevCol", "key": "revcol", "proposed": True}],
    ...      "datasets": [{"name": "ImageNet", "key": "imagenet"}], "tasks": [], "repos": []}
    >>> G = build_graph([p], [r])
    >>> sorted(G)
    ['dataset:imagenet', 'method:revcol', 'organization:megvii', 'paper:p1', 'repository:megvii-research/revcol']
    >>> sorted(k for _, _, k in G.edges(keys=True))
    ['evaluated_on', 'has_code', 'proposes', 'published_by']
    """
    papers = list(papers)
    records = list(records)
    _check_alignment(papers, records)
    if min_confidence:
        records = [confident_entities(r, min_confidence) for r in records]
    if resolver is None:
        resolver = _default_resolver(records)

    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    author_ids: dict[str, str] = {}
    for paper, record in zip(papers, records):
        pid = f"paper:{paper.id}"
        nodes[pid] = _paper_attrs(paper, record)
        _add_entities(pid, record, resolver, nodes, edges)
        for url in _repositories(paper, record):
            rid = repository_id(url)
            if rid is None:
                continue
            if rid not in nodes:
                canon = _canonical_repo_url(url)
                owner_repo = canon.split("github.com/", 1)[1]  # as first written: "AlexeyAB/darknet"
                nodes[rid] = {"type": "repository", "label": owner_repo, "url": canon, "name": owner_repo}
            edges.setdefault((pid, rid, "has_code"), {"type": "has_code"})
        if paper.organization and paper.organization.strip():
            name = " ".join(paper.organization.split())
            oid = f"organization:{slugify(name)}"
            nodes.setdefault(oid, {"type": "organization", "label": name, "name": name})
            edges.setdefault((pid, oid, "published_by"), {"type": "published_by"})
        for author in paper.authors:
            name = " ".join(str(author).split())
            if not name:
                continue
            aid = author_ids.get(name)
            if aid is None:
                aid = author_ids[name] = f"author:{slugify(name)}"
            nodes.setdefault(aid, {"type": "author", "label": name, "name": name})
            edges.setdefault((pid, aid, "has_author"), {"type": "has_author"})

    counts = Counter(v for u, v in {(u, v) for u, v, _ in edges})
    for nid, attrs in nodes.items():
        if attrs["type"] in ENTITY_KINDS:
            attrs["paper_count"] = counts[nid]

    G = nx.MultiDiGraph()
    if min_confidence:
        G.graph["min_confidence"] = float(min_confidence)
    G.add_nodes_from((nid, nodes[nid]) for nid in sorted(nodes))
    G.add_edges_from((u, v, k, edges[(u, v, k)]) for u, v, k in sorted(edges))
    return G


def confident_entities(record: Mapping[str, Any], min_confidence: float) -> dict[str, Any]:
    """Return a copy of an extraction ``record`` without the entities below ``min_confidence``.

    Methods, datasets and tasks whose ``confidence`` is below ``min_confidence`` are left out;
    an entity without a confidence is kept. The confidences of every kind share one scale, the
    probability that the entity is right (``docs/ARCHITECTURE.md``), so one threshold serves all.

    Raises
    ------
    OptionError
        If ``min_confidence`` is not a number from 0 to 1.

    Examples
    --------
    >>> r = {"id": "1", "methods": [{"name": "BERT", "confidence": 0.9}, {"name": "it", "confidence": 0.2}],
    ...      "tasks": [{"name": "parsing"}]}
    >>> kept = confident_entities(r, 0.5)
    >>> [e["name"] for e in kept["methods"]], [e["name"] for e in kept["tasks"]], len(r["methods"])
    (['BERT'], ['parsing'], 2)
    """
    check_min_confidence(min_confidence)
    out = dict(record)
    for fieldname in ENTITY_KINDS.values():
        ents = record.get(fieldname)
        if ents:
            out[fieldname] = [e for e in ents if e.get("confidence") is None or e["confidence"] >= min_confidence]
    return out


def check_min_confidence(value: Any) -> float:
    """Return ``value`` as a float if it is a number from 0 to 1, else raise :class:`OptionError`.

    Examples
    --------
    >>> check_min_confidence(0.5)
    0.5
    >>> check_min_confidence(True)
    Traceback (most recent call last):
    ...
    kg.exceptions.OptionError: min_confidence must be a number from 0 to 1, not True
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
        raise OptionError(f"min_confidence must be a number from 0 to 1, not {value!r}")
    return float(value)


def slugify(text: str) -> str:
    """Return an ASCII, lower-case, hyphenated slug of ``text`` (a hash when nothing is left).

    Examples
    --------
    >>> slugify("Université de Montréal (Mila)")
    'universite-de-montreal-mila'
    >>> slugify("清华大学").startswith("x")
    True
    """
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")
    if not slug:
        slug = "x" + hashlib.sha1(text.strip().casefold().encode("utf-8")).hexdigest()[:12]
    return slug


def repository_id(url: str) -> str | None:
    """Return the node id ``repository:<owner>/<repo>`` (lower-cased) of a GitHub URL, or None.

    Examples
    --------
    >>> repository_id("https://github.com/Megvii-Research/RevCol.git")
    'repository:megvii-research/revcol'
    >>> repository_id("https://example.org") is None
    True
    """
    m = _GITHUB.search(url)
    if not m:
        return None
    owner, repo = m.group(1), m.group(2)
    repo = re.sub(r"\.git$", "", repo).rstrip(".")
    if not repo:
        return None
    return f"repository:{owner.lower()}/{repo.lower()}"


# helpers

@dataclass(frozen=True)
class _Canonical:
    id: str
    kind: str
    name: str
    aliases: list[str] = field(default_factory=list)


class _KeyResolver:
    """Fallback resolver: one node per (kind, key); the most frequent surface name wins."""

    def __init__(self, records: Iterable[Mapping[str, Any]]):
        names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
        for record in records:
            for kind, fieldname in ENTITY_KINDS.items():
                for ent in record.get(fieldname) or ():
                    if not ent.get("name"):
                        continue
                    k = (kind, self._key(ent))
                    names[k][ent["name"]] += 1
                    aliases[k].update([ent["name"], *(ent.get("aliases") or ())])
        self._table = {}
        for k, counter in names.items():
            name = min(counter, key=lambda n: (-counter[n], n))
            self._table[k] = _Canonical(f"{k[0]}:{slugify(k[1])}", k[0], name, sorted(aliases[k]))

    @staticmethod
    def _key(ent: Mapping[str, Any]) -> str:
        return ent.get("key") or " ".join(str(ent["name"]).casefold().split())

    def lookup(self, kind: str, entity: Mapping[str, Any]) -> _Canonical:
        return self._table[(kind, self._key(entity))]


def _default_resolver(records: list[Mapping[str, Any]]) -> Any:
    try:
        from kg.extract.canonical import resolve_entities
    except ImportError:
        return _KeyResolver(records)
    return resolve_entities(records)


def _check_alignment(papers: list[Paper], records: list[Mapping[str, Any]]) -> None:
    if len(papers) != len(records):
        raise InputError(f"extraction records: {len(records)} records for {len(papers)} papers")
    for i, (paper, record) in enumerate(zip(papers, records), start=1):
        if record.get("id") != paper.id:
            raise InputError(
                f"extraction records: record {i} has id {record.get('id')!r} but paper {i} is {paper.id!r}"
            )


def _paper_attrs(paper: Paper, record: Mapping[str, Any]) -> dict[str, Any]:
    attrs: dict[str, Any] = {"type": "paper", "label": paper.title}
    for key in _PAPER_KEYS:
        value = getattr(paper, key)
        if value not in (None, ""):
            attrs[key] = value
    urls = list(dict.fromkeys([*(record.get("urls") or ()), *paper.project_page]))
    if urls:
        attrs["urls"] = urls
    if paper.sources:
        attrs["sources"] = list(paper.sources)
    return attrs


def _add_entities(pid, record, resolver, nodes, edges) -> None:
    local: dict[tuple[str, str, str], dict[str, Any]] = {}
    for kind, fieldname in ENTITY_KINDS.items():
        for ent in record.get(fieldname) or ():
            if not ent.get("name"):
                raise InputError(f"extraction records: paper {record.get('id')!r} has a {kind} with no name")
            canon = resolver.lookup(kind, ent)
            node = nodes.get(canon.id)
            if node is None:
                node = nodes[canon.id] = {"type": kind, "label": canon.name, "name": canon.name,
                                          "aliases": sorted(set(canon.aliases) - {canon.name})}
            forms = {ent["name"], *(ent.get("aliases") or ())} - {canon.name} - set(node["aliases"])
            if forms:  # every surface form that resolved here is an alias of the node
                node["aliases"] = sorted({*node["aliases"], *forms})
            if kind == "task":
                etype = "addresses"
            elif ent.get("proposed"):
                etype = "proposes"
            else:
                etype = "uses" if kind == "method" else "evaluated_on"
            _merge_edge(local, (pid, canon.id, etype), ent)
    # a paper that proposes X does not also merely use X
    for (u, v, k) in [e for e in local if e[2] == "proposes"]:
        for weaker in ("uses", "evaluated_on"):
            other = local.pop((u, v, weaker), None)
            if other is not None:
                _merge_edge(local, (u, v, k), other)
    edges.update(local)


def _merge_edge(edges, key, ent) -> None:
    attrs = edges.setdefault(key, {"type": key[2], "evidence": []})
    if ent.get("confidence") is not None:
        attrs["confidence"] = max(float(ent["confidence"]), attrs.get("confidence", 0.0))
    evidence = list(ent.get("mentions") or ent.get("evidence") or ())
    if evidence:
        merged = {_mention_key(m): m for m in [*attrs["evidence"], *evidence]}
        attrs["evidence"] = [merged[k] for k in sorted(merged)]


def _mention_key(m: Mapping[str, Any]) -> tuple:
    start, end = m.get("start"), m.get("end")
    return (str(m.get("field", "")), -1 if start is None else int(start), -1 if end is None else int(end),
            str(m.get("text", "")), str(m.get("rule", "")))


def _repositories(paper: Paper, record: Mapping[str, Any]) -> list[str]:
    return list(dict.fromkeys([*(record.get("repos") or ()), *paper.github]))


def _canonical_repo_url(url: str) -> str:
    m = _GITHUB.search(url)
    repo = re.sub(r"\.git$", "", m.group(2)).rstrip(".")
    return f"https://github.com/{m.group(1)}/{repo}"
