"""Streaming RDF export: iter_triples is the one mapping, and spilled sort runs give the same bytes."""

from __future__ import annotations

import io
import random
import subprocess

from rdflib import Graph
from rdflib.compare import isomorphic

import kg.rdf.ntriples as ntriples
from kg.rdf import to_rdf, write_rdf
from kg.rdf.export import iter_triples, serialize_ntriples
from tests.rdf.conftest import make_graph


def test_iter_triples_is_the_mapping_of_to_rdf(small_graph):
    triples = list(iter_triples(small_graph))
    g = Graph()
    for t in triples:
        g.add(t)
    assert isomorphic(g, to_rdf(small_graph))
    assert triples == list(iter_triples(make_graph()))  # deterministic order


def test_iter_triples_order_does_not_depend_on_insertion_order(small_graph):
    import networkx as nx

    shuffled = nx.MultiDiGraph(**small_graph.graph)
    nodes = list(small_graph.nodes(data=True))
    edges = list(small_graph.edges(keys=True, data=True))
    random.Random(3).shuffle(nodes)
    random.Random(3).shuffle(edges)
    shuffled.add_nodes_from(nodes)
    shuffled.add_edges_from(edges)
    assert list(iter_triples(shuffled)) == list(iter_triples(small_graph))


def test_spilled_runs_give_the_same_bytes_as_one_run(small_graph, tmp_path):
    triples = list(iter_triples(small_graph)) * 2  # duplicates across runs are dropped too
    random.Random(0).shuffle(triples)
    one = serialize_ntriples(triples)
    for chunk in (1, 7, 50):
        buf = io.StringIO()
        n = ntriples.write_sorted_ntriples(triples, buf, chunk=chunk, tmpdir=tmp_path)
        assert buf.getvalue() == one, chunk
        assert n == len(to_rdf(small_graph)) == one.count("\n")
    assert list(tmp_path.iterdir()) == []  # run files removed


def test_write_rdf_with_small_runs_is_valid_and_identical(small_graph, tmp_path, rapper, monkeypatch):
    write_rdf(small_graph, tmp_path / "one", jsonld=True)
    monkeypatch.setattr(ntriples, "CHUNK", 5)
    write_rdf(small_graph, tmp_path / "many", jsonld=True)
    for name in ("graph.nt", "graph.ttl", "graph.jsonld"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "many" / name).read_bytes(), name
    assert sorted(p.name for p in (tmp_path / "many").iterdir()) == ["graph.jsonld", "graph.nt", "graph.ttl"]
    run = subprocess.run([rapper, "-i", "turtle", "-c", str(tmp_path / "many" / "graph.ttl")],
                         capture_output=True, text=True)
    assert run.returncode == 0 and f"returned {len(to_rdf(small_graph))} triples" in run.stderr


def test_bad_base_fails_before_writing(small_graph, tmp_path):
    import pytest

    from kg.exceptions import OptionError

    with pytest.raises(OptionError):
        write_rdf(small_graph, tmp_path, base="nope")
    assert list(tmp_path.iterdir()) == []
