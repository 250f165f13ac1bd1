"""`kg build --update` and `KnowledgeGraph.add` give the same outputs as a full rebuild; `--processes 2` == 1.

Inputs are real slices of ../shared/corpora: day 1 is 120 arXiv listings; day 2 adds 60 more arXiv
listings and the Hugging Face Daily Papers records of the same papers (so day-1 papers change by
merging with their HF copies) plus HF papers that are not on arXiv.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from kg.cli import main

N_DAY1, N_DAY2 = 120, 60


@pytest.fixture(scope="module")
def days(shared_dir, tmp_path_factory):
    corpora = shared_dir / "corpora"
    with gzip.open(corpora / "arxiv_cs_2025-03-18_to_2026-07-01.jsonl.gz", "rt", encoding="utf-8") as f:
        arxiv = [next(f) for _ in range(N_DAY1 + N_DAY2)]
    arxiv_ids = [json.loads(line)["id"] for line in arxiv]
    wanted = set(arxiv_ids)
    hf_same, hf_other = [], []
    with gzip.open(corpora / "hf_daily_papers_2024-05-27_to_2026-08-21.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            pid = json.loads(line)["paper"]["id"]
            if pid in wanted:
                hf_same.append(line)
            elif len(hf_other) < 40 and pid >= "2503":
                hf_other.append(line)
    d = tmp_path_factory.mktemp("days")
    (d / "day1_arxiv.jsonl").write_text("".join(arxiv[:N_DAY1]), encoding="utf-8")
    (d / "day2_arxiv.jsonl").write_text("".join(arxiv[N_DAY1:]), encoding="utf-8")
    (d / "day2_hf.jsonl").write_text("".join(hf_same + hf_other), encoding="utf-8")
    touched = {json.loads(line)["paper"]["id"] for line in hf_same} & set(arxiv_ids[:N_DAY1])
    assert touched, "the slice must contain day-1 papers that day 2 changes"
    return {
        "day1": [d / "day1_arxiv.jsonl"],
        "day2": [d / "day2_arxiv.jsonl", d / "day2_hf.jsonl"],
        "unchanged_day1": N_DAY1 - len(touched),
        "root": d,
    }


@pytest.fixture(scope="module")
def full_build(days):
    out = days["root"] / "full"
    status = main(["build", *map(str, days["day1"] + days["day2"]), "-o", str(out)])
    assert status in (0, 1)
    return out


def _files(d: Path) -> dict[str, bytes]:
    return {p.relative_to(d).as_posix(): p.read_bytes()
            for p in sorted(d.rglob("*")) if p.is_file() and "store" not in p.relative_to(d).parts}


def _assert_same_outputs(a: Path, b: Path) -> None:
    fa, fb = _files(a), _files(b)
    assert sorted(fa) == sorted(fb)
    assert {"papers.jsonl", "extractions.jsonl", "graph.json", "graph.graphml"} <= set(fa)
    different = [name for name in fa if fa[name] != fb[name]]
    assert different == [], f"files differ from a full rebuild: {different}"


def test_update_equals_full_rebuild(days, full_build, capsys):
    inc = days["root"] / "inc"
    assert main(["build", *map(str, days["day1"]), "-o", str(inc)]) in (0, 1)
    day1_papers = (inc / "papers.jsonl").read_text(encoding="utf-8").count("\n")
    capsys.readouterr()
    assert main(["build", "--update", str(inc), *map(str, days["day2"])]) in (0, 1)
    err = capsys.readouterr().err
    m = re.search(r"(\d+) papers \((\d+) new\): (\d+) extractions reused, (\d+) new or changed", err)
    assert m, err
    total, new, reused, extracted = map(int, m.groups())
    assert total == (full_build / "papers.jsonl").read_text(encoding="utf-8").count("\n")
    assert new == total - day1_papers > 0
    # only day-1 papers that day 2 did not touch keep their extraction; everything else is extracted
    assert reused == days["unchanged_day1"]
    assert extracted == total - reused
    _assert_same_outputs(full_build, inc)


def test_api_add_equals_full_rebuild(days, full_build, tmp_path):
    import kg

    g = kg.build(days["day1"])
    added = g.add(days["day2"])
    assert added > 0
    g.save(tmp_path / "added")
    _assert_same_outputs(full_build, tmp_path / "added")


def test_processes_2_equals_1(days, full_build):
    par = days["root"] / "par"
    assert main(["build", *map(str, days["day1"] + days["day2"]), "-o", str(par), "--processes", "2"]) in (0, 1)
    _assert_same_outputs(full_build, par)


def test_update_of_a_non_build_directory_is_a_clear_error(tmp_path, capsys, days):
    assert main(["build", "--update", str(tmp_path), *map(str, days["day2"])]) == 2
    assert "papers.jsonl" in capsys.readouterr().err


def test_update_keeps_the_builds_min_confidence_and_seed(days, full_build, tmp_path, capsys):
    settings = ["--min-confidence", "0.6", "--seed", "5"]
    full = tmp_path / "full"
    assert main(["build", *map(str, days["day1"] + days["day2"]), "-o", str(full), *settings]) in (0, 1)
    inc = tmp_path / "inc"
    assert main(["build", *map(str, days["day1"]), "-o", str(inc), *settings]) in (0, 1)
    assert main(["build", "--update", str(inc), *map(str, days["day2"])]) in (0, 1)  # settings not repeated
    _assert_same_outputs(full, inc)
    graph = json.loads((inc / "graph.json").read_text(encoding="utf-8"))["graph"]
    assert (graph["min_confidence"], graph["seed"]) == (0.6, 5)
    assert "Louvain (seed 5)" in (inc / "report.md").read_text(encoding="utf-8")
    # given again, they win: back to the defaults gives the plain full build
    assert main(["build", "--update", str(inc), *map(str, days["day2"]), "--min-confidence", "0", "--seed", "0"]) \
        in (0, 1)
    _assert_same_outputs(full_build, inc)
