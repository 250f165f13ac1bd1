"""``kg serve``: a read-only SPARQL endpoint, Oxigraph's server behind a small guarding front.

Oxigraph (``oxigraph serve-read-only``) evaluates the queries, speaks the SPARQL protocol and
serves its offline query page (YASGUI). Its ``--timeout-s`` does not stop every query (an
aggregate over a cross product runs on), it has no result cap and it follows ``SERVICE`` to
other hosts, so a stdlib ``ThreadingHTTPServer`` in front of it:

- accepts the SPARQL 1.1 Protocol at ``/sparql`` (GET, POST form, POST
  ``application/sparql-query``) and refuses updates (403) and ``SERVICE`` (400);
- forwards the query to Oxigraph on a private loopback port, reading results as TSV or
  N-Triples (one row per line) so it can stop after ``max_rows`` rows, then re-serializes
  them with pyoxigraph in the negotiated format (JSON, XML, CSV, TSV; Turtle, N-Triples,
  RDF/XML, JSON-LD for CONSTRUCT/DESCRIBE);
- enforces the time limit itself: past it, the client gets 503 and the Oxigraph process is
  restarted, which is the only way to stop a query that is still running;
- serves the build's ``graph.html`` at ``/`` and ``/graph.html`` and a YASGUI query page
  (Oxigraph's bundled assets, with no online autocompleter) at ``/query-ui``.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kg.exceptions import InputError, OptionError, QueryError
from kg.rdf.store import store_path

__all__ = ["SparqlServer", "check_query", "negotiate", "free_port"]

RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "ttl", "application/n-triples": "nt", "text/plain": "nt",
    "application/rdf+xml": "rdfxml", "application/ld+json": "jsonld",
}
_SHORT = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "turtle": "ttl",
          "ttl": "ttl", "nt": "nt", "ntriples": "nt", "n-triples": "nt", "rdfxml": "rdfxml",
          "rdf+xml": "rdfxml", "json-ld": "jsonld", "jsonld": "jsonld"}
_MIME = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
         "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
         "ttl": "text/turtle; charset=utf-8", "nt": "application/n-triples",
         "rdfxml": "application/rdf+xml", "jsonld": "application/ld+json"}
# what the front asks Oxigraph for: line-based formats it can cut after N rows
_UPSTREAM_ACCEPT = "text/tab-separated-values, application/n-triples;q=0.9"
_MAX_BODY = 1 << 20  # bytes of a POSTed query
_UI_ASSETS = ("/yasgui.min.css", "/yasgui.min.js", "/logo.svg")
# Oxigraph's YASGUI assets with our own page: one endpoint (ours), and only the local autocompleter
# (YASGUI's defaults fetch prefixes from prefix.cc and terms from LOV, online, as the page loads)
_QUERY_PAGE = b"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>paperkg SPARQL query</title>
<link href="/yasgui.min.css" rel="stylesheet" type="text/css">
<script src="/yasgui.min.js"></script>
<link rel="icon" type="image/svg+xml" href="/logo.svg">
</head>
<body>
<div id="yasgui"></div>
<script>
  const endpoint = window.location.origin + "/sparql";
  // set on the defaults: YASGUI merges an options array index by index into the default one
  Yasgui.Yasqe.defaults.autocompleters = ["variables"];
  Yasgui.defaults.yasqe.autocompleters = ["variables"];
  new Yasgui(document.getElementById("yasgui"), {
    requestConfig: {endpoint: endpoint},
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: {getData: function () { return [{endpoint: endpoint}]; }, keys: []},
  });
</script>
</body>
</html>
"""
# skipped by the SERVICE check: long and short strings, IRIs, comments
_OPAQUE = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                     r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*')
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:-])", re.IGNORECASE)


def check_query(query: str, *, allow_service: bool = False) -> str:
    """Return ``query`` if the endpoint may run it; raise :class:`QueryError` otherwise.

    Refuses federated queries (the ``SERVICE`` keyword outside strings, IRIs and comments)
    unless ``allow_service``.

    Examples
    --------
    >>> check_query('SELECT * WHERE { ?s ?p "SERVICE" } # SERVICE')
    'SELECT * WHERE { ?s ?p "SERVICE" } # SERVICE'
    >>> check_query("SELECT * WHERE { SERVICE <http://x/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.exceptions.QueryError: SERVICE (federated query) is disabled on this endpoint
    """
    if not allow_service and _SERVICE.search(_OPAQUE.sub(" ", query)):
        raise QueryError("SERVICE (federated query) is disabled on this endpoint")
    return query


def negotiate(accept: str | None, fmt: str | None = None, *, graph: bool = False) -> str:
    """Return the short name of the result format for an ``Accept`` header (or ``format``).

    ``graph`` selects among RDF formats (CONSTRUCT/DESCRIBE) instead of results formats.
    Defaults: ``json`` and ``ttl``.

    Examples
    --------
    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml")
    'xml'
    >>> negotiate("text/html,*/*;q=0.8")
    'json'
    >>> negotiate(None, "tsv"), negotiate("application/n-triples", graph=True)
    ('tsv', 'nt')
    """
    table = GRAPH_TYPES if graph else RESULT_TYPES
    if fmt:
        short = _SHORT.get(fmt.lower()) or table.get(fmt.lower())
        if short in table.values():
            return short
    best, best_q = None, 0.0
    for i, item in enumerate((accept or "").split(",")):
        mime, *params = [x.strip() for x in item.split(";")]
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if mime.lower() in table and q > best_q:
            best, best_q = table[mime.lower()], q
    return best or ("ttl" if graph else "json")


def free_port(host: str = "127.0.0.1") -> int:
    """Return a TCP port that is free on ``host`` right now.

    Examples
    --------
    >>> 0 < free_port() < 65536
    True
    """
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class SparqlServer:
    """A read-only SPARQL endpoint over ``DIR/store`` (see the module docstring).

    Parameters
    ----------
    build_dir : path
        A ``kg build`` output folder with ``store/`` (and ``graph.html`` to serve it).
    host : str, optional (default="127.0.0.1")
        Interface to bind; loopback unless told otherwise.
    port : int, optional (default=7878)
        Port; 0 picks a free one (see :attr:`url`).
    timeout : float, optional (default=30)
        Seconds a query may run.
    max_rows : int, optional (default=10000)
        Rows (or triples) returned at most; the response then has ``X-KG-Truncated: true``.
    allow_service : bool, optional (default=False)
        Let queries use ``SERVICE`` (federation to other hosts).

    Examples
    --------
    >>> import tempfile, pathlib, urllib.request, urllib.parse
    >>> from kg.rdf.store import build_store
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "graph.nt").write_text('<http://e/a> <http://e/p> "x" .\\n')
    >>> _ = build_store(d)
    >>> with SparqlServer(d, port=0) as srv:
    ...     q = urllib.parse.urlencode({"query": "SELECT ?o WHERE { ?s ?p ?o }"})
    ...     with urllib.request.urlopen(f"{srv.url}/sparql?{q}&format=csv") as r:
    ...         print(r.read().decode())
    o
    x
    <BLANKLINE>
    """

    def __init__(self, build_dir: str | os.PathLike, *, host: str = "127.0.0.1", port: int = 7878,
                 timeout: float = 30.0, max_rows: int = 10000, allow_service: bool = False):
        self.build_dir = Path(build_dir)
        self.store = store_path(self.build_dir)
        if not self.store.is_dir():
            raise InputError(f"{self.store}: no Oxigraph store here; run `kg build ... -o {build_dir}` first")
        if timeout <= 0 or max_rows <= 0:
            raise OptionError("timeout and max_rows must be positive")
        self.host, self.timeout, self.max_rows = host, float(timeout), int(max_rows)
        self.allow_service = allow_service
        self._lock = threading.Lock()
        self._proc: subprocess.Popen | None = None
        self._backend_port = 0
        self._store_id: tuple[int, int] | None = None
        self._start_backend()
        handler = type("Handler", (_Handler,), {"server_app": self})
        try:
            self.httpd = ThreadingHTTPServer((host, port), handler)
        except (OSError, OverflowError) as err:  # port in use, unknown host, port out of range
            self._stop_backend()
            raise OptionError(f"cannot listen on {host}:{port}: {getattr(err, 'strerror', None) or err}") from err
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """Base URL of the front, e.g. ``http://127.0.0.1:7878``."""
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> "SparqlServer":
        """Serve in a background thread and return ``self``."""
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in this thread until interrupted, then shut down."""
        try:
            self.httpd.serve_forever()
        finally:
            self.close()

    def close(self) -> None:
        """Stop the front and the Oxigraph process."""
        if self._thread is not None:
            self.httpd.shutdown()
            self._thread.join(5)
            self._thread = None
        self.httpd.server_close()
        self._stop_backend()

    def __enter__(self) -> "SparqlServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    # backend

    def _start_backend(self) -> None:
        exe = shutil.which("oxigraph", path=os.pathsep.join([str(Path(sys.executable).parent),
                                                             os.environ.get("PATH", "")]))
        if exe is None:
            raise InputError("the `oxigraph` server is not installed (pip install oxigraph)")
        store_id = self._store_identity()  # before the process opens it: a later rebuild is seen
        for _ in range(3):
            port = free_port()
            proc = subprocess.Popen(
                [exe, "serve-read-only", "--location", str(self.store), "--bind",
                 f"127.0.0.1:{port}", "--timeout-s", str(max(1, int(self.timeout)))],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and proc.poll() is None:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    self._proc, self._backend_port, self._store_id = proc, port, store_id
                    return
                except OSError:
                    time.sleep(0.05)
            proc.kill()
            proc.wait()
        raise InputError(f"{self.store}: the oxigraph server did not start")

    def _store_identity(self) -> tuple[int, int] | None:
        """The store folder's (device, inode): ``build_store`` moves a new folder into place."""
        try:
            st = os.stat(self.store)
        except OSError:  # between a rebuild's two renames
            return None
        return (st.st_dev, st.st_ino)

    def _stop_backend(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        if self._proc is not None and self._proc.stderr:
            self._proc.stderr.close()
        self._proc = None

    def _restart_backend(self, proc: subprocess.Popen | None) -> None:
        """Kill the Oxigraph process that runs an overdue query (unless already replaced)."""
        with self._lock:
            if proc is self._proc:
                self._stop_backend()
                self._start_backend()

    def backend_url(self, path: str) -> str:
        """Return the URL of ``path`` on the private Oxigraph process."""
        with self._lock:
            return f"http://127.0.0.1:{self._backend_port}{path}"

    def run(self, query: str, accept: str | None, fmt: str | None,
            graphs: list[tuple[str, str]], *, _retried: bool = False) -> tuple[int, str, bytes, bool]:
        """Run ``query`` through Oxigraph; return (status, content type, body, truncated).

        A query cut off because the Oxigraph process was replaced meanwhile (the store was
        rebuilt, or another query ran out of time) is sent once more to the new process.
        """
        check_query(query, allow_service=self.allow_service)
        with self._lock:  # waits while an overdue query's backend is being restarted
            if self._store_identity() not in (None, self._store_id):  # rebuilt, e.g. by kg build --update
                self._stop_backend()
                self._start_backend()
            proc, port = self._proc, self._backend_port
        params = urllib.parse.urlencode(graphs)
        req = urllib.request.Request(
            f"http://127.0.0.1:{port}/query" + (f"?{params}" if params else ""),
            data=query.encode("utf-8"), method="POST",
            headers={"Content-Type": "application/sparql-query; charset=utf-8",
                     "Accept": _UPSTREAM_ACCEPT})
        timed_out = threading.Event()

        def expire() -> None:
            timed_out.set()
            self._restart_backend(proc)  # the only way to stop a query Oxigraph is running

        timer = threading.Timer(self.timeout, expire)
        timer.daemon = True
        chunks: list[bytes] = []
        truncated = False
        timer.start()
        try:
            with urllib.request.urlopen(req) as resp:
                ctype = resp.headers.get("Content-Type", "")
                limit = self.max_rows + (1 if "tab-separated" in ctype else 0)  # TSV header line
                seen = 0  # complete lines read so far
                while chunk := resp.read(1 << 16):
                    n = chunk.count(b"\n")
                    if seen + n > limit or (seen + n == limit and not chunk.endswith(b"\n")):
                        cut = -1
                        for _ in range(limit - seen):
                            cut = chunk.index(b"\n", cut + 1)
                        chunks.append(chunk[: cut + 1])
                        truncated = True  # closing the connection stops Oxigraph's streaming
                        break
                    if seen + n == limit and resp.read(1):
                        chunks.append(chunk)
                        truncated = True
                        break
                    chunks.append(chunk)
                    seen += n
        except urllib.error.HTTPError as err:
            return err.code, err.headers.get("Content-Type", "text/plain; charset=utf-8"), err.read(), False
        except (urllib.error.URLError, OSError) as err:
            if not timed_out.is_set():
                with self._lock:  # a replacement in progress holds the lock until the new process is up
                    replaced = proc is not self._proc
                if replaced and not _retried:
                    timer.cancel()
                    return self.run(query, accept, fmt, graphs, _retried=True)
                raise ConnectionError(f"SPARQL backend unavailable: {err}") from err
        finally:
            timer.cancel()
        if timed_out.is_set():
            timer.join()  # the backend is back before we answer
            raise QueryError(f"query stopped: it ran longer than the {self.timeout:g} s limit")
        data = b"".join(chunks)
        return (200, *self._reserialize(ctype, data, accept, fmt), truncated)

    @staticmethod
    def _reserialize(ctype: str, data: bytes, accept: str | None, fmt: str | None) -> tuple[str, bytes]:
        import pyoxigraph as ox

        if "n-triples" in ctype:
            out = negotiate(accept, fmt, graph=True)
            rdf = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                   "rdfxml": ox.RdfFormat.RDF_XML, "jsonld": ox.RdfFormat.JSON_LD}[out]
            triples = list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
            return _MIME[out], ox.serialize(triples, format=rdf) or b""
        out = negotiate(accept, fmt)
        if out == "tsv":
            return _MIME[out], data  # already what Oxigraph sent, cut at a line end
        fmt_ox = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                  "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}[out]
        results = ox.parse_query_results(data, ox.QueryResultsFormat.TSV)
        return _MIME[out], results.serialize(format=fmt_ox)


class _Handler(BaseHTTPRequestHandler):
    """HTTP front: routes, protocol parsing, limits. ``server_app`` is set per server."""

    server_app: SparqlServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:  # quiet unless asked
        if os.environ.get("KG_SERVE_LOG"):
            super().log_message(format, *args)

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/graph.html", "/index.html"):
            page = self.server_app.build_dir / "graph.html"
            if page.is_file():
                return self._send(200, "text/html; charset=utf-8", page.read_bytes())
            if url.path != "/":
                return self._send(404, "text/plain; charset=utf-8", b"no graph.html in this build\n")
            return self._proxy_static("/")
        if url.path == "/query-ui":
            return self._send(200, "text/html; charset=utf-8", _QUERY_PAGE)
        if url.path in _UI_ASSETS:
            return self._proxy_static(url.path)
        if url.path in ("/sparql", "/query", "/query-ui/sparql"):
            params = urllib.parse.parse_qsl(url.query, keep_blank_values=True)
            return self._sparql(params, None)
        if url.path in ("/update", "/store"):
            return self._send(403, "text/plain; charset=utf-8", b"this endpoint is read-only\n")
        self._send(404, "text/plain; charset=utf-8", b"not found\n")

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > _MAX_BODY:
            self.close_connection = True
            if _MAX_BODY < length <= 16 * _MAX_BODY:  # drain it so the client reads our answer
                left = length
                while left > 0 and (got := len(self.rfile.read(min(1 << 16, left)))):
                    left -= got
            return self._send(413 if length > 0 else 400, "text/plain; charset=utf-8",
                              f"request body must be 0..{_MAX_BODY} bytes\n".encode())
        body = self.rfile.read(length) if length > 0 else b""
        if url.path not in ("/sparql", "/query", "/query-ui/sparql"):
            code = 403 if url.path in ("/update", "/store") else 404
            return self._send(code, "text/plain; charset=utf-8",
                              b"this endpoint is read-only\n" if code == 403 else b"not found\n")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = urllib.parse.parse_qsl(url.query, keep_blank_values=True)
        if ctype == "application/sparql-update":
            return self._send(403, "text/plain; charset=utf-8", b"this endpoint is read-only\n")
        if ctype == "application/x-www-form-urlencoded":
            params += urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
            return self._sparql(params, None)
        if ctype == "application/sparql-query":
            return self._sparql(params, body.decode("utf-8", "replace"))
        self._send(415, "text/plain; charset=utf-8",
                   b"POST application/sparql-query or application/x-www-form-urlencoded\n")

    def do_PUT(self) -> None:  # noqa: N802
        self._send(403, "text/plain; charset=utf-8", b"this endpoint is read-only\n")

    do_DELETE = do_PATCH = do_PUT

    # helpers

    def _sparql(self, params: list[tuple[str, str]], query: str | None) -> None:
        keys = {k for k, _ in params}
        if "update" in keys:
            return self._send(403, "text/plain; charset=utf-8", b"this endpoint is read-only\n")
        queries = [v for k, v in params if k == "query"]
        if query is None:
            if len(queries) != 1:
                return self._send(400, "text/plain; charset=utf-8", b"give exactly one 'query' parameter\n")
            query = queries[0]
        fmt = next((v for k, v in params if k in ("format", "output")), None)
        graphs = [(k, v) for k, v in params if k in ("default-graph-uri", "named-graph-uri")]
        app = self.server_app
        try:
            status, ctype, body, truncated = app.run(query, self.headers.get("Accept"), fmt, graphs)
        except QueryError as err:
            code = 503 if "limit" in str(err) else 400
            return self._send(code, "text/plain; charset=utf-8", f"{err}\n".encode())
        except ConnectionError as err:
            return self._send(503, "text/plain; charset=utf-8", f"{err}\n".encode())
        extra = {"X-KG-Truncated": "true", "X-KG-Max-Rows": str(app.max_rows)} if truncated else {}
        self._send(status, ctype, body, extra)

    def _proxy_static(self, path: str) -> None:
        try:
            with urllib.request.urlopen(self.server_app.backend_url(path), timeout=10) as resp:
                self._send(resp.status, resp.headers.get("Content-Type", "application/octet-stream"),
                           resp.read())
        except (urllib.error.URLError, OSError) as err:
            self._send(503, "text/plain; charset=utf-8", f"query page unavailable: {err}\n".encode())

    def _send(self, status: int, ctype: str, body: bytes, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Vary", "Accept")
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
