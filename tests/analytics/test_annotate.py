"""annotate(): every node gets a community; centralities on the graph without authors."""

from __future__ import annotations

import networkx as nx

from kg.analytics import annotate


def _kg():
    """Two topics (vision, language), 3 papers each, joined by one paper using both; 2 authors."""
    G = nx.MultiDiGraph()
    for n, t in [("method:resnet", "method"), ("dataset:imagenet", "dataset"), ("task:cls", "task"),
                 ("method:bert", "method"), ("dataset:glue", "dataset"), ("task:nlu", "task"),
                 ("author:ann", "author"), ("author:bo", "author")]:
        G.add_node(n, type=t, label=n.split(":")[1])
    for i in range(3):
        for topic in (("resnet", "imagenet", "cls"), ("bert", "glue", "nlu")):
            p = f"paper:{topic[0]}{i}"
            G.add_node(p, type="paper", label=p)
            G.add_edge(p, f"method:{topic[0]}", key="uses")
            G.add_edge(p, f"dataset:{topic[1]}", key="evaluated_on")
            G.add_edge(p, f"task:{topic[2]}", key="addresses")
    G.add_node("paper:both", type="paper", label="both")
    G.add_edge("paper:both", "method:resnet", key="uses")
    G.add_edge("paper:both", "method:bert", key="uses")
    G.add_edge("paper:resnet0", "author:ann", key="has_author")
    G.add_edge("paper:resnet1", "author:ann", key="has_author")
    G.add_edge("paper:bert0", "author:ann", key="has_author")
    G.add_edge("paper:bert1", "author:bo", key="has_author")
    return G


def test_every_node_annotated_and_communities_follow_topics():
    G = annotate(_kg())
    for n, d in G.nodes(data=True):
        assert isinstance(d["community"], int) and isinstance(d["degree"], int)
        if d["type"] != "author":
            assert "pagerank" in d and "betweenness" in d
        else:
            assert "pagerank" not in d
    c = nx.get_node_attributes(G, "community")
    assert c["method:resnet"] == c["dataset:imagenet"] == c["paper:resnet2"]
    assert c["method:bert"] == c["dataset:glue"] == c["paper:bert2"]
    assert c["method:resnet"] != c["method:bert"]
    assert c["author:ann"] == c["method:resnet"]  # 2 of her 3 papers are vision papers
    assert c["author:bo"] == c["method:bert"]
    assert G.graph["modularity"] > 0.3
    comms = G.graph["communities"]
    assert sum(x["size"] for x in comms) == G.number_of_nodes()
    assert {x["id"] for x in comms} == set(c.values())
    labels = {x["id"]: x["label"] for x in comms}
    assert labels[c["method:resnet"]].split(", ")[0] in {"resnet", "imagenet", "cls"}
    assert G.nodes["author:ann"]["degree"] == 3


def test_bridging_method_has_top_betweenness():
    G = annotate(_kg())
    bc = nx.get_node_attributes(G, "betweenness")
    top = sorted(bc, key=lambda n: -bc[n])[:3]
    assert {"method:resnet", "method:bert", "paper:both"} == set(top)


def test_same_seed_same_attributes():
    a, b = annotate(_kg(), seed=0), annotate(_kg(), seed=0)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert a.graph == b.graph


def test_empty_graph():
    G = annotate(nx.MultiDiGraph())
    assert G.graph == {"modularity": 0.0, "communities": []}
