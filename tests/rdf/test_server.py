"""``kg serve``: the SPARQL endpoint driven over loopback with SPARQLWrapper, curl-style HTTP and the CLI."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest

from kg.rdf import build_store, write_rdf
from kg.rdf.server import SparqlServer, free_port
from tests.rdf.conftest import make_graph

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TSV, TURTLE, URLENCODED, XML  # noqa: E402

COUNT_PAPERS = "PREFIX schema: <https://schema.org/> SELECT (COUNT(?p) AS ?n) WHERE { ?p a schema:ScholarlyArticle }"
RUNAWAY = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
           "?m ?n1 ?o . ?q ?r ?s . ?t ?u ?v }")


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    d = tmp_path_factory.mktemp("served")
    write_rdf(make_graph(), d)
    build_store(d)
    (d / "graph.html").write_text("<!doctype html><title>viewer</title><p>kg viewer</p>", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def server(build):
    with SparqlServer(build, port=0, timeout=3, max_rows=50) as srv:
        yield srv


def _wrapper(srv, fmt, method="GET"):
    sw = SPARQLWrapper.SPARQLWrapper(f"{srv.url}/sparql")
    sw.setReturnFormat(fmt)
    if method == "POST":
        sw.setMethod(POST)
        sw.setRequestMethod(URLENCODED)
    elif method == "POSTDIRECTLY":
        sw.setMethod(POST)
        sw.setRequestMethod(POSTDIRECTLY)
    return sw


def _http(url, data=None, headers=None, method=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def test_binds_loopback_by_default(server):
    assert server.url.startswith("http://127.0.0.1:")


@pytest.mark.parametrize("method", ["GET", "POST", "POSTDIRECTLY"])
def test_sparqlwrapper_get_and_post(server, method):
    sw = _wrapper(server, JSON, method)
    sw.setQuery(COUNT_PAPERS)
    res = sw.query().convert()
    assert res["head"]["vars"] == ["n"]
    assert res["results"]["bindings"][0]["n"]["value"] == "2"


def test_sparqlwrapper_formats(server):
    q = "SELECT ?l WHERE { <https://w3id.org/paperkg/method/revcol> <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    sw = _wrapper(server, CSV)
    sw.setQuery(q)
    assert list(csv.reader(io.StringIO(sw.query().convert().decode()))) == [["l"], ["RevCol"]]
    sw = _wrapper(server, TSV)
    sw.setQuery(q)
    assert sw.query().convert().decode().splitlines() == ["?l", '"RevCol"']
    sw = _wrapper(server, XML)
    sw.setQuery(q)
    doc = sw.query().convert()  # xml.dom.minidom document
    assert [n.firstChild.data for n in doc.getElementsByTagName("literal")] == ["RevCol"]
    sw = _wrapper(server, TURTLE)
    sw.setQuery("CONSTRUCT WHERE { <https://w3id.org/paperkg/method/revcol> ?p ?o }")
    ttl = sw.query().convert()
    assert b"RevCol" in ttl and b"<https://w3id.org/paperkg/method/revcol>" in ttl


@pytest.mark.parametrize("accept,ctype", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/html,application/xhtml+xml,*/*;q=0.8", "application/sparql-results+json"),  # a browser
    ("text/csv;q=0.2, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
])
def test_content_negotiation(server, accept, ctype):
    url = f"{server.url}/sparql?" + urllib.parse.urlencode({"query": COUNT_PAPERS})
    status, headers, body = _http(url, headers={"Accept": accept})
    assert status == 200 and headers["Content-Type"].startswith(ctype)
    text = body.decode()
    if ctype.endswith("json"):
        assert json.loads(text)["results"]["bindings"][0]["n"]["value"] == "2"
    elif ctype == "text/csv":
        assert text.splitlines() == ["n", "2"]
    elif ctype.startswith("text/tab"):
        assert text.splitlines() == ["?n", "2"]  # an xsd:integer in Turtle short form
    else:
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        assert ET.fromstring(body).find(".//r:literal", ns).text == "2"


def test_post_direct_body_with_curl_style_request(server):
    status, headers, body = _http(f"{server.url}/sparql", data=COUNT_PAPERS.encode(),
                                  headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert status == 200 and body.decode().splitlines() == ["n", "2"]


def test_updates_are_refused(server):
    sw = SPARQLWrapper.SPARQLWrapper(f"{server.url}/sparql", updateEndpoint=f"{server.url}/sparql")
    sw.setMethod(POST)
    sw.setQuery("INSERT DATA { <http://e/a> <http://e/p> <http://e/o> }")
    with pytest.raises(Exception) as err:
        sw.query()
    assert "403" in str(err.value) or getattr(err.value, "code", None) == 403
    upd = "INSERT DATA { <http://e/a> <http://e/p> <http://e/o> }"
    for url, data, ctype in [
        (f"{server.url}/sparql", urllib.parse.urlencode({"update": upd}).encode(), "application/x-www-form-urlencoded"),
        (f"{server.url}/sparql", upd.encode(), "application/sparql-update"),
        (f"{server.url}/update", upd.encode(), "application/sparql-update"),
    ]:
        status, _, _ = _http(url, data=data, headers={"Content-Type": ctype})
        assert status == 403, url
    # an update sent as a query is a bad query, and nothing changed
    status, _, _ = _http(f"{server.url}/sparql?" + urllib.parse.urlencode({"query": upd}))
    assert 400 <= status < 500
    status, _, body = _http(f"{server.url}/sparql?" + urllib.parse.urlencode({"query": "ASK { <http://e/a> ?p ?o }"}),
                            headers={"Accept": "application/sparql-results+json"})
    assert json.loads(body)["boolean"] is False


def test_service_is_refused_but_the_word_in_a_string_is_fine(server):
    q = f"SELECT * WHERE {{ SERVICE <{server.url}/sparql> {{ ?s ?p ?o }} }}"
    status, _, body = _http(f"{server.url}/sparql?" + urllib.parse.urlencode({"query": q}))
    assert status == 400 and b"SERVICE" in body
    q = 'SELECT ?x WHERE { BIND ("SERVICE <http://x> {}" AS ?x) } # service'
    status, _, body = _http(f"{server.url}/sparql?" + urllib.parse.urlencode({"query": q}),
                            headers={"Accept": "text/csv"})
    assert status == 200 and "SERVICE" in body.decode()


def test_oversized_post_is_refused(server):
    body = b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * (2 << 20)
    status, _, _ = _http(f"{server.url}/sparql", data=body, headers={"Content-Type": "application/sparql-query"})
    assert status == 413


def test_bad_query_is_a_400(server):
    status, _, body = _http(f"{server.url}/sparql?" + urllib.parse.urlencode({"query": "SELECT * WHERE {"}))
    assert status == 400 and body
    status, _, _ = _http(f"{server.url}/sparql")
    assert status == 400


def test_result_size_is_capped(server):
    status, headers, body = _http(f"{server.url}/sparql?" + urllib.parse.urlencode(
        {"query": "SELECT * WHERE { ?s ?p ?o }"}), headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and headers["X-KG-Truncated"] == "true"
    assert len(json.loads(body)["results"]["bindings"]) == 50
    for limit, fmt in ((50, "json"), (49, "tsv"), (51, "csv")):  # exactly max_rows is not truncated
        status, headers, body = _http(f"{server.url}/sparql?" + urllib.parse.urlencode(
            {"query": f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {limit}", "format": fmt}))
        assert status == 200 and headers.get("X-KG-Truncated") == ("true" if limit > 50 else None)
        text = body.decode()
        rows = {"json": lambda: json.loads(text)["results"]["bindings"],
                "tsv": lambda: text.splitlines()[1:],  # TSV escapes newlines in terms
                "csv": lambda: list(csv.reader(io.StringIO(text)))[1:]}[fmt]()
        assert len(rows) == min(limit, 50), (limit, fmt)
    status, headers, body = _http(f"{server.url}/sparql?" + urllib.parse.urlencode(
        {"query": "CONSTRUCT WHERE { ?s ?p ?o }"}), headers={"Accept": "application/n-triples"})
    assert status == 200 and headers["X-KG-Truncated"] == "true" and len(body.splitlines()) == 50


def test_runaway_query_is_stopped_and_the_server_recovers(server):
    t0 = time.monotonic()
    status, _, body = _http(f"{server.url}/sparql?" + urllib.parse.urlencode({"query": RUNAWAY}))
    elapsed = time.monotonic() - t0
    assert status == 503 and b"limit" in body
    assert elapsed < 3 + 10
    sw = _wrapper(server, JSON)
    sw.setQuery(COUNT_PAPERS)
    assert sw.query().convert()["results"]["bindings"][0]["n"]["value"] == "2"


def test_viewer_and_query_page_are_served_offline(server):
    for path in ("/", "/graph.html"):
        status, headers, body = _http(server.url + path)
        assert status == 200 and headers["Content-Type"].startswith("text/html") and b"kg viewer" in body
    status, headers, body = _http(server.url + "/query-ui")
    assert status == 200 and b"yasgui" in body.lower()
    assert b"//cdn" not in body and b"https://" not in body  # assets come from this server
    status, _, js = _http(server.url + "/yasgui.min.js")
    assert status == 200 and len(js) > 10000
    assert _http(server.url + "/nope")[0] == 404


def test_backend_process_stops_on_close(build):
    srv = SparqlServer(build, port=0).start()
    pid = srv._proc.pid
    os.kill(pid, 0)  # running
    srv.close()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_kg_serve_cli_serves_and_cleans_up(build, sig):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--graph", str(build), "--port", str(port),
                             "--timeout", "5", "--max-rows", "10"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        line = proc.stdout.readline()
        assert f"http://127.0.0.1:{port}/sparql" in line, proc.stderr.read() if proc.poll() is not None else line
        status, _, body = _http(f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": COUNT_PAPERS}),
                                headers={"Accept": "text/csv"})
        assert status == 200 and body.decode().splitlines() == ["n", "2"]
        children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
        assert children  # the oxigraph backend
    finally:
        proc.send_signal(sig)
        proc.wait(15)
    assert proc.returncode == 0
    for pid in children:
        with pytest.raises(ProcessLookupError):
            os.kill(int(pid), 0)


def test_kg_serve_without_a_store_fails_clearly(tmp_path):
    run = subprocess.run([sys.executable, "-m", "kg", "serve", "--graph", str(tmp_path), "--port", "0"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "no Oxigraph store" in run.stderr


def test_kg_serve_on_a_busy_port_or_a_bad_address_is_a_one_line_error(build, server):
    busy = server.httpd.server_address[1]
    for args, expected in ((["--port", str(busy)], f"cannot listen on 127.0.0.1:{busy}"),
                           (["--port", "99999"], "expected a port number from 0 to 65535"),
                           (["--host", "999.1.1.1", "--port", "0"], "cannot listen on 999.1.1.1:0")):
        run = subprocess.run([sys.executable, "-m", "kg", "serve", "--graph", str(build), *args],
                             capture_output=True, text=True, timeout=60)
        assert run.returncode == 2, run.stderr
        assert "Traceback" not in run.stderr
        assert expected in run.stderr.strip().splitlines()[-1]  # one line (after argparse's usage lines)


def test_a_rebuilt_store_is_served_without_a_restart(tmp_path):
    G = make_graph()
    write_rdf(G, tmp_path)
    build_store(tmp_path)
    with SparqlServer(tmp_path, port=0) as srv:
        url = f"{srv.url}/sparql?" + urllib.parse.urlencode({"query": COUNT_PAPERS})
        assert _http(url, headers={"Accept": "text/csv"})[2].decode().splitlines() == ["n", "2"]
        G.add_node("paper:2401.00001", type="paper", label="A third paper", title="A third paper")
        write_rdf(G, tmp_path)
        build_store(tmp_path)  # what kg build --update does to the folder being served
        assert _http(url, headers={"Accept": "text/csv"})[2].decode().splitlines() == ["n", "3"]


@pytest.mark.browser
def test_query_page_loads_in_chromium_without_leaving_the_machine(server):
    from kg.viz.headless import Chromium, find_chromium

    if find_chromium() is None:
        pytest.skip("no Chromium executable (Debian package 'chromium' or $KG_CHROMIUM)")
    with Chromium() as browser:
        page = browser.new_page()
        page.goto(server.url + "/query-ui")
        page.wait_for("document.querySelector('.yasqe .CodeMirror') !== null")
        page.evaluate("document.querySelector('.yasqe .CodeMirror').CodeMirror.setValue('PREFIX sch')")
        time.sleep(1.5)  # YASGUI's online autocompleters fetch at start and while typing
        outside = [u for u in page.requests if not u.startswith(server.url) and not u.startswith("data:")]
        assert outside == [] and page.errors == []
        assert page.evaluate("document.title") == "paperkg SPARQL query"
        # and a query typed into it is answered by this endpoint
        page.evaluate("document.querySelector('.yasqe .CodeMirror').CodeMirror.setValue(%r)" % COUNT_PAPERS)
        page.evaluate("document.querySelector('.yasqe_queryButton').click()")
        assert '"2"' in page.wait_for("(document.querySelector('.yasr_results') || {}).textContent")
        assert page.requests[-1] == server.url + "/sparql"


def test_queries_running_while_the_store_is_rebuilt_all_get_an_answer(tmp_path):
    import threading

    G = make_graph()
    write_rdf(G, tmp_path)
    build_store(tmp_path)
    statuses: list[int] = []
    stop = threading.Event()
    with SparqlServer(tmp_path, port=0) as srv:
        url = f"{srv.url}/sparql?" + urllib.parse.urlencode({"query": COUNT_PAPERS})

        def ask() -> None:
            while not stop.is_set():
                statuses.append(_http(url, headers={"Accept": "text/csv"})[0])

        workers = [threading.Thread(target=ask) for _ in range(4)]
        for w in workers:
            w.start()
        try:
            for i in range(4):
                G.add_node(f"paper:2401.0000{i}", type="paper", label=f"Paper {i}", title=f"Paper {i}")
                write_rdf(G, tmp_path)
                build_store(tmp_path)
                time.sleep(0.3)
        finally:
            stop.set()
            for w in workers:
                w.join(30)
        final = _http(url, headers={"Accept": "text/csv"})[2].decode().splitlines()
    assert len(statuses) > 20 and set(statuses) == {200}, sorted(set(statuses))
    assert final == ["n", "6"]
