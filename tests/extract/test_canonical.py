"""Corpus-level entity identity: merges that must happen and merges that must not."""

from __future__ import annotations

import json
import random
import re

import pytest

from kg.extract.aliases import build_pwc_alias_table, initials_spell, is_short_form_of, load_alias_table
from kg.extract.canonical import CanonicalEntity, resolve_entities, slugify


def rec(pid: str, methods=(), datasets=(), tasks=()) -> dict:
    def ents(items):
        return [{"name": i[0], "aliases": list(i[1:])} if isinstance(i, tuple) else {"name": i, "aliases": []}
                for i in items]
    return {"id": pid, "methods": ents(methods), "datasets": ents(datasets), "tasks": ents(tasks)}


def ids(resolver, kind, *names):
    return [resolver.lookup(kind, {"name": n}).id for n in names]


def test_vit_forms_merge_across_papers() -> None:
    r = resolve_entities([
        rec("a", methods=[("ViT", "Vision Transformer")]),
        rec("b", methods=["Vision Transformer"]),
        rec("c", methods=["vision transformers"]),
        rec("d", methods=["ViT"]),
    ])
    got = set(ids(r, "method", "ViT", "Vision Transformer", "vision transformers", "VIT"))
    assert len(got) == 1
    entity = r.lookup("method", "ViT")
    assert entity.name == "ViT"  # most often written as an entity's name
    assert set(entity.aliases) == {"Vision Transformer", "vision transformers"}
    assert re.fullmatch(r"method:[a-z0-9-]+", entity.id)


def test_alias_table_merges_without_a_paper_writing_both() -> None:
    records = [rec("a", methods=["ViT"]), rec("b", methods=["Vision Transformer"]),
               rec("c", methods=["RBF"]), rec("d", methods=["Radial Basis Function"])]
    r = resolve_entities(records)
    assert len(set(ids(r, "method", "ViT", "Vision Transformer"))) == 1
    assert len(set(ids(r, "method", "RBF", "radial basis functions"))) == 1
    plain = resolve_entities(records, alias_table=False)
    assert len(set(ids(plain, "method", "ViT", "Vision Transformer"))) == 2


def test_numbered_variants_stay_distinct() -> None:
    r = resolve_entities([
        rec("a", datasets=["ImageNet-1K", "ImageNet-22K", ("ImageNet", "ImageNet-1K")]),
        rec("b", datasets=[("ImageNet-1k", "ImageNet 1K")], methods=[("RevCol", "RevCol-H"), "GPT-4", "GPT-4o"]),
    ])
    d = ids(r, "dataset", "ImageNet-1K", "ImageNet-22K", "ImageNet", "imagenet 1k")
    assert d[0] != d[1] and d[0] != d[2] and d[1] != d[2]
    assert d[0] == d[3]
    m = ids(r, "method", "RevCol", "RevCol-H", "GPT-4", "GPT-4o")
    assert len(set(m)) == 4


def test_ambiguous_acronym_does_not_merge_two_long_forms() -> None:
    r = resolve_entities([
        rec("a", methods=[("SAM", "Segment Anything Model")]),
        rec("b", methods=[("SAM", "Sharpness-Aware Minimization")]),
        rec("c", methods=["Segment Anything Model"]),
        rec("d", methods=["SAM"]),
    ])
    seg = r.lookup("method", {"name": "SAM", "aliases": ["Segment Anything Model"]})
    sharp = r.lookup("method", {"name": "SAM", "aliases": ["Sharpness-Aware Minimization"]})
    bare = r.lookup("method", {"name": "SAM"})
    assert len({seg.id, sharp.id, bare.id}) == 3
    assert seg.id == r.lookup("method", "Segment Anything Model").id
    assert sharp.id == r.lookup("method", "sharpness aware minimization").id


def test_generic_head_words_merge_but_other_extensions_do_not() -> None:
    r = resolve_entities([
        rec("a", methods=[("k-means clustering", "k-means"), ("MSE", "MSE loss"),
                          ("Vision Transformer", "Transformer")]),
        rec("b", methods=["K-means", "Transformers", "MSE"], datasets=[("ImageNet dataset", "ImageNet")]),
    ], alias_table=False)
    assert len(set(ids(r, "method", "K-means", "k-means clustering"))) == 1
    assert len(set(ids(r, "method", "MSE", "MSE loss"))) == 1
    assert len(set(ids(r, "method", "Transformer", "Vision Transformer"))) == 2
    assert len(set(ids(r, "dataset", "ImageNet", "imagenet dataset"))) == 1


def test_unambiguous_acronym_merges_and_mismatched_initials_do_not() -> None:
    r = resolve_entities([
        rec("a", methods=[("Conda", "Column-Normalized Adam")]),
        rec("b", methods=["Conda"]),
        rec("c", methods=[("XYZ", "Completely Different Words")]),
        rec("d", methods=["XYZ"]),
    ])
    assert len(set(ids(r, "method", "Conda", "Column-Normalized Adam"))) == 1
    # the paper's own entity still resolves (to its long form), but bare XYZ is not merged
    in_paper = r.lookup("method", {"name": "XYZ", "aliases": ["Completely Different Words"]})
    assert in_paper.id == r.lookup("method", "Completely Different Words").id
    assert r.lookup("method", "XYZ").id != in_paper.id


def test_kinds_are_separate_and_slug_collisions_get_a_hash() -> None:
    r = resolve_entities([
        rec("a", methods=["C++"], datasets=["C++"], tasks=["image classification"]),
        rec("b", methods=["C"]),
        rec("c", methods=["A.B", "A B C"]),
    ])
    assert r.lookup("method", "C++").id.startswith("method:")
    assert r.lookup("dataset", "C++").id.startswith("dataset:")
    all_ids = [e.id for e in r.entities("method")]
    assert len(all_ids) == len(set(all_ids))
    assert r.lookup("task", "image classification").id == "task:image-classification"


def test_forced_slug_collision() -> None:
    r = resolve_entities([rec("a", methods=["Foo+", "Fooplus"])])  # both slug to "fooplus"
    a, b = r.lookup("method", "Foo+"), r.lookup("method", "Fooplus")
    assert a.id != b.id
    assert re.fullmatch(r"method:fooplus-[0-9a-f]{6}", a.id)
    assert re.fullmatch(r"method:fooplus-[0-9a-f]{6}", b.id)
    # a later, unseen entity with the same slug does not steal either id
    c = r.lookup("method", "FOO +")
    assert c.id not in (a.id, b.id)


def _assert_same_entities_in_any_order(records: list[dict], orders: int) -> None:
    """The entities of every kind resolved from ``records`` are equal under ``orders`` seeded shuffles."""
    base = resolve_entities(records)
    expected = {k: base.entities(k) for k in ("method", "dataset", "task")}
    for seed in range(orders):
        shuffled = records[:]
        random.Random(seed).shuffle(shuffled)
        r = resolve_entities(shuffled)
        assert {k: r.entities(k) for k in expected} == expected


def test_deterministic_under_input_order() -> None:
    records = [
        rec("a", methods=[("ViT", "Vision Transformer"), "BERT", ("LoRA", "Low-Rank Adaptation")]),
        rec("b", methods=["vision transformer", "lora", ("SAM", "Segment Anything Model")]),
        rec("c", methods=[("SAM", "Sharpness-Aware Minimization"), "Bert"], datasets=["COCO", "MS COCO"]),
        # the spelling, head-word and naming rules: ties between spellings must not fall to the first one seen
        rec("d", methods=["World Model", ("RLVR", "RL with verifiable rewards")], datasets=["MSCOCO", "QUIZ2024"],
            tasks=["Hallucinations", "image synthesis", "text-to-image"]),
        rec("e", methods=["world model", ("RLVR", "RL from verifiable rewards")], datasets=["MS-COCO", "QUIZ24"],
            tasks=["hallucination", "image generation", "text-to-image generation"]),
    ]
    _assert_same_entities_in_any_order(records, orders=5)


def test_unknown_entity_gets_a_stable_fresh_id_and_bad_input_raises() -> None:
    r = resolve_entities([rec("a", methods=["BERT"])])
    first = r.lookup("method", {"name": "Never Seen Net"})
    assert first == r.lookup("method", {"name": "never seen net"}) or first.id == "method:never-seen-net"
    assert r.lookup("method", {"name": "Never Seen Net"}) == first
    with pytest.raises(ValueError):
        r.lookup("model", {"name": "x"})
    with pytest.raises(ValueError):
        r.lookup("method", {"name": ""})


def test_ignores_malformed_entities() -> None:
    r = resolve_entities([{"id": "a", "methods": [None, 3, {"name": None}, {"name": "Adam", "aliases": [None, 7]}]},
                          "not a record"])
    assert [e.name for e in r.entities("method")] == ["Adam"]
    assert isinstance(r.lookup("method", "Adam"), CanonicalEntity)


def test_slugify_is_ascii_and_never_empty() -> None:
    for text in ["", "  ", "中文", "Ω-Net", "a/b\\c", "x" * 3]:
        slug = slugify(text)
        assert slug and slug.isascii() and " " not in slug


def test_short_form_rule() -> None:
    assert is_short_form_of("SAM", "Segment Anything Model")
    assert is_short_form_of("SAM", "Sharpness-Aware Minimization")
    assert not is_short_form_of("SAM", "Vision Transformer")
    assert not is_short_form_of("ViT", "Vision")  # long forms need two words


@pytest.mark.parametrize("words, letters, how, spelled", [
    ("Shelf Routing Planner", "srp", {}, True),
    ("Shelf Routing Planner", "shrp", {}, False),  # one letter a word
    ("Shelf of the Racks", "sotr", {}, True),
    ("Shelf of the Racks", "sr", {}, False),
    ("Shelf of the Racks", "sr", {"skip": frozenset({"of", "the"})}, True),
    ("Shelf of the Racks", "str", {"skip": frozenset({"of", "the"})}, True),  # a skippable word may still give one
    ("Shelf Routing Planner", "shelfroutp", {"prefix": True}, True),
    ("Shelf Routing Planner", "shelfrp", {}, False),
    ("Shelf-Aware Rack Tracker", "sart", {"loose": True}, True),
    ("Shelf-Aware Rack Tracker", "sratr", {"loose": True}, True),  # letters read inside words, in order
    ("Shelf-Aware Rack Tracker", "art", {"loose": True}, False),  # but the first opens the first word
])
def test_initials_spell_reads_each_way_the_alias_code_reads_a_short_form(words, letters, how, spelled) -> None:
    assert initials_spell(words.replace("-", " ").split(), letters, **how) is spelled


def test_shipped_table_is_derived_from_pwc(shared_dir) -> None:
    rebuilt = build_pwc_alias_table(shared_dir / "corpora" / "pwc_methods_partial_2275.json")
    table = set(load_alias_table())
    assert rebuilt and {tuple(p) for p in rebuilt} <= table
    assert all(is_short_form_of(s, l) for s, l in table)


def test_dev_gold_resolves_without_over_merging(shared_dir) -> None:
    """On the labelled dev set, no two gold entities of one paper share a canonical id."""
    gold = [json.loads(line) for line in open(shared_dir / "eval" / "dev.gold.jsonl", encoding="utf-8")]
    r = resolve_entities(gold)
    for record in gold:
        for kind, fieldname in (("method", "methods"), ("dataset", "datasets"), ("task", "tasks")):
            got = [r.lookup(kind, e).id for e in record[fieldname]]
            assert len(got) == len(set(got)), (record["id"], fieldname, got)


def test_plural_acronyms_and_acronym_pairs_do_not_chain() -> None:
    """Real over-merge seen on arXiv: DV/DVs (dependent variables) chained into DVS (vision sensor)."""
    r = resolve_entities([
        rec("a", methods=[("DVS", "dynamic vision sensors")]),
        rec("b", methods=[("DV", "dependent variables", "DVs")]),
        rec("c", methods=[("DVS", "Dynamic Vision Sensor")]),
        rec("d", methods=[("AE", "adversarial examples", "AEs"), ("AES", "Automated Essay Scoring")]),
        rec("e", methods=[("autoencoder", "AE")]),
        rec("f", methods=["AE"]),
    ])
    assert r.lookup("method", "DVS").id == r.lookup("method", "dynamic vision sensor").id
    assert r.lookup("method", "DVs").id == r.lookup("method", "dependent variables").id
    assert r.lookup("method", "DVS").id != r.lookup("method", "DVs").id
    ae = {r.lookup("method", n).id for n in ("adversarial examples", "Automated Essay Scoring", "autoencoder", "AE")}
    assert len(ae) == 4  # AE is claimed by two long forms: it merges with neither


def test_acronym_with_spelling_variants_of_one_long_form_merges() -> None:
    r = resolve_entities([
        rec("a", methods=[("CAM", "class activation map")]),
        rec("b", methods=[("CAM", "Class Activation Mapping")]),
        rec("c", methods=[("RvNN", "recursive neural network"), ("RNN", "recurrent neural network")]),
        rec("d", methods=[("RNN", "recursive neural network")]),
        rec("e", methods=["CAM", "RNN"]),
    ], alias_table=False)
    assert len(set(ids(r, "method", "CAM", "class activation map", "class activation mapping"))) == 1
    # recurrent / recursive are different words, not spellings: RNN stays apart from both
    rnn = set(ids(r, "method", "RNN", "recurrent neural network", "recursive neural network"))
    assert len(rnn) == 3


def test_dominant_expansion_of_a_common_acronym_merges_and_rare_ones_stay_apart() -> None:
    papers = [rec(f"c{i}", methods=[("CNN", "convolutional neural network")]) for i in range(9)]
    papers.append(rec("x", methods=[("CNN", "cellular neural network")]))
    papers.append(rec("y", methods=["CNN"]))
    r = resolve_entities(papers)
    conv = r.lookup("method", "convolutional neural network")
    assert r.lookup("method", "CNN").id == conv.id
    cellular = r.lookup("method", {"name": "CNN", "aliases": ["cellular neural network"]})
    assert cellular.id != conv.id
    # an even split is no majority: nothing merges
    split = resolve_entities(papers[:5] + [rec(f"s{i}", methods=[("CNN", "cellular neural network")])
                                           for i in range(5)])
    assert split.lookup("method", "CNN").id not in {split.lookup("method", "convolutional neural network").id,
                                                    split.lookup("method", "cellular neural network").id}


def test_a_name_and_the_name_plus_a_wrapper_head_word_are_one_entity() -> None:
    r = resolve_entities([rec("a", methods=["attention mechanism", "ResNet architecture"]),
                          rec("b", methods=["attention", "ResNet", "contrastive loss"]),
                          rec("c", methods=["contrastive"], tasks=["graph clustering", "graph"])])
    assert len(set(ids(r, "method", "attention", "attention mechanisms"))) == 1
    assert len(set(ids(r, "method", "ResNet", "ResNet architecture"))) == 1
    assert len(set(ids(r, "method", "contrastive", "contrastive loss"))) == 2  # a loss is not its namesake
    assert len({r.lookup("task", "graph clustering").id, r.lookup("task", "graph").id}) == 2  # tasks: never


def test_a_narrower_task_naming_the_broader_one_as_alias_stays_its_own_entity() -> None:
    # the extractor names a paper's task by its most specific form and lists the broader task as an alias
    # (components/title_tasks.py title_variants); across papers the two are different entities (rule 2).
    lidar = {"name": "LiDAR semantic segmentation", "aliases": ["semantic segmentation"]}
    medical = {"name": "medical semantic segmentation", "aliases": ["semantic segmentation"]}
    r = resolve_entities([{"id": "a", "tasks": [lidar]}, rec("b", tasks=["semantic segmentation"]),
                          {"id": "c", "tasks": [medical]}])
    narrow, broad, other = r.lookup("task", lidar), r.lookup("task", "semantic segmentation"), r.lookup("task", medical)
    assert len({narrow.id, broad.id, other.id}) == 3  # no transitive merge through the broader task
    assert narrow.id == "task:lidar-semantic-segmentation" and narrow.name == "LiDAR semantic segmentation"
    assert narrow.aliases == () and broad.aliases == ()
    assert len(r.entities("task")) == 3


def test_spelling_variants_of_a_task_still_merge() -> None:
    r = resolve_entities([
        rec("a", tasks=[("text-to-image generation", "text-to-image synthesis")]),
        rec("b", tasks=["text to image generation"]),
        rec("c", tasks=["Text-to-Image generations", ("image super-resolution", "image superresolution")]),
        rec("d", tasks=[("visual question answering", "VQA"), "image super resolution"]),
        rec("e", tasks=["VQA"]),
    ])
    assert len(set(ids(r, "task", "text to image generation", "text-to-image synthesis",
                       "Text-to-Image generations"))) == 1
    assert len(set(ids(r, "task", "image super-resolution", "image superresolution", "image super resolution"))) == 1
    assert len(set(ids(r, "task", "VQA", "visual question answering"))) == 1
    assert len(r.entities("task")) == 3


def test_a_broad_task_acronym_written_beside_a_narrower_task_does_not_name_it() -> None:
    # "MDE" abbreviates "monocular depth estimation", not the paper's narrower "foundation monocular depth estimation"
    narrow = {"name": "foundation monocular depth estimation", "aliases": ["MDE"]}
    r = resolve_entities([{"id": "a", "tasks": [narrow]}, rec("b", tasks=["MDE"])])
    assert r.lookup("task", narrow).id != r.lookup("task", "MDE").id
    assert r.lookup("task", narrow).name == "foundation monocular depth estimation"
    # a method's acronym may skip a first word of its authors' long form and still merge
    r = resolve_entities([rec("a", methods=[("Anti-Spoofing with Language Image Pretraining", "SLIP")]),
                          rec("b", methods=["SLIP"])])
    assert r.lookup("method", "SLIP").id == r.lookup("method", "Anti-Spoofing with Language Image Pretraining").id
    # the whole-name acronym of a task still merges
    r = resolve_entities([rec("a", tasks=[("monocular depth estimation", "MDE")]), rec("b", tasks=["MDE"])])
    assert r.lookup("task", "MDE").id == r.lookup("task", "monocular depth estimation").id


def test_a_curated_line_joins_its_forms_across_papers_when_their_numbers_agree() -> None:
    # datasets_curated.txt: "COCO|MS COCO|MS-COCO|MSCOCO" and "Kinetics|Kinetics-400|Kinetics-600|Kinetics-700"
    r = resolve_entities([rec("a", datasets=["COCO", "Kinetics"]), rec("b", datasets=["MS-COCO", "Kinetics-400"]),
                          rec("c", datasets=["MS COCO", "Kinetics-700"]), rec("d", datasets=["MSCOCO"])])
    assert len(set(ids(r, "dataset", "COCO", "MS-COCO", "MS COCO", "MSCOCO"))) == 1
    assert len(set(ids(r, "dataset", "Kinetics", "Kinetics-400", "Kinetics-700"))) == 3  # a series and its versions
    # methods_curated.txt: "LLM-as-a-judge|LLM-as-judge|LLM as a judge"
    r = resolve_entities([rec("a", methods=["LLM-as-judge"]), rec("b", methods=["LLM-as-a-judge"])])
    assert len(set(ids(r, "method", "LLM-as-judge", "LLM-as-a-judge"))) == 1


def test_an_acronym_a_curated_line_expands_stays_apart_when_the_corpus_expands_it_otherwise() -> None:
    # datasets_curated.txt: "OGB|Open Graph Benchmark"; here OGB is only ever expanded as something else
    r = resolve_entities([rec("a", datasets=[("OGB", "Ocean Glider Buoys")]),
                          rec("b", datasets=["Open Graph Benchmark"]), rec("c", datasets=["OGB"])])
    assert r.lookup("dataset", "OGB").id == r.lookup("dataset", "Ocean Glider Buoys").id
    assert r.lookup("dataset", "OGB").id != r.lookup("dataset", "Open Graph Benchmark").id
    # never expanded in the corpus: the line's expansion merges
    r = resolve_entities([rec("a", datasets=["Open Graph Benchmark"]), rec("b", datasets=["OGB"])])
    assert r.lookup("dataset", "OGB").id == r.lookup("dataset", "Open Graph Benchmark").id


def test_forms_that_wrap_an_acronym_are_not_its_expansions() -> None:
    papers = [rec(f"e{i}", methods=[("ZORB", "zonal over-relaxed blending")]) for i in range(5)]
    papers += [rec(f"w{i}", methods=[("ZORB module", "ZORB")]) for i in range(3)]
    papers += [rec("d", methods=[("dynamic ZORB", "ZORB")]), rec("z", methods=["ZORB"])]
    r = resolve_entities(papers)
    assert len(set(ids(r, "method", "ZORB", "zonal over-relaxed blending", "ZORB module"))) == 1
    assert r.lookup("method", "dynamic ZORB").id != r.lookup("method", "ZORB").id


def test_a_plural_looking_name_joins_its_head_word_wrapper() -> None:
    r = resolve_entities([rec("a", datasets=["GloboScenes"]), rec("b", datasets=["GloboScenes dataset"]),
                          rec("c", datasets=["GloboScenes benchmarks"])])
    assert len(set(ids(r, "dataset", "GloboScenes", "GloboScenes dataset", "GloboScenes benchmarks"))) == 1


def test_spellings_differing_by_spaces_hyphens_or_a_years_century_join_across_papers() -> None:
    r = resolve_entities([
        rec("a", datasets=["Zeta-Bench", "QUIZ2024", "Tabula 2.0"], methods=["Llama-2-7B", "Foo Former"]),
        rec("b", datasets=["ZetaBench", "QUIZ24", "Tabula2"], methods=["Llama-27B", "FooFormer"],
            tasks=["multi modal retrieval"]),
        rec("c", datasets=["QUIZ 2025"], tasks=["multimodal retrieval"]),
    ])
    assert len(set(ids(r, "dataset", "Zeta-Bench", "ZetaBench"))) == 1
    assert len(set(ids(r, "dataset", "QUIZ2024", "QUIZ24"))) == 1
    assert len(set(ids(r, "dataset", "QUIZ2024", "QUIZ 2025"))) == 2
    assert len(set(ids(r, "dataset", "Tabula 2.0", "Tabula2"))) == 1
    assert len(set(ids(r, "method", "Foo Former", "FooFormer"))) == 1
    assert len(set(ids(r, "method", "Llama-2-7B", "Llama-27B"))) == 2  # the numbers differ
    assert len(set(ids(r, "task", "multi modal retrieval", "multimodal retrieval"))) == 1


def test_task_head_words_that_only_wrap_a_task_join() -> None:
    r = resolve_entities([
        rec("a", tasks=["sketch-to-image", "jailbreak", "image synthesis", "reconstruction", "membership inference"]),
        rec("b", tasks=["sketch-to-image generation", "jailbreak attacks", "image generation", "reconstruction attack",
                        "membership inference attack", "image"]),
    ])
    assert len(set(ids(r, "task", "sketch-to-image", "sketch-to-image generation"))) == 1
    assert len(set(ids(r, "task", "jailbreak", "jailbreak attacks"))) == 1
    assert len(set(ids(r, "task", "membership inference", "membership inference attack"))) == 1
    assert len(set(ids(r, "task", "image synthesis", "image generation"))) == 1
    assert len(set(ids(r, "task", "reconstruction", "reconstruction attack"))) == 2  # a task of its own
    assert len(set(ids(r, "task", "image", "image generation"))) == 2


def test_spellings_of_acronyms_expanded_as_different_long_forms_stay_apart() -> None:
    r = resolve_entities([rec("a", methods=[("QR-T", "Quantile Regression Transformer")]),
                          rec("b", methods=[("QRT", "Query Rewriting Training")]),
                          rec("c", methods=[("ZK-Net", "Zonal Kernel Network")]), rec("d", methods=["ZKNet"])])
    assert r.lookup("method", "QR-T").id != r.lookup("method", "QRT").id
    assert r.lookup("method", "ZK-Net").id == r.lookup("method", "ZKNet").id  # one expansion: no conflict


def test_curated_task_line_keeps_a_narrower_task_apart() -> None:
    # a line of tasks_curated.txt is one entity across the corpus: a broad task and a narrower one are two lines
    # (a paper on chart report generation must not become a radiology paper in the graph)
    r = resolve_entities([{"id": "a", "tasks": [{"name": "radiology report generation"}]},
                          {"id": "b", "tasks": [{"name": "report generation"}]},
                          {"id": "c", "tasks": [{"name": "person re-identification"}]},
                          {"id": "d", "tasks": [{"name": "re-identification"}]}])
    assert r.lookup("task", "report generation").id != r.lookup("task", "radiology report generation").id
    assert r.lookup("task", "re-identification").id != r.lookup("task", "person re-identification").id


def test_name_is_the_singular_in_running_text_case() -> None:
    records = ([rec(f"h{i}", tasks=["hallucinations", "Text-to-SQL"]) for i in range(3)]
               + [rec("h9", tasks=["hallucination", "text-to-SQL"])]
               + [rec(f"w{i}", methods=["World Model", "Stable Diffusion", "Gemini 3 Flash", "dLLMs",
                                        "Mixture of Experts", "Llama"], datasets=["Natural Questions"])
                  for i in range(3)]
               + [rec(f"v{i}", methods=["world model", "Gemini-3-flash", "DLLM", "Mixture of Expert", "LLaMA"],
                      datasets=["Natural Question"]) for i in range(2)]
               + [rec("v9", methods=["stable diffusion"])])
    r = resolve_entities(records)
    hallucination = r.lookup("task", "hallucinations")
    assert (hallucination.id, hallucination.name) == ("task:hallucination", "hallucination")
    assert "hallucinations" in hallucination.aliases
    assert r.lookup("task", "Text-to-SQL").name == "text-to-SQL"  # a task is a common noun
    names = {n: r.lookup("method", n).name for n in
             ("World Model", "Stable Diffusion", "Gemini 3 Flash", "dLLMs", "Mixture of Experts", "Llama")}
    assert names == {"World Model": "world model",  # 3 papers write it as a title's words, 2 in lower case
                     "Stable Diffusion": "Stable Diffusion",  # 3 to 1: a proper name
                     "Gemini 3 Flash": "Gemini 3 Flash",  # a product's name, numbered
                     "dLLMs": "dLLM", "Mixture of Experts": "Mixture of Experts", "Llama": "Llama"}
    assert r.lookup("dataset", "Natural Question").name == "Natural Questions"


def test_narrower_tasks_written_with_an_acronym_do_not_count_against_its_expansion() -> None:
    records = ([rec(f"v{i}", tasks=[("visual question answering", "VQA")]) for i in range(6)]
               + [rec(f"m{i}", tasks=[("medical visual question answering", "VQA")]) for i in range(3)]
               + [rec("q", tasks=[("video quality assessment", "VQA")]), rec("b", tasks=["VQA"])])
    r = resolve_entities(records)
    assert r.lookup("task", "VQA").id == r.lookup("task", "visual question answering").id  # 6 of 7 expansions
    assert r.lookup("task", "video quality assessment").id != r.lookup("task", "VQA").id
    assert r.lookup("task", "medical visual question answering").id != r.lookup("task", "VQA").id


def test_a_narrower_task_is_no_rival_expansion_but_a_method_long_form_is() -> None:
    r = resolve_entities([
        rec("a", tasks=[("text-to-speech", "TTS")]), rec("b", tasks=[("zero-shot text-to-speech", "TTS")]),
        rec("c", tasks=["TTS"]), rec("d", methods=[("XYZ", "Xylo Yarn Zebra")]),
        rec("e", methods=[("XYZ", "Completely Different Words")]), rec("f", methods=["XYZ"])])
    assert r.lookup("task", "TTS").id == r.lookup("task", "text-to-speech").id
    assert r.lookup("task", "zero-shot text-to-speech").id != r.lookup("task", "TTS").id
    # for a method, the other long form may be a coined expansion the initials test misses
    assert r.lookup("method", "XYZ").id != r.lookup("method", "Xylo Yarn Zebra").id


def test_long_forms_swapping_a_preposition_are_one_expansion() -> None:
    records = ([rec(f"w{i}", methods=[("RLVR", "Reinforcement Learning with Verifiable Rewards")]) for i in range(6)]
               + [rec(f"f{i}", methods=[("RLVR", "reinforcement learning from verifiable rewards")]) for i in range(2)]
               + [rec("x", methods=[("RLVR", "Robust Low-Variance Regression")]), rec("y", methods=["RLVR"])])
    r = resolve_entities(records)
    rlvr = r.lookup("method", "RLVR").id
    assert rlvr == r.lookup("method", "reinforcement learning from verifiable rewards").id  # 8 of 9 papers
    assert rlvr == r.lookup("method", "reinforcement learning with verifiable rewards").id
    assert rlvr != r.lookup("method", "Robust Low-Variance Regression").id


def test_british_and_american_spellings_and_accents_are_one_entity() -> None:
    r = resolve_entities([
        rec("a", methods=["Bayesian optimisation", "k-nearest neighbour", "Fréchet distance"],
            tasks=["sequence modelling"]),
        rec("b", methods=["Bayesian optimization", "k-nearest neighbor", "pairwise ranking"],
            tasks=["sequence modeling", "denoising"]),
        rec("c", methods=["pair-wise ranking", "Frechet distance"])])
    assert len(set(ids(r, "method", "Fréchet distance", "Frechet distance"))) == 1
    assert len(set(ids(r, "method", "Bayesian optimisation", "bayesian optimization"))) == 1
    assert len(set(ids(r, "method", "k-nearest neighbour", "k-nearest neighbors"))) == 1
    assert len(set(ids(r, "method", "pairwise ranking", "pair-wise ranking"))) == 1
    assert len(set(ids(r, "task", "sequence modelling", "sequence modeling"))) == 1


def test_one_word_method_keeps_its_capital_however_often_written_lower_case():
    # "Transformer" is the architecture's name; a title's capitals are a multi-word matter ("World Model")
    recs = [{"id": "a", "methods": [{"name": "Transformer"}]}, {"id": "b", "methods": [{"name": "transformer"}]},
            {"id": "c", "methods": [{"name": "World Model"}]}, {"id": "d", "methods": [{"name": "world model"}]}]
    r = resolve_entities(recs)
    assert r.lookup("method", "transformer").name == "Transformer"
    assert r.lookup("method", "World Model").name == "world model"


def test_two_tasks_sharing_only_a_head_word_stay_apart():
    recs = [{"id": "a", "tasks": [{"name": "statistical estimation", "aliases": ["shelf risk estimation"]},
                                  {"name": "OOD detection", "aliases": ["out-of-distribution detection"]}]}]
    r = resolve_entities(recs)
    assert r.lookup("task", "statistical estimation").id != r.lookup("task", "shelf risk estimation").id
    assert r.lookup("task", "OOD detection").id == r.lookup("task", "out-of-distribution detection").id


def test_a_narrowed_or_crossed_method_alias_is_no_link():
    recs = [{"id": "a", "methods": [{"name": "Best-of-N sampling", "aliases": ["scaling-aware Best-of-N"]},
                                    {"name": "attention mechanism", "aliases": ["alternating attention"]},
                                    {"name": "Swin DiT", "aliases": ["Shifted Window DiTs"]}]}]
    r = resolve_entities(recs)
    assert r.lookup("method", "Best-of-N sampling").id != r.lookup("method", "scaling-aware Best-of-N").id
    assert r.lookup("method", "attention mechanism").id != r.lookup("method", "alternating attention").id
    assert r.lookup("method", "Swin DiT").id == r.lookup("method", "Shifted Window DiTs").id


def test_a_proper_name_narrowed_by_its_paper_links_the_paper_to_the_name():
    recs = [rec("a", methods=[("CLIP", "radiology CLIP"), ("Zorblat", "Zorblat block"), ("zorbnet", "zorbnet block")]),
            rec("b", methods=["CLIP", "Zorblat", "zorbnet"]),
            rec("c", methods=[("distillation", "persona-based distillation"), ("QZN", "Quick Zone Network")],
                tasks=[("detection", "lesion detection")])]
    r = resolve_entities(recs)
    assert r.lookup("method", recs[0]["methods"][0]).id == r.lookup("method", "CLIP").id
    assert r.lookup("method", recs[0]["methods"][1]).id == r.lookup("method", "Zorblat").id
    assert r.lookup("method", recs[0]["methods"][2]).id == r.lookup("method", "zorbnet").id
    # a lower-case technique's narrowed form, a task's narrower task and an expansion keep their own entity
    assert r.lookup("method", recs[2]["methods"][0]).id == r.lookup("method", "persona-based distillation").id
    assert r.lookup("task", recs[2]["tasks"][0]).id == r.lookup("task", "lesion detection").id
    assert r.lookup("method", recs[2]["methods"][1]).id == r.lookup("method", "Quick Zone Network").id


def test_natural_language_tasks_join_their_short_spelling():
    r = resolve_entities([rec("a", tasks=["natural language understanding"]),
                          rec("b", tasks=["language understanding"]),
                          rec("c", tasks=["spoken language understanding"])])
    assert r.lookup("task", "natural language understanding").id == r.lookup("task", "language understanding").id
    assert r.lookup("task", "spoken language understanding").id != r.lookup("task", "language understanding").id


def test_a_narrowed_name_that_another_paper_names_is_that_entity():
    recs = [rec("a", methods=[("LLaMA", "video LLaMA"), ("CLIP", "chinese CLIP"), ("CLIP", "medical CLIP")]),
            rec("b", methods=["Video-LLaMA", "Chinese CLIP"]),
            rec("c", methods=["LLaMA", "CLIP"])]
    r = resolve_entities(recs)
    video, chinese, medical = recs[0]["methods"]
    assert r.lookup("method", video).id == r.lookup("method", "Video-LLaMA").id != r.lookup("method", "LLaMA").id
    assert r.lookup("method", chinese).id == r.lookup("method", "Chinese CLIP").id != r.lookup("method", "CLIP").id
    assert r.lookup("method", medical).id == r.lookup("method", "CLIP").id  # no paper names "medical CLIP"


def test_a_version_written_with_a_point_or_a_separator_is_one_entity_but_a_sizes_point_is_not():
    r = resolve_entities([rec("a", methods=["Zorbo 3.7 Lyric", "Zorbo-4.1-8B", "Quill3-1.7B", "QuillNet12", "Ev2Z"]),
                          rec("b", methods=["zorbo-3-7-lyric", "Zorbo-4-1-8B", "Quill3.1-7B", "QuillNet v12", "E2Z"])])
    assert len(set(ids(r, "method", "Zorbo 3.7 Lyric", "zorbo-3-7-lyric"))) == 1
    assert len(set(ids(r, "method", "Zorbo-4.1-8B", "Zorbo-4-1-8B"))) == 1
    assert len(set(ids(r, "method", "Quill3-1.7B", "Quill3.1-7B"))) == 2  # 1.7 billion, not version 3.1
    assert len(set(ids(r, "method", "QuillNet12", "QuillNet v12"))) == 1
    assert len(set(ids(r, "method", "Ev2Z", "E2Z"))) == 2  # a coined name's letter, no version's "v"
    assert r.lookup("method", "Zorbo 3.7 Lyric").id == "method:zorbo-3-7-lyric"  # no slug collision, no hash


def test_a_curated_method_line_joins_a_name_with_and_without_its_dimension(monkeypatch):
    lines = {"method": (("3D Zorb Splatting", "3DZS", "Zorb Splatting"), ("Quill", "Quill-400", "Quill-700")),
             "dataset": (), "task": (("blorp generation", "3D blorp generation"),)}
    monkeypatch.setattr("kg.extract.canonical.curated_synonym_lines", lambda kind: lines[kind])
    r = resolve_entities([rec("a", methods=[("3DZS", "3D Zorb Splatting"), "Quill"], tasks=["blorp generation"]),
                          rec("b", methods=["Zorb Splatting", "Quill-400"], tasks=["3D blorp generation"]),
                          rec("c", methods=["2D Zorb Splatting", "Quill-700"])])
    assert len(set(ids(r, "method", "3DZS", "3D Zorb Splatting", "Zorb Splatting"))) == 1
    assert r.lookup("method", "2D Zorb Splatting").id != r.lookup("method", "Zorb Splatting").id  # not on the line
    assert len(set(ids(r, "method", "Quill", "Quill-400", "Quill-700"))) == 3  # a series and its versions
    # a task without its dimension is the broader task
    assert r.lookup("task", "blorp generation").id != r.lookup("task", "3D blorp generation").id


def test_a_longer_writing_of_a_fitting_expansion_is_no_rival_meaning():
    papers = [rec(f"r{i}", methods=[("ZoPE", "zonal position embedding")]) for i in range(2)]
    papers += [rec("c", methods=[("ZoPE", "causal zonal position embedding")]),
               rec("l", methods=[("QDB", "quick drift balancing"), ("QDB", "quick drift balancing loss")]),
               rec("x", methods=[("KHM", "kelp height model"), ("KHM", "kelp height map")]),
               rec("z", methods=["ZoPE", "QDB", "KHM"])]
    r = resolve_entities(papers)
    assert r.lookup("method", "ZoPE").id == r.lookup("method", "zonal position embedding").id
    assert r.lookup("method", "causal zonal position embedding").id != r.lookup("method", "ZoPE").id
    assert r.lookup("method", "QDB").id == r.lookup("method", "quick drift balancing").id
    # another head is another meaning, not a longer writing: KHM stays ambiguous
    assert r.lookup("method", "KHM").id not in ids(r, "method", "kelp height model", "kelp height map")


def test_detection_after_a_dimension_is_object_detection():
    r = resolve_entities([
        rec("a", tasks=["3D object detection", "aerial 2D object detection", "clip object detection"]),
        rec("b", tasks=["3D detection", "aerial 2D detection", "clip detection"])])
    assert r.lookup("task", "3D detection").id == r.lookup("task", "3D object detection").id
    assert r.lookup("task", "aerial 2D detection").id == r.lookup("task", "aerial 2D object detection").id
    assert r.lookup("task", "clip detection").id != r.lookup("task", "clip object detection").id  # no dimension


def test_a_name_holding_an_acronym_is_the_name_with_the_acronym_written_out():
    papers = [rec("a", methods=[("ZSM", "zonal state memory"), "bidirectional ZSM"],
                  tasks=[("QX", "quill extraction")]),
              rec("b", methods=["bidirectional zonal state memory"],
                  tasks=["clinical QX", "clinical quill extraction"]),
              rec("c", tasks=[("HX", "hand exchange"), "HX detection"]), rec("d", tasks=[("HX", "hand exchange")]),
              rec("e", tasks=[("HX", "hand exchange"), ("HX", "human exchange")]),
              rec("f", tasks=[("HX", "hand exchange"), "hand exchange detection"]),
              rec("g", tasks=[("HX", "hand exchange"), "human exchange detection"]),
              rec("h", tasks=[("HX", "hand exchange")]), rec("i", tasks=[("HX", "hand exchange")])]
    r = resolve_entities(papers)
    assert r.lookup("method", "bidirectional ZSM").id == r.lookup("method", "bidirectional zonal state memory").id
    assert r.lookup("task", "clinical QX").id == r.lookup("task", "clinical quill extraction").id
    # HX joins its dominant expansion, but the corpus also expands it otherwise: "HX detection" is not written out
    assert r.lookup("task", "HX").id == r.lookup("task", "hand exchange").id
    assert r.lookup("task", "HX detection").id != r.lookup("task", "hand exchange detection").id


def test_a_numbered_product_name_with_its_tier_word_moved_is_one_entity():
    r = resolve_entities([rec("a", methods=["Zorbo 3.5 Lyric", "Quill-2-Mini-7B", "zorb attention"]),
                          rec("b", methods=["Zorbo Lyric 3.5", "Quill-2-7B-Mini", "attention zorb"]),
                          rec("c", methods=["Zorbo 5.3 Lyric"])])
    assert len(set(ids(r, "method", "Zorbo 3.5 Lyric", "Zorbo Lyric 3.5"))) == 1
    assert len(set(ids(r, "method", "Quill-2-Mini-7B", "Quill-2-7B-Mini"))) == 1
    assert r.lookup("method", "Zorbo 5.3 Lyric").id != r.lookup("method", "Zorbo 3.5 Lyric").id  # numbers reordered
    assert r.lookup("method", "zorb attention").id != r.lookup("method", "attention zorb").id  # no number: no product


def test_a_hyphened_pair_of_words_reads_either_way():
    r = resolve_entities([
        rec("a", methods=["tutor-pupil distillation", "Zorb-LLaVA", "mutual-zonal learning"],
            tasks=["sound-shape retrieval", "speech-to-shape"]),
        rec("b", methods=["pupil-tutor distillation", "LLaVA-Zorb", "zonal mutual learning"],
            tasks=["shape-sound retrieval", "shape-to-speech"])])
    assert r.lookup("method", "tutor-pupil distillation").id == r.lookup("method", "pupil-tutor distillation").id
    assert r.lookup("task", "sound-shape retrieval").id == r.lookup("task", "shape-sound retrieval").id
    assert r.lookup("task", "speech-to-shape").id != r.lookup("task", "shape-to-speech").id  # a direction
    assert r.lookup("method", "Zorb-LLaVA").id != r.lookup("method", "LLaVA-Zorb").id  # names: two models
    assert r.lookup("method", "mutual-zonal learning").id != r.lookup("method", "zonal mutual learning").id


def test_a_device_and_its_use_are_one_method_but_a_generic_heads_activity_is_not():
    r = resolve_entities([rec("a", methods=["zonal probe", "quill filter", "zorb model", "blip cache"]),
                          rec("b", methods=["zonal probing", "quill filtering", "zorb modeling", "blip caching"])])
    assert len(set(ids(r, "method", "zonal probe", "zonal probing"))) == 1
    assert len(set(ids(r, "method", "quill filter", "quill filtering"))) == 1
    assert len(set(ids(r, "method", "blip cache", "blip caching"))) == 1
    assert len(set(ids(r, "method", "zorb model", "zorb modeling"))) == 2


def test_an_alias_narrowing_another_alias_of_its_entity_is_no_link():
    recs = [rec("a", methods=[("reinforcement learning", "RL", "agentic RL", "RL module")],
                tasks=[("text-to-image generation", "text-to-image", "real-world text-to-image"),
                       ("3D multi-object tracking", "MOT", "3D MOT")]),
            rec("b", methods=["agentic RL"], tasks=["real-world text-to-image"])]
    r = resolve_entities(recs)
    assert r.lookup("method", "agentic RL").id != r.lookup("method", "reinforcement learning").id
    assert r.lookup("method", "RL module").id == r.lookup("method", "reinforcement learning").id
    assert r.lookup("task", "real-world text-to-image").id != r.lookup("task", "text-to-image generation").id
    assert "real-world text-to-image" not in r.lookup("task", "text-to-image").aliases
    # modifiers the name holds too keep the alias: "3D MOT" is the paper's 3D multi-object tracking
    assert r.lookup("task", "3D MOT").id == r.lookup("task", "3D multi-object tracking").id


def test_names_that_differ_by_a_plural_or_an_article_inside_are_one_entity():
    r = resolve_entities([rec("a", methods=["LLM-as-a-judge"], tasks=["LLM reasoning", "news recommendation"],
                              datasets=["Flower-102"]),
                          rec("b", methods=["LLMs-as-a-Judge"], tasks=["LLMs reasoning", "new recommendation"],
                              datasets=["Flowers102"]),
                          rec("c", methods=["Llama-2-7B", "Llamas-2-7B-chat"])])
    assert r.lookup("method", "LLM-as-a-judge").id == r.lookup("method", "LLMs-as-a-Judge").id
    assert r.lookup("task", "LLM reasoning").id == r.lookup("task", "LLMs reasoning").id
    assert r.lookup("dataset", "Flower-102").id == r.lookup("dataset", "Flowers102").id
    assert r.lookup("task", "news recommendation").id != r.lookup("task", "new recommendation").id
    r = resolve_entities([rec("a", methods=["VLM-as-a-judge"], datasets=["ImageNet"]),
                          rec("b", methods=["VLM-as-judge"], datasets=["ImageNet-A"])])
    assert r.lookup("method", "VLM-as-a-judge").id == r.lookup("method", "VLM-as-judge").id
    assert r.lookup("dataset", "ImageNet").id != r.lookup("dataset", "ImageNet-A").id
    assert r.lookup("method", "Llama-2-7B").id != r.lookup("method", "Llamas-2-7B-chat").id


def test_a_wrapper_head_is_no_expansion_that_keeps_two_spellings_apart():
    r = resolve_entities([rec("a", datasets=[("EPIC-Kitchens", "EPIC-Kitchens benchmark")]),
                          rec("b", datasets=[("EpicKitchens", "EpicKitchens dataset")])])
    assert r.lookup("dataset", "EPIC-Kitchens").id == r.lookup("dataset", "EpicKitchens").id


def test_a_name_written_with_words_after_it_resolves_to_the_name():
    recs = [rec("a", methods=[("LoRA", "LoRA fine-tuning"), ("MINI", "Mini International Neuropsychiatric Interview"),
                              ("DP", "DP-SGD")],
                datasets=[("KITTI", "KITTI leaderboard")]),
            rec("b", methods=["LoRA fine-tuning", "LoRA", "DP-SGD", "DP"], datasets=["KITTI leaderboard", "KITTI"])]
    r = resolve_entities(recs)
    lora, mini, dp = recs[0]["methods"]
    assert r.lookup("method", lora).id == r.lookup("method", "LoRA").id != r.lookup("method", "LoRA fine-tuning").id
    assert r.lookup("dataset", recs[0]["datasets"][0]).id == r.lookup("dataset", "KITTI").id
    # an expansion spelled from the name's word, and a hyphened name of its own, are no uses of the name
    assert r.lookup("method", mini).id == r.lookup("method", "Mini International Neuropsychiatric Interview").id
    assert r.lookup("method", dp).id == r.lookup("method", "DP-SGD").id


def test_a_technique_and_the_technique_plus_strategy_or_scheme_are_one_method():
    r = resolve_entities([rec("a", methods=["data augmentation", "positional encoding", "Llama 3"]),
                          rec("b", methods=["data augmentation strategy", "positional encoding scheme",
                                            "Llama 3 scheme"])])
    assert r.lookup("method", "data augmentation strategy").id == r.lookup("method", "data augmentation").id
    assert r.lookup("method", "positional encoding scheme").id == r.lookup("method", "positional encoding").id
    assert r.lookup("method", "Llama 3 scheme").id != r.lookup("method", "Llama 3").id


def test_a_task_with_its_modifiers_in_another_order_is_one_entity():
    r = resolve_entities([rec("a", tasks=["video deepfake detection", "video retrieval-augmented generation",
                                          "image-to-text generation"], methods=["text-guided image decoder"]),
                          rec("b", tasks=["deepfake video detection", "retrieval augmented video generation",
                                          "text-to-image generation"], methods=["image-guided text decoder"])])
    assert r.lookup("task", "video deepfake detection").id == r.lookup("task", "deepfake video detection").id
    assert r.lookup("task", "video retrieval-augmented generation").id != \
        r.lookup("task", "retrieval augmented video generation").id
    assert r.lookup("task", "image-to-text generation").id != r.lookup("task", "text-to-image generation").id
    assert r.lookup("method", "text-guided image decoder").id != r.lookup("method", "image-guided text decoder").id


def test_two_tasks_sharing_only_their_last_words_stay_apart():
    r = resolve_entities([rec("a", tasks=[("synthetic data generation", "body motion data generation"),
                                          ("autoregressive image generation", "AR image generation")])])
    assert r.lookup("task", "synthetic data generation").id != r.lookup("task", "body motion data generation").id
    assert r.lookup("task", "autoregressive image generation").id == r.lookup("task", "AR image generation").id


def test_an_expansion_whose_initials_spell_the_acronym_is_no_narrowing_of_a_sloppy_one():
    papers = [rec(f"f{i}", methods=[("Zero Relative Policy Optimization", "ZRPO")]) for i in range(5)]
    papers += [rec("s", methods=[("ZRPO", "Zero Policy Optimization")]), rec("b", methods=["ZRPO"])]
    r = resolve_entities(papers)
    zrpo = r.lookup("method", "ZRPO").id
    assert zrpo == r.lookup("method", "Zero Relative Policy Optimization").id
    # written only as this acronym's expansion: a word left out of the dominant one
    assert r.lookup("method", {"name": "ZRPO", "aliases": ["Zero Policy Optimization"]}).id == zrpo


def test_a_shorter_rival_expansion_that_names_an_entity_of_its_own_stays_apart():
    papers = [rec(f"f{i}", methods=[("Stack Kernel Learning", "SKL")]) for i in range(5)]
    papers += [rec("s", methods=[("SKL", "Stack Learning")])]
    papers += [rec(f"k{i}", methods=["stack learning"]) for i in range(3)]
    r = resolve_entities(papers)
    assert r.lookup("method", "SKL").id == r.lookup("method", "Stack Kernel Learning").id
    assert r.lookup("method", "stack learning").id != r.lookup("method", "SKL").id


def test_rival_expansions_with_derived_words_or_a_written_acronym_are_one_meaning():
    papers = [rec(f"s{i}", methods=[("Structural Kelp Model", "SKM")]) for i in range(5)]
    papers += [rec(f"d{i}", methods=[("Structured Kelp Model", "SKM")]) for i in range(2)]
    papers += [rec(f"q{i}", tasks=[("zonal question answering", "ZQA")]) for i in range(4)]
    papers += [rec(f"w{i}", tasks=[("zonal QA", "ZQA")]) for i in range(2)]
    papers += [rec(f"h{i}", tasks=[("human activity recognition", "HAR")]) for i in range(3)]
    papers += [rec(f"a{i}", tasks=[("human action recognition", "HAR")]) for i in range(2)]
    papers += [rec("b", methods=["SKM"], tasks=["ZQA", "HAR"])]
    r = resolve_entities(papers)
    assert len(set(ids(r, "method", "SKM", "Structural Kelp Model", "Structured Kelp Model"))) == 1
    assert len(set(ids(r, "task", "ZQA", "zonal question answering", "zonal QA"))) == 1
    # two meanings: the acronym stays apart from both
    assert r.lookup("task", "HAR").id not in ids(r, "task", "human activity recognition", "human action recognition")


def test_an_acronym_names_the_long_form_it_spells_among_a_papers_aliases():
    r = resolve_entities([
        rec("a", methods=[("ZiT", "Hypergraph Zigzag Transformers", "Zigzag Transformers")]),
        rec("b", methods=[("Zigzag Transformer", "ZiT")]),
        rec("c", methods=["Hypergraph Zigzag Transformers"]),
        rec("d", methods=[("SFT", "short SFT")]),
        rec("e", methods=["SFT"]),
    ])
    entity = {"name": "ZiT", "aliases": ["Hypergraph Zigzag Transformers", "Zigzag Transformers"]}
    assert r.lookup("method", entity).id == r.lookup("method", "Zigzag Transformer").id
    assert r.lookup("method", "Hypergraph Zigzag Transformers").id != r.lookup("method", "ZiT").id
    # a form that holds the acronym uses it: the name keeps its entity
    assert r.lookup("method", {"name": "SFT", "aliases": ["short SFT"]}).id == r.lookup("method", "SFT").id


def test_an_acronym_names_the_long_form_whose_initials_keep_most_of_its_letters():
    r = resolve_entities([
        rec("a", methods=[("RSL", "Reshaping learning", "Retrospective Shaping Learning")]),
        rec("b", methods=["reshaping learning"]),
    ])
    entity = {"name": "RSL", "aliases": ["Reshaping learning", "Retrospective Shaping Learning"]}
    assert r.lookup("method", entity).id == r.lookup("method", "Retrospective Shaping Learning").id
    assert r.lookup("method", entity).id != r.lookup("method", "reshaping learning").id


def test_an_acronym_without_a_dominant_expansion_joins_the_shipped_one_most_papers_give(monkeypatch):
    monkeypatch.setattr("kg.extract.canonical.load_alias_table", lambda: [("KAM", "kelp activation map")])
    papers = [rec(f"k{i}", methods=[("KAM", "kelp activation map")]) for i in range(3)]
    papers += [rec("m", methods=[("KAM", "kernel attention module")]), rec("b", methods=["KAM"])]
    papers += [rec(f"d{i}", methods=[("DLS", "dual latent search")]) for i in range(3)]
    papers += [rec("e", methods=[("DLS", "deep layer sampling")]), rec("c", methods=["DLS"])]
    r = resolve_entities(papers)
    assert r.lookup("method", "KAM").id == r.lookup("method", "kelp activation map").id
    assert r.lookup("method", "kernel attention module").id != r.lookup("method", "KAM").id
    # no shipped expansion: 3 of 4 papers is no dominance, the acronym stays apart
    assert r.lookup("method", "DLS").id not in ids(r, "method", "dual latent search", "deep layer sampling")


def test_a_name_after_its_makers_name_is_the_name() -> None:
    # "OpenAI" is a maker a curated line writes before a bare name ("OpenAI o1" / "o1")
    r = resolve_entities([rec("a", methods=["OpenAI o3", "OpenAI Codex", "MS-DETR", "OpenAI CUA"]),
                          rec("b", methods=["o3", "Codex", "DETR", ("CUA", "computer-use agents")])])
    assert len(set(ids(r, "method", "OpenAI o3", "o3"))) == 1
    assert len(set(ids(r, "method", "OpenAI Codex", "Codex"))) == 1
    r2 = resolve_entities([rec("a", methods=["OpenAI o3", "OpenAI-o3-mini"]), rec("b", methods=["o3", "o3-mini"])])
    assert len(set(ids(r2, "method", "OpenAI-o3-mini", "o3-mini"))) == 1  # a maker written apart elsewhere
    r3 = resolve_entities([rec("a", methods=["MS-DETR", "MS loss"]), rec("b", methods=["DETR", "loss"])])
    assert len(set(ids(r3, "method", "MS-DETR", "DETR"))) == 2  # "MS" is written apart before no proper name
    assert len(set(ids(r, "method", "MS-DETR", "DETR"))) == 2  # a hyphened prefix is another model
    assert len(set(ids(r, "method", "OpenAI CUA", "CUA"))) == 2  # an acronym the corpus expands is generic


def test_a_greek_letter_is_its_name_in_ids_and_spellings() -> None:
    r = resolve_entities([rec("a", methods=["Ψ-RAG", "RAG", "π_{0.5}"]), rec("b", methods=["Psi-RAG", "π_{0.5}"]),
                          rec("c", methods=[("π0.5", "π_{0.5}")])])
    assert ids(r, "method", "RAG", "Ψ-RAG", "Psi-RAG", "π_{0.5}") == \
        ["method:rag", "method:psi-rag", "method:psi-rag", "method:pi-0-5"]
    assert r.lookup("method", "π_{0.5}").name == "π0.5"  # TeX markup gives way to the plain letters
    assert slugify("αDepth") == "alpha-depth"


def test_of_spellings_used_alike_the_curated_lists_names_the_entity() -> None:
    r = resolve_entities([rec("a", datasets=["XBench-DeepSearch"], methods=["Qwen-2"]),
                          rec("b", datasets=["xbench-DeepSearch"], methods=["Qwen2"])])
    assert r.lookup("dataset", "XBench-DeepSearch").name == "xbench-DeepSearch"
    assert r.lookup("method", "Qwen-2").name == "Qwen2"


def test_a_task_and_the_task_plus_tasks_are_one_task() -> None:
    r = resolve_entities([rec("a", tasks=["software engineering tasks"]), rec("b", tasks=["software engineering"])])
    assert len(set(ids(r, "task", "software engineering tasks", "software engineering"))) == 1


def test_rival_expansions_that_chain_into_one_meaning_join_the_shipped_one(monkeypatch) -> None:
    # privacy ~ private ~ privately, though privacy and privately derive from each other through private only: the
    # pooled expansions are one meaning, the only one, and the shipped table gives it (this raised IndexError)
    monkeypatch.setattr("kg.extract.canonical.load_alias_table", lambda: [("XP", "xeno privacy")])
    r = resolve_entities([rec("a", methods=[("XP", "xeno privacy")]), rec("b", methods=[("XP", "xeno private")]),
                          rec("c", methods=[("XP", "xeno privately")])])
    assert len(set(ids(r, "method", "XP", "xeno privacy", "xeno private", "xeno privately"))) == 1


def test_an_unassigned_code_point_in_the_greek_block_is_no_letter() -> None:
    # U+03A2 has no name: a slug of a name holding it must not raise
    assert slugify("Ab\u03a2c") == "abc"
    r = resolve_entities([rec("a", methods=["Ab\u03a2c"])])
    assert r.lookup("method", "Ab\u03a2c").id == "method:abc"


def test_this_sessions_rules_do_not_depend_on_input_order(monkeypatch) -> None:
    # sloppy rivals, the shipped majority, makers, modifier order, narrowing aliases, inner plurals, Greek letters and
    # curated spellings read counts and groups across the corpus: no tie may fall to the first record seen
    monkeypatch.setattr("kg.extract.canonical.load_alias_table", lambda: [("KAM", "kelp activation map")])
    records = [rec(f"f{i}", methods=[("Zero Relative Policy Optimization", "ZRPO")]) for i in range(5)]
    records += [rec(f"k{i}", methods=[("KAM", "kelp activation map")]) for i in range(3)]
    records += [
        rec("s", methods=[("ZRPO", "Zero Policy Optimization"), ("KAM", "kernel attention module"), "OpenAI o3"],
            tasks=["video deepfake detection", "LLMs reasoning"], datasets=["XBench-DeepSearch"]),
        rec("t", methods=["o3", ("reinforcement learning", "RL", "agentic RL"), "Ψ-RAG", "Qwen-2"],
            tasks=["deepfake video detection", "LLM reasoning", "software engineering tasks"],
            datasets=["xbench-DeepSearch"]),
        rec("u", methods=["agentic RL", "Psi-RAG", "Qwen2", "π_{0.5}", ("π0.5", "π_{0.5}")],
            tasks=["software engineering"]),
    ]
    _assert_same_entities_in_any_order(records, orders=8)
