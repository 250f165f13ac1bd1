"""The viewer page in real headless Chromium: draws, stays offline, searches, filters, runs no injected script."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest

from kg.viz import to_html
from kg.viz.headless import BrowserError


pytestmark = pytest.mark.browser

INK = """(() => {
  const c = document.querySelector('#kg-network canvas');
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let ink = 0;
  for (let i = 3; i < d.length; i += 4) if (d[i] > 0) ink++;
  return {w: c.width, h: c.height, ink: ink};
})()"""


@pytest.fixture
def page(chromium):
    p = chromium.new_page()
    yield p
    p.close()


def open_page(page, url):
    page.goto(url)
    page.wait_for("window.kgReady === true")  # drawn and interactive
    page.wait_for("window.kgLoaded === true")  # tooltip and alias data decoded too
    return page


def only_the_file(page, url):
    return [u for u in page.requests if u != url and not u.startswith("data:")]


def node_screen_position(page, node_id):
    return page.evaluate(f"""(() => {{
      const v = window.kgViewer, p = v.network.getPosition({node_id!r});
      const dom = v.network.canvasToDOM(p);
      const r = document.querySelector('#kg-network').getBoundingClientRect();
      return [r.left + dom.x, r.top + dom.y];
    }})()""")


def test_seeds_page_draws_offline_without_errors(seeds_kg, page, tmp_path, artifacts_dir):
    path = seeds_kg.to_html(tmp_path / "graph.html").path
    url = path.as_uri()
    open_page(page, url)
    ink = page.evaluate(INK)
    assert ink["w"] > 500 and ink["h"] > 400
    assert ink["ink"] > 0.01 * ink["w"] * ink["h"], ink  # nodes and edges were drawn
    shown = page.evaluate("kgViewer.nodes.length")
    assert shown == min(1000, seeds_kg.nx.number_of_nodes())
    assert page.evaluate("kgViewer.data.nodes.length") == seeds_kg.nx.number_of_nodes()
    assert page.errors == []
    assert only_the_file(page, url) == []
    page.screenshot(artifacts_dir / "viewer.png")


def test_search_finds_and_focuses_a_node_by_alias(graph, page, tmp_path):
    url = to_html(graph, tmp_path / "g.html", top=2).as_uri()
    open_page(page, url)
    assert page.evaluate("kgViewer.nodes.get('method:bert')") is None  # outside the top 2
    page.evaluate("document.getElementById('kg-search').focus()")
    page.type_text("bidirectional encoder")
    page.wait_for("document.querySelectorAll('#kg-suggest li').length > 0")
    assert page.evaluate("document.querySelector('#kg-suggest li').textContent").startswith("BERT")
    page.press("Enter", 13)
    assert page.wait_for("kgViewer.network.getSelectedNodes()") == ["method:bert"]
    # the view is centred on the node, and its neighbourhood is in the details panel
    centre = page.evaluate("kgViewer.network.getViewPosition()")
    pos = page.evaluate("kgViewer.network.getPosition('method:bert')")
    assert abs(centre["x"] - pos["x"]) < 1 and abs(centre["y"] - pos["y"]) < 1
    assert page.evaluate("document.getElementById('kg-details').hidden") is False
    assert "BERT" in page.evaluate("document.getElementById('kg-details-body').textContent")
    assert page.errors == [] and only_the_file(page, url) == []


def test_filters_hide_nodes(graph, page, tmp_path):
    url = to_html(graph, tmp_path / "g.html").as_uri()
    open_page(page, url)
    total = graph.number_of_nodes()
    assert page.evaluate("kgViewer.nodes.length") == total
    # type filter, by clicking the checkbox
    x, y = page.evaluate("""(() => { const r = document.getElementById('kg-type-paper').getBoundingClientRect();
                             return [r.left + r.width / 2, r.top + r.height / 2]; })()""")
    page.mouse(x, y, click=True)
    papers = sum(1 for _, t in graph.nodes(data="type") if t == "paper")
    assert page.wait_for(f"kgViewer.nodes.length === {total - papers}")
    assert page.evaluate("kgViewer.nodes.get().filter(n => n.id.startsWith('paper:')).length") == 0
    assert page.evaluate("kgViewer.edges.length") == 0  # every edge starts at a paper
    # minimum degree
    page.evaluate("""(() => { const b = document.getElementById('kg-mindeg'); b.value = '2';
                     b.dispatchEvent(new Event('change')); })()""")
    keep = [n for n, d in graph.nodes(data=True) if d["type"] != "paper" and d["degree"] >= 2]
    assert sorted(page.evaluate("kgViewer.nodes.getIds()")) == sorted(keep)
    # community, after a reset
    page.evaluate("document.getElementById('kg-reset').click()")
    assert page.evaluate("kgViewer.nodes.length") == total
    comm = graph.nodes["method:bert"]["community"]
    page.evaluate(f"""(() => {{ const s = document.getElementById('kg-community'); s.value = '{comm}';
                     s.dispatchEvent(new Event('change')); }})()""")
    members = sorted(n for n, c in graph.nodes(data="community") if c == comm)
    assert sorted(page.evaluate("kgViewer.nodes.getIds()")) == members
    assert page.errors == []


def test_confidence_filter_hides_low_confidence_links_and_what_only_they_reach(graph, page, tmp_path):
    G = graph.copy()
    G.edges["paper:2401.00002", "method:bert", "uses"]["confidence"] = 0.3  # BERT keeps another link at 0.9
    G.edges["paper:2401.00003", "method:resnet", "uses"]["confidence"] = 0.3  # ResNet's only link
    url = to_html(G, tmp_path / "g.html").as_uri()
    open_page(page, url)
    total, links = G.number_of_nodes(), G.number_of_edges()
    assert page.evaluate("kgViewer.edges.length") == links
    page.evaluate("""(() => { const b = document.getElementById('kg-minconf'); b.value = '0.5';
                     b.dispatchEvent(new Event('change')); })()""")
    shown = set(page.evaluate("kgViewer.nodes.getIds()"))
    assert shown == set(G) - {"method:resnet"}
    edges = page.evaluate("kgViewer.edges.get().map(e => [e.from, e.to, e.title])")
    assert len(edges) == links - 2
    assert ["paper:2401.00002", "method:bert"] not in [e[:2] for e in edges]
    # links without a confidence (code, organisation, author) stay; extracted ones show theirs
    assert ["paper:2401.00001", "repository:acme/bert-glue", "has_code"] in edges
    assert ["paper:2401.00001", "method:bert", "uses (confidence 0.9)"] in edges
    page.evaluate("document.getElementById('kg-reset').click()")
    assert page.evaluate("kgViewer.nodes.length") == total and page.evaluate("kgViewer.edges.length") == links
    assert page.evaluate("document.getElementById('kg-minconf').value") == "0"
    assert page.errors == []
    # a graph built with --min-confidence starts (and resets) the filter at its threshold
    G.graph["min_confidence"] = 0.3
    open_page(page, to_html(G, tmp_path / "built.html").as_uri())
    assert page.evaluate("document.getElementById('kg-minconf').value") == "0.3"
    page.evaluate("document.getElementById('kg-reset').click()")
    shown = page.evaluate("[kgViewer.state.minConf, kgViewer.nodes.length, kgViewer.edges.length]")
    assert shown == [0.3, total, links]
    assert page.errors == []


def test_colours_follow_type_or_community(graph, page, tmp_path):
    from kg.viz.data import TYPE_COLORS

    open_page(page, to_html(graph, tmp_path / "t.html").as_uri())
    colours = page.evaluate("Object.fromEntries(kgViewer.nodes.get().map(n => [n.id, n.color]))")
    assert colours == {n: TYPE_COLORS[t] for n, t in graph.nodes(data="type")}
    open_page(page, to_html(graph, tmp_path / "c.html", color_by="community").as_uri())
    colours = page.evaluate("Object.fromEntries(kgViewer.nodes.get().map(n => [n.id, n.color]))")
    by_comm = {}
    for n, c in graph.nodes(data="community"):
        by_comm.setdefault(c, set()).add(colours[n])
    assert all(len(cs) == 1 for cs in by_comm.values())  # one colour per community
    assert len({next(iter(cs)) for cs in by_comm.values()}) == len(by_comm)  # and distinct
    legend = page.evaluate("document.getElementById('kg-legend').textContent")
    assert all(c["label"] in legend for c in graph.graph["communities"][:20])
    assert page.errors == []


def test_click_highlights_the_neighbourhood(graph, page, tmp_path):
    url = to_html(graph, tmp_path / "g.html").as_uri()
    open_page(page, url)
    page.evaluate("kgViewer.network.moveTo({position: kgViewer.network.getPosition('method:bert'), scale: 1.5})")
    x, y = node_screen_position(page, "method:bert")
    page.mouse(x, y, click=True)
    assert page.wait_for("kgViewer.network.getSelectedNodes()") == ["method:bert"]
    outlined = set(page.evaluate("kgViewer.nodes.get().filter(n => n.borderWidth === 3).map(n => n.id)"))
    neighbours = set(graph.predecessors("method:bert")) | set(graph.successors("method:bert")) | {"method:bert"}
    assert outlined == neighbours and len(outlined) < graph.number_of_nodes()
    assert "BERT" in page.evaluate("document.getElementById('kg-details-body').textContent")
    # a click on the background clears it
    page.evaluate("kgViewer.network.moveTo({position: {x: 100000, y: 100000}, scale: 1})")
    page.mouse(x, y, click=True)
    page.wait_for("kgViewer.network.getSelectedNodes().length === 0")
    assert page.evaluate("kgViewer.nodes.get().filter(n => n.borderWidth === 3).length") == 0
    assert page.evaluate("document.getElementById('kg-details').hidden") is True


def test_hostile_text_runs_no_script_even_in_tooltips(hostile_graph, page, tmp_path, payloads):
    title = "<img src=x onerror=\"window.__pwned='title'\">"
    url = to_html(hostile_graph, tmp_path / "g.html", title=title).as_uri()
    open_page(page, url)
    assert page.evaluate("document.title") == title
    assert page.evaluate("document.getElementById('kg-title').textContent") == title
    for node in ("paper:2401.00001", "method:img-src-x-onerror-window-pwned-1-document-title-pwned"):
        page.evaluate(f"kgViewer.network.moveTo({{position: kgViewer.network.getPosition({node!r}), scale: 2}})")
        x, y = node_screen_position(page, node)
        page.mouse(x + 1, y + 1)  # hover: the page builds the tooltip
        page.wait_for(f"(() => {{ const t = document.getElementById('kg-tip');"
                      f" return !t.hidden && t.textContent.includes({node.split(':')[0]!r}); }})()")
        tip = page.evaluate("document.getElementById('kg-tip').textContent")
        assert payloads[0] in tip  # shown as text, not parsed as markup
        assert page.evaluate("document.querySelectorAll('#kg-tip img, #kg-tip script, #kg-tip svg').length") == 0
        page.mouse(x, y, click=True)  # select: the details panel shows everything, links included
        page.wait_for(f"kgViewer.network.getSelectedNodes()[0] === {node!r}")
        assert page.evaluate("document.querySelectorAll('#kg-details-body img, #kg-details-body script, "
                             "#kg-details-body svg').length") == 0
    page.evaluate("document.getElementById('kg-search').focus()")
    page.type_text("<img src=x")
    page.wait_for("document.querySelectorAll('#kg-suggest li').length > 0")
    page.evaluate("new Promise(r => setTimeout(r, 300))")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.title") == title
    assert page.errors == []
    assert only_the_file(page, url) == []  # an <img src=x> would have requested .../x


def test_page_works_over_http(graph, page, tmp_path):
    to_html(graph, tmp_path / "graph.html")
    handler = functools.partial(_QuietHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/graph.html"
        open_page(page, url)
        assert page.evaluate("kgViewer.nodes.length") == graph.number_of_nodes()
        assert page.evaluate(INK)["ink"] > 0
        assert page.errors == [] and only_the_file(page, url) == []
    finally:
        server.shutdown()
        server.server_close()


def ready_frame(page, expression, attempts=600):
    """The attached out-of-process iframe where ``expression`` holds, asking every frame attached so far each time
    (Chromium may attach the sandboxed frame's first document and then its loaded one as another target), or None."""
    for _ in range(attempts):
        for frame in page.frames():
            try:
                if frame.evaluate(expression):
                    return frame
            except BrowserError:
                pass  # a frame whose document is gone
        page.evaluate("new Promise(r => setTimeout(r, 50))")
    return None


def test_notebook_iframe_renders(graph, page, tmp_path):
    import kg

    kgraph = kg.KnowledgeGraph(list(), list(), graph)
    frame = kgraph.to_html(tmp_path / "graph.html")._repr_html_()
    host = tmp_path / "notebook.html"
    host.write_text(f"<!DOCTYPE html><html><body><h1>notebook</h1>{frame}</body></html>", encoding="utf-8")
    url = host.as_uri()
    page.goto(url)
    page.wait_for("document.querySelector('iframe') !== null")

    frame = ready_frame(page, "window.kgReady === true && window.kgLoaded === true")
    assert frame is not None, "no sandboxed iframe attached and drew the viewer"
    assert frame.evaluate("kgViewer.nodes.length") == graph.number_of_nodes()
    assert frame.evaluate(INK)["ink"] > 0
    assert frame.evaluate("window.origin") == "null"  # sandboxed: no access to the notebook
    assert frame.errors == []
    assert page.errors == []
    assert only_the_file(page, url) == []


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass
