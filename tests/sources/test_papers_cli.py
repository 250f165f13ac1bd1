"""``kg papers``: output formats, exit status, messages on stderr."""

from __future__ import annotations

import json
import subprocess
import sys

from kg.cli import main


def test_jsonl_output_via_main(tmp_path, capsys):
    (tmp_path / "p.csv").write_text("title,abstract,id\nB paper,b,2401.00002\nA paper,a,2401.00001\n")
    assert main(["papers", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["2401.00001", "2401.00002"]
    assert set(rows[0]) == {"id", "title", "abstract", "published", "date_precision", "upvotes", "authors_count",
                            "authors", "organization", "arxiv_id", "github", "project_page", "categories",
                            "comment", "sources"}
    assert err == ""


def test_table_output_and_skips_give_exit_1(tmp_path, capsys):
    (tmp_path / "p.csv").write_text("title,date,upvotes\nA paper,2024-01-02,7\n")
    (tmp_path / "junk.bin").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "bad.jsonl").write_text('{"title": "B"}\nnot json\n')
    assert main(["papers", str(tmp_path), "--format", "table"]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines()[0].split() == [out.split()[0], "2024-01-02", "7", "A", "paper"]
    assert f"{tmp_path / 'bad.jsonl'}:2: skipped: invalid JSON" in err
    assert f"{tmp_path / 'junk.bin'}: skipped: binary file, not text" in err
    assert "2 papers from 2 records; 2 skipped" in err


def test_output_file_is_written(tmp_path, capsys):
    (tmp_path / "p.csv").write_text("title\nA paper\n")
    out_file = tmp_path / "out" / "papers.jsonl"
    assert main(["papers", str(tmp_path / "p.csv"), "-o", str(out_file)]) == 0
    assert json.loads(out_file.read_text())["title"] == "A paper"
    assert capsys.readouterr().out == ""


def test_subprocess_usage_error_and_seed_run(seeds_dir):
    usage = subprocess.run([sys.executable, "-m", "kg", "papers"], capture_output=True, text=True)
    assert usage.returncode == 2 and "PATH" in usage.stderr
    run = subprocess.run([sys.executable, "-m", "kg", "papers", str(seeds_dir)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert len(lines) == 355
    again = subprocess.run([sys.executable, "-m", "kg", "papers", str(seeds_dir)], capture_output=True, text=True)
    assert again.stdout == run.stdout


def test_dash_reads_standard_input_plain_or_gzip_and_names_it_in_messages():
    import gzip
    lines = b'{"id": "2401.00001", "title": "FooNet", "abstract": "We propose FooNet."}\n{"id": "x"}\n'
    for data in (lines, gzip.compress(lines)):
        done = subprocess.run([sys.executable, "-m", "kg", "papers", "-", "-"], input=data, capture_output=True)
        assert done.returncode == 1, done.stderr
        rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
        assert [(r["id"], r["sources"]) for r in rows] == [("2401.00001", ["<stdin>"])]
        assert "<stdin>:2: skipped: record has no title" in done.stderr.decode()
        assert "1 papers from 1 records; 1 skipped" in done.stderr.decode()  # read once though named twice


def test_a_file_named_dash_is_a_file_and_pipes_named_by_path_are_read(tmp_path):
    (tmp_path / "-").write_text('{"title": "FromFile"}\n')
    for args in (["./-"], ["."]):
        done = subprocess.run([sys.executable, "-m", "kg", "papers", "--format", "table", *args], cwd=tmp_path,
                              input=b'{"title": "FromStdin"}\n', capture_output=True)
        assert done.returncode == 0 and b"FromFile" in done.stdout and b"FromStdin" not in done.stdout, done
    done = subprocess.run([sys.executable, "-m", "kg", "papers", "--format", "table", "/dev/stdin"],
                          input=b'{"title": "Piped"}\n', capture_output=True)
    assert done.returncode == 0 and b"Piped" in done.stdout, done.stderr


def test_closed_or_empty_stdin_is_reported_not_a_traceback():
    closed = subprocess.run([sys.executable, "-m", "kg", "papers", "-"], stdin=subprocess.DEVNULL,
                            capture_output=True, text=True)
    assert closed.returncode == 1 and "<stdin>: skipped: no input" in closed.stderr
    shut = subprocess.run(f"{sys.executable} -m kg papers - <&-", shell=True, capture_output=True, text=True)
    assert shut.returncode == 1 and "<stdin>: skipped: unreadable: standard input is closed" in shut.stderr
    assert "Traceback" not in shut.stderr


def test_lone_surrogates_in_json_become_replacement_characters(tmp_path):
    (tmp_path / "s.jsonl").write_text('{"title": "x \\ud800 y"}\n[{"title": "arr \\ud83d"}]\n'
                                      '{"title": "pair \\ud83d\\ude00 ok"}\n')
    done = subprocess.run([sys.executable, "-m", "kg", "papers", str(tmp_path / "s.jsonl")], capture_output=True)
    assert done.returncode == 0, done.stderr
    titles = sorted(json.loads(line)["title"] for line in done.stdout.decode("utf-8").splitlines())
    assert titles == ["arr \ufffd", "pair \U0001F600 ok", "x \ufffd y"]
