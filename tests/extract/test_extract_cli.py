"""`kg extract` and `kg eval` through the real command line."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = [
    {"id": "a", "title": "Conda: Column-Normalized Adam",
     "abstract": "We test on ImageNet-1K. https://github.com/o/r."},
    {"id": "b", "title": "BERT", "abstract": ""},
    {"id": "c", "title": "Nothing", "abstract": "Plain text."},
]


def test_malformed_lines_reported_with_line_numbers(tmp_path: Path, capsys) -> None:
    src = write_lines(tmp_path / "in.jsonl", [
        json.dumps(GOOD[0]),
        "{not json",
        "",
        "[1, 2]",
        json.dumps({"title": "no id"}),
        json.dumps(GOOD[1]),
        json.dumps({"id": None, "title": "null id"}),
        json.dumps(GOOD[2]),
    ])
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{src}:2: skipped: invalid JSON")
    assert err[1:] == [f"{src}:4: skipped: not a JSON object", f"{src}:5: skipped: no id",
                       f"{src}:7: skipped: no id"]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "c"]
    assert records[0]["repos"] == ["https://github.com/o/r"]


def test_hf_daily_papers_api_objects_are_read_as_their_paper(tmp_path: Path, capsys) -> None:
    hf = {"paper": {"id": "2212.11696", "title": "Reversible Column Networks",
                    "summary": "We propose RevCol, a new\nneural network design.",
                    "githubRepo": "https://github.com/megvii-research/RevCol.git"},
          "title": "Reversible Column Networks", "numComments": 2}
    untitled = {"paper": {"id": "2301.00001", "summary": "No title here."}}
    src = write_lines(tmp_path / "in.jsonl", [json.dumps(hf), json.dumps(untitled), json.dumps(GOOD[2])])
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out)]) == 1
    assert capsys.readouterr().err.splitlines() == [f"{src}:2: skipped: record has no title"]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["2212.11696", "c"]
    assert records[0]["repos"] == ["https://github.com/megvii-research/RevCol"]
    assert {"name": "RevCol", "proposed": True}.items() <= records[0]["methods"][0].items()


def test_clean_input_exits_zero_and_stdout(tmp_path: Path, capsys) -> None:
    src = write_lines(tmp_path / "in.jsonl", [json.dumps(r) for r in GOOD])
    assert main(["extract", str(src), "-o", "-"]) == 0
    captured = capsys.readouterr()
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == ["a", "b", "c"]
    assert captured.err == ""  # no progress bar when stderr is not a terminal


def test_gzip_input_and_deterministic_bytes(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl.gz"
    src.write_bytes(gzip.compress(("\n".join(json.dumps(r) for r in GOOD) + "\n").encode()))
    one, two = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    assert main(["extract", str(src), "-o", str(one)]) == 0
    assert main(["extract", str(src), "-o", str(two), "--processes", "2"]) == 0
    assert one.read_bytes() == two.read_bytes()


def test_missing_input_leaves_old_output(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    assert main(["extract", str(tmp_path / "absent.jsonl"), "-o", str(out)]) == 2
    assert "absent.jsonl: cannot read" in capsys.readouterr().err
    assert out.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temporary file left


def test_subprocess_parallel_equals_serial_on_dev(shared_dir: Path, tmp_path: Path) -> None:
    papers = shared_dir / "eval" / "dev.papers.jsonl"
    outs = []
    for n in (1, 2):
        out = tmp_path / f"out{n}.jsonl"
        proc = subprocess.run([sys.executable, "-m", "kg", "extract", str(papers), "-o", str(out),
                               "--processes", str(n)], capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    lines = outs[0].decode().splitlines()
    ids = [json.loads(line)["id"] for line in papers.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [json.loads(line)["id"] for line in lines] == ids


def test_eval_scores_given_files(shared_dir: Path, tmp_path: Path, capsys) -> None:
    gold = shared_dir / "eval" / "dev.gold.jsonl"
    assert main(["eval", str(gold), str(gold), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert all(result[k]["f1"] == 1.0 for k in ("methods", "datasets", "repos"))
    first = json.loads(gold.read_text(encoding="utf-8").splitlines()[0])["id"]
    one = write_lines(tmp_path / "one.jsonl", [json.dumps({"id": first})])
    assert main(["eval", str(gold), str(one)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["type", "P", "R", "F1", "hits", "pred", "gold"]
    assert "papers with no prediction: 119 of 120" in out
    # predictions for other papers altogether are an error, not a table of zeros
    other = write_lines(tmp_path / "other.jsonl", [json.dumps({"id": "none"})])
    assert main(["eval", str(gold), str(other)]) == 2
    err = capsys.readouterr().err
    assert str(other) in err and "none of its 1 record ids" in err and err.count("\n") == 1


def test_eval_without_shared_dir_is_a_clear_error(tmp_path: Path, capsys) -> None:
    assert main(["eval", "--shared", str(tmp_path)]) == 2
    assert "eval/score.py not found" in capsys.readouterr().err
    assert main(["eval", "only-gold.jsonl"]) == 2
    assert "both GOLD and PRED" in capsys.readouterr().err


def test_bad_processes_argument(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["extract", "x.jsonl", "-o", "-", "--processes", "0"])
    assert "at least 1" in capsys.readouterr().err


def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    import fcntl
    import os
    import pty
    import struct
    import termios

    src = write_lines(tmp_path / "in.jsonl", [json.dumps(r) for r in GOOD])
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = subprocess.run([sys.executable, "-m", "kg", "extract", str(src), "-o", str(tmp_path / "o.jsonl")],
                          stderr=slave, stdout=subprocess.DEVNULL, timeout=120)
    os.close(slave)
    written = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        written += chunk
    os.close(master)
    assert proc.returncode == 0
    assert b"3/3" in written and b"paper" in written


def test_stdin_to_stdout_via_python_m() -> None:
    lines = "\n".join([json.dumps(GOOD[1]), "oops", json.dumps(GOOD[2])]) + "\n"
    proc = subprocess.run([sys.executable, "-m", "kg", "extract", "-", "-o", "-"], input=lines,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert [json.loads(line)["id"] for line in proc.stdout.splitlines()] == ["b", "c"]
    assert any(line.startswith("<stdin>:2: skipped: invalid JSON") for line in proc.stderr.splitlines()), proc.stderr


def test_an_over_long_line_is_skipped_unread(tmp_path: Path, capsys, monkeypatch) -> None:
    """A line of MAX_LINE_CHARS or more (valid JSON or not) is one skipped line, never held whole: memory stays
    bounded (a 100 MB line took 290 MB more, read and parsed); the lines around it are read."""
    from kg.extract import cli

    monkeypatch.setattr(cli, "MAX_LINE_CHARS", 1_000)
    src = write_lines(tmp_path / "in.jsonl", [
        json.dumps(GOOD[0]),
        json.dumps({"id": "big", "title": "T", "abstract": "We use BERT. " * 200}),
        '{"id": "bad", "abstract": "' + "x" * 5_000,
        json.dumps(GOOD[1]),
    ])
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [f"{src}:{n}: skipped: a line of 1,000+ characters (not read)" for n in (2, 3)]
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["a", "b"]


def test_gzip_on_stdin_is_read() -> None:
    import gzip
    lines = "\n".join(json.dumps(r) for r in GOOD[:2]) + "\n"
    proc = subprocess.run([sys.executable, "-m", "kg", "extract", "-", "-o", "-"], input=gzip.compress(lines.encode()),
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["id"] for line in proc.stdout.decode().splitlines()] == [r["id"] for r in GOOD[:2]]
