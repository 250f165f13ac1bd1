"""Behaviour of the entity extractor on hand-written abstracts."""

from __future__ import annotations

import pytest

from kg.extract.components import task_calibration
from kg.extract.normalize import entity_key
from kg.extract.pipeline import extract_record, extract_records


def _shelf_record(sentence: str) -> dict:
    """The record of an invented paper on reading shelves whose abstract ends with ``sentence``."""
    return extract_record({"id": "shelf", "title": "Reading shelves", "abstract": "Shelf reading is hard. " + sentence})


def _names(rec, kind):
    return [e["name"] for e in rec[kind]]


def _proposed(rec, *kinds):
    """Name -> proposed flag of the entities of ``kinds`` in an extraction record."""
    return {e["name"]: e["proposed"] for kind in kinds for e in rec[kind]}


def _forms(rec, kind):
    return {entity_key(f) for e in rec[kind] for f in [e["name"], *e["aliases"]]}


def _method_aliases(rec):
    """Method name -> its aliases in an extraction record."""
    return {e["name"]: e["aliases"] for e in rec["methods"]}


CONDA = {
    "id": "c1",
    "title": "Conda: Column-Normalized Adam for Training Large Language Models",
    "abstract": ("Large language models (LLMs) are costly to train. We propose Column-Normalized Adam (Conda), "
                 "a novel optimizer that normalizes updates column-wise. Conda converges faster than AdamW "
                 "and Muon when pre-training LLaMA models on the C4 dataset."),
}


def test_acronym_definition_is_one_entity_with_alias():
    rec = extract_record(CONDA)
    conda = [e for e in rec["methods"] if e["name"] == "Conda"]
    assert len(conda) == 1
    assert conda[0]["aliases"] == ["Column-Normalized Adam"]
    # the long form must not also appear as a separate entity, nor its inner "Adam"
    assert "Adam" not in _names(rec, "methods")
    assert "Column-Normalized Adam" not in _names(rec, "methods")


def test_proposed_method_and_baselines():
    rec = extract_record(CONDA)
    proposed = _proposed(rec, "methods")
    assert proposed["Conda"] is True
    assert proposed["AdamW"] is False
    assert proposed["Muon"] is False
    assert "C4" in _names(rec, "datasets")


def test_generic_terms_are_not_entities():
    rec = extract_record(CONDA)
    forms = _forms(rec, "methods") | _forms(rec, "datasets") | _forms(rec, "tasks")
    for generic in ["LLMs", "large language models", "deep learning", "neural networks", "pre-training",
                    "fine-tuning"]:
        assert entity_key(generic) not in forms, generic


def test_imagenet_variants_stay_distinct():
    rec = extract_record({"id": "i", "title": "Scaling vision backbones",
                          "abstract": "We pre-train on ImageNet-22K and fine-tune on ImageNet-1K, then test on "
                                      "CIFAR-10 and CIFAR-100."})
    names = _names(rec, "datasets")
    assert "ImageNet-22K" in names and "ImageNet-1K" in names
    assert "CIFAR-10" in names and "CIFAR-100" in names
    assert len({entity_key(n) for n in names}) == len(names)


def test_model_versions_stay_distinct():
    rec = extract_record({"id": "v", "title": "Comparing assistants",
                          "abstract": "We compare GPT-4 with GPT-4o, and ResNet-50 with ResNet-101 and Llama-3-8B."})
    names = _names(rec, "methods")
    for n in ["GPT-4", "GPT-4o", "ResNet-50", "ResNet-101", "Llama-3-8B"]:
        assert n in names, (n, names)


def test_evidence_offsets_point_at_the_mention():
    rec = extract_record(CONDA)
    for kind in ("methods", "datasets", "tasks"):
        for e in rec[kind]:
            assert e["mentions"], e
            for m in e["mentions"]:
                field = CONDA[m["field"]]
                assert field[m["start"]:m["end"]] == m["text"]
                assert m["text"] in m["sentence"]
                assert m["rule"]
            assert 0 < e["confidence"] <= 1
            assert e["key"] == entity_key(e["name"])


def test_title_prefix_marks_proposed_and_tasks_are_lower_case():
    rec = extract_record({"id": "t", "title": "HeadGaS: Real-Time Animatable Head Avatars via 3D Gaussian Splatting",
                          "abstract": "We address the task of head avatar reconstruction from monocular video."})
    head = [e for e in rec["methods"] if e["name"] == "HeadGaS"]
    assert head and head[0]["proposed"] is True
    assert "3D Gaussian Splatting" in _names(rec, "methods")
    assert all(t["name"] == t["name"].lower() or any(w.isupper() for w in t["name"].split()) for t in rec["tasks"])
    assert any("reconstruction" in t["name"] for t in rec["tasks"])


def test_dataset_cue_and_lists():
    rec = extract_record({"id": "d", "title": "A study of reasoning",
                          "abstract": "Experiments on the FooQA and BarSet benchmarks, as well as GSM8K, show gains."})
    names = _names(rec, "datasets")
    assert "FooQA" in names and "BarSet" in names and "GSM8K" in names
    assert not {"FooQA", "BarSet"} & set(_names(rec, "methods"))


def test_plural_merges_into_singular_name():
    rec = extract_record({"id": "p", "title": "On Transformers",
                          "abstract": "Transformers and a Transformer trained with dropout."})
    trans = [e for e in rec["methods"] if entity_key(e["name"]) == "transformer"]
    assert len(trans) == 1 and trans[0]["name"] == "Transformer"


def test_determinism_and_order():
    recs = [CONDA, {"id": "e", "title": "", "abstract": ""}, dict(CONDA, id="c2")]
    a = list(extract_records(recs))
    b = [extract_record(r) for r in recs]  # one call a paper: the same records
    assert [r["id"] for r in a] == ["c1", "e", "c2"]
    assert a == b
    assert a[0]["methods"] == a[2]["methods"]


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01\x02", "<p>HTML <b>bold</b></p> $\\alpha$ \\cite{x}",
                                  "Это не английский текст о нейронных сетях.",
                                  "(((((", "A" * 50_000])
def test_odd_inputs_do_not_crash(text):
    rec = extract_record({"id": "x", "title": text[:100], "abstract": text})
    assert rec["id"] == "x"
    for kind in ("methods", "datasets", "tasks", "repos", "urls"):
        assert isinstance(rec[kind], list)


def test_huge_abstract_is_truncated_and_flagged():
    text = "We use BERT. " * 200_000  # ~2.6 MB
    rec = extract_record({"id": "big", "title": "t", "abstract": text})
    assert rec.get("truncated") is True
    assert "BERT" in _names(rec, "methods")


def test_names_sharing_a_stem_or_joined_by_plus_are_separate_entities():
    rec = extract_record({"id": "v", "title": "Noisy labels",
                          "abstract": "We train ResNet-18 on CIFAR-10 and report CIFAR-10/100 results. "
                                      "We compare SpinQuant+GPTQ and Whisper-small with K-means on NTU RGB+D."})
    datasets = _names(rec, "datasets")
    assert datasets.count("CIFAR-10") == 1 and "CIFAR-100" in datasets
    assert not any("/" in n for n in datasets)
    methods = _names(rec, "methods")
    assert {"SpinQuant", "GPTQ", "Whisper-small", "K-means"} <= set(methods)
    assert "SpinQuant+GPTQ" not in methods
    assert [e for e in rec["datasets"] if e["name"] == "CIFAR-10"][0]["mentions"][-1]["text"] == "CIFAR-10/100"


def test_classic_and_lower_case_techniques_from_the_curated_list():
    rec = extract_record({"id": "c", "title": "Shelf audio", "abstract": (
        "We compare quadratic discriminant analysis with a 3D U-Net and CLAP embeddings, choose frames by random "
        "sampling and fuse them with cross-modal attention.")})
    assert {"quadratic discriminant analysis", "3D U-Net", "CLAP", "random sampling",
            "cross-modal attention"} <= set(_names(rec, "methods"))


def test_classic_algorithms_outside_ml_from_the_curated_list():
    rec = extract_record({"id": "k", "title": "Shelf ledgers", "abstract": (
        "Replicas agree with Paxos and two-phase commit, store keys in an LSM-tree, check the protocol by model "
        "checking and plan routes with D* Lite over a factor graph.")})
    assert {"Paxos", "two-phase commit", "LSM-tree", "model checking", "D* Lite",
            "factor graph"} <= set(_names(rec, "methods"))  # "Paxos" is a name, not a plural


def test_fifth_round_techniques_and_releases_from_the_curated_list():
    rec = extract_record({"id": "f", "title": "Shelf decoding", "abstract": (
        "Our shelf planner uses parallel decoding and a diffusion loss, cleans pseudo-labels by confidence "
        "filtering, compresses prompts with LLMLingua and is compared with o3 and Marigold. Shelf videos come "
        "from a video diffusion backbone.")})
    assert {"parallel decoding", "diffusion loss", "confidence filtering", "LLMLingua", "o3",
            "Marigold", "video diffusion"} <= set(_names(rec, "methods"))


def test_statistical_tests_and_optimisers_of_the_fifth_round():
    rec = extract_record({"id": "st", "title": "Shelf audits", "abstract": (
        "Shelf scores are compared with the Friedman test and the Nemenyi test, smoothed with LOESS and fitted "
        "by a subgradient method; stock curves use B-splines.")})
    assert {"Friedman test", "Nemenyi test", "LOESS", "subgradient method"} <= set(_names(rec, "methods"))
    assert "b spline" in _forms(rec, "methods")


def test_sixth_round_generation_restoration_and_systems_names():
    """Session 20's names: image and video editing and restoration models, feed-forward 3D, serving systems."""
    rec = extract_record({"id": "g6", "title": "Shelf animation", "abstract": (
        "Shelf photos are restored with CodeFormer and Retinexformer, edited with DragGAN and animated with "
        "Tune-A-Video; shelf geometry comes from Spann3R, and the captioner is served by Sarathi-Serve with "
        "ShadowKV, against a Sa2VA segmenter and a SparseDrive planner.")})
    assert {"CodeFormer", "Retinexformer", "DragGAN", "Tune-A-Video", "Spann3R", "Sarathi-Serve", "ShadowKV",
            "Sa2VA", "SparseDrive"} <= set(_names(rec, "methods"))


def test_latex_and_british_spellings_are_aliases_of_their_lines():
    """arXiv abstracts write π0 as "π_0" and PixArt-Σ as "PixArt-$\\Sigma$", and British authors write
    "-isation": these are alias forms on the names' lines, so they are found whole."""
    rec = extract_record({"id": "b6", "title": "Shelf robots", "abstract": (
        "We compare π_0 and PixArt-$\\Sigma$ shelf models, tune them by Bayesian optimisation and compress "
        "them by vector quantisation.")})
    assert {"π_0", "PixArt-$\\Sigma$", "Bayesian optimisation", "vector quantisation"} <= set(_names(rec, "methods"))


def test_sixth_round_benchmark_names():
    rec = extract_record({"id": "d6", "title": "Shelf reasoning", "abstract": (
        "The shelf model is evaluated on LongBench v2, WeMath and LiveCodeBench v5.")})
    assert {"LongBench v2", "WeMath", "LiveCodeBench v5"} <= set(_names(rec, "datasets"))


def test_a_joined_spelling_of_a_listed_name_is_found():
    """Spellings written without the space or hyphen of a listed name ("multihead attention", "backtranslation",
    "coreset selection") are aliases on its line: found whole, not cut down to a listed head ("attention")."""
    rec = extract_record({"id": "j", "title": "Shelf classifiers", "abstract": (
        "We pick training shelves by coreset selection, embed them with multihead attention, augment the "
        "captions by backtranslation and tune the planner by instruction finetuning.")})
    methods = set(_names(rec, "methods"))
    assert {"coreset selection", "multihead attention", "backtranslation",
            "instruction finetuning"} <= methods and "attention" not in methods


def test_a_numbered_dataset_name_in_another_case_or_dash_is_the_listed_dataset():
    """A listed one-word numbered dataset ("SSv2", "Diving48", "MATH500") written in another case or with the dash
    before its number toggled is that dataset, not a coined method name read from a model-filled sentence."""
    rec = extract_record({"id": "n", "title": "Shelf video models", "abstract": (
        "ShelfNet beats transformer and SSM baselines on fine-grained actions (SSV2, Diving-48) and cuts the "
        "Mistral-7B Math500 latency by 3x.")})
    assert {"SSV2", "Diving-48", "Math500"} <= set(_names(rec, "datasets"))
    assert not {"SSV2", "Diving-48", "Math500"} & set(_names(rec, "methods"))


def test_a_listed_name_ending_in_plus_or_hash_keeps_it():
    """The tokenizer splits the "+" of "DeepLabv3+" and the "#" of "QuIP#" off the word: the listed name keeps them,
    a "+" written apart joins two names."""
    rec = extract_record({"id": "p", "title": "Shelf parsing",
                          "abstract": "We segment shelves with DeepLabv3+, quantize it with QuIP# and write the code "
                                      "with CodeT5+."})
    methods = set(_names(rec, "methods"))
    assert {"DeepLabv3+", "QuIP#", "CodeT5+"} <= methods and "QuIP" not in methods
    spaced = extract_record({"id": "q", "title": "Shelf parsing", "abstract": "We pair DeepLabv3 + CRF on shelves."})
    assert {"DeepLabv3", "CRF"} <= set(_names(spaced, "methods"))
    slashed = extract_record({"id": "r", "title": "Shelf parsing",
                              "abstract": "We compare DeepLabv3+/PSPNet and UNet++/SegFormer baselines on shelves."})
    assert {"DeepLabv3+", "PSPNet", "UNet++", "SegFormer"} <= set(_names(slashed, "methods"))


@pytest.mark.parametrize("abstract, names", [
    ("On five databases (BID, CLIVE, KonIQ, SPAQ, and FLIVE) with authentic distortions, it wins.",
     {"BID", "CLIVE", "KonIQ", "SPAQ", "FLIVE"}),
    ("It is best across four datasets of varying sizes: EchoNet-Dynamic, CAMUS, MICCAI-BUV, and WHBUS.",
     {"EchoNet-Dynamic", "CAMUS", "MICCAI-BUV", "WHBUS"}),
])
def test_names_listed_after_a_plural_dataset_word_are_datasets(abstract, names):
    rec = extract_record({"id": "d", "title": "Quality assessment", "abstract": abstract})
    assert names <= set(_names(rec, "datasets"))
    assert not names & set(_names(rec, "methods"))


def test_a_list_of_classes_or_places_is_not_datasets():
    rec = extract_record({"id": "d", "title": "Driving video", "abstract": (
        "We build a dataset with four classes: Falling, Staggering, and Normal. Videos span driving "
        "environments (UK, US, Germany). The dataset covers five domains: Agriculture, Health, and Culture.")})
    assert not {"Falling", "Germany", "Agriculture", "Health"} & set(_names(rec, "datasets"))


def test_two_names_proposed_together_are_two_proposed_entities():
    rec = extract_record({"id": "p", "title": "Speculation", "abstract": (
        "We propose FooNet and BarNet, two novel architectures. We also introduce Search and Rescue Net, "
        "a planner. They beat ResNet.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("FooNet") is True and proposed.get("BarNet") is True
    assert "FooNet and BarNet" not in proposed
    assert proposed.get("ResNet") is False


def test_a_name_scored_on_in_a_results_sentence_is_a_dataset_but_a_sized_model_is_not():
    rec = extract_record({"id": "r", "title": "Memory routing", "abstract": (
        "Routing beats a flat baseline by 20.7% F1 on LoCoMo. It improves by 9.1% on the adversarial RAID. "
        "It gains 3.2% on Qwen2-0.5B.")})
    assert {"LoCoMo", "RAID"} <= set(_names(rec, "datasets"))
    assert "Qwen2-0.5B" in _names(rec, "methods")


def test_a_known_technique_before_a_broad_task_word_is_the_method():
    rec = extract_record({"id": "c", "title": "Puzzles", "abstract": (
        "A planner with chain-of-thought reasoning solves puzzles. We study 3D Gaussian Splatting compression.")})
    assert entity_key("chain-of-thought") in {entity_key(n) for n in _names(rec, "methods")}
    assert "chain-of-thought reasoning" not in _names(rec, "tasks")
    assert "3D Gaussian Splatting" not in _names(rec, "methods")  # a specific task keeps its known technique


def test_acronyms_of_observation_and_imaging_kinds_are_not_methods():
    rec = extract_record({"id": "o", "title": "Mapping", "abstract": (
        "We fuse Synthetic Aperture Radar (SAR) with near-infrared (NIR) bands. Our network maps crops.")})
    assert not {"SAR", "NIR", "Synthetic Aperture Radar"} & set(_names(rec, "methods"))


def test_acronyms_of_measured_quantities_people_and_clinical_terms_are_not_methods():
    rec = extract_record({"id": "q3", "title": "Shelf channels", "abstract": (
        "The aisle power spectrum (APS) and the glare spread (GS) vary by aisle. Shelf responders (SRs) "
        "and healthcare staff professionals (HSPs) review the shelf-weighted (SW) scans of Glare Fertilization (GF) "
        "and Shelf Enterography (SE) in small retail enterprises (SREs) near the aisle ventricle (AV). "
        "Our network ranks the aisles.")})
    assert not {"aps", "gs", "sr", "hsp", "gf", "se", "sre", "av"} & _forms(rec, "methods")


def test_an_acronym_spelled_out_as_a_non_clinical_graphy_word_stays():
    rec = extract_record({"id": "q4", "title": "Shelf tags", "abstract": (
        "We sign shelf tags with Elliptic Curve Cryptography (ECC). Coverless Shelf Steganography (CSS) hides "
        "prices in tags. We study CSS with diffusion models.")})
    assert "ECC" in _names(rec, "methods"), _names(rec, "methods")
    assert "coverless shelf steganography" in _names(rec, "tasks"), _names(rec, "tasks")


def test_acronyms_of_quantities_phenomena_and_content_are_not_methods():
    rec = extract_record({"id": "q", "title": "Shelf depth", "abstract": (
        "Shelf cameras use time-of-flight (ToF) sensors. We observe a Shelf Glare Attenuation (SGA) phenomenon "
        "and export scalable vector graphics (SVG). Agents talk over the Shelf-Agent (SA) protocol.")})
    assert not {"tof", "sga", "svg"} & _forms(rec, "methods")
    assert "sa" in _forms(rec, "methods")  # a Title-Case hyphenated long form is a name, not a thing
    rec = extract_record({"id": "q2", "title": "Shelf audio", "abstract": (
        "The Blurred Shelf Content (BSC) encoder sharpens the speech model.")})
    assert "bsc" in _forms(rec, "methods")  # a method word after the definition names a part of the design


def test_model_family_variants_keep_their_tier_words():
    rec = extract_record({"id": "v", "title": "Agents", "abstract": (
        "We compare Claude 3.5 Sonnet, Claude Opus 4.1 and GPT-4o mini on the tasks.")})
    assert {"Claude 3.5 Sonnet", "Claude Opus 4.1", "GPT-4o mini"} <= set(_names(rec, "methods"))


def test_a_module_name_is_also_known_without_its_head_word_unless_another_entity_has_it():
    rec = extract_record({"id": "m", "title": "Fusion", "abstract": (
        "We propose a Cross-Modal Frequency Fusion module and the Cobweb algorithm. "
        "A shared Transformer encodes both views.")})
    aliases = {e["name"]: e["aliases"] for e in rec["methods"]}
    assert "Cross-Modal Frequency Fusion" in aliases["Cross-Modal Frequency Fusion module"]
    assert "Cobweb" in aliases["Cobweb algorithm"]
    assert "Transformer" in aliases["shared Transformer"]
    rec = extract_record({"id": "m2", "title": "Fusion", "abstract": (
        "A shared Transformer encodes both views, unlike a Transformer trained per view.")})
    aliases = {e["name"]: e["aliases"] for e in rec["methods"]}
    assert "Transformer" in aliases and "Transformer" not in aliases.get("shared Transformer", [])


def test_a_technique_narrowed_by_plain_modifiers_keeps_that_form_as_an_alias():
    rec = extract_record({"id": "n", "title": "Video", "abstract": (
        "We distill an audio diffusion model trained with a class-balanced focal loss and the InfoNCE loss. "
        "Leveraging GPT-4o, we label clips.")})
    aliases = {e["name"]: e["aliases"] for e in rec["methods"]}
    assert "audio diffusion model" in aliases["diffusion model"]
    assert "class-balanced focal loss" in aliases["focal loss"]
    assert "InfoNCE loss" in aliases["InfoNCE"]
    assert aliases["GPT-4o"] == []  # "Leveraging" is a verb, and a capitalised name is not narrowed


def test_an_acronym_glued_to_a_plain_word_is_a_modifier_not_a_name():
    rec = extract_record({"id": "a", "title": "Dialogue", "abstract": (
        "We study LLM-human dialogue and AI-feedback loops with BERT-base and a KV-cache.")})
    names = set(_names(rec, "methods"))
    assert not {"LLM-human", "AI-feedback"} & names
    assert {"BERT-base", "KV-cache"} <= names


def test_weak_tasks_listed_with_a_task_are_kept_but_not_a_list_of_steps():
    rec = extract_record({"id": "t", "title": "Gloop: a unified model for pedestrian tracking", "abstract": (
        "We present Gloop, a model for pedestrian tracking. Results on six benchmarks spanning pedestrian tracking, "
        "crowd flow forecasting, and shelf inventory estimation show clear gains. Its pipeline has two steps: "
        "shelf layout parsing and price tag estimation.")})
    tasks = set(_names(rec, "tasks"))
    assert {"crowd flow forecasting", "shelf inventory estimation"} <= tasks
    assert not {"shelf layout parsing", "price tag estimation"} & tasks


def test_a_task_phrase_drops_a_leading_verb_and_a_contrasted_task_is_weak():
    rec = extract_record({"id": "v", "title": "Gloop for retail robots", "abstract": (
        "Current robots lack shelf layout parsing.")})
    assert _names(rec, "tasks") == ["shelf layout parsing"]
    rec = extract_record({"id": "u", "title": "Gloop for retail robots", "abstract": (
        "Unlike image classification, our setting needs counting. We study shelf inventory estimation.")})
    assert _names(rec, "tasks") == ["shelf inventory estimation"]


def test_a_degree_or_idiom_x_to_y_pair_is_not_a_task_but_a_modality_pair_is():
    rec = extract_record({"id": "x", "title": "Gloop for retail robots", "abstract": (
        "Gloop refines shelves in a low-to-high and head-to-head manner, and supports image-to-image and "
        "sketch-to-3D.")})
    tasks = _forms(rec, "tasks")  # (a media pair is named by its generation form, the pair its alias)
    assert not {entity_key("low-to-high"), entity_key("head-to-head")} & tasks
    assert {entity_key("image-to-image"), entity_key("sketch-to-3D")} <= tasks


def test_a_word_joined_to_bench_or_corpus_is_a_dataset_name():
    rec = extract_record({"id": "b", "title": "Agents", "abstract": (
        "Our pipeline yields Terminal-Corpus, a large open dataset. The model reaches 7.4 on Imagine-Bench. "
        "Vision-Language models are strong.")})
    assert {"Terminal-Corpus", "Imagine-Bench"} <= set(_names(rec, "datasets"))


def test_a_technique_head_named_once_is_kept_but_a_part_is_not():
    rec = extract_record({"id": "p", "title": "Compact models", "abstract": (
        "We shrink the network with layer-adaptive pruning and align it via relation distillation. "
        "A recurrent memory stores the context.")})
    names = set(_names(rec, "methods"))
    assert {"layer-adaptive pruning", "relation distillation"} <= names
    assert "recurrent memory" not in names


def test_a_larger_release_of_a_proposed_dataset_is_proposed_too():
    rec = extract_record({"id": "v", "title": "Synthetic faces", "abstract": (
        "Our system generates FaceGen20K, a synthetic face dataset with 20K identities. Scaling up, the "
        "FaceGen200K and FaceGen500K datasets beat the real CASIA-WebFace dataset.")})
    proposed = _proposed(rec, "datasets")
    assert proposed.get("FaceGen20K") and proposed.get("FaceGen200K") and proposed.get("FaceGen500K")
    assert proposed.get("CASIA-WebFace") is False


def test_a_sibling_of_a_proposed_part_in_its_sentence_is_proposed_too():
    rec = extract_record({"id": "sib", "title": "Shelf consistency for robust detection", "abstract": (
        "We propose a shelf alignment loss that matches views, and a rack ordering loss that ranks items. "
        "To train the detector, we introduce a progressive training strategy: Shelf-FT tunes the experts; "
        "Rack-FT tunes the router. It outperforms Faster R-CNN and YOLO-FT.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("shelf alignment loss") and proposed.get("rack ordering loss")
    assert proposed.get("Shelf-FT") and proposed.get("Rack-FT")
    assert not proposed.get("YOLO-FT")


def test_a_company_release_described_by_an_apposition_is_not_proposed():
    rec = extract_record({"id": "co", "title": "Do speech recognisers listen fairly?", "abstract": (
        "We benchmark ten speech recognisers on Common Voice and Google's ShelfSpeech-Bench, a controlled-prompt "
        "dataset that removes vocabulary confounds.")})
    assert _proposed(rec, "datasets").get("ShelfSpeech-Bench") is False


def test_a_title_means_the_text_gives_as_an_example_is_not_proposed():
    rec = extract_record({"id": "ex", "title": "Learning without forgetting through ShelfFormer-Audio", "abstract": (
        "Foundation multimodal models like ShelfFormer-Audio hold rich priors, but they forget in incremental "
        "settings. We integrate its features into a class-incremental learner with dual-level distillation.")})
    assert _proposed(rec, "methods").get("ShelfFormer-Audio") is False


def test_parts_of_a_proposed_release_or_benchmark_are_proposed_too():
    rec = extract_record({"id": "r", "title": "ShelfBot 1.0 Technical Report", "abstract": (
        "ShelfBot 1.0 pairs two models: a layout model, ShelfBot-Plan, and a grasp model, ShelfBot-Grasp. "
        "ShelfBot policies beat ResNet-50. We also introduce ORBBench, a benchmark for shelf robots with "
        "three settings: ORB-Pick, which tests grasping, and ORB-Stack, which tests stacking.")})
    proposed = {**_proposed(rec, "methods"), **_proposed(rec, "datasets")}
    assert proposed.get("ShelfBot 1.0") and proposed.get("ShelfBot") and proposed.get("ShelfBot-Plan")
    assert proposed.get("ShelfBot-Grasp") and proposed.get("ORB-Pick") and proposed.get("ORB-Stack")
    assert proposed.get("ResNet-50") is False


def test_the_bare_name_beside_a_second_release_is_its_predecessor():
    rec = extract_record({"id": "p", "title": "ShelfBot 2.0: better shelf robots", "abstract": (
        "We present ShelfBot 2.0, a grasping model. Compared to its predecessor ShelfBot, it grasps twice as "
        "fast, and its planner ShelfBot-Plan is new.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("ShelfBot 2.0") and proposed.get("ShelfBot-Plan")
    assert proposed.get("ShelfBot") is False


def test_a_second_described_name_joined_to_the_proposal_is_proposed_too():
    rec = extract_record({"id": "d", "title": "Shelf robots that plan", "abstract": (
        "We introduce ShelfJudge, an automated grasp evaluator, and ShelfPlanner, a planning framework with "
        "memory. We also build ShelfQA for lookahead and ShelfGraspQA for prediction. We pair LiDAR scans "
        "and GPT-4o outputs.")})
    proposed = {**_proposed(rec, "methods"), **_proposed(rec, "datasets")}
    assert proposed.get("ShelfJudge") and proposed.get("ShelfPlanner")
    assert proposed.get("ShelfQA") and proposed.get("ShelfGraspQA")
    assert proposed.get("GPT-4o") is False
    baseline = extract_record({"id": "d2", "title": "Shelf robots that plan", "abstract": (
        "We propose ShelfJudge, an automated grasp evaluator, and GraspGPT for comparison.")})
    assert _proposed(baseline, "methods").get("GraspGPT") is False


def test_a_name_another_study_or_the_authors_earlier_work_introduced_is_not_proposed():
    rec = extract_record({"id": "o", "title": "Shelf robots that plan", "abstract": (
        "A recent study introduced the ShelfMix evaluation for grasping. Building on our previously released "
        "ShelfBase-8B model, we propose ShelfPlanner, a planning framework.")})
    proposed = _proposed(rec, "methods") | _proposed(rec, "datasets")
    assert proposed.get("ShelfPlanner") is True
    assert not proposed.get("ShelfMix") and not proposed.get("ShelfBase-8B")
    own = extract_record({"id": "o2", "title": "Shelf robots that plan", "abstract": (
        "Unlike prior work, this study proposes ShelfPlanner, a planning framework.")})
    assert _proposed(own, "methods").get("ShelfPlanner") is True  # the paper's own subject follows the other work


def test_an_acronym_defined_before_strategy_or_components_is_a_proposed_part():
    rec = extract_record({"id": "s", "title": "FooNet: fast fusion", "abstract": (
        "We propose FooNet, a novel fusion network. It further enables a Scale-Decoupled Sparse Inference "
        "(SDSI) strategy and four new Predictive Fusion Unit (PFU) components.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("SDSI") is True and proposed.get("PFU") is True


def test_a_name_described_as_our_benchmark_is_a_proposed_dataset():
    rec = extract_record({"id": "b", "title": "Parsing PDFs for QA", "abstract": (
        "We use two benchmarks, including FinTabQA, our newly generated, publicly available benchmark. "
        "Unlike DocBenchX, our benchmark has tables.")})
    proposed = _proposed(rec, "datasets")
    assert proposed.get("FinTabQA") is True
    assert not proposed.get("DocBenchX")


def test_a_part_the_proposed_model_introduces_is_proposed():
    rec = extract_record({"id": "m", "title": "FooSeg for segmentation", "abstract": (
        "We present FooSeg for lesion segmentation. FooSeg introduces a causal reweighting module "
        "which removes spurious features.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("causal reweighting module") is True


def test_an_acronym_defined_as_the_subject_of_a_walkthrough_is_proposed():
    rec = extract_record({"id": "w", "title": "FooRep for multimodal learning", "abstract": (
        "We propose FooRep, which organizes features into levels. Then, at each level, an Intra-Level Mixing "
        "Domain (IntraMD) factorizes features into shared subspaces. We validated clusters with False Colour "
        "Composite (FCC) checks.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("IntraMD") is True
    assert not proposed.get("FCC")


def test_a_repeat_of_an_earlier_acronym_after_we_propose_is_not_proposed():
    rec = extract_record({"id": "a", "title": "FooTry: try-on from any view", "abstract": (
        "Virtual Try-On (VTON) is a useful technology. In this work, we propose FooTry, a novel 3D VTON method "
        "that renders clothes.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("FooTry") is True
    assert not proposed.get("VTON")


def test_an_acronym_the_proposal_is_cast_as_or_built_on_is_not_proposed():
    rec = extract_record({"id": "c", "title": "Sequential retrieval", "abstract": (
        "In this work, we propose FooRet, a retriever that models retrieval as a Markov Decision Process (MDP). "
        "We also propose BarNet, which fuses spatial and DWT (Discrete Wavelet Transform)-based features.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("FooRet") is True
    assert not proposed.get("MDP") and not proposed.get("DWT")


def test_an_acronym_for_the_kind_of_a_proposed_name_is_not_proposed():
    rec = extract_record({"id": "k", "title": "FooFly: drone navigation", "abstract": (
        "We present FooFly, a training-free aerial vision-language navigation (AVLN) framework built on VLMs.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("FooFly") is True
    assert not proposed.get("AVLN")


def test_a_naming_word_inside_a_capitalised_name_opens_no_proposal():
    rec = extract_record({"id": "n", "title": "Language Independent Named Entity Recognition via Rotated Vectors",
                          "abstract": "We build a chatbot on data from the Kisan Call Center and evaluate it."})
    proposed = _proposed(rec, "methods", "datasets")
    assert not any(proposed.values()), proposed


def test_a_title_prefix_naming_the_paper_itself_is_no_method():
    rec = extract_record({"id": "t", "title": "FVUW 2025 Challenge Report: Advances in Video Segmentation",
                          "abstract": "This report summarizes the challenge results on video segmentation."})
    names = {e["name"] for k in ("methods", "datasets") for e in rec[k]}
    assert "FVUW 2025 Challenge Report" not in names


def test_what_a_method_operates_as_is_not_its_own_part():
    rec = extract_record({"id": "o", "title": "Limits of RL for reasoning", "abstract": (
        "We show that the method operates as a conservative reweighting mechanism that limits discovery. "
        "We first introduce a residual fusion module as well as an adaptive gating mechanism.")})
    proposed = _proposed(rec, "methods")
    assert not proposed.get("conservative reweighting mechanism")
    assert proposed.get("adaptive gating mechanism") is True


def test_an_acronym_described_as_a_framework_is_a_method_even_with_a_task_head():
    rec = extract_record({"id": "g", "title": "Grading exams with generative AI", "abstract": (
        "We introduce GRAS (Generative Rubric Answer Scoring), a novel framework for grading. "
        "We train it with Tool-Aware Policy Optimization (TAPO).")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("GRAS") is True
    assert "TAPO" in proposed
    assert "generative rubric answer scoring" not in {e["name"] for e in rec["tasks"]}


def test_an_acronym_we_define_and_describe_is_proposed():
    rec = extract_record({"id": "d", "title": "Steering image agents", "abstract": (
        "Rewards are sparse. We resolve this with PRE-PPO (Peak-Retention Proximal Policy Optimization), a "
        "trajectory-level reward. Our method extends Bundle Adjusting Radiance Fields (BARF), a view synthesis "
        "method.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("PRE-PPO") is True
    assert not proposed.get("BARF")


def test_a_title_case_part_name_is_a_proposed_component():
    rec = extract_record({"id": "tc", "title": "Lifelong re-identification", "abstract": (
        "We introduce a novel approach named FooReID. Then, an Inter-domain Cross-modal Attribute Mixing "
        "scheme is developed, which aligns attributes.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("Inter-domain Cross-modal Attribute Mixing scheme") is True


def test_a_name_after_we_present_a_new_task_is_not_a_proposed_method():
    rec = extract_record({"id": "nt", "title": "Partial knowledge prompting", "abstract": (
        "Furthermore, we present a new task, Unseen Entity KGQA, where entity linking fails.")})
    assert not any(e["proposed"] for k in ("methods", "datasets") for e in rec[k])


def test_a_capitalised_name_ending_in_dataset_is_a_dataset():
    rec = extract_record({"id": "ds", "title": "Ambiguous parts", "abstract": (
        "In addition, we propose a new Target Splitting Dataset which contains two subsets.")})
    assert "Target Splitting Dataset" in {e["name"] for e in rec["datasets"]}
    assert "Target Splitting Dataset" not in {e["name"] for e in rec["methods"]}


def test_a_bracketed_long_form_after_a_proposed_name_is_its_alias():
    rec = extract_record({"id": "br", "title": "Prompt tuning for vision", "abstract": (
        "This paper introduces QzPT (Visual Variational Autoencoder Prompt Tuning), a prompt method.")})
    qzpt = [e for e in rec["methods"] if e["name"] == "QzPT"]
    assert qzpt and qzpt[0]["proposed"] and qzpt[0]["aliases"] == ["Visual Variational Autoencoder Prompt Tuning"]
    assert "Visual Variational Autoencoder Prompt Tuning" not in {e["name"] for e in rec["methods"]}


def test_an_acronym_for_the_purpose_or_of_prior_work_is_not_proposed():
    rec = extract_record({"id": "pu", "title": "Stylization with alignment", "abstract": (
        "Approaches based on radiance fields optimize a Nearest Neighbor Feature Matching (NNFM) loss. "
        "We present FooCls, an explainable graph network for whole slide image (WSI) classification.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("FooCls") is True
    assert not proposed.get("NNFM") and not proposed.get("WSI")


def test_a_name_after_our_design_of_is_proposed():
    rec = extract_record({"id": "od", "title": "Ultrasound video analysis", "abstract": (
        "We introduce FooViM, a data-efficient network. With our design of Enclosure Summary Tokens (EST), "
        "the model aggregates global features.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("EST") is True


def test_a_list_closed_by_and_does_not_take_the_next_subject_in():
    rec = extract_record({"id": "ls", "title": "Pair confidence learning", "abstract": (
        "We propose RPCX (Robust Pair Confidence Extraction), a training-only framework. On ECF, MECAD, and "
        "MEC4, RPCX improves the mean Pair F1 and the AUPRC on all three datasets.")})
    assert {"ECF", "MECAD", "MEC4"} <= {e["name"] for e in rec["datasets"]}
    assert "RPCX" in {e["name"] for e in rec["methods"]}


def test_an_acronym_for_the_model_the_title_opens_with_is_proposed():
    rec = extract_record({"id": "rl", "title": "Regression Reasoning Models for Code", "abstract": (
        "We study code-to-metric regression. We show that a single unified Regression Reasoning Model (RRM) "
        "can predict memory and latency from text.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("RRM") is True


def test_an_acronym_presented_as_a_technique_is_a_method():
    rec = extract_record({"id": "at", "title": "Video diffusion training", "abstract": (
        "We build on video diffusion. Here we add Cross-clip Feature Alignment (CCFA), a novel regularization "
        "technique that aligns hidden states of neighbouring clips.")})
    names = {n for e in rec["methods"] for n in [e["name"], *e["aliases"]]}
    assert "CCFA" in names
    assert "CCFA" not in {n for e in rec["tasks"] for n in [e["name"], *e["aliases"]]}


def test_a_proposed_learning_technique_with_an_acronym_is_a_method():
    rec = extract_record({"id": "pt", "title": "Style transfer with encoders", "abstract": (
        "In the first stage, we propose Joint Soft Contrastive Learning (JSCL) to train the encoder. "
        "JSCL separates style from content.")})
    assert "JSCL" in {n for e in rec["methods"] for n in [e["name"], *e["aliases"]]}
    rec = extract_record({"id": "pt2", "title": "Interactive agents", "abstract": (
        "We introduce the Active Scene Reasoning (ASR) task, where agents act to gather evidence.")})
    assert "ASR" not in {n for e in rec["methods"] for n in [e["name"], *e["aliases"]]}


def test_the_papers_own_name_after_a_dataset_is_not_a_dataset():
    rec = extract_record({"id": "on", "title": "FooPose: 3D Human Pose Estimation with Depth Cues", "abstract": (
        "We propose a novel pose framework, FooPose. On the in-the-wild dataset 3DPW, FooPose achieves an "
        "error of 60.1 mm.")})
    assert "FooPose" in _names(rec, "methods")
    assert "FooPose" not in _names(rec, "datasets")


def test_a_title_case_compound_in_a_list_of_models_is_a_model():
    rec = extract_record({"id": "cc", "title": "Audio units in speech models", "abstract": (
        "We find such units in Qwen2.5-Omni, Miko-Audio, and GPT-4o. Concurrently, Neuro-Symbolic methods, "
        "Llama-3 and Mistral-7B were also studied.")})
    assert "Miko-Audio" in _names(rec, "methods")
    assert entity_key("Neuro-Symbolic") not in _forms(rec, "methods")


def test_a_capitalised_name_with_a_version_in_a_list_of_models_is_a_model():
    rec = extract_record({"id": "lv", "title": "Chatbots on news questions", "abstract": (
        "We evaluate six chatbots (Claude 4.5 Sonnet, Brok 4, GPT-5 and GPT-4o mini) on 2,100 questions. "
        "Results are listed in Table 2, Table 3 and Figure 1.")})
    assert "Brok 4" in _names(rec, "methods")
    assert not {"Table 2", "Table 3"} & set(_names(rec, "methods") + _names(rec, "datasets"))


def test_a_hyphenated_tuning_technique_used_as_a_tool_is_also_a_method():
    rec = extract_record({"id": "pe", "title": "Composable adapters for controlled generation", "abstract": (
        "We study controllable text generation. We apply parameter-efficient fine-tuning to a frozen model "
        "and compare it with full training.")})
    assert entity_key("parameter-efficient fine-tuning") in _forms(rec, "methods")


def test_names_listed_after_baselines_such_as_are_methods():
    rec = extract_record({"id": "bl", "title": "Efficient video generation", "abstract": (
        "Our sampler outperforms previous advanced methods like Lemra and PixelFox. It also beats "
        "strong baselines such as Zorva, Quill and Mivo.")})
    assert {"Lemra", "PixelFox", "Zorva", "Quill", "Mivo"} <= set(_names(rec, "methods"))


def test_a_list_with_bracketed_scores_keeps_its_method_cue():
    rec = extract_record({"id": "bs", "title": "Dialogue state tracking with small models", "abstract": (
        "Our tracker surpasses prior methods including ZETOD (63.79%), Q3ST (58.70%), and Liable (56.48%).")})
    assert {"ZETOD", "Q3ST", "Liable"} <= set(_names(rec, "methods"))


def test_a_known_name_before_a_derived_or_inspired_suffix_is_found():
    rec = extract_record({"id": "dv", "title": "Gaze prediction", "abstract": (
        "We feed CLIP-derived features and a GRU-inspired recurrent head into our Lateral Inhibition-inspired "
        "Spiking Decoder.")})
    names = set(_names(rec, "methods"))
    assert {"CLIP", "GRU"} <= names
    assert "Lateral Inhibition-inspired Spiking Decoder" in names


def test_a_part_phrase_describing_the_proposed_name_is_not_a_second_proposal():
    rec = extract_record({"id": "ap", "title": "Memory for streaming video", "abstract": (
        "We propose FooMem, an object-centric key-value memory mechanism for video diffusion. "
        "We further design a token fusion module that merges slots.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("FooMem") is True
    assert not proposed.get("object-centric key-value memory mechanism")
    assert proposed.get("token fusion module") is True


def test_a_compound_modifier_stays_in_the_name_of_a_part():
    rec = extract_record({"id": "cm", "title": "Risk control for driving", "abstract": (
        "We propose FooRisk. In detail, we design a spatially adaptive token merging strategy and a "
        "salience-guided frame selection strategy.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("spatially adaptive token merging strategy") is True
    assert proposed.get("salience-guided frame selection strategy") is True


def test_an_acronym_defined_before_a_passive_proposing_verb_is_proposed():
    rec = extract_record({"id": "pv", "title": "Referring segmentation", "abstract": (
        "We build FooSeg for remote sensing. Furthermore, a textual-enhanced cross-modal decoder (TECD) is "
        "introduced to merge features. A loss based on Kernel Mean Matching (KMMX) is proposed as well.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("TECD") is True
    assert not proposed.get("KMMX")


def test_a_title_case_acronym_definition_after_the_proposal_is_a_named_part():
    rec = extract_record({"id": "tc", "title": "Camouflaged object detection", "abstract": (
        "We propose FooNet for detection. The network begins with a Laplacian Band Splitter (LBS) to decouple "
        "images. We use a Vision Model (VMX) to embed them.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("LBS") is True
    assert not proposed.get("VMX")


def test_an_acronym_for_what_the_proposal_works_on_is_not_proposed():
    rec = extract_record({"id": "at", "title": "Localization with depth", "abstract": (
        "We propose an efficient localization framework that uses on-device time-of-flight (ToFX) sensors and "
        "whole slide pathology images (WSPIs), and we design a Bar Baz (BBZ) loss.")})
    proposed = _proposed(rec, "methods", "datasets")
    assert not proposed.get("ToFX") and not proposed.get("WSPI") and not proposed.get("WSPIs")
    assert proposed.get("BBZ") is True


def test_a_revisited_name_in_a_title_prefix_is_not_proposed():
    rec = extract_record({"id": "rv", "title": "Revisiting FooNet: Scaling Mixtures", "abstract": (
        "We study FooNet and sparse token routing on math benchmarks.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("FooNet") is False


def test_a_task_acronym_defined_after_a_longer_task_phrase_joins_that_task():
    rec = extract_record({"id": "ac", "title": "Gait-aware monocular 3D human pose estimation", "abstract": (
        "Monocular 3D human pose estimation (HPE) is hard under occlusion. We propose GaitPose, a network "
        "that improves HPE on walking sequences.")})
    tasks = {e["name"]: e["aliases"] for e in rec["tasks"]}
    assert "HPE" not in tasks
    assert any("HPE" in aliases for aliases in tasks.values())


def test_a_task_phrase_opening_the_abstract_is_kept():
    rec = extract_record({"id": "op", "title": "Gloop: sparse tokens for image classification", "abstract": (
        "Shelf label recognition with small models is costly. We propose Gloop, a token pruning scheme, "
        "and report gains on two benchmarks.")})
    assert _names(rec, "tasks") == ["image classification", "shelf label recognition"]


def test_a_solution_quality_before_a_task_is_stripped_unless_it_is_the_only_modifier():
    rec = extract_record({"id": "q", "title": "Gloop: sparse tokens for shops", "abstract": (
        "We propose Gloop, a model for real-time shelf label recognition, evaluated on explainable diagnosis.")})
    tasks = set(_names(rec, "tasks"))
    assert "shelf label recognition" in tasks
    assert not any(t.startswith("real-time") for t in tasks)
    assert "explainable diagnosis" in tasks


def test_a_phrase_before_tasks_is_a_task_but_a_bare_head_is_not():
    rec = extract_record({"id": "tn", "title": "Gloop: sparse tokens for image classification", "abstract": (
        "We propose Gloop. Gloop also helps shelf label recognition tasks and classification tasks.")})
    tasks = _names(rec, "tasks")
    assert "shelf label recognition" in tasks
    assert "classification" not in tasks


def test_a_need_or_applications_before_for_or_in_is_not_a_purpose_slot():
    rec = extract_record({"id": "nd", "title": "Gloop: sparse tokens for image classification", "abstract": (
        "We propose Gloop. It removes the need for shelf label annotation and has applications in store layout "
        "planning.")})
    assert _names(rec, "tasks") == ["image classification"]


def test_a_task_phrase_drops_a_leading_utilize_or_reveal():
    rec = extract_record({"id": "ut", "title": "Gloop for retail robots", "abstract": (
        "Current robots utilize shelf layout parsing.")})
    assert _names(rec, "tasks") == ["shelf layout parsing"]


def test_an_acronym_definition_followed_by_a_dataset_word_is_a_dataset():
    rec = extract_record({"id": "ad", "title": "Gloop for retail robots", "abstract": (
        "We train Gloop on images from the Nordic Shelf Imaging Study (NOSHIS) dataset.")})
    assert "NOSHIS" in _names(rec, "datasets")
    assert "NOSHIS" not in _names(rec, "methods")


def test_names_after_on_in_a_surpassing_sentence_are_datasets():
    rec = extract_record({"id": "sp", "title": "Gloop for video summaries", "abstract": (
        "We propose Gloop. On FlorBix and QuenTa, Gloop surpasses all prior unsupervised methods.")})
    assert {"FlorBix", "QuenTa"} <= set(_names(rec, "datasets"))


def test_a_coined_name_with_a_lower_case_word_hyphened_on_is_not_a_new_name():
    rec = extract_record({"id": "hy", "title": "Gloop for retail robots", "abstract": (
        "We propose GlooPix. Models trained with GlooPix-selected data beat YOLOv8-seg.")})
    methods = _names(rec, "methods")
    assert "GlooPix-selected" not in methods
    assert "YOLOv8-seg" in methods


def test_a_title_name_does_not_take_the_article_that_follows_it():
    rec = extract_record({"id": "ar", "title": "GlooX A Multilingual Benchmark for Idiom Understanding",
                          "abstract": "We introduce GlooX, a benchmark. We compare ResEnc M and ResEnc L."})
    names = _names(rec, "methods") + _names(rec, "datasets")
    assert "GlooX A" not in names
    assert {"ResEnc M", "ResEnc L"} <= set(names)


@pytest.mark.parametrize("title", ["Shelf Drift in Retail Language Models",
                                   "Shelf Drift and Aisle Bias: Probing Retail Models"])
def test_a_title_topic_before_in_or_and_is_no_proposed_name(title):
    rec = extract_record({"id": "tt", "title": title, "abstract": (
        "We measure shelf drift across ten retail models and propose a probe. The probe helps.")})
    assert "shelf drift" not in [n.lower() for n in _names(rec, "methods")]


@pytest.mark.parametrize("title", ["Shelf Drift for Retail Language Models",
                                   "Shelf Drift Attention of Retail Language Models"])
def test_a_title_name_before_for_or_headed_by_a_method_word_stays_proposed(title):
    name = title.split(" for ")[0].split(" of ")[0]
    rec = extract_record({"id": "tk", "title": title, "abstract": (
        f"We measure {name.lower()} across ten retail models and propose a probe. The probe helps.")})
    flags = {n.lower(): flag for n, flag in _proposed(rec, "methods").items()}  # (shown as the abstract writes it)
    assert flags.get(name.lower()) is True


def test_a_name_every_mention_of_which_modifies_task_is_no_method():
    rec = extract_record({"id": "nt", "title": "Gloop for retail robots", "abstract": (
        "We introduce the SDR task to retail robots and propose GloopNet. GloopNet uses contrastive learning "
        "and gains most in next-token prediction tasks.")})
    methods = _names(rec, "methods")
    assert "SDR" not in methods and "next-token prediction" not in methods
    assert {"GloopNet", "contrastive learning"} <= set(methods)


def test_a_fused_image_metric_and_a_known_name_before_metrics_are_no_methods():
    rec = extract_record({"id": "fm", "title": "Gloop for retail images", "abstract": (
        "We propose GloopNet, a tokenizer. GloopNet reaches 3.02 gFID with only 64 tokens, and we rank shelves "
        "with Jensen-Shannon divergence metrics. GloopNet is trained with the KL divergence.")})
    methods = _names(rec, "methods")
    assert "gFID" not in methods and "Jensen-Shannon divergence" not in methods
    assert {"GloopNet", "KL divergence"} <= set(methods)


def test_evidence_presented_as_a_finding_is_no_proposed_method():
    rec = extract_record({"id": "ev", "title": "Gloop for retail robots", "abstract": (
        "In this study, we present computational evidence suggesting that shelf order is learnable. "
        "We introduce stochastic backtracking over search trees.")})
    methods = _names(rec, "methods")
    assert not any("evidence" in m for m in methods)
    assert "stochastic backtracking" in methods


def test_a_title_topic_the_abstract_introduces_whole_stays_a_proposed_name():
    title = "Shelf Tensors as a Bridge for Retail Robots"
    rec = extract_record({"id": "ti", "title": title, "abstract": (
        "To close this gap, we introduce shelf tensors, trainable input vectors. Shelf tensors help.")})
    assert _proposed(rec, "methods").get("shelf tensor") is True  # (shown as the abstract writes it)
    rec = extract_record({"id": "tj", "title": title, "abstract": (
        "To close this gap, we introduce Shelf Tensors Reasoning (STR), a framework. STR helps.")})
    assert _names(rec, "methods") == ["STR"]


def test_a_title_topic_the_abstract_heads_a_method_word_with_stays_a_proposed_name():
    title = "Shelf Drift in Retail Language Models"
    rec = extract_record({"id": "tf", "title": title, "abstract": (
        "We propose a shelf drift framework that probes ten retail models. It helps.")})
    assert _proposed(rec, "methods").get("shelf drift") is True  # (shown as the abstract writes it)
    rec = extract_record({"id": "tp", "title": title, "abstract": (
        "We propose a shelf drift probe for ten retail models. It helps.")})
    assert "shelf drift" not in [name.lower() for name in _names(rec, "methods")]


def test_a_technique_definition_introduced_by_a_method_word_is_a_method():
    rec = extract_record({"id": "tw", "title": "Gloop for retail robots", "abstract": (
        "Our core strategy, Shelf-level Adjudicated Reinforcement Learning (SARL), assigns credit to turns.")})
    assert "SARL" in _names(rec, "methods")
    assert "SARL" not in _names(rec, "tasks")


def test_names_in_brackets_after_sources_are_datasets():
    rec = extract_record({"id": "so", "title": "Gloop for cardiac ultrasound", "abstract": (
        "The dataset integrates public sources (EchoVix-Dynamic, CAMQUS) with our own scans.")})
    assert {"EchoVix-Dynamic", "CAMQUS"} <= set(_names(rec, "datasets"))


def test_a_name_built_on_a_numbered_known_model_is_a_method():
    rec = extract_record({"id": "qw", "title": "Gloop for speech models", "abstract": (
        "We propose Gloop. Experiments on Qwen3-Blorp show that Gloop improves accuracy.")})
    assert "Qwen3-Blorp" in _names(rec, "methods")


def test_an_acronym_definition_listed_after_a_dataset_word_is_a_dataset():
    rec = extract_record({"id": "dl", "title": "Gloop for sexism detection", "abstract": (
        "Even in curated datasets like the Explainable Detection of Online Gloating (EDOG), classes are imbalanced.")})
    assert "EDOG" in _names(rec, "datasets")


def test_a_dash_apposition_can_describe_a_name_as_a_dataset():
    rec = extract_record({"id": "da", "title": "Parallel text for low-resource languages", "abstract": (
        "We introduce GlooTrans -- a multilingual, parallel, human-verified dataset for translation.")})
    assert "GlooTrans" in _names(rec, "datasets")


def test_a_technique_definition_coordinated_with_a_method_definition_is_a_method():
    rec = extract_record({"id": "co", "title": "Gloop for retail robots", "abstract": (
        "We introduce two learning methods, Ensemble Shelf Learning (ESL) and Progressive Shelf Learning (PSL).")})
    assert {"ESL", "PSL"} <= set(_names(rec, "methods"))
    assert not _names(rec, "tasks")


def test_a_name_before_subset_is_a_dataset():
    rec = extract_record({"id": "ss", "title": "Gloop for CAD models", "abstract": (
        "We propose Gloop. Applied to the DeepGlo subset of the corpus, Gloop processes 1M faces.")})
    assert "DeepGlo" in _names(rec, "datasets")


def test_a_title_name_spelled_out_after_its_colon_is_one_proposed_entity():
    rec = extract_record({"id": "td", "title": "GLAN: Gated Layered Attention Network for shelf recognition",
                          "abstract": "We propose GLAN. It beats ResNet."})
    glan = [m for m in rec["methods"] if m["name"] == "GLAN"]
    assert glan and glan[0]["proposed"] and "Gated Layered Attention Network" in glan[0]["aliases"]
    rec = extract_record({"id": "tf", "title": "Gloop: Fast Visual Geometry for shelves", "abstract": "We study it."})
    assert not any("Fast Visual Geometry" in m["aliases"] for m in rec["methods"])


def test_a_known_name_the_authors_introduce_with_an_apposition_is_their_own():
    rec = extract_record({"id": "kn", "title": "Shelf worlds", "abstract": (
        "We build a shelf simulator. For evaluation, we further introduce LiveBench, a benchmark for shelf "
        "dynamics. We also compare with LiveBench results reported elsewhere.")})
    assert any(e["proposed"] for e in rec["methods"] + rec["datasets"] if e["name"] == "LiveBench")


def test_a_known_acronym_defined_with_another_long_form_is_the_papers_own_part():
    rec = extract_record({"id": "sa", "title": "Gloop: shelf models", "abstract": (
        "We propose Gloop, a shelf model. Gloop has a Semantic Edge Miner (SEM) and a Sample Aware Miner (SAM) "
        "to retrieve hard shelves.")})
    sam = [m for m in rec["methods"] if m["name"] == "SAM"]
    assert sam and sam[0]["proposed"]
    rec = extract_record({"id": "sb", "title": "Shelf masks", "abstract": (
        "We propose Gloop, a shelf model. Gloop uses the Segment Anything Model (SAM) to retrieve hard shelves.")})
    assert not any(m["proposed"] for m in rec["methods"] if m["name"] in ("SAM", "Segment Anything Model"))


def test_a_name_the_paper_gives_a_new_task_is_a_task_not_a_method():
    rec = extract_record({"id": "nt", "title": "Shelf theories", "abstract": (
        "We define a new task called Shelf Theorization, in which a system must write shelf theories. "
        "We also introduce Shelf-time Provenance, a task where models must cite shelves.")})
    assert {"shelf theorization", "shelf-time provenance"} <= set(_names(rec, "tasks"))
    assert not {"Shelf Theorization", "Shelf-time Provenance"} & set(_names(rec, "methods"))


def test_a_name_after_our_constructed_or_newly_introduced_is_proposed():
    rec = extract_record({"id": "oc", "title": "Shelf planning", "abstract": (
        "We evaluate Gloop on ShelfSet-9 and on our newly constructed ShelfSet-X dataset.")})
    prop = _proposed(rec, "methods", "datasets")
    assert prop.get("ShelfSet-X") is True and prop.get("ShelfSet-9") is False


def test_referred_to_as_a_capitalised_name_marks_it_proposed_but_not_a_plain_term():
    rec = extract_record({"id": "rt", "title": "Shelf reasoning", "abstract": (
        "We construct a shelf reasoning dataset and benchmark, referred to as ShelfKit and ShelfKit-Bench. "
        "Gloop splits layers into smaller blocks, referred to as experts, with a Foo Routing Unit (FRU).")})
    prop = _proposed(rec, "methods", "datasets")
    assert prop.get("ShelfKit") is True and prop.get("ShelfKit-Bench") is True


def test_our_contribution_names_a_proposed_entity():
    rec = extract_record({"id": "oc2", "title": "Shelf generation", "abstract": (
        "Prior shelf generators are slow. Our contribution, ShelfFlow, is simple and fast.")})
    assert [m["proposed"] for m in rec["methods"] if m["name"] == "ShelfFlow"] == [True]


def test_a_long_form_listed_after_a_design_word_is_a_module_not_a_task():
    rec = extract_record({"id": "dp", "title": "Gloop: sparse tokens for shelf label recognition", "abstract": (
        "Our approach has two modules: Shelf Neighbor Modeling (SNM) and Label Order Alignment (LOA). "
        "The SNM module links shelves.")})
    tasks = _names(rec, "tasks")
    assert "shelf neighbor modeling" not in tasks and "label order alignment" not in tasks
    assert "SNM" in _names(rec, "methods")


def test_an_x_to_y_with_an_idiom_adjective_or_plural_target_is_not_a_task():
    rec = extract_record({"id": "xy", "title": "Gloop for shelves", "abstract": (
        "Gloop raises the signal-to-noise ratio, maps structural-to-functional images and path-to-counterfactuals, "
        "and supports text-to-SQL.")})
    tasks = _names(rec, "tasks")
    assert not any(t in tasks for t in ("signal-to-noise", "structural-to-functional", "path-to-counterfactuals"))
    assert "text-to-SQL" in tasks


def test_a_technique_phrase_before_for_and_a_task_in_the_title_is_the_means():
    rec = extract_record({"id": "tm", "title": "Shelf Prototype Alignment for Crop Counting", "abstract": (
        "Crop counting is hard. We align shelf prototypes to count crops in fields.")})
    tasks = _names(rec, "tasks")
    assert "crop counting" in tasks
    assert "shelf prototype alignment" not in tasks


def test_a_title_phrase_after_via_is_the_means_not_a_task():
    rec = extract_record({"id": "vi", "title": "Crop Counting via Shelf Graph Clustering", "abstract": (
        "Crop counting is hard. We count crops in fields.")})
    tasks = _names(rec, "tasks")
    assert "crop counting" in tasks
    assert "shelf graph clustering" not in tasks


@pytest.mark.parametrize(("sentence", "background"), [
    ("Shelf label recognition is crucial for autonomous driving.", "autonomous driving"),
    ("Shelf label recognition has broad applications in retail robotics, warehouse audits and autonomous driving.",
     "autonomous driving"),
    ("Reading shelves is vital for grocery robots in domains like logistics, retail and autonomous driving.",
     "autonomous driving"),
    ("Vision-language models excel at commonsense reasoning, yet they miss fine label details.",
     "commonsense reasoning"),
    ("Recent work extends shelf models from commonsense reasoning to richer goals.", "commonsense reasoning"),
])
def test_a_task_named_only_as_a_motive_or_a_departure_point_is_no_task(sentence, background):
    """What the problem is crucial for or applied in (a motive), what other models excel at or a field moves away
    from (a departure point): the background of the paper, not its task."""
    rec = extract_record({"id": "mo", "title": "Gloop: sparse tokens for shelf label recognition", "abstract": (
        f"{sentence} We propose Gloop for shelf label recognition.")})
    tasks = _names(rec, "tasks")
    assert "shelf label recognition" in tasks
    assert background not in tasks


def test_a_task_after_a_clause_that_follows_a_domain_anchor_is_no_motive():
    rec = extract_record({"id": "ap", "title": "Fast Shelf Networks", "abstract": (
        "Our method is useful in areas in which text classification is needed, and we study named entity "
        "recognition here.")})
    assert "named entity recognition" in _names(rec, "tasks")


def test_a_weakly_supervised_task_keeps_its_setting():
    rec = extract_record({"id": "wk", "title": "Gloop: Prototype Prompting for Weakly Supervised Shelf Label "
                          "Segmentation", "abstract": "Weakly supervised shelf label segmentation learns masks from "
                          "image tags. We propose Gloop for it."})
    assert "weakly supervised shelf label segmentation" in _names(rec, "tasks")


def test_a_title_aspect_studied_in_a_task_names_the_task_after_in():
    rec = extract_record({"id": "ti", "title": "Gloop: Sparse Tokens for Label Drift in Shelf Label Recognition",
                          "abstract": "We propose Gloop, which lowers label drift for grocery robots."})
    tasks = _names(rec, "tasks")
    assert "shelf label recognition" in tasks
    assert not any(" in " in t for t in tasks)


def test_artificial_intelligence_with_a_description_is_a_field_not_a_task():
    rec = extract_record({"id": "ai", "title": "Gloop: Open Shelf Datasets for Data-Centric Artificial Intelligence",
                          "abstract": "We collect shelf images and propose Gloop for shelf label recognition."})
    assert "data-centric artificial intelligence" not in _names(rec, "tasks")


def test_an_alignment_named_once_in_the_abstract_is_a_step_not_a_task():
    rec = extract_record({"id": "al", "title": "Gloop: Sparse Tokens for Shelf Label Recognition", "abstract": (
        "Shelf label recognition is hard. Gloop is pretrained for shelf-token alignment and then fine-tuned.")})
    tasks = _names(rec, "tasks")
    assert "shelf label recognition" in tasks
    assert "shelf-token alignment" not in tasks


def test_a_title_goal_naming_a_foundation_model_is_not_a_task():
    rec = extract_record({"id": "fm", "title": "Training Shelf Foundation Models with Gloop", "abstract": (
        "We train shelf foundation models on grocery images with Gloop and study shelf label recognition.")})
    assert not any(t.endswith("foundation") for t in _names(rec, "tasks"))


def test_a_title_task_is_kept_beside_two_stronger_tasks_with_its_head():
    rec = extract_record({"id": "ph", "title": "Gloop: Zero-Shot Shelf Label Detection", "abstract": (
        "Object detection and anomaly detection are widely studied. We evaluate Gloop on tasks such as object "
        "detection and anomaly detection, where it beats strong detectors.")})
    tasks = _names(rec, "tasks")
    assert {"object detection", "anomaly detection", "zero-shot shelf label detection"} <= set(tasks)


def test_a_known_task_written_with_a_hyphen_is_found():
    rec = extract_record({"id": "hy", "title": "Gloop: shelf retrieval for grocery agents", "abstract": (
        "We evaluate Gloop on three question-answering benchmarks about grocery shelves.")})
    assert "question answering" in [entity_key(t) for t in _names(rec, "tasks")]


def test_comprehension_and_refusal_phrases_are_tasks():
    rec = extract_record({"id": "cr", "title": "Gloop: probing shelf label comprehension and false refusal",
                          "abstract": "We study shelf label comprehension in grocery robots and their false refusal."})
    tasks = _names(rec, "tasks")
    assert "shelf label comprehension" in tasks and "false refusal" in tasks


def test_a_noun_gerund_opening_a_task_phrase_stays():
    rec = extract_record({"id": "ge", "title": "Gloop: shelf prompts for referring shelf segmentation", "abstract": (
        "We study referring shelf segmentation and streaming shelf understanding with Gloop.")})
    tasks = _names(rec, "tasks")
    assert "referring shelf segmentation" in tasks and "streaming shelf understanding" in tasks


def test_a_training_phrase_outside_the_title_is_not_a_main_task():
    rec = extract_record({"id": "tp", "title": "Gloop: counting crops on shelves", "abstract": (
        "We study shelf crop counting. Gloop relies on large-scale shelf pre-training; large-scale shelf "
        "pre-training improves shelf crop counting.")})
    tasks = _names(rec, "tasks")
    assert "shelf crop counting" in tasks
    assert not any(t.endswith("pre-training") for t in tasks)


def test_a_studied_technique_is_the_task_when_no_task_is_found():
    rec = extract_record({"id": "st", "title": "Gloop: Paths to Shelf Counterfactuals", "abstract": (
        "Counterfactual explanations reveal why a shelf robot failed. We present Gloop, which finds shelf paths.")})
    assert _names(rec, "tasks") == ["counterfactual explanation"]
    assert "Counterfactual explanation" in _names(rec, "methods")

def test_a_component_keeps_its_compound_modifiers_but_not_a_verbs_adverb():
    rec = extract_record({"id": "cm", "title": "Gloop for shelf label recognition", "abstract": (
        "We propose Gloop. We design a temporally adaptive shelf weighting module and a shelf-guided label "
        "fusion module. A definition-anchored chain-of-thought prompting baseline is weaker.")})
    methods = _proposed(rec, "methods")
    assert methods.get("temporally adaptive shelf weighting module") is True
    assert methods.get("shelf-guided label fusion module") is True
    assert "chain-of-thought prompting" in methods


def test_a_name_after_our_or_a_novel_kind_phrase_is_proposed():
    rec = extract_record({"id": "ok", "title": "Shelf counting with sparse tokens", "abstract": (
        "Our core strategy, Turn-level Shelf Alignment (TSA), counts shelves. We also present a novel label "
        "ranking algorithm (GLRA) that sorts labels. GLRA is fast. To the best of our knowledge, ZQTX is new.")})
    methods = _proposed(rec, "methods")
    assert methods.get("TSA") is True and methods.get("GLRA") is True
    rec = extract_record({"id": "ok2", "title": "Shelf counting with sparse tokens", "abstract": (
        "Counting shelves is hard. The proposed framework, ShelfMix, consists of two modules.")})
    assert _proposed(rec, "methods").get("ShelfMix") is True
    assert methods.get("ZQTX") is not True


def test_a_name_after_our_described_kind_is_proposed_unless_built_on():
    rec = extract_record({"id": "ok3", "title": "Shelf counting with sparse tokens", "abstract": (
        "We propose ShelfMix, a shelf counter. In our diagnostic benchmark ShelfScope, counts vary. "
        "Based on our earlier counting model QuillNet, ShelfMix adds a sparse token head. "
        "We fine-tune our base model ZentoLM on shelf photos.")})
    ents = _proposed(rec, "methods", "datasets")
    assert ents.get("ShelfScope") is True
    assert ents.get("QuillNet") is not True and ents.get("ZentoLM") is not True


def test_a_name_after_a_kind_the_authors_make_is_proposed():
    rec = extract_record({"id": "mk", "title": "Shelf counting with sparse tokens", "abstract": (
        "Counting shelves is hard. We then train a small shelf counting model, ShelfGen-2B, on photos. "
        "We also introduce the first large shelf audit benchmark ShelfScope. We use a strong model, QuillNet-7B, "
        "as a reference.")})
    ents = _proposed(rec, "methods", "datasets")
    assert ents.get("ShelfGen-2B") is True and ents.get("ShelfScope") is True
    assert ents.get("QuillNet-7B") is not True
    rec = extract_record({"id": "mk2", "title": "Shelf counting with sparse tokens", "abstract": (
        "Counting shelves is hard. We release two shelf benchmarks: ShelfA-Count, ShelfB-Count and ShelfC-Count. "
        "We test two counters, QuillNet-7B and ZentoNet-3B.")})
    ents = _proposed(rec, "methods", "datasets")
    assert all(ents.get(n) is True for n in ("ShelfA-Count", "ShelfB-Count", "ShelfC-Count"))
    assert ents.get("QuillNet-7B") is not True and ents.get("ZentoNet-3B") is not True


def test_a_component_flagged_proposed_only_where_it_is_introduced():
    rec = extract_record({"id": "in", "title": "Gloop for shelf label recognition", "abstract": (
        "We propose Gloop, which adds a physics-based shelf alignment module. Our model applies the "
        "temperature smoothing mechanism of prior work.")})
    methods = _proposed(rec, "methods")
    assert methods.get("shelf alignment module") is True
    assert methods.get("temperature smoothing mechanism") is not True


def test_a_name_the_authors_coin_is_proposed():
    rec = extract_record({"id": "co", "title": "Shelf counting with sparse tokens", "abstract": (
        "We release a benchmark of shelf photos, which we coin ShelfCountX, and evaluate ten counters on it.")})
    ents = _proposed(rec, "methods", "datasets")
    assert ents.get("ShelfCountX") is True


def test_names_listed_after_namely_or_a_recently_released_one_are_not_proposed():
    rec = extract_record({"id": "nm", "title": "Shelf counting with sparse tokens", "abstract": (
        "Two public collections of shelf photos for crop counting, namely ShelfA and ShelfB, are used. "
        "We also evaluate on the recently released benchmark ShelfC.")})
    ents = _proposed(rec, "methods", "datasets")
    assert not any(ents.get(n) for n in ("ShelfA", "ShelfB", "ShelfC"))


def test_a_part_opening_a_sentence_as_its_subject_is_proposed():
    rec = extract_record({"id": "ac", "title": "Gloop for shelf label recognition", "abstract": (
        "We propose Gloop for shelf labels. Gloop reads labels with a shelf reader. Then, the Shelf Label Mapper "
        "aligns the labels across photos.")})
    methods = _proposed(rec, "methods")
    assert methods.get("Shelf Label Mapper") is True


def test_a_lone_capitalised_word_opening_a_lower_case_name_is_not_the_name():
    rec = extract_record({"id": "lc", "title": "Shelf counting with sparse tokens", "abstract": (
        "We propose an augmentation, called Random shelfing, that shuffles shelves. We introduce the Lumos "
        "benchmark for shelves.")})
    ents = _proposed(rec, "methods", "datasets")
    assert "Random" not in ents
    assert ents.get("Lumos") is True
    rec = extract_record({"id": "lc2", "title": "Shelf counting with sparse tokens", "abstract": (
        "We introduce Minding the Shelf, a benchmark that evaluates counters.")})
    assert "Minding" not in [e["name"] for k in ("methods", "datasets") for e in rec[k]]


def test_a_name_after_our_self_collected_is_proposed():
    rec = extract_record({"id": "sc", "title": "Shelf counting with sparse tokens", "abstract": (
        "Experiments on our self-collected ShelfPix-9K dataset show gains over strong baselines.")})
    ents = _proposed(rec, "methods", "datasets")
    assert ents.get("ShelfPix-9K") is True


def test_a_method_the_proposal_uses_is_not_proposed():
    rec = extract_record({"id": "us", "title": "Shelf counting with sparse tokens", "abstract": (
        "We propose a new approach integrating convolutional neural networks (CNNs) and sparse tokens to count "
        "items.")})
    ents = _proposed(rec, "methods")
    assert ents.get("CNN") is False


def test_a_noun_made_adjective_after_an_article_stays_in_the_component_name():
    rec = extract_record({"id": "wd", "title": "Gloop for shelf label recognition", "abstract": (
        "We propose Gloop. We design a windowed shelf alignment module, a novel batched label ranking module and a "
        "modified label fusion module.")})
    methods = _proposed(rec, "methods")
    assert methods.get("windowed shelf alignment module") is True
    assert methods.get("batched label ranking module") is True
    rec = extract_record({"id": "wd2", "title": "Gloop for shelf label recognition", "abstract": (
        "We propose Gloop. We design a spatially decoupled shelf attention module for labels.")})
    assert _proposed(rec, "methods").get("spatially decoupled shelf attention module")
    assert "modified label fusion module" not in methods


def test_a_name_used_as_a_modifier_after_our_is_not_proposed():
    rec = extract_record({"id": "mo", "title": "Shelf counting with sparse tokens", "abstract": (
        "Our ShelfNet-based counting model counts items. ShelfNet is fast.")})
    methods = _proposed(rec, "methods")
    assert methods.get("ShelfNet") is False


def test_a_title_means_continued_by_a_capitalised_word_is_not_the_name_after_via():
    rec = extract_record({"id": "tv", "title": "Shelf Counting via Shelf Graph Walks", "abstract": (
        "Shelf Graph (SG) walks help. We count shelves with SG walks over photos.")})
    methods = _proposed(rec, "methods")
    assert methods.get("SG") is not True


def test_a_name_given_as_an_example_in_an_own_sentence_is_not_proposed():
    rec = extract_record({"id": "ex", "title": "Shelf counting with sparse tokens", "abstract": (
        "Counting gets harder as novel attacks such as Shelf Label Swapping appear. We count shelves.")})
    methods = _proposed(rec, "methods")
    assert methods.get("Shelf Label Swapping") is not True


def test_an_acronym_defined_as_the_proposed_localization_is_a_method():
    rec = extract_record({"id": "lo", "title": "Shelf counting with sparse tokens", "abstract": (
        "We propose word-anchored shelf localization (WASL), a novel paradigm that counts items. "
        "WASL is fast.")})
    methods = _proposed(rec, "methods")
    assert methods.get("WASL") is True


def test_an_acronym_long_form_does_not_run_back_past_a_dash():
    from kg.extract.abbreviations import find_abbreviations
    text = ("FooMix orchestrates four operators -- Read, Merge, Order, Emit -- and is instantiated as seven "
            "community-tuned experts (FooMix-Community) and more")
    assert not any("orchestrates" in a.long for a in find_abbreviations(text))

def test_a_known_technique_written_with_hyphens_is_found():
    rec = extract_record({"id": "hy", "title": "Gloop: Instruction-Tuning Datasets for Shelf Robots", "abstract": (
        "We train shelf robots with flow-matching policies and stop with early-stopping.")})
    methods = _forms(rec, "methods")
    assert {"flow matching", "early stopping"} <= methods
    assert "instruction tuning" in methods  # a title's capitals do not make the technique a dataset
    assert "instruction tuning" not in _forms(rec, "datasets")


def test_a_scale_or_stage_count_before_a_technique_is_not_part_of_its_name():
    rec = extract_record({"id": "sc", "title": "Gloop: Shelf Robots at Scale", "abstract": (
        "Gloop is trained by two-stage progressive transfer learning, which beats large-scale "
        "shelf-supervised learning.")})
    forms = _forms(rec, "methods") | _forms(rec, "tasks")
    assert "progressive transfer learning" in forms
    assert not any(f.startswith(("large scale", "two stage")) for f in forms)


def test_a_generic_model_class_narrowed_to_a_modality_is_not_a_method():
    rec = extract_record({"id": "gc", "title": "Gloop: Shelf Captions", "abstract": (
        "Video Large Language Models (VideoLLMs) caption shelves poorly. We propose Gloop, which beats "
        "VideoLLMs and speech foundation models (SFMs).")})
    methods = _forms(rec, "methods")
    assert "gloop" in methods
    assert not {"videollm", "sfm", "video large language model"} & methods


def test_data_and_structures_a_method_produces_are_not_methods():
    rec = extract_record({"id": "ds", "title": "Gloop: Shelf Labels", "abstract": (
        "Gloop refines pseudo-labels from a low-resolution input, reuses the KV cache and draws saliency "
        "maps; pseudo-labeling with Gloop beats synthetic data generation.")})
    methods = _forms(rec, "methods")
    assert "pseudo labeling" in methods
    assert not {"pseudo label", "low resolution input", "kv cache", "saliency map",
                "synthetic data generation"} & methods


def test_a_lower_case_technique_written_as_a_model_keeps_that_form_as_an_alias():
    rec = extract_record({"id": "fw", "title": "Gloop: Shelf Captions", "abstract": (
        "Gloop is an encoder-decoder model that outperforms the GPT-4o model on shelf captions.")})
    aliases = {e["name"]: e["aliases"] for e in rec["methods"]}
    assert "encoder-decoder model" in aliases["encoder-decoder"]
    assert aliases["GPT-4o"] == []


def test_a_title_case_run_stops_at_for_after_a_design_word():
    rec = extract_record({"id": "cp", "title": "Gloop: Shelf Dialogue", "abstract": (
        "Gloop comprises a State Tracker, a Strategy Planner for Shelf Interviewing and a Mixture of Shelf "
        "Experts.")})
    methods = _names(rec, "methods")
    assert "Strategy Planner" in methods
    assert "Strategy Planner for Shelf Interviewing" not in methods


def test_a_learning_setting_put_to_use_is_also_a_method():
    rec = extract_record({"id": "tu", "title": "Gloop: Shelf Segmentation", "abstract": (
        "Gloop segments shelves by incorporating residual learning. When combined with active learning, "
        "Gloop needs fewer labels.")})
    methods = _forms(rec, "methods")
    assert {"residual learning", "active learning"} <= methods


def test_a_multi_word_known_name_keeps_its_narrowed_kind_as_an_alias():
    rec = extract_record({"id": "nk", "title": "Gloop: Shelf Scenes", "abstract": (
        "Gloop renders shelves with 4D Neural Radiance Fields and a symmetric KL divergence, unlike CLIP.")})
    aliases = {e["name"]: e["aliases"] for e in rec["methods"]}
    assert "4D Neural Radiance Fields" in aliases["Neural Radiance Field"]
    assert "symmetric KL divergence" in aliases["KL divergence"]


def test_known_agents_and_lower_case_techniques_with_no_cue_word_are_methods():
    rec = extract_record({"id": "ag", "title": "Gloop: coding agents that learn", "abstract": (
        "We compare Gloop against Claude Code and GitHub Copilot. Gloop is trained with on-policy RL and noise "
        "injection, and steering vectors guide its decoding. A dual encoder retrieves files from an inverted index.")})
    names = set(_names(rec, "methods"))
    assert {"Claude Code", "GitHub Copilot", "on-policy RL", "noise injection", "steering vector", "dual encoder",
            "inverted index"} <= names
    assert "Claude" not in names


def test_known_lower_case_techniques_and_a_bare_o1_are_methods():
    rec = extract_record({"id": "lc", "title": "Gloop: shelf scenes at scale", "abstract": (
        "Gloop compresses shelf images with PCA for dimensionality reduction, then compares o1 and DeepSeek-R1 as "
        "planners. A linear classifier and posterior sampling finish the pipeline.")})
    names = set(_names(rec, "methods"))
    assert {"o1", "DeepSeek-R1", "linear classifier", "posterior sampling", "dimensionality reduction"} <= names


def test_a_known_direction_of_a_divergence_is_its_own_method():
    rec = extract_record({"id": "kl", "title": "Gloop: Shelf Scenes", "abstract": (
        "The student of Gloop minimizes the reverse KL divergence, and a forward-KL term keeps it close to a "
        "Jensen-Shannon divergence baseline; LLM-as-a-judge scores the outputs.")})
    names = set(_names(rec, "methods"))
    assert {"reverse KL divergence", "forward-KL", "Jensen-Shannon divergence", "LLM-as-a-judge"} <= names
    assert "KL divergence" not in names


def test_a_latex_tie_before_an_acronym_definition_is_a_space():
    rec = extract_record({"id": "ti", "title": "Gloop: Shelf Scenes", "abstract": (
        "We propose Balanced Shelf-Aware Minimization~(BSAM) for shelf scenes.")})
    methods = {e["name"]: e["aliases"] for e in rec["methods"]}
    assert "BSAM" in methods and "Balanced Shelf-Aware Minimization" in methods["BSAM"]
    assert not any("~" in n for n in methods)


def test_an_undefined_two_letter_acronym_is_jargon_however_often_it_recurs():
    rec = extract_record({"id": "uv", "title": "Gloop: Shelf Textures", "abstract": (
        "Gloop maps UV coordinates of shelves. The UV layout lets Gloop texture shelves faster.")})
    assert "UV" not in _names(rec, "methods")


def test_a_stage_count_before_a_component_strategy_is_not_part_of_its_name():
    rec = extract_record({"id": "st", "title": "Gloop: Shelf Captions", "abstract": (
        "We propose Gloop, which uses a two-stage shelf alignment strategy to caption shelves.")})
    forms = _forms(rec, "methods")
    assert "shelf alignment strategy" in forms
    assert not any(f.startswith("two stage") for f in forms)


def test_an_evaluative_adjective_is_not_part_of_a_technique_name():
    rec = extract_record({"id": "ev", "title": "Gloop: Shelf Captions", "abstract": (
        "Gloop applies straightforward supervised fine-tuning and aggressive data augmentation to shelves.")})
    forms = _forms(rec, "methods")
    assert {"supervised fine tuning", "data augmentation"} <= forms
    assert not any(f.startswith(("straightforward", "aggressive")) for f in forms)


def test_a_lower_case_technique_the_authors_use_is_a_method():
    rec = extract_record({"id": "up", "title": "Gloop: Shelf Tracking", "abstract": (
        "Gloop tracks shelves. We further apply median smoothing to the tracks, and we use gradient "
        "information to rank them.")})
    methods = _forms(rec, "methods")
    assert "median smoothing" in methods
    assert "gradient information" not in methods


def test_a_head_noun_phrase_does_not_reach_back_over_using():
    rec = extract_record({"id": "lv", "title": "Gloop: Shelf Audits", "abstract": (
        "We build a shelf audit framework utilizing machine learning and a pipeline leveraging a Transformer.")})
    forms = _forms(rec, "methods")
    assert not any("utilizing" in f or "leveraging" in f for f in forms)


def test_a_one_token_name_keeps_one_kind_word_as_an_alias_but_not_a_participle():
    rec = extract_record({"id": "ot", "title": "Gloop: Shelf Segmentation", "abstract": (
        "Gloop segments shelves with a dual U-Net and a frozen CLIP encoder.")})
    aliases = {e["name"]: e["aliases"] for e in rec["methods"]}
    assert "dual U-Net" in aliases["U-Net"]
    assert "frozen CLIP" not in aliases.get("CLIP", [])


def test_a_hyphenated_verb_before_a_known_name_is_no_kind_of_it():
    rec = extract_record({"id": "hv", "title": "Relation Inference", "abstract": (
        "Our method augments COCO, fine-tunes CLIP with hard negatives and re-trains ResNet on the result. "
        "It uses a multi-scale U-Net.")})
    aliases = _method_aliases(rec)
    assert aliases["CLIP"] == [] and aliases["ResNet"] == [], aliases
    assert "multi-scale U-Net" in aliases["U-Net"], aliases  # a hyphenated modifier still is


def test_a_participle_naming_how_a_technique_is_built_stays_in_its_alias():
    rec = extract_record({"id": "kp", "title": "Shelf Segmentation", "abstract": (
        "The shelf model combines factorized shelf-depth attention with a gated U-Net, and a frozen CLIP encoder.")})
    aliases = _method_aliases(rec)
    assert "factorized shelf-depth attention" in aliases["attention"], aliases
    assert "gated U-Net" in aliases["U-Net"], aliases
    assert "frozen CLIP" not in aliases.get("CLIP", []), aliases


def test_a_title_case_modifier_of_a_known_name_stays_in_its_alias_unless_it_cuts_a_longer_run():
    def aliases(title):
        rec = extract_record({"id": "tc", "title": title, "abstract": "We count shelves with diffusion models."})
        return _method_aliases(rec)["diffusion model"]

    assert "bidirectional diffusion models" in aliases("Gloop: Bidirectional Diffusion Models for Shelf Counting")
    assert aliases("Gloop: Efficient Diffusion Models for Shelf Counting") == []
    assert aliases("Gloop: Two-Stage Diffusion Models for Shelf Counting") == []  # how many, not which
    assert aliases("Gloop: Bidirectional Diffusion Models Sampling for Shelf Counting") == []
    # the long form of the paper's coined name (after its colon, or spelling it) is no kind of the known name
    for title, abstract in (("ShelfNet: Shelf-Guided Video Diffusion Models for Counting", "ShelfNet counts shelves."),
                            ("Counting with Shelf-Guided Video Diffusion Models", "We propose SGVDM for shelves.")):
        rec = extract_record({"id": "lf", "title": title, "abstract": abstract})
        assert not any("shelf-guided" in a.lower() for e in rec["methods"] for a in e["aliases"]), rec["methods"]


def test_a_title_case_alias_writes_the_known_name_as_the_curated_list_does():
    rec = extract_record({"id": "tl", "title": "Gloop: Prior-Guided Vision transformer for Shelf Counting",
                          "abstract": "We count shelves."})
    assert "prior-guided Vision Transformer" in _method_aliases(rec)["Vision Transformer"], rec["methods"]


def test_a_model_written_with_its_company_also_goes_by_the_other_form():
    rec = extract_record({"id": "vd", "title": "Shelf answers", "abstract": (
        "We compare OpenAI ShelfGPT-2 with google/shelf-7b, OpenAI o1 and Meta ShelfLM-3.")})
    aliases = _method_aliases(rec)
    assert "OpenAI ShelfGPT-2" in aliases["ShelfGPT-2"], aliases
    assert "google/shelf-7b" in aliases["shelf-7b"], aliases
    assert "o1" in aliases["OpenAI o1"], aliases  # a listed name that holds the company
    assert aliases["ShelfLM-3"] == [], aliases  # "Meta" is also a prefix: no company


def test_a_proposed_phrase_named_after_what_a_technique_does_is_a_method():
    rec = extract_record({"id": "pl", "title": "Gloop: Shelf Captions", "abstract": (
        "Shelf captioning is hard. We introduce contrastive shelf learning for captioning shelves.")})
    assert "contrastive shelf learning" in _forms(rec, "methods")


def test_a_known_architecture_named_by_its_part_keeps_the_architecture_as_an_alias():
    rec = extract_record({"id": "te", "title": "Gloop: Shelf Captions", "abstract": (
        "Gloop feeds shelf crops to a Transformer Encoder and decodes captions.")})
    aliases = [a for e in rec["methods"] for a in e["aliases"]]
    assert "Transformer" in aliases


def test_an_undefined_modality_llm_acronym_is_a_generic_class():
    rec = extract_record({"id": "vl", "title": "Gloop: Shelf Video Captions", "abstract": (
        "Gloop captions shelf videos better than SpeechLLMs and VideoLLMs do.")})
    assert not {"speechllm", "videollm"} & _forms(rec, "methods")


def test_a_title_case_organisation_or_venue_is_not_a_method():
    rec = extract_record({"id": "og", "title": "Gloop: Shelf Audits", "abstract": (
        "Following the World Health Organization, Gloop audits shelves; it appeared in Nature Communications "
        "and uses a Shelf Alignment Module.")})
    methods = _names(rec, "methods")
    assert "Shelf Alignment Module" in methods
    assert not any(n.endswith(("Organization", "Communications", "Communication")) for n in methods)


def test_a_known_name_that_is_also_a_metric_acronym_reads_as_the_metric_among_metrics():
    rec = extract_record({"id": "ma", "title": "Gloop: Shelf Forecasts", "abstract": (
        "Gloop forecasts shelf demand and lowers RMSE and MAE by 12%.")})
    assert "MAE" not in _names(rec, "methods")


def test_a_name_that_generated_a_benchmark_is_a_method_not_a_dataset():
    rec = extract_record({"id": "gb", "title": "ShelfBench: Shelf Reasoning", "abstract": (
        "We introduce ShelfBench, a Gloop-7B generated benchmark of shelf reasoning tasks.")})
    assert "Gloop-7B" in _names(rec, "methods")
    assert "Gloop-7B" not in _names(rec, "datasets")


def test_a_title_name_whose_dataset_word_comes_after_for_is_not_a_dataset():
    rec = extract_record({"id": "ts", "title": "GloopNet: 2nd Solution for the Shelf Parsing Challenge", "abstract": (
        "We present GloopNet for shelf parsing. GloopNet ranks second.")})
    assert "GloopNet" in _names(rec, "methods")
    assert "GloopNet" not in _names(rec, "datasets")


def test_an_apposition_is_typed_by_its_head_before_for():
    rec = extract_record({"id": "ap", "title": "Gloop: Shelf Data at Scale", "abstract": (
        "We introduce Gloop, an open-source, modular pipeline for scalable shelf data collection. "
        "We also release ShelfSet, a group of five diverse datasets for shelf parsing.")})
    assert "Gloop" in _names(rec, "methods")
    assert "ShelfSet" in _names(rec, "datasets")


def test_items_of_an_enumerated_list_of_own_parts_are_proposed_methods():
    rec = extract_record({"id": "en", "title": "Shelf counting with sparse tokens", "abstract": (
        "We propose ShelfNet. ShelfNet introduces three key mechanisms: (1) adaptive shelf scheduling, "
        "(2) hard label injection, and (3) a gated shelf refiner that sharpens counts.")})
    methods = _proposed(rec, "methods")
    assert methods.get("adaptive shelf scheduling") is True
    assert methods.get("hard label injection") is True
    assert methods.get("gated shelf refiner") is True


def test_items_of_an_enumerated_list_of_challenges_or_data_traits_are_not_methods():
    rec = extract_record({"id": "en2", "title": "Shelf counting with sparse tokens", "abstract": (
        "We propose ShelfNet. Existing counters suffer from (1) label noise accumulation and (2) shelf "
        "occlusion handling. We release ShelfSet, a dataset which features (i) dense shelf annotation and "
        "(ii) balanced label sampling.")})
    names = {e["name"] for e in rec["methods"]}
    assert not names & {"label noise accumulation", "shelf occlusion handling", "dense shelf annotation",
                        "balanced label sampling"}


def test_an_own_parts_list_opened_after_naming_the_challenges_still_counts():
    rec = extract_record({"id": "en3", "title": "Shelf counting with sparse tokens", "abstract": (
        "To address these challenges, we propose ShelfNet, a counter with two key innovations: (1) Mixed Shelf "
        "Strategy, which mixes views, and (2) shelf-wise label routing, which routes labels.")})
    methods = _proposed(rec, "methods")
    assert methods.get("Mixed Shelf Strategy") is True
    assert methods.get("shelf-wise label routing") is True


def test_an_enumerated_part_keeps_a_split_off_based_modifier():
    rec = extract_record({"id": "en4", "title": "Shelf counting with sparse tokens", "abstract": (
        "We propose ShelfNet. ShelfNet uses (i) shelf-inspired label fusion to merge views and "
        "(ii) occlusion-aware count routing.")})
    methods = _proposed(rec, "methods")
    assert methods.get("shelf-inspired label fusion") is True
    assert methods.get("occlusion-aware count routing") is True


def test_a_title_name_before_benchmarking_is_a_dataset():
    rec = extract_record({"id": "bt", "title": "ShelfTrek: Benchmarking Robot Agents on Long Shelf Tasks", "abstract": (
        "We introduce ShelfTrek. Current agents often fail at long shelf tasks.")})
    assert "ShelfTrek" in _names(rec, "datasets") and "ShelfTrek" not in _names(rec, "methods")


def test_a_coined_name_keeps_its_year_but_a_venue_does_not():
    rec = extract_record({"id": "yr", "title": "Gloop for shelf counting", "abstract": (
        "Gloop improves F1 by 2.1% on the SHELFC 2024 benchmark, presented at CVPR 2025.")})
    assert "SHELFC 2024" in _names(rec, "datasets")
    assert not any("2025" in n for k in ("methods", "datasets") for n in _names(rec, k))


def test_a_sentence_opened_by_on_name_with_results_names_a_dataset():
    rec = extract_record({"id": "on", "title": "Gloop for shelf driving", "abstract": (
        "We present Gloop, a shelf planner. On SHELFSIM, it records a score of 91.6 with few collisions.")})
    assert "SHELFSIM" in _names(rec, "datasets")


def test_the_name_database_is_a_dataset_but_a_name_database_is_not():
    rec = extract_record({"id": "db", "title": "Gloop for shelf faces", "abstract": (
        "We build ShelfFace3D, a 3D version of the ShelfFaceNet database, and store it in a Neo4J database.")})
    assert "ShelfFaceNet" in _names(rec, "datasets")
    assert "Neo4J" not in _names(rec, "datasets")


def test_a_definition_after_benchmark_comma_is_a_dataset():
    rec = extract_record({"id": "bc", "title": "Reading shelves in Hebrew", "abstract": (
        "Our resulting benchmark, ShelfQ (Shelf Quiz), features 30,000 question-answer pairs. "
        "Baselines reach 70% on ShelfQ.")})
    assert "ShelfQ" in _names(rec, "datasets") and "ShelfQ" not in _names(rec, "methods")


def test_a_single_letter_prefixed_acronym_is_a_name():
    rec = extract_record({"id": "lp", "title": "Gloop for shelf interactions", "abstract": (
        "Experiments on SHELF-DET, V-SHELF, and open-vocabulary splits show that Gloop improves recall.")})
    assert "V-SHELF" in _names(rec, "datasets")


def test_a_model_that_generated_a_benchmark_is_not_the_dataset():
    rec = extract_record({"id": "mb", "title": "Gloop for shelf reasoning", "abstract": (
        "We introduce ShelfReasonBench, a GPT-9 generated benchmark of 19 shelf reasoning tasks.")})
    assert "GPT-9" not in _names(rec, "datasets")
    assert "ShelfReasonBench" in _names(rec, "datasets")


def test_an_apposition_naming_a_test_set_or_one_of_the_datasets_types_a_dataset():
    rec = extract_record({"id": "ts", "title": "Gloop for shelf shapes", "abstract": (
        "To assess generalization, we introduce SHELF2CAD, a real-world test set with 20 novel categories. "
        "We also collected SHELFVERSE, one of the largest known datasets of paired shelf assets.")})
    assert {"SHELF2CAD", "SHELFVERSE"} <= set(_names(rec, "datasets"))


def test_a_plain_database_acronym_is_not_a_dataset():
    rec = extract_record({"id": "pd", "title": "Narrating shelf tables", "abstract": (
        "We turn each database (DB) answer into a sentence, so the DB output is readable.")})
    assert not any(entity_key(n) in ("database", "db") for n in _names(rec, "datasets"))


def test_on_name_beside_baselines_is_a_dataset():
    rec = extract_record({"id": "bl", "title": "Gloop for shelf captions", "abstract": (
        "We present Gloop, a shelf captioner. On SHELFCAP-20 caption generation, it beats generalist baselines.")})
    assert "SHELFCAP-20" in _names(rec, "datasets")


def test_a_language_name_is_not_a_method_or_dataset():
    rec = extract_record({"id": "ln", "title": "Gloop for shelf translation", "abstract": (
        "We test Gloop on shelf questions across regional services (Arabic, Afrique, Hindi, Russian). "
        "Every model achieves its lowest accuracy on Hindi (79% vs. 89% elsewhere).")})
    names = _names(rec, "methods") + _names(rec, "datasets")
    assert not {"Hindi", "Russian", "Turkish", "French-Italian"} & set(names)


def test_a_benchmark_shaped_name_called_an_evaluation_framework_is_a_dataset():
    rec = extract_record({"id": "ef", "title": "Testing shelf research agents", "abstract": (
        "We introduce Shelf-Arena, a fully automated evaluation framework that pushes shelf agents to their limits.")})
    assert "Shelf-Arena" in _names(rec, "datasets") and "Shelf-Arena" not in _names(rec, "methods")


def test_a_bracketed_aside_does_not_break_a_dataset_list():
    rec = extract_record({"id": "as", "title": "Gloop for shelf scans", "abstract": (
        "Experimental validation on SHELFS 2018 (4 modalities, 15 scenarios) and SCANX 2022 (3 modalities) shows "
        "that Gloop is robust.")})
    assert {"SHELFS 2018", "SCANX 2022"} <= set(_names(rec, "datasets"))


def test_on_name_in_a_sentence_reporting_gains_is_a_dataset():
    rec = extract_record({"id": "gn", "title": "Gloop for shelf speech", "abstract": (
        "We present Gloop. We observe large gains, up to 16 points, on challenging SHELFTALK samples.")})
    assert "SHELFTALK" in _names(rec, "datasets")


def test_a_bare_version_or_variant_word_is_not_an_entity():
    rec = extract_record({"id": "fr", "title": "Gloop for shelf driving", "abstract": (
        "Experiments on the SHELFSIM v1/v2 benchmark and on SHELFQA Easy/Challenge show gains for Gloop.")})
    names = _names(rec, "methods") + _names(rec, "datasets")
    assert not {"v2", "Challenge"} & set(names)


def test_our_benchmark_apposition_types_a_dataset_but_our_method_clause_does_not():
    rec = extract_record({"id": "ou", "title": "Gloop for shelf questions", "abstract": (
        "We also release ShelfQuest, our newly generated, publicly available benchmark. "
        "On SHELFSUM, our method beats prior work.")})
    assert "ShelfQuest" in _names(rec, "datasets")
    assert "SHELFSUM" not in _names(rec, "methods")

def test_an_everyday_memory_or_policy_phrase_is_not_a_method():
    rec = extract_record({"id": "em", "title": "Gloop: Shelf Agents", "abstract": (
        "Shelf agents forget because the historical shelf memory preserves too little. We propose Gloop, which "
        "keeps a historical shelf memory, follows a shelf privacy policy and uses a shelf-aware attention module.")})
    methods = _names(rec, "methods")
    assert "shelf-aware attention module" in methods
    assert not any(n.endswith(("memory", "policy")) for n in methods)


def test_an_acronym_for_a_tissue_a_room_or_a_language_is_not_a_method():
    rec = extract_record({"id": "th", "title": "Gloop: Shelf Segmentation", "abstract": (
        "Shelf adipose tissue (SAT) and shelf operating rooms (SORs) are hard to map. Reports use the "
        "Shelf Sign Language (SSL). We propose Gloop, built on a Shelf Fusion Network (SFN). SAT, SORs and "
        "SSL vary; SFN helps.")})
    methods = _names(rec, "methods")
    assert "SFN" in methods
    assert not {"SAT", "SOR", "SSL"} & set(methods)


def test_items_of_a_list_of_categories_are_not_methods():
    rec = extract_record({"id": "ci", "title": "Gloop: Shelf Fault Detection", "abstract": (
        "We propose Gloop, a shelf fault detector built on a Shelf Fusion Network (SFN). Faults fall into three "
        "categories: Shelf Drift (SD), Board Tilt (BT) and Silk Webbing. SFN detects SD and BT.")})
    methods = _names(rec, "methods")
    assert "SFN" in methods
    assert not {"SD", "BT", "Silk Webbing"} & set(methods)


def test_an_unproposed_title_case_phrase_without_a_technique_head_is_not_a_method():
    rec = extract_record({"id": "uh", "title": "Gloop: Shelf Safety", "abstract": (
        "Shelf robots in the Social Sciences suffer from Shelf Drift Entanglement, unlike those using a Mask "
        "Generator or Hill Climbing. We propose Gloop, a shelf planner.")})
    methods = _names(rec, "methods")
    assert {"Mask Generator", "Hill Climbing"} <= set(methods)
    assert not {"Social Science", "Shelf Drift Entanglement"} & set(methods)


def test_a_head_noun_phrase_before_a_task_noun_only_modifies_the_task():
    rec = extract_record({"id": "tm", "title": "Gloop: Shelf Avatars", "abstract": (
        "We propose Gloop, with a Shelf-to-Motion Module for audio-driven talking head synthesis. "
        "Gloop beats prior audio-driven talking head synthesis methods.")})
    methods = _names(rec, "methods")
    assert "Shelf-to-Motion Module" in methods
    assert not any(n.endswith("talking head") for n in methods)


def test_an_acronym_spelled_out_by_one_lower_case_word_is_not_a_method():
    rec = extract_record({"id": "ow", "title": "Gloop: Shelf Super-Resolution", "abstract": (
        "We restore high-resolution shelves from low-resolution (LR) inputs and in-distribution (ID) shelves. "
        "We propose Gloop, which uses structure-from-motion (SfM) points. Gloop beats LR and ID baselines.")})
    methods = _names(rec, "methods")
    assert "SfM" in methods
    assert not {"LR", "ID"} & set(methods)


def test_an_acronym_definition_followed_by_task_is_a_task():
    rec = extract_record({"id": "at", "title": "Towards Shelf Planners", "abstract": (
        "We study the Audio Description Writing (ADW) task, where a planner must order candidate plans. "
        "We propose a simple baseline for ADW.")})
    assert "ADW" not in _names(rec, "methods")
    assert "audio description writing" in _names(rec, "tasks")


def test_an_acronym_definition_said_to_be_a_task_is_a_task():
    rec = extract_record({"id": "ct", "title": "Towards Shelf Planners", "abstract": (
        "Audio Description Writing (ADW) is an essential NLP task for blind users. "
        "We propose a simple baseline for ADW.")})
    assert "ADW" not in _names(rec, "methods")
    assert "audio description writing" in _names(rec, "tasks")


def test_a_task_acronym_definition_followed_by_plural_methods_is_a_task():
    rec = extract_record({"id": "pm", "title": "Towards Shelf Readers", "abstract": (
        "Audio Description Recognition (ADR) methods have improved. We propose a simple baseline for ADR. "
        "The Shelf Parsing Recognition (SPR) framework is also evaluated.")})
    assert "ADR" not in _names(rec, "methods")
    assert "audio description recognition" in _names(rec, "tasks")
    assert "SPR" in _names(rec, "methods")


def test_an_acronym_definition_followed_by_tasks_is_a_task():
    rec = extract_record({"id": "ap", "title": "Towards Shelf Planners", "abstract": (
        "Models struggle with basic Shelf Decision Making (SDM) tasks. We propose a simple baseline for SDM.")})
    assert "SDM" not in _names(rec, "methods")
    assert "shelf decision making" in _names(rec, "tasks")


def test_an_acronym_written_before_task_later_is_a_task():
    rec = extract_record({"id": "ar", "title": "Towards Shelf Security", "abstract": (
        "We study shelf vulnerability detection (SVD), a crucial part of shelf security. "
        "LLMs perform poorly on the SVD task. Projector-shelf systems (ProShelf) help with ProShelf tasks.")})
    assert "SVD" not in _names(rec, "methods")
    assert "shelf vulnerability detection" in _names(rec, "tasks")
    assert "projector-shelf systems" not in _names(rec, "tasks")


def test_a_one_word_former_model_mentioned_in_passing_is_a_method():
    rec = extract_record({"id": "zf", "title": "Faster Speech Encoders", "abstract": (
        "Strong speech encoders exist. One example is the Shelfformer. However, these encoders are slow.")})
    assert "Shelfformer" in _names(rec, "methods")


def test_a_known_technique_before_a_training_word_is_the_method():
    rec = extract_record({"id": "rf", "title": "Shelf Agents That Plan", "abstract": (
        "We train a shelf-planning agent with reinforcement learning fine-tuning on ten thousand shelf layouts.")})
    assert "reinforcement learning" in _names(rec, "methods")
    assert "reinforcement learning fine-tuning" not in _names(rec, "tasks")


def test_a_learning_technique_listed_after_methods_such_as_is_a_method():
    rec = extract_record({"id": "tl", "title": "Finding Shelf Papers", "abstract": (
        "Existing methods, such as keyword matching, transfer learning, and citation heuristics, lack scale. "
        "We propose a shelf-aware retrieval pipeline.")})
    assert "transfer learning" in _names(rec, "methods")


def test_a_masked_objective_in_the_abstract_is_a_method_not_a_task():
    rec = extract_record({"id": "mo", "title": "Shelf Video Encoders", "abstract": (
        "We pretrain a shelf video encoder with masked shelf modeling on unlabeled clips. "
        "Masked face recognition is a different problem.")})
    assert "masked shelf modeling" in _names(rec, "methods")
    assert "masked shelf modeling" not in _names(rec, "tasks")
    assert "masked face recognition" not in _names(rec, "methods")


def test_a_quantization_variant_named_once_is_a_method():
    rec = extract_record({"id": "vq", "title": "Compact Shelf Tokenizers", "abstract": (
        "Our shelf tokenizer compresses images with residual vector quantization and keeps quality.")})
    assert "residual vector quantization" in _names(rec, "methods")

def test_an_unknown_name_reporting_results_after_the_proposal_is_proposed():
    rec = extract_record({"id": "rs", "title": "Geometric Shelf Editing", "abstract": (
        "We propose a training-free pipeline for shelf editing. ShelfNet outperforms BERT on GLUE. We compare "
        "QuokQuant, ShelfQuant, ButterQuant, and PlinkQuant with BERT. Overall, ButterQuant achieves the best "
        "efficiency.")})
    flags = _proposed(rec, "methods")
    assert flags["ShelfNet"] is True
    assert flags["ButterQuant"] is False


def test_a_name_the_paper_adapts_or_builds_on_is_not_proposed():
    rec = extract_record({"id": "bo", "title": "A Variational Approach to Shelf Bias", "abstract": (
        "We propose a novel approach to shelf bias by adapting a Variational Shelf Bottleneck (VSB) framework. "
        "Our detector is built on a carefully configured Convolutional Shelf Network (CSN).")})
    flags = _proposed(rec, "methods")
    assert flags.get("VSB") is False
    assert flags.get("CSN") is False


def test_an_acronym_the_proposal_draws_from_is_not_proposed():
    rec = extract_record({"id": "sw", "title": "Spatial Reasoning in Shelf Segmentation", "abstract": (
        "We propose ShelfSeg to impose explicit spatial constraints by first order shelf logic (FOSL) in a "
        "neural network. ShelfSeg outperforms BERT on GLUE.")})
    flags = _proposed(rec, "methods")
    assert flags.get("FOSL") is not True


def test_a_name_an_apposition_calls_established_is_not_proposed():
    rec = extract_record({"id": "ea", "title": "The Persistence of Shelf Styles", "abstract": (
        "In this work, we show how persistent shelf homology (PSH), a method from topological data analysis, "
        "separates artists. Our tool encodes paintings with a Quantum Shelf Machine (QSM), a classical "
        "algorithm based on density matrices.")})
    flags = _proposed(rec, "methods")
    assert flags.get("PSH") is not True
    assert flags.get("QSM") is not True


@pytest.mark.parametrize("title, abstract, short, long", [
    ("ZoC-Net: Zero-order Cylindrical Partition Network for Lidar Segmentation",
     "We propose ZoC-Net, which partitions point clouds.", "ZoC-Net", "Zero-order Cylindrical Partition Network"),
    ("Sparse flow prediction",
     "We propose SpaRTA, a Sparse Routing Token Aggregator that merges tokens.", "SpaRTA",
     "Sparse Routing Token Aggregator"),
    ("Sparse flow prediction",
     "We introduce the Locality-Aware Mixing Former (LAM2Former), which mixes tokens locally.", "LAM2Former",
     "Locality-Aware Mixing Former"),
])
def test_a_coined_name_and_the_phrase_it_spells_are_one_entity(title, abstract, short, long):
    rec = extract_record({"id": "x", "title": title, "abstract": abstract})
    ent = [e for e in rec["methods"] if entity_key(short) in _forms({"methods": [e]}, "methods")]
    assert len(ent) == 1 and entity_key(long) in _forms({"methods": ent}, "methods")
    assert ent[0]["proposed"] is True
    assert len(rec["methods"]) == 1


def test_a_known_kind_after_a_coined_name_stays_apart():
    rec = extract_record({"id": "x", "title": "Salient object detection", "abstract": (
        "Cross-layer feature pyramid networks (CFPNs) fuse scales. We propose CroFP, a novel cross-layer "
        "feature pyramid network with a lighter fusion.")})
    assert "CroFP" in _names(rec, "methods")
    cfpn = [e for e in rec["methods"] if "cfpn" in _forms({"methods": [e]}, "methods")]
    assert cfpn and "crofp" not in _forms({"methods": cfpn}, "methods")


def test_an_acronym_definition_of_a_known_method_is_one_entity():
    rec = extract_record({"id": "x", "title": "Advantage shaping for reasoning", "abstract": (
        "Group estimators simplify training compared to older approaches like Proximal Policy Optimization (PPO). "
        "We study PPO further.")})
    ppo = [e for e in rec["methods"] if "ppo" in _forms({"methods": [e]}, "methods")]
    assert len(ppo) == 1 and "proximal policy optimization" in _forms({"methods": ppo}, "methods")


def test_a_capitalised_name_around_an_acronym_long_form_is_one_entity():
    rec = extract_record({"id": "x", "title": "Event fusion", "abstract": (
        "We introduce a Query-guided Cross Token Fusion Module (CTFM) for event streams. CTFM aligns tokens.")})
    ctfm = [e for e in rec["methods"] if "ctfm" in _forms({"methods": [e]}, "methods")]
    assert len(ctfm) == 1 and "query guided cross token fusion module" in _forms({"methods": ctfm}, "methods")
    assert len(rec["methods"]) == 1


def test_a_known_method_inside_a_head_phrase_said_once_is_kept():
    rec = extract_record({"id": "ky", "title": "Path prediction for crowds", "abstract": (
        "Crowd analysis has drawn intensive research attention. Walkers shift their attention often. "
        "We predict future paths with a recursive goal-conditioned transformer.")})
    names = [e["name"].lower() for e in rec["methods"]]
    assert "transformer" in names
    assert "attention" not in names


def test_a_persons_attention_is_not_the_mechanism():
    rec = extract_record({"id": "pa", "title": "Predicting where shoppers look", "abstract": (
        "Shelf layouts compete for sustained attention and human attention. "
        "Our predictor fuses gaze maps with attention layers.")})
    sentences = [m["sentence"] for e in rec["methods"] if e["name"].lower() == "attention" for m in e["mentions"]]
    assert sentences == ["Our predictor fuses gaze maps with attention layers."]


def test_lora_adapters_are_lora_not_the_adapter_technique():
    rec = extract_record({"id": "la", "title": "Shelf styles", "abstract": (
        "We train style-specific LoRA adapters on a frozen shelf captioner.")})
    names = [e["name"].lower() for e in rec["methods"]]
    assert "lora" in names and "adapter" not in names
    rec = extract_record({"id": "lb", "title": "Shelf styles", "abstract": (
        "We insert lightweight adapters into a frozen shelf captioner.")})
    assert "adapter" in [e["name"].lower() for e in rec["methods"]]
    rec = extract_record({"id": "lc", "title": "Shelf styles", "abstract": (
        "We train style-specific DoRA adapters on a frozen shelf captioner.")})
    names = [e["name"].lower() for e in rec["methods"]]
    assert "dora" in names and "adapter" not in names


def test_teacher_student_pairs_are_not_the_distillation_set_up():
    rec = extract_record({"id": "ts", "title": "Shelf tutoring", "abstract": (
        "We simulate teacher-student dialogues and compare four teacher-student pairs.")})
    assert "teacher-student" not in [e["name"].lower() for e in rec["methods"]]
    rec = extract_record({"id": "tt", "title": "Shelf detection", "abstract": (
        "We propose a teacher-student architecture for shelf detection.")})
    assert "teacher-student" in [e["name"].lower() for e in rec["methods"]]


def test_an_acronym_for_a_system_or_graph_someone_else_built_is_not_a_method():
    rec = extract_record({"id": "sg", "title": "Shelf facts at scale", "abstract": (
        "Facts come from the Shelf Event Reporting System (SERS) and a shelf knowledge graph (SKG). "
        "We query SERS and SKG with BERT.")})
    names = [e["name"] for e in rec["methods"]]
    assert "SERS" not in names and "SKG" not in names


def test_a_known_method_before_the_layer_word_of_a_phrase_said_once_is_kept():
    rec = extract_record({"id": "cx", "title": "Talking shelves", "abstract": (
        "We animate shelf portraits. The decoder uses parallel cross-attention layers to fuse audio and style.")})
    assert [e["name"] for e in rec["methods"]] == ["cross-attention"]


def test_a_known_name_read_as_a_reported_score_is_not_a_method():
    rec = extract_record({"id": "ms", "title": "Shelf age estimation", "abstract": (
        "ShelfAge reaches an MAE of $3.00$ years, and its edits reach a CLIP score of 0.70.")})
    names = [e["name"] for e in rec["methods"]]
    assert "MAE" not in names and "CLIP" not in names


def test_a_name_records_are_taken_from_is_a_dataset():
    rec = extract_record({"id": "df", "title": "Shelf password strength", "abstract": (
        "We fine-tune a classifier on passwords from the ShelfYou wordlist and on features from DETR.")})
    assert "ShelfYou" in [e["name"] for e in rec["datasets"]]
    assert "DETR" in [e["name"] for e in rec["methods"]]


def test_a_technique_a_benchmark_is_built_for_is_a_task():
    rec = extract_record({"id": "bf", "title": "ShelfBench", "abstract": (
        "We present ShelfBench, a unified benchmark for visual shelf pruning in multimodal models.")})
    assert "visual shelf pruning" not in [e["name"] for e in rec["methods"]]


def test_a_technique_the_title_studies_is_also_a_task():
    rec = extract_record({"id": "st",
                          "title": "ShelfGate: Shelf-Anchored Glimpsing for Speculative Decoding in Video LLMs",
                          "abstract": ("Video LLMs are slow. We propose ShelfGate, which drafts tokens with a small "
                                       "shelf model and verifies them. "
                                       "ShelfGate speeds up speculative decoding by 2x.")})
    assert "speculative decoding" in [entity_key(e["name"]) for e in rec["tasks"]]
    assert "speculative decoding" in _names(rec, "methods")  # (as the abstract writes it)


def test_a_technique_the_title_names_as_the_means_is_no_task():
    rec = extract_record({"id": "sm", "title": "Crop Counting with Shelf Transformers and Speculative Decoding",
                          "abstract": "Counting crops is costly. We count crops with a shelf transformer and "
                                      "speculative decoding."})
    assert "speculative decoding" not in [entity_key(e["name"]) for e in rec["tasks"]]


def test_an_assignment_problem_in_the_title_is_a_task():
    rec = extract_record({"id": "ca", "title": "Shelf-Based Blame Assignment for Crop Agents", "abstract": (
        "Crop agents learn slowly. We study blame assignment in long shelf episodes.")})
    assert "blame assignment" in _names(rec, "tasks")


def test_a_curated_task_of_the_third_round_is_found():
    rec = extract_record({"id": "c3", "title": "Shelf Agents for Crop Games", "abstract": (
        "Crop agents learn slowly in long shelf episodes. We study credit assignment across the episodes.")})
    assert "credit assignment" in _forms(rec, "tasks")


def test_a_linking_phrase_in_a_purpose_slot_is_a_task():
    rec = extract_record({"id": "sl", "title": "ShelfNet: Fast Crop Catalogues", "abstract": (
        "Crop catalogues repeat records. We propose ShelfNet, a small model for shelf record linking.")})
    assert "shelf record linking" in _names(rec, "tasks")


def test_the_object_of_the_task_of_is_a_task():
    rec = extract_record({"id": "to", "title": "ShelfNet: Fast Crop Videos", "abstract": (
        "We address the task of video shelf chaptering, i.e., splitting a crop video into parts. We propose "
        "ShelfNet. The task of identifying crop parts is harder.")})
    tasks = _names(rec, "tasks")
    assert "video shelf chaptering" in tasks
    assert not any(t.startswith("identifying") or t == "crop parts" for t in tasks)


def test_an_evaluation_named_by_its_manner_is_no_task():
    rec = extract_record({"id": "me", "title": "ShelfNet: Counting Crops on Shelves", "abstract": (
        "We propose ShelfNet for crop counting. We collect farmer ratings for subjective evaluation. "
        "We also release tools for shelf image evaluation.")})
    tasks = [entity_key(e["name"]) for e in rec["tasks"]]
    assert "subjective evaluation" not in tasks
    assert "shelf image evaluation" in tasks


def test_an_evaluation_named_by_its_evaluator_is_no_task():
    rec = extract_record({"id": "he", "title": "ShelfNet: Counting Crops on Shelves", "abstract": (
        "We propose ShelfNet for crop counting. We evaluate count quality on four stores using automatic metrics "
        "as well as human evaluation. Human evaluation confirms this trend.")})
    tasks = [entity_key(e["name"]) for e in rec["tasks"]]
    assert "human evaluation" not in tasks
    assert "crop counting" in tasks


def test_a_task_after_for_and_a_named_basis_has_a_purpose_cue():
    rec = extract_record({"id": "pb", "title": "ShelfNet for Crop Counting", "abstract": (
        "Existing methods for LLM-based shelf mnemonic generation are opaque. We propose ShelfNet.")})
    assert "shelf mnemonic generation" in _names(rec, "tasks")


def test_a_task_head_after_an_acronym_definition_names_the_long_task():
    rec = extract_record({"id": "ad", "title": "ShelfNet: A Crop Model", "abstract": (
        "Reliable out-of-shelf (OOS) detection is needed for crops. We propose ShelfNet, which improves OOS "
        "detection. Chain-of-Shelf (CoS) reasoning helps it.")})
    tasks = {e["name"]: e["aliases"] for e in rec["tasks"]}
    assert tasks.get("out-of-shelf detection") == ["OOS detection"]
    assert "Chain-of-Shelf reasoning" not in tasks and "chain-of-shelf reasoning" not in tasks


def test_a_technique_named_after_via_or_a_third_person_use_verb_is_a_method():
    rec = extract_record({"id": "mc", "title": "Shelf tracking in warehouses", "abstract": (
        "ShelfTrack aligns the shelf frames via quantile-based thresholding. It employs a shelf-aware "
        "smoothing to suppress jitter, and it leverages frequency information.")})
    methods = _forms(rec, "methods")
    assert {entity_key("quantile-based thresholding"), entity_key("shelf-aware smoothing")} <= methods
    assert entity_key("frequency information") not in methods  # what it uses is data, not a technique


def test_a_means_phrase_ending_in_a_task_word_is_not_a_method():
    rec = extract_record({"id": "mt", "title": "Shelf planning agents", "abstract": (
        "ShelfBot employs vision-language reasoning to place goods. It outperforms ShelfNet on ShelfBench.")})
    assert entity_key("vision-language reasoning") not in _forms(rec, "methods")


def test_caching_and_reweighting_end_technique_names():
    rec = extract_record({"id": "hc", "title": "Fast shelf video generation", "abstract": (
        "We speed up shelf video diffusion with layer-wise feature caching and shelf token reweighting. "
        "Layer-wise feature caching halves latency; shelf token reweighting adds little error.")})
    assert {entity_key("layer-wise feature caching"), entity_key("shelf token reweighting")} <= _forms(rec, "methods")


def test_classical_geometry_and_statistics_techniques_are_known_methods():
    rec = extract_record({"id": "cl", "title": "Shelf meshes from scans", "abstract": (
        "We align the shelf scans with iterative closest point, extract meshes by marching cubes and test the "
        "gains with a Wilcoxon signed-rank test.")})
    methods = _forms(rec, "methods")
    assert {entity_key("iterative closest point"), entity_key("marching cubes"),
            entity_key("Wilcoxon signed-rank test")} <= methods


def test_a_coined_name_keeps_a_lite_or_flash_variant_word():
    rec = extract_record({"id": "vl", "title": "Compact shelf segmentation", "abstract": (
        "ShelfSeg3 reaches the best Dice, while the compact ShelfSeg3 Lite variant runs on phones.")})
    assert "ShelfSeg3 Lite" in _names(rec, "methods")


def test_a_title_case_run_opening_a_sentence_before_a_verb_is_a_name():
    rec = extract_record({"id": "sc", "title": "Long shelf video generation", "abstract": (
        "We generate long shelf videos. Drift Shelf Training perturbs the conditioning frames, and Shelf "
        "Memory Routing stores them.")})
    assert "Drift Shelf Training" in _names(rec, "methods")


def test_a_title_case_part_name_may_end_in_a_design_word():
    rec = extract_record({"id": "cp", "title": "Shelf agents that plan", "abstract": (
        "We introduce ShelfAgent and an Expansion-Shelf Strategy to place goods. ShelfAgent further adopts "
        "Adaptive Shelf Loop, a controller that dynamically revises plans. ShelfAgent constructs real-time "
        "Shelf Trees from fresh stock to guide it.")})
    assert {"Expansion-Shelf Strategy", "Adaptive Shelf Loop", "Shelf Tree"} <= set(_names(rec, "methods"))


def test_a_title_case_learning_name_led_by_a_compound_is_a_method():
    rec = extract_record({"id": "cl2", "title": "Shelf event recognition", "abstract": (
        "Our framework has two stages. Shelf-aimed Contrastive Learning updates the encoder to separate "
        "shelf events, and a classifier labels them.")})
    assert "Shelf-aimed Contrastive Learning" in _names(rec, "methods")


def test_a_digit_led_acronym_is_a_coined_name():
    rec = extract_record({"id": "dl", "title": "Shelf scenes in 3D", "abstract": (
        "We render the shelf with 3DGS-Shelf. Its core component is 2D-SRQ, a novel motion tokenizer. "
        "Unlike 3D-aware baselines, 2D-SRQ runs in real time.")})
    assert {"3DGS-Shelf", "2D-SRQ"} <= set(_names(rec, "methods"))
    assert "3D-aware" not in _names(rec, "methods")


def test_a_lower_case_x2y_converter_is_a_coined_name():
    rec = extract_record({"id": "x2", "title": "Shelf pose tracking", "abstract": (
        "Our module plugs into shelf trackers on both seq2shelf and shelf2frame pipelines.")})
    assert {"seq2shelf", "shelf2frame"} <= set(_names(rec, "methods"))


def test_a_capitalised_name_with_a_plus_plus_mark_is_coined():
    rec = extract_record({"id": "pp", "title": "Shelf segmentation", "abstract": (
        "We compare Shelf-Net and Shelf-Net++ on retail images; Shelf-Net++ excels in boundary quality, "
        "and our C++ code is public.")})
    methods = _names(rec, "methods")
    assert "Shelf-Net++" in methods and "C++" not in methods


def test_a_structure_of_parts_name_is_coined():
    rec = extract_record({"id": "of", "title": "Shelf instruction editing", "abstract": (
        "Our approach follows a Chain-of-Shelf pipeline, and a Best-of-N selection improves results on "
        "out-of-distribution shelves.")})
    methods = _names(rec, "methods")
    assert {"Chain-of-Shelf", "Best-of-N"} <= set(methods)


def test_an_own_part_described_by_based_on_in_the_proposal_is_proposed():
    rec = extract_record({"id": "bn", "title": "Lifelong Shelf Detection", "abstract": (
        "We propose ShelfNet for shelf detection. We further introduce a lifelong shelf editing module based on "
        "a Mixture-of-Experts architecture to update the detector.")})
    flags = _proposed(rec, "methods")
    assert flags.get("lifelong shelf editing module") is True


def test_a_proposed_selection_with_an_acronym_is_a_method():
    rec = extract_record({"id": "hs", "title": "Promptable Shelf Segmentation", "abstract": (
        "We propose Prompt-guided Shelf Head Selection (PSHS) to pick attention heads. PSHS selects heads by "
        "matching attention maps with prompts.")})
    assert _proposed(rec, "methods").get("PSHS") is True
    assert "prompt-guided shelf head selection" not in _names(rec, "tasks")


def test_a_later_item_of_a_list_of_design_parts_is_a_method():
    rec = extract_record({"id": "dp", "title": "Cloud Shelf Detection", "abstract": (
        "We propose ShelfDet for shelf detection. ShelfDet mitigates domain shifts via two feature alignment "
        "techniques: global Shelf Query Feature Alignment (SQFA) capturing scene-level shifts, and fine-grained "
        "Temporal Instance-Aware Shelf Embedding Alignment (TISEA) addressing instance variations.")})
    assert _proposed(rec, "methods").get("TISEA") is True
    assert "temporal instance-aware shelf embedding alignment" not in _names(rec, "tasks")


def test_a_modifier_left_off_an_own_part_is_kept_in_an_alias():
    rec = extract_record({"id": "lm", "title": "Shelf Risk Control", "abstract": (
        "We propose ShelfRisk with a temporally adaptive shelf temperature scheduling mechanism. We further "
        "propose a balanced shelf tuning strategy that adapts models. We introduce a part-based shelf embedding "
        "mechanism that splits shelves.")})
    aliases = {a for e in rec["methods"] for a in [e["name"]] + e["aliases"]}
    assert "temporally adaptive shelf temperature scheduling mechanism" in aliases
    assert "balanced shelf tuning" in aliases
    assert "part-based shelf embedding" in aliases


def test_a_name_we_train_and_describe_is_proposed():
    rec = extract_record({"id": "wt", "title": "Terminal Shelf Agents", "abstract": (
        "We build a shelf corpus. Using it, we train ShelfTerm, a family of models initialized from BERT, and "
        "ShelfTerm-8B improves over it.")})
    flags = _proposed(rec, "methods")
    assert flags.get("ShelfTerm") is True
    assert flags.get("BERT") is False


def test_models_we_train_after_a_coordinated_verb_are_proposed():
    rec = extract_record({"id": "wc", "title": "ShelfArt: Shelf Image Synthesis", "abstract": (
        "We study shelf rendering. Beyond the data, we develop ShelfBoost, a prompt rewriting model, and train two "
        "text-to-image models, ShelfFlow and ShelfLumo, which beat ResNet-50. Building on the pipeline, we have "
        "trained and open-sourced ShelfMini-2, a small reasoning model.")})
    flags = _proposed(rec, "methods")
    assert flags.get("ShelfFlow") is True and flags.get("ShelfLumo") is True
    assert flags.get("ShelfMini-2") is True
    assert flags.get("ResNet-50") is False


def test_the_last_of_two_names_we_train_and_describe_is_proposed():
    rec = extract_record({"id": "wl", "title": "Shelf Reward Models", "abstract": (
        "We study shelves. Building on the data, we train ShelfDRM and ShelfGRM, a discriminative and a generative "
        "reward model, both strong.")})
    assert _proposed(rec, "methods").get("ShelfGRM") is True


def test_baseline_models_we_train_are_not_proposed():
    rec = extract_record({"id": "wb", "title": "Shelf Counting", "abstract": (
        "We study shelf counting. We fine-tune ResNet-50 and train two baseline models, ShelfNetA and ShelfNetB, "
        "for comparison.")})
    flags = _proposed(rec, "methods")
    assert flags.get("ShelfNetA") is False and flags.get("ShelfNetB") is False


def test_an_enumerated_own_strategy_after_an_article_is_proposed():
    rec = extract_record({"id": "en", "title": "ShelfAgent: Training Shelf Agents", "abstract": (
        "We propose ShelfAgent, a shelf agent trained in two stages. Two key designs underpin training: (i) a "
        "random shelf perturbation strategy applied to the data, and (ii) a curriculum over shelves.")})
    assert _proposed(rec, "methods").get("random shelf perturbation strategy") is True


def test_a_part_that_is_developed_is_an_own_component():
    rec = extract_record({"id": "dv", "title": "Shelf Style Transfer", "abstract": (
        "We propose ShelfStyle for shelf style transfer. In addition, a style-aware shelf decoder is developed to "
        "adapt to various styles. The model is developed on Shelf Custom Vision.")})
    flags = _proposed(rec, "methods", "datasets")
    assert flags.get("style-aware shelf decoder") is True
    assert flags.get("Shelf Custom Vision") is not True


def test_a_named_benchmark_built_in_the_proposal_is_proposed():
    rec = extract_record({"id": "nb", "title": "Open-Set Shelf Generation", "abstract": (
        "We construct ShelfCap-1M, a large-scale dataset of shelf captions, along with a ShelfCap-Eval benchmark "
        "for comprehensive evaluation.")})
    flags = _proposed(rec, "datasets", "methods")
    assert flags.get("ShelfCap-Eval") is True


def test_a_definition_followed_by_a_part_head_keeps_the_head_in_an_alias():
    rec = extract_record({"id": "ph", "title": "Weakly Supervised Shelf Localization", "abstract": (
        "We propose ShelfLoc, coupled with a novel Weakly Supervised Shelf Selecting (WSS) loss that enables "
        "localization using only image-level labels.")})
    aliases = {a for e in rec["methods"] for a in [e["name"]] + e["aliases"]}
    assert "Weakly Supervised Shelf Selecting loss" in aliases
    assert "WSS loss" in aliases


def test_a_title_case_name_written_with_its_kind_keeps_it_in_an_alias():
    rec = extract_record({"id": "tk", "title": "Shelf Segmentation", "abstract": (
        "To address these problems, we propose a Frequency-domain Shelf Interaction model (FSISeg) for "
        "language-guided shelf segmentation.")})
    aliases = {a for e in rec["methods"] for a in [e["name"]] + e["aliases"]}
    assert "Frequency-domain Shelf Interaction model" in aliases


def test_an_acronym_between_a_qualifier_and_plural_datasets_is_a_kind_of_data():
    rec = extract_record({"id": "kd", "title": "Shelf Anomaly Detection", "abstract": (
        "Unlike existing SAD datasets, our ShelfNet is tested on three large-scale UAV benchmarks and on the "
        "ShelfA and ShelfB datasets.")})
    names = {e["name"] for e in rec["datasets"]}
    assert not names & {"SAD", "UAV"}
    assert {"ShelfA", "ShelfB"} <= names


def test_a_name_in_apposition_with_a_game_or_a_bracketed_environment_is_a_dataset():
    rec = extract_record({"id": "ge", "title": "Agents on Shelves", "abstract": (
        "We introduce ShelfQuest, a two-player cooperative game in which agents stack shelves. We also release "
        "ShelfWorld-Env, a curated reinforcement learning (RL) environment with adjustable difficulty.")})
    names = {e["name"] for e in rec["datasets"]}
    assert {"ShelfQuest", "ShelfWorld-Env"} <= names


def test_a_coined_name_before_data_or_time_series_is_a_dataset():
    rec = extract_record({"id": "ds", "title": "Crop Mapping", "abstract": (
        "We fuse hyperspectral ShelfSat data with Shelfinel-2 time series and RGB data to map crops.")})
    names = {e["name"] for e in rec["datasets"]}
    assert {"ShelfSat", "Shelfinel-2"} <= names
    assert "RGB" not in names


def test_a_dataset_we_collect_is_proposed_but_data_a_study_collects_is_not():
    rec = extract_record({"id": "co", "title": "Shelf Anomalies", "abstract": (
        "To study shelves, we also collected ShelfVid-20K with 20K clips of shelves. This study collects ShelfMart "
        "reviews across two regions.")})
    flags = _proposed(rec, "datasets", "methods")
    assert flags.get("ShelfVid-20K") is True
    assert flags.get("ShelfMart") is not True


def test_a_dimension_prefixed_acronym_is_a_dataset_name_but_not_a_method():
    rec = extract_record({"id": "dm", "title": "Shelf Reasoning", "abstract": (
        "ShelfNet improves results on 1D-SHELF, ACRE and MiniSHELF, and on the ShelfTec 3D-AD dataset. "
        "It renders scenes with 3D-GS.")})
    assert {"1D-SHELF", "ShelfTec 3D-AD"} <= set(_names(rec, "datasets"))
    assert "3D-GS" not in _names(rec, "methods")


def test_a_video_or_perceptual_metric_acronym_is_not_an_entity():
    rec = extract_record({"id": "mt", "title": "Shelf Video Synthesis", "abstract": (
        "ShelfGen surpasses ShelfDiff in FID/FVD and VBench, and improves MOS 2.94 to 3.49 with segmentation "
        "HD95 under 4 mm.")})
    names = set(_names(rec, "datasets")) | set(_names(rec, "methods"))
    assert not names & {"FVD", "MOS", "HD95"}
    assert "VBench" in names


def test_a_model_fine_tuned_on_this_dataset_is_not_a_dataset():
    rec = extract_record({"id": "md", "title": "A Shelf Corpus", "abstract": (
        "We fine-tuned the ShelfLM7 model on this dataset and report results on the ShelfCOMP recidivism dataset.")})
    assert "ShelfLM7" in _names(rec, "methods")
    assert _names(rec, "datasets") == ["ShelfCOMP"]


def test_a_model_compared_across_datasets_is_not_a_dataset():
    rec = extract_record({"id": "ac", "title": "Shelf Mathematics", "abstract": (
        "ShelfRL-1.5B surpasses ShelfScale-1.5B-Preview across all five datasets. We also contribute a new "
        "dataset, ShelfCount, which has 5K shelves.")})
    assert "ShelfScale-1.5B-Preview" in _names(rec, "methods")
    assert "ShelfCount" in _names(rec, "datasets")


def test_a_name_before_based_dataset_is_a_dataset():
    rec = extract_record({"id": "bd", "title": "Shelf Driving", "abstract": (
        "We fine-tune ShelfVLM on a dataset derived from the ShelfScenes dataset. Evaluations on the curated "
        "ShelfScenes-based dataset show gains.")})
    assert "ShelfScenes" in _names(rec, "datasets")


def test_a_name_given_to_a_benchmark_by_a_naming_word_is_a_dataset():
    rec = extract_record({"id": "nd", "title": "Shelf Study", "abstract": (
        "We build a new benchmark called ShelfQuest to test agents, and a model called ShelfNet. We release two "
        "benchmarks derived from public data, containing short captions, which we coin subShelf and subRack.")})
    assert {"ShelfQuest", "subShelf", "subRack"} <= set(_names(rec, "datasets"))
    assert "ShelfNet" in _names(rec, "methods")


def test_a_name_data_is_taken_from_is_a_dataset():
    rec = extract_record({"id": "tf", "title": "Shelf Retrieval", "abstract": (
        "We construct a benchmark from ShelfOR with 276 queries, and use features derived from ShelfNet.")})
    assert "ShelfOR" in _names(rec, "datasets")
    assert "ShelfNet" not in _names(rec, "datasets")


def test_a_name_said_to_be_a_dataset_by_a_copula_is_a_dataset():
    rec = extract_record({"id": "cp", "title": "Shelf Reasoning", "abstract": (
        "ShelfR1-Distilled is a large-scale dataset with thinking traces, and ShelfNet is a model trained on it.")})
    assert "ShelfR1-Distilled" in _names(rec, "datasets")
    assert "ShelfNet" in _names(rec, "methods")


def test_a_shared_task_keeps_its_task_number():
    rec = extract_record({"id": "st", "title": "ShelfTeam at ShelfEval-2025 Task 4: Shelf Unlearning", "abstract": (
        "This paper describes our system for ShelfEval-2025 Task 4 on unlearning sensitive content.")})
    assert "ShelfEval-2025 Task 4" in _names(rec, "datasets")


def test_a_name_with_a_spaced_year_is_a_dataset():
    rec = extract_record({"id": "yr", "title": "Shelf Text Detection", "abstract": (
        "This paper replicates the system used in the ShelfTextification 2023 shared task for attribution.")})
    assert "ShelfTextification 2023" in _names(rec, "datasets")


def test_a_lower_case_led_modality_before_plural_datasets_is_a_kind_of_data():
    rec = extract_record({"id": "kl", "title": "Shelf Reconstruction", "abstract": (
        "Progress is limited by the lack of dedicated multi-shot fSHELF-video datasets, so ShelfNet is tested on "
        "the ShelfA dataset.")})
    assert "fSHELF-video" not in _names(rec, "datasets")
    assert "ShelfA" in _names(rec, "datasets")


def test_a_name_bracketed_after_a_numbered_shared_task_is_its_alias():
    rec = extract_record({"id": "sb", "title": "Shelf Question Answering", "abstract": (
        "The ShelfEval 2025 Task 8 (ShelfBench) introduced a benchmark of tables. ShelfQA reaches 70% on "
        "ShelfBench.")})
    ds = [e for e in rec["datasets"] if "ShelfBench" in [e["name"]] + e["aliases"]]
    assert len(ds) == 1 and "Task 8" in " ".join([ds[0]["name"]] + ds[0]["aliases"])


def test_a_use_phrase_outside_the_title_is_not_a_task():
    rec = extract_record({"id": "sh", "title": "Shelf Counting with Diffusion Priors", "abstract": (
        "Shelf product counting is hard. We propose a diffusion prior for inventory monitoring. "
        "It also helps quality control.")})
    names = _names(rec, "tasks")
    assert "inventory monitoring" not in names and "quality control" not in names
    assert "shelf counting" in names


def test_a_means_head_named_once_in_the_abstract_is_not_a_task():
    rec = extract_record({"id": "mh", "title": "Shelf Counting with Diffusion Priors", "abstract": (
        "We study shelf product counting. The counter gains from test-time scaling and tool use.")})
    assert _names(rec, "tasks")[:1] == ["shelf counting"]
    assert not {"test-time scaling", "tool use"} & set(_names(rec, "tasks"))
    rec = extract_record({"id": "mt", "title": "Test-Time Scaling for Shelf Counting", "abstract": (
        "We study shelf product counting with test-time scaling.")})
    assert "test-time scaling" in _names(rec, "tasks")


def test_a_quality_named_only_in_the_abstract_is_not_a_task():
    abstract = "We study shelf product counting. Results show notable potential for cross-shelf robustness."
    rec = extract_record({"id": "mq", "title": "Shelf Counting with Diffusion Priors", "abstract": abstract})
    assert "cross-shelf robustness" not in _names(rec, "tasks")
    rec = extract_record({"id": "mr", "title": "On the Cross-Shelf Robustness of Product Counters",
                          "abstract": abstract})
    assert "cross-shelf robustness" in _names(rec, "tasks")


def test_a_side_matter_kept_only_for_want_of_a_task_is_dropped():
    for sentence, phrase in (("Its design mitigates representation collapse.", "representation collapse"),
                             ("It relies on joint optimization of shelf features.", "joint optimization")):
        rec = extract_record({"id": "ws", "title": "ShelfNet: Fast Nets for Shelves",
                              "abstract": "We present ShelfNet, a compact network. " + sentence})
        assert phrase not in _names(rec, "tasks")
    rec = extract_record({"id": "wt", "title": "Avoiding Representation Collapse in Shelf Nets",
                          "abstract": "We present ShelfNet, a compact network. Its design mitigates representation "
                                      "collapse."})
    assert "representation collapse" in _names(rec, "tasks")
    rec = extract_record({"id": "wa", "title": "ShelfNet: Fast Nets for Shelves",
                          "abstract": "We present ShelfNet, a compact network. It serves retail shelf monitoring."})
    assert _names(rec, "tasks") == ["retail shelf monitoring"]  # an application the paper may address stays


def test_a_title_technique_before_for_named_only_there_is_the_means_not_a_task():
    rec = extract_record({"id": "tf", "title": "ShelfAlign: Contrastive Planogram Alignment for Retail Robots",
                          "abstract": ("Retail robots must count products on shelves. We propose ShelfAlign, which "
                                       "aligns shelf photos to planograms, and evaluate it on shelf gap detection.")})
    assert _names(rec, "tasks") == ["shelf gap detection"]
    # named again in the abstract, the phrase is what the paper studies
    rec = extract_record({"id": "tg", "title": "Contrastive Planogram Alignment for Retail Robots", "abstract": (
        "Contrastive planogram alignment matches shelf photos to planograms. We study it for shelf gap detection.")})
    assert "contrastive planogram alignment" in _names(rec, "tasks")


def test_an_enhancement_of_a_named_object_before_for_in_the_title_is_the_task():
    rec = extract_record({"id": "te", "title": "Kalman Filter-based Shelf Photo Quality Enhancement for Store Robots",
                          "abstract": ("Store robots take blurry shelf photos. We propose a Kalman filter that "
                                       "sharpens them before shelf gap detection.")})
    assert _names(rec, "tasks")[0] == "shelf photo quality enhancement"


def test_the_topic_of_an_opening_advances_in_is_background_not_a_task():
    rec = extract_record({"id": "ad", "title": "Counting What Is Missing on Store Shelves", "abstract": (
        "Recent advances in planogram image understanding have enabled store robots. Yet shelf gap detection "
        "remains hard in cluttered aisles. We propose GapNet, a detector for shelf gap detection.")})
    names = _names(rec, "tasks")
    assert "planogram image understanding" not in names and names[0] == "shelf gap detection"


def test_a_task_written_as_another_tasks_alias_joins_it():
    rec = extract_record({"id": "sf", "title": "Explainable Shelf Gap Detection with Diffusion Priors", "abstract": (
        "Work on classifying shelf gap (SG) has been explored. Enhancing the explainability of SG detection is "
        "essential for store staff.")})
    tasks = rec["tasks"]
    assert [t["name"] for t in tasks] == ["shelf gap detection"] and "SG detection" in tasks[0]["aliases"]

def test_a_task_named_only_as_a_model_skill_is_not_a_task():
    rec = extract_record({"id": "sk", "title": "Shelf Counting with Diffusion Priors", "abstract": (
        "We study shelf product counting in retail images. This improves the spatial reasoning abilities of "
        "the counter.")})
    names = _names(rec, "tasks")
    assert "spatial reasoning" not in names and "shelf counting" in names


def test_a_manner_led_phrase_outside_the_title_is_not_a_task():
    rec = extract_record({"id": "mn", "title": "Shelf Counting with Diffusion Priors", "abstract": (
        "Shelf product counting is hard. We propose a diffusion prior for global context modeling and gains in "
        "stable reconstruction.")})
    names = _names(rec, "tasks")
    assert "global context modeling" not in names and "stable reconstruction" not in names
    assert "shelf counting" in names


def test_what_a_model_component_is_for_is_not_a_task(monkeypatch):
    _task_model_as(monkeypatch, -5.0)  # the rules' purpose slot only: the learned model may add a left-out phrase
    rec = extract_record({"id": "cp", "title": "Shelf Counting with Diffusion Priors", "abstract": (
        "We study shelf product counting. A light module for shelf edge localization feeds the counter.")})
    names = _names(rec, "tasks")
    assert "shelf edge localization" not in names and "shelf counting" in names


def test_a_concrete_task_on_a_named_object_said_once_is_a_task():
    rec = extract_record({"id": "ot", "title": "Shelf Counting with Diffusion Priors", "abstract": (
        "Shelf product counting is hard. Our counter also helps with pallet damage detection. It runs automated "
        "detection at night.")})
    names = _names(rec, "tasks")
    assert "pallet damage detection" in names
    assert "automated detection" not in names


def test_what_a_model_makes_on_its_way_is_not_an_object_task():
    rec = extract_record({"id": "io", "title": "Shelf Counting with Diffusion Priors", "abstract": (
        "Shelf product counting is hard. Our counter relies on a decoder for mask prediction. It also helps with "
        "pallet damage detection.")})
    names = _names(rec, "tasks")
    assert "mask prediction" not in names and "pallet damage detection" in names


def test_an_acronym_defined_for_a_kind_of_the_title_task_is_a_task():
    rec = extract_record({"id": "rt", "title": "GapNet: Pruning Diffusion for Real-World Shelf Gap Detection",
                          "abstract": "Real-world shelf gap detection (Real-SGD) is hard. We prune a diffusion model "
                                      "for Real-SGD."})
    assert _names(rec, "tasks") == ["real-world shelf gap detection"]
    assert "Real-SGD" not in _names(rec, "methods")


def test_a_deployment_quality_is_stripped_from_the_front_of_a_task():
    rec = extract_record({"id": "fq", "title": "Feed-forward Shelf Gap Detection with Depth Priors", "abstract": (
        "We study on-device shelf gap detection for retail robots.")})
    assert _names(rec, "tasks") == ["shelf gap detection"]


def test_a_step_on_features_outside_the_title_is_not_a_task():
    rec = extract_record({"id": "fe", "title": "Shelf Counting with Diffusion Priors", "abstract": (
        "We study shelf product counting. We add a branch for multi-scale feature extraction to the counter.")})
    names = _names(rec, "tasks")
    assert "multi-scale feature extraction" not in names and "shelf counting" in names


def test_a_named_benchmark_the_authors_evaluate_on_is_not_theirs():
    rec = extract_record({"id": "x", "title": "Compact question answering", "abstract": (
        "We propose FooNet, a compact reader, and evaluate it on a BarQA benchmark.")})
    assert _proposed(rec, "datasets").get("BarQA") is False


def test_a_public_acronym_dataset_is_a_dataset_not_a_kind_of_data():
    rec = extract_record({"id": "x", "title": "Sepsis prediction", "abstract": (
        "We train a recurrent model and test it on public MIMIC datasets with strong results.")})
    assert "MIMIC" in _names(rec, "datasets")


def test_a_capitalised_name_after_a_preposition_in_an_own_sentence_is_not_proposed():
    rec = extract_record({"id": "op", "title": "Shelf Counselling Agents", "abstract": (
        "We propose ShelfProbe. ShelfProbe combines a State Shelver for tracking profiles and a Strategy Planner "
        "for Shelf Motivational Talking codes. It consists of Shelf Memory Building.")})
    flags = _proposed(rec, "methods", "datasets")
    assert flags.get("Shelf Motivational Talking") is not True
    assert flags.get("Shelf Memory Building") is True


def test_a_known_technique_called_the_proposed_one_is_not_proposed():
    rec = extract_record({"id": "kp", "title": "Shelf Detection with Experts", "abstract": (
        "Knowledge Distillation (KD) compresses detectors. We study shelf detection with a teacher. "
        "Experiments show that the proposed KD improves shelf recall.")})
    flags = _proposed(rec, "methods", "datasets")
    assert flags.get("Knowledge Distillation", flags.get("KD")) is False


def test_an_acronym_defined_after_of_in_a_proposal_is_not_proposed():
    rec = extract_record({"id": "po", "title": "Shelf Flow Matching", "abstract": (
        "We propose ShelfFlow, which integrates the dual formulation of shelf optimal transport (SOT) to map "
        "shelves in one step.")})
    flags = _proposed(rec, "methods", "datasets")
    assert flags.get("SOT", flags.get("shelf optimal transport")) is not True
    assert flags.get("ShelfFlow") is True


def test_a_name_after_fine_tuned_is_not_proposed():
    rec = extract_record({"id": "ft", "title": "Shelf Speech Translation", "abstract": (
        "We first establish two strong components: a shelf tokenizer and a multi-stage fine-tuned ShelfMT model "
        "that reached 28 BLEU.")})
    flags = _proposed(rec, "methods", "datasets")
    assert flags.get("ShelfMT") is not True


def test_a_dataset_the_authors_collect_is_proposed():
    rec = extract_record({"id": "cd", "title": "Shelf Physics from Pixels", "abstract": (
        "To facilitate this research, we also collected ShelfVerse, one of the largest datasets of paired "
        "shelf assets and physical materials.")})
    flags = _proposed(rec, "methods", "datasets")
    assert flags.get("ShelfVerse") is True


def test_a_title_prefix_before_a_survey_is_not_proposed():
    rec = extract_record({"id": "sv", "title": "ShelfGPT Agents: A Review of Methods",
                          "abstract": "We review these agents, their benchmarks and open problems."})
    flags = _proposed(rec, "methods", "datasets")
    assert flags.get("ShelfGPT Agent") is False


def test_a_name_modifying_a_plain_plural_after_the_verb_is_not_proposed():
    rec = extract_record({"id": "mp", "title": "Shelf Perception from Reviews", "abstract": (
        "This study collects Shelf Maps reviews across two regions and prompts LLMs to extract perceptions.")})
    flags = _proposed(rec, "methods", "datasets")
    assert True not in flags.values()


def test_a_title_task_of_an_object_is_the_fallback_task():
    rec = extract_record({"id": "ob", "title": "Early Screening of Retinal Lesions with Deep Learning", "abstract": (
        "We present a deep learning system. It works well on two public sets.")})
    assert _names(rec, "tasks") == ["retinal lesion screening"]


def test_a_title_task_of_an_object_also_goes_by_the_object_first_form():
    rec = extract_record({"id": "oa", "title": "Interpretable Classification of Shelf Product Labels", "abstract": (
        "We study interpretable classification. It works well on two public sets.")})
    task = next(e for e in rec["tasks"] if e["name"] == "interpretable classification")
    assert "shelf product label classification" in task["aliases"]


def test_a_fallback_task_head_names_the_task_only_when_there_is_no_other():
    alone = extract_record({"id": "fa", "title": "Shelf Data Curation at Scale", "abstract": (
        "We present a pipeline. It works well on two public sets.")})
    assert _names(alone, "tasks") == ["shelf data curation"]
    beside = extract_record({"id": "fb", "title": "Shelf Data Curation for Product Detection", "abstract": (
        "We present a pipeline for product detection. It works well on two public sets.")})
    assert "shelf data curation" not in _names(beside, "tasks")


def test_an_all_capital_name_listed_beside_coined_method_names_is_a_method():
    rec = extract_record({"id": "sib", "title": "Shelf Planning at Scale", "abstract": (
        "We compare three shelf planners - ShelfNet, QRTK, and PlanFormer - on our warehouse logs. "
        "Our planner is faster.")})
    assert {"ShelfNet", "QRTK", "PlanFormer"} <= set(_names(rec, "methods"))


def test_names_right_after_a_plural_method_noun_are_methods():
    rec = extract_record({"id": "arch", "title": "Shelf Detection in Crowds", "abstract": (
        "We add density queries to a detector, introducing the architectures QZ2D and QZ3D. Both are fast.")})
    assert {"QZ2D", "QZ3D"} <= set(_names(rec, "methods"))


def test_a_modified_hyphenated_technique_keeps_the_technique_as_alias():
    rec = extract_record({"id": "xat", "title": "Shelf Fusion", "abstract": (
        "In practice, our model leverages text-to-image cross-attention to weight the visual features.")})
    assert "cross attention" in _forms(rec, "methods")


def test_a_technique_a_design_is_built_with_is_also_a_method():
    rec = extract_record({"id": "dw", "title": "Compact Shelf Embeddings", "abstract": (
        "We train a shelf retrieval pipeline with matryoshka learning to shorten the embeddings. "
        "It works well on two public sets.")})
    assert "matryoshka learning" in _names(rec, "methods")


def test_a_voting_or_caching_technique_named_once_is_a_method():
    voting = extract_record({"id": "vt", "title": "Shelf Layout Planning", "abstract": (
        "We sample ten shelf layouts and choose one by weighted majority voting. It is cheap.")})
    assert "weighted majority voting" in _names(voting, "methods")
    caching = extract_record({"id": "ch", "title": "Shelf Layout Planning", "abstract": (
        "Our planner reuses features through adaptive feature caching across steps. It is fast.")})
    assert "adaptive feature caching" in _names(caching, "methods")


def test_a_title_case_run_put_to_use_is_a_method():
    used = extract_record({"id": "tu", "title": "Shelf Layout Analysis", "abstract": (
        "We embed the shelf layouts using Spectral Shelf Maps and compare the layouts. It is fast.")})
    assert "Spectral Shelf Map" in _names(used, "methods")
    named = extract_record({"id": "tn", "title": "Shelf Layout Analysis", "abstract": (
        "Researchers at Shelf Maps studied the layouts. It is fast.")})
    assert _names(named, "methods") == []


def test_an_all_capital_name_the_paper_outperforms_is_a_method():
    beaten = extract_record({"id": "cmp", "title": "Shelf Layout Planning", "abstract": (
        "Our shelf planner outperforms the vanilla QRPT by 3 points on our logs.")})
    assert "QRPT" in _names(beaten, "methods")
    jargon = extract_record({"id": "cmq", "title": "Shelf Layout Planning", "abstract": (
        "Our shelf planner uses QRPT to sort the logs.")})
    assert "QRPT" not in _names(jargon, "methods")


def test_an_all_capital_name_with_a_parameter_count_or_a_bracketed_kind_is_a_method():
    sized = extract_record({"id": "sz", "title": "Shelf Layout Planning", "abstract": (
        "We fine-tune SHELF-LM-7B on our shelf logs.")})
    assert "SHELF-LM-7B" in _names(sized, "methods")
    bare = extract_record({"id": "sb", "title": "Shelf Layout Planning", "abstract": (
        "We fine-tune SHELF-LM on our shelf logs.")})
    assert _names(bare, "methods") == []
    kind = extract_record({"id": "sk", "title": "Shelf Layout Planning", "abstract": (
        "We compare against QRPT (a graph-based framework) on our shelf logs.")})
    assert "QRPT" in _names(kind, "methods")


def test_a_light_or_fast_variant_of_an_acronym_is_a_name():
    rec = extract_record({"id": "vl", "title": "Shelf Layout Planning", "abstract": (
        "Our planner gains 2 points over QRT-light on the shelf logs.")})
    assert "QRT-light" in _names(rec, "methods")


def test_a_name_after_a_closed_dataset_list_is_not_listed_with_it():
    rec = extract_record({"id": "cl", "title": "Shelf Layout Planning", "abstract": (
        "We propose a shelf planner. On shelf benchmarks, including ShelfA, ShelfB and ShelfC, QuadPlan reduces "
        "the error by 3 points.")})
    assert "QuadPlan" in _names(rec, "methods")
    assert {"ShelfA", "ShelfB", "ShelfC"} <= set(_names(rec, "datasets"))


def test_attention_that_only_modifies_the_next_word_is_not_the_mechanism():
    rec = extract_record({"id": "am", "title": "Attention-Guided Shelf Warping", "abstract": (
        "Prior attention-based warping is slow because attention computation grows with the shelf count. "
        "We sort shelves with a recursive transformer.")})
    names = [e["name"].lower() for e in rec["methods"]]
    assert "transformer" in names and "attention" not in names
    rec = extract_record({"id": "am2", "title": "Shelf sorting", "abstract": (
        "We sort shelves with attention layers and a recursive transformer.")})
    assert "attention" in [e["name"].lower() for e in rec["methods"]]


def test_a_repeated_undefined_acronym_without_a_type_cue_is_not_a_method():
    rec = extract_record({"id": "ra", "title": "Shelf mapping", "abstract": (
        "Cameras on shelves produce QZV features. We align QZV features with labels using a recursive transformer.")})
    names = [e["name"] for e in rec["methods"]]
    assert "QZV" not in names and "transformer" in [n.lower() for n in names]


def test_a_coined_name_with_a_value_of_reported_is_a_metric():
    rec = extract_record({"id": "mv", "title": "Shelf captions", "abstract": (
        "We caption shelf photos with a recursive transformer and reach a ShelfBLEU-4 of 72.6 on them.")})
    names = [e["name"] for e in rec["methods"]]
    assert "ShelfBLEU-4" not in names and "transformer" in [n.lower() for n in names]


def test_a_technique_family_beside_its_named_kind_is_left_out():
    rec = extract_record({"id": "fk", "title": "Shelf tracking", "abstract": (
        "Prior trackers rely on attention. We track shelves with sparse attention over frames.")})
    names = [e["name"].lower() for e in rec["methods"]]
    assert "sparse attention" in names and "attention" not in names
    rec = extract_record({"id": "fk2", "title": "Shelf tracking", "abstract": (
        "Prior trackers rely on attention. We track shelves over frames.")})
    assert "attention" in [e["name"].lower() for e in rec["methods"]]


def test_a_known_part_written_with_a_modifier_also_keeps_the_modified_name_without_its_part_word():
    rec = extract_record({"id": "wa", "title": "Shelf tracking", "abstract": (
        "We track shelves with spatial attention mechanisms and a recursive transformer.")})
    assert "spatial attention" in _forms(rec, "methods")


def test_a_known_method_with_two_modifiers_keeps_the_one_modifier_form_too():
    rec = extract_record({"id": "dm", "title": "Shelf captions", "abstract": (
        "We caption shelf photos with multimodal discrete diffusion models.")})
    forms = _forms(rec, "methods")
    assert "discrete diffusion model" in forms and "multimodal discrete diffusion model" in forms


def test_a_participle_after_an_article_is_a_modifier_of_a_known_method():
    rec = extract_record({"id": "pm", "title": "Shelf captions", "abstract": (
        "We caption shelf photos with a denoising diffusion model, leveraging transformer layers.")})
    forms = _forms(rec, "methods")
    assert "denoising diffusion model" in forms and "leveraging transformer" not in forms


def test_a_head_phrase_ending_in_regression_is_not_a_method():
    rec = extract_record({"id": "rg", "title": "Shelf pose", "abstract": (
        "Prior work uses shelf rotation regression. The shelf rotation regression is slow, so we sort shelves "
        "with a recursive transformer.")})
    names = [e["name"].lower() for e in rec["methods"]]
    assert "shelf rotation regression" not in names and "rotation regression" not in names
    assert "transformer" in names


def test_a_proposed_parameter_or_environment_phrase_is_not_a_method():
    rec = extract_record({"id": "pp", "title": "Shelf sorting", "abstract": (
        "We introduce a shelf balance coefficient that weighs the two losses. We also introduce a sandbox "
        "shelf environment for training. We sort shelves with a recursive transformer.")})
    names = [e["name"].lower() for e in rec["methods"]]
    assert not any("coefficient" in n or "environment" in n for n in names) and "transformer" in names


def test_a_described_part_the_paper_does_not_propose_is_not_a_method():
    rec = extract_record({"id": "dp", "title": "Shelf depth", "abstract": (
        "Prior systems redesign the shelf depth decoder. The shelf depth decoder is slow, so we sort shelves "
        "with a recursive transformer.")})
    names = [e["name"].lower() for e in rec["methods"]]
    assert not any("decoder" in n for n in names) and "transformer" in names


def test_gps_is_a_positioning_system_not_a_method():
    rec = extract_record({"id": "gp", "title": "Shelf trips", "abstract": (
        "We match GPS traces of shelf trucks with a recursive transformer.")})
    names = [e["name"] for e in rec["methods"]]
    assert "GPS" not in names and "transformer" in [n.lower() for n in names]


def test_a_metric_acronym_with_its_value_is_not_a_sized_model():
    rec = extract_record({"id": "ms2", "title": "Shelf ages", "abstract": (
        "Our recursive transformer predicts shelf ages with an MAE 13.64 on held-out shelves.")})
    names = [e["name"] for e in rec["methods"]]
    assert not any(n.startswith("MAE") for n in names) and "transformer" in [n.lower() for n in names]


def test_an_acronym_defined_before_a_metric_word_is_not_a_method():
    rec = extract_record({"id": "kl", "title": "Shelf matching", "abstract": (
        "Prior work minimises the Kullback-Leibler (KL) divergence between shelf layouts. KL is cheap, so we "
        "sort shelves with a recursive transformer.")})
    names = [e["name"] for e in rec["methods"]]
    assert "KL" not in names and "transformer" in [n.lower() for n in names]


def test_an_unnamed_lower_case_network_the_paper_proposes_is_left_out():
    rec = extract_record({"id": "un", "title": "Shelf gestures", "abstract": (
        "We propose a shelf gesture recognition network that fuses depth cues with a recursive transformer.")})
    names = [e["name"].lower() for e in rec["methods"]]
    assert not any(n.endswith("network") for n in names) and "transformer" in names


def test_an_acronym_for_a_measured_quantity_is_not_a_method():
    rec = extract_record({"id": "tq", "title": "Shelf water", "abstract": (
        "We estimate shelf dissolved oxygen (SDO) and intraocular pressure (IOP) with a recursive transformer. "
        "SDO and IOP vary by season.")})
    names = [e["name"] for e in rec["methods"]]
    assert "SDO" not in names and "IOP" not in names and "transformer" in [n.lower() for n in names]


def test_a_two_word_aim_used_as_a_means_is_not_a_method():
    rec = extract_record({"id": "am3", "title": "Shelf retrieval", "abstract": (
        "We retrieve shelf photos through shelf alignment and sort them with a recursive transformer.")})
    names = [e["name"].lower() for e in rec["methods"]]
    assert "shelf alignment" not in names and "transformer" in names


def test_an_acronym_ending_in_a_one_word_title_task_is_not_that_task():
    rec = extract_record({"id": "tw", "title": "Efficient Shelf Networks for Detection", "abstract": (
        "Earlier shelf detectors used Cascade Shelf Detection (CasSDet) to find boxes. We propose QuadShelf.")})
    assert "CasSDet" in _names(rec, "methods")
    assert "cascade shelf detection" not in _names(rec, "tasks")


def test_a_letter_digit_letter_code_is_not_a_parameter_count():
    rec = extract_record({"id": "b2", "title": "Shelf Layout Planning", "abstract": (
        "We study B2B retail with a shelf planner. Our results are strong.")})
    assert "B2B" not in _names(rec, "methods")


def test_an_all_capital_name_after_other_than_is_not_a_beaten_method():
    rec = extract_record({"id": "ot", "title": "Shelf Label Reading", "abstract": (
        "Our shelf reader handles scripts other than LATN on the shelf labels.")})
    assert "LATN" not in _names(rec, "methods")
    beaten = extract_record({"id": "bt", "title": "Shelf Label Reading", "abstract": (
        "Our shelf reader is better than QRPT on the shelf labels.")})
    assert "QRPT" in _names(beaten, "methods")


def test_a_name_after_model_used_as_a_verb_is_not_listed_as_a_method():
    rec = extract_record({"id": "mv", "title": "Shelf Layout Planning", "abstract": (
        "To model QWRT layouts, we propose a shelf planner. It is fast.")})
    assert "QWRT" not in _names(rec, "methods")
    named = extract_record({"id": "mn", "title": "Shelf Layout Planning", "abstract": (
        "We extend the model QWRT to shelf layouts. It is fast.")})
    assert "QWRT" in _names(named, "methods")


@pytest.mark.parametrize("stages", ["two-stage", "multi-stage", "single-stage"])
def test_any_stage_count_after_a_quality_word_leaves_the_task(stages):
    rec = extract_record({"id": "st", "title": "Shelf Monitoring in Stores", "abstract": (
        f"We build a real-time {stages} shelf gap detection system for stores. It runs on phones.")})
    assert "shelf gap detection" in _names(rec, "tasks")


def test_all_capital_names_listed_beside_a_model_variant_are_methods():
    rec = extract_record({"id": "sv", "title": "Shelf Layout Planning", "abstract": (
        "We test ShelfLM-mini, QRPT, and SLVX on the shelf logs. It is fast.")})
    assert {"ShelfLM-mini", "QRPT", "SLVX"} <= set(_names(rec, "methods"))


def test_a_head_phrase_running_past_an_own_enumerated_item_is_proposed():
    rec = extract_record({"id": "ep", "title": "Shelf Routing", "abstract": (
        "We propose FooNet, a novel framework with two key innovations: (1) shelf-wise token routing, which routes "
        "tokens. (2) Shelf-wise loss reweighting, which modulates the loss.")})
    assert _proposed(rec, "methods").get("Shelf-wise loss reweighting") is True


def test_a_bracketed_name_closing_the_proposed_phrase_is_proposed():
    rec = extract_record({"id": "bn", "title": "Shelf Sensing", "abstract": (
        "We propose a novel shelf-driven distributed token sensing (ShTS-X) framework. The resulting model, dubbed "
        "as a Meta Shelf of Experts for External data (MSoE2), helps. We test on the Bar data (BD-Y).")})
    flags = _proposed(rec, "methods", "datasets")
    assert flags.get("ShTS-X") is True and flags.get("MSoE2") is True
    assert flags.get("BD-Y") is not True


def test_a_proposed_name_with_a_part_joined_on_is_proposed():
    rec = extract_record({"id": "jv", "title": "Shelfon: Style Transfer for Shelves", "abstract": (
        "We propose Shelfon. We first train ShelfonEncoder, and the compact Shelfon4 Lite variant is faster.")})
    flags = _proposed(rec, "methods")
    assert flags.get("ShelfonEncoder") is True and flags.get("Shelfon4 Lite") is True


def test_a_title_prefix_before_an_evaluation_is_not_proposed():
    rec = extract_record({"id": "ev", "title": "Leaking ShelfRa: An Evaluation of Password Leaks in Shelf Models",
                          "abstract": "We fine-tune a model with ShelfRa and measure what it leaks."})
    assert True not in _proposed(rec, "methods", "datasets").values()


def test_a_variant_called_popular_is_not_proposed():
    rec = extract_record({"id": "pv", "title": "Shelf Segmentation", "abstract": (
        "We build the SHLFS-HR dataset, a novel benchmark. Experiments on the SHLFS-HR dataset and the popular "
        "SHLFS-D dataset show gains.")})
    flags = _proposed(rec, "datasets")
    assert flags.get("SHLFS-HR") is True and flags.get("SHLFS-D") is False


def test_an_acronym_part_that_is_added_is_proposed():
    rec = extract_record({"id": "ad", "title": "Shelf Segmentation", "abstract": (
        "We propose FooNet for shelf segmentation. Furthermore, Auxiliary Shelf Supervision (ASS) heads are added at "
        "multiple scales.")})
    assert _proposed(rec, "methods").get("ASS") is True


def test_a_lower_case_phrase_after_novel_is_proposed_unless_it_describes_a_name():
    rec = extract_record({"id": "nv", "title": "Shelf Splatting with Colour Fields", "abstract": (
        "We present FooSplat. Our method leverages a novel neural shelf representation that encodes colour. "
        "It was compared with BarTool, a novel shelf retrieval augmentation.")})
    flags = _proposed(rec, "methods")
    assert flags.get("neural shelf representation") is True
    assert flags.get("shelf retrieval augmentation") is False


def test_names_coordinated_after_a_naming_word_are_all_proposed():
    rec = extract_record({"id": "cn", "title": "Shelf Compositionality", "abstract": (
        "We release two benchmarks derived from shelf photos, which we coin subShelfA and subShelfB.")})
    flags = _proposed(rec, "methods", "datasets")
    assert flags.get("subShelfA") is True and flags.get("subShelfB") is True


def test_a_known_name_after_a_naming_word_that_lists_plurals_is_not_proposed():
    rec = extract_record({"id": "kl", "title": "Shelf Compression", "abstract": (
        "We adapt a diffusion model to compress shelf clouds into sparse sets, termed seeds, using prompt tuning.")})
    assert _proposed(rec, "methods").get("prompt tuning") is False


def test_a_name_closing_the_description_of_a_new_benchmark_is_proposed():
    rec = extract_record({"id": "db", "title": "Shelf Detection", "abstract": (
        "We curate a new fine-grained detection benchmark for recognition of shelf products from aerial imagery, "
        "SHLF, covering 106 classes. Our detector works well on SHLF.")})
    assert _proposed(rec, "methods", "datasets").get("SHLF") is True


def test_a_described_name_the_authors_address_a_problem_with_is_proposed():
    rec = extract_record({"id": "aw", "title": "Mock Shelves, Real Skills", "abstract": (
        "We address these challenges with SHELFAGENT, a framework that synthesizes tool-use data. "
        "We compare it with BarAgent, a framework from prior work.")})
    flags = _proposed(rec, "methods")
    assert flags.get("SHELFAGENT") is True and flags.get("BarAgent") is not True


def test_named_parts_the_authors_add_are_proposed():
    rec = extract_record({"id": "wa", "title": "Shelf Factory", "abstract": (
        "We introduce a training-free pipeline for shelf labels. To improve fidelity, we add a Multi-way Shelf "
        "Generator, Shelf Mask Generator and High-quality Shelf Selection module.")})
    flags = _proposed(rec, "methods")
    assert flags.get("Multi-way Shelf Generator") is True and flags.get("Shelf Mask Generator") is True


def test_a_part_that_opens_its_sentence_after_the_proposal_is_proposed():
    rec = extract_record({"id": "sa", "title": "Shelf Event Detection", "abstract": (
        "We propose ShelfVAD, a training-free detector for long shelf videos. The statistical shelf detection module "
        "reduces the cost of processing long videos.")})
    assert _proposed(rec, "methods").get("statistical shelf detection module") is True


def test_a_coined_part_name_before_a_part_noun_after_the_proposal_is_proposed():
    rec = extract_record({"id": "cp", "title": "Shelf Fusion", "abstract": (
        "We propose a Depth-Aware Shelf Fusion (ShelfFusion) strategy. Specifically, the Shelf-GFusion module "
        "adjusts the weights, while the FFN module and the Gemma-3b decoder are kept.")})
    flags = _proposed(rec, "methods")
    assert flags.get("Shelf-GFusion") is True
    assert flags.get("FFN") is not True and flags.get("Gemma-3b") is not True


def test_an_acronym_defined_in_the_title_prefix_is_proposed():
    rec = extract_record({"id": "tp", "title": "Shelf Fourier Diffusion Model (SFDM): A Scalable Approach",
                          "abstract": "We present a diffusion model for shelf text. SFDM scales well."})
    assert _proposed(rec, "methods").get("SFDM") is True


def test_a_capitalised_name_opening_its_sentence_before_a_verb_and_its_object_is_proposed():
    rec = extract_record({"id": "cv", "title": "Shelf Pre-training", "abstract": (
        "We propose a self-supervised pre-training framework for shelf events. Focus-aimed Shelf Learning updates "
        "the entire model to improve discrimination.")})
    assert _proposed(rec, "methods").get("Focus-aimed Shelf Learning") is True


def test_a_part_that_then_acts_on_an_object_is_proposed():
    rec = extract_record({"id": "pt", "title": "Shelf Contrast Synthesis", "abstract": (
        "We propose ShelfSyn, a framework for shelf contrast synthesis. A multi-scale shelf generation decoder then "
        "restores the fine-grained contrast.")})
    assert _proposed(rec, "methods").get("multi-scale shelf generation decoder") is True


def test_an_item_of_the_papers_own_parts_is_a_method_not_a_task():
    rec = extract_record({"id": "it", "title": "Shelf Classification", "abstract": (
        "We propose ShelfNet. Our approach has three key components: 1) Shelf Prototyping using text prompts; "
        "2) Multiview Alignment through sample-wise alignments; 3) Bipartite Fusion to capture shared information.")})
    assert _proposed(rec, "methods").get("Multiview Alignment") is True
    assert "multiview alignment" not in _names(rec, "tasks")


def test_an_acronym_first_defined_as_the_winner_of_a_result_is_proposed():
    rec = extract_record({"id": "rs", "title": "Shelf Pose Refinement", "abstract": (
        "We propose a refinement network for shelf poses. Tests show that joint shelf-based refinement (JSR) "
        "outperforms the state-of-the-art network.")})
    assert _proposed(rec, "methods").get("JSR") is True


def test_a_defined_part_our_method_utilizes_is_proposed_but_not_one_it_draws_on():
    rec = extract_record({"id": "om", "title": "Shelf Road Correction", "abstract": (
        "We propose a pipeline for shelf roads. Our method at its core utilizes the Elevation-Constrained Shelf "
        "Clustering (ECSC) algorithm. Our method uses the hidden variables of a Convolutional Shelf-Encoder (CSE) "
        "model.")})
    flags = _proposed(rec, "methods")
    assert flags.get("ECSC") is True and flags.get("CSE") is not True


def test_a_weak_task_said_again_as_a_verb_and_its_object_is_kept():
    base = ("We study retail product recognition. The cameras also support shelf stock forecasting in stores.")
    once = extract_record({"id": "v1", "title": "Retail Product Recognition with Shelf Cameras", "abstract": base})
    assert "shelf stock forecasting" not in _names(once, "tasks")
    again = extract_record({"id": "v2", "title": "Retail Product Recognition with Shelf Cameras",
                            "abstract": base + " Cameras can forecast shelf stock within seconds."})
    assert "shelf stock forecasting" in _names(again, "tasks")


def test_a_bare_pair_of_media_also_goes_by_its_generation_task():
    rec = extract_record({"id": "tg", "title": "Shelf Prompts for Better Pictures", "abstract": (
        "Text-to-image diffusion models draw shelves badly. We study text-to-image with shelf prompts.")})
    task = next(e for e in rec["tasks"] if e["name"] == "text-to-image generation")  # (named by its generation form)
    assert "text-to-image" in task["aliases"]


def test_a_task_also_goes_by_its_kind_lead_and_basis_but_not_a_quality():
    rec = extract_record({"id": "kl", "title": "Shelf Views in Stores", "abstract": (
        "We study content-based image retrieval of shelves, end-to-end autonomous driving and efficient shelf gap "
        "detection.")})
    aliases = {e["name"]: e["aliases"] for e in rec["tasks"]}
    assert "content-based image retrieval" in aliases["image retrieval"]
    assert "end-to-end autonomous driving" in aliases["autonomous driving"]
    assert not any(a.startswith("efficient") for names in aliases.values() for a in names)


def test_a_task_also_goes_by_its_hyphenated_setting():
    rec = extract_record({"id": "kf", "title": "Shelf Views in Stores", "abstract": (
        "We study fine-grained shelf product recognition in stores.")})
    task = next(e for e in rec["tasks"] if e["name"] == "shelf product recognition")
    assert "fine-grained shelf product recognition" in task["aliases"]


def test_a_title_purpose_task_also_goes_by_its_kind_lead():
    rec = extract_record({"id": "tl", "title": "Shelf Photos for Accurate Extreme Shelf Gap Detection", "abstract": (
        "We collect shelf photos from stores.")})
    task = next(e for e in rec["tasks"] if e["name"] == "shelf gap detection")
    assert "extreme shelf gap detection" in task["aliases"]


def test_a_task_led_by_a_machine_or_quality_word_also_goes_by_its_core():
    rec = extract_record({"id": "tc", "title": "Automatic Shelf Gap Detection in Stores", "abstract": (
        "We study automatic shelf gap detection and unsupervised shelf label recognition on store photos.")})
    aliases = {e["name"]: e["aliases"] for e in rec["tasks"]}
    assert "shelf gap detection" in aliases["automatic shelf gap detection"]
    assert "shelf label recognition" not in aliases["unsupervised shelf label recognition"]


def test_attention_as_the_subject_of_a_verb_is_the_mechanism():
    rec = extract_record({"id": "av", "title": "Shelf sorting", "abstract": (
        "We sort shelves with a recursive transformer in which attention captures long-range shelf order.")})
    assert "attention" in [e["name"].lower() for e in rec["methods"]]


def test_a_coined_name_with_a_count_of_parts_is_not_a_metric():
    rec = extract_record({"id": "mc", "title": "Shelf sorting", "abstract": (
        "We sort shelves with a ShelfNet of 12 layers trained on shelf photos.")})
    assert "ShelfNet" in [e["name"] for e in rec["methods"]]


def test_a_comma_that_closes_a_clause_does_not_list_a_repeated_acronym():
    rec = extract_record({"id": "rc", "title": "Shelf mapping", "abstract": (
        "Cameras on shelves produce QZV features. To align them, QZV features are matched with labels using a "
        "recursive transformer.")})
    names = [e["name"] for e in rec["methods"]]
    assert "QZV" not in names and "transformer" in [n.lower() for n in names]


def test_a_repeated_acronym_that_acts_as_a_subject_is_a_name():
    rec = extract_record({"id": "rs", "title": "Shelf mapping", "abstract": (
        "Cameras on shelves produce QZV features. QZV achieves a lower error than a recursive transformer.")})
    assert "QZV" in [e["name"] for e in rec["methods"]]


def test_a_hyphenated_two_word_aim_used_as_a_means_is_not_a_method():
    rec = extract_record({"id": "am4", "title": "Shelf retrieval", "abstract": (
        "We retrieve shelf photos through cross-modal alignment and sort them with a recursive transformer.")})
    names = [e["name"].lower() for e in rec["methods"]]
    assert "cross-modal alignment" not in names and "transformer" in names


def test_a_name_bracketed_after_a_scored_skill_is_a_dataset():
    rec = extract_record({"id": "sk", "title": "Shelf Memory for Agents", "abstract": (
        "We present a memory module. It improves accuracy on temporal reasoning (ShelfTQ) by 4 points and "
        "on visual reasoning (ShelfMath, Shelf30K) by 2 points.")})
    assert {"ShelfTQ", "ShelfMath", "Shelf30K"} <= set(_names(rec, "datasets"))
    assert not {"ShelfTQ", "ShelfMath"} & set(_names(rec, "methods"))


def test_a_skill_bracketing_its_own_short_form_or_models_names_no_dataset():
    rec = extract_record({"id": "sl", "title": "Judging Shelf Outputs", "abstract": (
        "We evaluate multimodal understanding (MMU) and generation (MMG) tasks, and test two models for "
        "defect detection (ShelfBERTa, ShelfBART) with improved results.")})
    assert not {"MMG", "ShelfBERTa", "ShelfBART"} & set(_names(rec, "datasets"))


def test_weak_list_evidence_makes_no_dataset_of_plain_capitalised_words():
    rec = extract_record({"id": "pw", "title": "Rating Shelf Data", "abstract": (
        "We propose SHRT to evaluate data quality across Tidiness, Legibility, and Neatness.")})
    assert not {"Tidiness", "Legibility", "Neatness"} & set(_names(rec, "datasets"))


def test_a_name_ending_in_thousands_stays_data_beside_a_listed_technique():
    rec = extract_record({"id": "tk", "title": "Shelf Video Reasoning", "abstract": (
        "We present ShelfNet. To enable this, we build two datasets, ShelfV-CoT-30k for SFT and ShelfV-RL-36k "
        "for RL.")})
    assert {"ShelfV-CoT-30k", "ShelfV-RL-36k"} <= set(_names(rec, "datasets"))


def test_a_name_bracketed_after_a_new_dataset_description_is_a_dataset():
    rec = extract_record({"id": "dd", "title": "Retrieving Shelf Content", "abstract": (
        "We introduce a new dataset containing 312 grocery-themed shelf photos (GroceryShelves), and we propose "
        "a retrieval model. We release a new dataset of 312 shelf photos (ShelfPix) and a model to retrieve them.")})
    assert {"GroceryShelves", "ShelfPix"} <= set(_names(rec, "datasets"))


def test_an_acronym_with_a_participle_before_dataset_describes_the_data():
    rec = extract_record({"id": "lp", "title": "Shelf Argument Mining", "abstract": (
        "We fine-tune classifiers on this GPT-labeled dataset and validate its performance. Evaluations on a "
        "synthetic multi-view SAR-optical dataset generated by a simulator show good performance.")})
    assert not {"GPT-labeled", "SAR-optical"} & set(_names(rec, "datasets"))


def test_a_dataset_named_with_its_article_written_in_lower_case_is_english():
    rec = extract_record({"id": "st", "title": "Counting Stacked Parts", "abstract": (
        "Parts are often too heavy to move the stack on a scale safely. We propose a 3D counting approach that "
        "estimates the 3D geometry of the stack and its occupancy ratio from multi-view images.")})
    assert _names(rec, "datasets") == []
    named = extract_record({"id": "sn", "title": "Code Models", "abstract": "We train a code model on The Stack."})
    assert _names(named, "datasets") == ["The Stack"]


def test_a_name_paired_with_a_modified_name_before_benchmarks_is_a_dataset():
    rec = extract_record({"id": "pb", "title": "Driving Shelf Planners", "abstract": (
        "We present a planner. It is applied to planning, including closed-loop SHELFSIM and open-loop KITTI "
        "benchmarks.")})
    assert "SHELFSIM" in _names(rec, "datasets")


def test_a_title_case_source_that_data_come_from_is_a_dataset():
    rec = extract_record({"id": "cs", "title": "Predicting Bone Density", "abstract": (
        "We propose a regression model. Extensive experiments on the data from the Shirebury Cohort Study show "
        "that our model outperforms the baselines.")})
    assert _names(rec, "datasets") == ["Shirebury Cohort Study"]
    org = extract_record({"id": "co", "title": "Predicting Bone Density", "abstract": (
        "We propose a regression model. We use scans from the University of Shirebury in our experiments.")})
    assert _names(org, "datasets") == []


def test_a_plain_name_scored_in_percent_is_a_dataset():
    rec = extract_record({"id": "pc", "title": "Reading Shelf Scripts", "abstract": (
        "We train a recognizer that reaches 10.11 percent on Quillpage without any data cleaning.")})
    assert "Quillpage" in _names(rec, "datasets")


def test_list_members_each_followed_by_what_they_are_for_share_a_type():
    rec = extract_record({"id": "fo", "title": "Shelf Agents", "abstract": (
        "We evaluate on ShelfBench for data-driven discovery and Pantry for semantic parsing.")})
    assert {"ShelfBench", "Pantry"} <= set(_names(rec, "datasets"))


def test_a_size_word_before_a_mixed_case_name_is_part_of_the_name():
    rec = extract_record({"id": "sz", "title": "Learning with Noisy Shelf Labels", "abstract": (
        "We propose a loss. It improves accuracy on mini-ShelfVision by 9 points.")})
    assert "mini-ShelfVision" in _names(rec, "datasets")


def test_a_name_described_as_something_for_assessing_is_a_dataset():
    rec = extract_record({"id": "as", "title": "Benchmarks are Not Enough: SHELFRUN for Runtime Assessing of Agents",
                          "abstract": "We present SHELFRUN, an infrastructure for assessing agents."})
    assert "SHELFRUN" in _names(rec, "datasets")


def test_a_title_case_name_ending_in_bench_is_a_benchmark():
    rec = extract_record({"id": "tb", "title": "Shelf Agents", "abstract": (
        "We present an agent. It performs strongly across benchmarks like SWE-bench Verified and Shelving Bench, "
        "proving its effectiveness.")})
    assert "Shelving Bench" in _names(rec, "datasets")


def test_a_listed_name_ending_in_an_is_not_read_as_a_language():
    rec = extract_record({"id": "so", "title": "Shelf Agents", "abstract": (
        "We train an agent. Experiments on WebShop, ALFWorld, and Shelfoban show that it improves success rates.")})
    assert "Shelfoban" in _names(rec, "datasets")


def test_a_name_after_a_closed_dataset_list_is_not_listed():
    rec = extract_record({"id": "cl", "title": "ShelfNEXO: Metric Bridging for Driving", "abstract": (
        "To bridge this gap, we present ShelfNEXO, named after a word for a link, a low-overlap multi-camera method. "
        "Across driving benchmarks, including NuScenes, Waymo and DDAD, ShelfNEXO reduces error by 33.2%.")})
    assert "ShelfNEXO" in _names(rec, "methods")
    assert "ShelfNEXO" not in _names(rec, "datasets")


def test_a_bracketed_name_after_a_later_naming_word_in_the_proposal_sentence_is_proposed():
    rec = extract_record({"id": "bn", "title": "Shelf routing", "abstract": (
        "We propose a new shelf router, dubbed as the hierarchical token router for aisles (ShTR-4). "
        "It sorts products.")})
    assert ("ShTR-4", True) in [(e["name"], e["proposed"]) for e in rec["methods"]]


@pytest.fixture
def ranking_scores(monkeypatch):
    """Tasks keep the ranking's own score as their confidence (the calibration that turns it into a probability
    is switched off), so a test reads what a ranking rule did."""
    monkeypatch.setattr(task_calibration, "ENABLED", False)


@pytest.mark.parametrize("middle, said_again", [("a tool that diagnoses shelf faults", True),
                                                ("a diagnostic tool for shelf faults", False)])
def test_only_a_verb_says_a_weak_task_again(ranking_scores, middle, said_again):
    rec = extract_record({"id": "sv", "title": "Shelf faults", "abstract": (
        f"Timely shelf fault diagnosis matters for stores. We build {middle}, using a recursive transformer on "
        "photos.")})
    task = next(e for e in rec["tasks"] if e["name"] == "shelf fault diagnosis")
    assert (task["confidence"] > 0.6) is said_again


def test_a_name_closing_a_long_description_of_data_evaluated_on_is_not_proposed():
    rec = extract_record({"id": "dd", "title": "Shelf detection", "abstract": (
        "We propose ShelfNet and evaluate it on a large-scale aerial shelf detection benchmark for recognition of "
        "shelves, ShelfDet-9K, covering many stores.")})
    assert ("ShelfDet-9K", False) in [(e["name"], e["proposed"]) for e in rec["datasets"]]


@pytest.mark.parametrize("head, verb", [("summarization", "summarizes"), ("summarisation", "summarises")])
def test_a_weak_task_said_again_as_a_verb_in_either_spelling(ranking_scores, head, verb):
    rec = extract_record({"id": "sp", "title": "Shelf notes", "abstract": (
        f"Timely shelf note {head} matters for stores. We build a tool that {verb} shelf notes, using a recursive "
        "transformer on photos.")})
    task = next(e for e in rec["tasks"] if e["name"] == f"shelf note {head}")
    assert task["confidence"] > 0.6


@pytest.mark.parametrize("means, proposed", [("Gradual Shelf Reinforcement Learning", True),
                                             ("Reinforcement Learning", False)])
def test_a_technique_written_as_the_title_means_is_proposed_when_coined(means, proposed):
    rec = extract_record({"id": "tm", "title": f"ShelfBot: Stocking Shelves via {means}", "abstract": (
        "Stocking shelves is slow. We propose ShelfBot, a robot that stocks shelves, and show it helps.")})
    assert (entity_key(means), proposed) in [(e["key"], e["proposed"]) for e in rec["methods"]]


@pytest.mark.parametrize("verb, proposed", [("adopts", True), ("first adopts", True), ("uses", False)])
def test_a_phrase_the_papers_method_takes_in_is_proposed(verb, proposed):
    rec = extract_record({"id": "ad", "title": "Shelf stocking", "abstract": (
        f"We propose ShelfNet for stocking shelves. ShelfNet {verb} gradual shelf augmentation to order products.")})
    assert ("gradual shelf augmentation", proposed) in [(e["name"], e["proposed"]) for e in rec["methods"]]


def test_coined_names_in_brackets_after_the_proposed_phrase_are_proposed():
    rec = extract_record({"id": "bv", "title": "Shelf routing", "abstract": (
        "Routing shelves is slow. To save memory, we design two variants of the prior knowledge-infused routing "
        "network (ShRV-1 and ShRV-2) to trade speed for accuracy.")})
    assert {("ShRV-1", True), ("ShRV-2", True)} <= {(e["name"], e["proposed"]) for e in rec["methods"]}


@pytest.mark.parametrize("subject, found", [("ShelfNet", True), ("Retrieval noise", False)])
def test_a_phrase_introduced_by_the_papers_name_is_its_method(subject, found):
    rec = extract_record({"id": "in", "title": "ShelfNet: Stocking Shelves", "abstract": (
        f"Stocking shelves is slow. We propose ShelfNet for stocking. {subject} introduces hierarchical shelf "
        "orthogonalization to order products.")})
    assert (("hierarchical shelf orthogonalization", True) in [(e["name"], e["proposed"]) for e in rec["methods"]]
            ) is found


def test_well_known_techniques_written_with_no_cue_are_methods():
    rec = extract_record({"id": "wk", "title": "Shelf Scenes from Photos", "abstract": (
        "We recover camera poses with Structure-from-Motion, store past features in a memory bank and "
        "combine the two views by late fusion; colours are encoded with spherical harmonics.")})
    assert {"structure from motion", "memory bank", "late fusion", "spherical harmonic"} <= _forms(rec, "methods")


@pytest.mark.parametrize("glued", ["GPT-4o-level", "GPT-4o-aligned", "CLIP-guided", "CLIP-conditioned"])
def test_a_known_name_glued_to_a_suffix_is_found(glued):
    rec = extract_record({"id": "gl", "title": "Shelf Captions", "abstract": (
        f"We train a captioner with {glued} quality on shelf photos.")})
    assert glued.rsplit("-", 1)[0] in _names(rec, "methods")


def test_a_lower_case_word_glued_to_a_suffix_stays_whole():
    from kg.extract.pipeline import load_nlp
    assert [t.text for t in load_nlp().make_doc("token-level and human-guided")] == [
        "token-level", "and", "human-guided"]


def test_a_bare_number_glued_to_a_suffix_stays_whole_but_a_version_number_splits():
    from kg.extract.pipeline import load_nlp
    assert [t.text for t in load_nlp().make_doc("a 2-level and 3D-aligned shelf, Foo-3.5-level Bar2-guided")] == [
        "a", "2-level", "and", "3D-aligned", "shelf", ",", "Foo-3.5", "-", "level", "Bar2", "-", "guided"]


def test_a_known_method_named_as_a_strategy_someone_else_uses_is_the_method():
    rec = extract_record({"id": "ks", "title": "Shelf Graphs", "abstract": (
        "Prior shelf parsers add a retention mechanism coupled with a knowledge distillation strategy, "
        "so the parser keeps old labels.")})
    assert "knowledge distillation" in _names(rec, "methods")


def test_more_well_known_techniques_are_methods():
    rec = extract_record({"id": "wk2", "title": "Shelf Answers", "abstract": (
        "We decode with top-k sampling, rank answers by majority voting and score steps with a process reward "
        "model; shelf poses are refined by bundle adjustment.")})
    assert {"top k sampling", "majority voting", "process reward model", "bundle adjustment"} <= _forms(rec, "methods")


def test_a_hyphened_known_name_matches_in_title_case():
    rec = extract_record({"id": "hc", "title": "Shelf Clusters", "abstract": (
        "We compare best-of-N sampling with beam search; Best-Of-N is cheaper.")})
    aliases = {e["name"]: e["aliases"] for e in rec["methods"]}
    assert aliases["best-of-N sampling"] == ["Best-Of-N"]


def test_a_part_opening_a_passive_proposal_clause_after_a_known_method_is_proposed():
    rec = extract_record({"id": "pc2", "title": "Shelf Retrieval", "abstract": (
        "To cut the cost of hard negative mining, a batched shelf sample mining strategy is proposed.")})
    assert _proposed(rec, "methods").get("batched shelf sample mining strategy") is True


@pytest.mark.parametrize("long_form, short", [("aisle bypass surgery", "ABS"), ("radio shelf frequency", "RSF"),
                                              ("aisle inference test", "AIT"), ("shelf-counting CT", "SCCT")])
def test_a_spelled_out_procedure_signal_or_test_is_not_a_method(long_form, short):
    rec = extract_record({"id": "nt", "title": "Shelf scans", "abstract": (
        f"We study {long_form} ({short}) in stores. Our recursive transformer uses {short} to rank aisles.")})
    assert short not in [e["name"] for e in rec["methods"]]


def test_a_spelled_out_exam_is_a_benchmark():
    rec = extract_record({"id": "ex", "title": "Shelf exams", "abstract": (
        "We introduce Shopkeeper's Final Exam (ShopFE), and test ten models on ShopFE.")})
    assert "ShopFE" in [n for e in rec["datasets"] for n in [e["name"], *e["aliases"]]]
    assert "ShopFE" not in [n for e in rec["methods"] for n in [e["name"], *e["aliases"]]]


@pytest.mark.parametrize("naming", ["named ", ""])
def test_a_spelled_name_after_the_phrase_and_its_kind_word_is_one_entity(naming):
    rec = extract_record({"id": "lk", "title": "Shelf ranking", "abstract": (
        f"We propose a Dynamic Shelf Ranking framework {naming}DS-Ranker that orders products. DS-Ranker beats "
        "baselines.")})
    ranker = [e for e in rec["methods"] if "DS-Ranker" in [e["name"], *e["aliases"]]]
    assert len(ranker) == 1 and "Dynamic Shelf Ranking" in [ranker[0]["name"], *ranker[0]["aliases"]]


def test_a_lone_undefined_acronym_in_the_title_is_jargon():
    rec = extract_record({"id": "tc", "title": "A Deep Learning-Based SHTV System for Shelf Monitoring",
                          "abstract": ("We run a recursive transformer on SHTV footage from stores to spot "
                                       "empty shelves.")})
    assert "SHTV" not in [e["name"] for e in rec["methods"]]


def test_a_title_case_apposition_with_a_kind_word_joins_the_name():
    rec = extract_record({"id": "ta", "title": "Shelf ordering", "abstract": (
        "We propose ShelfMM, a Multimodal Shelf Ordering framework for stores. ShelfMM beats baselines.")})
    shelf = [e for e in rec["methods"] if "ShelfMM" in [e["name"], *e["aliases"]]]
    assert len(shelf) == 1 and "Multimodal Shelf Ordering" in shelf[0]["aliases"]
    assert "Multimodal Shelf Ordering" not in [e["name"] for e in rec["methods"]]


@pytest.mark.parametrize("lead, own", [("The shelf features are merged via", True),
                                       ("Instead of merging shelf features via", False)])
def test_a_part_brought_in_as_the_means_of_a_step_is_proposed(lead, own):
    rec = extract_record({"id": "ip", "title": "Shelf ordering", "abstract": (
        f"We propose ShelfNet for shelf ordering. {lead} a bidirectional shelf-aware fusion module to order goods.")})
    part = [e for e in rec["methods"] if e["name"] == "bidirectional shelf-aware fusion module"]
    assert [e["proposed"] for e in part] == ([True] if own else [])


@pytest.mark.parametrize("part, own", [("shelf-aware query strategy", True),
                                       ("knowledge distillation strategy", False)])
def test_a_strategy_brought_in_as_the_means_of_a_step_is_proposed_unless_a_known_technique(part, own):
    rec = extract_record({"id": "is", "title": "Shelf ordering", "abstract": (
        f"We propose ShelfNet for shelf ordering. Goods are ranked through a {part} over store images.")})
    assert [e["proposed"] for e in rec["methods"] if e["name"] == part] == ([True] if own else [])


def test_tasks_sharing_a_form_merge_without_repeating_an_alias():
    from kg.extract.components.task_forms import merge_same_forms
    short = {"name": "SRP ranking", "aliases": [], "key": "srp ranking", "mentions": [{}], "_spans": [(0, 2)],
             "_first": 0, "confidence": 0.6}
    long = {"name": "shelf row placement ranking", "aliases": ["SRP ranking"], "key": "shelf row placement ranking",
            "mentions": [{}], "_spans": [(5, 9)], "_first": 5, "confidence": 0.8}
    (task,) = merge_same_forms([short, long])
    assert task["name"] == "shelf row placement ranking" and task["aliases"] == ["SRP ranking"]
    assert task["confidence"] == 0.8 and task["_first"] == 0


def test_a_curated_alias_is_not_shadowed_by_a_bare_line_of_the_same_form():
    rec = extract_record({"id": "cp", "title": "Compressing shelf sensor tensors", "abstract": (
        "We compress shelf sensor tensors with canonical polyadic decomposition. The CP decomposition runs on a "
        "small device and keeps the ranking of products.")})
    cp = [e for e in rec["methods"] if "CP decomposition" in [e["name"], *e["aliases"]]]
    assert len(cp) == 1 and "canonical polyadic decomposition" in [cp[0]["name"], *cp[0]["aliases"]]
    assert len([e for e in rec["methods"] if "decomposition" in e["name"].lower()]) == 1


def test_which_adds_a_part_only_after_the_papers_own_name():
    from kg.extract.components.own_parts import added_by_own_method
    from kg.extract.pipeline import load_nlp
    nlp = load_nlp()
    for text, want in [("We compare it with ShelfBase, which adopts a momentum shelf encoder.", False),
                       ("Our network, which adopts a momentum shelf encoder, beats RowNet.", True),
                       ("A ranking scheme is developed, which adopts a momentum shelf encoder.", True)]:
        doc = nlp("Shelf ranking\n\nWe propose ShelfNet, a shelf ranking network. " + text)
        got = [added_by_own_method(doc, x) for x in doc._.kg_cands
               if doc[x.start:x.end].text == "momentum shelf encoder"]
        assert got == [want], text


def test_a_setting_curated_as_task_and_method_is_both():
    rec = extract_record({"id": "set", "title": "Shelf restocking with language models", "abstract": (
        "We study shelf restocking. In-context learning with three solved shelves lets a language model plan "
        "the restocking, and transfer learning from a warehouse planner helps on rare products.")})
    methods = _names(rec, "methods")
    assert "in-context learning" in methods and "transfer learning" in methods


def test_a_spelled_out_metric_or_field_is_not_a_method():
    rec = extract_record({"id": "lh", "title": "Shelf question answering", "abstract": (
        "We answer shelf questions with ShelfQA-Net and report Exact Match (EM) on in-distribution (ID) shelves. "
        "ShelfQA-Net follows User-Centered Design (UCD) principles.")})
    forms = _forms(rec, "methods")
    assert not {"em", "id", "ucd"} & forms and "shelfqa net" in forms


def test_a_known_method_inside_a_left_out_task_phrase_is_kept():
    rec = extract_record({"id": "nt", "title": "Shelf gap detection in retail images", "abstract": (
        "We detect shelf gaps in retail images with ShelfNet, a detector trained on store photos. "
        "A SHAP analysis shows which shelf regions drive the detector.")})
    assert "SHAP" in _names(rec, "methods") and "SHAP analysis" not in _names(rec, "tasks")


def test_a_training_stage_named_by_its_regime_is_a_method():
    rec = extract_record({"id": "rs", "title": "Shelf gap detection in retail images", "abstract": (
        "We detect shelf gaps in retail images with ShelfNet. Contrastive pretraining on unlabelled store photos "
        "helps ShelfNet on rare shelf layouts.")})
    assert "contrastive pretraining" in [e.lower() for e in _names(rec, "methods")]


def test_a_hyphened_known_method_written_with_spaces_is_found():
    rec = extract_record({"id": "sp", "title": "Shelf text models", "abstract": (
        "We pretrain a shelf label model through next token prediction on store receipts and tune it with "
        "classifier free guidance.")})
    methods = [e.lower() for e in _names(rec, "methods")]
    assert "next token prediction" in methods and "classifier free guidance" in methods


def test_keep_model_loads_with_a_bias_weights_and_threshold_per_kind():
    from kg.extract.components.keep_model import keep_probability, load_keep_model
    model = load_keep_model()
    for kind in ("methods", "datasets"):
        assert set(model[kind]) == {"bias", "weights", "threshold"} and 0 <= model[kind]["threshold"] < 1
        assert model[kind]["weights"] and 0 < keep_probability([], kind) < 1


def test_a_generic_phrase_found_once_gets_lower_confidence_than_a_known_name_said_three_times():
    rec = extract_record({"id": "kw", "title": "Sentence ranking with BERT", "abstract": (
        "We fine-tune BERT on ranking and add a hybrid ensembling step. BERT beats the baselines.")})
    conf = {e["name"]: e["confidence"] for e in rec["methods"]}
    assert conf["hybrid ensembling"] < conf["BERT"] - 0.1


@pytest.mark.parametrize("between, own", [
    ("", True), ("The model is fast, and", True), ("Prior parsers rely on a bar model.", False),
    ("Existing parsers are slow.", False)])
def test_it_adds_a_part_of_the_method_only_when_it_refers_to_the_method(between, own):
    rec = extract_record({"id": "it", "title": "Shelf Parsing", "abstract": (
        f"We propose ShelfNet for shelf parsing. {between} {'it' if between.endswith('and') else 'It'} integrates "
        "a dynamic shelf sampler to keep foreground shelves.")})
    assert {m["name"]: m["proposed"] for m in rec["methods"]}.get("dynamic shelf sampler") is own


@pytest.mark.parametrize("sentence, name, own", [
    ("This framework integrates three agents: ShelfParser for parsing, and ShelfSeeker for search.", "ShelfSeeker",
     True),
    ("SNR, which incorporates a gated shelf loss and a shelf routing regularization, is fast.",
     "shelf routing regularization", True),
    ("It incorporates 65 public ShelfAPIs and three kinds of queries.", "ShelfAPIs", False),
    ("It integrates the ShelfLlama-3.1 LLM with a planner.", "ShelfLlama-3.1", False)])
def test_each_listed_object_of_the_methods_adding_verb_is_its_own_part(sentence, name, own):
    rec = extract_record({"id": "li", "title": "Shelf Routing", "abstract": (
        f"We propose Shelf Net Routing (SNR), a router for shelves. {sentence}")})
    assert _proposed(rec, "methods", "datasets").get(name, False) is own


def test_a_hyphen_before_an_article_is_a_dash_that_ends_the_name():
    rec = extract_record({"id": "da", "title": "Shelf planning", "abstract": (
        "To address this, we propose ShelfVision-a causal shelf progression benchmark for state-of-the-art agents.")})
    assert _proposed(rec, "methods", "datasets") == {"ShelfVision": True}
    rec = extract_record({"id": "db", "title": "Shelf data", "abstract": (
        "We introduce SHELF-the SHELf Scalable Stacking Evaluation Repository-a collection of shelf datasets.")})
    assert _proposed(rec, "methods", "datasets") == {"SHELF": True}


def test_a_compound_written_with_a_space_too_soon_keeps_its_hyphens():
    from kg.extract.pipeline import load_nlp
    words = [t.text for t in load_nlp().make_doc("Unlike state-of-the art and off-the shelf models, Shelf-a is new.")]
    assert words[1:3] == ["state-of-the", "art"] and words[4:6] == ["off-the", "shelf"]
    assert words[8:11] == ["Shelf", "-", "a"]


def test_air_after_a_model_name_in_a_title_case_title_is_no_tier_word():
    rec = extract_record({"id": "ai", "title": "Can GPT-4 Air Quality Forecasts Be Trusted?", "abstract": (
        "We ask GPT-4 and Zorp-4 Air models to forecast air quality.")})
    assert not any("Air" in n for n in _names(rec, "methods"))


def test_english_words_and_clashing_acronyms_are_no_known_methods():
    rec = extract_record({"id": "ew", "title": "Predicting Blood Transfusion Needs of Hyena Keepers", "abstract": (
        "We predict transfusion needs with gradient boosting and learn shelf rules with ILP.")})
    methods = {e["name"]: e["aliases"] for e in rec["methods"]}
    assert not {"Transfusion", "Hyena"} & set(methods)
    assert "integer linear programming" not in [*methods, *(a for al in methods.values() for a in al)]


def test_a_known_short_form_defined_as_people_is_no_method():
    rec = extract_record({"id": "gp", "title": "Shelf Triage", "abstract": (
        "General practitioners (GPs) triage shelf injuries every day. We ask how a GP orders shelf scans.")})
    assert "gp" not in _forms(rec, "methods")


def test_a_title_goal_before_by_is_a_task():
    rec = extract_record({"id": "by", "title": "ShelfMix: Collaborative Shelf Stacking by Point Cloud Registration",
                          "abstract": "Shelf stacking is hard. We stack shelves from photos."})
    assert "collaborative shelf stacking" in _names(rec, "tasks")


def test_a_loss_introduced_with_an_article_is_a_method():
    rec = extract_record({"id": "al", "title": "Shelf gap detection in retail images", "abstract": (
        "We detect shelf gaps in retail images with ShelfNet. A shelf-edge loss sharpens gap borders, while "
        "stock counting suffers a negligible loss in recall and a hybrid loss function mixes two terms.")})
    methods = [e.lower() for e in _names(rec, "methods")]
    assert "shelf-edge loss" in methods
    assert not {"negligible loss", "hybrid loss", "hybrid loss function"} & set(methods)


@pytest.mark.parametrize("lead, own", [("This paper proposes", True), ("which we term", True),
                                       ("We introduce", False)])
def test_an_acronym_the_authors_propose_is_their_method_unless_a_kind_of_a_known_task(lead, own):
    long, short = ("Shelf-Aware Price Tag Generation", "SAPTG") if own else ("Evolving Shelf Object Detection", "ESOD")
    rec = extract_record({"id": "ow", "title": "Store shelves", "abstract": (
        f"Tags are often wrong in stores, {lead} {long} ({short}), a way to fix shelf labels.")})
    assert bool([e for e in rec["methods"] if e["name"] == short and e["proposed"]]) == own
    assert bool([t for t in rec["tasks"] if short in t["aliases"]]) == (not own)


def test_a_title_task_that_only_names_a_proposed_module_is_that_module():
    title = "ShelfNet: Shelf Video Ranking via Rack State Update and Price-aware Tag Enhancement"
    rec = extract_record({"id": "pm", "title": title, "abstract": (
        "Ranking shelves is hard. We propose ShelfNet for shelf ranking. It uses a Rack State Update (RSU) mechanism. "
        "Furthermore, a Price-aware Tag Enhancement module sharpens the tags.")})
    assert not [t for t in rec["tasks"] if "enhancement" in " ".join([t["name"], *t["aliases"]]).lower()]
    assert [e["aliases"] for e in rec["methods"] if e["name"] == "Price-aware Tag Enhancement module"] == [
        ["Price-aware Tag Enhancement"]]


@pytest.mark.parametrize("lead, kept", [("separating features through Shelf-guided Price Disentanglement and", True),
                                        ("studying", False)])
def test_a_title_case_run_coordinated_after_a_use_word_is_put_to_use(lead, kept):
    rec = extract_record({"id": "cu", "title": "Shelf models", "abstract": (
        f"Shelf models mix up products. We guide the model in {lead} Rack Mutual Label Disentanglement.")})
    assert ("Rack Mutual Label Disentanglement" in _names(rec, "methods")) == kept


@pytest.mark.parametrize("verb, own", [("develops", True), ("uses", False)])
def test_an_acronym_the_method_builds_after_the_proposal_is_proposed(verb, own):
    rec = extract_record({"id": "bh", "title": "Shelf ranking", "abstract": (
        f"We propose ShelfNet for shelf ranking. ShelfNet {verb} a price-tag fusion network (PTFN), which merges "
        "tags.")})
    assert [e["proposed"] for e in rec["methods"] if e["name"] == "PTFN"] == [own]


@pytest.mark.parametrize("verb, own", [("introduces", True), ("uses", False)])
def test_a_name_the_method_introduces_after_the_proposal_is_proposed(verb, own):
    rec = extract_record({"id": "bi", "title": "Shelf ranking", "abstract": (
        f"We propose ShelfNet for shelf ranking. ShelfNet {verb} TagDetach, a mechanism that splits tags.")})
    assert [e["proposed"] for e in rec["methods"] if e["name"] == "TagDetach"] == [own]


@pytest.mark.parametrize("text, name", [
    ("Shelf Routing\n\nWe train the routing policy by reinforcement learning on warehouse maps.",
     "reinforcement learning"),
    ("Shelf Detection for Warehouse Robots\n\nShelf detection is hard for robots. We add a SHAP analysis of the "
     "shelf detection errors.", "SHAP")])
def test_a_method_taken_from_a_task_phrase_gets_the_keep_models_context_features(monkeypatch, text, name):
    from kg.extract.components import keep_model
    from kg.extract.pipeline import load_nlp
    monkeypatch.setattr(keep_model, "ENABLED", False)
    feats = {e["name"]: e["_features"] for e in load_nlp()(text)._.kg_entities["methods"]}[name]
    assert "strength:3" in feats and any(f.startswith("before:") for f in feats)


def test_keep_confidence_is_deterministic_across_hash_seeds():
    # features built from sets must not follow set order: two interpreters with other string hashes agree
    import ast
    import os
    import subprocess
    import sys
    code = ("from kg.extract.pipeline import extract_record as x; print([(e['name'], e['confidence']) for k in "
            "('methods', 'datasets') for e in x({'id': 'h', 'title': 'Shelf ranking with BERT', 'abstract': "
            "'We propose the Shelf Network (ShelfNet), built on BERT and trained on the Shelf10K dataset. "
            "ShelfNet beats BERT and RoBERTa on Shelf10K and ShelfQA.'})[k]])")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(outs) == 1
    pairs = ast.literal_eval(outs.pop())
    assert "ShelfNet" in dict(pairs) and all(0 < conf < 1 for _, conf in pairs)


def test_a_task_sharing_forms_with_two_tasks_joins_the_one_its_name_names():
    # the host was the first of a set of keys that matched, so which one won followed the string hash seed
    from kg.extract.components.task_forms import merge_same_forms

    def task(name, aliases, start):
        return {"name": name, "aliases": aliases, "key": entity_key(name), "confidence": 0.6,
                "mentions": [{"start": start}], "_spans": [(start, start + 3)], "_first": start}
    merged = merge_same_forms([task("shelf gap detection", [], 0), task("shelf void finding", [], 10),
                               task("shelf gap detection", ["shelf void finding"], 20)])
    assert [len(e["mentions"]) for e in merged] == [2, 1]


def test_a_word_spelling_an_acronym_is_not_a_name_of_its_own():
    rec = extract_record({"id": "sp", "title": "SHELVE: SHelf Embedding for Retail Lane VErification", "abstract": (
        "We present SHELVE and SLIM, a Shelf model with Lane-level IMage encoders, and compare them with LeNet, "
        "LinkNet and BERT. A Shelf ENcoder with eXplanation (SENX) reads the TRansformer-free lanes.")})
    names = _names(rec, "methods")
    assert not {"SHelf", "VErification", "IMage", "ENcoder", "eXplanation"} & set(names), names
    assert {"LeNet", "LinkNet", "BERT"} <= set(names), names


def test_an_x_based_lead_gives_a_known_technique_its_fuller_name_as_alias():
    rec = extract_record({"id": "xb", "title": "Shelf agents", "abstract": (
        "We train shelf agents with affinity-based reinforcement learning on store grids.")})
    (rl,) = [e for e in rec["methods"] if "reinforcement learning" in e["name"].lower()]
    assert rl["name"] == "reinforcement learning" and "affinity-based reinforcement learning" in rl["aliases"]


def test_a_where_or_how_lead_comes_off_a_design_as_alias_but_not_down_to_a_bare_head():
    rec = extract_record({"id": "lead", "title": "Store video analysis", "abstract": (
        "We design a video-specific shelf pruning strategy and a confidence-aware fusion module for store videos.")})
    forms = {e["name"]: e["aliases"] for e in rec["methods"]}
    assert "shelf pruning" in forms["video-specific shelf pruning strategy"], forms
    assert "fusion module" not in forms.get("confidence-aware fusion module", []), forms


def test_a_trait_lead_comes_off_a_design_as_alias():
    rec = extract_record({"id": "trait", "title": "Shelf answers", "abstract": (
        "A learnable shelf module routes the shelf tokens, and a separate aisle-fusion module merges the aisles.")})
    forms = _method_aliases(rec)
    assert "shelf module" in forms["learnable shelf module"], forms
    assert "aisle-fusion module" in forms["separate aisle-fusion module"], forms


def test_a_known_technique_written_with_its_use_keeps_that_form_as_alias():
    rec = extract_record({"id": "use", "title": "Shelf answers", "abstract": (
        "We answer shelf questions with chain-of-thought reasoning and a curriculum learning strategy.")})
    forms = {e["name"]: e["aliases"] for e in rec["methods"]}
    assert "chain-of-thought reasoning" in forms["chain-of-thought"], forms
    assert "curriculum learning strategy" in forms["curriculum learning"], forms


def test_a_technique_written_as_a_layer_also_goes_by_the_technique():
    rec = extract_record({"id": "layer", "title": "Store rendering", "abstract": (
        "We insert a differentiable shelf rendering layer into the store network.")})
    forms = {e["name"]: e["aliases"] for e in rec["methods"]}
    assert "differentiable shelf rendering" in forms.get("differentiable shelf rendering layer", []), forms


def test_a_listed_dataset_with_a_venue_or_kind_words_also_goes_by_its_coined_name():
    rec = extract_record({"id": "gc", "title": "Shelf answers", "abstract": (
        "We took part in the ShelfQA Grand Challenge and test on the StoreSet Captions and the noisy sRGB WB data.")})
    forms = {e["name"]: e["aliases"] for e in rec["datasets"]}
    assert "ShelfQA" in forms.get("ShelfQA Grand Challenge", []), forms
    assert all(a not in ("StoreSet", "WB") for aliases in forms.values() for a in aliases), forms


def test_a_sentence_opening_modifier_gives_a_known_technique_its_fuller_name_as_alias():
    rec = extract_record({"id": "open", "title": "Shelf videos", "abstract": (
        "We study shelf audio. Audio diffusion models have improved it. Despite CLIP, shelves stay hard.")})
    forms = {e["name"]: e["aliases"] for e in rec["methods"]}
    assert "audio diffusion models" in forms["diffusion model"], forms
    assert not any("Despite" in a for aliases in forms.values() for a in aliases), forms


@pytest.mark.parametrize("phrase, own", [("a CLIP-based tag pooling framework", ["CLIP-based tag pooling"]),
                                         ("a tag-aware importance sampling strategy",
                                          ["tag-aware importance sampling"]),
                                         ("a LoRA-based price tag encoder", ["LoRA-based price tag encoder"]),
                                         ("a CLIP-based shelf detection framework", [])])
def test_an_own_name_with_a_hyphenated_modifier_wins_over_the_known_name_inside(phrase, own):
    rec = extract_record({"id": "hm", "title": "Shelf ranking", "abstract": (
        f"Ranking shelves is hard. We propose {phrase} that ranks shelves by their tags.")})
    assert [e["name"] for e in rec["methods"] if e["proposed"]] == own


def test_an_acronym_long_form_is_read_by_its_word_initials():
    from kg.extract.abbreviations import find_abbreviations
    # Schwartz-Hearst alone reads the 'd' ending "Decoded" and stops at "Decoded Sampling"
    assert [a.long for a in find_abbreviations("We use Dual Decoded Sampling (DDS) for speed.")] == [
        "Dual Decoded Sampling"]


def test_two_acronyms_of_named_variants_stay_two_entities():
    rec = extract_record({"id": "nv", "title": "Robust Gloop Models", "abstract": (
        "We train Sparse Vision Transformers (SViTs) and add Adaptive Denoised Smoothing (ADS). "
        "ADS makes SViTs robust.")})
    assert sorted(_names(rec, "methods")) == ["ADS", "SViT"]


def test_an_acronym_spelled_as_a_known_task_is_no_method_the_gazetteer_knows():
    rec = extract_record({"id": "mm", "title": "Robust Gloop Models", "abstract": (
        "We address multimodal misinformation detection (MMD) on social media posts. Our detector beats MMD "
        "baselines.")})
    assert "MMD" not in _names(rec, "methods")
    assert "mmd" in _forms(rec, "tasks")


def test_a_year_inside_a_listed_dataset_name_keeps_the_name_whole():
    rec = extract_record({"id": "year", "title": "Shelf triage", "abstract": (
        "We train ShelfNet on the Storewide 2024 Shelf Triage dataset and report its accuracy.")})
    names = [e["name"] for e in rec["datasets"]]
    assert "Storewide 2024 Shelf Triage" in names, names
    assert "Shelf Triage" not in names and "Storewide 2024" not in names, names


def test_a_task_phrase_does_not_swallow_a_dataset_name_and_its_dataset_word():
    rec = extract_record({"id": "swallow", "title": "Shelf codes", "abstract": (
        "We show scalability on the high-resolution Storette dataset achieving reasonable reconstruction quality.")})
    assert "Storette" in [e["name"] for e in rec["datasets"]], rec["datasets"]


def test_a_known_method_acronym_before_a_modified_dataset_word_names_data():
    rec = extract_record({"id": "gazdata", "title": "Shelf captions", "abstract": (
        "On the SVM shelf image dataset, the ShelfNet model improves caption quality.")})
    assert "SVM" in [e["name"] for e in rec["datasets"]], rec
    assert "SVM" not in [e["name"] for e in rec["methods"]], rec


def test_a_known_dataset_before_a_task_phrase_stays_a_dataset():
    rec = extract_record({"id": "dstask", "title": "Shelf detection", "abstract": (
        "ShelfNet reaches 51.2 AP on COCO object detection with fewer parameters.")})
    assert "COCO" in [e["name"] for e in rec["datasets"]], rec["datasets"]
    assert "COCO object detection" not in [e["name"] for e in rec["tasks"]], rec["tasks"]


def test_a_capitalised_name_before_subset_is_a_dataset():
    rec = extract_record({"id": "subset", "title": "Shelf motion", "abstract": (
        "Experiments on a multi-character Storamo subset show that ShelfNet transfers motion well.")})
    assert "Storamo" in [e["name"] for e in rec["datasets"]], rec


def test_a_dimension_word_opening_a_listed_dataset_name_stays_in_it():
    rec = extract_record({"id": "dim", "title": "Shelf affordances", "abstract": (
        "ShelfNet beats prior work on the 3D ShelfAffordance dataset, unlike models trained on 3D HOI datasets.")})
    names = [e["name"] for e in rec["datasets"]]
    assert "3D ShelfAffordance" in names and "ShelfAffordance" not in names, names
    assert "3D HOI" not in names, names


def test_a_listed_dataset_with_its_platform_word_also_goes_by_its_coined_name():
    rec = extract_record({"id": "platform", "title": "Shelf paraphrase", "abstract": (
        "Experiments on the noisy SHP-2019 Reddit corpus show that ShelfNet finds paraphrases.")})
    forms = {e["name"]: e["aliases"] for e in rec["datasets"]}
    assert "SHP-2019" in forms.get("SHP-2019 Reddit", []), forms


@pytest.mark.parametrize("abstract, name, long_form", [
    ("We propose QUIN-EVAL, a Quality-Unified Inspection evaluation framework for judging text.", "QUIN-EVAL",
     "Quality-Unified Inspection"),
    ("We propose QUIN-EVAL, a Quality-Unified Inspection Network for judging text. QUIN-EVAL beats GPT-4o.",
     "QUIN-EVAL", "Quality-Unified Inspection"),
    ("We propose a novel shelf routing algorithm (ZORP) for judging text. ZORP beats GPT-4o.", "ZORP",
     "shelf routing"),
    ("We introduce KESTREL (Quick Ordered Memory Search for Agents), a unified framework that orchestrates agents. "
     "KESTREL beats GPT-4o.", "KESTREL", "Quick Ordered Memory Search"),
])
def test_a_proposed_long_form_spelling_or_bracketing_the_name_is_its_alias_not_a_second_entity(abstract, name,
                                                                                              long_form):
    rec = extract_record({"id": "q", "title": "Judging", "abstract": abstract})
    own = [e for kind in ("methods", "datasets") for e in rec[kind] if e["proposed"]]
    assert [e["name"] for e in own] == [name]
    assert own[0]["aliases"][0].startswith(long_form)
    assert own == [rec["methods"][0]]  # the long form says it is a method


@pytest.mark.parametrize("title, abstract, name", [
    ("Global-Local Shelf Search for Warehouse Robots", "Robots must plan paths in large warehouses. We propose a "
     "global-local shelf search algorithm that plans paths over shelves. It halves travel time.",
     "global-local shelf search algorithm"),
    ("Plover Masking to Accelerate Video Processing", "Video processing is slow. We propose a plover masking "
     "strategy that skips static regions. It halves the cost.", "plover masking strategy"),
])
def test_a_proposed_title_phrase_is_the_proposed_name_without_its_kind_word(title, abstract, name):
    rec = extract_record({"id": "g", "title": title, "abstract": abstract})
    own = [e for e in rec["methods"] if e["proposed"]]
    assert [e["name"] for e in own] == [name]
    assert title.split(" for ")[0].split(" to ")[0] in own[0]["aliases"]


@pytest.mark.parametrize("phrase, name, spelled", [
    ("Temporal Aware Pruning", "TAPE", True),
    ("Multi-Agent-as-Judge", "MAJ-EVAL", True),
    ("Semantically Target-Aware Representations", "ZoSTAR", True),  # four or more initials inside the name
    ("Gradual Intra-class Variation Elimination", "GIVEPose", True),
    ("Shelf Routing", "ZoSR", False),  # two initials spell nothing
    ("Temporal Consistency Learning", "COTEL", False),
    ("shelf routing network", "SRN", False),  # not Title Case: the acronym reader's job
])
def test_a_title_case_long_form_spells_a_name_by_its_initials(phrase, name, spelled):
    from kg.extract.components.entity_passes import spells
    assert spells(phrase, name) is spelled


def test_a_proposed_one_word_name_keeps_its_name_with_its_kind_word_as_alias():
    rec = extract_record({"id": "f", "title": "Flowtention: Leveraging Optical Flow to Attend Videos Faster",
                          "abstract": "Video transformers are slow. We introduce the Flowtention Layer, a module that "
                                      "attends along optical flow. Flowtention speeds up video models."})
    own = [(e["name"], e["aliases"]) for kind in ("methods", "datasets") for e in rec[kind] if e["proposed"]]
    assert own == [("Flowtention", ["Flowtention Layer"])]


def test_a_later_proposed_phrase_ending_a_longer_proposed_name_is_not_a_second_own_part():
    rec = extract_record({"id": "s", "title": "Shelf Routing for Robots",
                          "abstract": "Robots get lost. We propose ShelfNet, which uses a Gated Shelf Fusion Module to "
                                      "merge views. Additionally, the Shelf Fusion Module enables seamless interaction "
                                      "between branches."})
    own = _proposed(rec, "methods")
    assert own["Gated Shelf Fusion Module"] and not own["Shelf Fusion Module"]


def test_a_coined_word_always_followed_by_a_capitalised_word_is_only_the_start_of_a_longer_name():
    rec = extract_record({"id": "cg", "title": "Adaptive Routing for Tabular Agents", "abstract": (
        "We pair a planner with a StepWise Critic that scores each action, and run every experiment on one "
        "NexaCore Quadro accelerator. Our router improves over ToolFormer-Lite, a strong baseline, on the "
        "LLaMa3.1 LLM as well.")})
    methods = _names(rec, "methods")
    assert "StepWise" not in methods and "NexaCore" not in methods
    assert "ToolFormer-Lite" in methods and "LLaMa3.1" in methods  # a model class acronym after it is no name part


def test_an_acronym_with_a_digit_for_to_is_defined_by_its_long_form():
    rec = extract_record({"id": "h2", "title": "Ranking Students", "abstract": (
        "We propose Learning-to-Rank Distillation (L2RD), which transfers a teacher's ordering to a student. "
        "L2RD is trained with an end-to-end (E2E) pipeline.")})
    l2rd = [e for e in rec["methods"] if e["name"] == "L2RD"]
    assert l2rd and "Learning-to-Rank Distillation" in l2rd[0]["aliases"]
    assert not {"E2E", "end-to-end"} & set(_names(rec, "methods"))  # "end-to-end" says how, it names nothing


def test_an_undefined_two_capital_acronym_is_jargon_unless_listed_among_names():
    rec = extract_record({"id": "tc", "title": "Faster Retrieval", "abstract": (
        "We train a QX model on positional ZDs and compare it with SVM, RF, XGBoost and LightGBM classifiers.")})
    methods = _names(rec, "methods")
    assert "QX" not in methods and "ZD" not in methods
    assert "RF" in methods  # a list of names gives it away


def test_a_plain_word_listed_between_two_coined_names_is_one_more_name():
    rec = extract_record({"id": "lw", "title": "Faster Video Diffusion", "abstract": (
        "We cache attention outputs across denoising steps. Applied to OpenVidX, Tortilla, and CogMotionV, "
        "our cache halves the latency.")})
    assert "Tortilla" in _names(rec, "methods")


def test_an_acronym_spelling_out_a_question_or_a_noise_names_no_method():
    rec = extract_record({"id": "nm", "title": "Robust Exam Solvers", "abstract": (
        "We fine-tune a solver on every multiple-choice question (MCQ) of a medical exam and test it under "
        "additive white Gaussian noise (AWGN). The solver beats GPT-4o on MCQ accuracy under AWGN.")})
    assert not {"MCQ", "AWGN"} & set(_names(rec, "methods"))


def test_a_coined_name_compared_with_a_value_is_a_metric_reading():
    rec = extract_record({"id": "mv", "title": "Gaze Prediction for Interfaces", "abstract": (
        "Our predicted maps approximate eye tracking closely (sNSSx = 0.86) while FastGazeNet runs in real time.")})
    methods = _names(rec, "methods")
    assert "sNSSx" not in methods and "FastGazeNet" in methods


def test_systems_listed_with_their_scores_after_equals_signs_are_kept():
    rec = extract_record({"id": "sc", "title": "Shelf Nets", "abstract": (
        "We propose ShelfNet. It beats strong baselines in top-1 accuracy (ZorbNet-50 = 76.1%, QuuxFormer = 78.2%, "
        "ShelfNet = 80.3%).")})
    assert {"ZorbNet-50", "QuuxFormer"} <= set(_names(rec, "methods"))


def test_a_listed_name_keeps_its_v_numbered_release():
    rec = extract_record({"id": "tv", "title": "Reading Old Scripts", "abstract": (
        "It outperforms OCR models such as DocuScan-2, Quillmark v5 and PaperEye-Lite on scanned pages.")})
    methods = _names(rec, "methods")
    assert "Quillmark v5" in methods and "Quillmark" not in methods


def test_a_mixed_case_name_after_a_capitalised_hyphen_part_is_a_coined_name():
    rec = extract_record({"id": "e", "title": "E-shopIQ: A Benchmark for Judging Shop Banners",
                          "abstract": "Shop banners are hard to judge. We build E-shopIQ, a benchmark of 9k banners. "
                                      "Using this benchmark, we train E-shopIQ-M, a specialized judge model that "
                                      "matches human experts."})
    own = [e["name"] for kind in ("methods", "datasets") for e in rec[kind] if e["proposed"]]
    assert "E-shopIQ-M" in own


def test_a_lower_case_led_acronym_after_a_capitalised_prefix_is_no_coined_name():
    rec = extract_record({"id": "e", "title": "Splice Site Prediction",
                          "abstract": "We predict Pre-mRNA splicing sites with a shelf transformer trained on "
                                      "Task-fMRI scans."})
    assert not {"Pre-mRNA", "Task-fMRI"} & set(_names(rec, "methods") + _names(rec, "datasets"))


def test_a_name_called_after_a_method_word_is_a_method_whatever_its_head_word():
    rec = extract_record({"id": "c", "title": "Shelf Learning: Weakly Supervised Box Sorting",
                          "abstract": "Sorting boxes needs labels. We introduce a novel box-based sorting framework "
                                      "called Shelf Learning, which needs only boxes. Our Shelf Learning method "
                                      "outperforms prior sorters."})
    assert [(e["name"], e["proposed"]) for e in rec["methods"] if e["name"] == "Shelf Learning"] == [
        ("Shelf Learning", True)]
    assert "shelf learning" not in [t["name"].lower() for t in rec["tasks"]]


def test_a_proposal_name_runs_on_through_a_hyphen_suffix_after_a_capitalised_word():
    rec = extract_record({"id": "h", "title": "Learned Box Packing with a Shelf Model",
                          "abstract": "Packing is hard. In this work, we propose a novel packing model named "
                                      "Shelf-based Cross Packing Entropy model, which introduces a learnable shelf. "
                                      "Experiments show strong gains."})
    own = [e["name"] for e in rec["methods"] if e["proposed"]]
    assert own == ["Shelf-based Cross Packing Entropy"]


def test_an_acronym_after_a_naming_word_defined_in_brackets_after_it_is_a_method():
    rec = extract_record({"id": "v", "title": "Real-time Shelf Video Prediction",
                          "abstract": "Latency hurts games. In this work, we propose real-time video prediction for "
                                      "games, called SFVP (Shelf Feature Video Prediction). SFVP runs fast."})
    assert ("SFVP", True) in [(e["name"], e["proposed"]) for e in rec["methods"]]
    assert "shelf feature video prediction" not in [t["name"].lower() for t in rec["tasks"]]


def test_an_acronym_right_after_a_dataset_word_with_its_long_form_after_it_is_a_dataset():
    rec = extract_record({"id": "b", "title": "Summary Metrics for Shelf Languages",
                          "abstract": "Metrics are studied in English. Through our new dataset SHELVE (SHElf and "
                                      "Lake Verdict Evaluation), we collect human judgments. We release SHELVE."})
    assert [(e["name"], e["proposed"]) for e in rec["datasets"]] == [("SHELVE", True)]
    assert not any("verdict evaluation" in t["name"].lower() for t in rec["tasks"])


def test_a_name_right_after_the_kind_word_opening_a_proposal_is_proposed():
    rec = extract_record({"id": "k", "title": "Shelf Occupancy Prediction for Robots",
                          "abstract": "Robots need depth. Based on depth, we propose a Sketch-Painting framework "
                                      "ShelfDepth-Occ. Additionally, our approach adds a voxel grid."})
    assert ("ShelfDepth-Occ", True) in [(e["name"], e["proposed"]) for e in rec["methods"]]


def test_a_name_set_off_by_commas_after_the_novel_phrase_a_proposal_opens_with_is_proposed():
    rec = extract_record({"id": "a", "title": "Shelf Wear Attacks on Vision Models",
                          "abstract": "Models are brittle. We introduce a new class of physical-world shelf attacks, "
                                      "ShelfAtk, which fools detectors. ShelfAtk transfers across models."})
    assert ("ShelfAtk", True) in [(e["name"], e["proposed"]) for e in rec["methods"]]


def test_a_name_set_off_by_commas_after_any_phrase_a_proposal_opens_with_is_proposed():
    rec = extract_record({"id": "p", "title": "Shelf Attacks in Multi-turn Conversations",
                          "abstract": "Attackers pose as recruiters. Based on this analysis, we present a proof of "
                                      "concept, SE-ShelfGuard, to protect users. It works."})
    assert ("SE-ShelfGuard", True) in [(e["name"], e["proposed"]) for e in rec["methods"]]


def test_a_title_case_technique_a_clause_describes_is_the_proposed_method_not_a_task():
    # "Alignment" heads a task phrase: only the clause after each name makes it a technique
    rec = extract_record({"id": "p", "title": "Shelf geometry for video models", "abstract": (
        "Video models drift. To this end, we introduce two complementary shelf objectives: Angular Alignment, which "
        "enforces directional consistency, and Scale Alignment, which preserves scale. We also introduce the task of "
        "Shelf Action Localization, which aims to find shelves, and a new task, Crate Gait Recognition, which "
        "unifies gaits. Finally, we perform Flow-based Shelf Synthesis to map motion back.")})
    methods = _proposed(rec, "methods")
    assert methods.get("Angular Alignment") is True and methods.get("Scale Alignment") is True, methods
    for task in ("Shelf Action Localization", "Crate Gait Recognition", "Shelf Synthesis"):
        assert task not in methods, methods


def test_a_title_case_device_with_no_method_head_a_clause_describes_is_the_proposed_method():
    # "Modulation" heads neither a method nor a task: the capitalised run alone would be dropped as unheaded
    rec = extract_record({"id": "p", "title": "ShelfKeeper: Steady Crate Editing", "abstract": (
        "We propose ShelfKeeper, a framework for crate editing. It introduces Crate Attention Refinement, which "
        "aligns prompts with crates, and Adaptive Shelf Modulation, which keeps the editing strength steady.")})
    assert _proposed(rec, "methods").get("Adaptive Shelf Modulation") is True, _proposed(rec, "methods")


def test_a_title_case_place_data_come_from_is_no_device_a_clause_describes():
    rec = extract_record({"id": "p", "title": "ShelfNet: Crate Enhancement", "abstract": (
        "We propose ShelfNet, a crate enhancer. We also present a crate dataset from the Northern Crate Sea, which "
        "captures hard lighting.")})
    assert not _proposed(rec, "methods", "datasets").get("Northern Crate Sea"), _proposed(rec, "methods", "datasets")


def test_an_acronym_definition_with_a_task_head_that_a_clause_says_does_something_is_the_authors_device():
    # "Modeling" / "Retrieval" head task phrases; what the clause after each definition says tells them apart
    rec = extract_record({"id": "p", "title": "ShelfTrack: Tracking Crates on Shelves", "abstract": (
        "Crates move. We propose ShelfTrack, a crate tracker. ShelfTrack first introduces Depth-Aware Crate "
        "Modeling (DACM), which promotes crate depth to a trajectory-level state. We also study Shelf Crate "
        "Retrieval (SCR), which aims to find crates, and a new task: Crate Pose Reasoning (CPR), which jointly "
        "supports pose and depth.")})
    assert _proposed(rec, "methods").get("DACM") is True, _proposed(rec, "methods")
    assert not {"SCR", "CPR"} & set(_names(rec, "methods")), _names(rec, "methods")


def test_an_acronym_definition_a_clause_describes_at_the_abstract_end_is_the_authors_device():
    # the clause's verb is the document's last token (no closing period)
    rec = extract_record({"id": "p", "title": "ShelfTrack: Tracking Crates on Shelves", "abstract": (
        "Crates move. We propose ShelfTrack, a crate tracker. ShelfTrack first introduces Depth-Aware Crate "
        "Modeling (DACM), which generalizes")})
    assert _proposed(rec, "methods").get("DACM") is True, (_proposed(rec, "methods"), _names(rec, "tasks"))


def test_a_title_case_phrase_apposed_to_a_benchmark_is_no_technique():
    rec = extract_record({"id": "p", "title": "Shelf geometry for video models", "abstract": (
        "We propose two objectives: Angular Alignment, a novel benchmark for shelves, and Scale Alignment, which "
        "preserves scale.")})
    methods = _proposed(rec, "methods")
    assert methods.get("Scale Alignment") is True and "Angular Alignment" not in methods, methods


def test_a_title_case_technique_opening_an_item_with_to_is_the_proposed_method():
    rec = extract_record({"id": "p", "title": "Shelf geometry for video models", "abstract": (
        "Video models drift. We propose two steps: (i) Subpool Selection to prune the shelves and (ii) a shelf "
        "loss.")})
    assert _proposed(rec, "methods").get("Subpool Selection") is True, _proposed(rec, "methods")


def test_a_title_case_technique_opening_a_sentence_before_its_verb_is_the_proposed_method():
    rec = extract_record({"id": "p", "title": "Shelf geometry for video models", "abstract": (
        "Video models drift. We propose a shelf pipeline. Subpool Selection strengthens the shelves it keeps.")})
    assert _proposed(rec, "methods").get("Subpool Selection") is True, _proposed(rec, "methods")


@pytest.mark.parametrize("title, name", [
    ("Shelf-Clipping: Efficient Box Sorting with Guided Selection", "Shelf-Clipping"),
    ("Crate-Tuning: A Subspace View for Tuning Sorters", "Crate-Tuning"),
])
def test_a_capitalised_hyphenated_gerund_opening_the_title_is_its_name(title, name):
    rec = extract_record({"id": "g", "title": title, "abstract": "Sorting boxes is costly. We cut its cost in half."})
    assert (name, True) in [(e["name"], e["proposed"]) for e in rec["methods"]]


@pytest.mark.parametrize("title", ["Pre-Training Shelf Transformers: Lessons from Box Sorting",
                                   "Fine-Tuning Shelf Models: A Practical Guide"])
def test_a_prefixed_gerund_opening_the_title_is_no_name(title):
    rec = extract_record({"id": "g", "title": title, "abstract": "Sorting boxes is costly. We study how to train "
                                                                 "shelf transformers for box sorting."})
    assert not [e for kind in ("methods", "datasets") for e in rec[kind] if e["proposed"]]


def test_a_lower_case_hyphenated_gerund_opening_the_title_is_no_name():
    rec = extract_record({"id": "g", "title": "Box-sorting shelf reports: Can robots catch their own slips?",
                          "abstract": "Robots sort boxes. We test whether they notice their errors."})
    assert not [e for kind in ("methods", "datasets") for e in rec[kind] if e["proposed"]]


def test_a_benchmark_named_before_an_evaluation_in_the_title_is_proposed():
    rec = extract_record({"id": "n", "title": "ShelfVLM-Bench: Evaluation of Vision Models for Shelf Reasoning",
                          "abstract": "Vision models are untested on shelves. We present a benchmarking study of "
                                      "vision models on curated shelf images."})
    assert ("ShelfVLM-Bench", True) in [(e["name"], e["proposed"]) for e in rec["datasets"] + rec["methods"]]


def test_a_title_prefix_spelled_as_a_generic_term_is_not_the_papers_own():
    rec = extract_record({"id": "s", "title": "PyTorch: Lessons from Porting Shelf Code",
                          "abstract": "We report on porting shelf sorting code between frameworks."})
    assert "PyTorch" not in _names(rec, "methods")


def test_an_own_mixed_case_title_name_sharing_a_generic_terms_key_is_kept():
    rec = extract_record({"id": "s", "title": "SciPY: Domain Adaptation for Shelf Segmentation",
                          "abstract": "Shelves differ across stores. We propose SciPY, a framework that adapts "
                                      "shelf segmenters to new stores."})
    assert ("SciPY", True) in [(e["name"], e["proposed"]) for e in rec["methods"]]


def test_a_title_name_in_capitals_sharing_a_generic_terms_key_is_kept():
    rec = extract_record({"id": "p", "title": "PRECISION: Shelf Segmentation with Few Labels",
                          "abstract": "Shelves differ across stores. We propose a framework that adapts shelf "
                                      "segmenters to new stores, and PRECISION beats Mask R-CNN."})
    assert ("PRECISION", True) in [(e["name"], e["proposed"]) for e in rec["methods"]]


def test_an_acronym_opening_a_proposal_with_its_long_form_after_it_is_a_method():
    rec = extract_record({"id": "r", "title": "Fast Shelf Revision for Language Models",
                          "abstract": "Revision is slow. We propose SHOVER (Shelf Override Verification for Efficient "
                                      "Revision), which checks cached tokens. SHOVER halves latency."})
    assert ("SHOVER", True) in [(e["name"], e["proposed"]) for e in rec["methods"]]
    assert not any("override verification" in t["name"].lower() for t in rec["tasks"])


def test_a_title_opening_with_an_acronym_definition_names_the_papers_method():
    rec = extract_record({"id": "t", "title": "Cross-Shelf Robustness Transfer (CSRT): Training Robust Sorters",
                          "abstract": "Sorters are brittle. We propose CSRT, a framework that transfers robustness "
                                      "from one shelf to another."})
    assert ("CSRT", True) in [(e["name"], e["proposed"]) for e in rec["methods"]]
    assert not any("robustness transfer" in t["name"].lower() for t in rec["tasks"])


def test_a_known_task_acronym_spelled_out_as_the_papers_own_method_is_a_method():
    rec = extract_record({"id": "a", "title": "Grounded Hand-Object Shelving",
                          "abstract": "Hands miss objects. To fix poses, we introduce an Adaptive Shelf Refinement "
                                      "(ASR) method to optimize scale and pose."})
    assert ("ASR", True) in [(e["name"], e["proposed"]) for e in rec["methods"]]


def test_a_capitalised_phrase_between_a_and_a_dataset_word_describes_the_data():
    rec = extract_record({"id": "d", "title": "Detecting Spam in Code-Mixed Posts",
                          "abstract": "We fine-tune BERT on a manually annotated Roman Hinglish dataset of 9,000 posts "
                                      "and on an independent FooSpam dataset."})
    assert "Roman Hinglish" not in _names(rec, "datasets") + _names(rec, "methods")
    assert "FooSpam" in _names(rec, "datasets")


def test_a_name_before_its_verb_after_a_comma_ends_no_list():
    rec = extract_record({"id": "o", "title": "Shorter Captions Win",
                          "abstract": "We study caption length in image-text retrieval. On QuuxCaps, CLIP prefers the "
                                      "shorter caption only 40.6% of the time."})
    assert "QuuxCaps" in _names(rec, "datasets") and "QuuxCaps" not in _names(rec, "methods")


def test_a_coined_name_with_a_reported_score_is_a_benchmark():
    rec = extract_record({"id": "b", "title": "Sharper Text-to-Image Reasoning",
                          "abstract": "We tune a diffusion model for prompts that need reasoning. It reaches a "
                                      "QUIBBLE score of 0.90, while its F1 score of 0.71 lags."})
    assert "QUIBBLE" in _names(rec, "datasets") and "F1" not in _names(rec, "datasets")


def test_what_a_model_is_pretrained_on_is_a_dataset():
    rec = extract_record({"id": "t", "title": "Compact Encoders for Scene Text",
                          "abstract": "We design a compact text encoder. The encoder is pretrained on ZorbText and "
                                      "QuuxScenes."})
    assert {"ZorbText", "QuuxScenes"} <= set(_names(rec, "datasets"))


def test_the_source_a_dataset_is_derived_from_is_a_dataset():
    rec = extract_record({"id": "v", "title": "Linking Symptoms in Safety Reports",
                          "abstract": "We introduce SYMPLINK, a human-annotated dataset derived from the Zorbian "
                                      "Adverse Event Reporting System (ZARS) reports."})
    assert "ZARS" in _names(rec, "datasets") and "ZARS" not in _names(rec, "methods")


def test_names_with_a_counted_apposition_of_benchmarks_are_datasets():
    rec = extract_record({"id": "a", "title": "Denoising Polarized Bursts",
                          "abstract": "We study PolarZed and BurstQuux, two public benchmarks of polarized images. "
                                      "Using scans of Zorbia and Quuxland, two datasets were generated."})
    assert {"PolarZed", "BurstQuux"} <= set(_names(rec, "datasets"))
    assert not {"Zorbia", "Quuxland"} & set(_names(rec, "datasets"))


def test_a_name_spelled_with_and_without_accents_is_one_entity():
    rec = extract_record({"id": "u", "title": "Zorbāvik: A Corpus for Low-Resource Translation",
                          "abstract": "We release the Zorbāvik corpus. Models trained on the Zorbavik corpus improve "
                                      "translation quality."})
    assert len([n for n in _names(rec, "datasets") if n in ("Zorbavik", "Zorbāvik")]) == 1


def test_a_name_before_modality_is_a_kind_of_image_not_a_dataset():
    rec = extract_record({"id": "m", "title": "Polyp Segmentation Across Endoscopic Modalities",
                          "abstract": "We propose a polyp segmentation network. It reaches a Dice of 82.4% on the "
                                      "ZLI modality and 88.1% on the QBI modality."})
    assert not {"ZLI", "QBI"} & set(_names(rec, "datasets"))


def test_a_benchmark_name_keeps_its_subset_word():
    rec = extract_record({"id": "s", "title": "Agents That Patch Code",
                          "abstract": "We train a coding agent with reinforcement learning. It resolves 61.2% of the "
                                      "issues in ZorbBench Verified and 40.3% in QuuxBench Lite."})
    assert {"ZorbBench Verified", "QuuxBench Lite"} <= set(_names(rec, "datasets"))


def test_an_adjective_after_a_benchmark_name_is_no_subset_word():
    rec = extract_record({"id": "s", "title": "Making ZorbBench Hard Again",
                          "abstract": "Classifiers tested on ZorbBench fail on ZorbBench Hard examples. "
                                      "Accuracy on QuuxBench Full falls too."})
    datasets = _names(rec, "datasets")
    assert "ZorbBench Hard" not in datasets and "QuuxBench Full" in datasets


def test_a_suite_named_after_all_or_some_before_its_datasets_is_kept():
    rec = extract_record({"id": "q", "title": "Dense Shelf Retrieval",
                          "abstract": "We propose a dense retriever and evaluate it on all ZQRB datasets, where it "
                                      "beats BM25."})
    assert "ZQRB" in _names(rec, "datasets")


def test_names_after_eg_or_namely_following_a_dataset_word_are_datasets():
    rec = extract_record({"id": "n", "title": "Spatio-Temporal Video Reasoning",
                          "abstract": "Our model generalizes to other benchmarks (eg, ZorbNet, QuuxVid). It is also "
                                      "tested on two datasets, namely FrobCam and BazClip."})
    assert {"ZorbNet", "QuuxVid", "FrobCam", "BazClip"} <= set(_names(rec, "datasets"))


def test_an_acronym_after_most_before_benchmarks_is_a_kind_of_data():
    rec = extract_record({"id": "q", "title": "Honest Theorem Proving",
                          "abstract": "Most ZTP benchmarks leak the answer in the statement. We fix this for ZTP "
                                      "provers."})
    assert "ZTP" not in _names(rec, "datasets")


def test_a_dataset_written_with_its_lower_case_head_keeps_that_form_as_alias():
    rec = extract_record({"id": "h", "title": "Selecting Pretraining Data by Attention",
                          "abstract": "We select data on the ZorbLM corpus of 241B tokens and pretrain a 7B model. "
                                      "It is robust on recent QuuxMath perturbation benchmarks."})
    aliases = {e["name"]: e["aliases"] for e in rec["datasets"]}
    assert aliases["ZorbLM"] == ["ZorbLM corpus"]
    assert aliases["QuuxMath"] == ["QuuxMath perturbation benchmarks"]


def test_lower_case_training_techniques_and_model_kinds_are_methods():
    rec = extract_record({"id": "d", "title": "Faster Shelf Planners",
                          "abstract": "We speed up shelf planners. We apply distillation after continued "
                                      "pre-training with noise augmentation."})
    names = {e["name"].lower() for e in rec["methods"]}
    assert {"distillation", "continued pre-training", "noise augmentation"} <= names


def test_model_merging_used_as_a_tool_is_a_method():
    rec = extract_record({"id": "m", "title": "Shelf Unlearning via Model Merging",
                          "abstract": "We erase shelf facts from language models by model merging of two "
                                      "specialised checkpoints."})
    assert "model merging" in {e["name"].lower() for e in rec["methods"]}


def test_standard_attention_variants_and_gradient_projection_are_methods():
    rec = extract_record({"id": "a", "title": "Shelf Transformers",
                          "abstract": "We replace full attention with masked self-attention and train the shelf "
                                      "planner with gradient projection."})
    names = {e["name"].lower() for e in rec["methods"]}
    assert {"full attention", "masked self-attention", "gradient projection"} <= names


def test_a_model_kind_written_bare_and_narrowed_gives_two_entities():
    rec = extract_record({"id": "v", "title": "Shelf Guidance",
                          "abstract": "Diffusion models generate shelves. We steer video diffusion models with a "
                                      "shelf prior, unlike generative diffusion models."})
    names = [e["name"] for e in rec["methods"]]
    assert "video diffusion model" in names and "diffusion model" in names
    assert "generative diffusion model" not in names


def test_standard_training_and_decoding_techniques_are_methods():
    rec = extract_record({"id": "g", "title": "Shelf Decoding",
                          "abstract": "We train the shelf model with gradient accumulation and a KL penalty, then "
                                      "apply contrastive decoding at inference."})
    names = {e["name"].lower() for e in rec["methods"]}
    assert {"gradient accumulation", "kl penalty", "contrastive decoding"} <= names


@pytest.mark.parametrize("title, task", [
    ("ShelfNav: Visual Grounding for Warehouse Robot Agents", "warehouse robot agents"),
    ("Benchmarking Kiosk-Use Agents on Long Workflows", "kiosk-use agents"),
    ("Building LLM Agents for Shelf Search", None),  # a generic kind: no task
    ("A Unified Shelf Restoration Agent", None),  # a task's agent is a method
    ("Shelf Search via a Kiosk Agent", None),  # the means
])
def test_a_title_naming_a_kind_of_agent_names_a_task(title, task):
    rec = extract_record({"id": "a", "title": title, "abstract": "Shelves are hard to search. We study them."})
    names = [e["name"] for e in rec["tasks"]]
    assert (task in names) if task else not any("agent" in n for n in names)


@pytest.mark.parametrize("third, kept", [
    ("pallet detection", True),
    ("manual pallet detection", False),  # a manner, not a kind of problem
    ("automatic crate detection", False),  # the same task as one already kept
])
def test_a_third_task_with_one_head_fills_a_free_slot(third, kept):
    rec = extract_record({"id": "x", "title": "Shelf Detection for Warehouse Robots",
                          "abstract": f"We study shelf detection. Our model also improves {third} and barcode "
                                      "detection, and it is evaluated on crate detection tasks."})
    names = [e["name"] for e in rec["tasks"]]
    assert names[:1] == ["shelf detection"] and "crate detection" in names and (third in names) is kept


@pytest.mark.parametrize("title, task", [
    ("Shelf-It: Training-Free Object Insertion in Shelf Photos", "object insertion"),
    ("Localized Concept Erasure for Shelf Diffusion Models", "concept erasure"),
])
def test_insertion_and_erasure_name_tasks(title, task):
    rec = extract_record({"id": "i", "title": title, "abstract": "Shelves are hard to edit. We study them."})
    assert task in [e["name"] for e in rec["tasks"]]


def test_a_benchmark_acronym_before_its_tasks_stays_a_dataset():
    rec = extract_record({"id": "bt", "title": "ChemQ-Bench: Testing Language Models on Lab Chemistry", "abstract": (
        "We introduce the Chemistry Question Benchmark (ChemQ-Bench), a dataset of 3,000 questions. Frontier models "
        "score poorly on the harder ChemQ-Bench tasks.")})
    assert "ChemQ-Bench" in _names(rec, "datasets")
    assert "ChemQ-Bench" not in _names(rec, "tasks")


def test_a_named_part_beside_a_benchmark_family_is_one_more_dataset():
    rec = extract_record({"id": "bp", "title": "Quorra: Probing Long Video Models", "abstract": (
        "We introduce Quorra-Hard, a benchmark of three subsets: Quorra-HAL probes hallucinations, Quorra-TR "
        "combines tracking with retrieval, and Quorra-EV asks about event order. Quorra-7B, our model, leads.")})
    datasets = _names(rec, "datasets")
    assert {"Quorra-HAL", "Quorra-TR", "Quorra-EV"} <= set(datasets)
    assert "Quorra-7B" not in datasets


def test_an_acronym_with_a_lower_case_bench_tail_is_a_benchmark():
    rec = extract_record({"id": "lb", "title": "Picking Instruction Data", "abstract": (
        "Our selection improves four base models on QR-bench and Arena-Hard, gaining 5.1% on QR-bench.")})
    assert "QR-bench" in _names(rec, "datasets")


def test_a_numbered_name_with_an_example_count_after_a_hyphen_is_data():
    rec = extract_record({"id": "sz", "title": "Quill-V2: Reinforcing Chart Reasoning", "abstract": (
        "We build two sets: Quill-V2-SFT-90k for cold start and Quill-V2-120k for reinforcement learning.")})
    assert "Quill-V2-120k" in _names(rec, "datasets")


def test_a_dimension_word_closing_a_dataset_name_stays_in_it():
    rec = extract_record({"id": "dd", "title": "Gaze-Aware Avatars", "abstract": (
        "We animate conversational avatars in real time. On the Kestrel 3D dataset, our method leads.")})
    assert "Kestrel 3D" in _names(rec, "datasets")


def test_a_spelled_out_olympiad_is_a_benchmark_even_before_problems():
    rec = extract_record({"id": "ol", "title": "Long Reasoning for Science", "abstract": (
        "Models now reach medal level on International Chemistry Olympiad (IChO) problems. We train a solver that "
        "scores 80% on IChO.")})
    assert "IChO" in _names(rec, "datasets")
    assert not any("olympiad" in t.lower() for t in _names(rec, "tasks"))


def test_a_known_camel_case_dataset_written_without_its_inner_capitals_is_found():
    rec = extract_record({"id": "cf", "title": "Faster Speech Decoding", "abstract": (
        "Our decoder reaches 2.1% WER on test-clean of Librispeech without external data.")})
    assert any(n.lower() == "librispeech" for n in _names(rec, "datasets"))


def test_a_contest_name_with_an_apostrophe_year_is_a_name():
    rec = extract_record({"id": "ay", "title": "Cheaper Math Reasoning", "abstract": (
        "Our recipe adapts a small model to mathematics, reaching 61.2 on QMOC'25 and 40.3 on QMOC'24.")})
    assert "QMOC'25" in _names(rec, "datasets")


def test_a_digit_led_capitalised_word_in_a_benchmark_list_is_a_name():
    rec = extract_record({"id": "dl", "title": "Browsing Agents", "abstract": (
        "Our agent gains 20% on multi-hop QA tasks like HotpotQA, 3Trivia, and Bamboogle.")})
    assert "3Trivia" in _names(rec, "datasets")


def test_a_lower_case_eval_name_before_a_dataset_word_is_a_dataset():
    rec = extract_record({"id": "le", "title": "Guarding Chat Models", "abstract": (
        "We release fair-eval, a red-team safety benchmark. Our guard is strong, and the fair-eval dataset is "
        "available online.")})
    assert "fair-eval" in _names(rec, "datasets")


def test_a_world_model_and_test_time_scaling_used_as_tools_are_methods():
    rec = extract_record({"id": "w", "title": "Shelf Planning",
                          "abstract": "Our agent plans shelf layouts with a learned world model and improves with "
                                      "test-time scaling, outperforming OpenAI o1."})
    names = {e["name"].lower() for e in rec["methods"]}
    assert {"world model", "test-time scaling", "openai o1"} <= names


def test_a_known_model_with_its_size_written_after_is_its_own_model():
    rec = extract_record({"id": "z", "title": "Shelf Speech",
                          "abstract": "We compress the encoder of Whisper large-v3 by half while matching Whisper "
                                      "medium on shelf transcription."})
    names = {e["name"] for e in rec["methods"]}
    assert {"Whisper large-v3", "Whisper medium"} <= names and "large-v3" not in names


def test_a_name_for_a_suite_of_models_is_a_method():
    rec = extract_record({"id": "s", "title": "ShelfGuard: Moderating Shelf Content",
                          "abstract": "We present ShelfGuard, a comprehensive suite of LLM-based safety content "
                                      "moderation models. ShelfGuard is released openly."})
    assert "ShelfGuard" in {e["name"] for e in rec["methods"]}
    assert "ShelfGuard" not in {e["name"] for e in rec["datasets"]}


def test_a_title_name_built_with_a_dataset_is_a_method():
    rec = extract_record({"id": "t", "title": "ShelfAct: Few-Shot Shelf Agents with a Demonstration Benchmark",
                          "abstract": "We propose ShelfAct, which learns shelf skills from few demonstrations."})
    assert "ShelfAct" in {e["name"] for e in rec["methods"]}
    assert "ShelfAct" not in {e["name"] for e in rec["datasets"]}


def test_a_name_opening_the_clause_after_an_evaluation_phrase_is_no_dataset():
    rec = extract_record({"id": "c", "title": "Shelf Prompting",
                          "abstract": "We propose ShelfPAS, a plug-and-play prompt augmentation system. In "
                                      "comprehensive benchmarks, ShelfPAS achieves state-of-the-art results."})
    assert "ShelfPAS" in {e["name"] for e in rec["methods"]}
    assert "ShelfPAS" not in {e["name"] for e in rec["datasets"]}


def test_a_benchmark_shaped_name_called_an_evaluation_pipeline_is_a_dataset():
    rec = extract_record({"id": "b", "title": "Shelf Agents",
                          "abstract": "We release ShelfGame-Bench, an evaluation pipeline that scores shelf agents "
                                      "on 100 games."})
    assert "ShelfGame-Bench" in {e["name"] for e in rec["datasets"]}
    assert "ShelfGame-Bench" not in {e["name"] for e in rec["methods"]}


def test_a_hyphenated_variant_of_a_dataset_is_a_dataset_but_a_model_trained_on_it_is_not():
    rec = extract_record({"id": "d", "title": "ShelfCheck: Checklists for Shelf Reasoning",
                          "abstract": "We introduce ShelfCheck, a benchmark for shelf reasoning. We build "
                                      "ShelfCheck-GSM and ShelfCheck-GEO to test reasoning, and train ShelfCheck-R1 "
                                      "on it."})
    datasets = {e["name"] for e in rec["datasets"]}
    assert {"ShelfCheck-GSM", "ShelfCheck-GEO"} <= datasets and "ShelfCheck-R1" not in datasets


def test_a_camel_case_name_ending_in_data_is_a_dataset():
    rec = extract_record({"id": "h", "title": "Shelf Humans",
                          "abstract": "We generate ShelfHumanData, with 100K synthetic shelf humans, and train a "
                                      "shelf avatar model on ShelfHumanData."})
    assert "ShelfHumanData" in {e["name"] for e in rec["datasets"]}


def test_a_name_before_environment_or_simulator_is_a_benchmark_environment():
    rec = extract_record({"id": "e", "title": "Shelf Planning Agents",
                          "abstract": "We evaluate our planner in the ShelfWorld environment on 32 tasks and train "
                                      "it in the ShelfSim simulator."})
    assert {"ShelfWorld", "ShelfSim"} <= {e["name"] for e in rec["datasets"]}


def test_a_name_released_as_a_testbed_is_a_dataset():
    rec = extract_record({"id": "r", "title": "Shelf Traps",
                          "abstract": "Models fail on misleading shelf questions. We release ShelfTrap as a testbed "
                                      "for this blind spot."})
    assert "ShelfTrap" in {e["name"] for e in rec["datasets"]}


def test_a_defined_title_case_way_to_train_is_a_method():
    rec = extract_record({"id": "t", "title": "Shelf Agents",
                          "abstract": "We train a shelf agent with Shelf-Consistent Fine-Tuning (SCFT), which filters "
                                      "its own rollouts, and show that SCFT improves shelf planning."})
    assert "SCFT" in {e["name"] for e in rec["methods"]}


def test_attention_after_a_word_of_interest_is_not_a_method():
    rec = extract_record({"id": "w", "title": "Shelf Models",
                          "abstract": "Shelf models are attracting widespread attention due to their reach. Shelf data "
                                      "is receiving increasingly widespread attention. We propose ShelfNet."})
    assert "widespread attention" not in {e["name"] for e in rec["methods"]}


def test_a_phrase_ends_before_according_to():
    rec = extract_record({"id": "a", "title": "Shelf Routers",
                          "abstract": "The router splits tokens via shelf-aware routing according to their scores."})
    names = {e["name"] for e in rec["methods"]}
    assert "shelf-aware routing" in names and not any("according" in n for n in names)


def test_a_word_about_a_name_or_a_compound_tail_does_not_narrow_a_known_kind():
    rec = extract_record({"id": "k", "title": "Shelf World Models",
                          "abstract": "World models predict shelves. Papers use the term world model loosely. We "
                                      "train a long-term world model for shelf planning."})
    assert not any(e["name"].startswith("term ") for e in rec["methods"])


def test_a_defined_title_case_way_to_optimize_is_a_method():
    rec = extract_record({"id": "o", "title": "Shelf Policies",
                          "abstract": "Prior agents rely on Shelf Score Optimization (SSO). We study shelf "
                                      "planning with SSO."})
    assert "SSO" in {e["name"] for e in rec["methods"]}


def test_a_serving_or_training_framework_is_software_not_a_method():
    rec = extract_record({"id": "s", "title": "Shelf Rollouts",
                          "abstract": "We run ShelfRL with SGLang as the inference engine and Megatron for training, "
                                      "and ShelfRL beats vLLM-based rollouts."})
    assert not {"SGLang", "Megatron"} & {e["name"] for e in rec["methods"]}


def test_units_and_serving_metrics_are_not_methods():
    rec = extract_record({"id": "u", "title": "Shelf Serving",
                          "abstract": "ShelfServe cuts TTFT by half and uses 3 mWh per query on an NPU, at 2x fewer "
                                      "isoFLOPs than ShelfBase."})
    assert not {"TTFT", "mWh", "NPU", "isoFLOPs"} & {e["name"] for e in rec["methods"]}


def test_a_name_before_generated_or_annotated_is_split_off():
    rec = extract_record({"id": "gg", "title": "Shelf Captions", "abstract": (
        "We train on GPT-4o-generated captions and BLIP-annotated shelves, and detect AI-generated text.")})
    names = set(_names(rec, "methods"))
    assert {"GPT-4o", "BLIP"} <= names
    assert not any(n.startswith("AI") for n in names)


def test_a_coined_name_joins_the_long_form_listed_with_it():
    rec = extract_record({"id": "dt", "title": "Shelf Video", "abstract": (
        "Shelf latents suit Diffusion Transformers. With DiT generators the shelves converge faster.")})
    methods = {e["name"]: e["aliases"] for e in rec["methods"]}
    assert len(methods) == 1 and "DiT" in [*methods, *next(iter(methods.values()))]


def test_sizes_sharing_a_model_name_are_one_model_each():
    rec = extract_record({"id": "sz", "title": "Shelf Agents", "abstract": (
        "Our recipe lifts Zorp-VL 4B/8B/30B-A3B and Llama 3 8B/70B, and GLM-4.5 Air, on shelf tasks.")})
    names = set(_names(rec, "methods"))
    assert {"Zorp-VL 4B", "Zorp-VL 8B", "Zorp-VL 30B-A3B", "Llama 3 8B", "Llama 3 70B", "GLM-4.5 Air"} <= names


def test_a_known_technique_is_found_in_its_other_spellings():
    rec = extract_record({"id": "sp", "title": "Shelf Tuning", "abstract": (
        "We apply supervised finetuning, then direct preference optimisation, to the shelf model.")})
    names = set(_names(rec, "methods"))
    assert {"supervised finetuning", "direct preference optimisation"} <= names


def test_a_lower_case_tier_word_stays_with_a_versioned_name():
    rec = extract_record({"id": "tr", "title": "Shelf Agents", "abstract": (
        "Baselines include Zorp-3 mini and Quux-2 nano on the shelf suite.")})
    assert {"Zorp-3 mini", "Quux-2 nano"} <= set(_names(rec, "methods"))


def test_task_model_loads_with_a_bias_weights_threshold_and_count():
    from kg.extract.components.task_model import extra_probability, load_task_model
    model = load_task_model()
    assert set(model) == {"bias", "weights", "threshold", "max_tasks"} and 0 < model["threshold"] < 1
    assert model["weights"] and model["max_tasks"] >= 4 and 0 < extra_probability([]) < 1


# a paper whose rules keep one task ("shelf segmentation") and leave one out ("shelf counting")
_SHELF_COUNTING = {"id": "tm", "title": "Depth Priors for Shelf Segmentation and Counting", "abstract": (
    "We study shelf segmentation with depth priors. The priors also help with shelf counting, as experiments show.")}


def _task_model_as(monkeypatch, bias, threshold=0.5, max_tasks=5, weights=None):
    """Replace the shipped task model with one giving every left-out phrase the probability of ``bias`` (plus the
    ``weights`` of its features)."""
    from kg.extract.components import task_model
    model = {"bias": bias, "weights": weights or {}, "threshold": threshold, "max_tasks": max_tasks}
    monkeypatch.setattr(task_model, "load_task_model", lambda: model)


def test_a_left_out_task_the_task_model_scores_high_is_kept(monkeypatch):
    paper = _SHELF_COUNTING
    assert _names(extract_record(paper), "tasks") == ["shelf segmentation", "shelf counting"]
    _task_model_as(monkeypatch, -5.0)
    assert _names(extract_record(paper), "tasks") == ["shelf segmentation"]


def test_title_phrases_no_rule_found_are_left_out_tasks_but_no_generic_terms(monkeypatch):
    _task_model_as(monkeypatch, 5.0)
    rec = extract_record({"id": "tp", "title": "ShelfGen: Price Tag Reading for Retail Shelf Monitoring",
                          "abstract": "We study price tag reading. Shelves are hard to read."})
    assert _names(rec, "tasks") == ["retail shelf monitoring", "price tag reading"]
    rec = extract_record({"id": "cv", "title": "Shelf Gap Detection for Computer Vision",
                          "abstract": "We study shelf gap detection. Shelves are hard to read."})
    assert "computer vision" not in [n.lower() for n in _names(rec, "tasks")]


def test_left_out_tasks_stop_at_the_models_count_and_skip_nested_ones(monkeypatch):
    paper = _SHELF_COUNTING
    _task_model_as(monkeypatch, 5.0, max_tasks=5)
    names = _names(extract_record(paper), "tasks")
    assert "shelf counting" in names and "counting" not in names  # "counting" runs inside a kept task
    _task_model_as(monkeypatch, 5.0, max_tasks=1)
    assert _names(extract_record(paper), "tasks") == ["shelf segmentation"]


def test_a_kind_of_tasks_named_before_tasks_is_a_left_out_task(monkeypatch):
    _task_model_as(monkeypatch, 5.0)
    rec = extract_record({"id": "kt", "title": "Depth Priors for Shelf Segmentation", "abstract": (
        "We study shelf segmentation with depth priors. The priors also transfer to multilingual tasks and to "
        "various tasks.")})
    names = _names(rec, "tasks")
    assert "multilingual tasks" in names and "various tasks" not in names


def test_a_goal_phrase_closing_a_for_clause_is_a_left_out_task(monkeypatch):
    paper = {"id": "pp", "title": "Depth Priors for Shelf Segmentation", "abstract": (
        "We study shelf segmentation with depth priors. The priors give a practical solution for planogram gap "
        "filling.")}
    _task_model_as(monkeypatch, 5.0)
    assert "planogram gap filling" in _names(extract_record(paper), "tasks")
    _task_model_as(monkeypatch, -5.0)
    assert "planogram gap filling" not in _names(extract_record(paper), "tasks")


def test_a_phrase_listed_next_to_a_task_is_a_left_out_task(monkeypatch):
    _task_model_as(monkeypatch, 5.0)
    rec = extract_record({"id": "ts", "title": "Depth Priors for Shelf Segmentation",
                          "abstract": "Results on shelf segmentation and aisle cleaning are strong."})
    assert _names(rec, "tasks") == ["shelf segmentation", "aisle cleaning"]
    rec = extract_record({"id": "t3", "title": "Depth Priors for Shelf Segmentation",
                          "abstract": "We evaluate it on shelf segmentation, aisle cleaning and price reading."})
    assert _names(rec, "tasks") == ["shelf segmentation", "aisle cleaning", "price reading"]


def test_the_task_model_sees_a_left_out_phrase_listed_with_or_sharing_a_word_with_a_kept_task(monkeypatch):
    from kg.extract.components import task_model
    from kg.extract.pipeline import load_nlp, prepare_text
    monkeypatch.setattr(task_model, "COLLECT", True)
    text, *_ = prepare_text({"id": "lk", "title": "Depth Priors for Shelf Segmentation", "abstract": (
        "Results on shelf segmentation and aisle cleaning are strong. We then turn to shelf counting.")})
    feats = {e["key"]: e["_features"] for e in load_nlp()(text)._.kg_entities["_task_pool"]}
    assert "listed_with_kept" in feats["aisle cleaning"] and "modifier_kept" not in feats["aisle cleaning"]
    assert "modifier_kept" in feats["shelf counting"] and "listed_with_kept" not in feats["shelf counting"]


@pytest.mark.parametrize("abstract, task", [
    ("We study multi-hop QA over long clinical notes.", "multi-hop qa"),
    ("We study algorithmic trading with limit order books.", "algorithmic trading"),
    ("We study virtual try-on for loose garments.", "virtual try-on"),
    ("We study mathematical problem-solving in small models.", "mathematical problem-solving"),
])
def test_task_nouns_of_applications_head_task_phrases(abstract, task):
    rec = extract_record({"id": "th", "title": "An Empirical Study", "abstract": abstract})
    assert task in {t["name"].lower() for t in rec["tasks"]}


def test_a_qa_long_form_named_before_benchmark_stays_a_dataset():
    rec = extract_record({"id": "qb", "title": "Reading Shelves", "abstract": (
        "We build a Shelf Label Question-Answering (SLQA) benchmark of 4,000 photos. Models struggle on SLQA.")})
    assert "SLQA" in _names(rec, "datasets")


def test_a_specific_task_noun_alone_is_a_task():
    rec = extract_record({"id": "bt", "title": "An Empirical Study", "abstract": (
        "We revisit diffusion priors for outpainting and report results on three photo collections.")})
    assert "outpainting" in {t["name"].lower() for t in rec["tasks"]}


def test_author_names_of_a_citation_are_no_entities():
    rec = extract_record({"id": "ci", "title": "Olympiad Geometry Agents", "abstract": (
        "We compare our prover against Gemini Deep Think (Varga and Holloway, 2025) and GPT-5 (Pel et al., 2024) "
        "on olympiad problems.")})
    names = set(_names(rec, "methods")) | set(_names(rec, "datasets"))
    assert not names & {"Varga", "Holloway", "Pel"}
    assert {"Gemini Deep Think", "GPT-5"} <= names


@pytest.mark.parametrize("task", ["deep research", "robotic grasping", "computer use", "image vectorization",
                                  "teleoperation"])
def test_a_curated_task_of_recent_work_is_a_task(task):
    rec = extract_record({"id": "ct", "title": "Plumb: small agents that read slowly", "abstract": (
        f"We revisit {task} with a small recurrent planner and report results on three in-house suites.")})
    assert entity_key(task) in _forms(rec, "tasks")


@pytest.mark.parametrize("task", ["agentic coding", "multilingual embedding", "autoregressive video generation",
                                  "paper reproduction", "surface normal estimation"])
def test_a_curated_task_of_the_fourth_round_is_a_task(task):
    rec = extract_record({"id": "c4", "title": "Plumb: small agents that read slowly", "abstract": (
        f"We revisit {task} with a small recurrent planner and report results on three in-house suites.")})
    assert entity_key(task) in _forms(rec, "tasks")


def test_the_task_model_sees_a_left_out_phrase_that_is_a_kind_of_a_known_task(monkeypatch):
    paper = {"id": "kk", "title": "Hand Graphs for Image Classification", "abstract": (
        "We study image classification with graphs. Unlike sheep pose estimation or shelf counting, it needs no "
        "labels.")}  # "sheep pose estimation" ends in a known task; the contrast leaves it out of the rules' tasks
    for weights, added in (({}, False), ({"known_kind": 10.0}, True)):
        _task_model_as(monkeypatch, -5.0, weights=weights)
        assert ("sheep pose estimation" in _names(extract_record(paper), "tasks")) is added


def test_a_kept_task_the_title_writes_after_kind_words_is_named_by_the_longer_phrase():
    abstract = "We study face swapping of store shelves with depth priors."
    rec = extract_record({"id": "tv", "title": "Shelf Face Swapping with Depth Priors", "abstract": abstract})
    tasks = {t["name"]: t for t in rec["tasks"]}
    assert tasks["shelf face swapping"]["aliases"] == ["face swapping"]
    # the abstract's shorter mention stays a mention of the task
    assert [m["text"] for m in tasks["shelf face swapping"]["mentions"]] == ["Shelf Face Swapping", "face swapping"]
    rec = extract_record({"id": "tw", "title": "Priors Improve Face Swapping", "abstract": abstract})
    assert "face swapping" in _names(rec, "tasks") and "priors improve face swapping" not in _names(rec, "tasks")
    # the title's means ("via X") is not renamed into the task
    rec = extract_record({"id": "tx", "title": "Shelf Restoration via Hierarchical Face Swapping",
                          "abstract": abstract})
    assert "hierarchical face swapping" not in _names(rec, "tasks")


def test_a_lower_case_size_word_before_model_is_no_part_of_the_name():
    rec = extract_record({"id": "sz", "title": "Upgrading a Base Model",
                          "abstract": "We upgrade the Zorb-2.0 base model with sparse experts and compare it with "
                                      "Quillo-7B large checkpoints."})
    assert {"Zorb-2.0", "Quillo-7B"} <= set(_names(rec, "methods"))
    assert not {"Zorb-2.0 base", "Quillo-7B large"} & set(_names(rec, "methods"))
    # a version written with a digit is part of the name even before "models"
    rec = extract_record({"id": "sz2", "title": "Memorization Probes",
                          "abstract": "Applied to the ZorbLM 4o models, our probe finds memorized passages."})
    assert "ZorbLM 4o" in _names(rec, "methods")


def test_a_benchmark_name_with_a_spaced_release_is_a_dataset():
    rec = extract_record({"id": "bv", "title": "Agents in Terminals",
                          "abstract": "Zorp-Bench 2.0 results show that our agent improves the pass rate of GPT-4o "
                                      "from 40% to 52%."})
    assert "Zorp-Bench 2.0" in _names(rec, "datasets")
    assert "Zorp-Bench 2.0" not in _names(rec, "methods")


def test_a_score_named_metric_is_no_method_unless_proposed():
    used = extract_record({"id": "sc1", "title": "Better Image Generation",
                           "abstract": "We fine-tune Stable Diffusion and report FooCLIPScore and ZorbScore on "
                                       "generated images."})
    assert not {"FooCLIPScore", "ZorbScore"} & set(_names(used, "methods"))
    own = extract_record({"id": "sc2", "title": "ZorbScore: A Learned Metric for Image Generation",
                          "abstract": "We propose ZorbScore, a learned metric that agrees with human judgments."})
    assert _proposed(own, "methods", "datasets").get("ZorbScore") is True
    model = extract_record({"id": "sc3", "title": "Judging 3D Assets",
                            "abstract": "We collect human votes and train a CLIP-based scoring model, Zorb-Score, "
                                        "and an MLLM-based evaluator on them."})
    assert "Zorb-Score" in _names(model, "methods")


def test_databases_and_hardware_boards_are_no_methods():
    rec = extract_record({"id": "db", "title": "Edge Monitoring",
                          "abstract": "Readings from an ESP32 board are stored in PostgreSQL and Neo4j, and a "
                                      "Transformer forecasts the load."})
    assert not {"ESP32", "PostgreSQL", "Neo4j"} & set(_names(rec, "methods"))
    assert "Transformer" in _names(rec, "methods")


def test_a_draft_model_is_a_role_not_a_method():
    rec = extract_record({"id": "dm", "title": "Faster Speculative Sampling with Tree Drafts",
                          "abstract": "Speculative decoding lets a small draft model propose tokens that a larger "
                                      "target model verifies. We propose TreeSpec, which trains draft models with a "
                                      "tree-structured objective and outperforms Medusa."})
    names = set(_names(rec, "methods"))
    assert "draft model" not in names
    assert {"speculative decoding", "TreeSpec", "Medusa"} <= names


def test_a_technique_family_goes_when_an_acronyms_long_form_names_its_kind():
    rec = extract_record({"id": "kd", "title": "Compressing Speculative Drafters",
                          "abstract": "Knowledge Distillation (KD) aligns a drafter with its target model. We "
                                      "propose SlimKD, which filters hard tokens before the distillation of the "
                                      "drafter, and outperforms DistillSpec."})
    assert "distillation" not in _names(rec, "methods")
    assert {"KD", "SlimKD", "DistillSpec"} <= set(_names(rec, "methods"))


def test_attention_stays_beside_its_acronym_kind_only_as_the_standard_design():
    def methods(abstract):
        return _names(extract_record({"id": "sa", "title": "Shelf Transformers", "abstract": abstract}), "methods")
    assert "attention" in methods("We propose Shelf Sparse Attention (SSA), which runs faster than standard "
                                  "attention on long inputs.")
    assert "attention" not in methods("We propose Shelf Sparse Attention (SSA), which reweights attention over "
                                      "long inputs.")


def test_spelled_out_metrics_standards_and_human_interactions_are_no_methods():
    rec = extract_record({"id": "ms", "title": "Faster Sampling for Agents",
                          "abstract": "Our sampler cuts the Number of Function Evaluations (NFE) and the Maximum "
                                      "Drawdown (MDD) of the portfolio. Tools follow the Model Context Protocol "
                                      "(MCP), and human-object interaction (HOI) clips are rendered with a "
                                      "Diffusion Transformer (DiT)."})
    names = set(_names(rec, "methods"))
    assert not {"NFE", "MDD", "MCP", "HOI", "Model Context Protocol", "Number of Function Evaluations"} & names
    assert "DiT" in names


def test_spelled_out_measures_rates_and_returns_are_no_methods_even_when_introduced():
    rec = extract_record({"id": "mr", "title": "Faster Trading Agents",
                          "abstract": "We introduce the Quill Stability Score (QSS) and the Blended Drift Performance "
                                      "(BDP) to rate agents. We also propose ZANDER (Zonal Agreement, Novelty and "
                                      "Drift Error Rate). Our planner raises the Tokens Per Forward pass (TPF) and the "
                                      "Annualized Rate of Return (ARR) with a Diffusion Transformer (DiT)."})
    names = set(_names(rec, "methods"))
    assert not {"QSS", "BDP", "Blended Drift Performance", "ZANDER", "TPF", "ARR"} & names
    assert "DiT" in names


def test_a_method_word_phrase_inside_a_metric_written_after_its_acronym_is_no_method():
    rec = extract_record({"id": "qr", "title": "Grounded Captions",
                          "abstract": "We introduce ZQAR (Zonal-to-Quill Attention Contribution Ratio), a novel "
                                      "metric of grounding, and test it with our CapNet."})
    names = set(_names(rec, "methods"))
    assert not {"ZQAR", "Zonal-to-Quill Attention"} & names
    assert "CapNet" in names


def test_a_technique_named_one_thing_per_another_is_no_rate():
    rec = extract_record({"id": "rt", "title": "Dense Rewards",
                          "abstract": "We propose Gain Per Step Optimization (GPSO), a new alignment method, and "
                                      "raise the Frames Per Second (FPS)."})
    assert _proposed(rec, "methods").get("GPSO") is True
    assert "FPS" not in set(_names(rec, "methods"))


def test_a_backronym_whose_clause_carries_the_metric_word_stays_a_method():
    rec = extract_record({"id": "bc", "title": "Fast Ranking",
                          "abstract": "We propose PRAXIS (PRedict And eXplain wIth Scores), a fast ranker."})
    assert _proposed(rec, "methods").get("PRAXIS") is True


def test_terrain_rasters_syntax_trees_stains_notations_fields_and_frameworks_are_no_methods():
    rec = extract_record({"id": "tr", "title": "Mapping Valleys",
                          "abstract": "A Digital Elevation Model (DEM), a Digital Surface Model (DSM), Abstract Syntax "
                                      "Trees (ASTs) and Immunohistochemistry (IHC) slides feed our VelloNet, "
                                      "written in PaddlePaddle. Molecules are given as SMILES strings; AI4Science "
                                      "and GeoAI benefit. Runs where the Drift Criteria (DC) hold are kept."})
    names = set(_names(rec, "methods"))
    assert not {"DEM", "DSM", "AST", "IHC", "PaddlePaddle", "SMILES", "AI4Science", "GeoAI", "DC"} & names
    assert "VelloNet" in names


def test_variant_error_rates_formats_licenses_and_based_modifiers_are_no_methods():
    rec = extract_record({"id": "vr", "title": "Meeting Transcription",
                          "abstract": "Our TalkNet lowers tcpWER and Chamfer-L2 at 4 NFEs, trained E2E; the demo is "
                                      "HTML/CSS and the code is under the GNU AGPL v3 license. Existing large language "
                                      "model-based (LLM-based) pipelines lack Crash Fault Tolerance (CFT)."})
    names = set(_names(rec, "methods"))
    assert not {"tcpWER", "Chamfer-L2", "NFE", "E2E", "CSS", "AGPL", "AGPL v3", "LLM-based", "CFT",
                "large language model-based"} & names
    assert "TalkNet" in names


def test_a_condition_or_kind_of_data_after_a_preposition_in_a_proposal_is_no_method():
    rec = extract_record({"id": "pp", "title": "Staging Tumours",
                          "abstract": "We develop VelloNet, a pipeline for staging of basal cell carcinoma (BCC) from "
                                      "whole-slide images (WSIs), and we introduce Lymph Tissue (LT), a module."})
    names = set(_names(rec, "methods"))
    assert not {"BCC", "WSI", "WSIs"} & names
    assert {"VelloNet", "LT"} <= names  # the object of "we introduce" is the authors' own


def test_model_classes_narrowed_to_a_modality_or_domain_are_generic():
    rec = extract_record({"id": "mc", "title": "Probing Model Classes",
                          "abstract": "We probe 3D Foundation Models (3DFMs), Code Language Models (CLMs), "
                                      "Omni-modal Large Language Models (OLLMs) and Speech-Aware Large Language "
                                      "Models (SALLMs) with a Diffusion Transformer (DiT)."})
    names = set(_names(rec, "methods"))
    assert not {"3DFM", "CLM", "OLLM", "SALLM", "3DFMs", "CLMs", "OLLMs", "SALLMs"} & names
    assert "DiT" in names


def test_number_formats_bit_widths_and_degrees_of_freedom_are_no_methods():
    rec = extract_record({"id": "nf", "title": "Quantizing Grasp Policies",
                          "abstract": "We quantize GraspFormer to W4A8 and NVFP4 with GPTQ and predict 6DoF poses; "
                                      "an MXFP8 variant is also reported."})
    names = set(_names(rec, "methods"))
    assert not {"W4A8", "NVFP4", "6DoF", "MXFP8"} & names
    assert {"GraspFormer", "GPTQ"} <= names


@pytest.mark.parametrize("sentence", ["We propose the Zorb Handshake Protocol (ZHP) to let agents share tools.",
                                      "In this paper, the Zorb Handshake Protocol (ZHP) is introduced to let agents "
                                      "share tools."])
def test_a_protocol_the_paper_proposes_stays_a_method(sentence):
    rec = extract_record({"id": "pp", "title": "Tool Sharing for Agents", "abstract": sentence})
    assert _proposed(rec, "methods").get("ZHP") is True


def test_a_capitalised_generic_word_makes_no_named_variant():
    rec = extract_record({"id": "gv", "title": "Better Policy Optimization",
                          "abstract": "We study reasoning models. Our sampler converges faster than Standard GRPO "
                                      "and Vanilla GRPO, which treat every prompt alike."})
    names = set(_names(rec, "methods"))
    assert not {"Standard GRPO", "Vanilla GRPO"} & names
    assert "GRPO" in names


def test_spelled_out_experiences_abilities_and_body_fluids_are_no_methods():
    rec = extract_record({"id": "th", "title": "Assisted Driving Interfaces",
                          "abstract": "We measure the User Experience (UX) and the lane-keeping ability (LK) of "
                                      "drivers, and cerebrospinal fluid (CSF) markers, with a Vision Transformer "
                                      "(ViT)."})
    names = set(_names(rec, "methods"))
    assert not {"UX", "LK", "CSF"} & names
    assert "ViT" in names


def test_remote_sensing_is_a_field_not_a_method():
    rec = extract_record({"id": "rs", "title": "Cloud Removal for Satellite Images",
                          "abstract": "Remote Sensing (RS) imagery is often covered by clouds. We train a U-Net "
                                      "to remove them."})
    assert "RS" not in _names(rec, "methods")
    assert "remote sensing" not in _names(rec, "tasks")
    assert "U-Net" in _names(rec, "methods")


def test_computing_fields_and_spelled_out_processors_are_no_methods():
    rec = extract_record({"id": "hw", "title": "Fast Inference at the Edge",
                          "abstract": "Edge Computing and the Internet of Things need small models. We run a "
                                      "MobileNet on a Graphics Processing Unit and compare it with an LSTM."})
    names = set(_names(rec, "methods"))
    assert not {"Edge Computing", "Internet of Thing", "Internet of Things", "Graphics Processing Unit"} & names
    assert {"MobileNet", "LSTM"} <= names


def test_a_capitalised_technical_word_in_a_list_is_no_method():
    rec = extract_record({"id": "lm", "title": "Robust Denoisers",
                          "abstract": "The gain holds for every noise type -- Gaussian, Uniform, Dropout, and "
                                      "Salt-and-pepper -- and for the models Zorblax, Quenta and Mirelle."})
    names = set(_names(rec, "methods"))
    assert not {"Gaussian", "Uniform"} & names


@pytest.mark.parametrize("phrase", ["has been gaining attention", "attracts unprecedented attention",
                                    "draw disproportionate attention"])
def test_attention_as_the_english_word_is_no_method(phrase):
    rec = extract_record({"id": "at", "title": "Agent Memory",
                          "abstract": f"Agent memory {phrase}. We build a retriever with a Transformer."})
    assert "attention" not in [n.lower() for n in _names(rec, "methods")]


def test_a_name_in_brackets_after_the_records_it_holds_is_a_dataset():
    rec = extract_record({"id": "rb", "title": "Compressing Turbulence",
                          "abstract": "We validate our codec on fluid simulations and on natural face videos "
                                      "(ZorbV-HQ), where it beats a VAE."})
    assert "ZorbV-HQ" in _names(rec, "datasets")
    assert "ZorbV-HQ" not in _names(rec, "methods")


def test_a_known_technique_written_with_a_hyphenated_modifier_is_found_whole():
    rec = extract_record({"id": "hm", "title": "Gloop: shelf scans", "abstract": (
        "Gloop encodes shelf labels with byte-pair encoding, retrieves them by nearest-neighbor search and is "
        "regularized by a reverse-KL divergence.")})
    names = set(_names(rec, "methods"))
    assert {"byte-pair encoding", "nearest-neighbor search", "reverse-KL divergence"} <= names
    assert "reverse-KL" not in names


def test_a_known_task_written_with_a_hyphenated_modifier_is_found():
    rec = extract_record({"id": "ht", "title": "Gloop: shelf sales",
                          "abstract": ("Gloop is a time-series forecasting model for shelf sales that "
                                       "outperforms ARIMA.")})
    tasks = {t["name"]: {m["rule"] for m in t["mentions"]} for t in rec["tasks"]}
    assert tasks.get("time-series forecasting") == {"gazetteer"}  # the curated task, not the bare head "forecasting"


def test_a_one_letter_variant_after_a_slash_stays_in_the_benchmark_name():
    rec = extract_record({"id": "rc", "title": "Referring Segmentation",
                          "abstract": "Our model sets new results on ZorbRef/+/g and on the Quillo-5K benchmark."})
    assert "ZorbRef/+/g" in _names(rec, "datasets")


def test_a_generic_word_that_opens_published_names_still_makes_a_variant():
    rec = extract_record({"id": "nv", "title": "Tracking Boats",
                          "abstract": "We compare BoT-SORT, Deep OC-SORT and our tracker on harbour videos, and "
                                      "Standard OC-SORT fails on occlusions."})
    assert "Deep OC-SORT" in _names(rec, "methods")
    assert "Standard OC-SORT" not in _names(rec, "methods")


def test_a_simulator_the_curated_datasets_hold_stays_a_dataset_despite_its_mined_method_page():
    rec = extract_record({"id": "sim", "title": "Driving with Glimmer",
                          "abstract": "We train Glimmer, a driving policy, and evaluate it in CARLA, where it "
                                      "completes more routes than a PPO baseline."})
    assert "CARLA" in _names(rec, "datasets")
    assert "CARLA" not in _names(rec, "methods")


def test_a_known_name_presented_as_the_first_of_its_kind_is_proposed():
    # the paper that introduced a now well-known benchmark: the list holds the paper's own name
    own = extract_record({"id": "fk1", "title": "Urban Driving Research",
                          "abstract": "We present CARLA, the first open simulator for urban driving research. "
                                      "Agents trained in it transfer to new towns."})
    assert _proposed(own, "methods", "datasets").get("CARLA") is True
    used = extract_record({"id": "fk2", "title": "Urban Driving Research",
                           "abstract": "We present Glimmer, a driving policy. We evaluate it in CARLA, the first "
                                       "open simulator for urban driving."})
    assert _proposed(used, "methods", "datasets").get("CARLA") is False


def test_a_known_dataset_written_as_one_hyphenated_word_is_found_but_not_the_lower_case_idiom():
    rec = extract_record({"id": "nh1", "title": "Long Contexts for Readers",
                          "abstract": "Our reader scores 98% on Needle-In-A-Haystack and improves on "
                                      "Big-Bench-Hard, turning a needle-in-a-haystack search into a lookup."})
    assert {"needle in a haystack", "big bench hard"} <= _forms(rec, "datasets")
    assert all(e["name"] != "needle-in-a-haystack" for e in rec["datasets"])


def test_gpu_model_names_are_neither_datasets_nor_methods():
    rec = extract_record({"id": "gpu1", "title": "Faster Kernels",
                          "abstract": "Our kernels run 17x faster on L40, 15x on H800 and 14x on H20 than the "
                                      "vendor library on KernelBench."})
    names = _names(rec, "datasets") + _names(rec, "methods")
    assert not {"L40", "H800", "H20"} & set(names)


def test_a_name_presented_as_an_arena_is_a_dataset():
    rec = extract_record({"id": "ar1", "title": "Red Teaming Agents at Scale",
                          "abstract": "We introduce Quorvex, an open-ended arena for scalable agent red teaming. "
                                      "Quorvex provides 5,000 stateful scenarios."})
    assert "Quorvex" in _names(rec, "datasets")
    assert "Quorvex" not in _names(rec, "methods")


def test_a_release_after_a_dataset_is_its_version_but_a_score_is_not():
    rec = extract_record({"id": "sv", "title": "Reading comprehension at scale",
                          "abstract": "We train on SQuAD 2.0 and reach an accuracy on SciFact 0.61 and a score on "
                                      "GLUE 84.3 higher than the previous best."})
    names = _names(rec, "datasets")
    assert {"SQuAD 2.0", "SciFact", "GLUE"} <= set(names), names
    assert not any("0.61" in n or "84.3" in n for n in names), names


def test_a_title_name_the_abstract_calls_a_benchmark_is_a_dataset():
    rec = extract_record({"id": "d14a", "title": "Harbor Lights: Can Agents Fix Bugs in Old Code?",
                          "abstract": ("We introduce Harbor Lights, a repository-level benchmark comprising 200 tasks "
                                       "from 50 repositories. Current agents solve few Harbor Lights tasks.")})
    assert "Harbor Lights" in _names(rec, "datasets")
    assert "Harbor Lights" not in _names(rec, "methods")


def test_a_title_name_presented_as_a_suite_of_methods_stays_a_method():
    rec = extract_record({"id": "d14b", "title": "Gradient Scope: token-level attributions in LLMs",
                          "abstract": ("We propose Gradient Scope, a suite of gradient-based, token-level "
                                       "attribution methods. Gradient Scope quantifies how input tokens matter.")})
    assert "Gradient Scope" in _names(rec, "methods")
    assert "Gradient Scope" not in _names(rec, "datasets")
    # a comma after a plural ends the suite's phrase: the models that follow are not what it holds
    rec = extract_record({"id": "d14e", "title": "Pond Hopper: Logic Puzzles for LLMs",
                          "abstract": ("We introduce Pond Hopper, a suite of 40 logic puzzles, evaluating 12 language "
                                       "models. Pond Hopper is hard.")})
    assert "Pond Hopper" in _names(rec, "datasets")
    assert "Pond Hopper" not in _names(rec, "methods")


def test_a_game_followed_by_a_participle_is_a_benchmark_environment():
    rec = extract_record({"id": "d14c", "title": "Pond Hopper: Emergent Cooperation in a Cooperative Game",
                          "abstract": ("We introduce Pond Hopper, a two-player cooperative game built on a novel "
                                       "mechanic. Pond Hopper requires two agents to cross a grid together.")})
    assert "Pond Hopper" in _names(rec, "datasets")


def test_an_eval_name_presented_as_a_judging_framework_is_a_method_but_a_bench_name_stays_data():
    rec = extract_record({"id": "d14d", "title": "Scoring Slide Videos with Vision-Language Judges",
                          "abstract": ("We introduce SlideEval, a unified assessment framework that scores videos "
                                       "across three dimensions. We also release SlideBench, an evaluation "
                                       "pipeline with 300 videos.")})
    assert "SlideEval" in _names(rec, "methods")
    assert "SlideBench" in _names(rec, "datasets")


def test_a_task_led_by_a_model_word_also_goes_by_its_core():
    rec = extract_record({"id": "t", "title": "Faster LLM Code Generation with Draft Trees", "abstract": (
        "LLM code generation is slow. We propose DraftTree, which speeds up LLM code generation by 2x.")})
    aliases = {e["name"]: e["aliases"] for e in rec["tasks"]}
    assert "code generation" in aliases["LLM code generation"]


def test_a_diffusion_models_denoising_step_is_not_a_task_but_denoising_of_a_signal_is():
    step = extract_record({"id": "d1", "title": "FooDiff: A Training-Free Sampler", "abstract": (
        "Existing samplers intervene during the denoising process. We propose FooDiff, which changes the denoising "
        "schedule and improves text-to-image generation.")})
    assert _names(step, "tasks") == ["text-to-image generation"]
    signal = extract_record({"id": "d2", "title": "FooNet: Robust Imaging", "abstract": (
        "Medical images are noisy. We propose FooNet, which improves ECG denoising and beats baselines on two "
        "benchmarks.")})
    assert _names(signal, "tasks") == ["ECG denoising"]


def test_a_task_written_after_a_provenance_or_level_word_keeps_its_core():
    rec = extract_record({"id": "q1", "title": "FooBench", "abstract": (
        "We evaluate basic table summarization with LLMs. FooBench improves accuracy on two benchmarks.")})
    assert _names(rec, "tasks") == ["table summarization"]
    rec = extract_record({"id": "q2", "title": "FooNet: Towards Open-Source Receipt Parsing", "abstract": (
        "We present FooNet for open-source receipt parsing. FooNet improves accuracy on two benchmarks.")})
    assert "receipt parsing" in _forms(rec, "tasks")


def test_capitalised_words_before_a_known_method_name_a_variant():
    rec = extract_record({"id": "v1", "title": "Shelf routing for warehouse robots",
                          "abstract": ("We propose ShelfBot, which we train with Staged Route-Aware GRPO to plan "
                                       "routes. Its encoder is a Sparse 3D VQ-VAE, compared with a Stable "
                                       "Diffusion U-Net and a Graph Transformer.")})
    names = set(_names(rec, "methods"))
    # several capitalised or hyphenated words before a known name: the written name of a variant
    assert {"Staged Route-Aware GRPO", "Sparse 3D VQ-VAE", "Graph Transformer"} <= names
    assert not {"GRPO", "VQ-VAE", "Route-Aware GRPO"} & names
    # two known names side by side stay two names
    assert {"Stable Diffusion", "U-Net"} <= names
    assert "Stable Diffusion U-Net" not in names


def test_a_coined_variant_of_a_known_method_can_be_proposed_and_spelled_by_its_acronym():
    rec = extract_record({"id": "v2", "title": "Routing shelves",
                          "abstract": ("We propose Dynamic-Capacity Mixture-of-Experts layers for routing. We "
                                       "then formulate a Route-Aware Group Relative Policy Optimization, RAGRPO, "
                                       "objective, and compare with a Vision Mamba.")})
    proposed = _proposed(rec, "methods")
    assert proposed["Dynamic-Capacity Mixture-of-Experts"] is True
    assert proposed["Vision Mamba"] is False
    # the long form and the acronym it spells are one entity
    assert [sorted([e["name"], *e["aliases"]]) for e in rec["methods"] if "RAGRPO" in [e["name"], *e["aliases"]]] \
        == [["RAGRPO", "Route-Aware Group Relative Policy Optimization"]]


def test_a_coined_variant_used_after_the_proposal_is_the_papers_own_part():
    rec = extract_record({"id": "v3", "title": "Shelf routing",
                          "abstract": ("We propose ShelfBot, a routing agent. ShelfBot is trained with "
                                       "Route-Discounted GRPO to plan paths, and compared with Vanilla PPO. "
                                       "We further introduce Spatially Gated Attention for the map encoder.")})
    proposed = _proposed(rec, "methods")
    assert proposed["Route-Discounted GRPO"] is True
    assert proposed["Spatially Gated Attention"] is True
    assert proposed.get("PPO") is False


def test_a_verb_after_a_design_noun_ends_a_task_phrase():
    # "a pipeline combining ...": the -ing verb opens a clause on what the design does; the task runs after it
    rec = extract_record({"id": "dc1", "title": "Faster Shelf Audits",
                          "abstract": ("We build an annotation pipeline combining shelf gap detection with manual "
                                       "review. The pipeline reaches high recall on shelf gap detection.")})
    assert "shelf gap detection" in _forms(rec, "tasks")
    assert not any("combining" in f for f in _forms(rec, "tasks"))
    # a compound noun led by a gerund stays whole: "autonomous driving scene reconstruction"
    rec = extract_record({"id": "dc2", "title": "Street Scenes",
                          "abstract": "We study autonomous driving scene reconstruction from sparse cameras."})
    assert "autonomous driving scene reconstruction" in _forms(rec, "tasks")


def test_a_word_after_a_subject_pronoun_or_modal_is_a_verb_not_a_task_modifier():
    rec = extract_record({"id": "vs1", "title": "Shelf Audits at Scale",
                          "abstract": ("We formulate shelf gap detection as a ranking problem. Glare can impair "
                                       "price tag recognition, so we add a polarising filter.")})
    forms = _forms(rec, "tasks")
    assert "shelf gap detection" in forms
    assert not any(f.startswith(("formulate", "impair")) for f in forms)


def test_it_after_a_verb_is_an_object_so_the_task_after_it_keeps_its_modifier():
    rec = extract_record({"id": "vs2", "title": "Shelf Audits at Scale",
                          "abstract": ("We call it shelf gap detection and solve it with a ranking model. The "
                                       "privacy rules for training on it mandate shelf photo synthesis.")})
    forms = _forms(rec, "tasks")
    assert "shelf gap detection" in forms
    assert not any(f.startswith("mandate") for f in forms)  # after a preposition, "it" is followed by a verb


def test_a_modality_pair_defined_with_an_acronym_before_a_task_word_is_a_task():
    rec = extract_record({"id": "mp1", "title": "Judging Judges",
                          "abstract": ("Judges are used to score outputs of sketch-to-image (S2I) tasks. We find "
                                       "they prefer saturated colours.")})
    assert "sketch to image" in _forms(rec, "tasks")


def test_the_tail_of_a_compound_split_at_a_name_does_not_lead_a_task():
    rec = extract_record({"id": "ct1", "title": "Shelf Retrieval",
                          "abstract": ("We study CLIP-style shelf image retrieval for grocery stores. Our model "
                                       "improves shelf image retrieval on two benchmarks.")})
    forms = _forms(rec, "tasks")
    assert "shelf image retrieval" in forms
    assert not any(f.startswith("style") for f in forms)


def test_the_core_of_a_problem_is_not_the_work_so_its_name_is_not_proposed():
    rec = extract_record({"id": "c2", "title": "Shelf reasoning for retail robots",
                          "abstract": ("At the heart of the issue lies Shelf Drift Forgetting (SDF). We propose "
                                       "ShelfMind to fix it.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("SDF") is not True
    assert proposed["ShelfMind"] is True


def test_a_novel_apposition_that_names_another_thing_does_not_flag_the_acronym_before_it():
    rec = extract_record({"id": "na", "title": "Shelf Clusters",
                          "abstract": ("By measuring clusters in terms of shelf mutual information (SMI), a new "
                                       "training method called SMIM is proposed. Quill Relay Learning (QRL), a novel "
                                       "strategy, is also given.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("SMI") is not True
    assert proposed["SMIM"] is True
    assert proposed["QRL"] is True


def test_the_part_a_sentence_calls_the_core_of_the_work_is_proposed():
    rec = extract_record({"id": "c1", "title": "Shelf reasoning for retail robots",
                          "abstract": ("Retail robots misplace goods. At its core lies the Quill Relay Encoder (QRE), "
                                       "which maps shelf images to tokens. The core component of ShelfMind is the "
                                       "Aisle Memory Bank (AMB), which stores past visits. We compare with "
                                       "ResNet-50.")})
    proposed = _proposed(rec, "methods")
    assert proposed["QRE"] is True
    assert proposed["AMB"] is True
    assert proposed["ResNet-50"] is False


def test_a_defined_acronym_described_as_novel_after_its_bracket_is_proposed():
    rec = extract_record({"id": "c2", "title": "Shelf planning for retail robots",
                          "abstract": ("ShelfBot is trained with supervised fine-tuning and then optimized by "
                                       "Parallel Aisle Search (PAS), a novel strategy that rewards short routes.")})
    assert _proposed(rec, "methods")["PAS"] is True


def test_an_acronym_defined_as_how_the_model_is_trained_is_proposed():
    rec = extract_record({"id": "c3", "title": "Shelf scoring with a student model",
                          "abstract": ("The teacher is trained with Quill Relay Score Optimization (QRSO), and the "
                                       "student is trained with Direct Preference Optimization (DPO) on shelf "
                                       "images.")})
    proposed = _proposed(rec, "methods")
    assert proposed["QRSO"] is True
    assert proposed["DPO"] is False


def test_a_hosting_participle_or_a_backbone_size_before_a_known_method_names_no_variant():
    rec = extract_record({"id": "v4", "title": "Shelf routing", "abstract": (
        "We propose ShelfBot, a routing agent. Its answers are judged by Azure-hosted GPT-4o, and its map is read by "
        "a Swin-Base Mask2Former.")})
    names = set(_names(rec, "methods"))
    assert {"GPT-4o", "Mask2Former"} <= names
    assert not {"Azure-hosted GPT-4o", "Swin-Base Mask2Former"} & names


def test_a_coined_variant_the_paper_compares_with_is_not_its_own():
    rec = extract_record({"id": "v5", "title": "Shelf routing", "abstract": (
        "We propose ShelfBot, a routing agent. ShelfBot outperforms Route-Aware GRPO on two benchmarks, and it is "
        "trained with Length-Penalized DPO.")})
    proposed = _proposed(rec, "methods")
    assert proposed["Route-Aware GRPO"] is False
    assert proposed["Length-Penalized DPO"] is True


def test_a_coined_variant_given_as_an_example_is_not_its_own():
    rec = extract_record({"id": "v6", "title": "Shelf routing", "abstract": (
        "We propose ShelfBot, a routing agent. Prompting tricks such as Few-shot CoT help it little, while training "
        "with Length-Penalized DPO helps.")})
    proposed = _proposed(rec, "methods")
    assert proposed["Few-shot CoT"] is False
    assert proposed["Length-Penalized DPO"] is True


def test_a_known_dataset_acronym_spelled_out_as_a_device_is_a_method():
    rec = extract_record({"id": "a9", "title": "Feature compression", "abstract": (
        "We propose a compression framework. At its core, the Arbitrary Ratio Compressor (ARC) is an "
        "auto-regressive model. We evaluate it on COCO.")})
    assert "ARC" in _names(rec, "methods")
    assert "ARC" not in _names(rec, "datasets")


def test_a_title_verb_written_after_a_determiner_is_a_noun_and_keeps_its_task_whole():
    rec = extract_record({"id": "t3", "title": "Scaling Laws for Shelf Routing", "abstract": (
        "We fit scaling laws of routing agents. Our scaling law analysis covers 40 agents.")})
    aliases = {e["name"]: e["aliases"] for e in rec["tasks"]}
    assert aliases["scaling law analysis"] == []


def test_a_coined_variants_long_form_joins_the_mixed_case_acronym_it_spells():
    title = "RouGDPO: Route-Aware Groupwise Direct Preference Optimization"
    rec = extract_record({"id": "v6", "title": title, "abstract": (
        "Shelf routing is hard. We first collect a training dataset, ShelfSet-10K. Then we formulate a principled "
        "Route-aware Groupwise Direct Preference Optimization, RouGDPO, framework that builds upon the Bradley-Terry "
        "model.")})
    assert [sorted([e["name"], *e["aliases"]]) for e in rec["methods"] if "RouGDPO" in [e["name"], *e["aliases"]]] \
        == [["RouGDPO", "Route-aware Groupwise Direct Preference Optimization"]]


def test_a_coined_variant_is_no_known_name_for_the_proposal_cues():
    rec = extract_record({"id": "v7", "title": "Shelf routing", "abstract": (
        "Existing agents plan poorly. To this end, we use a novel Route-Aware GRPO objective to train them.")})
    assert _proposed(rec, "methods")["Route-Aware GRPO"] is True


def test_a_one_word_known_name_before_a_kind_word_is_one_known_name_not_the_papers_own():
    rec = extract_record({"id": "v8", "title": "Shelf routing", "abstract": (
        "We propose ShelfBot, a routing agent. Our approach combines a ResNet encoder and a Perceiver Transformer "
        "for action prediction.")})
    assert _proposed(rec, "methods")["Perceiver Transformer"] is False


def test_capitalised_role_nouns_after_the_proposal_are_the_systems_own_agents():
    rec = extract_record({"id": "r1", "title": "Shelf repair", "abstract": (
        "We propose ShelfFix, a two-stage repair framework. First, a Questioner and an Answerer collaborate to map "
        "the repository; then the Resolver writes the patch. A Teacher model guides them, and the agents take roles "
        "(e.g., Planner, Critic).")})
    proposed = _proposed(rec, "methods")
    assert proposed["Questioner"] is True and proposed["Answerer"] is True and proposed["Resolver"] is True
    assert not {"Teacher", "Planner", "Critic"} & set(_names(rec, "methods"))


def test_capitalised_roles_of_a_task_the_paper_defines_are_not_its_own_agents():
    rec = extract_record({"id": "r3", "title": "ShelfTalk: Shelf Restocking by Dialog", "abstract": (
        "We introduce ShelfTalk, a new restocking dialog task, where a Worker robot and a remote "
        "Supervisor talk to refill a shelf. The Supervisor sees the store map and the Worker sees the shelf.")})
    proposed = _proposed(rec, "methods")
    assert not proposed.get("Worker") and not proposed.get("Supervisor")


def test_capitalised_role_nouns_of_a_surveyed_system_are_no_methods():
    rec = extract_record({"id": "r2", "title": "Agent stacks", "abstract": (
        "Agent stacks are moving toward hierarchical deployments with a Planner, a Coordinator and an Executor.")})
    assert not {"Planner", "Coordinator", "Executor"} & set(_names(rec, "methods"))


def test_module_described_by_two_words_is_kept_when_written_once():
    rec = extract_record({"id": "mod", "title": "Sharper radar maps",
                          "abstract": "Our network first denoises each sweep. A clutter suppression module then "
                                      "removes static echoes, and the maps are fused."})
    names = {m["name"] for m in rec["methods"]}
    assert "clutter suppression module" in names
    # a shorter one ("a fusion module") still needs more evidence than one mention
    rec = extract_record({"id": "mod2", "title": "Sharper radar maps",
                          "abstract": "Our network first denoises each sweep. A fusion module then merges them."})
    assert "fusion module" not in {m["name"] for m in rec["methods"]}
    # nor one that says what a named method serves as
    rec = extract_record({"id": "mod3", "title": "Sharper radar maps",
                          "abstract": "We test RadNet as a clutter suppression module for sweeps."})
    assert "clutter suppression module" not in {m["name"] for m in rec["methods"]}
    # nor one that says what a named method is
    rec = extract_record({"id": "mod4", "title": "Sharper radar maps",
                          "abstract": "We present RadNet, a plug-and-play clutter suppression module for sweeps."})
    assert "clutter suppression module" not in {m["name"] for m in rec["methods"]}


def test_variants_of_the_own_name_are_their_own_entities():
    rec = extract_record({"id": "own1", "title": "Birchwood: Open Recipes for Tool Agents", "abstract": (
        "We present Birchwood, an open suite of agent recipes. Birchwood-Web browses shops. Birchwood-Pad edits "
        "documents and Birchwood-Style prompts change nothing.")})
    proposed = {name for name, flag in _proposed(rec, "methods", "datasets").items() if flag}
    assert {"Birchwood", "Birchwood-Web", "Birchwood-Pad"} <= proposed
    assert "Birchwood-Style" not in proposed
    # an own name written with its size is that release
    rec = extract_record({"id": "own2", "title": "Quillon 1.5B: A Small Model for Legal Text", "abstract": (
        "We introduce Quillon, a small language model. Quillon matches larger models on contract review.")})
    assert _proposed(rec, "methods").get("Quillon 1.5B")
    # two own names joined by a hyphen are no variant of either
    rec = extract_record({"id": "own3", "title": "Foreman: Teams of agents", "abstract": (
        "We propose Laborer, an executor that a planner directs in a Foreman-Laborer loop.")})
    assert "Foreman-Laborer" not in set(_names(rec, "methods"))


def test_two_lower_case_variants_of_the_own_name_are_kept():
    rec = extract_record({"id": "own4", "title": "Marlin: Long and Multi-view Driving Models", "abstract": (
        "We propose Marlin, a driving world model. Marlin-long rolls out long horizons and Marlin-mview renders "
        "many cameras.")})
    proposed = {name for name, flag in _proposed(rec, "methods", "datasets").items() if flag}
    assert {"Marlin-long", "Marlin-mview"} <= proposed
    # one such compound alone is more often a modifier
    rec = extract_record({"id": "own5", "title": "Marlin: Driving Models", "abstract": (
        "We propose Marlin, a driving world model. Marlin-long rollouts stay stable.")})
    assert "Marlin-long" not in set(_names(rec, "methods"))


def test_a_mined_method_entry_that_is_a_paper_title_is_not_matched_as_one_long_name():
    # methods_pwc.txt gives some methods' full names as their papers' titles ("Mamba: Linear-Time ...");
    # on that very paper the title must name the method, not be one
    rec = extract_record({"id": "m", "title": "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
                          "abstract": "We build a simple network without attention blocks (Mamba). Mamba is fast."})
    assert not any(":" in name for name in _names(rec, "methods"))
    assert _proposed(rec, "methods")["Mamba"] is True


def test_acronyms_of_diseases_anatomy_and_imaging_are_no_methods():
    rec = extract_record({"id": "clin1", "title": "Screening with graph networks", "abstract": (
        "Renal Papillary Necrosis (RPN) and chronic sialadenitis (CSA) are rare. We segment the inner glial membrane "
        "(IGM) in transvaginal ultrasound (TVUS) clips with a Graph Attention Network (GAT).")})
    methods = set(_names(rec, "methods"))
    assert not {"RPN", "CSA", "IGM", "TVUS"} & methods
    assert "GAT" in methods


def test_a_title_verb_leading_a_task_is_left_out_of_its_name():
    rec = extract_record({"id": "verb1", "title": "Learning Unpaired Leaf Deblurring with Wind Priors", "abstract": (
        "Leaf images blur in wind. We train a deblurring network on unpaired field photos.")})
    tasks = set(_names(rec, "tasks"))
    assert "unpaired leaf deblurring" in tasks
    assert not any(t.startswith("learning") for t in tasks)
    rec = extract_record({"id": "verb2", "title": "Scaling Trajectory Forecasting with Sparse Experts", "abstract": (
        "We present FooNet, a sparse mixture model. FooNet improves accuracy on two benchmarks.")})
    assert "trajectory forecasting" in set(_names(rec, "tasks"))
    assert entity_key("scaling trajectory forecasting") not in _forms(rec, "tasks")


def test_an_acronym_spelling_out_a_known_task_is_a_task():
    rec = extract_record({"id": "tacr1", "title": "Crowds and captions", "abstract": (
        "Text-Based Person Search (TBPS) finds a pedestrian from a description. Existing TBPS methods overfit. "
        "We fine-tune a ResNet-50 for it.")})
    assert "TBPS" not in set(_names(rec, "methods"))
    assert entity_key("TBPS") in _forms(rec, "tasks")
    # what the paper proposes under such a name stays its method
    rec = extract_record({"id": "tacr2", "title": "Shelf scaling", "abstract": (
        "We propose Shelf-Aware Test-Time Scaling (SA-TTS), which votes over samples.")})
    assert "SA-TTS" in set(_names(rec, "methods"))


def test_a_metric_acronym_with_its_variant_is_no_method():
    rec = extract_record({"id": "metv1", "title": "Report generation with retrieval", "abstract": (
        "We fine-tune BioGPT for chest report generation. Our model improves the LeafGraph F1 metric by 3 points, "
        "reaches the best CIDEr-D score and an AUC-ROC of 0.91, and lowers the GIoU loss.")})
    methods = set(_names(rec, "methods"))
    assert not {"LeafGraph F1", "CIDEr-D", "AUC-ROC"} & methods
    assert "BioGPT" in methods


def test_a_capitalised_name_ending_in_s_is_kept_as_written():
    rec = extract_record({"id": "sname1", "title": "Tiny readers", "abstract": (
        "We propose Quills, a reading agent built on Transformers. Quills beats prior agents.")})
    methods = set(_names(rec, "methods"))
    assert "Quills" in methods and "Quill" not in methods
    assert "Transformer" in methods


def test_a_capitalised_name_joining_two_steps_with_and_is_kept_whole():
    rec = extract_record({"id": "join1", "title": "Shelf robots", "abstract": (
        "We propose ShelfNet, which has two parts: Cross-Bin Association and Aggregation, which links items, and "
        "Box Mining. It beats prior work on Action Genome and Charades.")})
    methods = set(_names(rec, "methods"))
    assert "Cross-Bin Association and Aggregation" in methods
    assert "Cross-Bin Association" not in methods
    assert "Action Genome and Charades" not in set(_names(rec, "datasets")) | methods


def test_names_in_brackets_after_a_dataset_plural_and_ie_are_datasets():
    rec = extract_record({"id": "brk1", "title": "Sign models", "abstract": (
        "Experiments on two public datasets (i.e., ToothSet and MolarAI) show gains.")})
    assert {"ToothSet", "MolarAI"} <= set(_names(rec, "datasets"))
    assert not set(_names(rec, "methods"))


def test_a_task_whose_acronym_spells_its_leading_learning_keeps_it():
    rec = extract_record({"id": "lpr", "title": "LLM Agents for Education", "abstract": (
        "Learning Path Recommendation (LPR) suggests what a student should study next. We propose PathAgent.")})
    assert "learning path recommendation" in _names(rec, "tasks")
    assert "path recommendation" not in _names(rec, "tasks")


def test_modifier_before_acronym_long_form_keeps_one_entity():
    """A lower-case word before an acronym's long form ("iterative ... (DPO)") does not split the acronym from it."""
    rec = extract_record({"id": "lf1", "title": "Steady policy updates",
                          "abstract": ("We train agents with iterative Shelf Preference Optimization (SPO) and "
                                       "compare SPO with plain rollouts.")})
    spo = [e for e in rec["methods"] if "SPO" in [e["name"], *e["aliases"]]]
    assert len(spo) == 1
    assert "Shelf Preference Optimization" in [spo[0]["name"], *spo[0]["aliases"]]


def test_proposed_name_called_an_approach_is_a_method_despite_a_dataset_title():
    """ "we present Foo, a feed-forward approach" outweighs the title's "... and a Benchmark Dataset"."""
    rec = extract_record({"id": "app1",
                          "title": "Shelfy: Feed-Forward Shelf Splatting and a Large-scale Benchmark Dataset",
                          "abstract": ("In this paper, we present Shelfy, a feed-forward approach for shelf "
                                       "reconstruction. Shelfy is fast.")})
    assert "Shelfy" in _names(rec, "methods")
    assert "Shelfy" not in _names(rec, "datasets")


def test_hyphened_data_modifier_in_apposition_is_no_dataset_head():
    """ "Foo, a novel dataset-free framework": "dataset" only modifies; the head is "framework"."""
    rec = extract_record({"id": "app2", "title": "Shelf erasing",
                          "abstract": "We propose ShelfErase, a novel dataset-free framework for shelf removal."})
    assert "ShelfErase" in _names(rec, "methods")
    assert "ShelfErase" not in _names(rec, "datasets")


def test_name_opening_a_clause_after_an_adverb_is_no_listed_dataset():
    """ "Across multiple benchmarks, Foo consistently surpasses ...": Foo is the clause's subject, not a benchmark."""
    rec = extract_record({"id": "cl1", "title": "Shelf reasoning for protocol generation",
                          "abstract": ("We first introduce ShelfSet, a large-scale dataset of 12K protocols. Building "
                                       "on it, we develop Thoth, trained through a staged process. Across multiple "
                                       "benchmarks, Thoth consistently surpasses open-source LLMs.")})
    assert "Thoth" in _names(rec, "methods")
    assert "ShelfSet" in _names(rec, "datasets")


def test_hyphened_modifier_before_a_noun_is_no_name():
    """ "a CLIP-assisted cross-view method", "ShelfNet-applied models" modify; "ShelfQA-Enhanced, a benchmark" names."""
    rec = extract_record({"id": "mod1", "title": "Shelf audio",
                          "abstract": ("To address these issues, we propose a CLIP-assisted cross-view shelf method. "
                                       "We find that ShelfNet-applied models exhibit fewer errors. We also release "
                                       "ShelfQA-Enhanced, a benchmark for shelves.")})
    names = set(_names(rec, "methods")) | set(_names(rec, "datasets"))
    assert not names & {"CLIP-assisted", "ShelfNet-applied"}
    assert "ShelfQA-Enhanced" in _names(rec, "datasets")


def test_a_technique_basis_before_a_task_is_no_alias_of_it():
    rec = extract_record({"id": "tb", "title": "Faster Shelf Labelling", "abstract": (
        "We develop a deep learning-based shelf labelling pipeline. Shelf labelling is slow by hand.")})
    aliases = [a for t in rec["tasks"] for a in t["aliases"]]
    assert "shelf labelling" in _names(rec, "tasks")
    assert not any(a.startswith("learning-based") for a in aliases)


def test_a_title_task_after_a_technique_basis_drops_the_basis():
    rec = extract_record({"id": "tb2", "title": "Tooth Priors for DETR Based Shelf Detection", "abstract": (
        "We propose ShelfNet for shelf detection in store images.")})
    assert "shelf detection" in _names(rec, "tasks")
    assert not any("detr" in n.lower() for n in _names(rec, "tasks"))


def test_a_spaced_few_shot_setting_stays_in_the_task():
    rec = extract_record({"id": "fs", "title": "Meta-Learning for Rare Labels", "abstract": (
        "We treat shelf auditing as a few shot binary classification problem and train ShelfMeta on it.")})
    names = _names(rec, "tasks")
    assert "shot binary classification" not in names
    assert "few shot binary classification" in names


def test_a_known_task_after_using_in_the_title_is_the_means():
    rec = extract_record({"id": "us", "title": "Shelf Gap Detection Using Multi-Object Tracking", "abstract": (
        "We detect shelf gaps in store images with ShelfNet. Shelf gap detection helps restocking.")})
    names = _names(rec, "tasks")
    assert "shelf gap detection" in names
    assert "multi-object tracking" not in names


def test_a_phrase_only_written_as_an_x_based_basis_is_no_task():
    rec = extract_record({"id": "bb", "title": (
        "ShelfR: Dynamic Reasoning-based Retrieval for Grocery Question Answering"), "abstract": (
        "We answer grocery questions with ShelfR, a retriever over store catalogues.")})
    names = _names(rec, "tasks")
    assert "grocery question answering" in names
    assert "dynamic reasoning" not in names


def test_a_task_phrase_naming_the_data_of_a_step_is_no_task():
    rec = extract_record({"id": "mm", "title": "ShelfNet for Shelf Gap Detection", "abstract": (
        "ShelfNet fuses shelf segmentation maps from a parser and learns from long reasoning traces. "
        "It detects shelf gaps.")})
    names = _names(rec, "tasks")
    assert "shelf gap detection" in names
    assert "shelf segmentation" not in names


def test_name_written_with_and_without_a_hyphen_is_one_entity():
    rec = extract_record({
        "id": "sp1", "title": "Zor-Net: Sparse Routing for Tabular Forecasting",
        "abstract": ("We propose ZorNet, a routing network for tabular forecasting. On three benchmarks Zor-Net "
                     "outperforms XGBoost while using fewer parameters.")})
    zor = [e for e in rec["methods"] + rec["datasets"] if entity_key(e["name"]).replace(" ", "") == "zornet"]
    assert len(zor) == 1
    assert {entity_key(f) for f in [zor[0]["name"], *zor[0]["aliases"]]} == {"zor net", "zornet"}


def test_mixed_case_acronym_of_a_phrase_with_a_small_word_is_one_entity():
    rec = extract_record({
        "id": "sp2", "title": "Planning with Graphs of Drafts",
        "abstract": ("Search methods such as Pool of Props (PoP) expand many partial answers. We compare our planner "
                     "with PoP on three puzzle suites.")})
    pop = [e for e in rec["methods"] if "PoP" in [e["name"], *e["aliases"]]]
    assert len(pop) == 1 and "Pool of Props" in pop[0]["aliases"]
    assert "Prop" not in _names(rec, "methods")


def test_title_long_form_spelling_a_coined_name_by_word_openings_is_its_alias():
    rec = extract_record({
        "id": "sp3", "title": "Orbit Memory: Agent Recall Across Long Sessions",
        "abstract": ("Agents forget earlier turns. To address this, we propose OrbMem, a memory framework that "
                     "stores each fact with its source. On two dialogue benchmarks OrbMem answers more questions "
                     "than strong memory baselines.")})
    orb = [e for e in rec["methods"] if e["name"] == "OrbMem"]
    assert len(orb) == 1 and "Orbit Memory" in orb[0]["aliases"]
    assert "Orbit Memory" not in _names(rec, "methods")


def test_method_written_again_with_a_kind_word_is_one_entity():
    rec = extract_record({
        "id": "sp4", "title": "Faster Tabular Transformers",
        "abstract": ("We study sparse attention for tabular data. Our sparse attention mechanism keeps the top rows "
                     "of each column and halves the cost on ten benchmarks.")})
    sparse = [e for e in rec["methods"] if "sparse attention" in [e["name"], *e["aliases"]]]
    assert len(sparse) == 1 and "sparse attention mechanism" in sparse[0]["aliases"]
    assert "sparse attention mechanism" not in _names(rec, "methods")


def test_known_acronym_and_its_hyphened_long_form_are_one_entity():
    rec = extract_record({
        "id": "sp5", "title": "Spline Layers for Tabular Regression",
        "abstract": ("We build on Kolmogorov-Arnold networks for regression. Our layer outperforms existing KAN "
                     "variants on six tabular benchmarks.")})
    kan = [e for e in rec["methods"] if {"KAN", "Kolmogorov-Arnold network"} & {e["name"], *e["aliases"]}]
    assert len(kan) == 1 and {"KAN", "Kolmogorov-Arnold network"} <= {kan[0]["name"], *kan[0]["aliases"]}


def test_short_form_after_or_in_brackets_is_the_long_forms_acronym():
    rec = extract_record({
        "id": "sp6", "title": "Modelling Rumour Uptake",
        "abstract": ("We present Cautious Gossip Reader (or CGR), a Bayesian framework for rumour uptake. CGR matches "
                     "human judgements on two benchmarks.")})
    cgr = [e for e in rec["methods"] if "CGR" in [e["name"], *e["aliases"]]]
    assert len(cgr) == 1 and "Cautious Gossip Reader" in [cgr[0]["name"], *cgr[0]["aliases"]]
    assert sum("Cautious Gossip Reader" in [e["name"], *e["aliases"]] for e in rec["methods"]) == 1


def test_unflagged_long_form_spelling_a_coined_name_by_word_openings_is_its_alias():
    rec = extract_record({
        "id": "sp7", "title": "FuseDiT: Talking Heads from Text and Audio",
        "abstract": ("We propose FuseDiT, a multimodal Fused Diffusion Transformer that generates talking heads. "
                     "FuseDiT outperforms prior methods on two benchmarks.")})
    fuse = [e for e in rec["methods"] if e["name"] == "FuseDiT"]
    assert len(fuse) == 1 and "Fused Diffusion Transformer" in fuse[0]["aliases"]
    assert "Fused Diffusion Transformer" not in _names(rec, "methods")


def test_a_task_spelled_with_and_without_a_hyphen_is_one_task():
    rec = extract_record({"id": "sp", "title": "Shelf planning", "abstract": (
        "Multi-year shelf demand forecasting is hard for small stores. We study multiyear shelf demand forecasting "
        "with a ShelfNet model.")})
    (task,) = [e for e in rec["tasks"] if "forecasting" in e["name"]]
    assert {"multi-year shelf demand forecasting", "multiyear shelf demand forecasting"} == {
        task["name"], *task["aliases"]}


def test_tasks_spelled_two_ways_are_named_by_the_unbroken_singular_spelling():
    from kg.extract.components.task_forms import merge_same_forms

    def task(name, start, confidence):
        return {"name": name, "aliases": [], "key": entity_key(name), "confidence": confidence,
                "mentions": [{"start": start}], "_spans": [(start, start + 3)], "_first": start}
    (broken,) = merge_same_forms([task("shelf reason ing", 0, 0.9), task("shelf reasoning", 10, 0.6)])
    (plural,) = merge_same_forms([task("racks-gap detection", 0, 0.6), task("rack-gap detection", 10, 0.6)])
    assert (broken["name"], broken["aliases"], broken["confidence"]) == ("shelf reasoning", ["shelf reason ing"], 0.9)
    assert plural["name"] == "rack-gap detection"
    # only names meet by spelling: an alias joins by its key as before
    apart = merge_same_forms([task("shelf gap detection", 0, 0.6), {**task("gap detection", 10, 0.6),
                                                                     "aliases": ["shelf-gaps detection x"]}])
    assert len(apart) == 2


def test_a_title_phrase_spelling_a_found_task_otherwise_is_no_new_task():
    rec = extract_record({"id": "ts", "title": "Multimodal Shelf Captioning at First Sight with a Shelf Model",
                          "abstract": ("Existing Multi-modal Shelf Captioning (MSC) methods need training data. We "
                                       "adapt a model to MSC without training.")})
    assert len([e for e in rec["tasks"] if "captioning" in e["name"]]) == 1, rec["tasks"]


def test_an_abstract_phrase_a_found_task_goes_by_is_no_new_task():
    rec = extract_record({"id": "tv", "title": "ShelfNet: Attacking Text-to-Video Generation", "abstract": (
        "Text-to-video (T2V) generative models have grown fast. We note that in T2V generation tasks, clips carry "
        "spare content. We introduce ShelfNet, an attack made for T2V generation.")})
    assert [e["name"] for e in rec["tasks"] if "T2V generation" in [e["name"], *e["aliases"]]] == [
        "text-to-video generation"]


def test_acronym_long_form_with_model_head_is_the_acronym():
    rec = extract_record({
        "id": "al3a", "title": "Token Merging for Masked Autoregressive Models",
        "abstract": ("Masked autoregressive (MAR) models generate images token by token. We merge similar tokens "
                     "inside MAR models and halve the sampling cost on two image benchmarks.")})
    mar = [e for e in rec["methods"] if e["name"] == "MAR"]
    assert len(mar) == 1 and "Masked Autoregressive Model" in mar[0]["aliases"]
    assert "Masked Autoregressive Model" not in _names(rec, "methods")


def test_coined_name_with_framework_head_is_one_proposed_entity():
    rec = extract_record({
        "id": "al3b", "title": "Tabular Agents That Check Themselves",
        "abstract": ("This paper introduces the TabGuard Framework, a method for reliable table analysis with LLMs. "
                     "TabGuard begins with schema inspection and repairs failed queries. TabGuard answers more "
                     "questions than strong baselines.")})
    guard = [e for e in rec["methods"] if "TabGuard" in [e["name"], *e["aliases"]]]
    assert len(guard) == 1 and guard[0]["proposed"] and "TabGuard Framework" in guard[0]["aliases"]


def test_task_form_naming_another_kept_task_is_not_its_alias():
    rec = extract_record({
        "id": "al3c", "title": "Domain Adaptation for Image Classification of Scratches on Glass Panels",
        "abstract": ("Industrial inspection relies on scratch classification. We adapt a classifier trained on one "
                     "factory to another with domain adaptation and improve scratch classification accuracy on "
                     "two production lines.")})
    tasks = {e["name"]: e["aliases"] for e in rec["tasks"]}
    assert "scratch classification" in tasks
    assert all(a != "scratch classification" for n, aliases in tasks.items() if n != "scratch classification"
               for a in aliases)


def test_acronym_task_inside_a_weak_longer_phrase_is_named_by_its_long_form():
    rec = extract_record({
        "id": "al3d", "title": "Label-Free Pose Estimation for Farm Animals",
        "abstract": ("Handling new species without labels is crucial for building adaptable Animal Pose Estimation "
                     "(APE) systems. Conventional APE models rely on fixed keypoint sets. We match keypoints across "
                     "species with a frozen vision encoder and improve accuracy on three farm datasets.")})
    ape = [e for e in rec["tasks"] if "APE" in [e["name"], *e["aliases"]]]
    assert len(ape) == 1 and ape[0]["name"] == "animal pose estimation"


def test_task_spelled_with_and_between_two_words_is_one_task():
    rec = extract_record({
        "id": "al3e", "title": "Soft Negatives for Generalizable Audio-and-Text Retrieval",
        "abstract": ("Recent audio-language models have improved audio-text retrieval (ATR), yet existing methods "
                     "rely on hard negatives. We propose a soft negative loss that improves ATR on two benchmarks.")})
    atr = [e for e in rec["tasks"] if "retrieval" in e["name"]]
    assert len(atr) == 1 and "audio-and-text retrieval" in [atr[0]["name"], *atr[0]["aliases"]]


def test_dataset_written_again_with_a_dataset_word_is_one_entity():
    rec = extract_record({
        "id": "al3f", "title": "Technical Report for the GLINTS Challenge at ICCV 2027",
        "abstract": ("This report presents our system for the GLINTS Challenge at ICCV 2027. Participants must answer "
                     "questions about long egocentric videos. Our retrieval-augmented agent ranks first on the GLINTS "
                     "leaderboard and improves accuracy on GLINTS by 9 points.")})
    glints = [e for e in rec["datasets"] if "GLINTS" in [e["name"], *e["aliases"]]]
    assert len(glints) == 1 and "GLINTS Challenge" in glints[0]["aliases"]
    assert len({entity_key(a) for a in glints[0]["aliases"]}) == len(glints[0]["aliases"])


def test_labels_listed_after_a_scenario_or_limitation_noun_are_no_methods():
    # the items of "scenarios:" / "failure modes:" / "limitations:" lists are labels; a method named inside an
    # item (not opening it) stays
    rec = extract_record({
        "id": "lab1", "title": "ShelfNet: Robust Shelf Tracking",
        "abstract": ("We propose ShelfNet, a tracker for warehouse robots. We introduce ShelfBench, a benchmark "
                     "spanning four scenarios: Aisle Crossing, Pallet Stacking, Night Picking, and Dock Loading. "
                     "We observe two failure modes: Shelf Drift, where boxes slide, and Label Ghosting, where "
                     "tags vanish. Prior trackers face two limitations: (1) they need an extra cross-view fusion "
                     "module; (2) they ignore depth."),
    })
    methods = set(_names(rec, "methods"))
    assert "ShelfNet" in methods
    assert not methods & {"Aisle Crossing", "Pallet Stacking", "Night Picking", "Dock Loading", "Shelf Drift",
                          "Label Ghosting"}


def test_acronyms_listed_after_a_metric_word_are_no_methods():
    rec = extract_record({
        "id": "met1", "title": "Measuring Shelf Health",
        "abstract": ("We train ShelfNet with Adam. Quality is measured by metrics such as Shelf Fill Ratio (SFR), "
                     "Box Alignment Consistency (BAC), and Label Visibility Balance (LVB)."),
    })
    forms = _forms(rec, "methods")
    assert "shelfnet" in forms
    assert not forms & {"sfr", "bac", "lvb", "box alignment consistency", "label visibility balance"}


def test_model_classes_narrowed_to_a_field_are_no_methods():
    rec = extract_record({
        "id": "dom1", "title": "Tuning Pathology Foundation Models with ShelfAdapt",
        "abstract": ("Pathology foundation models (PFMs) and Medical Vision-Language Models (Med-VLMs) transfer "
                     "poorly to new stains. We propose ShelfAdapt, which pairs a Graph Neural Network (GNN) with "
                     "Time-Series Foundation Models (TSFMs)."),
    })
    forms = _forms(rec, "methods")
    assert {"shelfadapt", "gnn"} <= forms
    assert not forms & {"pfm", "med vlm", "tsfm", "pathology foundation model", "medical vision language model"}


def test_translation_metrics_fused_with_a_prefix_are_no_methods():
    rec = extract_record({
        "id": "mt1", "title": "ShelfMT: Translating Warehouse Manuals",
        "abstract": ("We propose ShelfMT, a translation model fine-tuned with LoRA. It improves spBLEU, "
                     "COMETKiwi and chrF2 over NLLB-200 on five language pairs."),
    })
    methods = set(_names(rec, "methods"))
    assert {"ShelfMT", "LoRA"} <= methods
    assert not methods & {"spBLEU", "COMETKiwi", "chrF2"}


def test_degrees_of_freedom_is_no_method():
    rec = extract_record({
        "id": "dof1", "title": "ShelfArm: Grasping Boxes from Shelves",
        "abstract": ("Existing grippers miss the six Degree-of-Freedom (DoF) grasp pose of boxes. We propose "
                     "ShelfArm, a policy with a Transformer encoder."),
    })
    forms = _forms(rec, "methods")
    assert "shelfarm" in forms
    assert not forms & {"dof", "degree of freedom"}


@pytest.mark.parametrize("sentence, name, describing", [
    ("We propose a data augmentation framework, ShelfAug, to enlarge the training data.", "ShelfAug", None),
    ("We introduce a novel PSRL framework (ShelfRL), which explores efficiently.", "ShelfRL", "PSRL"),
    ("We introduce an interpretable, model-agnostic bias mitigation framework, RackLens, that edits neurons.",
     "RackLens", None),
])
def test_a_name_apposed_to_the_described_kind_of_the_proposal_is_proposed(sentence, name, describing):
    rec = extract_record({"id": "ka", "title": "On Shelf Efficiency",
                          "abstract": "Shelf models are slow to decode. " + sentence + f" {name} is fast."})
    proposed = _proposed(rec, "methods")
    assert proposed.get(name) is True, rec["methods"]
    if describing:  # an acronym describing the kind of the name is another's paradigm
        assert proposed.get(describing) is False, rec["methods"]


def test_the_described_phrases_own_acronym_in_brackets_is_not_apposed_as_a_name():
    rec = extract_record({"id": "kb", "title": "On Shelf Cancer Screening", "abstract": (
        "Screening is slow. This study introduces an efficient convolutional neural network (CNN) architecture "
        "for shelf screening. The CNN is fast.")})
    assert _proposed(rec, "methods").get("CNN") is False, rec["methods"]


def test_a_name_set_in_apposition_to_a_task_is_a_task():
    rec = extract_record({"id": "ta", "title": "Can Shelf Agents Reach a Target Shelf?", "abstract": (
        "Agents rarely move to see. We introduce Target Shelf Reproduction (TSR) -- an active task where an agent "
        "moves until its view matches a target image -- and we study TSR with several agents. We also define "
        "RackNav, a novel collaborative embodied dialog task, where two agents talk to find a rack.")})
    tasks = _forms(rec, "tasks")
    assert entity_key("target shelf reproduction") in tasks, rec["tasks"]
    assert "TSR" not in _names(rec, "methods") and "RackNav" not in _names(rec, "methods"), rec["methods"]


def test_a_task_acronym_the_authors_also_call_their_model_stays_a_method():
    rec = extract_record({"id": "tb", "title": "Shelf Geometry from One Image", "abstract": (
        "We introduce ORS (Object Reconstruction with Shelves), a novel task aimed at rebuilding objects with their "
        "shelf. Experiments show that the proposed ORS model rebuilds shelves well.")})
    assert "ORS" in _names(rec, "methods"), rec


def test_a_coined_acronym_of_a_task_opening_its_sentence_is_a_task():
    rec = extract_record({"id": "cotask1", "title": "Shelf-aware retrieval", "abstract": (
        "Federated shelf person re-identification (FedShelf-ReID) aims to match shoppers across stores. "
        "We fine-tune a ResNet-50 for FedShelf-ReID.")})
    assert "FedShelf-ReID" not in set(_names(rec, "methods"))
    assert entity_key("FedShelf-ReID") in _forms(rec, "tasks")
    # a coined name the authors define mid-sentence for their model stays a method
    rec = extract_record({"id": "cotask2", "title": "Shelf scaling", "abstract": (
        "We adapt Shelf-Centric Trajectory Prediction (ShelfNet) to stores.")})
    assert "ShelfNet" in set(_names(rec, "methods"))


def test_a_name_heading_a_metric_phrase_is_a_measure():
    rec = extract_record({"id": "mword1", "title": "Shelf report generation", "abstract": (
        "We fine-tune ShelfGPT for shelf report generation. ShelfGPT beats ShelfNet on the ShelfBench benchmark in "
        "Rack-DINOv2 metrics. Reports are judged with the RackCheck-GPT metric and the BinTally metric.")})
    methods = set(_names(rec, "methods"))
    assert not {"Rack-DINOv2", "RackCheck-GPT", "BinTally"} & methods
    assert {"ShelfGPT", "ShelfNet"} <= methods
    assert "ShelfBench" in set(_names(rec, "datasets"))
    # a longer phrase goes on past "metric": a technique, not a measure
    rec = extract_record({"id": "mword2", "title": "Shelf retrieval", "abstract": (
        "We align shelves with Rack-DTW metric alignment before retrieval.")})
    assert "Rack-DTW" in set(_names(rec, "methods"))


def test_bayes_keeps_its_final_s():
    rec = extract_record({"id": "bayes1", "title": "Shelf text classification", "abstract": (
        "We compare ShelfNet with naive Bayes and empirical Bayes baselines on shelf labels.")})
    assert {"naive Bayes", "empirical Bayes"} <= set(_names(rec, "methods"))


def test_attention_a_topic_receives_is_no_method():
    rec = extract_record({"id": "attn1", "title": "Shelf reconstruction", "abstract": (
        "Shelf reconstruction has received a lot of attention, yet shelf editing lacks attention. "
        "We propose ShelfNet for shelf editing.")})
    assert "attention" not in set(_names(rec, "methods"))
    assert "ShelfNet" in set(_names(rec, "methods"))


def test_a_listed_dataset_written_without_its_spaces_is_a_dataset():
    rec = extract_record({"id": "joined1", "title": "Shelf recognition", "abstract": (
        "ShelfNet beats ResNet-50 on StanfordCars, FGVCAircraft and SQuAD2.0.")})
    assert {"StanfordCars", "FGVCAircraft", "SQuAD2.0"} <= set(_names(rec, "datasets"))
    assert {"ShelfNet", "ResNet-50"} == set(_names(rec, "methods"))


def test_an_adjective_opening_the_sentence_is_no_part_of_a_capitalised_name():
    rec = extract_record({"id": "open1", "title": "Shelf rendering", "abstract": (
        "Existing Shelf Ray Marching based methods blur edges. We propose ShelfNet.")})
    methods = set(_names(rec, "methods"))
    assert "Existing Shelf Ray Marching" not in methods
    assert "Shelf Ray Marching" in methods


def test_a_language_with_its_code_is_no_entity():
    rec = extract_record({"id": "lang1", "title": "Shelf safety", "abstract": (
        "We build paired prompts for Thai (TH) and Khmer (KM) and a Slovak benchmark, and test ShelfNet on them.")})
    names = set(_names(rec, "methods")) | set(_names(rec, "datasets"))
    assert not {"Khmer", "KM", "Thai", "Slovak"} & names
    assert "ShelfNet" in names


def test_names_set_off_by_dashes_after_a_dataset_word_are_datasets():
    rec = extract_record({"id": "dash1", "title": "Shelf video representations", "abstract": (
        "We introduce two datasets -- ShelfDnD and RackLIP -- and propose ShelfNet. ShelfNet leads three "
        "long-video benchmarks -- ShelfVU, RackIN and BinFast -- with a linear head.")})
    assert {"ShelfDnD", "RackLIP", "ShelfVU", "RackIN", "BinFast"} <= set(_names(rec, "datasets"))
    assert "ShelfNet" in set(_names(rec, "methods"))


def test_task_names_keep_the_capitals_of_languages_and_eponyms():
    rec = extract_record({"id": "t", "title": "Zero-Shot Chinese-English Translation and Monocular Gaussian Avatar "
                                              "Reconstruction",
                          "abstract": "We study zero-shot Chinese-English translation with a small model."})
    names = _names(rec, "tasks")
    assert any("Chinese-English translation" in n for n in names), names
    assert "monocular Gaussian avatar reconstruction" in names, names
    assert not any("chinese" in n or "gaussian" in n for n in names), names


def test_a_doubted_name_known_only_by_its_coined_shape_is_no_method():
    rec = extract_record({"id": "coin1", "title": "Cranial nerve atlas", "abstract": (
        "The atlas identifies fiber bundles of the optic nerve CN II and the trigeminal nerve CN V with a U-Net.")})
    assert set(_names(rec, "methods")) == {"U-Net"}


def test_a_coined_name_before_a_method_head_is_kept_though_doubted():
    rec = extract_record({"id": "coin2", "title": "Spectral vision mixing", "abstract": (
        "Our Fourier block extends the core WKV attention of RWKV from the spatial domain to the frequency domain.")})
    wkv = [e for e in rec["methods"] if e["name"] == "WKV"]
    assert wkv and wkv[0]["confidence"] < 0.5


def test_a_doubted_coined_name_with_a_plural_listed_name_for_tail_is_kept():
    # "Mambas" is the plural of a listed name: its entity key is the listed one's
    rec = extract_record({"id": "coin3", "title": "Routing under load", "abstract": (
        "Routing is hard. QuixMambas route packets poorly. We study the cost of routing.")})
    quix = [e for e in rec["methods"] if e["name"] == "QuixMambas"]
    assert quix and quix[0]["confidence"] < 0.5


def test_name_keeps_the_bracket_that_closes_one_opened_inside_it():
    rec = extract_record({"id": "t", "title": "Robot policies",
                          "abstract": "We compare against π_{0.5} and π_0 on LIBERO."})
    assert "π_{0.5}" in _names(rec, "methods"), _names(rec, "methods")


def test_a_bracket_around_a_name_stays_out_of_it():
    """Only a bracket that closes one opened inside the name is part of it: "(π_{0.5})" and "[GRPO]" are written
    in brackets."""
    rec = extract_record({"id": "t", "title": "Robot policies",
                          "abstract": "We compare against (π_{0.5}) and [GRPO] on LIBERO."})
    mentions = {e["name"]: [m["text"] for m in e["mentions"]] for e in rec["methods"]}
    assert mentions == {"π_{0.5}": ["π_{0.5}"], "GRPO": ["GRPO"]}, mentions


def test_a_known_method_with_the_authors_hyphenated_modifiers_after_we_propose_is_their_variant():
    rec = extract_record({"id": "modvar1", "title": "Shelf stacking", "abstract": (
        "We propose a shelf-aware diffusion model that stacks shelves. We also introduce a bin-conditioned GRPO "
        "algorithm that masks failed turns. Finally, we develop an end-to-end RoPE strategy, namely "
        "ShelfRoPE, and two-stage GRPO tuning.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("shelf-aware diffusion model") is True, rec["methods"]
    assert proposed.get("bin-conditioned GRPO") is True, rec["methods"]
    # the known methods they build on stay entities of their own
    assert proposed.get("diffusion model") is False and proposed.get("GRPO") is False, rec["methods"]
    # a kind given another name, and a count of stages, name no variant
    assert "end-to-end RoPE" not in proposed and "two-stage GRPO" not in proposed, rec["methods"]


def test_the_authors_variant_uses_the_longest_known_name_inside_it():
    """"shelf-aware direct preference optimization" builds on direct preference optimization, not also on the
    shorter known name "preference optimization" written inside it."""
    rec = extract_record({"id": "modvar2", "title": "Shelf stacking", "abstract": (
        "We introduce shelf-aware direct preference optimization, which aligns shelf robots.")})
    proposed = _proposed(rec, "methods")
    assert proposed == {"shelf-aware direct preference optimization": True,
                        "direct preference optimization": False}, rec["methods"]


def test_two_variants_under_the_same_modifiers_stay_two_entities():
    rec = extract_record({"id": "t", "title": "Shelf models",
                          "abstract": "We propose a shelf-aware Sparse Mamba that ranks items. We also propose a "
                                      "shelf-aware Dense Swin that sorts them."})
    by_name = {e["name"]: e for e in rec["methods"]}
    sparse = [n for n in by_name if "Sparse Mamba" in n]
    assert sparse and not any("Dense Swin" in a for a in by_name[sparse[0]]["aliases"]), rec["methods"]


@pytest.mark.parametrize("title, abstract, long_form, acronym", [
    ("Diffusion Language Models for Shelf Routing", "Unlike autoregressive models, DLMs generate tokens in parallel. "
     "We propose ShelfRoute and show that DLMs plan routes better than GPT-4.", "Diffusion Language Model", "DLM"),
    ("Continual Pre-Training for Shelf Robots", "We train one CPT model per warehouse and merge the CPT models into "
     "a single ShelfBot model.", "Continual Pre-Training", "CPT"),
])
def test_an_undefined_acronym_beside_its_spelled_out_name_is_one_entity(title, abstract, long_form, acronym):
    rec = extract_record({"id": "ua", "title": title, "abstract": abstract})
    named = [e for e in rec["methods"] if acronym in [e["name"], *e["aliases"]]]
    assert len(named) == 1 and named[0]["name"] == long_form, rec["methods"]


def test_an_undefined_dataset_acronym_with_a_kind_word_is_still_undefined():
    rec = extract_record({"id": "ub", "title": "Shelf vessel mapping", "abstract": (
        "We evaluate ShelfSeg on the airway and Circle of Willis datasets. Errors drop from 1.6 to 0.3 on the CoW "
        "dataset.")})
    named = [e for e in rec["datasets"] if "CoW" in [e["name"], *e["aliases"]]]
    assert len(named) == 1 and named[0]["name"] == "Circle of Willis", rec["datasets"]


def test_an_undefined_task_acronym_beside_its_spelled_out_task_is_one_task():
    rec = extract_record({"id": "uc", "title": "Think Less: Test-Time Scaling for Shelf Claim Verification",
                          "abstract": ("We explore scaling test-time compute (TTS) for LLMs on the task of checking "
                                       "shelf claims. We observe that TTS helps mitigate reasoning drift.")})
    assert [e["name"] for e in rec["tasks"] if "TTS" in [e["name"], *e["aliases"]]] == ["test-time scaling"]


def test_a_title_task_spelling_out_a_defined_acronym_is_that_task():
    rec = extract_record({"id": "ud", "title": "End-to-End Speech Translation for Shelf Languages",
                          "abstract": ("The scarcity of annotated data challenges end-to-end speech-to-text "
                                       "translation (ST) systems for shelf languages. We train ST models on weakly "
                                       "labelled store recordings.")})
    named = [e for e in rec["tasks"] if "ST" in [e["name"], *e["aliases"]]]
    assert [e["name"] for e in named] == ["speech translation"], rec["tasks"]


def test_a_tool_task_spelled_apart_from_a_method_is_that_method():
    rec = extract_record({"id": "ue", "title": "Shelf robots", "abstract": (
        "Parameter efficient finetuning reduces trainable parameters by 95%. We compare it with parameter-efficient "
        "fine-tuning methods, including LoRA.")})
    peft = [e for e in rec["methods"] if "parameter" in e["key"]]
    assert len(peft) == 1 and "parameter-efficient fine-tuning" in peft[0]["aliases"], rec["methods"]


def test_a_plural_after_of_stays_in_the_name():
    rec = extract_record({"id": "t", "title": "Routing tokens",
                          "abstract": "We route tokens in a sparse mixture of experts and solve it with the "
                                      "alternating direction method of multipliers."})
    names = _names(rec, "methods")
    assert any(n.endswith("mixture of experts") for n in names), names
    assert not any(n.endswith("of expert") or n.endswith("of multiplier") for n in names), names


def test_a_dataset_named_with_a_spaced_ampersand_is_one_entity():
    rec = extract_record({"id": "t", "title": "Splats",
                          "abstract": "Experiments on Deep Blending and Tanks & Temples datasets show gains."})
    names = _names(rec, "datasets")
    assert "Tanks & Temples" in names and "Tanks" not in names and "Temples" not in names, names


def test_a_stop_listed_acronym_before_a_dataset_word_is_no_dataset():
    rec = extract_record({"id": "t", "title": "Robust shelves",
                          "abstract": "On ShelfNet-1K and OOD datasets, our shelf circuits stay accurate."})
    names = _names(rec, "datasets")
    assert "OOD" not in names, names


def test_examples_in_a_proposal_window_are_others_work():
    rec = extract_record({"id": "eg", "title": "On Image Editing", "abstract": (
        r"We present extensive experiments comparing state-of-the-art editors (e.g.\ FooEdit, BarDrag, "
        "BazFlow) on four tasks.")})
    flags = _proposed(rec, "methods")
    assert {"FooEdit", "BarDrag", "BazFlow"} <= set(flags)
    assert not any(flags[name] for name in ("FooEdit", "BarDrag", "BazFlow"))


def test_a_title_cased_method_is_shown_as_the_abstract_writes_it():
    rec = extract_record({"id": "t", "title": "Shelving Racks with Diffusion Models",
                          "abstract": "We shelve racks with diffusion models. Our ShelfBERT stays as written."})
    names = _names(rec, "methods")
    assert "diffusion model" in names and "Diffusion Model" not in names, names


def test_a_method_capitalised_only_by_a_sentence_opening_takes_the_listed_spelling():
    rec = extract_record({"id": "t", "title": "Shelf racks",
                          "abstract": "Reinforcement learning shelves racks. We also run K-means on racks."})
    names = _names(rec, "methods")
    assert "reinforcement learning" in names and "K-means" in names, names


def test_a_mixed_case_acronym_plural_is_named_singular():
    rec = extract_record({"id": "t", "title": "Shelf racks",
                          "abstract": "We probe ViTs on shelf racks with a linear head."})
    names = _names(rec, "methods")
    assert "ViT" in names and "ViTs" not in names, names


def test_a_bare_media_pair_task_is_named_by_its_generation_form():
    rec = extract_record({"id": "t", "title": "Faster Text-to-Image Shelving",
                          "abstract": "We speed up text-to-image diffusion models for shelf design."})
    tasks = {e["name"]: e["aliases"] for e in rec["tasks"]}
    assert "text-to-image" in tasks.get("text-to-image generation", []), tasks


def test_an_adjective_left_without_its_head_is_no_alias():
    rec = extract_record({"id": "t", "title": "Shelf racks", "abstract": (
        "We propose an Edge-Aware Module and a shelf similarity-based strategy for racks.")})
    aliases = [a for e in rec["methods"] for a in e["aliases"]]
    assert "Edge-Aware" not in aliases and "shelf similarity-based" not in aliases, aliases


def test_one_task_written_in_two_word_orders_is_one_task_named_as_the_abstract_writes_it():
    rec = extract_record({"id": "wo", "title": "Graph Encoders for Shelf-Photo Retrieval", "abstract": (
        "Photo-shelf retrieval matches photos to shelves. We propose a graph encoder for photo-shelf retrieval. "
        "Text-to-image generation and image-to-text generation of shelf layouts are studied as well.")})
    tasks = {e["name"]: e["aliases"] for e in rec["tasks"]}
    assert tasks["photo-shelf retrieval"] == ["shelf-photo retrieval"]
    assert {"text-to-image generation", "image-to-text generation"} <= set(tasks)


def test_reversed_x_to_y_tasks_stay_apart():
    from kg.extract.components.task_shapes import word_order_key
    assert word_order_key("text-to-image generation") is None
    assert word_order_key("Motion-Text Retrieval") == word_order_key("text-motion retrieval")


def test_a_title_task_keeps_the_first_word_of_an_acronym_long_form_the_abstract_defines():
    rec = extract_record({"id": "mj", "title": "Graph Attention Networks for Major Sleep Apnea Detection",
                          "abstract": ("Detecting Major Sleep Apnea (MSA) from wearable signals is hard. We propose "
                                       "a graph attention network that improves MSA detection on three cohorts.")})
    tasks = {e["name"]: e["aliases"] for e in rec["tasks"]}
    assert "major sleep apnea detection" in tasks and "MSA detection" in tasks["major sleep apnea detection"]
    assert "sleep apnea detection" not in tasks


@pytest.mark.parametrize("abstract", [
    "We introduce new shelf metrics such as ShelfScore and RackSense to rate editors. Both agree with humans.",
    "We introduce novel shelf metrics (e.g., ShelfScore, RackSense) to rate editors."])
def test_examples_of_new_things_in_a_proposal_window_stay_the_papers_own(abstract):
    flags = _proposed(extract_record({"id": "eg", "title": "On Shelf Editing", "abstract": abstract}), "methods")
    assert flags.get("RackSense") is True, flags


def test_a_description_followed_by_a_naming_word_is_no_method():
    rec = extract_record({"id": "dn", "title": "Shelf understanding", "abstract": (
        "We devise a nimble shelf detection algorithm, named ShelfFormer, to capture racks. "
        "ShelfFormer beats a shelf loss.")})
    flags = _proposed(rec, "methods")
    assert flags.get("ShelfFormer") is True, flags
    assert not any("detection algorithm" in name for name in flags), flags


def test_a_link_in_brackets_does_not_hide_the_apposition_that_describes_a_model():
    rec = extract_record({"id": "ln", "title": "Shelf models", "abstract": (
        "We have trained and open-sourced ShelfLM-4.1 (https://github.com/o/shelflm), a compact shelf model. "
        "ShelfLM-4.1 beats larger models.")})
    assert _proposed(rec, "methods").get("ShelfLM-4.1") is True, _proposed(rec, "methods")


@pytest.mark.parametrize("sentence, part", [
    ("For decoding, a lightweight Shelf-aware Rack Gate restores the racks in one step.", "Shelf-aware Rack Gate"),
    ("Next, a tiny Speed Gate maps each rack to a slot.", "Speed Gate")])
def test_a_new_title_case_part_brought_in_with_a_after_the_proposal_is_proposed(sentence, part):
    # "Gate" heads no method phrase ("a Rack Decoder" was flagged before this cue): only "a" marks the part as new
    rec = extract_record({"id": "tp", "title": "ShelfVR: fast rack restoration",
                          "abstract": "We propose ShelfVR, a one-step rack restorer. " + sentence})
    assert _proposed(rec, "methods").get(part) is True, _proposed(rec, "methods")


def test_a_title_case_name_a_sentence_draws_data_from_is_not_an_own_part():
    rec = extract_record({"id": "tq", "title": "ShelfRet: rack retrieval", "abstract": (
        "We propose ShelfRet, a rack retriever. Triples from a Shelf Fact Graph are verbalized and indexed.")})
    flags = _proposed(rec, "methods")
    assert flags.get("ShelfRet") is True and flags.get("Shelf Fact Graph") is not True, flags


def test_a_title_phrase_of_either_kind_the_abstract_proposes_by_name_is_a_method():
    rec = extract_record({"id": "z", "title": "Peeking without Peeking: Crate-to-Shelf Distillation for Crate Sorting",
                          "abstract": "Sorters peek too often. To address this, we propose Crate-to-Shelf "
                                      "Distillation, which turns peeking into a training-time signal."})
    assert "Crate-to-Shelf Distillation" in _names(rec, "methods"), (_names(rec, "methods"), _names(rec, "tasks"))


def test_a_name_listed_among_metrics_or_set_off_as_a_metric_is_no_method():
    rec = extract_record({"id": "lm", "title": "Shelf Rendering with GloopNet", "abstract": (
        "We propose GloopNet for shelf rendering. GloopNet improves the evaluation metrics, including FID, "
        "RackSim and BinDist-V2, over ShelfGAN. We also introduce PileQ, a novel reference-free metric for "
        "shelf scenes, and TrayJudge, an LLM-based metric. We compare with reference-based metrics, "
        "CrateEval evaluation and an L2 loss.")})
    names = _names(rec, "methods")
    for measure in ("RackSim", "BinDist-V2", "PileQ"):
        assert measure not in names, measure
    for method in ("GloopNet", "ShelfGAN", "TrayJudge", "L2 loss"):  # a model-made measure, a loss
        assert method in names, method


def test_a_name_before_judgements_in_a_list_of_metrics_is_a_way_of_evaluating_not_a_measure():
    rec = extract_record({"id": "jm", "title": "Shelf Routing", "abstract": (
        "We propose GloopNet for shelf routing. We compare it using automatic metrics, ShelfJudge judgements "
        "and human ratings.")})
    assert "ShelfJudge" in _names(rec, "methods"), _names(rec, "methods")


@pytest.mark.parametrize("mark", [":", " -", " --"])
def test_a_title_name_set_off_as_a_metric_is_the_papers_proposed_method_whatever_the_mark(mark):
    rec = extract_record({"id": "tm", "title": f"ShelfQ{mark} A Reference-Free Metric for Shelf Scenes",
                          "abstract": "We introduce ShelfQ to score shelf scenes. ShelfQ agrees with human raters."})
    assert _proposed(rec, "methods").get("ShelfQ") is True, _names(rec, "methods")

def test_a_name_set_off_as_something_that_acts_on_a_metric_stays_a_method():
    # the apposition's noun phrase ends at its relative pronoun: "a framework that ... metric" is no metric
    rec = extract_record({"id": "rm", "title": "Shelf Routing", "abstract": (
        "We propose ShelfOpt, a framework that directly optimizes any metric. We also propose RackTune, a tuner "
        "which raises the metric.")})
    assert {"ShelfOpt", "RackTune"} <= set(_names(rec, "methods")), _names(rec, "methods")

def test_an_acronym_defined_before_imagery_content_recordings_descriptions_or_triplets_names_data_no_entity():
    # one acronym per word of _DATA_AFTER that it needs ("LRA" without "recordings" is a dataset)
    rec = extract_record({"id": "dc", "title": "Shelf Safety with GloopNet", "abstract": (
        "Shelf cameras record Rack Thermal Scan (RTS) imagery and Low Rack Audio (LRA) recordings, and may show "
        "Not Safe For Shelves (NSFS) content. We propose GloopNet, which reads Shelf Label Record (SLR) "
        "descriptions and Crate Bin Pallet (CBP) triplets.")})
    names = _names(rec, "methods") + _names(rec, "datasets")
    for data in ("RTS", "LRA", "NSFS", "SLR", "CBP"):
        assert data not in names, data
    assert "GloopNet" in names


def test_a_name_ending_in_hyphened_data_or_a_hyphened_subset_word_is_a_dataset():
    rec = extract_record({"id": "hd", "title": "Shelf Agents", "abstract": (
        "We propose ShelfAgent. We release Rack-Data for training, and we further provide Bin-Bench-Lite, "
        "a 50-task subset that cuts evaluation cost.")})
    assert {"Rack-Data", "Bin-Bench-Lite"} <= set(_names(rec, "datasets"))
    assert not {"Rack-Data", "Bin-Bench-Lite"} & set(_names(rec, "methods"))


def test_a_capitalised_behaviour_is_no_method():
    rec = extract_record({"id": "ph", "title": "Probing agents", "abstract": (
        "Agents may show Reward Model Sandbagging when they are evaluated. "
        "Agents use a Memory Retrieval Planner to act.")})
    methods = _names(rec, "methods")
    assert "Memory Retrieval Planner" in methods  # a technique head still makes a name
    assert "Reward Model Sandbagging" not in methods


def test_a_metric_acronym_reported_with_its_value_is_no_method():
    rec = extract_record({"id": "mv", "title": "Gloop: Shelf Height Forecasts", "abstract": (
        "Gloop predicts shelf heights with a 2.7 m MAE on our stores. Its MAE (0.42) halves the prior error. "
        "We pretrain the encoder with MAE on shelf photos.")})
    sentences = [m["sentence"] for e in rec["methods"] if e["name"] == "MAE" for m in e["mentions"]]
    assert sentences == ["We pretrain the encoder with MAE on shelf photos."]


@pytest.mark.parametrize("reported", ["a 1.67cm MAE", "a 3.2^\\circ MAE"])
def test_a_metric_acronym_after_a_value_with_its_unit_is_no_method(reported):
    rec = extract_record({"id": "mu", "title": "Gloop: Shelf Height Forecasts", "abstract": (
        f"Gloop estimates shelf heights with {reported} on our stores. We pretrain the encoder with MAE on shelves.")})
    sentences = [m["sentence"] for e in rec["methods"] if e["name"] == "MAE" for m in e["mentions"]]
    assert sentences == ["We pretrain the encoder with MAE on shelves."]


@pytest.mark.parametrize("abstract", ["We pretrain the encoder with MAE and tune Qwen 2.5 on shelf photos.",
                                      "We compare MAE, which reaches 84.2 on ImageNet, with our shelf encoder."])
def test_a_value_of_another_clause_or_a_version_leaves_a_metric_named_method(abstract):
    rec = extract_record({"id": "mc", "title": "Gloop: Shelf Encoders", "abstract": abstract})
    assert "MAE" in _names(rec, "methods")


def test_attention_between_tokens_or_of_a_part_is_not_the_mechanism():
    rec = extract_record({"id": "ab", "title": "Gloop: Shelf Captions", "abstract": (
        "Gloop blocks attention between shelf tokens and lowers the attention of blank patches. "
        "We train Gloop on shelf photos.")})
    assert "attention" not in [n.lower() for n in _names(rec, "methods")]


@pytest.mark.parametrize("sentence", ["Gloop computes attention between shelf tokens and image tokens.",
                                      "Gloop replaces the attention in each layer with a shelf kernel."])
def test_attention_a_model_computes_or_replaces_is_the_mechanism(sentence):
    rec = extract_record({"id": "aw", "title": "Gloop: Shelf Captions", "abstract": sentence + " We train Gloop."})
    assert "attention" in [n.lower() for n in _names(rec, "methods")]


def test_a_verb_ing_form_with_an_object_is_not_a_task():
    rec = extract_record({"id": "go", "title": "GLOOP for Tracking the Emergence of Shelf Labels in Stores",
                          "abstract": "We study how shelf labels emerge. Gloop counts labels."})
    assert "tracking" not in [n.lower() for n in _names(rec, "tasks")]
    rec = extract_record({"id": "gp", "title": "Gloop", "abstract": (
        "Shoppers handle chores such as searching for products or planning a store route. We propose Gloop.")})
    assert "planning" not in [n.lower() for n in _names(rec, "tasks")]


def test_a_bare_word_of_another_kept_task_is_no_second_task():
    """A kept one-word task that is a word of another kept task ("hallucinations" beside "hallucination detection")
    names no second task."""
    rec = extract_record({"id": "x", "title": "ShelfProbe: Probing Signals for Spotting Hallucinations in Chat "
                          "Assistants", "abstract": "Chat assistants often produce hallucinations that users cannot "
                          "verify. We present ShelfProbe, a probe for hallucination detection that reads hidden "
                          "states. ShelfProbe improves hallucination detection on three benchmarks."})
    assert _names(rec, "tasks") == ["hallucination detection"]
    rec = extract_record({"id": "y", "title": "Mitigating Jailbreaks in Chat Assistants", "abstract": "We study "
                          "jailbreak attacks on chat assistants and propose ShelfGuard, a defense against jailbreak "
                          "attacks."})
    assert _names(rec, "tasks") == ["jailbreak attacks"]


def test_words_glued_where_a_space_or_symbol_was_lost_are_no_names():
    rec = extract_record({"id": "gl", "title": "Shelf Tuning for Small Models", "abstract": (
        "Our 7B model improves accuracy (e.g., 66.3 %rightarrow73.4 % on MathVista) with sizes from 1.3B sim14B. "
        "Relations such as isPartOf are kept, and the model is fasterAn online demo is available.")})
    names = _names(rec, "methods")
    assert not {"rightarrow73.4", "sim14B", "isPartOf", "fasterAn"} & set(names)


def test_names_built_on_a_listed_acronym_are_not_pieces_of_its_long_form():
    rec = extract_record({"id": "lid", "title": "ShelfLID: Shelf Language Identification", "abstract": (
        "We present ShelfLID, a language identification (LID) method. We explore the use of ShelfLID for two "
        "open-source LIDs (GlotLID and OpenLID), both based on the FastText architecture.")})
    assert {"GlotLID", "OpenLID"} <= set(_names(rec, "methods"))


def test_a_coined_name_right_after_a_percentage_is_what_was_measured():
    rec = extract_record({"id": "pc", "title": "ShelfDet: Shelf Detection in 3D", "abstract": (
        "We propose ShelfDet. It achieves 46.47% AP_3D and 52.75% RayIoU, and 21.4% on Foo-7B; "
        "training on 5% Tulu3 data suffices.")})
    methods = _names(rec, "methods")
    assert not {"AP_3D", "RayIoU"} & set(methods)
    assert "Foo-7B" in methods


def test_an_acronym_spelling_out_an_institution_or_a_survey_is_no_method():
    rec = extract_record({"id": "in", "title": "Decoding Shelf Policy Stance with Language Models", "abstract": (
        "Statements of the Federal Shelf Market Committee (FSMC) move markets, as do answers to the World Shelf "
        "Survey (WSS). We introduce Delta Shelf Scoring (DSS), which maps them to stance scores.")})
    methods = _names(rec, "methods")
    assert not {"FSMC", "WSS"} & set(methods)
    assert "DSS" in methods


def test_a_known_method_name_listed_among_datasets_names_data():
    rec = extract_record({"id": "dl", "title": "ShelfRouter: Dynamic Layer Routing", "abstract": (
        "We introduce ShelfRouter, a router for layers. On ARC (logic) and DART (math), ShelfRouter improves "
        "accuracy. Results on ScienceQA, GQA, and MMBench agree.")})
    assert "DART" not in _names(rec, "methods") and "GQA" not in _names(rec, "methods")
    assert {"DART", "GQA"} <= set(_names(rec, "datasets"))


def test_a_field_word_ending_in_ics_keeps_its_s():
    rec = extract_record({"id": "ik", "title": "ShelfArm: A Dual-Arm Shelf Simulator", "abstract": (
        "We present ShelfArm, built with inverse kinematics solvers for humanoid robots.")})
    assert "inverse kinematics" in _names(rec, "methods")


def test_a_known_acronym_redefined_with_a_long_form_of_the_same_first_letters_is_the_papers_part():
    # MFF and IAN are known acronyms ("Multimodal Fuzzy Fusion Framework", "Introspective Adversarial Network"):
    # a long form that only shares their first four letters still defines the paper's own module
    rec = extract_record({"id": "mff", "title": "A light shelf detector", "abstract": (
        "We propose ShelfDet, a light detector for shelves. First, a Multi-view Fusion Filter (MFF) module merges "
        "the views. Second, the Intra-shelf Alignment Normalizer (IAN) module aligns the items.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("MFF") is True and proposed.get("IAN") is True


def test_the_repeat_of_an_acronym_the_paper_defines_before_a_part_word_is_its_part():
    rec = extract_record({"id": "sag", "title": "ShelfVid: shelf video generation", "abstract": (
        "In this paper, we propose ShelfVid, a novel framework for synthesizing shelf videos. Specifically, our "
        "framework consists of a Sparse Shelf-view Drafting (SSD) and a Rack-guided Generative Inbetweening (RGI) "
        "module. The SSD module generates anchor views using an image diffusion model. Building on these anchor "
        "views, RGI module interpolates frames. The clients route queries within a peer-to-peer (P2P) overlay and "
        "a P2P network.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("SSD") is True and proposed.get("RGI") is True
    assert proposed.get("peer-to-peer") is False


def test_a_named_module_of_a_method_proposed_in_the_passive_is_proposed():
    rec = extract_record({"id": "bpim", "title": "Shelf mining for small item detection", "abstract": (
        "To address these issues, a shelf position mining (SPM) framework is proposed for small items. The "
        "proposed SPM includes a rack edge guidance (REG) module for extracting edges and a cross shelf fusion "
        "(CSF) module for merging features. Shelf cameras built from a auto white balance (AWB) module drift.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("REG") is True and proposed.get("CSF") is True
    assert not proposed.get("AWB")


def test_the_title_case_agents_of_a_proposed_system_are_its_parts():
    rec = extract_record({"id": "agents", "title": "ShelfWorld: coding shelves", "abstract": (
        "We introduce ShelfWorld, a framework that writes shelf code. A closed loop couples a PostProcess Agent "
        "that scripts motion with a VLM-Shelf Critic that performs self-reflection, and the Rack Planning Agent "
        "orders the items. It beats a Conversational Agent and an LLM Agent; a defender must act as a Double Agent.")})
    proposed = _proposed(rec, "methods")
    assert proposed.get("PostProcess Agent") and proposed.get("VLM-Shelf Critic")
    assert proposed.get("Rack Planning Agent")
    assert not proposed.get("Conversational Agent") and not proposed.get("LLM Agent")
    assert not proposed.get("Double Agent")


def test_a_name_followed_by_based_on_is_no_modifier():
    rec = extract_record({"id": "based", "title": "Shelf driving with rules", "abstract": (
        "We study rule-aware driving. Moreover, we construct a closed-loop benchmark named ShelfDrive-Highway "
        "based on the RackEnv simulator to evaluate decisions. We also present a network ShelfNet-X based on the "
        "unrolling of a low rank model.")})
    assert _proposed(rec, "datasets", "methods").get("ShelfDrive-Highway") is True
    assert _proposed(rec, "methods").get("ShelfNet-X") is True


def test_building_on_the_papers_own_dataset_keeps_it_proposed():
    rec = extract_record({"id": "own", "title": "Reading shelves like a clerk: a benchmark", "abstract": (
        "Shelf reading is hard. To fill this gap, we construct ShelfTrek, a new multi-stage visual question "
        "answering dataset for shelf reading. ShelfTrek covers 8 stages. Building on the ShelfTrek dataset, we "
        "propose a new vision-language model, ShelfTrekNet, that reads shelves.")})
    assert _proposed(rec, "datasets", "methods").get("ShelfTrek") is True


@pytest.mark.parametrize("abstract", [
    "We propose ShelfPt (Shelf Placement Ranking and Scoring), the first benchmark of shelf layouts.",
    "We release RackPile (built from store logs), the largest corpus of shelf photos. Gloop wins on RackPile."])
def test_an_apposition_after_a_names_bracket_types_it(abstract):
    rec = extract_record({"id": "bx", "title": "Probing Shelf Layouts", "abstract": abstract})
    assert {"ShelfPt", "RackPile"} & set(_names(rec, "datasets")), rec["datasets"]


@pytest.mark.parametrize("abstract", [
    "We introduce M3 (Multi-Shelf, Multi-Rack, Multi-Aisle), a training-free framework for shelf planning.",
    "We propose GloopS (Multi-Shelf and Multi-Rack), a novel architecture for shelf planning."])
def test_a_bracketed_list_does_not_share_the_apposition_after_it(abstract):
    rec = extract_record({"id": "bl", "title": "Gloop", "abstract": abstract})
    assert not {"Multi-Shelf", "Multi-Rack", "Multi-Aisle"} & set(_names(rec, "methods"))


@pytest.mark.parametrize("abstract, expected", [
    ("Gloop reaches 61% on ShelfQA 2024/2025.", {"ShelfQA 2024", "ShelfQA 2025"}),
    ("We score 32.0% and 26.0% on Rack-Bench Verified and Lite, respectively.", {"Rack-Bench Verified",
                                                                                  "Rack-Bench Lite"}),
    ("Gloop gains on four benchmarks (AQuA-RAT, ARC Easy/Challenge, and MMLU).", {"ARC Easy", "ARC Challenge"})])
def test_a_benchmark_release_shared_with_the_next_one_names_both(abstract, expected):
    rec = extract_record({"id": "st", "title": "Gloop", "abstract": abstract})
    assert expected <= set(_names(rec, "datasets")), rec["datasets"]


def test_a_number_after_a_release_and_and_is_no_sibling():
    rec = extract_record({"id": "sn", "title": "Gloop",
                          "abstract": "Gloop scores 81.2 on ShelfQA v2 and 78.0 on RackQA."})
    assert not [n for n in _names(rec, "datasets") if n.startswith("ShelfQA") and n != "ShelfQA v2"]


@pytest.mark.parametrize("title, abstract, name", [
    ("Shelf Reading", "In this work, we propose a novel framework called MedShelfBench to evaluate shelf readers.",
     "MedShelfBench"),
    ("R-Shelf: Graduate-level Benchmarks for Shelf Reading", "We introduce Reasoning Shelf Bench (RS-Bench).",
     "RS-Bench"),
    ("Gloop", "To address this, we propose ShelfAttackData+, a framework for shelf forgeries.",
     "ShelfAttackData+")])
def test_a_one_word_name_ending_in_a_benchmark_word_is_a_dataset(title, abstract, name):
    rec = extract_record({"id": "bw", "title": title, "abstract": abstract})
    assert name in _names(rec, "datasets") and name not in _names(rec, "methods"), (rec["datasets"], rec["methods"])


def test_a_studied_technique_defined_with_an_acronym_in_the_title_is_a_task():
    rec = extract_record({"id": "sa", "title": "Shelf Anchors in Post-Training Quantization", "abstract": (
        "Post-Training Quantization (PTQ) compresses a grocery model without labels. We anchor PTQ on shelf "
        "images and report higher shelf label accuracy.")})
    tasks = {e["name"]: e["aliases"] for e in rec["tasks"]}
    assert "post-training quantization" in tasks and "PTQ" in tasks["post-training quantization"]


def test_an_acronym_technique_the_title_puts_to_a_task_is_no_task():
    # (a known technique's kind, or the acronym would have no activity form and the test could not fail)
    rec = extract_record({"id": "sm", "title": "Harnessing Shelf Knowledge Distillation for Shelf Label Detection",
                          "abstract": ("Shelf Knowledge Distillation (SKD) asks a model about each shelf. We use SKD "
                                       "to detect shelf labels in grocery images.")})
    assert "SKD" in _names(rec, "methods")
    assert "shelf knowledge distillation" not in [entity_key(t) for t in _names(rec, "tasks")]


@pytest.mark.parametrize("sentence, names", [
    ("We plug the gate into two rack detectors, introducing the architectures ShelfQ2D and ShelfQ3D.",
     {"ShelfQ2D", "ShelfQ3D"}),
    ("We exploit the rack's flexibility by introducing xShelf, a deeper variant that reads aisles.", {"xShelf"})])
def test_names_the_authors_introduce_in_a_participle_clause_are_proposed(sentence, names):
    rec = _shelf_record(sentence)
    flags = _proposed(rec, "methods")
    assert all(flags.get(n) is True for n in names), flags


def test_a_described_thing_the_authors_introduce_in_a_participle_clause_stays_unflagged():
    rec = extract_record({"id": "pd", "title": "Reading shelves", "abstract": (
        "Shelf reading is hard. We overcome the limits of rack readers by introducing a Vision-Mamba architecture.")})
    assert _proposed(rec, "methods").get("Vision-Mamba") is not True, _proposed(rec, "methods")


def test_an_acronym_defined_right_after_novel_is_proposed_without_a_proposal_verb():
    rec = extract_record({"id": "nv", "title": "Reading shelves", "abstract": (
        "Shelf reading is hard. ShelfLM uses a novel introspective rack decoding (IRD) algorithm, which checks "
        "earlier tokens. It is trained via a novel and efficient shelf-aware rack tuning (SRT) procedure.")})
    flags = _proposed(rec, "methods")
    assert flags.get("IRD") is True and flags.get("SRT") is True, flags


@pytest.mark.parametrize("abstract, acronym", [
    ("We introduce a new strategy grounded in Shelf Response Theory (SRT). It orders racks.", "SRT"),
    ("We propose a rack ordering method grounded in the Shelf-Rack-Aisle (SRA) model. It orders racks.", "SRA")])
def test_an_acronym_a_proposal_is_grounded_in_is_not_proposed(abstract, acronym):
    rec = extract_record({"id": "gr", "title": "Reading shelves", "abstract": abstract})
    assert _proposed(rec, "methods").get(acronym) is False, _proposed(rec, "methods")


@pytest.mark.parametrize("sentence, name", [
    ("We fine-tune Qwen-2.5-3B on these dialogues, resulting in Shelf-RLPA, which achieves the best scores.",
     "Shelf-RLPA"),
    ("The curriculum runs 200 RL steps. The resulting model, SHELF-01, reasons over long proofs.", "SHELF-01"),
    ("We tune open-source LLMs on the synthetic data, resulting ShelfSQL, a specialized text-to-SQL model.",
     "ShelfSQL"),
])
def test_the_model_the_authors_steps_result_in_is_proposed(sentence, name):
    rec = extract_record({"id": "r1", "title": "Tuning agents with synthetic rewards",
                          "abstract": "Reward signals are sparse. " + sentence})
    assert _proposed(rec, "methods", "datasets").get(name) is True, _proposed(rec, "methods", "datasets")


@pytest.mark.parametrize("sentence", ["Experimental results in ShelfQA show that our reader wins.",
                                      "We report strong results in ShelfQA and in RackQA."])
def test_results_on_named_data_do_not_make_it_the_authors_result(sentence):
    # "results in" is a noun and a preposition here, not the verb of "This results in ShelfLM"
    rec = extract_record({"id": "rn", "title": "Tuning shelf readers",
                          "abstract": "Reward signals are sparse. We tune a compact shelf reader. " + sentence})
    assert _proposed(rec, "methods", "datasets").get("ShelfQA") is False, _proposed(rec, "methods", "datasets")


@pytest.mark.parametrize("sentence, name", [
    ("We introduce a rack strategy that adapts the recently proposed Shelf Reward Rack Optimization (SRRO) paradigm.",
     "SRRO"),
    ("We recently proposed ShelfDPO, a method that orders racks. In this paper, we introduce ShelfDPO++, which "
     "adds a model curriculum.", "ShelfDPO"),
    ("Our prior work, Shelf-Conditioned Whisper (SCW), reads racks. We propose ShelfNet, which reads shelves.", "SCW"),
])
def test_a_name_dated_before_the_paper_is_not_proposed(sentence, name):
    rec = _shelf_record(sentence)
    assert _proposed(rec, "methods", "datasets").get(name) is False, _proposed(rec, "methods", "datasets")


@pytest.mark.parametrize("abstract, dataset", [
    ("We construct a set of shelves named Multimodal Shelf Conflict (MSC) to study readers. Extensive experiments "
     "are conducted on the MSC dataset to compare readers.", "MSC"),
    ("We study rack reading in the Shelf Update Playground (SUP). Our results show that the SUP benchmark is hard.",
     "SUP")])
def test_an_acronym_a_later_mention_calls_the_x_dataset_is_a_dataset(abstract, dataset):
    rec = extract_record({"id": "ad", "title": "Reading shelves", "abstract": abstract})
    assert dataset in _names(rec, "datasets") and dataset not in _names(rec, "methods"), (rec["datasets"],
                                                                                         rec["methods"])


def test_an_acronym_that_modifies_other_nouns_stays_no_dataset():
    rec = extract_record({"id": "an", "title": "Reading shelves", "abstract": (
        "Antishelf rack gauge (ARG) testing is slow. ARG detection needs experts. On the ARG dataset, our reader "
        "gains 7.0% F1.")})
    assert "ARG" not in _names(rec, "datasets"), rec["datasets"]


def test_names_bracketed_after_kind_words_of_a_dataset_list_are_datasets():
    rec = extract_record({"id": "gb", "title": "Reading shelves", "abstract": (
        "We test ShelfNet on Arabic (KHOTT), Urdu (NUST-SHWR), and Persian (PHTQ) datasets. It also wins on "
        "coarse-grained (RackA-60, RackA-120) and fine-grained (Bin99, Bin288) benchmarks.")})
    assert {"KHOTT", "NUST-SHWR", "PHTQ", "Bin99", "Bin288"} <= set(_names(rec, "datasets")), rec["datasets"]


def test_an_acronym_a_title_calls_a_benchmark_is_a_dataset():
    rec = extract_record({"id": "tb", "title": "SHQR: A Multimodal Benchmark for Shelf Reading", "abstract": (
        "Shelf reading is hard. We present Shelf Question Reading (SHQR), with 3,000 shelf photos. Models fail "
        "on SHQR.")})
    assert "SHQR" in _names(rec, "datasets") and "SHQR" not in _names(rec, "methods"), (rec["datasets"],
                                                                                       rec["methods"])


def test_a_title_benchmark_word_leaves_a_name_the_abstract_calls_a_paradigm():
    rec = extract_record({"id": "tp", "title": "RackDet: Large-Scale Shelf Photo Benchmark for Rack Detection",
                          "abstract": ("We release a benchmark called ShelfPhotos. We further propose a rack detection "
                                       "(RackDet) paradigm that denoises shelves.")})
    assert "RackDet" not in _names(rec, "datasets"), rec["datasets"]


def test_a_model_class_named_after_the_papers_benchmark_stays_a_method():
    rec = extract_record({"id": "mc", "title": "ShelfEval: A Benchmark for Shelf Reading", "abstract": (
        "We introduce ShelfEval, a benchmark of 3,000 shelf photos. We also present ShelfEval-MLLM, a multimodal "
        "large language model tuned on it. ShelfEval-MLLM beats GPT-4.1 on ShelfEval.")})
    assert "ShelfEval-MLLM" not in _names(rec, "datasets"), rec["datasets"]


def test_a_name_after_an_opening_phrase_about_benchmarks_is_the_clause_subject():
    rec = extract_record({"id": "oc", "title": "Shelf reading", "abstract": (
        "We train shelf readers. On challenging long-context benchmarks, Racklets trained with self-study match "
        "in-context learning.")})
    assert "Racklets" not in _names(rec, "datasets"), rec["datasets"]


def test_ing_word_after_an_article_opens_no_verb_phrase():
    """m50: after "a" / "new" an -ing word is no verb ("we propose learning X"): it stays in the proposed phrase."""
    rec = extract_record({"id": "m50c", "title": "A Study of Shelves", "abstract": (
        "Based on this observation, we propose a new learning rate scheduler, that is agnostic to batch size.")})
    names = _names(rec, "methods")
    assert "learning rate scheduler" in names and "rate scheduler" not in names


@pytest.mark.parametrize("sentence, name", [
    ("In terms of rack layout, we introduce a new shelf foundation model -- RACKLET, which is trained on aisles.",
     "RACKLET"),
    ("We propose a scaling-aware estimation of shelf risk, SHELVER, for modeling rack failures.", "SHELVER"),
])
def test_a_lone_all_caps_name_apposed_in_a_proposal_is_kept(sentence, name):
    rec = _shelf_record(sentence)
    assert name in _names(rec, "methods"), _names(rec, "methods")


@pytest.mark.parametrize("sentence, name", [
    ("This paper introduces a novel evaluation method - Shelf-Eval - for judgment of rack layouts.", "Shelf-Eval"),
    ("For data collection, we develop a data generation pipeline, Rack-Instruct, which synthesizes shelf data.",
     "Rack-Instruct"),
    ("We propose 2D-ShelfNet, an efficient adaptation of a rack model to flat shelves.", "2D-ShelfNet"),
])
def test_a_hyphened_code_the_authors_name_is_proposed(sentence, name):
    rec = _shelf_record(sentence)
    assert _proposed(rec, "methods", "datasets").get(name) is True, _proposed(rec, "methods", "datasets")


def test_a_name_apposed_to_a_data_set_after_namely_is_a_dataset():
    rec = extract_record({"id": "ns", "title": "Reading shelves", "abstract": (
        "Shelf reading is hard. We also construct a large-scale rack data set, namely, RACKQ-TD, which contains "
        "6,418 shelf triplets.")})
    assert "RACKQ-TD" in _names(rec, "datasets"), (_names(rec, "methods"), _names(rec, "datasets"))


@pytest.mark.parametrize("sentence, name", [
    ("We present ShelfBot, which keeps a dynamic Rack Memo that grows a library of shelf layouts.", "Rack Memo"),
    ("We propose ShelfBot, which comprises two designs: (1) Aisle Store, which standardizes raw rack logs; (2) a rack "
     "planner.", "Aisle Store"),
    ("We propose ShelfBot, an agent that pairs a rack planner with an External Aisle Store, which standardizes rack "
     "logs.", "External Aisle Store"),
])
def test_a_title_case_name_an_article_opens_and_a_description_follows_is_kept(sentence, name):
    rec = _shelf_record(sentence)
    assert _proposed(rec, "methods", "datasets").get(name) is True, _proposed(rec, "methods", "datasets")


def test_a_title_case_state_a_where_clause_tells_of_is_no_name():
    rec = extract_record({"id": "tc", "title": "Reading shelves", "abstract": (
        "Shelf reading is hard. We report a profound Shelf Asymmetry, where upper racks are read first.")})
    assert "Shelf Asymmetry" not in _names(rec, "methods"), _names(rec, "methods")


@pytest.mark.parametrize("sentence, name", [
    ("We introduce ShelfBench, a benchmark of 600 rack images balanced across six shelf categories and seven aisle "
     "styles, together with RackNeg450, a real-image negative set for measuring false positives.", "RackNeg450"),
    ("We introduce RackTrack, a multi-shelf inventory tracker that reads labels with live aisle queries across stores "
     "and ShelfAnchor, a semantic retrieval tool that finds similar racks.", "ShelfAnchor"),
])
def test_a_second_described_name_past_the_proposal_window_is_proposed(sentence, name):
    rec = _shelf_record(sentence)
    assert _proposed(rec, "methods", "datasets").get(name) is True, _proposed(rec, "methods", "datasets")


def test_a_lone_all_caps_second_described_name_is_kept():
    rec = extract_record({"id": "sc", "title": "Reading shelves", "abstract": (
        "Shelf reading is hard. We introduce SHELFQ, a large-scale rack dataset comprising 11,273 shelf images "
        "generated from public collections, along with RACKQ, which includes 60 real shelf images for exclusive "
        "evaluation.")})
    assert _proposed(rec, "methods", "datasets").get("RACKQ") is True, _proposed(rec, "methods", "datasets")


@pytest.mark.parametrize("sentence, gone", [
    ("Shelf labels are scarce, which limits training shelf segmentation models for stores.",
     "training shelf segmentation"),
    ("Annotated shelf scans are scarce for training optical character recognition (OCR) systems in stores.",
     "training optical character recognition"),
])
def test_training_that_takes_a_model_as_object_is_no_part_of_the_task(sentence, gone):
    rec = _shelf_record(sentence)
    assert gone not in _names(rec, "tasks"), _names(rec, "tasks")
    assert gone.split(" ", 1)[1] in _names(rec, "tasks"), _names(rec, "tasks")


def test_training_before_a_data_noun_stays_in_the_task():
    rec = extract_record({"id": "tv", "title": "Reading shelves", "abstract": (
        "Shelf reading is hard. Annotated scans are scarce for training data generation models.")})
    assert "training data generation" in _names(rec, "tasks"), _names(rec, "tasks")


@pytest.mark.parametrize("sentence, name", [
    ("We address this by introducing dynamic shelf weighting, which adaptively adjusts rack weights.",
     "dynamic shelf weighting"),
    ("Second, we introduce intra-ViT early shelf compression, which reduces rack tokens.",
     "intra-ViT early shelf compression"),
    ("We propose test-time correction of shelving, a lightweight intervention method that fixes racks.",
     "test-time correction of shelving"),
])
def test_a_bare_phrase_a_technique_apposition_describes_after_the_proposal_verb_is_proposed(sentence, name):
    rec = _shelf_record(sentence)
    assert _proposed(rec, "methods").get(name) is True, _proposed(rec, "methods", "tasks")


def test_a_bare_phrase_described_as_a_new_task_is_no_proposed_method():
    rec = extract_record({"id": "bt", "title": "Reading shelves", "abstract": (
        "Shelf reading is hard. We introduce shelf label generation, a new task for rack models.")})
    assert "shelf label generation" not in _proposed(rec, "methods"), _proposed(rec, "methods")


def test_an_acronym_for_the_tool_a_proposed_dataset_is_built_with_is_not_proposed():
    rec = extract_record({"id": "bw", "title": "ShelfSim: a synthetic rack dataset", "abstract": (
        "Shelf reading is hard. We present ShelfSim, a synthetic rack dataset built entirely in Rack Engine 5 (RE5). "
        "Models trained on ShelfSim read racks better.")})
    proposed = _proposed(rec, "methods", "datasets")
    assert proposed.get("ShelfSim") is True and proposed.get("RE5") is not True, proposed


def test_a_phrase_named_only_before_process_is_a_step_not_a_task():
    title = "ShelfNet: Counting Products on Store Shelves"
    step = "We present ShelfNet, which injects planogram features into the shelf image generation process."
    rec = extract_record({"id": "pr", "title": title, "abstract": "Store robots must count products. " + step})
    assert "shelf image generation" not in _names(rec, "tasks")
    # named as the problem elsewhere, the phrase stays a task
    rec = extract_record({"id": "ps", "title": title, "abstract": "We study shelf image generation. " + step})
    assert "shelf image generation" in _names(rec, "tasks")


@pytest.mark.parametrize("sentence, name", [
    ("We propose shelf steering, a lightweight method that moves rack states.", "shelf steering"),
    ("We further introduce next-shelf prediction as a self-supervised pretraining strategy, which helps.",
     "next-shelf prediction"),
    ("Our framework introduces weak-to-strong control, allowing small models to sort racks.", "weak-to-strong control"),
])
def test_a_bare_phrase_called_a_technique_after_the_proposal_verb_is_no_task(sentence, name):
    rec = _shelf_record(sentence)
    assert _proposed(rec, "methods").get(name) is True, _proposed(rec, "methods", "tasks")
    assert name not in _proposed(rec, "tasks"), _proposed(rec, "tasks")


def test_a_bare_phrase_introduced_as_a_task_stays_a_task():
    rec = extract_record({"id": "bk", "title": "Reading shelves", "abstract": (
        "Shelf reading is hard. We introduce rack geolocation prediction as an auxiliary task and inject vectors.")})
    assert "rack geolocation prediction" not in _proposed(rec, "methods"), _proposed(rec, "methods", "tasks")


@pytest.mark.parametrize("sentence, name", [
    ("We refer to our framework as Shelf Template Augmented Racks (STAR).", "STAR"),
    ("To evaluate it, we introduce the first benchmark for shelf-aware rack counting: ShelfCountBench.",
     "ShelfCountBench"),
    ("We use ShelfSet to train a novel, transformer-based monocular RACK prediction model (RackFormer) that counts.",
     "RackFormer"),
])
def test_a_name_the_authors_give_what_they_make_is_proposed(sentence, name):
    rec = _shelf_record(sentence)
    assert _proposed(rec, "methods", "datasets").get(name) is True, _proposed(rec, "methods", "datasets")


@pytest.mark.parametrize("sentence, name", [
    ("Two listings often refer to the same Rack Keeping Unit (RKU) in stores.", "RKU"),
    ("We trained multiple 2D CNN architectures (ShelfNet-50, RackNet-B3) on 300 frames.", "RackNet-B3"),
])
def test_a_name_others_made_is_not_proposed(sentence, name):
    rec = _shelf_record(sentence)
    assert _proposed(rec, "methods", "datasets").get(name) is not True, _proposed(rec, "methods", "datasets")


def test_a_known_name_our_steps_result_in_is_proposed():
    known = ("Shelf reading is hard. We filter 11k shelf samples to tune a base model, resulting in our final model, "
             "Vicuna. Vicuna counts racks well.")
    rec = extract_record({"id": "kr", "title": "Reading shelves", "abstract": known})
    assert _proposed(rec, "methods").get("Vicuna") is True, _proposed(rec, "methods")
    rec = extract_record({"id": "kc", "title": "Reading shelves", "abstract": (
        "Shelf reading is hard. We tune a base model on shelves, resulting in better counts than Vicuna.")})
    assert _proposed(rec, "methods").get("Vicuna") is not True, _proposed(rec, "methods")
    for others in ("We prune with our method, resulting in Vicuna with half of its weights.",
                   "Our pruning, resulting in Vicuna with 50% sparsity, keeps accuracy."):
        rec = _shelf_record(others)
        assert _proposed(rec, "methods").get("Vicuna") is not True, (others, _proposed(rec, "methods"))


def test_named_items_of_the_authors_components_are_proposed():
    rec = extract_record({"id": "ci", "title": "Reading shelves", "abstract": (
        "Shelf reading is hard. To fill this gap, we propose ShelfStar, the first rack reading framework. Our "
        "framework includes three core components: the fine-grained dataset ShelfQ-Data, the visual method "
        "ShelfQ-Tuner, and the well-structured benchmark ShelfQ-Bench.")})
    proposed = _proposed(rec, "methods", "datasets")
    assert all(proposed.get(n) is True for n in ("ShelfQ-Data", "ShelfQ-Tuner", "ShelfQ-Bench")), proposed


def test_a_known_acronym_bracketed_after_the_proposed_kind_is_proposed():
    rec = extract_record({"id": "ka", "title": "Reading shelves", "abstract": (
        "Shelf reading is hard. We introduce a human-robot collaborative method (SAGA), leveraging rack expertise. "
        "SAGA reads 90% of shelves.")})
    assert _proposed(rec, "methods").get("SAGA") is True, _proposed(rec, "methods")


def test_a_known_size_of_the_stem_of_a_proposed_name_is_not_proposed():
    rec = _shelf_record("We propose BERT-PKD, a distillation method that compresses BERT 340M into a small model.")
    assert _proposed(rec, "methods").get("BERT 340M") is not True, _proposed(rec, "methods")


def test_a_known_name_introduced_as_its_makers_first_model_is_proposed():
    # a known name spelled like the paper's own: "Mistral's first reasoning model" claims it as new; a plain
    # apposition after a comparison does not
    rec = _shelf_record("We introduce Vicuna, Acme's first shelf reasoning model. It beats Alpaca, Acme's chat model.")
    flags = _proposed(rec, "methods")
    assert flags.get("Vicuna") is True
    assert flags.get("Alpaca") is False


def test_building_on_the_name_right_after_we_propose_keeps_it_proposed():
    rec = _shelf_record("We first propose ShRN (Shelf Routing Network), a network for shelf images. "
                        "Building on the ShRN architecture, we develop ShelfStack, which reads stacked shelves.")
    flags = _proposed(rec, "methods")
    assert flags.get("ShRN") is True
    assert flags.get("ShelfStack") is True


def test_the_data_this_yields_is_proposed_but_not_what_a_step_yields():
    rec = _shelf_record("We synthesise shelf edits with a pipeline. This yields ShelfEdit-148k, pairing edits with "
                        "images. Tuning yields ShelfBERT with half the error. Our analysis, which yields ShelfQA "
                        "scores, helps.")
    flags = _proposed(rec, "methods", "datasets")
    assert flags.get("ShelfEdit-148k") is True
    assert flags.get("ShelfBERT") is False
    assert flags.get("ShelfQA") is False


def test_a_defined_part_walked_through_by_ordinal_or_described_with_care_is_proposed():
    rec = _shelf_record("We propose ShelfOpt, a policy optimizer for shelf agents. It credits each call with two "
                        "advantages. The first, Shelf Probe Reward (SPR), is a judge-free signal. ShelfOpt "
                        "incorporates a vision-language model (VLM), masks generated by the Segment Anything Model "
                        "(SAM), and a meticulously designed Mask-based Feature Extractor (MFE) to read labels.")
    flags = {f: e["proposed"] for e in rec["methods"] for f in [e["name"], *e["aliases"]]}
    assert flags.get("SPR") is True
    assert flags.get("MFE") is True
    assert flags.get("SAM") is False


def test_a_carefully_tuned_definition_the_authors_use_is_not_a_proposed_part():
    # the manner words before it pass to the verb: "we use a carefully tuned X (A)" uses another's X
    rec = _shelf_record("We propose ShelfOpt, a policy optimizer for shelf agents. We use a carefully tuned "
                        "Proximal Policy Optimization (PPO) baseline. Our baseline is a widely used Graph Routing "
                        "Transformer (GRT).")
    flags = _proposed(rec, "methods")
    assert flags.get("PPO") is False
    assert flags.get("GRT") is False


def test_a_kind_word_before_the_next_name_in_a_list_is_no_apposition():
    # "the dataset ShelfSet, the method ShelfRL, and ...": ", the method" opens the next item, it does not describe
    # ShelfSet; "DC3: a Dataset Condensation framework" is a framework, not a dataset
    rec = _shelf_record("Our framework includes three core components: the fine-grained dataset ShelfSet, the visual "
                        "RL method ShelfRL, and the benchmark ShelfBench. We propose DC3: a Dataset Condensation "
                        "framework with Color Compensation.")
    assert {"ShelfSet", "ShelfBench"} <= set(_names(rec, "datasets"))
    assert {"ShelfRL", "DC3"} <= set(_names(rec, "methods"))


def test_a_common_verb_before_a_task_phrase_is_not_part_of_it():
    rec = _shelf_record("Open problems include shelf gap detection and planogram compliance checking.")
    tasks = _names(rec, "tasks")
    assert not any(t.startswith("include") for t in tasks)
    assert any("shelf gap detection" in t for t in tasks)


@pytest.mark.parametrize("sentence, name", [
    ("We propose a benchmark named ShelfSet (Shelf Spatial Understanding Tasks) for the study.", "ShelfSet"),
    ("We introduce a novel dataset, called Shelf Essay Detection in Education (SEDE), of 900 essays.", "SEDE"),
    ("We introduce a new benchmark, Long Shelf Reasoning Evaluation (LSRE), with 900 essays.", "LSRE"),
])
def test_an_acronym_defined_as_the_name_of_a_new_dataset_is_that_dataset(sentence, name):
    rec = _shelf_record(sentence)
    assert _proposed(rec, "datasets") == {name: True}
    assert name not in _names(rec, "methods")


def test_names_after_an_opening_adverbial_of_datasets_are_no_datasets():
    rec = _shelf_record("In these datasets, RackFormer is best. Across benchmarks, Graph Shelf Networks (GSN) "
                        "lead. On two benchmark datasets, ShelfQA-Blur and BinQA-Blur, it wins.")
    assert _names(rec, "datasets") == ["ShelfQA-Blur", "BinQA-Blur"]
    assert {"RackFormer", "GSN"} <= set(_names(rec, "methods"))


def test_a_coined_name_ends_before_what_it_is_for():
    rec = _shelf_record("We construct the first dataset named ShelfVid-HOID for ST-HOID evaluation. We propose a "
                        "novel approach called HGShelf for Korean VQA, and Aligning TeacheR with StudenT PreferencEs "
                        "(ARTE).")
    assert _proposed(rec, "datasets") == {"ShelfVid-HOID": True}
    assert {"HGShelf": True, "ARTE": True}.items() <= _proposed(rec, "methods").items()


def test_a_title_case_run_ends_before_its_preposition():
    rec = _shelf_record("FooNet reaches an Area Under the ROC curve of 0.9 with the Shelf Rack Module Of it.")
    assert not any(name.endswith(("Under", "Of")) for kind in ("methods", "datasets") for name in _names(rec, kind))


def test_a_hypothesis_or_law_is_no_method_even_when_proposed():
    rec = _shelf_record("We propose the Shelf Decoupling Hypothesis and the Shelf Scaling Law, and test them with "
                        "ShelfNet.")
    assert _names(rec, "methods") == ["ShelfNet"]


def test_a_known_name_after_a_preposition_opening_the_title_is_its_topic():
    rec = extract_record({"id": "r", "title": "Behind RoPE: How Does a Causal Mask Encode Position?",
                          "abstract": "We study how the causal mask encodes position beside RoPE."})
    assert _proposed(rec, "methods")["RoPE"] is False


def test_whose_system_is_presented_is_no_name_of_it():
    rec = _shelf_record("We present Pinterest's system for attribute extraction.")
    assert "Pinterest" not in _names(rec, "methods")


def test_a_licence_is_no_method():
    rec = _shelf_record("We release the ShelfSet dataset under a permissive CC BY 4.0 license; code is under CC "
                        "BY-NC-SA 4.0.")
    assert _names(rec, "methods") == []
    assert _names(rec, "datasets") == ["ShelfSet"]


def test_an_acronym_defined_before_an_image_encoder_is_the_model():
    rec = _shelf_record("We use an appropriately pretrained Vision Transformer (ViT) image encoder. We fuse "
                        "low-resolution multispectral (LRMS) images.")
    assert _forms(rec, "methods") == {entity_key("ViT"), entity_key("Vision Transformer")}


def test_the_name_of_a_novel_part_is_proposed():
    rec = _shelf_record("Our method employs a novel music encoder ShelfTune to align beats, unlike the encoder "
                        "RackTune.")
    assert _proposed(rec, "methods") == {"ShelfTune": True, "RackTune": False}


def test_a_word_lettered_as_a_name_is_a_name_but_not_a_variable():
    rec = _shelf_record("Across three benchmarks, Shelf-X, Rack-City-R, and GAIA, our agent wins over the "
                        "Top-K baseline.")
    assert {"Shelf-X", "Rack-City-R"} <= set(_names(rec, "datasets"))
    assert not any("Top-K" in name for kind in ("methods", "datasets") for name in _names(rec, kind))


def test_names_listed_before_a_plural_dataset_apposition_are_datasets():
    rec = _shelf_record("We release ShelfV2-R and Rack-City-R, CARLA-based datasets for robust perception.")
    assert {"ShelfV2-R", "Rack-City-R"} <= set(_names(rec, "datasets"))
    assert _names(rec, "methods") == []


def test_a_name_after_a_decimal_score_is_its_metric():
    rec = _shelf_record("ShelfNet reduces hallucination by 5.0 Shelf-I points and reaches 74.7 mAPH.")
    assert _names(rec, "methods") == ["ShelfNet"]


def test_an_acronym_of_a_hyphened_property_is_no_method():
    rec = _shelf_record("Vision-language (VL) models fail on out-of-distribution (OOD) shelves; we propose a "
                        "no-reference (NR) shelf quality evaluator, ShelfQ, built on a mixture-of-experts (MoE).")
    assert set(_names(rec, "methods")) == {"ShelfQ", "MoE"}


def test_a_known_model_giving_an_example_in_brackets_after_a_dataset_stays_a_method():
    rec = _shelf_record("Results on ImageNet (e.g., ResNet-50 reaches 76%) are reported.")
    assert _names(rec, "datasets") == ["ImageNet"]
    assert _names(rec, "methods") == ["ResNet-50"]


def test_the_maker_before_a_possessive_model_name_is_no_method():
    rec = _shelf_record("We distill DeepSeek's R1 and Alibaba's Qwen2 into ShelfNet and study BERT's attention.")
    assert not {"DeepSeek", "Alibaba"} & set(_names(rec, "methods"))
    assert {"Qwen2", "ShelfNet", "BERT"} <= set(_names(rec, "methods"))


def test_a_bare_variant_word_of_a_listed_benchmark_is_no_dataset():
    rec = _shelf_record("We evaluate on the SWE-Bench Lite and Verified benchmarks.")
    assert "Verified" not in _names(rec, "datasets")


def test_an_acronym_of_a_media_pair_is_a_task_not_a_proposed_method():
    rec = _shelf_record("We propose a text-to-image (T2I) model named ShelfGen, gaining $+16.85$ ShelfScore.")
    assert _names(rec, "methods") == ["ShelfGen"]
    assert any("text-to-image" in name for name in _names(rec, "tasks"))


def test_a_baseline_named_after_its_colon_is_not_proposed():
    rec = _shelf_record("The proposed system outperforms two strong neural baselines: the Shelf Data Router and "
                        "RackNet.")
    assert not any(_proposed(rec, "methods").values())


def test_a_dataset_the_authors_are_curating_is_proposed():
    rec = _shelf_record("We are curating a large-scale Shelf-Robotics dataset.")
    assert _proposed(rec, "datasets") == {"Shelf-Robotics": True}
