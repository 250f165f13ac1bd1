"""Turn the paperkg networkx graph into RDF triples and write N-Triples, Turtle and JSON-LD (streaming)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Iterable, Iterator

import networkx as nx
from rdflib import DCTERMS, PROV, RDF, RDFS, SDO, SKOS, XSD, Graph, Literal, URIRef

from kg.fileio import atomic_write
from kg.rdf.iri import check_base, community_iri, evidence_iri, node_iri, safe_url
from kg.rdf.jsonld import write_compact_jsonld
from kg.rdf.namespace import DEFAULT_BASE, KG, PREFIXES
from kg.rdf.ntriples import ntriples_lines, write_sorted_ntriples

__all__ = ["to_rdf", "iter_triples", "write_rdf", "serialize_ntriples", "EDGE_PREDICATES", "NODE_CLASSES"]

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
    for triple in iter_triples(G, base=base):
        g.add(triple)
    return g


def iter_triples(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE) -> Iterator[tuple]:
    """Yield the RDF triples of a paperkg graph one by one (the mapping behind :func:`to_rdf`).

    Nodes come in sorted id order, each followed by its outgoing links (sorted by target and
    key) with their evidence nodes, then the communities, so the order is deterministic. Only
    the node IRIs are held in memory; a triple may repeat (e.g. two repository nodes with the
    same GitHub URL), as an RDF graph would merge it.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The graph built by ``kg.graph``.
    base : str, optional (default="https://w3id.org/paperkg/")
        Base of the minted IRIs.

    Yields
    ------
    tuple of rdflib terms
        ``(subject, predicate, object)``.

    Raises
    ------
    OptionError
        If ``base`` is not a usable IRI (raised on the first ``next``).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("method:revcol", type="method", label="RevCol", name="RevCol")
    >>> triples = list(iter_triples(G))
    >>> len(triples), triples[0][0]
    (4, rdflib.term.URIRef('https://w3id.org/paperkg/method/revcol'))
    """
    base = check_base(base)
    iris = {n: node_iri(str(n), base, d.get("url") if d.get("type") == "repository" else None)
            for n, d in G.nodes(data=True)}
    for n in sorted(G.nodes, key=str):
        yield from _node_triples(iris[n], n, G.nodes[n], base)
        edges = sorted(G.out_edges(n, keys=True, data=True), key=lambda e: (str(e[1]), str(e[2])))
        for u, v, key, data in edges:
            yield from _edge_triples(iris[u], iris[v], str(data.get("type", key)), data, base,
                                     (u, key, v))
    yield from _community_triples(G, base)
    yield from _build_triples(G, base)


def serialize_ntriples(g: Graph | Iterable[tuple]) -> str:
    """Return ``g`` (a graph or triples) as N-Triples with the lines sorted, so equal graphs give equal text.

    Holds the whole text in memory: for big graphs use :func:`write_rdf`.

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
    return "".join(line + "\n" for line in ntriples_lines(g))


def write_rdf(
    G: nx.MultiDiGraph | Graph,
    outdir: str | os.PathLike,
    *,
    base: str = DEFAULT_BASE,
    jsonld: bool = False,
) -> dict[str, Path]:
    """Write ``graph.nt`` and ``graph.ttl`` (and ``graph.jsonld``) into ``outdir``, atomically.

    Everything streams, so memory does not grow with the graph: the triples of
    :func:`iter_triples` are sorted in bounded-size runs (spilled beside the output and merged,
    see :func:`kg.rdf.ntriples.write_sorted_ntriples`) into ``graph.nt``; Oxigraph then reads
    ``graph.nt`` back as a stream and writes Turtle in the same sorted order; JSON-LD is compact (a ``@context``
    of our prefixes, one node object per subject: :func:`kg.rdf.jsonld.write_compact_jsonld`).
    Output is deterministic: the same graph gives the same bytes, whatever the node order.

    Parameters
    ----------
    G : networkx.MultiDiGraph or rdflib.Graph
        A paperkg graph (mapped as by :func:`to_rdf`) or an RDF graph.
    outdir : path
        Folder to write into (created if needed).
    base : str, optional
        Base of minted IRIs (see :func:`to_rdf`).
    jsonld : bool, optional (default=False)
        Also write ``graph.jsonld``.

    Returns
    -------
    dict
        Format name (``"nt"``, ``"ttl"``, ``"jsonld"``) -> path written.

    Raises
    ------
    OptionError
        If ``base`` is not a usable IRI.

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
    import pyoxigraph as ox

    triples = G if isinstance(G, Graph) else iter_triples(G, base=base)
    if not isinstance(G, Graph):
        check_base(base)  # fail before any file is opened
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    paths = {"nt": outdir / "graph.nt", "ttl": outdir / "graph.ttl"}
    with atomic_write(paths["nt"]) as f:
        write_sorted_ntriples(triples, f, tmpdir=outdir)
    with atomic_write(paths["ttl"], "wb") as f:
        ox.serialize(ox.parse(path=str(paths["nt"]), format=ox.RdfFormat.N_TRIPLES), f,
                     ox.RdfFormat.TURTLE, prefixes=dict(PREFIXES))
    if jsonld:
        paths["jsonld"] = outdir / "graph.jsonld"
        with atomic_write(paths["jsonld"], "wb") as f:
            write_compact_jsonld(paths["nt"], f, PREFIXES)
    return paths


# helpers

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


def _node_triples(s: URIRef, node: Any, data: dict, base: str) -> Iterator[tuple]:
    kind = data.get("type")
    yield (s, DCTERMS.identifier, Literal(str(node)))
    if kind in NODE_CLASSES:
        yield (s, RDF.type, NODE_CLASSES[kind])
    label = data.get("label") or data.get("name") or data.get("title")
    if label:
        yield (s, RDFS.label, Literal(str(label)))
    name = data.get("name") or data.get("title")
    if name:
        yield (s, SDO.name, Literal(str(name)))
    for alias in _as_list(data.get("aliases")):
        if alias and str(alias) != str(label):
            yield (s, SKOS.altLabel, Literal(str(alias)))
    if data.get("abstract"):
        yield (s, SDO.abstract, Literal(str(data["abstract"])))
    if data.get("published"):
        yield (s, SDO.datePublished, _date(str(data["published"])))
    for key, pred in _NUMERIC:
        value = data.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            yield (s, pred, _lit(value))
    arxiv = data.get("arxiv_id")
    if arxiv:
        yield (s, SDO.identifier, Literal(f"arXiv:{arxiv}"))
        if _ARXIV.fullmatch(str(arxiv)):
            yield (s, SDO.sameAs, URIRef(f"https://arxiv.org/abs/{arxiv}"))
    for url in _as_list(data.get("urls")) + ([data["url"]] if data.get("url") else []):
        iri = safe_url(str(url))
        yield (s, SDO.url, iri) if iri is not None else (s, KG.rawUrl, Literal(str(url)))
    for source in _as_list(data.get("sources")):
        yield (s, DCTERMS.source, Literal(str(source)))
    if data.get("community") is not None:
        yield (s, KG.community, community_iri(base, data["community"]))


def _date(value: str) -> Literal:
    if _FULL_DATE.fullmatch(value):
        return Literal(value, datatype=XSD.date)
    if _MONTH_DAY.fullmatch(value):
        return Literal(value, datatype=XSD.gMonthDay)
    return Literal(value)


def _edge_triples(s: URIRef, o: URIRef, etype: str, data: dict, base: str,
                  ident: tuple) -> Iterator[tuple]:
    pred = EDGE_PREDICATES.get(etype, KG.relatedTo)
    yield (s, pred, o)
    mentions = [m for m in _as_list(data.get("evidence")) if isinstance(m, dict)]
    confidence = data.get("confidence")
    if not mentions and confidence is None and pred is not KG.relatedTo:
        return
    for i, mention in enumerate(mentions or [{}]):
        ev = evidence_iri(base, *ident, i)
        yield (s, KG.hasEvidence, ev)
        yield (ev, RDF.type, KG.Evidence)
        yield (ev, RDF.subject, s)
        yield (ev, RDF.predicate, pred)
        yield (ev, RDF.object, o)
        yield (ev, KG.edgeType, Literal(etype))
        yield (ev, PROV.wasDerivedFrom, s)
        if isinstance(confidence, (int, float)) and not isinstance(confidence, bool):
            yield (ev, KG.confidence, Literal(repr(float(confidence)), datatype=XSD.double))
        for key, p in _MENTION_TEXT:
            if mention.get(key) not in (None, ""):
                yield (ev, p, Literal(str(mention[key])))
        for key, p in _MENTION_OFFSETS:
            if isinstance(mention.get(key), int):
                yield (ev, p, Literal(mention[key], datatype=XSD.integer))


def _community_triples(G: nx.MultiDiGraph, base: str) -> Iterator[tuple]:
    listed: Iterable[dict] = [c for c in _as_list(G.graph.get("communities")) if isinstance(c, dict)]
    used = {d["community"] for _, d in G.nodes(data=True) if d.get("community") is not None}
    if not listed and not used and "modularity" not in G.graph:
        return
    partition = URIRef(f"{base}partition")
    yield (partition, RDF.type, KG.Partition)
    yield (partition, RDFS.label, Literal("communities"))
    if isinstance(G.graph.get("modularity"), (int, float)):
        yield (partition, KG.modularity, _lit(float(G.graph["modularity"])))
    seen = set()
    for c in listed:
        cid = c.get("id")
        seen.add(cid)
        yield from _community(partition, base, cid, c.get("label"), c.get("size"))
    for cid in sorted(used - seen, key=str):
        yield from _community(partition, base, cid, None, None)


def _build_triples(G: nx.MultiDiGraph, base: str) -> Iterator[tuple]:
    """The build's settings that depart from the defaults (graph attributes ``min_confidence`` and ``seed``, as
    ``kg build --min-confidence/--seed`` stores them) on ``<BASE>build``, a ``kg:Build``."""
    settings = []
    threshold, seed = G.graph.get("min_confidence"), G.graph.get("seed")
    if isinstance(threshold, (int, float)) and not isinstance(threshold, bool) and threshold > 0:
        settings.append((KG.minConfidence, _lit(float(threshold))))
    if isinstance(seed, int) and not isinstance(seed, bool) and seed != 0:
        settings.append((KG.louvainSeed, _lit(seed)))
    if not settings:
        return
    build = URIRef(f"{base}build")
    yield (build, RDF.type, KG.Build)
    yield (build, RDFS.label, Literal("kg build"))
    for p, value in settings:
        yield (build, p, value)


def _community(partition: URIRef, base: str, cid: Any, label: Any, size: Any) -> Iterator[tuple]:
    c = community_iri(base, cid)
    yield (partition, KG.hasCommunity, c)
    yield (c, RDF.type, KG.Community)
    yield (c, RDFS.label, Literal(str(label) if label else f"community {cid}"))
    yield (c, KG.communityId, _lit(cid))
    if isinstance(size, int):
        yield (c, KG.size, _lit(size))
