"""Type a candidate by the words around it and by its shape (dataset, method or task)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.components.context import (ALLCAPS, KEEP_CASE, LIST_JOINS, METHOD_CUES, closing_bracket, lower_word,
                                           past_bracket, past_the, title_end_of)
from kg.extract.components.candidates import Cand, lowers, span_text, texts, word_between
from kg.extract.components.list_rules import SUITE_MEMBERS
from kg.extract.components.sentences import sentence_of
from kg.extract.components.lexicon import DATASET_HEADS, load_terms
from kg.extract.normalize import singular
from kg.extract.components.task_confidence import NOT_PURPOSE_HEADS
from kg.extract.components.naming_cues import KIND_WORDS
from kg.extract.proposed import NAMING_WORDS, TITLE_SEPARATORS
from kg.extract.components.misreadings import DATASET_PLURALS, METRIC_ACRONYMS, number_after
from kg.extract.components.list_context import (METHOD_LISTING_NOUNS, PLURAL_DATASET_HEADS, called_after_method_word,
                                                data_taken_from, grouped_before_datasets, listed_after_dataset_word,
                                                listed_after_method_word, opening_adverbial)

__all__ = ["BILLIONS", "SUBSET_WORDS", "DATASET_SUFFIX", "APPOSITION_DATASET_HEADS", "DATABASES", "TASK_WORDS",
           "TASK_FORMS", "TASK_NOUNS", "task_noun_at", "METRIC_NAME", "benchmarked", "masked_objective",
           "APPOSITION_METHOD_HEADS", "PARAMS", "context_label", "modified_dataset_word_after", "closes_data_phrase",
           "benchmarking_title", "PARTS", "family_label", "task_apposition", "benchmark_name", "titled_as_data",
           "title_names_data", "named_data"]

# "Llama2-7B", "Qwen2.5-1.5B": a model's parameter count (not a letter-digit-letter code: "B2B", "P2B")
BILLIONS = re.compile(r"(?<![A-Za-z0-9.])\d+(?:\.\d+)?[Bb](?:-|$)")
_RESULT_NUMBER = re.compile(r"\d%|\d\.\d")  # "20.7%", "0.769": a reported result
_EVAL_WORDS = re.compile(r"experiment|evaluat|benchmark|test|result|outperform|achiev|accurac|perform|state-of-the-art"
                         r"|sota|dataset|surpass|attain|baselines|gains")
# "-2M", "10K" sizes and 4-digit years end many dataset names (LAION-400M, COD10K, VOC2012, CAMELYON16, EndoVis 2024)
_DATASET_SHAPE = re.compile(r"[A-Za-z][-_]?\d+(?:\.\d+)?[KkM]$|\d-\d+(?:\.\d+)?[Kk]$|[A-Za-z][-_ ]?20[0-2]\d$"
                            r"|[A-Z]{3,}1[0-9]$|20[0-2]\d Task \d{1,2}$")
# a named subset of a benchmark: "SWE-bench Verified", "ARC Easy"
SUBSET_WORDS = frozenset("Verified Lite Hard Easy Diamond Pro Plus Full Extended".split())
# (a release after a space too: "Terminal-Bench 2.0", "LongBench v2"; a subset word after a space or a hyphen:
# "SWE-bench Verified", "Foo-Bench-Lite")
_RELEASE_TAIL = rf"[-\d.v]*(?: v?\d+(?:\.\d+)*)?(?:[ -](?:{'|'.join(sorted(SUBSET_WORDS))}))?$"
# the benchmark and data words a name can end in ("Data" only glued or hyphened to the name before it: "ShelfData",
# "ReCo-Data", not "Big Data")
_BENCHMARK_ENDINGS = r"Bench|bench|BENCH|Benchmark|Arena|Corpus|Suite|Dataset|(?<=[a-z0-9-])Data"
DATASET_SUFFIX = re.compile(rf"(?:{_BENCHMARK_ENDINGS}|QA|Eval|EVAL|Instruct-\d+K|-QA){_RELEASE_TAIL}")
# the literal words one of which every DATASET_SUFFIX match holds, and the digit every _DATASET_SHAPE match holds:
# the cheap tests before those patterns, which try their alternatives at every character of a name (3-10x slower
# on the many names they do not match)
_SUFFIX_WORDS = re.compile(r"Bench|bench|BENCH|QA|Eval|EVAL|Arena|Corpus|Suite|Instruct-|Data")
_DIGIT = re.compile(r"\d")


def _dataset_suffix(text: str) -> bool:
    """``text`` ends in a benchmark or dataset word, perhaps with a release or subset after it (DATASET_SUFFIX).

    >>> [_dataset_suffix(t) for t in ("ShelfBench", "Foo-QA v2", "SWE-bench Verified", "ShelfNet", "Databases")]
    [True, True, True, False, False]
    >>> [_dataset_suffix(t) for t in ("ReCo-Data", "Bin-Bench-Lite", "ShelfDataset", "Big Data", "Rack-Database")]
    [True, True, True, False, False]
    """
    return bool(_SUFFIX_WORDS.search(text) and DATASET_SUFFIX.search(text))


# a one-word name ending in a benchmark or data word, perhaps with a release, a subset, "+" or a capitalised variant
# tag after it ("R-Bench", "OSMa-Bench++", "ARMBench-VL", "Foo-Bench v2", "WildFoo-Arena", "TFQ-Data"; not
# "OSMa-Bench-compatible", "Bench-RAG", "Big Data"); "Eval" and "QA" also end methods and acronyms ("PresentEval", GQA)
_BENCHMARK_WORDS_AT_END = re.compile(
    rf"(?:{_BENCHMARK_ENDINGS}|DataSet)(?:\+{{1,2}}$|-[A-Z]{{1,4}}\d*$|{_RELEASE_TAIL})")
_BENCHMARK_CHARS = re.compile(r"ench|ENCH|Arena|Corpus|Suite|Data")  # the cheap test first


def benchmark_name(text: str) -> bool:
    """``text`` is a benchmark or dataset by its shape alone: one word ending in "Bench", "Arena", "Corpus", "Suite",
    "Dataset" or a glued "Data" (in the annotated tuning gold such one-word names are datasets 273 times, methods once),
    whatever a sentence calls it ("a novel framework called FooBench", "Reasoning Bench (R-Bench)").

    >>> [benchmark_name(t) for t in ("R-Bench", "OSMa-Bench++", "ARMBench-VL", "FooBench v2", "SWE-bench Verified")]
    [True, True, True, True, True]
    >>> [benchmark_name(t) for t in ("ShelfArena", "TFQ-Data", "ShelfDataset", "Foo-Corpus", "BinSuite")]
    [True, True, True, True, True]
    >>> [benchmark_name(t) for t in ("Bench", "Bench-RAG", "OSMa-Bench-compatible", "Foo Bench", "Foo-Bench-RAGGED")]
    [False, False, False, False, False]
    """
    if not _BENCHMARK_CHARS.search(text):
        return False
    m = _BENCHMARK_WORDS_AT_END.search(text)
    return bool(m) and m.start() > 0 and " " not in text[:m.start()]


def _dataset_shape(text: str) -> bool:
    """``text`` ends like a dataset's size or year (_DATASET_SHAPE: "LAION-400M", "COD10K", "VOC2012").

    >>> [_dataset_shape(t) for t in ("LAION-400M", "COD10K", "EndoVis 2024", "ResNet-50", "Llama-7B", "ShelfNet")]
    [True, True, True, False, False, False]
    """
    return bool(_DIGIT.search(text) and _DATASET_SHAPE.search(text))


# an evaluation named as a procedure: "PresentEval", "Foo-Eval v2" (not "FooBench", "Foo Arena")
_EVAL_SUFFIX = re.compile(rf"(?:Eval|EVAL){_RELEASE_TAIL}")
APPOSITION_DATASET_HEADS = frozenset("environment environments arena arenas gym gyms".split())
_ENVIRONMENT_HEADS = frozenset("environment environments simulator simulators".split())
# what a benchmark-shaped name is called in apposition and stays a benchmark: "Foo-Bench, an evaluation pipeline"
# (not a model: "FooQA, a unified speech-vision model")
_EVALUATION_TOOL_HEADS = frozenset("framework frameworks pipeline pipelines system systems platform toolkit".split())
# what a proposed name's apposition calls it when it is surely no data ("Foo, a novel approach"; not "framework",
# which names evaluation suites as often)
_MODEL_HEADS = frozenset("model method approach algorithm technique architecture network".split())
# a bracket after these names the data: "a Polish-language corpus (CulturaX-PL)", "public sources (Foo, Bar)"
DATABASES = frozenset(("database", "databases"))
_SETS = frozenset(("set", "sets"))
_SET_KINDS = frozenset("test evaluation data training validation held-out benchmark".split())
_MADE_BY = frozenset("generated annotated labeled labelled synthesized synthesised translated produced created "
                     "simulated rendered distilled".split())
_DATA_NOUNS = DATASET_HEADS | DATABASES | {"sources"}
# records a collection is made of, named in brackets after them: "natural face videos (CelebV-HQ)"
_RECORDS = frozenset("videos images recordings scans photos photographs clips documents questions problems".split())


TASK_WORDS = frozenset(("task", "problem"))  # also read by _named_task
TASK_FORMS = frozenset(("task", "tasks"))  # "the task of X", "the ERC task", "on FooQA tasks"
TASK_NOUNS = TASK_WORDS | {"tasks", "problems"}  # "basic Medical Decision Making (MDM) tasks"


def task_noun_at(low: list[str], k: int, nouns: frozenset[str] = TASK_WORDS) -> bool:
    """Token ``k`` is one of ``nouns`` ("task", "problem") and no kind word follows it: "a novel task framework"
    is a method for the task.

    Examples
    --------
    >>> task_noun_at("a new task framework".split(), 2), task_noun_at("the CIR task".split(), 2)
    (False, True)
    """
    return k < len(low) and low[k] in nouns and not (k + 1 < len(low) and low[k + 1] in KIND_WORDS)


# scores at a cut-off or threshold: "AP50", "Rank-1", "R@1", "Pass@10"; error rates and distances under a variant
# name: "cpWER", "tcpWER", "Chamfer-L2"
METRIC_NAME = re.compile(r"^(?:m?AP|AR)\d{2}$|^(?i:rank|top|hit|hits|recall|pass|ndcg|acc|r|p)(?:-|@)\d+$"
                         r"|^m(?i:dice|recall|precision|iou|acc|f1|ap|ae|se)$"
                         r"|^[a-z]{1,4}(?:WER|CER)$|^Chamfer-L[12]$")


def _benchmark_score(doc: Doc, c: Cand) -> bool:
    """A coined name whose score is reported is the benchmark that scores: "a FooEval score of 0.90" (not a metric
    written with "score": "an F1 score of 0.84", "a Char-BLEU score of 12").

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("It reaches a FOOE score of 0.90 and a Char-BLEU score of 12 .")
    >>> [_benchmark_score(doc, Cand(k, k + 1, "NAME", "coined", "", 0.5)) for k in (3, 10)]
    [True, False]
    """
    low = lowers(doc)
    if not (c.end + 1 < len(doc) and low[c.end] in ("score", "scores") and low[c.end + 1] == "of"
            and number_after(doc, c.end + 1)):
        return False
    return not any(p in METRIC_ACRONYMS or METRIC_NAME.match(p) for p in PARTS.split(span_text(doc, c.start, c.end)))


# what a masked objective asks the model to do: "masked video modeling", "masked token prediction"
_MASKED_OBJECTIVE_HEADS = frozenset("modeling modelling reconstruction prediction autoencoding".split())


_BENCHMARK_WORDS = frozenset("benchmark benchmarks testbed suite".split())


def benchmarked(doc: Doc, c: Cand) -> bool:
    """A technique phrase a benchmark is built for is the task it measures: "a benchmark for visual token
    pruning", "visual search benchmarks".

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("a benchmark for visual token pruning and visual search benchmarks")
    >>> [benchmarked(doc, Cand(a, b, "METHOD", "head_method", "", 0.5)) for a, b in ((3, 6), (7, 9))]
    [True, True]
    """
    low = lowers(doc)
    k = past_the(doc, c.start)
    return (c.end < len(doc) and low[c.end] in _BENCHMARK_WORDS
            or k > 1 and low[k - 1] == "for" and low[k - 2] in _BENCHMARK_WORDS)


def masked_objective(doc: Doc, c: Cand) -> bool:
    """ "masked point modeling", "masked reconstruction" in the abstract: a self-supervised training objective,
    not a task ("masked face recognition" is a task about masks; a title phrase names the paper's own approach).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe pretrain with masked shelf modeling for masked face recognition.")
    >>> i, j = [k for k, w in enumerate(lowers(doc)) if w == "masked"]
    >>> masked_objective(doc, Cand(i, i + 3, "TASK", "head_task", "", 0.5)), masked_objective(doc, Cand(
    ...     j, j + 3, "TASK", "head_task", "", 0.5))
    (True, False)
    """
    low = lowers(doc)
    return low[c.start] == "masked" and low[c.end - 1] in _MASKED_OBJECTIVE_HEADS and c.start >= title_end_of(doc)


# "Joint Hard Contrastive Learning (JHCL), a novel training strategy": words that present a technique
APPOSITION_METHOD_HEADS = frozenset("approach approaches technique techniques strategy strategies scheme mechanism "
                                    "procedure pipeline regularizer objective".split())
PARAMS = re.compile(r"^\d+(?:\.\d+)?[BM]$")  # a parameter count: "8B", "350M"


_APPOSITION_END = frozenset("for of with that which to from by".split())
# words that end the modifiers between a name and its head noun ("the COMPAS recidivism dataset")
_NOT_MODIFIERS = _APPOSITION_END | frozenset("""
on in at as and or a an the this these those its their our across over into via through using than between within
all both two three four five six several many multiple various
""".split())
# what an agent is tested in: "X, a two-player cooperative game", "Y, a unified evaluation gym" (a "simulator" is
# as often a generative model: "StyledStreets, a multi-style street simulator")
_PLAY_HEADS = frozenset("game games gym sandbox".split())
# what a testbed is for: "X, a production-grounded infrastructure for assessing agents"
_EVALUATING = frozenset("evaluating assessing benchmarking measuring testing probing".split())
_GROUP_NOUNS = frozenset("group set collection family series pair number range variety suite".split())  # "a set of"
_TITLE_TARGET_PREPS = frozenset("for on in at to toward towards with".split())


# the word right before "on X" that runs a model over X: X is data
_DATA_USE_BEFORE_ON = frozenset("""
evaluated tested trained pretrained pre-trained fine-tuned finetuned benchmarked validated results accuracy
""".split())


_AUXILIARIES = frozenset("is are was were has have had will can".split())
# what opens an apposition that says what a name is: "X, a new benchmark", "X and Y, two widely used benchmarks"
_APPOSITION_OPENERS = frozenset("a an the our two three four five six both".split())


def context_label(doc: Doc, c: Cand) -> tuple[str | None, int]:
    """The type the words around the candidate ``c`` give it, and how strongly (0 when they give none): a dataset
    word after it ("the CARLA simulator", "Foo, a new benchmark"), a list or source ("datasets such as X", "data from
    X"), a method word or naming ("methods like X", "a framework called X"), a task it defines.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe test on the ShelfQA benchmark, against methods such as RackNet. BinNet is fast.")
    >>> names = [texts(doc).index(w) for w in ("ShelfQA", "RackNet", "BinNet")]
    >>> [context_label(doc, Cand(i, i + 1, "NAME", "coined", "", 0.5)) for i in names]
    [('DATASET', 4), ('METHOD', 2), (None, 0)]
    """
    low, txt = lowers(doc), texts(doc)
    nxt = low[c.end] if c.end < len(doc) else ""
    text = span_text(doc, c.start, c.end)
    if c.rule == "title_prefix" and _title_says_dataset(doc, c.end):
        return "DATASET", 2
    if _named_task(doc, c):
        return "TASK", 2
    if nxt in ("modality", "modalities"):
        return None, 0  # "92.0% on the NBI modality": a kind of image, not a dataset
    if named_data(doc, c.start):
        return "DATASET", 2
    if (nxt in DATASET_HEADS and c.end + 2 < len(doc) and low[c.end + 1] == "of"
            and low[c.end + 2] in SUITE_MEMBERS):
        return "METHOD", 2  # "the Ettin suite of models"
    if nxt in DATASET_HEADS or nxt in ("subset", "subsets") or (c.end + 1 < len(doc) and nxt in ("data", "test")
                                                                and low[c.end + 1] in ("set", "sets")):
        return "DATASET", 4
    if nxt in _ENVIRONMENT_HEADS:
        return "DATASET", 2  # "the CARLA simulator", "the TextWorld environment": a benchmark environment
    if nxt == "as" and any(w in DATASET_HEADS or w == "testbed" for w in low[c.end + 2:c.end + 4]):
        return "DATASET", 2  # "we release Foo as a testbed", "Foo as a new benchmark"
    if nxt in _MADE_BY and c.end + 1 < len(doc) and low[c.end + 1] not in STOP_WORDS:
        return "METHOD", 2  # "a GPT-5.2 generated benchmark": the name made the data (not "X, generated by")
    if nxt in DATABASES and (nxt == "databases" or c.start > 0 and low[c.start - 1] == "the"):
        return "DATASET", 2  # "the AffectNet database", "on LIP and CIHP databases"; not "a Neo4j database"
    if modified_dataset_word_after(doc, c.end):
        return "DATASET", 2
    if ((listed_after_dataset_word(doc, c.start) or _paired_before_datasets(doc, c.end)
         or grouped_before_datasets(doc, c.start, c.end) or _list_apposed_to_datasets(doc, c.start, c.end))
            and not _opens_clause(doc, c)):
        return "DATASET", 2
    if c.rule != "list_member" and data_taken_from(doc, c.start):
        return "DATASET", 2  # (a lone word read as a list member is mostly a place: "images from California")
    if c.start > 1 and low[c.start - 1] == "(" and (low[c.start - 2] in _DATA_NOUNS or low[c.start - 2] in _RECORDS
                                                    or closes_data_phrase(doc, c.start)):
        return "DATASET", 2  # "a Polish-language corpus (CulturaX-PL)", "a dataset of 457 virtual museums (Foo)"
    if listed_after_method_word(doc, c.start) or called_after_method_word(low, c.start):
        return "METHOD", 2
    if nxt in (":", "--", "—", "–", "is", "(") and c.end + 2 < len(doc) and low[c.end + 1] in ("a", "an"):
        nxt = ","  # "ToM-SSI: a new benchmark designed to ...", "AibTrans -- a multilingual dataset", "X is a dataset",
        # "RCGM (a consistency-based framework)"
    e = c.end if nxt != "(" else _past_expansion(low, c.end)
    if e > c.end:
        nxt = ","  # "CritPt (Complex Research using Integrated Thinking), the first benchmark ..."
    if nxt == "," and e + 2 < len(doc) and (low[e + 1] in _APPOSITION_OPENERS
                                            or low[e + 1] == "one" and low[e + 2] == "of"):
        # "GenWorld, a large-scale, high-quality, and real-world simulation dataset", "X, one of the largest
        # known datasets of ...", "SUN2CAD, a real-world test set with ...", "X, our newly generated benchmark"
        prev, shut = "", 0
        for i in range(e + 2 + (low[e + 1] == "one"), min(e + 14, len(doc))):
            t = low[i]
            if i < shut:
                continue
            if t == "(":
                j = closing_bracket(low, i, 6)
                if j == i:
                    break  # a long aside ends the apposition, as any other punctuation does
                shut = j + 1  # "a reinforcement learning (RL) environment"
                continue
            if not t[:1].isalnum() and t not in (",", "-") or t in _APPOSITION_END and prev not in _GROUP_NOUNS:
                if t == "for" and i + 1 < len(doc) and low[i + 1] in _EVALUATING:
                    return "DATASET", 2  # "RAMP, a production-grounded infrastructure for assessing agents"
                break  # "DataParasite, a modular pipeline for online data collection": the head comes first
            if t in _GROUP_NOUNS and _group_of_models(doc, i):
                return "METHOD", 2  # "ShieldGemma, a comprehensive suite of LLM-based moderation models"
            if i + 1 < len(doc) and low[i + 1] == "-":
                prev = t
                continue  # "Foo, a novel dataset-free framework": the first part of a hyphened modifier is no head
            if i + 1 < len(doc) and txt[i + 1][:1].isupper() and (t in DATASET_HEADS or t in METHOD_CUES):
                break  # "the dataset FooSet, the method FooRL, and ...": a kind word before a name opens the next item
            if (t in DATASET_HEADS or t in APPOSITION_DATASET_HEADS or t in _SETS and low[i - 1] in _SET_KINDS
                    or t in _PLAY_HEADS and _phrase_head(doc, i)):
                if i + 1 < len(doc) and low[i + 1] in _AUXILIARIES:
                    break  # "Using data of Madrid and Vienna, two datasets were generated": a clause, no apposition
                return "DATASET", 2
            if t in METHOD_CUES or t in APPOSITION_METHOD_HEADS and low[e + 1] != "the":
                if low[e + 1] == "our":
                    break  # "On SumMe and TVSum, our method ...": a clause about the paper's own method
                # "DR-Arena, an automated evaluation framework", "Foo-Bench, an evaluation pipeline": a
                # benchmark-shaped name keeps its shape; "FooEval, an LLM-as-a-judge framework" in the abstract is a
                # way to score (a title's "FooEval: A Framework for Evaluating X" is as often a benchmark)
                if t in _EVALUATION_TOOL_HEADS and _dataset_suffix(text) and not (
                        _EVAL_SUFFIX.search(text) and c.start >= title_end_of(doc)):
                    return "DATASET", 2
                return "METHOD", 3 if _proposed_as_model(doc, c, i) else 2
            prev = t
    if c.start > 0 and low[c.start - 1] in PLURAL_DATASET_HEADS:
        # "we create datasets MaskGroups-2M and MaskGroups-HQ"
        return "DATASET", 2
    if (c.start > 1 and low[c.start - 1] in _APPOSITION_MARKS and _data_word_before(low, c.start - 2)
            and not _opens_clause(doc, c) and not opening_adverbial(doc, c.start - 2)):
        return "DATASET", 2  # "we contribute a new dataset, UAVLandData, which ...", "a benchmark dataset -- Foo --"
    if _dataset_suffix(text):
        return "DATASET", 2
    if c.rule == "coined" and _MODEL_VERSION.match(text):
        return "METHOD", 2  # "Wan2.1", "FLUX.1-dev": a dotted release number marks a model, not data
    family = family_label(text)
    if family:
        return family, 2
    if c.rule == "coined" and c.end - c.start >= 2 and any(PARAMS.match(w) for w in txt[c.start + 1:c.end]):
        return "METHOD", 2  # "LLaDA 8B": a model with its parameter count
    if c.rule == "coined" and _benchmark_score(doc, c) and _single_token_labels().get(text) != "METHOD":
        return "DATASET", 2  # (a known model's score is a metric: "a CLIP score of 0.70")
    # (data_taken_from answered above for all rules but list_member)
    if nxt in METHOD_CUES or (nxt == "-" and c.end + 1 < len(doc) and low[c.end + 1] in ("based", "style", "like")
                               and not (c.end + 2 < len(doc) and low[c.end + 2] in DATASET_HEADS)):
        return "METHOD", 2  # not "the curated NuScenes-based dataset"
    if (_dataset_shape(text) or _named_data_source(doc, c)
            or c.rule == "list_member" and data_taken_from(doc, c.start) or _scored_skill_before(doc, c)):
        weak = ("DATASET", 1)
    else:
        weak = (None, 0)
    on = _on_before(doc, c.start)
    if on is not None and not BILLIONS.search(text) and low[on - 1] not in NOT_PURPOSE_HEADS:
        s0, s1 = sentence_of(doc, c.start)
        # "evaluated on X", "by 20.7% F1 on X", "gains on the adversarial X"; "On X, it reaches 91.6": a sentence
        # opened by "On X" reports its results after the name
        result_part = span_text(doc, c.end, s1) if on == s0 else span_text(doc, s0, c.start)
        if low[on - 1] in _DATA_USE_BEFORE_ON:
            return "DATASET", 2  # "pretrained on X", "results on X and Y": what is run over is data
        if _EVAL_WORDS.search(span_text(doc, s0, s1).lower()) or _RESULT_NUMBER.search(result_part):
            return "DATASET", 1
    if weak[0] is None and _compared_against(low, c.start):
        return "METHOD", 1  # "outperforms VAVA", "surpass the supervised ROCA": a rival method
    return weak


_APPOSITION_MARKS = frozenset((",", "--", "—", "–"))


def _data_word_before(low: list[str], k: int) -> bool:
    """Token ``k`` ends a dataset word an apposition follows, past a "namely ,": "a new dataset", "a large-scale
    data set, namely, FooSet".

    >>> [_data_word_before(w.split(), 5) for w in ("a new data set , namely , X", "a new model set , namely , X")]
    [True, False]
    >>> _data_word_before("a new dataset , X".split(), 2)
    True
    """
    if k > 1 and low[k] == "namely" and low[k - 1] in _APPOSITION_MARKS:
        k -= 2
    return low[k] in PLURAL_DATASET_HEADS or low[k] == "set" and k > 0 and low[k - 1] == "data"


_EXPANSION_MAX = 16
_BRACKET_LIST_JOINS = LIST_JOINS | {"&", "/"}  # what joins a list inside a bracket


def _past_expansion(low: list[str], end: int) -> int:
    """The index of the comma after a bracket that opens at ``end`` (a name's expansion or aside), so that the
    apposition after it is read: "CritPt (Complex Research ... Test), the first benchmark"; else ``end`` (also when
    the bracket holds a list, whose members would share the apposition: "M3 (Multi-Modal, Multi-Agent), a ...",
    "PerceiverS (Segmentation and Scale), a novel architecture").

    >>> _past_expansion("x ( shelf rack test ) , a benchmark".split(), 1), _past_expansion("x ( a b ) is".split(), 1)
    (6, 1)
    >>> _past_expansion("x ( shelf , rack ) , a benchmark".split(), 1), _past_expansion("x ( a and b ) , a".split(), 1)
    (1, 1)
    """
    j = closing_bracket(low, end, _EXPANSION_MAX)
    return (j + 1 if j > end and j + 1 < len(low) and low[j + 1] == "," and _BRACKET_LIST_JOINS.isdisjoint(low[end:j])
            else end)


_COMPARE_BEFORE = frozenset("surpass surpasses surpassing surpassed outperform outperforms outperforming outperformed "
                            "than".split())
_COMPARE_SKIP = frozenset("the a an strong vanilla standard original supervised previous prior existing".split())
# "than" after these is no comparison of quality: "scripts other than X", "rather than X", "more than X"
_NOT_COMPARATIVE = frozenset("other rather more less fewer".split())


def _group_of_models(doc: Doc, i: int) -> bool:
    """The group noun at ``i`` ("suite", "family", "collection") holds models: "a suite of 3D diffusion models",
    "a suite of gradient-based, token-level attribution methods", not "a collection of dilemmas" or "a suite of
    benchmarks"; the first head word after its "of" (within eight words, before any punctuation but the commas
    between modifiers) is a method cue. A comma after a plural closes the phrase: "a suite of puzzles, solved by
    models".

    >>> import spacy
    >>> doc = spacy.blank("en")("a suite of 3D diffusion models and a collection of dilemmas and a suite of benchmarks")
    >>> _group_of_models(doc, 1), _group_of_models(doc, 8), _group_of_models(doc, 13)
    (True, False, False)
    >>> _group_of_models(spacy.blank("en")("a suite of lightweight, token-level attribution methods"), 1)
    True
    >>> _group_of_models(spacy.blank("en")("a suite of 12 challenging puzzles, evaluating 30 models"), 1)
    False
    """
    low = lowers(doc)
    if i + 1 >= len(doc) or low[i + 1] != "of":
        return False
    for k in range(i + 2, min(len(doc), i + 10)):
        t = low[k]
        if t in METHOD_CUES:
            return True
        if t == "," and singular(low[k - 1]) != low[k - 1]:
            return False
        if t in DATASET_HEADS or not t[:1].isalnum() and t not in ("-", ","):
            return False
    return False


def modified_dataset_word_after(doc: Doc, end: int) -> bool:
    """One to three lower-case modifiers, then a dataset word, follow the name ending at ``end``: "the COMPAS
    recidivism dataset", "DeepFurniture, a richly annotated indoor scene dataset" (not "the NLLB200 model on this
    dataset", nor "a GPT-5.2 generated benchmark": the model that made it).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe use the ShelfSet recidivism dataset and the ShelfNet model on this dataset.")
    >>> shelf_set, shelf_net = texts(doc).index("ShelfSet"), texts(doc).index("ShelfNet")
    >>> modified_dataset_word_after(doc, shelf_set + 1), modified_dataset_word_after(doc, shelf_net + 1)
    (True, False)
    """
    if not word_between(doc, DATASET_HEADS, end + 1, end + 4):
        return False  # no dataset word one to three tokens on (the common case, answered without a scan)
    low, txt = lowers(doc), texts(doc)
    k = end
    while (k < min(len(doc), end + 3) and txt[k].islower() and txt[k].isalpha() and low[k] not in DATASET_HEADS
           and low[k] not in _NOT_MODIFIERS and low[k] not in METHOD_CUES):
        k += 1
    return k < len(doc) and k > end and low[k] in DATASET_HEADS and low[end] not in _MADE_BY


def _compared_against(low: list[str], start: int) -> bool:
    """The name at token ``start`` is what the paper's method beats: "outperforms X", "surpass the supervised X",
    "better than X" (at most two articles or plain modifiers in between; not "other than X", "rather than X").

    >>> _compared_against("it outperforms the vanilla X".split(), 4), _compared_against("it uses X".split(), 2)
    (True, False)
    >>> _compared_against("it is better than X".split(), 4), _compared_against("scripts other than X".split(), 3)
    (True, False)
    """
    k = start - 1
    while k >= 0 and start - k <= 2 and low[k] in _COMPARE_SKIP:
        k -= 1
    return k >= 0 and low[k] in _COMPARE_BEFORE and not (low[k] == "than" and k > 0 and low[k - 1] in _NOT_COMPARATIVE)


_SOURCE_DATA = frozenset("data imagery".split())
# what a benchmark scores, named right before it in brackets: "gains on temporal reasoning (Foo)"
_SCORED_SKILLS = frozenset("""
reasoning answering understanding classification detection segmentation recognition retrieval captioning
summarization translation grounding forecasting tracking generation prediction
""".split())


def _scored_skill_before(doc: Doc, c: Cand) -> bool:
    """A name bracketed right after a skill word, in a sentence about results, is the benchmark that scores the
    skill: "it improves temporal reasoning (Foo) and retrieval (Bar)"; not a bracket of its own words (an acronym).

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("T\\n\\nIt improves accuracy on temporal reasoning (FooQs) by 4%.")
    >>> _scored_skill_before(doc, Cand(9, 10, "NAME", "coined", "", 0.5))
    True
    """
    low = lowers(doc)
    k = c.start - 2
    if not (k > 0 and low[k + 1] == "(" and low[k] in _SCORED_SKILLS):
        return False
    caps = [ch for ch in span_text(doc, c.start, c.end) if ch.isupper()]
    if caps and caps[-1] == low[k][0].upper() and ALLCAPS.match(span_text(doc, c.start, c.end)):
        return False  # "multimodal generation (MMG)": the skill's own short form
    if any(w in METHOD_LISTING_NOUNS for w in low[max(0, k - 6):k]):
        return False  # "two models for defect detection (Foo, Bar)"
    s0, s1 = sentence_of(doc, c.start)
    return bool(_EVAL_WORDS.search(span_text(doc, s0, s1).lower()))


def _paired_before_datasets(doc: Doc, end: int) -> bool:
    """The name ending at ``end`` is joined by "and"/"or" to one name that a plural dataset word follows, past the
    second name's lower-case modifiers: "closed-loop Foo and open-loop Bar benchmarks".

    >>> import spacy
    >>> doc = spacy.blank("en")("closed - loop Foo and open - loop Bar benchmarks and Baz and Qux models")
    >>> _paired_before_datasets(doc, 4), _paired_before_datasets(doc, 12)
    (True, False)
    """
    low, txt = lowers(doc), texts(doc)
    if end >= len(doc) or low[end] not in ("and", "or"):
        return False
    k = end + 1
    while k < min(len(doc), end + 6) and (lower_word(txt[k]) or txt[k] == "-"):
        k += 1
    return (k + 1 < len(doc) and k > end + 1 and not txt[k].islower() and low[k + 1] in DATASET_PLURALS
            and low[k - 1] not in STOP_WORDS)


def _list_apposed_to_datasets(doc: Doc, start: int, end: int) -> bool:
    """The name at ``start:end`` is in a list of names joined by "and" that a plural dataset word describes after
    a comma, past its modifiers: "we release FooSet-R and Bar-City-R, CARLA-based datasets for ...".

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("We release FooSet-R and Bar-City-R, CARLA-based datasets, and FooNet, a model.")
    >>> [_list_apposed_to_datasets(doc, k, k + 1) for k in (2, 4, 12)]
    [True, True, False]
    """
    low, txt = lowers(doc), texts(doc)
    k, joined = end, start > 0 and low[start - 1] in ("and", "or")
    while k < min(len(doc), end + 12) and (low[k] in LIST_JOINS or txt[k][:1].isupper() or txt[k][:1].isdigit()):
        if low[k] in ("and", "or"):
            joined = True
        elif low[k] == "," and joined:
            break  # the list closed: its apposition follows
        k += 1
    if not joined or k >= len(doc) or low[k] != ",":
        return False
    for i in range(k + 1, min(len(doc), k + 7)):
        if low[i] in DATASET_PLURALS:
            return i > k + 1
        if not (low[i][:1].isalnum() or low[i] == "-") or low[i] in STOP_WORDS:
            return False
    return False


# the words that may join a dataset word to the end of its description: "a dataset containing 457 museums"
_DATA_PHRASE_LINKS = frozenset("of containing comprising with covering from".split())


def closes_data_phrase(doc: Doc, start: int) -> bool:
    """The bracket before token ``start`` closes a description opened by a singular dataset word: "a new dataset
    containing 457 agricultural virtual museums (Foo)"; not "a dataset and a model (Foo)".

    >>> import spacy
    >>> doc = spacy.blank("en")("a new dataset of 457 virtual museums ( Foo ) and a dataset and a model ( Bar )")
    >>> closes_data_phrase(doc, 8), closes_data_phrase(doc, 17)
    (True, False)
    """
    low, txt = lowers(doc), texts(doc)
    for k in range(start - 2, max(0, start - 12), -1):
        if low[k] in DATASET_HEADS:
            return k < start - 2 and not low[k].endswith("s") and low[k - 1] in ("a", "an", "new", "novel")
        if (not (lower_word(txt[k]) or txt[k][:1].isdigit() or low[k] == "-")
                or low[k] in _NOT_MODIFIERS and low[k] not in _DATA_PHRASE_LINKS):
            return False
        if low[k] in METHOD_CUES:
            return False
    return False


def _named_data_source(doc: Doc, c: Cand) -> bool:
    """A coined capitalised name (a digit or an inner capital, not an all-capital acronym) right before "data",
    "imagery" or "time series" is the source the data comes from: "EnMAP data", "Sentinel-2 time series" (not
    "RGB data", "LLM-generated data").

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("T\\n\\nWe fuse Sentinel-2 time series with RGB data")
    >>> [_named_data_source(doc, Cand(i, i + 1, "NAME", "coined", "", 0.5)) for i in (4, 9)]
    [True, False]
    """
    low = lowers(doc)
    if c.end >= len(doc) or not (low[c.end] in _SOURCE_DATA
                                 or low[c.end] == "time" and c.end + 1 < len(doc) and low[c.end + 1] == "series"):
        return False  # (the next word first: the cheap test)
    text = span_text(doc, c.start, c.end)
    # not "dToF data": a sensor
    return not (ALLCAPS.match(text) or not KEEP_CASE.search(text) or not text[:1].isupper()
                or text[-1:].islower() and "-" in text)


# the nouns a naming word can name besides data: "a novel framework called X", "a new task named Y"
_NAMED_KINDS = METHOD_CUES | APPOSITION_METHOD_HEADS | TASK_NOUNS | frozenset("system systems tool toolkit".split())


def named_data(doc: Doc, start: int) -> bool:
    """The name at ``start`` follows a naming word whose nearest head noun before it, in its sentence, is a
    dataset word: "a new benchmark called X", "two benchmarks derived from A and B ..., which we coin X"
    (not "a benchmark-driven framework called X").

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp().make_doc("T\\n\\nWe build a new benchmark called Foo and a model called Bar .")
    >>> named_data(doc, 8), named_data(doc, 12)
    (True, False)
    """
    low = lowers(doc)
    k = start - 1
    if k < 1 or low[k] not in NAMING_WORDS:
        return False
    s0 = sentence_of(doc, start)[0]
    for i in range(k - 1, max(s0, k - 20) - 1, -1):
        if low[i] in _NAMED_KINDS:
            return False
        if low[i] in DATASET_HEADS or low[i] in DATASET_PLURALS:
            return True
    return False


def _phrase_head(doc: Doc, i: int) -> bool:
    """Token ``i`` ends its noun phrase: the next token is punctuation, a function word or a participle before one
    ("a video game that", "a game .", "a game built on"; not "a game world model").

    >>> import spacy
    >>> doc = spacy.blank("en")("a video game that runs and a game world model and a game built on a grid")
    >>> _phrase_head(doc, 2), _phrase_head(doc, 7), _phrase_head(doc, 12)
    (True, False, True)
    """
    low = lowers(doc)
    nxt = low[i + 1] if i + 1 < len(doc) else "."
    after = low[i + 2] if i + 2 < len(doc) else "."
    return not nxt[:1].isalnum() or nxt in STOP_WORDS or _participle(nxt) and after in STOP_WORDS


_IRREGULAR_PARTICIPLES = frozenset("built made written drawn grown run set".split())


def _participle(word: str) -> bool:
    """A past participle that opens a modifier after a noun: "designed", "built", "used"; not "need", "seed".

    >>> [_participle(w) for w in ("designed", "built", "used", "need", "speed", "bed")]
    [True, True, True, False, False, False]
    """
    return len(word) > 3 and word.endswith("ed") and not word.endswith("eed") or word in _IRREGULAR_PARTICIPLES


def _proposed_as_model(doc: Doc, c: Cand, head: int) -> bool:
    """The paper's proposed name ``c`` is called a model, method or approach in its apposition (head noun at
    ``head``): "we present Foo, a feed-forward approach ...". That outweighs a dataset word in the title ("Foo: ...
    and a Large-scale Benchmark"), which a name's other readings tie with.

    >>> import spacy
    >>> doc = spacy.blank("en")("we present Foo , a feed - forward approach . Foo , a general suite")
    >>> _proposed_as_model(doc, Cand(2, 3, "NAME", "proposal_name", "", 0.5), 8), _proposed_as_model(
    ...     doc, Cand(10, 11, "NAME", "proposal_name", "", 0.5), 13)
    (True, False)
    """
    # (no hyphen follows ``head``: context_label passes over the first part of a hyphened modifier)
    return c.rule == "proposal_name" and lowers(doc)[head] in _MODEL_HEADS


def _title_says_dataset(doc: Doc, end: int) -> bool:
    """The title names, after its opening name (ending at ``end``), a dataset or benchmark before any "for"/"on"
    ...: "Foo: A Multi-Dimensional Benchmark for ...", "Foo: Benchmarking Agents ..."; not "Foo: 2nd Solution for
    the Bar Challenge".

    >>> import spacy
    >>> _title_says_dataset(spacy.blank("en")("Foo : A Multi-Dimensional Benchmark for Evaluating Reviewers"), 1)
    True
    >>> _title_says_dataset(spacy.blank("en")("Foo : 2nd Solution for the Bar Challenge dataset"), 1)
    False
    """
    title = lowers(doc)[end:title_end_of(doc)]
    cut = next((i for i, w in enumerate(title) if i > 1 and w in _TITLE_TARGET_PREPS), len(title))
    return any(w in DATASET_HEADS or w.endswith("bench") for w in title[:cut]) or benchmarking_title(doc, end)


_SUBTITLE_OPENERS = frozenset("a an".split())
_SUBTITLE_MODIFIERS_MAX = 5
# the heads that make a subtitle name data ("challenge", "collection" are as often plain words: "Rethinking the
# Deployment Challenge of ...")
_SUBTITLE_DATA_HEADS = PLURAL_DATASET_HEADS | _BENCHMARK_WORDS | frozenset(("treebank",))
# "X: A New Benchmark and Method for ...": the name is as likely the method
_SECOND_KIND = METHOD_CUES | APPOSITION_METHOD_HEADS | frozenset("approach approaches solution solutions".split())


def title_names_data(doc: Doc, end: int) -> bool:
    """The title's opening name (ending at ``end``) is followed by a separator and a subtitle whose first noun
    phrase is headed by a dataset word: "CURE: A Multimodal Benchmark for ...", "VQPP: Video Query Performance
    Prediction Benchmark", "Foo: A Dataset and Benchmark for ..."; not "Foo: A Framework for ... Benchmarks",
    "Foo: Robust Dataset Ownership Verification" (a modifier), "Foo: A New Benchmark and Method for ...".

    >>> import spacy
    >>> [title_names_data(spacy.blank("en")(t), 1) for t in ("Foo : A Large-Scale Shelf Benchmark for Bins",
    ...  "Foo : Shelf Query Rack Prediction Benchmark", "Foo : A Framework for Shelf Benchmarks", "Foo Bar",
    ...  "Foo : Robust Dataset Ownership Verification", "Foo : A New Benchmark and Method for Bins")]
    [True, True, False, False, False, False]
    """
    low, title_end = lowers(doc), title_end_of(doc)
    k = past_bracket(doc, end)
    if k >= title_end or low[k] not in TITLE_SEPARATORS:
        return False
    i = k + 1 + (k + 1 < title_end and low[k + 1] in _SUBTITLE_OPENERS)
    for j in range(i, min(i + _SUBTITLE_MODIFIERS_MAX + 1, title_end)):
        if low[j] in _SUBTITLE_DATA_HEADS:
            nxt = low[j + 1] if j + 1 < title_end else ""
            if nxt in _SUBTITLE_DATA_HEADS:
                continue  # "A Large-scale Benchmark Dataset for ..."
            if nxt in ("and", "&") and j + 2 < title_end and low[j + 2] in _SECOND_KIND:
                return False
            return not nxt[:1].isalpha() or nxt in _APPOSITION_END or nxt in ("and", "&", "on", "in", "across")
        if low[j] in _APPOSITION_END or low[j] in STOP_WORDS or not (low[j][:1].isalnum() or low[j] == "-"):
            return False
    return False


def titled_as_data(doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """One of a name's mention ``spans`` opens a title that calls it data (:func:`title_names_data`) and no mention
    after the title is followed by a kind word: "PerioDet: Large-Scale Panoramic Radiograph Benchmark for ..." then
    "... detection (PerioDet) paradigm" names the method, the benchmark has its own name.

    >>> import spacy
    >>> doc = spacy.blank("en")("Foo : A Shelf Benchmark\\n\\nFoo has bins .")
    >>> titled_as_data(doc, [(0, 1), (6, 7)]), titled_as_data(spacy.blank("en")("Foo : A Shelf Benchmark\\n\\nA Foo "
    ...                                                                          "paradigm ."), [(0, 1), (7, 8)])
    (True, False)
    """
    for a, b in spans:  # (loops: see context.any_rule; most names open no title)
        if a == 0 and title_names_data(doc, b):
            break
    else:
        return False
    low, title_end = lowers(doc), title_end_of(doc)
    for a, b in spans:
        if a >= title_end and past_bracket(doc, b) < len(doc) and low[past_bracket(doc, b)] in KIND_WORDS:
            return False
    return True


def benchmarking_title(doc: Doc, end: int) -> bool:
    """ "EgoToM: Benchmarking Theory of Mind ...": a title name (ending at ``end``) followed by "Benchmarking" is
    the benchmark; "Venus: Benchmarking and Empowering ..." also builds a model.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("FooBar : Benchmarking Agents on Long Tasks")
    >>> benchmarking_title(doc, 1), benchmarking_title(spacy.blank("en")("Foo : Benchmarking and Improving X"), 1)
    (True, False)
    """
    low = lowers(doc)
    k = past_bracket(doc, end)
    return (k + 2 < len(doc) and low[k] == ":" and low[k + 1] == "benchmarking" and low[k + 2] != "and"
            and k + 1 < title_end_of(doc))


def _named_task(doc: Doc, c: Cand) -> bool:
    """The name is a task the paper defines: "a new task called Shelf Theorization", "Shelf Provenance, a task
    where models must ...".

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("we define a new task called Shelf Theorization , a task where")
    >>> _named_task(doc, Cand(6, 8, "METHOD", "capitalised", "", 0.5))
    True
    """
    low = lowers(doc)
    if c.start > 1 and low[c.start - 1] in NAMING_WORDS and low[c.start - 2] in TASK_WORDS:
        return True
    return task_apposition(doc, c.end)


def task_apposition(doc: Doc, end: int) -> bool:
    """The name ending at ``end`` is set in apposition to a task: "X, a new task where ...", "X -- an active task
    in which ...", "X, a novel collaborative dialog task, where ..." (not "X, a novel task framework", "X, a
    task-specific objective", "X, a multi-task learner").

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("Shelf Reaching ( SR ) -- an active embodied task where , Foo , a task - specific loss")
    >>> task_apposition(doc, 5), task_apposition(doc, 13)
    (True, False)
    """
    low = lowers(doc)
    k = past_bracket(doc, end)
    if k + 1 >= len(low) or low[k] not in _TASK_APPOSITION_MARKS or low[k + 1] not in ("a", "an"):
        return False
    for i in range(k + 2, min(k + 7, len(low))):
        if low[i] in TASK_WORDS:
            nxt = low[i + 1] if i + 1 < len(low) else "."
            # the task word ends the phrase: "a novel task aimed at", not "a synthetic task generation pipeline"
            return low[i - 1] != "-" and (not nxt[:1].isalnum() and nxt != "-" or nxt in STOP_WORDS
                                          or nxt.endswith(("ing", "ed")))
        if (not low[i].replace("-", "").isalpha() or low[i] in STOP_WORDS or low[i] in KIND_WORDS
                or low[i] in DATASET_HEADS):
            return False
    return False


_TASK_APPOSITION_MARKS = _APPOSITION_MARKS | {":"}


def _on_before(doc: Doc, start: int) -> int | None:
    """The index of "on"/"across" before token ``start``, past "the" and up to two lower-case adjectives."""
    low, txt = lowers(doc), texts(doc)
    k = start - 1
    if k >= 0 and low[k] == "the":
        k -= 1
    for _ in range(2):
        if k >= 1 and low[k] not in ("on", "across") and txt[k].isalpha() and txt[k].islower() and low[k - 1] in (
                "on", "across", "the"):
            k -= 1
            if low[k] == "the":
                k -= 1
    return k if k >= 1 and low[k] in ("on", "across") else None


# a model release: letters then a dotted version ("Wan2.1", "FLUX.1-dev", "Qwen-2.5-7B"), not a count
# ("Human3.6M")
_MODEL_VERSION = re.compile(r"^[A-Za-z][A-Za-z\-]*?[-.]?\d*\.\d+(?![\d.]*[KMk]\b)(?:-[A-Za-z0-9]+)*$")
_NUMBERED = re.compile(r"^([A-Za-z]{3,}?)\d{1,3}[a-z]?$")
PARTS = re.compile(r"[-_ ]+")


@lru_cache(maxsize=1)
def _single_token_labels() -> dict[str, str]:
    """Case-sensitive one-word gazetteer forms -> label (only forms with a capital: "Llama", "MMLU")."""
    out: dict[str, str] = {}
    for t in load_terms():
        if t.label in ("METHOD", "DATASET") and t.case_sensitive and len(t.text) >= 3 and t.text.isalpha():
            out.setdefault(t.text, t.label)
    return out


@lru_cache(maxsize=65536)
def family_label(text: str) -> str | None:
    """A name built on a known one: "YaRN-Llama-2-7b-64k" is a model, "MMLU-Pro-X" a dataset.

    Examples
    --------
    >>> family_label("Llama-3.1-8B"), family_label("Foo-Bar"), family_label("ResNet50"), family_label("Qwen3-Omni")
    ('METHOD', None, 'METHOD', 'METHOD')
    """
    parts = PARTS.split(text)
    known = _single_token_labels()
    if len(parts) < 2:
        m = _NUMBERED.match(text)  # "ResNet50", "VGG19": a known name with its depth or version glued on
        return known.get(m.group(1)) if m else None
    labels = {known[p] for p in map(_numbered_stem, parts) if p in known}
    return labels.pop() if len(labels) == 1 else None


def _numbered_stem(part: str) -> str:
    """ "Qwen3" -> "Qwen": a name part with its version glued on, else the part itself."""
    m = _NUMBERED.match(part)
    return m.group(1) if m else part


def _opens_clause(doc: Doc, c: Cand) -> bool:
    """The mention follows a comma and a singular verb follows it, maybe after an adverb: the name is the subject
    of the clause after an introductory phrase ("In comprehensive benchmarks, Foo achieves ...", "Across public
    benchmarks, Foo consistently surpasses ..."), no member of a list of data ("two datasets, AMOS and Synapse").

    >>> import spacy
    >>> doc = spacy.blank("en")("In benchmarks , Foo achieves gains on two datasets , Bar and Baz")
    >>> [_opens_clause(doc, Cand(k, k + 1, "NAME", "coined", "", 0.5)) for k in (3, 10)]
    [True, False]
    >>> _opens_clause(spacy.blank("en")("In tests , Foo consistently surpasses them"), Cand(3, 4, "NAME", "", "", 0))
    True
    >>> doc = spacy.blank("en")("On long benchmarks , Foo trained with bar wins")
    >>> _opens_clause(doc, Cand(4, 5, "NAME", "", "", 0))
    True
    """
    low = lowers(doc)
    if c.start == 0 or low[c.start - 1] != "," or c.end >= len(doc):
        return False
    after = c.end + 1 if low[c.end].endswith("ly") and c.end + 1 < len(doc) else c.end
    nxt = low[after]
    if nxt.isalpha() and nxt not in STOP_WORDS and nxt not in DATASET_HEADS and texts(doc)[after].islower():
        if nxt.endswith("s") and not nxt.endswith(("ss", "us", "is")):
            return True
        s0 = sentence_of(doc, c.start)[0]
        # "On challenging long-context benchmarks, Cartridges trained with ... match": the sentence's opening
        # prepositional phrase ends at its first comma, and what follows is the clause
        return low[s0] in _INTRO_PREPS and "," not in low[s0:c.start - 1]
    return False


_INTRO_PREPS = frozenset("on in across over among".split())
