/* paperkg viewer: every piece of paper-derived text goes into the DOM through textContent. */
(function () {
  "use strict";
  performance.mark("kg-start");

  // the data blocks are gzip-compressed JSON in base64 (small, and inert as HTML)
  function decode(id) {
    var text = document.getElementById(id).textContent.trim(), bytes;
    if (typeof Uint8Array.fromBase64 === "function") {
      bytes = Uint8Array.fromBase64(text);
    } else {
      var bin = atob(text);
      bytes = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(JSON.parse);
  }
  function fail(err) {
    var box = document.getElementById("kg-network");
    box.textContent = "This page could not be drawn: " + err + " (it needs a browser with DecompressionStream).";
    throw err;
  }
  decode("kg-data").then(main).catch(fail);

  function main(DATA) {
  performance.mark("kg-parsed");
  var META = DATA.meta, EDGES = DATA.edges, F = DATA.node_fields;
  var ALL = DATA.nodes.map(function (row) {
    var n = {};
    for (var k = 0; k < F.length; k++) n[F[k]] = row[k];
    n.type = DATA.types[n.type].name;
    if (n.community === null) n.community = undefined;
    n.info = {};
    return n;
  });
  var HILITE = "#111111";
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function safeLink(url) {
    url = String(url);
    if (!/^https?:\/\//i.test(url)) return el("span", null, url);
    var a = el("a", null, url);
    a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
    return a;
  }
  function fmt(x) { return typeof x === "number" ? x.toLocaleString("en-US", {maximumSignificantDigits: 4}) : String(x); }

  var byId = new Map(), adj = null;
  ALL.forEach(function (n, i) { byId.set(n.id, i); });
  function neighbours(i) {
    if (adj === null) {
      adj = ALL.map(function () { return []; });
      EDGES.forEach(function (e) { adj[e[0]].push(e[1]); adj[e[1]].push(e[0]); });
    }
    return adj[i];
  }
  var commLabel = new Map(DATA.communities.map(function (c) { return [c.id, c.label]; }));
  var commColor = new Map(DATA.communities.map(function (c) { return [c.id, c.color]; }));
  var typeInfo = new Map(DATA.types.map(function (t) { return [t.name, t]; }));
  var maxScore = META.max_score > 0 ? META.max_score : 1;
  function nameOf(n) { return n.name; }

  // tooltip fields: a second JSON block after this script, parsed after the first frame
  var INFO = null, infoStarted = false;
  function loadInfo() { return INFO !== null; }
  function startInfo() {
    if (infoStarted) return;
    if (!document.getElementById("kg-info") || document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", startInfo, {once: true});  // not completely parsed yet
      return;
    }
    infoStarted = true;
    decode("kg-info").then(function (infos) {
      INFO = infos;
      for (var i = 0; i < ALL.length; i++) ALL[i].info = INFO[i] || {};
      index = null;
      performance.mark("kg-info");
      window.kgLoaded = true;
      window.kgLoadedAt = performance.now();
      if (box.value) suggest();
    }).catch(fail);
  }
  function short(text) { text = String(text); return text.length <= 40 ? text : text.slice(0, 39).trim() + "\u2026"; }
  function colorOf(n) {
    if (META.color_by === "community") return commColor.get(n.community) || "#9aa0a6";
    var t = typeInfo.get(n.type); return t ? t.color : "#9aa0a6";
  }
  // a link's confidence; one with none (code, organisation, author) is never hidden
  function edgeConf(e) { return e[3] === null || e[3] === undefined ? Infinity : e[3]; }
  function edgeTitle(e) {
    var types = DATA.edge_types.filter(function (t, k) { return e[2] & (1 << k); }).join(", ");
    return edgeConf(e) === Infinity ? types : types + " (confidence " + e[3] + ")";
  }
  // an entity found only through links below the confidence bar is hidden with them
  var nodeConf = ALL.map(function (n) { return n.type === "paper" ? Infinity : -1; });
  EDGES.forEach(function (e) {
    var c = edgeConf(e);
    nodeConf[e[0]] = Math.max(nodeConf[e[0]], c); nodeConf[e[1]] = Math.max(nodeConf[e[1]], c);
  });
  nodeConf = nodeConf.map(function (c) { return c < 0 ? Infinity : c; });  // no links: nothing to judge
  function confident(e) { return edgeConf(e) >= state.minConf; }

  // tooltips and the details panel: DOM built with textContent only
  function describe(n, full) {
    var box = el("div", "kg-tip"), info = n.info || {};
    if (n.type === "paper") {
      box.appendChild(el("div", "kg-t", nameOf(n)));
      var meta = [];
      if (info.published) meta.push(info.published);
      if (info.upvotes !== undefined) meta.push(info.upvotes + " upvotes");
      if (info.organizations) meta.push(info.organizations.join(", "));
      if (info.arxiv_id) meta.push("arXiv " + info.arxiv_id);
      box.appendChild(el("div", "kg-m", "paper" + (meta.length ? " \u00b7 " + meta.join(" \u00b7 ") : "")));
      if (info.links) {
        var links = el("div", "kg-m");
        info.links.slice(0, full ? 20 : 4).forEach(function (u, i) {
          if (i) links.appendChild(document.createTextNode(" "));
          links.appendChild(safeLink(u));
        });
        box.appendChild(links);
      }
      if (info.abstract) {
        var text = full || info.abstract.length <= 600 ? info.abstract : info.abstract.slice(0, 600) + "\u2026";
        box.appendChild(el("div", "kg-a", text));
      }
    } else {
      box.appendChild(el("div", "kg-t", nameOf(n)));
      box.appendChild(el("div", "kg-m", n.type + " \u00b7 " + (info.paper_count || 0) + " paper" + (info.paper_count === 1 ? "" : "s")));
      if (info.aliases) box.appendChild(el("div", "kg-m", "also: " + info.aliases.join(", ")));
      if (info.links) { var l = el("div", "kg-m"); l.appendChild(safeLink(info.links[0])); box.appendChild(l); }
      if (info.evidence) {
        var ul = el("ul");
        info.evidence.forEach(function (s) { ul.appendChild(el("li", null, s)); });
        box.appendChild(ul);
      }
    }
    var c = n.community === null || n.community === undefined ? "" : " \u00b7 community: " + (commLabel.get(n.community) || n.community);
    box.appendChild(el("div", "kg-m", "degree " + n.degree + " \u00b7 " + META.size_by + " " + fmt(n.score) + c));
    return box;
  }

  // vis-network over the shown subset
  var nodes = new vis.DataSet(), edges = new vis.DataSet();
  function visNode(i) {
    var n = ALL[i], t = typeInfo.get(n.type);
    return {id: n.id, label: short(nameOf(n)), x: n.x, y: n.y, shape: t ? t.shape : "dot",
            value: 1 + 99 * Math.sqrt(Math.max(n.score, 0) / maxScore), color: colorOf(n),
            font: n.big ? {size: 44, strokeWidth: 6, strokeColor: "#ffffff"} : {size: 10}};
  }
  // a build made with --min-confidence starts the filter at its threshold: nothing below it is in the data
  var BUILD_CONF = META.min_confidence || 0;
  var state = {top: META.top, minDegree: 0, minConf: BUILD_CONF, community: "all", types: new Set(DATA.types.map(function (t) { return t.name; })),
               revealed: new Set(), shown: new Set(), selected: null};

  function wanted() {
    var out = [], limit = state.top > 0 ? state.top : Infinity;
    for (var i = 0; i < ALL.length && out.length < limit; i++) {
      var n = ALL[i];
      if (!state.types.has(n.type) || n.degree < state.minDegree || nodeConf[i] < state.minConf) continue;
      if (state.community !== "all" && String(n.community) !== state.community) continue;
      out.push(i);
    }
    state.revealed.forEach(function (i) { if (out.indexOf(i) < 0) out.push(i); });
    return out;
  }
  var shownEdges = new Set();
  function apply(fit) {  // show the wanted nodes, changing only what differs
    unhighlight();
    var want = wanted(), set = new Set(want), gone = [], added = [];
    state.shown.forEach(function (i) { if (!set.has(i)) gone.push(ALL[i].id); });
    want.forEach(function (i) { if (!state.shown.has(i)) added.push(visNode(i)); });
    var keepEdges = new Set(), goneEdges = [], addedEdges = [];
    for (var k = 0; k < EDGES.length; k++) {
      var e = EDGES[k];
      if (set.has(e[0]) && set.has(e[1]) && confident(e)) {
        keepEdges.add(k);
        if (!shownEdges.has(k)) addedEdges.push({id: k, from: ALL[e[0]].id, to: ALL[e[1]].id, title: edgeTitle(e)});
      }
    }
    shownEdges.forEach(function (k) { if (!keepEdges.has(k)) goneEdges.push(k); });
    edges.remove(goneEdges); nodes.remove(gone);
    nodes.add(added); edges.add(addedEdges);
    state.shown = set;
    shownEdges = keepEdges;
    $("kg-status").textContent = "showing " + want.length.toLocaleString("en-US") + " of " +
      ALL.length.toLocaleString("en-US") + " nodes, " + keepEdges.size.toLocaleString("en-US") + " edges";
    if (fit && network) network.fit({animation: false});
  }

  var network = null;
  apply(false);
  performance.mark("kg-data-set");
  network = new vis.Network($("kg-network"), {nodes: nodes, edges: edges}, DATA.options);
  performance.mark("kg-network");
  network.once("afterDrawing", function () {
    performance.mark("kg-drawn");
    window.kgReady = true;
    window.kgReadyAt = performance.now();
    document.body.setAttribute("data-ready", "1");
    setTimeout(startInfo, 0);
  });

  // tooltip: built on hover, from text only
  var tip = el("div", "kg-tip");
  tip.id = "kg-tip"; tip.hidden = true; tip.setAttribute("role", "tooltip");
  $("kg-network").appendChild(tip);
  network.on("hoverNode", function (p) {
    tip.textContent = "";
    tip.appendChild(describe(ALL[byId.get(p.node)], false));
    var box = $("kg-network").getBoundingClientRect(), x = p.pointer.DOM.x + 14, y = p.pointer.DOM.y + 14;
    tip.hidden = false;
    tip.style.left = Math.max(0, Math.min(x, box.width - tip.offsetWidth - 4)) + "px";
    tip.style.top = Math.max(0, Math.min(y, box.height - tip.offsetHeight - 4)) + "px";
  });
  function hideTip() { tip.hidden = true; }
  network.on("blurNode", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  // neighbourhood highlight
  // neighbourhood highlight: outline the node and its neighbours (vis-network highlights
  // the selected node's edges itself); only those nodes are updated, which keeps a click
  // fast with thousands of nodes shown
  var marked = new Set();
  function highlight(id) {
    unhighlight();
    var i = byId.get(id), nu = [];
    [i].concat(neighbours(i)).forEach(function (j) {
      if (!state.shown.has(j) || marked.has(j)) return;
      marked.add(j);
      nu.push({id: ALL[j].id, borderWidth: 3, color: {background: colorOf(ALL[j]), border: HILITE}});
    });
    nodes.update(nu);
    state.selected = id;
    var body = $("kg-details-body");
    body.textContent = "";
    body.appendChild(describe(ALL[i], true));
    $("kg-details").hidden = false;
  }
  function unhighlight() {
    if (state.selected === null) return;
    var nu = [];
    marked.forEach(function (j) { if (state.shown.has(j)) nu.push({id: ALL[j].id, borderWidth: 1, color: colorOf(ALL[j])}); });
    marked.clear();
    nodes.update(nu);
    state.selected = null;
    $("kg-details").hidden = true;
  }
  network.on("click", function (p) {
    if (p.nodes.length) highlight(p.nodes[0]); else unhighlight();
  });

  // search by name or alias
  var index = null;
  function search(q) {
    q = String(q).trim().toLowerCase();
    if (!q) return [];
    if (index === null) {
      var complete = loadInfo();
      var built = ALL.map(function (n) {
        var names = [nameOf(n), n.id].concat(n.info.aliases || []).map(function (x) { return String(x).toLowerCase(); });
        return {all: names.join("\u0001"), names: names};
      });
      if (complete) index = built; else return searchIn(built, q);
    }
    return searchIn(index, q);
  }
  function searchIn(index, q) {
    var exact = [], prefix = [], part = [];
    for (var i = 0; i < ALL.length && part.length < 200; i++) {
      var entry = index[i];
      if (entry.all.indexOf(q) < 0) continue;
      if (entry.names.indexOf(q) >= 0) exact.push(i);
      else if (entry.names.some(function (x) { return x.lastIndexOf(q, 0) === 0; })) prefix.push(i);
      else part.push(i);
    }
    return exact.concat(prefix, part).slice(0, 10).map(function (i) { return ALL[i].id; });
  }
  function focusNode(id) {
    var i = byId.get(id);
    if (i === undefined) return false;
    if (!state.shown.has(i)) { state.revealed.add(i); apply(false); }
    network.selectNodes([id]);
    network.focus(id, {scale: 1.0, animation: false});
    highlight(id);
    return true;
  }
  var box = $("kg-search"), list = $("kg-suggest");
  function suggest() {
    list.textContent = "";
    search(box.value).forEach(function (id, k) {
      var n = ALL[byId.get(id)], li = el("li", k === 0 ? "kg-active" : null, nameOf(n));
      li.appendChild(el("span", "kg-type", n.type));
      li.setAttribute("role", "option");
      li.addEventListener("click", function () { focusNode(id); list.textContent = ""; });
      list.appendChild(li);
    });
  }
  box.addEventListener("input", suggest);
  box.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var hits = search(box.value);
      if (hits.length) focusNode(hits[0]);
      list.textContent = "";
      ev.preventDefault();
    } else if (ev.key === "Escape") { list.textContent = ""; }
  });

  // filters
  $("kg-measure").textContent = META.size_by;
  var topBox = $("kg-top"); topBox.value = String(META.top);
  topBox.addEventListener("change", function () { state.top = Math.max(0, parseInt(topBox.value, 10) || 0); apply(true); });
  var degBox = $("kg-mindeg");
  degBox.addEventListener("change", function () { state.minDegree = Math.max(0, parseInt(degBox.value, 10) || 0); apply(true); });
  var confBox = $("kg-minconf");
  confBox.min = confBox.value = String(BUILD_CONF);
  confBox.addEventListener("change", function () {
    state.minConf = Math.min(1, Math.max(BUILD_CONF, parseFloat(confBox.value) || 0)); apply(true);
  });
  var sel = $("kg-community");
  var optAll = el("option", null, "all"); optAll.value = "all"; sel.appendChild(optAll);
  DATA.communities.slice(0, 60).forEach(function (c) {
    var o = el("option", null, c.label + " (" + c.size + ")"); o.value = String(c.id); sel.appendChild(o);
  });
  sel.addEventListener("change", function () { state.community = sel.value; apply(true); });
  var typesBox = $("kg-types");
  DATA.types.forEach(function (t) {
    var lab = el("label"), cb = el("input");
    cb.type = "checkbox"; cb.checked = true; cb.value = t.name; cb.id = "kg-type-" + t.name;
    cb.addEventListener("change", function () {
      if (cb.checked) state.types.add(t.name); else state.types.delete(t.name);
      apply(true);
    });
    lab.appendChild(cb); lab.appendChild(document.createTextNode(t.name));
    typesBox.appendChild(lab);
  });
  $("kg-all").addEventListener("click", function () { state.top = 0; topBox.value = "0"; apply(true); });
  $("kg-reset").addEventListener("click", function () {
    state.top = META.top; topBox.value = String(META.top); state.minDegree = 0; degBox.value = "0";
    state.minConf = BUILD_CONF; confBox.value = String(BUILD_CONF);
    state.community = "all"; sel.value = "all"; state.revealed.clear();
    DATA.types.forEach(function (t) { state.types.add(t.name); $("kg-type-" + t.name).checked = true; });
    apply(true);
  });

  // legend
  var legend = $("kg-legend");
  function legendRow(color, text, count) {
    var li = el("li"), sw = el("span", "kg-swatch");
    sw.style.background = color;
    li.appendChild(sw); li.appendChild(el("span", null, text));
    if (count !== undefined) li.appendChild(el("span", "kg-count", count.toLocaleString("en-US")));
    legend.appendChild(li);
  }
  if (META.color_by === "community") {
    DATA.communities.slice(0, 20).forEach(function (c) { legendRow(c.color, c.label, c.size); });
    if (DATA.communities.length > 20) legendRow("#9aa0a6", "other communities", DATA.communities.slice(20).reduce(function (s, c) { return s + c.size; }, 0));
    legend.appendChild(el("li", "kg-count", "shapes: " + DATA.types.map(function (t) { return t.name + " " + t.shape; }).join(", ")));
  } else {
    DATA.types.forEach(function (t) { legendRow(t.color, t.name, t.count); });
  }
  legend.appendChild(el("li", "kg-count", "size: " + META.size_by + "; click a node for its neighbourhood"));

  window.kgViewer = {network: network, nodes: nodes, edges: edges, data: DATA, state: state, marked: marked,
                     search: search, focusNode: focusNode, apply: apply};
  }
})();
