"""The extraction pipeline as a spaCy pipeline: loading, robustness on arbitrary text, serialization."""

from __future__ import annotations

import gzip
import json
from itertools import islice

import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract.abbreviations import find_abbreviations
from kg.extract.normalize import entity_key
from kg.extract.pipeline import MAX_FIELD_CHARS, extract_record, extract_records, load_nlp, prepare_text


def test_load_nlp_is_cached_blank_english_with_our_components():
    nlp = load_nlp()
    assert nlp is load_nlp()
    assert nlp.lang == "en"
    assert nlp.pipe_names == ["kg_sentences", "kg_gazetteer", "kg_rules", "kg_resolve"]
    assert nlp.meta.get("name") == "pipeline"  # a blank pipeline, not a downloaded model


def test_tokenizer_keeps_model_names_whole():
    nlp = load_nlp()
    words = [t.text for t in nlp.make_doc("ViT-B/16, Llama-3-8B and Qwen2.5-7B beat ResNet-50 on ImageNet-1K.")]
    for name in ["ViT-B/16", "Llama-3-8B", "Qwen2.5-7B", "ResNet-50", "ImageNet-1K"]:
        assert name in words
    assert [t.text for t in nlp.make_doc("Transformer-based")] == ["Transformer", "-", "based"]


def test_a_name_used_as_a_kind_or_a_means_is_found_inside_its_hyphen_compound():
    rec = extract_record({"id": "h", "title": "Shelf sorting", "abstract": (
        "Unlike BERT-type encoders, our sorter is GPT-assisted and LoRA-merged, while AI-assisted and "
        "human-assisted sorting stay slow.")})
    names = {n for e in rec["methods"] for n in [e["name"], *e["aliases"]]}
    assert {"BERT", "GPT", "LoRA"} <= names, names
    assert not any("assisted" in n or "type" in n or "merged" in n for n in names)


def test_prepare_text_preserves_offsets():
    rec = {"title": "A\ttitle", "abstract": "line one\nline\x00two"}
    text, offset, truncated = prepare_text(rec)
    assert len(text) == len(rec["title"]) + 2 + len(rec["abstract"])
    assert text[offset:] == "line one line two"
    assert truncated is False


def test_record_shape_matches_the_contract():
    rec = extract_record({"id": "p", "title": "BERT for text classification",
                          "abstract": "We fine-tune BERT on GLUE and SST-2.", "github": []})
    assert set(rec) >= {"id", "methods", "datasets", "tasks", "repos", "urls"}
    for kind in ("methods", "datasets"):
        for e in rec[kind]:
            assert set(e) == {"name", "aliases", "proposed", "key", "confidence", "mentions"}
    for e in rec["tasks"]:
        assert set(e) == {"name", "aliases", "key", "confidence", "mentions"}
    assert {"GLUE", "SST-2"} <= {e["name"] for e in rec["datasets"]}


def test_links_are_filled_from_text_and_metadata():
    rec = extract_record({"id": "l", "title": "X", "abstract": "Code: https://github.com/foo/bar.",
                          "github": ["https://github.com/baz/qux"]})
    assert "https://github.com/foo/bar" in rec["repos"]
    assert "https://github.com/baz/qux" in rec["repos"]


def test_missing_fields_and_non_dict_inputs():
    out = list(extract_records([{"id": "a"}, {"id": "b", "title": None, "abstract": None},
                                {"id": "c", "title": 3, "abstract": ["x"]}]))
    assert [r["id"] for r in out] == ["a", "b", "c"]
    assert all(r["methods"] == [] for r in out[:2])


def test_truncation_limit_is_reported():
    rec = extract_record({"id": "t", "title": "", "abstract": "x " * MAX_FIELD_CHARS})
    assert rec["truncated"] is True
    assert "truncated" not in extract_record({"id": "s", "title": "", "abstract": "short"})


def test_gazetteer_round_trips_through_disk(tmp_path):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("kg_gazetteer", config={"use_shipped": False})
    from kg.extract.components.lexicon import Term
    ruler.add_terms([Term("METHOD", "FooNet", "METHOD:foonet", True)])
    assert [c.label for c in nlp("We use FooNet here")._.kg_cands] == ["METHOD"]
    ruler.to_disk(tmp_path / "gaz")
    nlp2 = spacy.blank("en")
    ruler2 = nlp2.add_pipe("kg_gazetteer", config={"use_shipped": False})
    ruler2.from_disk(tmp_path / "gaz")
    assert [c.label for c in nlp2("We use FooNet here")._.kg_cands] == ["METHOD"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=".!?\n \t\"')](Aa0e", max_size=40))
def test_sentence_boundaries_are_the_patterns_on_arbitrary_text(text):
    # kg_sentences finds _BOUNDARY's matches by four literal-led patterns merged as finditer goes (_boundaries)
    from kg.extract.components.sentences import _BOUNDARY, _boundaries
    assert _boundaries(text) == [m.span() for m in _BOUNDARY.finditer(text)]


def test_sentence_boundaries_are_the_patterns_on_real_abstracts(shared_dir):
    from kg.extract.components.sentences import _BOUNDARY, _boundaries
    with gzip.open(shared_dir / "corpora" / "arxiv_cs_2025-03-18_to_2026-07-01.jsonl.gz", "rt") as f:
        records = [json.loads(line) for line in islice(f, 300)]
    texts = [prepare_text({"title": r["title"], "abstract": r["summary"]})[0] for r in records]
    assert sum(len(_boundaries(t)) for t in texts) > 1000
    for text in texts:
        assert _boundaries(text) == [m.span() for m in _BOUNDARY.finditer(text)], text[:80]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab (),.-\n\t", max_size=40), st.integers(-2, 42), st.integers(1, 44))
def test_covering_tokens_are_the_expanded_char_span(text, start, width):
    # the acronym rule reads its definitions' tokens by bisection instead of building Spans
    from kg.extract.components.candidates import covering_tokens
    doc = load_nlp().make_doc(text)
    span = doc.char_span(start, start + width, alignment_mode="expand")
    assert covering_tokens(doc, start, start + width) == (None if span is None else (span.start, span.end))


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
_sciency = st.lists(st.sampled_from(["We", "propose", "BERT", "(", ")", "ResNet-50", "dataset", "on", "ImageNet",
                                     "Conda", "Column-Normalized", "Adam", ",", ".", "a", "novel", "network", ":",
                                     "\n", "\n\n", "for", "object", "detection", "<b>", "$\\alpha$", "é", "LLMs"]),
                    max_size=80).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.one_of(_text, _sciency), abstract=st.one_of(_text, _sciency))
def test_arbitrary_text_never_crashes_and_offsets_hold(title, abstract):
    rec = {"id": "h", "title": title, "abstract": abstract}
    out = extract_record(rec)
    assert out["id"] == "h"
    for kind in ("methods", "datasets", "tasks"):
        keys = [e["key"] for e in out[kind]]
        assert len(keys) == len(set(keys))  # each entity once
        for e in out[kind]:
            assert e["name"].strip()
            assert e["key"] == entity_key(e["name"])
            for m in e["mentions"]:
                assert rec[m["field"]][m["start"]:m["end"]] == m["text"]
    assert len(out["tasks"]) <= 5


@settings(max_examples=80, deadline=None)
@given(_text)
def test_abbreviation_offsets_are_exact(text):
    for ab in find_abbreviations(text):
        assert text[ab.short_start:ab.short_end] == ab.short
        assert text[ab.long_start:ab.long_end] == ab.long


def test_latex_markup_in_an_abstract_is_read_through_and_offsets_point_into_the_original():
    abstract = r"We propose \textbf{SemTok}, a tokenizer, and {\em Dynadiff} \& more; trained on ImageNet."
    rec = extract_record({"id": "x", "title": "T", "abstract": abstract})
    methods = {e["name"]: e for e in rec["methods"]}
    assert "SemTok" in methods and methods["SemTok"]["proposed"]
    for entity in rec["methods"] + rec["datasets"]:
        for m in entity["mentions"]:
            assert abstract[m["start"]:m["end"]] == m["text"]
            assert "\\" not in m["text"] and "{" not in m["text"]


def test_latex_markup_is_read_through_and_offsets_point_into_the_original():
    rec = {"id": "l", "title": r"\textit{Complex-Edit}: instruction-based editing",
           "abstract": (r"We introduce $\texttt{Complex-Edit}$, a benchmark. "
                        r"Our \textbf{SemTok} beats {\em BERT} \& GPT-2.")}
    out = extract_record(rec)
    found = {e["name"] for kind in ("methods", "datasets") for e in out[kind]}
    assert {"Complex-Edit", "SemTok", "BERT", "GPT-2"} <= found
    for kind in ("methods", "datasets"):
        for e in out[kind]:
            for m in e["mentions"]:
                assert rec[m["field"]][m["start"]:m["end"]] == m["text"]
                assert "\\" not in m["text"] and "{" not in m["text"]


def test_names_written_with_inline_math_are_found_whole_as_written():
    # arXiv titles write ~1 name in 200 with math: before, "$A^2R^2$" and "C$^2$MIL" were split at the "$"
    # (a currency sign, and spaCy's prefix "C$") and lost, "T$^\text{3}$SVFND" lost its closing "$"
    rec = {"id": "m", "title": r"C$^2$MIL: Cross-Scale Multiple Instance Learning",
           "abstract": (r"We propose C$^2$MIL, a framework for pathology. We also introduce $A^2R^2$, a visual "
                        r"reasoning method, and T$^\text{3}$SVFND, a detector. A ${d}$etection head costs $200k.")}
    out = extract_record(rec)
    methods = {e["name"]: e for e in out["methods"]}
    assert {"C$^2$MIL", "$A^2R^2$", "T$^3$SVFND"} <= set(methods)
    assert all(methods[n]["proposed"] for n in ("C$^2$MIL", "$A^2R^2$", "T$^3$SVFND"))
    assert entity_key("C$^2$MIL") == entity_key("C^2MIL")  # the Hugging Face pages' spelling: one entity
    names = [n for kind in ("methods", "datasets", "tasks") for e in out[kind] for n in [e["name"], *e["aliases"]]]
    assert not any(n.startswith("^") or n.endswith("$.") or n.count("$") % 2 for n in names)
    for kind in ("methods", "datasets"):
        for e in out[kind]:
            for m in e["mentions"]:
                assert rec[m["field"]][m["start"]:m["end"]] == m["text"]


def test_math_that_is_no_name_stays_out_and_styled_math_is_read_through():
    # from a review of the math names: formulas, variables and metrics are no names; "-based" still splits off;
    # math holding only styled words is read as the words (arXiv 2510.01336 lost "HiSpec" to "HiSpec)$")
    rec = extract_record({"id": "n", "title": "Emissions", "abstract": (
        r"Carbon dioxide (CO$_2$) emissions and Student-$t_3$ noise in class TC$^0$ are measured by $mIoU^{E}_{EMM}$. "
        r"We build C$^2$MIL-based models. We propose $\underline{\textit{Hi}}\textit{erarchical }"
        r"\underline{\textit{Spec}}\textit{ulative Decoding (HiSpec)}$, a framework. It costs $5-$10.")})
    names = {n for kind in ("methods", "datasets") for e in rec[kind] for n in [e["name"], *e["aliases"]]}
    assert {"C$^2$MIL", "HiSpec"} <= names, names
    assert not any("CO" in n or "t_3" in n or "TC" in n or "mIoU" in n or n.endswith("$") and "^" not in n
                   for n in names), names


def test_a_greek_letter_written_as_a_command_or_a_letter_is_one_name():
    # arXiv titles print the letter, abstracts the command: "λ-GRPO" and "$\lambda$-GRPO" were two entities
    rec = extract_record({"id": "g", "title": "$λ$-GRPO: Unifying the GRPO Frameworks", "abstract": (
        r"We propose $\lambda$-GRPO, which learns token preferences. We also build DeltaFlow ($\Delta$Flow), "
        r"a flow model.")})
    names = [e["name"] for e in rec["methods"]]
    grpo = [e for e in rec["methods"] if "GRPO" in e["name"] and e["name"] != "GRPO"]
    assert len(grpo) == 1, names
    assert {m["text"] for m in grpo[0]["mentions"]} == {"$λ$-GRPO", r"$\lambda$-GRPO"}
    assert sum("Flow" in n for n in names) == 1, names


def test_a_style_opener_never_closed_is_dropped_and_offsets_stay_exact():
    abstract = (r"We present \textbf{GLMR} (\textbf{Gated \textbf{L}atent \textbf{M}emory \textbf{R}outing), "
                r"a method for long-context reasoning.")
    rec = extract_record({"id": "u", "title": "T", "abstract": abstract})
    entity = next(e for e in rec["methods"] if e["name"] == "GLMR")
    assert "Gated Latent Memory Routing" in entity["aliases"]
    for e in rec["methods"]:
        for m in e["mentions"]:
            assert abstract[m["start"]:m["end"]] == m["text"]
            assert not m["text"].startswith("\\textbf{")


def test_names_glued_to_brackets_come_out_clean():
    rec = extract_record({"id": "b", "title": "Segmentation", "abstract": (
        "We train a generative adversarial network (GAN)-based model and apply Linear Discriminant Analysis "
        "(LDA).Then we compare with Low-Rank Adaptation(LoRA) tuning.")})
    names = {n for kind in ("methods", "datasets") for e in rec[kind] for n in [e["name"], *e["aliases"]]}
    assert {"GAN", "LDA", "LoRA"} <= names
    assert not any(")" in n or "(" in n for n in names)


def test_names_glued_to_a_numbered_citation_are_found():
    rec = extract_record({"id": "c", "title": "ShelfNet: Sorting Crates", "abstract": (
        "We present ShelfNet. Unlike prior crate sorters such as ABC[23] and ABCv2[7,8], ShelfNet runs on the "
        "full shelf. On CrateBench[4], ShelfNet wins.")})
    names = {n for kind in ("methods", "datasets") for e in rec[kind] for n in [e["name"], *e["aliases"]]}
    assert {"ABC", "ABCv2", "CrateBench"} <= names, names
    assert not any("[" in n for n in names)


def test_style_names_without_backslash_accents_and_citations_are_read_through():
    # HF pages print "\texttt{D}ual" as "texttt{D}ual"; arXiv abstracts keep accent commands and citations
    rec = {"id": "m", "title": r"Fast Editing via texttt{F}oo-texttt{B}ar texttt{M}ixing",
           "abstract": (r"We propose texttt{F}oo-texttt{B}ar texttt{M}ixing (texttt{FBM}), built on "
                        r"Gaussian Splatting (3DGS)~\cite{Kerbl2023} and Schr\"odinger Bridge Matching, tested at "
                        r"the Biblioteca Nacional de Espa\~na.")}
    out = extract_record(rec)
    names = {n for kind in ("methods", "datasets") for e in out[kind] for n in [e["name"], *e["aliases"]]}
    assert {"FBM", "Foo-Bar Mixing", "3DGS"} <= names
    assert any("Schrödinger" in n for n in names)
    assert not any("texttt" in n or "cite" in n or "Kerbl" in n or "\\" in n for n in names)
    for kind in ("methods", "datasets"):
        for e in out[kind]:
            for m in e["mentions"]:
                assert rec[m["field"]][m["start"]:m["end"]] == m["text"]
