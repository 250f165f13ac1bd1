"""Turn the paperkg networkx graph into RDF (rdflib) and write Turtle, N-Triples and JSON-LD."""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from typing import Any, Iterable

import networkx as nx
from rdflib import DCTERMS, PROV, RDF, RDFS, SDO, SKOS, XSD, BNode, Graph, Literal, URIRef

from kg.fileio import atomic_write
from kg.rdf.iri import check_base, community_iri, evidence_iri, node_iri, safe_url
from kg.rdf.namespace import DEFAULT_BASE, KG, PREFIXES

__all__ = ["to_rdf", "write_rdf", "serialize_ntriples", "EDGE_PREDICATES", "NODE_CLASSES"]

NODE_CLASSES: dict[str, URIRef] = {
    "paper": SDO.ScholarlyArticle,
    "method": KG.Method,
    "dataset": SDO.Dataset,
    "task": KG.Task,
    "repository": SDO.SoftwareSourceCode,
    "organization": SDO.Organization,
    "author": SDO.Person,
}

EDGE_PREDICATES: dict[str, URIRef] = {
    "proposes": KG.proposes,
    "uses": KG.usesMethod,
    "evaluated_on": KG.evaluatedOn,
    "addresses": KG.addressesTask,
    "has_code": SDO.codeRepository,
    "published_by": SDO.sourceOrganization,
    "has_author": SDO.author,
}

_NUMERIC = (("upvotes", KG.upvotes), ("authors_count", KG.authorsCount),
            ("paper_count", KG.paperCount), ("degree", KG.degree),
            ("pagerank", KG.pagerank), ("betweenness", KG.betweenness))
_MENTION_TEXT = (("sentence", PROV.value), ("text", KG.mentionText), ("field", KG.field),
                 ("rule", KG.rule))
_MENTION_OFFSETS = (("start", KG.start), ("end", KG.end))
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH_DAY = re.compile(r"--\d{2}-\d{2}")
_ARXIV = re.compile(r"\d{4}\.\d{4,5}(v\d+)?|[a-z-]+(\.[A-Z]{2})?/\d{7}(v\d+)?")


def to_rdf(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE) -> Graph:
    """Return the RDF graph of a paperkg graph (schema in docs/ARCHITECTURE.md section 3).

    Papers become ``schema:ScholarlyArticle``, datasets ``schema:Dataset``, methods
    ``kg:Method``, tasks ``kg:Task``, repositories ``schema:SoftwareSourceCode`` named by their
    GitHub URL, organisations ``schema:Organization`` and authors ``schema:Person``. Every
    node gets ``rdfs:label`` and one ``skos:altLabel`` per alias. Each mention supporting an
    extracted link becomes a ``kg:Evidence`` node (reification + PROV-O, see docs/ONTOLOGY.md).
    ``G`` is not modified.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The graph built by ``kg.graph``.
    base : str, optional (default="https://w3id.org/paperkg/")
        Base of the minted IRIs; must be http(s) and end in ``/`` or ``#``.

    Returns
    -------
    rdflib.Graph

    Raises
    ------
    OptionError
        If ``base`` is not a usable IRI.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("paper:1", type="paper", label="RevCol", title="RevCol")
    >>> G.add_node("method:revcol", type="method", label="RevCol", name="RevCol", aliases=[])
    >>> _ = G.add_edge("paper:1", "method:revcol", key="proposes", type="proposes", confidence=0.9)
    >>> g = to_rdf(G)
    >>> (None, KG.proposes, None) in g
    True
    >>> len(list(g.subjects(RDF.type, KG.Evidence)))
    1
    """
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for triple in _triples(G, base):
        g.add(triple)
    return g


def serialize_ntriples(g: Graph) -> str:
    """Return ``g`` as N-Triples with the lines sorted, so equal graphs give equal text.

    Examples
    --------
    >>> from rdflib import Graph, URIRef, Literal
    >>> g = Graph()
    >>> _ = g.add((URIRef("http://e/b"), URIRef("http://e/p"), Literal("x")))
    >>> _ = g.add((URIRef("http://e/a"), URIRef("http://e/p"), Literal("y")))
    >>> print(serialize_ntriples(g), end="")
    <http://e/a> <http://e/p> "y" .
    <http://e/b> <http://e/p> "x" .
    """
    return _ntriples(g)


def write_rdf(
    G: nx.MultiDiGraph | Graph,
    outdir: str | os.PathLike,
    *,
    base: str = DEFAULT_BASE,
    jsonld: bool = False,
) -> dict[str, Path]:
    """Write ``graph.ttl`` and ``graph.nt`` (and ``graph.jsonld``) into ``outdir``, atomically.

    Output is deterministic: N-Triples lines are sorted and Turtle and JSON-LD are written by
    Oxigraph from the sorted triples, so the same graph gives the same bytes.

    Parameters
    ----------
    G : networkx.MultiDiGraph or rdflib.Graph
        A paperkg graph (converted with :func:`to_rdf`) or an RDF graph.
    outdir : path
        Folder to write into (created if needed).
    base : str, optional
        Base of minted IRIs (see :func:`to_rdf`).
    jsonld : bool, optional (default=False)
        Also write ``graph.jsonld``.

    Returns
    -------
    dict
        Format name (``"ttl"``, ``"nt"``, ``"jsonld"``) -> path written.

    Examples
    --------
    >>> import tempfile, networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("paper:1", type="paper", label="A paper", title="A paper")
    >>> paths = write_rdf(G, tempfile.mkdtemp())
    >>> sorted(paths)
    ['nt', 'ttl']
    >>> paths["nt"].read_text().count("\\n") >= 3
    True
    """
    # a networkx graph goes straight to Oxigraph's N-Triples writer: same triples as to_rdf,
    # without building an rdflib graph (3-5x faster on large graphs)
    nt = serialize_ntriples(G) if isinstance(G, Graph) else _ntriples(_triples(G, base))
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    paths = {"ttl": outdir / "graph.ttl", "nt": outdir / "graph.nt"}
    with atomic_write(paths["nt"]) as f:
        f.write(nt)
    with atomic_write(paths["ttl"]) as f:
        f.write(_reserialize(nt, "ttl"))
    if jsonld:
        paths["jsonld"] = outdir / "graph.jsonld"
        with atomic_write(paths["jsonld"]) as f:
            f.write(_reserialize(nt, "jsonld"))
    return paths


# helpers

class _TripleList(list):
    """Collects triples through the ``add`` method the builders call (like ``Graph.add``)."""

    add = list.append


def _triples(G: nx.MultiDiGraph, base: str) -> list[tuple]:
    base = check_base(base)
    out = _TripleList()
    iris = {n: node_iri(str(n), base, d.get("url") if d.get("type") == "repository" else None)
            for n, d in G.nodes(data=True)}
    for n, data in G.nodes(data=True):
        _add_node(out, iris[n], n, data, base)
    for u, v, key, data in G.edges(keys=True, data=True):
        _add_edge(out, iris[u], iris[v], str(data.get("type", key)), data, base, (u, key, v))
    _add_communities(out, G, base)
    return out


def _ntriples(triples: Iterable[tuple]) -> str:
    """Sorted, deduplicated canonical N-Triples of rdflib-term triples, written by Oxigraph."""
    import pyoxigraph as ox

    named = functools.lru_cache(maxsize=1 << 16)(ox.NamedNode)

    def term(t):
        if isinstance(t, URIRef):
            return named(str(t))
        if isinstance(t, BNode):
            return ox.BlankNode(str(t))
        if t.language:
            return ox.Literal(str(t), language=t.language)
        return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype or XSD.string)))

    data = ox.serialize((ox.Triple(term(s), term(p), term(o)) for s, p, o in triples),
                        format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    return "".join(line + "\n" for line in sorted(set(data.splitlines())) if line)


def _reserialize(nt: str, fmt: str) -> str:
    """Re-serialize sorted N-Triples with Oxigraph (fast, keeps the sorted order)."""
    import pyoxigraph as ox

    rdf_format = {"ttl": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD}[fmt]
    triples = ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(triples, format=rdf_format, prefixes=dict(PREFIXES)).decode("utf-8")


def _lit(value: Any) -> Literal:
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    if isinstance(value, float):
        return Literal(repr(value), datatype=XSD.double)
    return Literal(str(value))


def _as_list(value: Any) -> list:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set)):
        return sorted(value, key=str) if isinstance(value, set) else list(value)
    return [value]


def _add_node(g: Graph, s: URIRef, node: Any, data: dict, base: str) -> None:
    kind = data.get("type")
    g.add((s, DCTERMS.identifier, Literal(str(node))))
    if kind in NODE_CLASSES:
        g.add((s, RDF.type, NODE_CLASSES[kind]))
    label = data.get("label") or data.get("name") or data.get("title")
    if label:
        g.add((s, RDFS.label, Literal(str(label))))
    name = data.get("name") or data.get("title")
    if name:
        g.add((s, SDO.name, Literal(str(name))))
    for alias in _as_list(data.get("aliases")):
        if alias and str(alias) != str(label):
            g.add((s, SKOS.altLabel, Literal(str(alias))))
    if data.get("abstract"):
        g.add((s, SDO.abstract, Literal(str(data["abstract"]))))
    if data.get("published"):
        g.add((s, SDO.datePublished, _date(str(data["published"]))))
    for key, pred in _NUMERIC:
        value = data.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            g.add((s, pred, _lit(value)))
    arxiv = data.get("arxiv_id")
    if arxiv:
        g.add((s, SDO.identifier, Literal(f"arXiv:{arxiv}")))
        if _ARXIV.fullmatch(str(arxiv)):
            g.add((s, SDO.sameAs, URIRef(f"https://arxiv.org/abs/{arxiv}")))
    for url in _as_list(data.get("urls")) + ([data["url"]] if data.get("url") else []):
        iri = safe_url(str(url))
        g.add((s, SDO.url, iri) if iri is not None else (s, KG.rawUrl, Literal(str(url))))
    for source in _as_list(data.get("sources")):
        g.add((s, DCTERMS.source, Literal(str(source))))
    if data.get("community") is not None:
        g.add((s, KG.community, community_iri(base, data["community"])))


def _date(value: str) -> Literal:
    if _FULL_DATE.fullmatch(value):
        return Literal(value, datatype=XSD.date)
    if _MONTH_DAY.fullmatch(value):
        return Literal(value, datatype=XSD.gMonthDay)
    return Literal(value)


def _add_edge(g: Graph, s: URIRef, o: URIRef, etype: str, data: dict, base: str,
              ident: tuple) -> None:
    pred = EDGE_PREDICATES.get(etype, KG.relatedTo)
    g.add((s, pred, o))
    mentions = [m for m in _as_list(data.get("evidence")) if isinstance(m, dict)]
    confidence = data.get("confidence")
    if not mentions and confidence is None and pred is not KG.relatedTo:
        return
    for i, mention in enumerate(mentions or [{}]):
        ev = evidence_iri(base, *ident, i)
        g.add((s, KG.hasEvidence, ev))
        g.add((ev, RDF.type, KG.Evidence))
        g.add((ev, RDF.subject, s))
        g.add((ev, RDF.predicate, pred))
        g.add((ev, RDF.object, o))
        g.add((ev, KG.edgeType, Literal(etype)))
        g.add((ev, PROV.wasDerivedFrom, s))
        if isinstance(confidence, (int, float)) and not isinstance(confidence, bool):
            g.add((ev, KG.confidence, Literal(repr(float(confidence)), datatype=XSD.double)))
        for key, p in _MENTION_TEXT:
            if mention.get(key) not in (None, ""):
                g.add((ev, p, Literal(str(mention[key]))))
        for key, p in _MENTION_OFFSETS:
            if isinstance(mention.get(key), int):
                g.add((ev, p, Literal(mention[key], datatype=XSD.integer)))


def _add_communities(g: Graph, G: nx.MultiDiGraph, base: str) -> None:
    listed: Iterable[dict] = [c for c in _as_list(G.graph.get("communities")) if isinstance(c, dict)]
    used = {d["community"] for _, d in G.nodes(data=True) if d.get("community") is not None}
    if not listed and not used and "modularity" not in G.graph:
        return
    partition = URIRef(f"{base}partition")
    g.add((partition, RDF.type, KG.Partition))
    g.add((partition, RDFS.label, Literal("communities")))
    if isinstance(G.graph.get("modularity"), (int, float)):
        g.add((partition, KG.modularity, _lit(float(G.graph["modularity"]))))
    seen = set()
    for c in listed:
        cid = c.get("id")
        seen.add(cid)
        _add_community(g, partition, base, cid, c.get("label"), c.get("size"))
    for cid in sorted(used - seen, key=str):
        _add_community(g, partition, base, cid, None, None)


def _add_community(g: Graph, partition: URIRef, base: str, cid: Any, label: Any, size: Any) -> None:
    c = community_iri(base, cid)
    g.add((partition, KG.hasCommunity, c))
    g.add((c, RDF.type, KG.Community))
    g.add((c, RDFS.label, Literal(str(label) if label else f"community {cid}")))
    g.add((c, KG.communityId, _lit(cid)))
    if isinstance(size, int):
        g.add((c, KG.size, _lit(size)))
