"""to_rdf / write_rdf on a hand-made graph: counts, vocabulary, validity, determinism."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import resources

import pytest
from networkx.readwrite import json_graph
from rdflib import DCTERMS, PROV, RDF, RDFS, SDO, SKOS, XSD, BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.rdf import KG, to_rdf, write_rdf
from tests.rdf.conftest import HOSTILE, make_graph

BASE = "https://w3id.org/paperkg/"


def _count(g, cls):
    return len(set(g.subjects(RDF.type, cls)))


def test_counts_per_class(small_graph):
    g = to_rdf(small_graph)
    assert _count(g, SDO.ScholarlyArticle) == 2
    assert _count(g, KG.Method) == 2
    assert _count(g, SDO.Dataset) == 1
    assert _count(g, KG.Task) == 1
    assert _count(g, SDO.SoftwareSourceCode) == 1
    assert _count(g, SDO.Organization) == 1
    assert _count(g, SDO.Person) == 1
    assert _count(g, KG.Community) == 2
    assert _count(g, KG.Partition) == 1
    # one evidence node per mention, and one for a link with a confidence but no mention
    assert _count(g, KG.Evidence) == 2 + 1 + 1 + 1 + 1


def test_links_use_standard_vocabularies(small_graph):
    g = to_rdf(small_graph)
    paper = URIRef(BASE + "paper/2212.11696")
    repo = URIRef("https://github.com/megvii-research/RevCol")
    assert (paper, SDO.codeRepository, repo) in g
    assert (repo, SDO.url, repo) in g
    assert (paper, KG.proposes, URIRef(BASE + "method/revcol")) in g
    assert (paper, KG.evaluatedOn, URIRef(BASE + "dataset/imagenet")) in g
    assert (paper, KG.addressesTask, URIRef(BASE + "task/image-classification")) in g
    assert (paper, SDO.sourceOrganization, URIRef(BASE + "organization/megvii")) in g
    assert (paper, SDO.author, URIRef(BASE + "author/jane-doe")) in g
    assert (paper, SDO.datePublished, Literal("2022-12-22", datatype=XSD.date)) in g
    assert (paper, SDO.sameAs, URIRef("https://arxiv.org/abs/2212.11696")) in g
    assert (paper, DCTERMS.source, Literal("seeds/000.txt")) in g
    assert (paper, KG.upvotes, Literal(7, datatype=XSD.integer)) in g
    assert (paper, KG.community, URIRef(BASE + "community/0")) in g
    dates = {d.datatype for d in g.objects(None, SDO.datePublished)}
    assert dates == {XSD.date, XSD.gMonthDay}
    # an unsafe URL is kept as text, a safe one is escaped into an IRI
    assert (paper, SDO.url, URIRef("https://example.org/a%20b")) in g
    assert (paper, KG.rawUrl, Literal("javascript:alert(1)")) in g
    assert not any(str(o).startswith("javascript:") for o in g.objects(None, SDO.url))


def test_every_node_labelled_and_aliases_are_alt_labels(small_graph):
    g = to_rdf(small_graph)
    for cls in (SDO.ScholarlyArticle, KG.Method, SDO.Dataset, KG.Task, SDO.SoftwareSourceCode,
                SDO.Organization, SDO.Person, KG.Community):
        for s in g.subjects(RDF.type, cls):
            assert len(list(g.objects(s, RDFS.label))) == 1, s
    revcol = URIRef(BASE + "method/revcol")
    assert set(g.objects(revcol, SKOS.altLabel)) == {Literal("Reversible Column Network")}
    assert Literal(HOSTILE) in set(g.objects(None, RDFS.label))  # text kept exactly, as a literal


def test_evidence_reifies_the_link(small_graph):
    g = to_rdf(small_graph)
    paper = URIRef(BASE + "paper/2212.11696")
    evs = [e for e in g.objects(paper, KG.hasEvidence) if (e, RDF.predicate, KG.proposes) in g]
    assert len(evs) == 2
    ev = next(e for e in evs if (e, KG.field, Literal("abstract")) in g)
    assert (ev, RDF.subject, paper) in g and (ev, RDF.object, URIRef(BASE + "method/revcol")) in g
    assert (ev, PROV.value, Literal("We propose RevCol.")) in g
    assert (ev, KG.start, Literal(11, datatype=XSD.integer)) in g
    assert (ev, KG.end, Literal(17, datatype=XSD.integer)) in g
    assert (ev, KG.rule, Literal("abbreviation")) in g
    assert (ev, KG.edgeType, Literal("proposes")) in g
    assert float(g.value(ev, KG.confidence)) == pytest.approx(0.93)
    assert (ev, PROV.wasDerivedFrom, paper) in g


def test_input_graph_not_modified(small_graph):
    before = json.dumps(json_graph.node_link_data(small_graph, edges="links"), sort_keys=True)
    to_rdf(small_graph)
    assert json.dumps(json_graph.node_link_data(small_graph, edges="links"), sort_keys=True) == before


def test_configurable_base_and_no_blank_nodes(small_graph):
    g = to_rdf(small_graph, base="https://example.org/kg/")
    subjects = set(g.subjects())
    assert URIRef("https://example.org/kg/method/revcol") in subjects
    assert all(isinstance(s, URIRef) for s in subjects)  # no blank nodes: stable output
    with pytest.raises(ValueError):
        to_rdf(small_graph, base="not a base")


def test_files_round_trip_and_agree(small_graph, tmp_path):
    paths = write_rdf(small_graph, tmp_path, jsonld=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.jsonld", "graph.nt", "graph.ttl"]
    expected = to_rdf(small_graph)
    for fmt, path in (("nt", paths["nt"]), ("turtle", paths["ttl"]), ("json-ld", paths["jsonld"])):
        parsed = Graph().parse(path, format=fmt)
        assert isomorphic(parsed, expected), fmt
    lines = paths["nt"].read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(expected)


def test_same_bytes_twice_and_across_processes(small_graph, tmp_path):
    write_rdf(small_graph, tmp_path / "a", jsonld=True)
    write_rdf(make_graph(), tmp_path / "b", jsonld=True)
    code = ("import sys; from tests.rdf.conftest import make_graph; from kg.rdf import write_rdf; "
            "write_rdf(make_graph(), sys.argv[1], jsonld=True)")
    env = dict(os.environ, PYTHONHASHSEED="12345")
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "c")], check=True, env=env,
                   cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    for name in ("graph.nt", "graph.ttl", "graph.jsonld"):
        a = (tmp_path / "a" / name).read_bytes()
        assert a == (tmp_path / "b" / name).read_bytes() == (tmp_path / "c" / name).read_bytes(), name


def test_rdflib_graph_and_networkx_graph_give_the_same_files(small_graph, tmp_path):
    write_rdf(small_graph, tmp_path / "nx")
    write_rdf(to_rdf(small_graph), tmp_path / "rdf")
    for name in ("graph.nt", "graph.ttl"):
        assert (tmp_path / "nx" / name).read_bytes() == (tmp_path / "rdf" / name).read_bytes(), name


def test_rapper_accepts_turtle_and_ntriples(small_graph, tmp_path, rapper):
    paths = write_rdf(small_graph, tmp_path)
    n = len(to_rdf(small_graph))
    for fmt, path in (("turtle", paths["ttl"]), ("ntriples", paths["nt"])):
        run = subprocess.run([rapper, "-i", fmt, "-c", str(path)], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        assert f"returned {n} triples" in run.stderr
        assert "Error" not in run.stderr and "Warning" not in run.stderr


def test_ontology_and_shapes_parse_and_declare_every_term(rapper):
    onto = Graph().parse(data=resources.files("kg.rdf").joinpath("ontology.ttl").read_text(), format="turtle")
    Graph().parse(data=resources.files("kg.rdf").joinpath("shapes.ttl").read_text(), format="turtle")
    declared = {s for s in onto.subjects(RDFS.label, None)}
    names = [n for n in KG.__annotations__]
    assert names and all(KG[n] in declared for n in names), [n for n in names if KG[n] not in declared]
    for name in ("ontology.ttl", "shapes.ttl"):
        path = resources.files("kg.rdf").joinpath(name)
        run = subprocess.run([rapper, "-i", "turtle", "-c", str(path)], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr


def test_vocabulary_rejects_unknown_terms():
    with pytest.raises(AttributeError):
        KG.usesMethdo  # noqa: B018 (typo on purpose)


def _shacl(g):
    pyshacl = pytest.importorskip("pyshacl")
    shapes = Graph().parse(data=resources.files("kg.rdf").joinpath("shapes.ttl").read_text(), format="turtle")
    conforms, _, text = pyshacl.validate(g, shacl_graph=shapes)
    return conforms, text


def test_shacl_conforms(small_graph):
    conforms, text = _shacl(to_rdf(small_graph))
    assert conforms, text


@pytest.mark.parametrize("breakage", ["no_label", "bad_confidence", "repo_not_github", "evidence_no_subject"])
def test_shacl_catches_a_broken_graph(small_graph, breakage):
    g = to_rdf(small_graph)
    revcol = URIRef(BASE + "method/revcol")
    ev = next(g.subjects(RDF.type, KG.Evidence))
    if breakage == "no_label":
        g.remove((revcol, RDFS.label, None))
    elif breakage == "bad_confidence":
        g.set((ev, KG.confidence, Literal(1.5)))
    elif breakage == "repo_not_github":
        g.add((URIRef("https://evil.example/x"), RDF.type, SDO.SoftwareSourceCode))
        g.add((URIRef("https://evil.example/x"), RDFS.label, Literal("x")))
    else:
        g.remove((ev, RDF.subject, None))
    conforms, text = _shacl(g)
    assert not conforms, breakage


def test_build_settings_other_than_the_defaults_are_described(small_graph):
    assert (None, RDF.type, KG.Build) not in to_rdf(small_graph)  # a default build has no settings to tell
    small_graph.graph.update(min_confidence=0.5, seed=7)
    g = to_rdf(small_graph)
    build = URIRef(BASE + "build")
    assert (build, RDF.type, KG.Build) in g
    assert g.value(build, KG.minConfidence).toPython() == 0.5
    assert g.value(build, KG.louvainSeed).toPython() == 7
    assert _shacl(g)[0]
    g.set((build, KG.minConfidence, Literal(1.5)))
    assert not _shacl(g)[0]


def test_jsonld_is_compact_with_our_prefixes_and_reads_back_exactly(small_graph, tmp_path):
    paths = write_rdf(small_graph, tmp_path, jsonld=True)
    doc = json.loads(paths["jsonld"].read_text(encoding="utf-8"))
    assert doc["@context"]["kg"] == str(KG._NS) and doc["@context"]["schema"] == str(SDO)
    keys = {k for node in doc["@graph"] for k in node}
    assert "kg:proposes" in keys and "rdfs:label" in keys and not any(k.startswith("http") for k in keys)
    revcol = next(n for n in doc["@graph"] if n["@id"] == BASE + "method/revcol")
    assert revcol["@type"] == ["kg:Method"]
    # typed values keep their lexical form: the JSON-LD and the N-Triples are the same graph
    assert isomorphic(Graph().parse(paths["jsonld"], format="json-ld"), Graph().parse(paths["nt"], format="nt"))


def test_compact_jsonld_keeps_language_tags_datatypes_and_blank_nodes(tmp_path):
    from kg.rdf.jsonld import write_compact_jsonld
    g = Graph()
    s, b = URIRef("https://e.org/a"), URIRef("https://e.org/b")
    g.add((s, RDFS.label, Literal("Bonjour", lang="fr")))
    g.add((s, KG.degree, Literal(3, datatype=XSD.integer)))
    g.add((s, RDFS.comment, Literal('quote " and \\ backslash\nnew line')))
    g.add((s, RDFS.seeAlso, b))
    g.add((BNode(), RDFS.seeAlso, s))
    nt = tmp_path / "g.nt"
    nt.write_text("".join(sorted(line + "\n" for line in g.serialize(format="nt").splitlines() if line)))
    out = tmp_path / "g.jsonld"
    with out.open("wb") as f:
        assert write_compact_jsonld(nt, f, {"rdfs": str(RDFS), "kg": str(KG._NS)}) == 2
    assert isomorphic(Graph().parse(out, format="json-ld"), g)
