"""load_papers over files and folders: bad inputs, deduplication across formats, determinism."""

from __future__ import annotations

import gzip
import json
import os

import pytest

from kg.sources import Paper, iter_papers, load_papers, title_id, write_papers

ABSTRACT = "We propose a new neural network design paradigm Reversible Column Network (RevCol). " * 3


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


@pytest.fixture
def mixed(tmp_path):
    """The same paper in four formats, plus one paper only in the CSV."""
    write(tmp_path / "page.txt", f"Daily Papers\n\nReversible Column Networks\n\n{ABSTRACT.strip()}\n\n"
                                 "  • 7 authors\n·\nDec 22, 2022\n")
    api = {"paper": {"id": "2212.11696", "title": "Reversible Column Networks", "summary": "Short.",
                     "authors": [{"name": "Yuxuan Cai"}, {"name": "Yizhuang Zhou"}],
                     "publishedAt": "2022-12-22T00:00:00.000Z", "upvotes": 5,
                     "githubRepo": "https://github.com/megvii-research/RevCol"}}
    write(tmp_path / "sub" / "api.json", json.dumps([api]))
    arxiv = {"id": "2212.11696v2", "title": "Reversible Column\n  Networks", "categories": ["cs.CV"],
             "authors": ["Yuxuan Cai", "Yizhuang Zhou", "Qi Han"], "summary": "Short too.",
             "comment": "Code: https://github.com/megvii-research/RevCol.", "listing_date": "2022-12-23"}
    write(tmp_path / "sub" / "deeper" / "arxiv.jsonl.gz", gzip.compress(json.dumps(arxiv).encode() + b"\n"))
    write(tmp_path / "table.csv", "title,abstract,organization\nreversible column-networks,,Megvii\n"
                                  "Another Paper,Different.,\n")
    return tmp_path


def test_dedup_across_four_formats_merges_metadata(mixed):
    result = load_papers(mixed)
    assert not result.skipped and result.records == 5
    revcol, other = sorted(result.papers, key=lambda p: p.title)[::-1]
    assert revcol.id == revcol.arxiv_id == "2212.11696"
    assert revcol.abstract == ABSTRACT.strip()  # the longest copy
    assert (revcol.published, revcol.date_precision) == ("2022-12-22", "day")
    assert (revcol.upvotes, revcol.authors_count, revcol.organization) == (5, 7, "Megvii")
    assert revcol.authors == ["Yuxuan Cai", "Yizhuang Zhou", "Qi Han"]
    assert revcol.github == ["https://github.com/megvii-research/RevCol"]
    assert revcol.categories == ["cs.CV"] and revcol.comment.startswith("Code:")
    assert len(revcol.sources) == 4
    assert other.id == title_id("Another Paper")
    assert [p.id for p in result.papers] == sorted(p.id for p in result.papers)


def test_output_is_deterministic_and_order_independent_for_ids(mixed):
    a = [p.to_dict() for p in load_papers(mixed).papers]
    b = [p.to_dict() for p in load_papers(mixed).papers]
    assert a == b
    files = sorted(str(p) for p in mixed.rglob("*") if p.is_file())
    reverse = load_papers(files[::-1])
    assert [p.id for p in reverse.papers] == [d["id"] for d in a]


def test_different_arxiv_ids_with_one_title_stay_apart(tmp_path):
    write(tmp_path / "a.jsonl", "\n".join(json.dumps({"title": "Attention", "id": i})
                                          for i in ("2401.00001", "2401.00002"))
          + "\n" + json.dumps({"title": "attention", "abstract": "joins the smaller id"}))
    result = load_papers(tmp_path)
    assert [(p.id, p.abstract) for p in result.papers] == [("2401.00001", "joins the smaller id"), ("2401.00002", "")]


@pytest.mark.parametrize("name, data, reason", [
    ("empty.json", b"", "empty file"),
    ("blank.csv", b"  \n\n\t\n", "empty file"),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file, not text"),
    ("notes.txt", b"Dear diary, today I read no papers.\n", "unrecognised format"),
    ("table.csv", b"name,score\nx,1\n", "unrecognised format"),
    ("broken.gz", b"\x1f\x8b\x08\x00garbage", "unreadable"),
    ("empty-array.json", b"[]", "no paper records found"),
])
def test_bad_files_are_named_with_a_reason_and_others_still_load(tmp_path, name, data, reason):
    write(tmp_path / name, data)
    write(tmp_path / "good.csv", "title\nGood Paper\n")
    result = load_papers(tmp_path)
    assert [p.title for p in result.papers] == ["Good Paper"]
    [skip] = result.skipped
    assert skip.source == str(tmp_path / name) and skip.line is None
    assert skip.reason.startswith(reason), skip.reason


def test_missing_path_and_unreadable_file(tmp_path):
    secret = write(tmp_path / "secret.csv", "title\nHidden\n")
    os.chmod(secret, 0)
    try:
        result = load_papers([tmp_path / "nope.json", secret])
    finally:
        os.chmod(secret, 0o644)
    reasons = [(os.path.basename(s.source), s.reason) for s in result.skipped]
    assert reasons[0] == ("nope.json", "no such file or directory")
    if os.geteuid() != 0:  # root reads anything
        assert reasons[1][0] == "secret.csv" and reasons[1][1].startswith("unreadable")


def test_hidden_files_and_folders_are_ignored(tmp_path):
    write(tmp_path / ".hidden.csv", "title\nHidden\n")
    write(tmp_path / ".git" / "x.csv", "title\nAlso hidden\n")
    write(tmp_path / "seen.csv", "title\nSeen\n")
    assert [p.title for p in load_papers(tmp_path).papers] == ["Seen"]


def test_bad_json_line_is_reported_with_its_line_number(tmp_path):
    path = write(tmp_path / "a.jsonl", '{"title": "A"}\n{"title": "B",\n\n{"title": "C"}\n')
    result = load_papers(path)
    assert sorted(p.title for p in result.papers) == ["A", "C"]
    assert [str(s) for s in result.skipped] == [
        f"{path}:2: skipped: invalid JSON: Expecting property name enclosed in double quotes (column 15)"]


def test_a_json_error_message_is_whole_and_gives_the_column(tmp_path):
    path = write(tmp_path / "a.jsonl", '{"title": "A\x01"}\n')
    [skip] = load_papers(path).skipped
    assert str(skip) == f"{path}:1: skipped: invalid JSON: Invalid control character (column 13)"


def test_iter_papers_streams_and_write_papers_round_trips(mixed, tmp_path):
    skipped = []
    streamed = list(iter_papers(mixed, skipped))
    assert len(streamed) == 5 and skipped == []
    out = tmp_path / "out" / "papers.jsonl"
    papers = load_papers(mixed).papers
    assert write_papers(papers, out) == len(papers)
    first = out.read_bytes()
    write_papers(papers, out)
    assert out.read_bytes() == first
    back = [Paper.from_dict(json.loads(line)) for line in first.decode().splitlines()]
    assert back == papers


def test_big_jsonl_is_streamed_from_bytes_with_the_same_accounting(tmp_path):
    lines = []
    for i in range(1500):  # well over the 64 KiB read as a head
        lines.append(json.dumps({"id": f"2401.{i:05d}", "title": f"Paper {i}", "abstract": "x" * 40}).encode())
        if i % 300 == 7:
            lines.append(b"{garbage")
    lines.append(json.dumps({"title": "Caf\u00e9"}, ensure_ascii=False).encode("latin-1"))
    path = write(tmp_path / "big.jsonl", b"\xef\xbb\xbf" + b"\r\n".join(lines) + b"\r\n")
    result = load_papers(path)
    assert result.records == 1501 and len(result.papers) == 1501
    assert [s.line for s in result.skipped] == [9, 310, 611, 912, 1213]
    assert any(p.title == "Café" for p in result.papers)


def test_a_gzip_file_cut_short_keeps_the_records_before_the_cut(tmp_path):
    import gzip

    lines = "".join(json.dumps({"id": f"2401.{i:05d}", "title": f"Paper {i}", "abstract": "x" * 2000}) + "\n"
                    for i in range(40))
    whole = gzip.compress(lines.encode("utf-8"))
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) * 2 // 3])
    (tmp_path / "two_members.jsonl.gz").write_bytes(
        gzip.compress(b'{"title": "M1"}\n') + gzip.compress(b'{"title": "M2"}\n') + b"\0" * 8)
    result = load_papers(tmp_path)
    cut = [p for p in result.papers if p.title.startswith("Paper")]
    assert 0 < len(cut) < 40 and [p.title for p in cut] == [f"Paper {i}" for i in range(len(cut))]
    [cut_skip] = [s for s in result.skipped if s.reason.startswith("gzip data ends early")]
    assert cut_skip.line == len(cut) + 1  # the first line lost is named, the one the cut fell in
    # a cut CSV row is dropped, not read as a paper with half a title
    rows = "title,abstract\n" + "".join(f"A very long paper title number {i} about transformers,x\n"
                                        for i in range(2000))
    data = gzip.compress(rows.encode("utf-8"))
    (tmp_path / "cut.csv.gz").write_bytes(data[: len(data) // 2])
    titles = [p.title for p in load_papers(tmp_path / "cut.csv.gz").papers]
    assert titles and all(t.endswith("about transformers") for t in titles)
    assert {p.title for p in result.papers} >= {"M1", "M2"}
