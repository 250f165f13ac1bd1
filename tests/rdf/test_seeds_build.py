"""The seeds build end to end: RDF files, the store, every named query, and ``kg query``."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from importlib import resources

import pytest
from rdflib import Graph

from kg.cli import main
from kg.exceptions import QueryError
from kg.rdf import named_queries, query


def _one(build, sparql):
    return [[None if v is None else str(v) for v in row] for row in query(build, sparql)]


def test_seeds_acceptance_counts(seeds_build):
    assert (seeds_build / "graph.ttl").is_file() and (seeds_build / "graph.nt").is_file()
    assert _one(seeds_build, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a schema:ScholarlyArticle }") == [["355"]]
    assert _one(seeds_build, "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?p schema:codeRepository ?r }") == [["76"]]
    repos = _one(seeds_build, "SELECT DISTINCT ?r WHERE { ?p schema:codeRepository ?r }")
    assert all(r[0].startswith("https://github.com/") for r in repos)
    unlabelled = _one(seeds_build, """SELECT ?e WHERE { ?p kg:proposes ?e
        FILTER NOT EXISTS { ?e rdfs:label ?l FILTER (STRLEN(?l) > 0) } }""")
    assert unlabelled == []
    assert int(_one(seeds_build, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?p kg:proposes ?e }")[0][0]) > 50


def test_store_matches_the_files(seeds_build):
    n_lines = sum(1 for _ in (seeds_build / "graph.nt").open(encoding="utf-8"))
    assert _one(seeds_build, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == [[str(n_lines)]]


def test_rapper_accepts_the_seeds_output(seeds_build, rapper):
    for fmt, name in (("turtle", "graph.ttl"), ("ntriples", "graph.nt")):
        run = subprocess.run([rapper, "-i", fmt, "-c", str(seeds_build / name)], capture_output=True, text=True)
        assert run.returncode == 0 and "Error" not in run.stderr, run.stderr[-500:]


def test_seeds_output_conforms_to_shapes(seeds_build):
    pyshacl = pytest.importorskip("pyshacl")
    shapes = Graph().parse(data=resources.files("kg.rdf").joinpath("shapes.ttl").read_text(), format="turtle")
    data = Graph().parse(seeds_build / "graph.nt", format="nt")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes)
    assert conforms, text[:2000]


def test_there_are_at_least_twelve_documented_named_queries():
    queries = named_queries()
    assert len(queries) >= 12
    for name, path in queries.items():
        assert path.read_text(encoding="utf-8").startswith("# "), name


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_returns_rows(seeds_build, name):
    rows = list(query(seeds_build, named_queries()[name].read_text(encoding="utf-8")))
    assert rows, f"{name} returned no rows on the seeds build"


# For each named query: its ORDER BY columns and its GROUP_CONCAT columns (with the separator).
# SPARQL leaves the order of ties and of GROUP_CONCAT's items to the engine, so those are
# compared as sets. low-confidence-links keeps 50 of many pieces of evidence tied at the cut
# (its inner LIMIT), so only the confidence column is compared there.
ORDERS = {
    "central-methods": (["pagerank", "label"], {}),
    "communities": (["size", "id"], {}),
    "datasets-most-used": (["papers", "label"], {}),
    "evidence-for-link": (["title", "start"], {}),
    "low-confidence-links": (["confidence"], {}),
    "method-dataset-pairs": (["papers", "methodLabel", "datasetLabel"], {}),
    "methods-with-aliases": (["n", "label"], {"aliases": " | "}),
    "organizations-by-papers": (["papers", "label"], {}),
    "papers-sharing-methods": (["shared", "otherTitle"], {"methods": ", "}),
    "papers-with-code-for-task": (["title", "repository"], {}),
    "proposed-and-evaluated": (["papersOnDataset", "methodLabel", "datasetLabel"], {}),
    "proposed-entities": (["label", "title"], {}),
    "repositories-per-method": (["repositories", "label"], {"urls": " "}),
    "rising-methods": (["year", "papers", "label"], {}),
    "tasks-by-methods": (["methods", "label"], {}),
}


@pytest.fixture(scope="module")
def seeds_in_memory(seeds_build):
    from kg.rdf.namespace import PREFIXES

    g = Graph()
    g.parse(seeds_build / "graph.nt", format="nt")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g


def test_every_named_query_has_its_order_listed():
    assert sorted(ORDERS) == sorted(named_queries())


@pytest.mark.slow  # rdflib's own evaluator takes ~20 s over all of them
@pytest.mark.parametrize("name", sorted(named_queries()))
def test_rdflib_in_memory_answers_named_queries_like_the_store(seeds_build, seeds_in_memory, name):
    sparql = named_queries()[name].read_text(encoding="utf-8")
    keys, concat = ORDERS[name]

    def table(result):
        names = [str(v) for v in result.vars]
        rows = []
        for row in result:
            cells = {n: "" if v is None else str(v) for n, v in zip(names, row)}
            for column, sep in concat.items():
                cells[column] = tuple(sorted(cells[column].split(sep)))
            rows.append(cells)
        return rows

    in_store, in_memory = table(query(seeds_build, sparql)), table(seeds_in_memory.query(sparql))
    assert [[r[k] for k in keys] for r in in_memory] == [[r[k] for k in keys] for r in in_store]
    if name != "low-confidence-links":
        assert sorted(map(repr, in_memory)) == sorted(map(repr, in_store))


def test_kg_query_table_json_csv(seeds_build, capsys):
    q = "SELECT ?l WHERE { <https://w3id.org/paperkg/method/transformer> rdfs:label ?l }"
    assert main(["query", q, "--graph", str(seeds_build)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].strip() == "l" and "Transformer" in out and "(1 row)" in out
    assert main(["query", q, "--graph", str(seeds_build), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["head"]["vars"] == ["l"]
    assert data["results"]["bindings"] == [{"l": {"type": "literal", "value": "Transformer"}}]
    assert main(["query", q, "--graph", str(seeds_build), "--format", "csv"]) == 0
    assert list(csv.reader(io.StringIO(capsys.readouterr().out))) == [["l"], ["Transformer"]]


def test_kg_query_named_and_file(seeds_build, capsys, tmp_path):
    assert main(["query", "central-methods", "-g", str(seeds_build), "-f", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 25 and rows[0]["label"] == "Transformer"
    f = tmp_path / "q.rq"
    f.write_text("ASK { ?p a schema:ScholarlyArticle }")
    assert main(["query", str(f), "-g", str(seeds_build)]) == 0
    assert capsys.readouterr().out == "true\n"
    assert main(["query", "--list"]) == 0
    assert "central-methods" in capsys.readouterr().out


def test_kg_query_errors_are_one_line(seeds_build, capsys, tmp_path):
    assert main(["query", "SELECT * WHERE { ?s ?p }", "-g", str(seeds_build)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kg: error: SPARQL syntax error") and err.count("\n") == 1
    assert main(["query", "no-such-query", "-g", str(seeds_build)]) == 2
    assert "named queries: " in capsys.readouterr().err
    assert main(["query", "central-methods", "-g", str(tmp_path)]) == 2
    assert "no Oxigraph store" in capsys.readouterr().err
    with pytest.raises(QueryError):
        query(seeds_build, "INSERT DATA { <http://a> <http://b> <http://c> }")


def test_python_api_query(seeds_build):
    import kg.api

    K = kg.api.load(seeds_build)
    rows = list(K.query("datasets-most-used"))
    assert str(rows[0].label) == "ImageNet"
    assert len(K.to_rdf()) == sum(1 for _ in (seeds_build / "graph.nt").open(encoding="utf-8"))
