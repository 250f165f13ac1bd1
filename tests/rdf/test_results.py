"""``format_result``: pyoxigraph's results (``query_native``, what ``kg query`` prints) and the
rdflib wrapper's results (``query``) give the same text in every format, on the seeds build."""

from __future__ import annotations

import json

import pytest

from kg.cli import main
from kg.exceptions import QueryError
from kg.rdf import named_queries, query, query_native
from kg.rdf.results import FORMATS, format_result

EDGE_QUERIES = {
    "ask": "ASK { ?s ?p ?o }",
    "ask-false": "ASK { <http://example.org/nothing> ?p ?o }",
    "construct": "CONSTRUCT { ?m rdfs:label ?l } WHERE { ?m a kg:Method ; rdfs:label ?l } LIMIT 5",
    "describe": "DESCRIBE <https://w3id.org/paperkg/method/transformer>",
    "doubles": "SELECT ?m ?pagerank ?betweenness WHERE { ?m kg:pagerank ?pagerank ; kg:betweenness ?betweenness } "
               "ORDER BY ?m LIMIT 200",
    # rdflib re-normalises typed literals (3.0e0 prints as 3.0, 2.5e-7 as 2.5e-07), CSV quotes
    # commas, quotes and newlines, a language tag goes to xml:lang
    "terms": 'SELECT ?double ?small ?decimal ?text ?bool ?lang ?bnode ?when ?bad WHERE { '
             'BIND(3.0e0 AS ?double) BIND(2.5e-7 AS ?small) BIND(1.50 AS ?decimal) '
             'BIND("a,b \\"q\\"\\nline" AS ?text) BIND(true AS ?bool) BIND("chat"@fr AS ?lang) '
             'BIND(BNODE("k") AS ?bnode) BIND("2024-01-02T03:04:05Z"^^xsd:dateTime AS ?when) '
             'BIND("1.0"^^xsd:integer AS ?bad) }',
    "unbound": 'SELECT ?x ?y WHERE { VALUES (?x ?y) { (UNDEF "1") (<http://example.org/a> UNDEF) (UNDEF UNDEF) } }',
    "unbound-one-column": "SELECT ?x WHERE { VALUES ?x { UNDEF <http://example.org/a> } }",
    "no-rows": "SELECT ?s WHERE { ?s <http://example.org/nothing> ?o }",
}


def _both(build, sparql, fmt):
    out = []
    for run in (query, query_native):
        try:
            out.append(format_result(run(build, sparql), fmt))
        except QueryError as err:
            out.append(f"QueryError: {err}")
    return out


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_query_prints_the_same_natively(seeds_build, name, fmt):
    via_rdflib, native = _both(seeds_build, named_queries()[name].read_text(encoding="utf-8"), fmt)
    assert native == via_rdflib


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", sorted(EDGE_QUERIES))
def test_edge_query_prints_the_same_natively(seeds_build, name, fmt):
    via_rdflib, native = _both(seeds_build, EDGE_QUERIES[name], fmt)
    assert native == via_rdflib


def test_typed_literals_print_as_rdflib_prints_them(seeds_build):
    data = json.loads(format_result(query_native(seeds_build, EDGE_QUERIES["terms"]), "json"))
    (row,) = data["results"]["bindings"]
    assert row["double"] == {"type": "literal", "value": "3.0",
                             "datatype": "http://www.w3.org/2001/XMLSchema#double"}
    assert row["small"]["value"] == "2.5e-07"
    assert row["text"] == {"type": "literal", "value": 'a,b "q"\nline'}
    assert row["lang"] == {"type": "literal", "value": "chat", "xml:lang": "fr"}
    assert row["bnode"]["type"] == "bnode"
    assert list(data) == ["results", "head"] and data["head"]["vars"][0] == "double"


def test_ask_as_csv_is_a_one_line_error(seeds_build, capsys):
    assert main(["query", "ASK { ?s ?p ?o }", "-g", str(seeds_build), "-f", "csv"]) == 2
    assert capsys.readouterr().err == ("kg: error: CSV holds SELECT results only; "
                                       "print an ASK result as table or json\n")


@pytest.mark.parametrize("fmt", FORMATS)
def test_kg_query_prints_what_the_rdflib_path_prints(seeds_build, capsys, fmt):
    for name in ("central-methods", "methods-with-aliases", "low-confidence-links"):
        assert main(["query", name, "-g", str(seeds_build), "-f", fmt]) == 0
        printed = capsys.readouterr().out
        assert printed == format_result(query(seeds_build, named_queries()[name].read_text(encoding="utf-8")), fmt)


def test_query_native_errors(seeds_build, tmp_path):
    with pytest.raises(QueryError, match="SPARQL syntax error"):
        query_native(seeds_build, "SELECT * WHERE { ?s ?p }")
    with pytest.raises(QueryError):
        query_native(seeds_build, "INSERT DATA { <http://a> <http://b> <http://c> }")
    with pytest.raises(Exception, match="no Oxigraph store"):
        query_native(tmp_path, "ASK { ?s ?p ?o }")
