"""``kg build`` and ``kg stats`` through the real command line."""

from __future__ import annotations

import json

import pytest

from kg.cli import main

PAPERS = [
    {"id": "2401.00001", "title": "Fine-tuning BERT on GLUE",
     "abstract": "We fine-tune BERT on the GLUE benchmark for natural language understanding."},
    {"id": "2401.00002", "title": "ResNet for image classification",
     "abstract": "We train ResNet-50 on ImageNet for image classification. Code: https://github.com/a/resnet-x"},
    {"id": "2401.00003", "title": "Distilling BERT",
     "abstract": "We distill BERT with knowledge distillation and evaluate on GLUE."},
]


def _inputs(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "papers.jsonl").write_text("".join(json.dumps(p) + "\n" for p in PAPERS), encoding="utf-8")
    return d


def _files(d):
    return sorted(p.name for p in d.iterdir() if p.is_file())


def test_build_writes_outputs_and_summary(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(_inputs(tmp_path)), "-o", str(out)]) == 0
    stdout, stderr = capsys.readouterr()
    assert "3 papers" in stdout and "communities" in stdout and "0 skipped" in stdout
    assert stderr == ""
    assert {"papers.jsonl", "extractions.jsonl", "skipped.txt", "graph.graphml", "graph.gexf",
            "graph.json", "report.md", "degree_distribution.png"} <= set(_files(out))
    assert (out / "skipped.txt").read_text() == ""
    assert len((out / "extractions.jsonl").read_text().splitlines()) == 3


def test_build_twice_gives_identical_bytes(tmp_path, capsys):
    src = _inputs(tmp_path)
    assert main(["build", str(src), "-o", str(tmp_path / "a")]) == 0
    assert main(["build", str(src), "-o", str(tmp_path / "b"), "--processes", "2"]) == 0
    names = _files(tmp_path / "a")
    assert names == _files(tmp_path / "b")
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_skipped_inputs_exit_1_and_are_printed(tmp_path, capsys):
    src = _inputs(tmp_path)
    (src / "junk.bin").write_bytes(b"\x00\x01\x02")
    out = tmp_path / "out"
    assert main(["build", str(src), "-o", str(out)]) == 1
    stdout, stderr = capsys.readouterr()
    assert "junk.bin" in stderr and "skipped" in stderr
    assert "1 skipped" in stdout
    assert "junk.bin" in (out / "skipped.txt").read_text()
    assert (out / "graph.json").exists()


def test_update_lists_each_skipped_line_once_and_drops_it_once_mended(tmp_path, capsys):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text('{"id": "2401.00001", "title": "BERT", "abstract": "We use BERT."}\nnot json\n')
    b.write_text('{"id": "2401.00002", "title": "GPT", "abstract": "We use GPT."}\n')
    out = tmp_path / "out"
    assert main(["build", str(a), "-o", str(out)]) == 1
    skipped = (out / "skipped.txt").read_text().splitlines()
    assert len(skipped) == 1 and f"{a}:2: skipped" in skipped[0]
    # the same file again, then another file: the bad line is still listed, once
    main(["build", "--update", str(out), str(a)])
    main(["build", "--update", str(out), str(b)])
    assert (out / "skipped.txt").read_text().splitlines() == skipped
    # the line mended and the file read again: nothing is skipped any more
    a.write_text('{"id": "2401.00001", "title": "BERT", "abstract": "We use BERT."}\n'
                 '{"id": "2401.00003", "title": "T5", "abstract": "We use T5."}\n')
    assert main(["build", "--update", str(out), str(a)]) == 0
    assert (out / "skipped.txt").read_text() == ""
    assert "3 papers" in capsys.readouterr().out


def test_stats_prints_counts_top_entities_and_communities(tmp_path, capsys):
    out = tmp_path / "out"
    main(["build", str(_inputs(tmp_path)), "-o", str(out)])
    capsys.readouterr()
    assert main(["stats", str(out)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("nodes: ")
    assert "paper 3" in text and "edges: " in text
    assert "top methods by PageRank:" in text and "BERT" in text
    assert "communities: " in text and "modularity" in text


def test_stats_on_a_non_build_directory_is_a_clear_error(tmp_path, capsys):
    assert main(["stats", str(tmp_path)]) == 2
    assert "graph.json: missing" in capsys.readouterr().err


@pytest.mark.slow
def test_seeds_build_meets_the_acceptance_numbers(seeds_dir, tmp_path, capsys):
    """355 papers, 76 repositories, a community on every node, modularity >= 0.3, same bytes twice."""
    from kg import load

    a, b = tmp_path / "a", tmp_path / "b"
    assert main(["build", str(seeds_dir), "-o", str(a)]) == 0
    g = load(a)
    types = [t for _, t in g.nx.nodes(data="type")]
    assert types.count("paper") == 355
    assert types.count("repository") == 76
    assert all("community" in d for _, d in g.nx.nodes(data=True))
    assert g.nx.graph["modularity"] >= 0.3
    top = [g.nx.nodes[n]["name"] for n, _ in g.centrality("pagerank", type="method", top=5)]
    assert "Transformer" in top
    assert main(["build", str(seeds_dir), "-o", str(b)]) == 0
    for name in _files(a):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def _entity_confidences(build_dir):
    records = [json.loads(line) for line in (build_dir / "extractions.jsonl").read_text(encoding="utf-8").splitlines()]
    return [e["confidence"] for r in records for kind in ("methods", "datasets", "tasks") for e in r.get(kind, [])]


def test_min_confidence_leaves_low_confidence_entities_out_of_the_graph_only(tmp_path, capsys):
    inputs = _inputs(tmp_path)
    assert main(["build", str(inputs), "-o", str(tmp_path / "all")]) == 0
    confidences = _entity_confidences(tmp_path / "all")
    threshold = sorted(confidences)[len(confidences) // 2]
    below = sum(c < threshold for c in confidences)
    assert 0 < below < len(confidences)
    capsys.readouterr()

    out = tmp_path / "strict"
    assert main(["build", str(inputs), "-o", str(out), "--min-confidence", str(threshold)]) == 0
    assert f"{below} extracted entities below confidence {threshold:g} left out" in capsys.readouterr().out
    # the extractions keep everything; only the graph is thresholded
    assert (out / "extractions.jsonl").read_bytes() == (tmp_path / "all" / "extractions.jsonl").read_bytes()
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert graph["graph"]["min_confidence"] == threshold
    entity_edges = [e for e in graph["edges"] if e["type"] in ("uses", "evaluated_on", "addresses", "proposes")]
    assert entity_edges and min(e["confidence"] for e in entity_edges) >= threshold
    full = json.loads((tmp_path / "all" / "graph.json").read_text(encoding="utf-8"))
    full_edges = [e for e in full["edges"] if e["type"] in ("uses", "evaluated_on", "addresses", "proposes")]
    assert len(entity_edges) < len(full_edges)
    assert {(e["source"], e["target"]) for e in full_edges if e["confidence"] >= threshold} \
        == {(e["source"], e["target"]) for e in entity_edges}
    assert main(["stats", str(out)]) == 0
    assert f"min confidence: {threshold:g}" in capsys.readouterr().out
    assert f"confidence below {threshold:g}" in (out / "report.md").read_text(encoding="utf-8")
    # the RDF says so too (a default build has no kg:Build at all)
    ask = "SELECT ?c WHERE { ?b a kg:Build ; kg:minConfidence ?c }"
    assert main(["query", ask, "--graph", str(out), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["results"]["bindings"]
    assert [float(r["c"]["value"]) for r in rows] == [threshold]
    assert "ns#Build" not in (tmp_path / "all" / "graph.nt").read_text(encoding="utf-8")


@pytest.mark.parametrize("value", ["1.5", "-0.1", "high"])
def test_min_confidence_out_of_range_is_a_one_line_error(tmp_path, capsys, value):
    with pytest.raises(SystemExit) as exc:
        main(["build", str(_inputs(tmp_path)), "-o", str(tmp_path / "out"), "--min-confidence", value])
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert "--min-confidence" in err[-1] and value in err[-1]
    assert not (tmp_path / "out").exists()


def test_update_rewrites_jsonld_and_keeps_the_threshold(tmp_path, capsys):
    inputs, out = _inputs(tmp_path), tmp_path / "out"
    assert main(["build", str(inputs), "-o", str(out), "--jsonld", "--min-confidence", "0.8"]) == 0
    new = tmp_path / "new.jsonl"
    new.write_text(json.dumps({"id": "2401.00004", "title": "Pruning ResNet",
                               "abstract": "We prune ResNet-50 on ImageNet."}) + "\n", encoding="utf-8")
    assert main(["build", "--update", str(out), str(new), "--jsonld"]) == 0
    assert "below confidence 0.8 left out" in capsys.readouterr().out
    assert "2401.00004" in (out / "graph.jsonld").read_text(encoding="utf-8")
    assert json.loads((out / "graph.json").read_text(encoding="utf-8"))["graph"]["min_confidence"] == 0.8
    # without --jsonld the build's graph.jsonld is rewritten too, not left stale
    newer = tmp_path / "newer.jsonl"
    newer.write_text(json.dumps({"id": "2401.00005", "title": "Tuning ViT",
                                 "abstract": "We tune ViT on CIFAR-10."}) + "\n", encoding="utf-8")
    assert main(["build", "--update", str(out), str(newer)]) == 0
    assert "2401.00005" in (out / "graph.jsonld").read_text(encoding="utf-8")
    # nor when the update is written to another folder
    assert main(["build", "--update", str(out), "-o", str(tmp_path / "elsewhere")]) == 0
    assert "2401.00005" in (tmp_path / "elsewhere" / "graph.jsonld").read_text(encoding="utf-8")


@pytest.mark.parametrize("attrs", ['"min_confidence":1.5', '"min_confidence":true', '"seed":"x"'])
def test_update_of_a_build_with_broken_settings_names_graph_json(tmp_path, capsys, attrs):
    inputs, out = _inputs(tmp_path), tmp_path / "out"
    assert main(["build", str(inputs), "-o", str(out)]) == 0
    path = out / "graph.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"graph": {', '"graph": {' + attrs + ",", 1),
                    encoding="utf-8")
    capsys.readouterr()
    assert main(["build", "--update", str(out), str(inputs)]) == 2
    err = capsys.readouterr().err.strip()
    assert str(path) in err and len(err.splitlines()) == 1
    assert "extractions reused" not in err  # refused before planning or extracting anything


def test_output_paths_that_cannot_be_written_are_one_line_errors(tmp_path, capsys):
    inputs = _inputs(tmp_path)
    a_file = tmp_path / "a_file"
    a_file.write_text("", encoding="utf-8")
    # kg build says so before extracting anything
    assert main(["build", str(inputs), "-o", str(a_file)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kg: error: {a_file}: exists and is not a directory") and err.count("\n") == 1
    # any command whose output lies under a file: the file system's reason, naming the path
    for argv in (["extract", str(inputs / "papers.jsonl"), "-o", str(a_file / "x.jsonl")],
                 ["papers", str(inputs), "-o", str(a_file / "x.jsonl")]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"kg: error: {a_file}") and err.count("\n") == 1 and "Traceback" not in err


def test_stats_top_must_be_a_count(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["stats", str(tmp_path), "--top", "-1"])
    assert exc.value.code == 2 and "expected a count of 0 or more, not '-1'" in capsys.readouterr().err


def test_update_without_paths_rebuilds_with_new_settings_and_extracts_nothing(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(_inputs(tmp_path)), "-o", str(out)]) == 0
    before = (out / "graph.json").read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["build", "--update", str(out), "--min-confidence", "0.8"]) == 0
    captured = capsys.readouterr()
    assert "3 papers (0 new): 3 extractions reused, 0 new or changed papers extracted" in captured.err
    assert "below confidence 0.8 left out" in captured.out
    after = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert after["graph"]["min_confidence"] == 0.8 and len(after["nodes"]) < len(json.loads(before)["nodes"])
    assert main(["build"]) == 2
    assert "needs PATHS" in capsys.readouterr().err


def test_version_is_the_package_version(capsys):
    import tomllib
    from pathlib import Path
    declared = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())["project"]["version"]
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and capsys.readouterr().out.strip() == f"kg (paperkg) {declared}"
