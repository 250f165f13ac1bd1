"""CSV/TSV and plain JSON records: column names, encodings, line numbers."""

from __future__ import annotations

import json

from kg.sources import load_papers
from kg.sources.tabular import paper_from_row


def test_common_column_names_are_understood():
    p = paper_from_row({" Paper Title ": "RevCol", "Summary": "We propose\nRevCol.", "arXiv_id": "2212.11696v3",
                        "Published": "Dec 22, 2022", "Authors": "Yuxuan Cai, Yizhuang Zhou and Qi Han",
                        "Code": "https://github.com/megvii-research/RevCol", "Homepage": "https://x.org/revcol",
                        "Category": "cs.CV; cs.LG", "Upvotes": "12", "Affiliation": "Megvii"}, "t.csv")
    assert (p.id, p.arxiv_id, p.title, p.abstract) == ("2212.11696", "2212.11696", "RevCol", "We propose RevCol.")
    assert (p.published, p.date_precision, p.upvotes, p.organization) == ("2022-12-22", "day", 12, "Megvii")
    assert p.authors == ["Yuxuan Cai", "Yizhuang Zhou", "Qi Han"] and p.authors_count == 3
    assert p.github == ["https://github.com/megvii-research/RevCol"]
    assert p.project_page == ["https://x.org/revcol"]
    assert p.categories == ["cs.CV", "cs.LG"]


def test_url_columns_give_arxiv_id_or_links():
    assert paper_from_row({"title": "A", "url": "https://arxiv.org/abs/2401.00001v2"}).arxiv_id == "2401.00001"
    p = paper_from_row({"title": "B", "link": "https://github.com/o/r/tree/main"})
    assert p.github == ["https://github.com/o/r"] and p.arxiv_id is None and p.id.startswith("t-")


def test_csv_with_quotes_multiline_fields_and_missing_title(tmp_path):
    path = tmp_path / "papers.csv"
    path.write_text('id,title,abstract\n2401.00001,"A, with comma","line one\nline two"\n'
                    '2401.00002,,no title\n\n2401.00003,C,c\n', encoding="utf-8")
    result = load_papers(path)
    assert [p.title for p in result.papers] == ["A, with comma", "C"]
    assert result.papers[0].abstract == "line one line two"
    assert [str(s) for s in result.skipped] == [f"{path}:4: skipped: record has no title"]


def test_tsv_and_semicolon_files(tmp_path):
    (tmp_path / "a.tsv").write_text("title\tabstract\tdate\nA\tx\t2024-02-29\n")
    (tmp_path / "b.txt").write_text("Titel;title;summary\nignored;B;y\n")
    result = load_papers(tmp_path)
    assert [(p.title, p.published) for p in sorted(result.papers, key=lambda p: p.title)] == [
        ("A", "2024-02-29"), ("B", None)]
    assert not result.skipped


def test_bom_crlf_latin1_and_gzip_all_read_the_same(tmp_path):
    rows = "title,abstract\r\nCaf\u00e9 Networks,\u00c9tude compl\u00e8te.\r\n"
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbf" + rows.encode("utf-8"))
    (tmp_path / "latin1.csv").write_bytes(rows.encode("latin-1"))
    import gzip

    (tmp_path / "zipped.data").write_bytes(gzip.compress(rows.encode("utf-8")))
    result = load_papers(tmp_path)
    assert not result.skipped and result.records == 3
    [p] = result.papers
    assert (p.title, p.abstract) == ("Café Networks", "Étude complète.")
    assert len(p.sources) == 3


def test_plain_jsonl_records_and_bad_lines(tmp_path):
    path = tmp_path / "plain.jsonl"
    path.write_text("\n".join([json.dumps({"title": "A", "abstract": "a"}), "{broken", json.dumps([1, 2]),
                               json.dumps({"abstract": "no title"}), json.dumps({"title": "B", "summary": "b"})]))
    result = load_papers(path)
    assert [p.title for p in sorted(result.papers, key=lambda p: p.title)] == ["A", "B"]
    assert [(s.line, s.reason.split(":")[0]) for s in result.skipped] == [
        (2, "invalid JSON"), (3, "expected an object with a title, got int"),
        (3, "expected an object with a title, got int"), (4, "record has no title")]


def test_json_object_wrapping_a_list_of_papers(tmp_path):
    path = tmp_path / "wrapped.json"
    path.write_text(json.dumps({"papers": [{"title": "A"}, {"title": "B"}]}, indent=2))
    result = load_papers(path)
    assert sorted(p.title for p in result.papers) == ["A", "B"] and not result.skipped


def test_values_a_paper_cannot_use_are_reported_with_their_line_and_the_paper_kept(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("title,upvotes,date\nA,abc,2024-05-13\nB,3.5,13.05.2024\nC,7,2024-05-14,extra,cells\n"
                    "D,2,2024-05-15\n", encoding="utf-8")
    result = load_papers(path)
    assert [(p.title, p.upvotes, p.published) for p in sorted(result.papers, key=lambda p: p.title)] == [
        ("A", None, "2024-05-13"), ("B", None, None), ("C", 7, "2024-05-14"), ("D", 2, "2024-05-15")]
    assert [(s.line, s.reason) for s in result.skipped] == [
        (2, "upvotes 'abc' is not a count (the paper is kept without it)"),
        (3, "upvotes '3.5' is not a count (the paper is kept without it)"),
        (3, "date '13.05.2024' cannot be read as a day (the paper is kept without it)"),
        (4, "row has 5 cells, the header 3: the cells past the header's are left out")]
    # "no value" markers, a month without a day and thousands separators are no problem to report
    fine = tmp_path / "fine.csv"
    fine.write_text('title,upvotes,date\nE,n/a,2024-05\nF,"1,234",-\n', encoding="utf-8")
    result = load_papers(fine)
    assert not result.skipped and sorted(p.upvotes or 0 for p in result.papers) == [0, 1234]
    jsonl = tmp_path / "odd.jsonl"
    jsonl.write_text(json.dumps({"title": "E", "votes": "many"}) + "\n", encoding="utf-8")
    assert [str(s) for s in load_papers(jsonl).skipped] == [
        f"{jsonl}:1: skipped: upvotes 'many' is not a count (the paper is kept without it)"]
