"""kg.rdf.remote against a real ``oxigraph serve`` on loopback: push N-Triples, query them back."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from kg.exceptions import InputError, KGError, QueryError
from kg.rdf.remote import gsp_url, push, query_endpoint

OXIGRAPH = Path(sys.executable).with_name("oxigraph")

NT = "".join(
    f'<https://example.org/paper/{i}> <http://purl.org/dc/terms/title> "Paper {i} \\"q\\" é" .\n'
    f"<https://example.org/paper/{i}> <https://example.org/uses> <https://example.org/method/m{i % 3}> .\n"
    for i in range(50)
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def oxigraph_server(tmp_path):
    if not OXIGRAPH.exists():
        pytest.skip("oxigraph server binary not installed in the virtualenv")
    port = _free_port()
    proc = subprocess.Popen(
        [str(OXIGRAPH), "serve", "--location", str(tmp_path / "store"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"oxigraph did not start: {proc.stderr.read()!r}")
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _count(base: str, where: str = "?s ?p ?o") -> int:
    res = query_endpoint(base + "/query", f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    return int(res["results"]["bindings"][0]["n"]["value"])


def test_push_file_then_query_counts(oxigraph_server, tmp_path):
    nt = tmp_path / "graph.nt"
    nt.write_text(NT, encoding="utf-8")
    assert push(nt, oxigraph_server + "/store") == 100
    assert _count(oxigraph_server) == 100
    res = query_endpoint(
        oxigraph_server + "/query",
        "SELECT ?m (COUNT(?p) AS ?n) WHERE { ?p <https://example.org/uses> ?m } GROUP BY ?m ORDER BY ?m",
    )
    assert res["head"]["vars"] == ["m", "n"]
    assert [int(b["n"]["value"]) for b in res["results"]["bindings"]] == [17, 17, 16]
    # literals with escapes and non-ASCII survive the round trip
    res = query_endpoint(oxigraph_server + "/query",
                         "SELECT ?t WHERE { <https://example.org/paper/7> <http://purl.org/dc/terms/title> ?t }")
    assert res["results"]["bindings"][0]["t"]["value"] == 'Paper 7 "q" é'


def test_put_replaces_and_post_adds(oxigraph_server, tmp_path):
    nt = tmp_path / "graph.nt"
    nt.write_text(NT, encoding="utf-8")
    push(nt, oxigraph_server + "/store")
    push(nt, oxigraph_server + "/store")  # PUT again: still 100, not 200 (same triples anyway)
    assert _count(oxigraph_server) == 100
    extra = tmp_path / "extra.nt"
    extra.write_text('<urn:x:a> <urn:x:b> "new" .\n', encoding="utf-8")
    assert push(extra, oxigraph_server + "/store", replace=False) == 1
    assert _count(oxigraph_server) == 101
    push(extra, oxigraph_server + "/store")  # PUT replaces the default graph with one triple
    assert _count(oxigraph_server) == 1


def test_push_named_graph_and_rdflib_graph(oxigraph_server, tmp_path):
    import rdflib

    g = rdflib.Graph()
    for i in range(5):
        g.add((rdflib.URIRef(f"urn:p:{i}"), rdflib.RDFS.label, rdflib.Literal(f"p{i}")))
    iri = "https://example.org/graphs/day-1"
    assert push(g, oxigraph_server + "/store", graph_iri=iri) == 5
    assert _count(oxigraph_server) == 0  # default graph untouched
    assert _count(oxigraph_server, f"GRAPH <{iri}> {{ ?s ?p ?o }}") == 5
    ask = query_endpoint(oxigraph_server + "/query", f'ASK {{ GRAPH <{iri}> {{ <urn:p:3> ?p "p3" }} }}')
    assert ask["boolean"] is True


def test_push_build_directory_uses_graph_nt(oxigraph_server, tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "graph.nt").write_text(NT, encoding="utf-8")
    assert push(tmp_path / "out", oxigraph_server + "/store") == 100


def test_bad_query_is_query_error(oxigraph_server):
    with pytest.raises(QueryError, match="HTTP 400"):
        query_endpoint(oxigraph_server + "/query", "SELEC nonsense")


def test_construct_is_rejected_clearly(oxigraph_server):
    with pytest.raises(QueryError, match="only SELECT and ASK"):
        query_endpoint(oxigraph_server + "/query", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")


def test_unreachable_store_is_kg_error(tmp_path):
    nt = tmp_path / "g.nt"
    nt.write_text(NT, encoding="utf-8")
    with pytest.raises(KGError, match="cannot reach"):
        push(nt, f"http://127.0.0.1:{_free_port()}/store", timeout=5)


def test_input_checks(tmp_path):
    ttl = tmp_path / "g.ttl"
    ttl.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="expected an N-Triples"):
        push(ttl, "http://127.0.0.1:1/store")
    with pytest.raises(InputError, match="not an absolute IRI"):
        gsp_url("http://h/store", "not an iri")
    with pytest.raises(InputError, match="already names a graph"):
        gsp_url("http://h/store?default", "urn:g")
    assert gsp_url("http://h/store?graph=urn%3Ag") == "http://h/store?graph=urn%3Ag"


def test_cli_push_and_query_endpoint(oxigraph_server, tmp_path, capsys):
    from kg.cli import main

    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "graph.nt").write_text(NT, encoding="utf-8")
    assert main(["push", "--graph", str(tmp_path / "out"), "--endpoint", oxigraph_server + "/store"]) == 0
    assert "with 100 triples" in capsys.readouterr().out
    q = "SELECT ?m (COUNT(?p) AS ?n) WHERE { ?p <https://example.org/uses> ?m } GROUP BY ?m ORDER BY ?m"
    assert main(["query", q, "--endpoint", oxigraph_server + "/query"]) == 0
    out = capsys.readouterr().out
    assert "https://example.org/method/m0  17" in out and "(3 rows)" in out
    assert main(["query", "ASK { ?s ?p ?o }", "--endpoint", oxigraph_server + "/query", "-f", "json"]) == 0
    assert '"boolean": true' in capsys.readouterr().out
    assert main(["push", "--graph", str(tmp_path / "none.nt"), "--endpoint", oxigraph_server + "/store"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_push_real_build_matches_local_store(oxigraph_server, tmp_path, shared_dir):
    import json

    from kg.cli import main
    from kg.rdf.store import query as local_query

    lines = (shared_dir / "eval" / "dev.papers.jsonl").read_text(encoding="utf-8").splitlines()[:15]
    (tmp_path / "p.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "p.jsonl"), "-o", str(out)]) in (0, 1)
    n = push(out, oxigraph_server + "/store")
    assert n == sum(1 for line in (out / "graph.nt").read_text(encoding="utf-8").splitlines() if line.strip())
    assert _count(oxigraph_server) == n
    q = ("SELECT ?t (COUNT(?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t ORDER BY ?t")
    remote = query_endpoint(oxigraph_server + "/query", q)["results"]["bindings"]
    local = json.loads(local_query(out, q).serialize(format="json"))["results"]["bindings"]
    assert [(b["t"]["value"], b["n"]["value"]) for b in remote] == [(b["t"]["value"], b["n"]["value"]) for b in local]
    assert len(remote) >= 2
