"""The Python API: ``kg.build(paths) -> KnowledgeGraph`` and ``kg.load(outdir)``."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

import networkx as nx

from kg.analytics import annotate, write_report
from kg.analytics.report import format_summary
from kg.analytics.trends import entity_counts, rising
from kg.exceptions import InputError, KGError, OptionError
from kg.fileio import atomic_write, write_jsonl
from kg.graph import NODE_TYPES, build_graph, graph_from_json, repository_id, write_graph_files
from kg.sources.model import Paper, Skipped

if TYPE_CHECKING:  # kg.viz loads pyvis; imported where the viewer is written
    from kg.viz import ViewerPage

__all__ = ["build", "load", "KnowledgeGraph", "Entity", "PaperList", "UnknownEntityError"]

PathArg = str | os.PathLike | Iterable[str | os.PathLike]


class UnknownEntityError(KGError, KeyError):
    """No entity of the asked type has that name or alias.

    It is also a :class:`KeyError`; its message is not quoted.

    Examples
    --------
    >>> str(UnknownEntityError("no method named 'X'"))
    "no method named 'X'"
    >>> issubclass(UnknownEntityError, KeyError)
    True
    """

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class Entity:
    """A method, dataset, task or repository node, as the typed accessors return it.

    Examples
    --------
    >>> Entity("method:vit", "method", "ViT", ("Vision Transformer",), 3).paper_count
    3
    """

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    paper_count: int = 0
    attrs: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)


def build(paths: PathArg, *, processes: int = 1, seed: int = 0, min_confidence: float = 0.0) -> "KnowledgeGraph":
    """Load papers from ``paths``, extract entities, and return the annotated knowledge graph.

    Parameters
    ----------
    paths : path or iterable of paths
        Files and folders in any format ``kg.sources.load_papers`` reads.
    processes : int, optional (default=1)
        Extraction worker processes.
    seed : int, optional (default=0)
        Seed of Louvain and sampled betweenness.
    min_confidence : float, optional (default=0.0)
        Leave extracted methods, datasets and tasks with a lower confidence out of the graph
        (:func:`kg.graph.confident_entities`); ``records`` still holds every extraction.

    Returns
    -------
    KnowledgeGraph

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "p.jsonl").write_text('{"id": "2401.00001", "title": "ResNet for CIFAR-10", '
    ...     '"abstract": "We train ResNet-50 on CIFAR-10 for image classification."}\\n')
    >>> g = build([d])
    >>> len(g.papers), g.nx.nodes["paper:2401.00001"]["type"]
    (1, 'paper')
    """
    from kg.extract import extract_papers
    from kg.graph import check_min_confidence
    from kg.sources import load_papers

    check_min_confidence(min_confidence)  # before extracting, not after
    result = load_papers(paths)
    records = list(extract_papers(result.papers, processes=processes))
    return KnowledgeGraph.from_records(result.papers, records, skipped=result.skipped, seed=seed,
                                       min_confidence=min_confidence)


def load(outdir: str | os.PathLike) -> "KnowledgeGraph":
    """Load a knowledge graph saved by :meth:`KnowledgeGraph.save` (or ``kg build``).

    Examples
    --------
    >>> import tempfile
    >>> kg = KnowledgeGraph.from_records([Paper(id="1", title="T")], [{"id": "1"}])
    >>> d = tempfile.mkdtemp()
    >>> _ = kg.save(d, report=False)
    >>> load(d).nx.number_of_nodes()
    1
    """
    return KnowledgeGraph.load(outdir)


class PaperList(list):
    """The papers of a graph: a list of :class:`Paper` that can also be called to filter it.

    ``kg.papers`` is the list; ``kg.papers(using="BERT", evaluated_on="GLUE")`` returns the
    papers linked to every given entity (canonical name, alias or node id).

    Examples
    --------
    >>> kg = KnowledgeGraph.from_records(
    ...     [Paper(id="1", title="A"), Paper(id="2", title="B")],
    ...     [{"id": "1", "tasks": [{"name": "QA"}]}, {"id": "2"}])
    >>> len(kg.papers), [p.id for p in kg.papers(addressing="qa")]
    (2, ['1'])
    """

    def __init__(self, papers: Iterable[Paper], owner: "KnowledgeGraph"):
        super().__init__(papers)
        self._owner = owner

    def __call__(self, using: str | None = None, evaluated_on: str | None = None,
                 addressing: str | None = None) -> list[Paper]:
        """Return the papers linked to every given entity (name, alias or node id).

        Examples
        --------
        >>> kg = KnowledgeGraph.from_records([Paper(id="1", title="A")],
        ...     [{"id": "1", "methods": [{"name": "BERT"}], "datasets": [{"name": "ImageNet-1K"}]}])
        >>> [p.id for p in kg.papers(using="BERT")], [p.id for p in kg.papers(using="ImageNet-1K")]
        (['1'], ['1'])
        """
        return self._owner._filter_papers(using, evaluated_on, addressing)


class KnowledgeGraph:
    """Papers, their extraction records, and the annotated graph built from them.

    Attributes
    ----------
    papers : PaperList
        The papers (sorted by id); call it to filter.
    records : list of dict
        One extraction record per paper.
    skipped : list of Skipped
        Inputs that were not loaded.
    nx : networkx.MultiDiGraph
        The graph (schema in ``docs/ARCHITECTURE.md``), annotated with analytics.
    seed : int
        Seed of Louvain and sampled betweenness.
    min_confidence : float
        Extracted entities below this confidence are in ``records`` but not in the graph.

    Examples
    --------
    >>> p = Paper(id="1", title="BERT on GLUE")
    >>> r = {"id": "1", "methods": [{"name": "BERT", "aliases": ["Bidirectional Encoder"]}],
    ...      "datasets": [{"name": "GLUE"}], "tasks": [{"name": "language understanding"}]}
    >>> kg = KnowledgeGraph.from_records([p], [r])
    >>> len(kg.methods()), kg.entity("BERT") == kg.entity("bidirectional encoder")
    (1, True)
    >>> [x.id for x in kg.papers(using="bidirectional encoder", evaluated_on="GLUE")]
    ['1']
    >>> kg.centrality("pagerank", type="dataset", top=1)[0][0]
    'dataset:glue'
    """

    def __init__(self, papers: Sequence[Paper], records: Sequence[Mapping[str, Any]],
                 graph: nx.MultiDiGraph, skipped: Sequence[Skipped] = (), *, seed: int | None = None,
                 min_confidence: float | None = None):
        self.papers = PaperList(papers, self)
        self.records = list(records)
        self.skipped = list(skipped)
        self.nx = graph
        # by default the settings the graph was built with (its attributes), so .add() keeps them
        self.seed = graph.graph.get("seed", 0) if seed is None else seed
        self.min_confidence = graph.graph.get("min_confidence", 0.0) if min_confidence is None else min_confidence
        self._index: dict[str, list[str]] | None = None

    @classmethod
    def from_records(cls, papers: Sequence[Paper], records: Sequence[Mapping[str, Any]],
                     skipped: Sequence[Skipped] = (), *, seed: int = 0,
                     min_confidence: float = 0.0) -> "KnowledgeGraph":
        """Build and annotate the graph of ``papers`` and their extraction ``records``.

        Entities extracted with a confidence below ``min_confidence`` stay in ``records`` and
        out of the graph.

        Examples
        --------
        >>> KnowledgeGraph.from_records([Paper(id="1", title="T")], [{"id": "1"}]).nx.number_of_nodes()
        1
        >>> r = {"id": "1", "methods": [{"name": "BERT", "confidence": 0.9}, {"name": "it", "confidence": 0.2}]}
        >>> sorted(KnowledgeGraph.from_records([Paper(id="1", title="T")], [r], min_confidence=0.5).nx)
        ['method:bert', 'paper:1']
        """
        papers = list(papers)
        G = annotate(build_graph(papers, records, min_confidence=min_confidence), seed=seed)
        return cls(papers, records, G, skipped, seed=seed, min_confidence=min_confidence)

    # typed accessors

    def methods(self) -> list[Entity]:
        """Return the method entities, most papers first (ties by id).

        Examples
        --------
        >>> KnowledgeGraph.from_records([Paper(id="1", title="T")], [{"id": "1"}]).methods()
        []
        """
        return self._entities("method")

    def datasets(self) -> list[Entity]:
        """Return the dataset entities, most papers first (ties by id).

        Examples
        --------
        >>> r = {"id": "1", "datasets": [{"name": "COCO"}]}
        >>> KnowledgeGraph.from_records([Paper(id="1", title="T")], [r]).datasets()[0].id
        'dataset:coco'
        """
        return self._entities("dataset")

    def tasks(self) -> list[Entity]:
        """Return the task entities, most papers first (ties by id).

        Examples
        --------
        >>> r = {"id": "1", "tasks": [{"name": "object detection"}]}
        >>> KnowledgeGraph.from_records([Paper(id="1", title="T")], [r]).tasks()[0].name
        'object detection'
        """
        return self._entities("task")

    def repositories(self) -> list[Entity]:
        """Return the GitHub repositories, most papers first (ties by id).

        Examples
        --------
        >>> p = Paper(id="1", title="T", github=["https://github.com/a/B"])
        >>> KnowledgeGraph.from_records([p], [{"id": "1"}]).repositories()[0].attrs["url"]
        'https://github.com/a/B'
        """
        return self._entities("repository")

    def entity(self, name: str, type: str | None = None) -> Entity:
        """Return the entity with this node id, canonical name, alias or (for a repository) URL.

        Raises
        ------
        UnknownEntityError
            If no entity (of ``type``, when given) has that name.

        Examples
        --------
        >>> r = {"id": "1", "methods": [{"name": "ViT", "aliases": ["Vision Transformer"]}]}
        >>> KnowledgeGraph.from_records([Paper(id="1", title="T")], [r]).entity("vision transformer").id
        'method:vit'
        """
        return self._entity(self._resolve(name, _check_type(type)))

    def centrality(self, kind: str = "pagerank", type: str | None = None,
                   top: int | None = 10) -> list[tuple[str, float]]:
        """Return ``(node id, score)`` pairs, best first, of ``kind`` in pagerank/betweenness/degree.

        Examples
        --------
        >>> r = {"id": "1", "methods": [{"name": "A"}, {"name": "B"}]}
        >>> kg = KnowledgeGraph.from_records([Paper(id="1", title="T")], [r])
        >>> kg.centrality("degree", top=1)
        [('paper:1', 2)]
        """
        if kind not in ("pagerank", "betweenness", "degree"):
            raise OptionError(f"kind must be 'pagerank', 'betweenness' or 'degree', not {kind!r}")
        _check_type(type)
        items = [(n, d[kind]) for n, d in self.nx.nodes(data=True)
                 if kind in d and (type is None or d.get("type") == type)]
        items.sort(key=lambda x: (-x[1], x[0]))
        return items if top is None else items[:top]

    def communities(self) -> list[dict]:
        """Return ``[{id, size, label, members}]``, largest first; ``members`` is a sorted list.

        Examples
        --------
        >>> kg = KnowledgeGraph.from_records([Paper(id="1", title="T")], [{"id": "1", "tasks": [{"name": "QA"}]}])
        >>> kg.communities()[0]["members"]
        ['paper:1', 'task:qa']
        """
        members: dict[int, list[str]] = {}
        for n, c in self.nx.nodes(data="community"):
            members.setdefault(c, []).append(n)
        out = [dict(c, members=sorted(members.get(c["id"], []))) for c in self.nx.graph.get("communities", [])]
        return sorted(out, key=lambda c: (-c["size"], c["id"]))

    def trends(self, type: str | None = None, *, period: str = "month", yearless: bool = False) -> dict:
        """Return ``{entity id: {period: papers}}`` (see :func:`kg.analytics.trends.entity_counts`).

        Examples
        --------
        >>> p = Paper(id="1", title="T", published="2025-03-01", date_precision="day")
        >>> KnowledgeGraph.from_records([p], [{"id": "1", "tasks": [{"name": "QA"}]}]).trends("task")
        {'task:qa': {'2025-03': 1}}
        """
        return entity_counts(self.nx, type=_check_type(type), period=period, yearless=yearless)

    def rising(self, type: str | None = None, *, recent: int = 2, min_count: int = 3,
               top: int | None = 10) -> list[tuple[str, float]]:
        """Return rising entities (see :func:`kg.analytics.trends.rising`).

        Examples
        --------
        >>> KnowledgeGraph.from_records([Paper(id="1", title="T")], [{"id": "1"}]).rising()
        []
        """
        return rising(self.nx, type=_check_type(type), recent=recent, min_count=min_count, top=top)

    def summary(self, top: int = 5) -> str:
        """Return the text ``kg stats`` prints: counts, top entities, communities.

        Examples
        --------
        >>> print(KnowledgeGraph.from_records([Paper(id="1", title="T")], [{"id": "1"}]).summary())
        nodes: 1 (paper 1)
        ...
        """
        return format_summary(self.nx, top=top)

    # updating and saving

    def add(self, paths: PathArg, *, processes: int = 1) -> int:
        """Merge the papers in ``paths`` into the graph, extracting only new or changed papers.

        Copies of papers already present are merged with them as in a full build; a paper
        whose merged record is unchanged keeps its extraction (:mod:`kg.scale.incremental`).
        Entity resolution and analytics are recomputed over all papers, so the graph equals
        a fresh build of the union with the same ``seed`` and ``min_confidence``.
        Returns the number of papers with a new id.

        Examples
        --------
        >>> import tempfile, pathlib
        >>> kg = KnowledgeGraph.from_records([Paper(id="2401.00001", title="T", arxiv_id="2401.00001")],
        ...                                  [{"id": "2401.00001"}])
        >>> f = pathlib.Path(tempfile.mkdtemp()) / "new.jsonl"
        >>> _ = f.write_text('{"id": "2401.00002", "title": "U", "abstract": "We use BERT."}\\n')
        >>> kg.add([f]), len(kg.papers)
        (1, 2)
        """
        from kg.scale.build import extractor
        from kg.scale.incremental import merged_records, plan_merge

        plan = plan_merge(self.papers, self.records, paths)
        records = list(merged_records(plan, extractor(processes)))
        G = annotate(build_graph(plan.papers, records, min_confidence=self.min_confidence), seed=self.seed)
        self.__init__(plan.papers, records, G, plan.merged_skipped(self.skipped), seed=self.seed,
                      min_confidence=self.min_confidence)
        return plan.added

    def save(self, outdir: str | os.PathLike, *, report: bool = True, jsonld: bool = False) -> Path:
        """Write every output of ``kg build`` into ``outdir`` and return it.

        ``papers.jsonl, extractions.jsonl, skipped.txt, graph.graphml, graph.gexf, graph.json,
        report.md`` + PNGs (unless ``report=False``), ``graph.ttl, graph.nt`` (and ``graph.jsonld``
        when ``jsonld=True``) and the Oxigraph
        ``store/`` (:mod:`kg.rdf`), ``graph.html`` (the viewer). Same graph -> same bytes.

        Examples
        --------
        >>> import tempfile
        >>> kg = KnowledgeGraph.from_records([Paper(id="1", title="T")], [{"id": "1"}])
        >>> sorted(p.name for p in kg.save(tempfile.mkdtemp(), report=False).iterdir())
        ['extractions.jsonl', 'graph.gexf', 'graph.graphml', 'graph.html', 'graph.json', 'graph.nt', 'graph.ttl',
         'papers.jsonl', 'skipped.txt', 'store']
        """
        from kg.sources import write_papers

        out = Path(outdir)
        out.mkdir(parents=True, exist_ok=True)
        write_papers(list(self.papers), out / "papers.jsonl")
        write_jsonl(out / "extractions.jsonl", self.records)
        with atomic_write(out / "skipped.txt") as f:
            f.writelines(f"{s}\n" for s in self.skipped)
        write_graph_files(self.nx, out)
        if report:
            write_report(self.nx, out)
        from kg.rdf import build_store, write_rdf

        write_rdf(self.nx, out, jsonld=jsonld)
        build_store(out)
        self.to_html(out / "graph.html")
        return out

    def to_html(self, path: str | os.PathLike = "graph.html", **options: Any) -> ViewerPage:
        """Write the interactive viewer page (see :func:`kg.viz.to_html` for ``options``).

        Returns a path-like :class:`kg.viz.ViewerPage` that Jupyter displays inline.

        Examples
        --------
        >>> import tempfile, pathlib
        >>> kg = KnowledgeGraph.from_records([Paper(id="1", title="T")], [{"id": "1"}])
        >>> page = kg.to_html(pathlib.Path(tempfile.mkdtemp()) / "g.html", color_by="community")
        >>> pathlib.Path(page).is_file(), page._repr_html_().startswith("<iframe")
        (True, True)
        """
        from kg.viz import ViewerPage, to_html

        return ViewerPage(to_html(self.nx, path, **options))

    def to_rdf(self, *, base: str | None = None) -> Any:
        """Return the graph as an ``rdflib.Graph`` (vocabulary in ``docs/ONTOLOGY.md``).

        Examples
        --------
        >>> kg = KnowledgeGraph.from_records([Paper(id="1", title="T")], [{"id": "1"}])
        >>> len(kg.to_rdf()) > 0
        True
        """
        from kg.rdf import DEFAULT_BASE, to_rdf

        return to_rdf(self.nx, base=base or DEFAULT_BASE)

    def query(self, sparql: str) -> Any:
        """Run SPARQL (text or a named query from ``queries/``) on Oxigraph; return an rdflib Result.

        Examples
        --------
        >>> kg = KnowledgeGraph.from_records([Paper(id="1", title="T")], [{"id": "1"}])
        >>> [str(r.n) for r in kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?p a schema:ScholarlyArticle }")]
        ['1']
        """
        from kg.rdf import memory_graph, query, resolve_query

        key = (self.nx.number_of_nodes(), self.nx.number_of_edges())
        if getattr(self, "_sparql_graph", (None, None))[0] != key:
            self._sparql_graph = (key, memory_graph(self.to_rdf()))
        return query(self._sparql_graph[1], resolve_query(sparql))

    @classmethod
    def load(cls, outdir: str | os.PathLike) -> "KnowledgeGraph":
        """Load what :meth:`save` wrote (the graph from ``graph.json``, analytics included).

        Raises
        ------
        InputError
            If a file is missing or a line cannot be parsed.

        Examples
        --------
        >>> import tempfile
        >>> d = KnowledgeGraph.from_records([Paper(id="1", title="T")], [{"id": "1"}]).save(tempfile.mkdtemp(),
        ...                                                                                  report=False)
        >>> KnowledgeGraph.load(d).papers[0].title
        'T'
        """
        out = Path(outdir)
        for name in ("papers.jsonl", "extractions.jsonl", "graph.json"):
            if not (out / name).is_file():
                raise InputError(f"{out / name}: missing (is {out} a `kg build` output directory?)")
        papers = [Paper.from_dict(d) for d in _jsonl(out / "papers.jsonl")]
        records = list(_jsonl(out / "extractions.jsonl"))
        from kg.scale.build import read_skipped

        skipped = read_skipped(out)
        try:
            G = graph_from_json((out / "graph.json").read_text(encoding="utf-8"))
        except (ValueError, KeyError) as err:
            raise InputError(f"{out / 'graph.json'}: not a node-link graph: {err}") from err
        return cls(papers, records, G, skipped)

    # helpers

    def _entities(self, type: str) -> list[Entity]:
        nodes = [n for n, t in self.nx.nodes(data="type") if t == type]
        ents = [self._entity(n) for n in nodes]
        return sorted(ents, key=lambda e: (-e.paper_count, e.id))

    def _entity(self, n: str) -> Entity:
        d = self.nx.nodes[n]
        count = d.get("paper_count")
        if count is None:
            count = sum(1 for p in self.nx.predecessors(n) if self.nx.nodes[p].get("type") == "paper")
        return Entity(n, d.get("type", ""), str(d.get("name") or d.get("label") or n),
                      tuple(d.get("aliases") or ()), int(count), dict(d))

    def _resolve(self, name: str, type: str | tuple[str, ...] | None) -> str:
        types = (type,) if isinstance(type, str) else type
        if name in self.nx and (types is None or self.nx.nodes[name].get("type") in types):
            return name
        repo = repository_id(name) if "github.com/" in name.lower() else None
        if repo in self.nx and (types is None or "repository" in types):
            return repo  # a repository by any form of its GitHub link
        if self._index is None:
            self._index = self._name_index()
        for n in self._index.get(_norm(name), ()):  # best first, whatever the type
            if types is None or self.nx.nodes[n]["type"] in types:
                return n
        raise UnknownEntityError(f"no {' or '.join(types) if types else 'entity'} named {name!r}")

    def _name_index(self) -> dict[str, list[str]]:
        """Normalised name or alias -> entity nodes, best first: an entity's own name before an
        alias (a narrower entity may list a common name among its aliases), then the entity in
        more papers, then methods, datasets, tasks, repositories, organisations, then the id."""
        order = {t: i for i, t in enumerate(("method", "dataset", "task", "repository", "organization"))}
        ranked: dict[str, list[tuple]] = {}
        for n, d in self.nx.nodes(data=True):
            if d.get("type") not in order:
                continue
            count = -int(d.get("paper_count") or 0)
            forms = {_norm(f): 1 for f in d.get("aliases") or () if f}
            forms.update({_norm(f): 0 for f in (d.get("name"), d.get("label"), d.get("url")) if f})
            for form, rank in forms.items():
                ranked.setdefault(form, []).append((rank, count, order[d["type"]], str(n), n))
        return {form: [row[-1] for row in sorted(rows)] for form, rows in ranked.items()}

    def _filter_papers(self, using, evaluated_on, addressing) -> list[Paper]:
        # "using" takes a method or, as in plain English ("papers using ImageNet-1K"), a dataset
        wanted = [(using, ("method", "dataset"), ("uses", "evaluated_on", "proposes")),
                  (evaluated_on, ("dataset",), ("evaluated_on", "proposes")),
                  (addressing, ("task",), ("addresses",))]
        keep: set[str] | None = None
        for name, types, keys in wanted:
            if name is None:
                continue
            node = self._resolve(name, types)
            hits = {u for u, _, k in self.nx.in_edges(node, keys=True) if k in keys}
            keep = hits if keep is None else keep & hits
        if keep is None:
            return list(self.papers)
        return [p for p in self.papers if f"paper:{p.id}" in keep]


def _check_type(type: str | None) -> str | None:
    """Return ``type`` if it is None or a node type, else raise :class:`OptionError` (a plural is a common slip)."""
    if type is None or type in NODE_TYPES:
        return type
    hint = f" (did you mean {type[:-1]!r}?)" if type.endswith("s") and type[:-1] in NODE_TYPES else ""
    raise OptionError(f"type must be one of {', '.join(NODE_TYPES)}, not {type!r}{hint}")


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", str(text).casefold()).split())


def _jsonl(path: Path):
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except ValueError as err:
                raise InputError(f"{path}:{i}: invalid JSON: {err}") from err


