"""Tests that a typed name is no method: measures, classes, modalities, devices, languages."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from kg.extract.components.context import (HEAD_RULES, KEEP_CASE, METHOD_CUES, PROPOSED_TECHNIQUE_HEADS, TOOL_BEFORE,
                                           only_rules, title_end_of)
from kg.extract.components.candidates import Cand, lowers, positions, span_text, texts
from kg.extract.components.lexicon import (AGENT_NOUN, LANGUAGES, MEASURE_NOUNS, METHOD_HEADS, METRIC_HEADS,
                                           METRIC_NOUNS, METRIC_PLURALS, PREPOSITIONS, TASK_HEADS, acronym_stop,
                                           stop_keys)
from kg.extract.normalize import entity_key, singular
from kg.extract.proposed import NAMING_WORDS
from kg.extract.components.proposes import is_proposed
from kg.extract.components.others_work import in_gazetteer
from kg.extract.components.context_label import METRIC_NAME, PARTS, TASK_FORMS, task_noun_at
from kg.extract.components.misreadings import METRIC_ACRONYMS
from kg.extract.components.list_context import listed_after_metric_word

__all__ = ["spells_a_measure", "names_a_non_method", "clinical_word", "PART_NOUNS", "LOST", "generic_class",
           "modality_class", "modality_part", "description_only", "unheaded_title_case", "human_interaction",
           "not_coined_name", "spelled_letter_word", "described_data", "ARTICLES", "device_head", "score_metric",
           "metric_variant", "described_part", "language_names", "scored_as_metric", "named_as_task",
           "describes_a_named_one", "listed_as_metric", "described_as_metric", "names_a_claim"]

# "Epicardial Adipose Tissue (EAT)", "Radio Frequency (RF)", "Photon-counting CT (PCCT)": a body part, condition,
# procedure, signal, device, imaging modality, example, test, project, a question, file or noise ("multiple-choice
# question (MCQ)", "additive white Gaussian noise (AWGN)"), a manner ("end-to-end (E2E)") or an attention sink
# ("ViT-emerged sinks (V-sinks)"), a phenomenon, quantity or standard artefact ("time-of-flight (ToF)", "Posterior
# Salience Attenuation (PSA)", "scalable vector graphics (SVG)") is spelled out, not a method; so are a measured
# quantity ("angular power spectrum (APS)", "delay spread (DS)", "heart rate variability (HRV)"), people ("Crisis
# Responders (CRs)", "healthcare professionals (HCPs)"), countries and enterprises, a body part, clinical
# condition, substance or procedure ("left ventricle (LV)", "Antinuclear antibody (ANA)", "In Vitro Fertilization
# (IVF)", "Endoscopic Submucosal Dissection (ESD)"), a thing seen or worn ("license plates (LPs)", "head-mounted
# displays (HMDs)") and an MRI weighting ("T2-weighted (T2w)")
_NOT_METHOD_LONG_HEADS = frozenset("""system graph agent tissue surgery grafting disease disorder syndrome cancer tumor
                                   neuron example condition frequency sensor device test project ct mri tomography
                                   imaging sink design intelligence superintelligence agency mathematics match
                                   coherence in-distribution out-of-distribution end-to-end point context file noise
                                   history question resistance photography staining immunohistochemistry
                                   flight infrastructure criteria criterion tolerance
                                   attenuation phenomenon expression value content
                                   organization dependence ontology receptor mutation expectation graphics
                                   ai
                                   spread spectrum fraction concentration variability amplitude ratio latency radiation
                                   responder professional speaker worker team leader associate
                                   country countries enterprise
                                   antibody antibodies gene protein rna embolism infarction hemorrhage bleeding
                                   aneurysm apnea ulcer depression influenza mellitus calcification chemotherapy
                                   therapy irradiation fertilization puncture dissection ventricle artery muscle
                                   myocardium gyrus nerve matter calcium failure biomass height
                                   plate display lens lenses weighted""".split())
# measures spelled out ("Number of Function Evaluations (NFE)", "Maximum Drawdown (MDD)", "Annualized Rate of
# Return (ARR)", "Semi-Online Performance (SOP)"): metrics, never methods, even when the paper introduces them
_METRIC_LONG_HEADS = frozenset("evaluations drawdown deviation variance gap gaps return returns performance".split())


def spells_a_measure(words: list[str], head: str) -> bool:
    """A long form (lower-case ``words``, head word ``head``) spells out a measure that is never a technique (unlike
    a distance or a divergence): a count, spread or return ("Maximum Drawdown", "Semi-Online Performance") or a
    rate, one quantity per another ("Tokens Per Forward pass", "Frames Per Second"), unless a method word heads it
    ("Reward Per Token Optimization").

    Examples
    --------
    >>> spells_a_measure("tokens per forward pass".split(), "pass")
    True
    >>> spells_a_measure(["wasserstein", "distance"], "distance")
    False
    >>> spells_a_measure("reward per token optimization".split(), "optimization")
    False
    """
    return head in _METRIC_LONG_HEADS or "per" in words[1:-1] and not _names_a_technique(head)


def _names_a_technique(head: str) -> bool:
    """A long-form head that names a technique ("attention", "optimization"), even in a task word's sense."""
    return head in METHOD_HEADS or head in PROPOSED_TECHNIQUE_HEADS


# the endings of disease, anatomy and imaging words ("myelopathy", "arthritis", "stenosis", "ischemia", "lymphoma",
# "ultrasound", "prostatectomy"): what a clinical paper studies or images with, never a technique (not "diagnosis",
# a task, "academia" or "chroma"); "-graphy" only after the root of an organ or body signal ("echocardiography",
# "enterography", "photoplethysmography"): not "cryptography", "steganography", "holography", "photography"
_CLINICAL_ENDING = re.compile(r"(?:pathy|itis|(?<!gn)osis|(?<!acad)emia|(?<!chr)oma|ultrasound|scopy|virus|ectomy|"
                              r"membrane|(?:cardio|encephalo|angio|mammo|radio|entero|myo|cortico|somno|plethysmo|"
                              r"tomo|tracto|thermo|sono|elasto|uro|veno|arthro)graphy)s?$")


def clinical_word(word: str) -> bool:
    """The lower-case ``word`` names a disease, a body part or an imaging modality by its ending.

    Examples
    --------
    >>> [clinical_word(w) for w in ("myelopathy", "ultrasound", "carcinomas", "diagnosis", "academia", "attention")]
    [True, True, True, False, False, False]
    >>> [clinical_word(w) for w in ("enterography", "spectroscopy", "papillomavirus", "orthography", "cryptography")]
    [True, True, True, False, False]
    """
    return len(word) > 5 and bool(_CLINICAL_ENDING.search(word))


def names_a_claim(name: str) -> bool:
    """A name headed by a claim's word ("the Lottery Ticket Hypothesis", "a Parallel Scaling Law", "the Shelf
    Theorem") states what holds, not how to compute it: no method, even when the paper proposes it (the guidelines'
    consistency decision 4).

    >>> [names_a_claim(n) for n in ("Universal Winning Slice Hypothesis", "scaling law", "Law-Net", "LoRA")]
    [True, True, False, False]
    """
    return name.rsplit(None, 1)[-1].lower() in _CLAIM_HEADS


_CLAIM_HEADS = frozenset("hypothesis hypotheses conjecture conjectures theorem theorems lemma law laws paradox".split())


def names_a_non_method(head: str) -> bool:
    """The head word of a long form (as written) names a thing, quantity, person or phenomenon, or is a clinical word
    (:func:`clinical_word`), not a method; a lower-case hyphenated head is read by its last part ("time-of-flight" as
    "flight"; a Title-Case compound such as "World-In-Agent" is a name), a listed compound as a whole
    ("out-of-distribution").

    Examples
    --------
    >>> [names_a_non_method(h) for h in ("time-of-flight", "Neurons", "self-attention", "Agent-to-Agent")]
    [True, True, False, False]
    >>> [names_a_non_method(h) for h in ("Responders", "spectrum", "Enterography", "T2-weighted", "Transformer")]
    [True, True, True, True, False]
    """
    low = head.lower()
    last = head.rsplit("-", 1)[-1]
    return (singular(low) in _NOT_METHOD_LONG_HEADS or clinical_word(low)
            or "-" in head and last[:1].islower() and singular(last) in _NOT_METHOD_LONG_HEADS)


_MODALITIES = frozenset("vision visual text textual image video audio speech language sketch point depth".split())
PART_NOUNS = frozenset("encoder encoders decoder decoders backbone backbones".split())
# "information loss", "detail loss": what is lost, not a loss function
LOST = frozenset("information detail details accuracy performance precision quality data signal energy utility "
                 "resolution context".split())
# and to a field of application: "Pathology Foundation Models", "Medical Vision-Language Models"
_DOMAINS = frozenset("medical clinical biomedical pathology geospatial".split())
_CLASS_MODIFIERS = _MODALITIES | _DOMAINS | frozenset("multimodal multi modal omnimodal omni large small code".split())


def generic_class(text: str) -> bool:
    """A generic model class, also narrowed to a modality: "Large Language Models", "Video Large Language
    Models", "speech foundation models" (a class of systems, not a named method).

    Examples
    --------
    >>> generic_class("Audio Large Language Models"), generic_class("Diffusion Language Models")
    (True, False)
    >>> generic_class("3D Foundation Models"), generic_class("Speech-Aware Large Language Models")
    (True, True)
    >>> generic_class("Pathology Foundation Models"), generic_class("Time Series Foundation Models")
    (True, True)
    """
    words = entity_key(text).split()
    stops = stop_keys()
    while words and " ".join(words) not in stops:
        n = _class_modifier_length(words)
        if not n:
            break
        words = words[n:]
    return bool(words) and " ".join(words) in stops


# the keys of two-word modifiers ("3D" is keyed "3 d")
_CLASS_MODIFIER_PAIRS = frozenset(entity_key(w) for w in "3D 2D time-series remote-sensing earth-observation".split())


def _class_modifier_length(words: list[str]) -> int:
    """How many of the first key ``words`` narrow a model class to a modality, size or domain ("audio", "3 d",
    "speech aware"); 0 for none."""
    if " ".join(words[:2]) in _CLASS_MODIFIER_PAIRS or words[1:2] == ["aware"] and words[0] in _MODALITIES:
        return 2
    return int(words[0] in _CLASS_MODIFIERS)


_MODALITY_ACRONYM = re.compile(r"^([A-Z][a-z]+)-?([A-Z]{2,5})s?$")


def modality_class(text: str) -> bool:
    """A generic model class's acronym behind a modality: "VideoLLMs", "Speech-LLM", "AudioVLM".

    >>> modality_class("VideoLLMs"), modality_class("Speech-LLM"), modality_class("MedSAM")
    (True, True, False)
    """
    m = _MODALITY_ACRONYM.match(text)
    return bool(m) and m.group(1).lower() in _CLASS_MODIFIERS | {"vid"} and generic_class(m.group(2))


def modality_part(doc: Doc, ment) -> bool:
    """ "the vision encoder", "text decoders": a model part named by its input, found only by the head-noun
    rule, is a generic component, not a named method; "information loss" names what is lost.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("a text decoder")
    >>> modality_part(doc, [(Cand(1, 3, "METHOD", "head_method", "", 0.5), "METHOD", 1)])
    True
    """
    for c, _, _ in ment:
        if c.rule != "head_method" or c.end - c.start != 2:
            return False
        first, head = lowers(doc)[c.start:c.end]
        if not (first in _MODALITIES and head in PART_NOUNS or first in LOST and head in ("loss", "losses")):
            return False
    return bool(ment)


_DESCRIPTION_HEADS = frozenset("framework frameworks approach approaches method methods pipeline pipelines paradigm "
                               "system systems".split()) | METRIC_HEADS


def description_only(doc: Doc, ment) -> bool:
    """A Title Case phrase found only by the capitalised or "we propose X" rules that ends in a generic or
    metric head ("a Multi-agent Retrieval-Augmented Framework", "Disambiguation-Centric Metrics") describes
    an unnamed method or a measure; it is not a name.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We propose Disambiguation-Centric Metrics for this.")
    >>> m = [(c, "METHOD", 1) for c in doc._.kg_cands if c.rule == "proposal_name"]
    >>> description_only(doc, m)
    True
    """
    if not ment or not only_rules(ment, ("proposal_name", "capitalised")):
        return False
    c = ment[0][0]
    words = texts(doc)[c.start:c.end]
    return lowers(doc)[c.end - 1] in _DESCRIPTION_HEADS and not any(KEEP_CASE.search(w[1:]) for w in words)


def unheaded_title_case(doc: Doc, ment, windows, title_end: int) -> bool:
    """A Title Case run found only by the capitalised rule, which the paper does not propose and whose head is
    neither a method word, an agent noun nor a gerund ("Social Sciences", "Bias Propagation", "Jetson Xavier"),
    names a phenomenon, field, product or person more often than a technique ("Bayesian Network", "Mask
    Generator", "Hill Climbing" stay), unless the paper puts it to use ("using Diffusion Maps", "through
    Language-guided Prototypical Disentanglement").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nIt studies Social Sciences and uses a Mask Generator, using Diffusion Maps.")
    >>> [unheaded_title_case(doc, [(c, "METHOD", 1)], [], 2) for c in doc._.kg_cands if c.rule == "capitalised"]
    [True, False, False]
    """
    if not only_rules(ment, ("capitalised",)):
        return False
    low = lowers(doc)
    c = ment[0][0]
    head = singular(low[c.end - 1])
    if head in METHOD_HEADS or head == "diffusion" or AGENT_NOUN.search(head) or head.endswith("ing"):
        return False  # "Versatile Diffusion", "Mask Generator", "Majority Voting"
    if any(low[_coordinated_start(doc, m.start)] in _USE_BEFORE for m, _, _ in ment if m.start > 0):
        return False
    return not is_proposed(doc, ment, windows, title_end)


def _coordinated_start(doc: Doc, start: int) -> int:
    """The token before the Title Case run that ``start`` is coordinated with ("through Foo Bar Disentanglement
    and Baz Disentanglement" reads "through" for the second run), else the token before ``start``.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("it works through Foo Bar and Baz Qux , then Zap")
    >>> _coordinated_start(doc, 6), _coordinated_start(doc, 9)
    (2, 8)
    """
    txt = texts(doc)
    k = start - 1
    if k < 1 or lowers(doc)[k] != "and" or not txt[k - 1][:1].isupper():
        return k
    k -= 1
    while k > 0 and start - k < 8 and txt[k - 1][:1].isupper():
        k -= 1
    return k - 1 if k > 0 else start - 1


_USE_BEFORE = TOOL_BEFORE - {"by"}  # "by" also names who did it: "a study conducted by Robust Intelligence"


def human_interaction(words: list[str]) -> bool:
    """A long form (lower-case tokens) naming a kind of human interaction ("human-object interaction", "Human-AI
    Interaction"): what a paper studies, not a technique (unlike "dual-stream feature interaction").

    Examples
    --------
    >>> [human_interaction(w.split()) for w in ("human-object interactions", "dual-stream feature interaction")]
    [True, False]
    """
    return words[-1] in ("interaction", "interactions") and words[0].startswith("human")


_LINK = re.compile(r"(?i)https?:|www\.|\.(?:com|org|io|net|edu|ai)(?:/|$)|\.git$|--")
# a number format, a weight/activation bit-width or a count of degrees of freedom: "NVFP4", "MXFP8", "INT4",
# "W4A8", "W8A8KV8", "FP4-quantized", "6DoF": how numbers are stored or a body moves, not a technique
_NUMBER_FORMAT = re.compile(r"^(?:(?:NV|MX)?FP\d+|INT\d+|BF16|W\d+A\d+(?:KV\d+)?)(?:-(?i:quantized))?$|^\d+-?(?i:dof)$")
# "sub-10B", "pseudo-3D": a prefix on a size or dimension
_PREFIXED = re.compile(r"^(?:sub|pseudo|non|near|quasi|semi|super|over|under)-")
_TRAILING_YEAR = re.compile(r"^([A-Za-z]+)[-']?(?:19|20)?\d\d$")
# a name with a capital before its one hyphen, then a lower-case word: "WB-corrected", "ODiS-selected"
_ACRONYM_COMPOUND = re.compile(r"^(?=[^-]*[A-Z][^-]*-)[A-Za-z][A-Za-z0-9]*-([a-z]{3,})$")
# lower-case tails that make an acronym a model variant or a benchmark, not a modifier: "BERT-base", "ViT-large",
# "MT-bench"
_VARIANT_TAILS = frozenset("base large small tiny mini huge giant lite light plus pro max turbo instruct chat xl xxl "
                           "neo cache nano micro medium diamond verified divergence seg pose det cls obb fast "
                           "slim bench".split())


@lru_cache(maxsize=65536)
def not_coined_name(text: str) -> bool:
    """A name-shaped token that is a link, a run-on ("GNNs--limited") or a name used as a modifier
    ("WB-corrected", "SME-authored", "MC-generation", "LLM-human", "ODiS-selected", "FooBench-particularly"), unless
    the tail names a variant ("BERT-base", "YOLOv8-seg") or a technique ("L1-regularization"). Memoised: a test of
    the text alone, asked again for each mention of a coined name and across papers.

    Examples
    --------
    >>> [not_coined_name(t) for t in ["github.com/a/b", "WB-corrected", "MC-generation", "L1-regularization",
    ...                                "ResNet-50", "BERT-base", "AP50", "Rank-1", "R@1", "CVPR2025", "sub-10B",
    ...                                "ODiS-selected", "YOLOv8-seg", "MT-bench"]]
    [True, True, True, False, False, False, True, True, True, True, True, True, False, False]
    >>> [not_coined_name(t) for t in ["W4A8", "NVFP4", "MXFP8", "FP4-Quantized", "6DoF", "FP8-LM"]]
    [True, True, True, True, True, False]
    """
    if _LINK.search(text) or METRIC_NAME.match(text) or _PREFIXED.match(text) or _NUMBER_FORMAT.match(text):
        return True
    year = _TRAILING_YEAR.match(text)
    if year and year.group(1) in acronym_stop():
        return True  # a venue and its year: "CVPR2025", "NeurIPS'24"
    m = _ACRONYM_COMPOUND.match(text)
    if not m:
        return False
    tail = m.group(1)
    return tail not in _VARIANT_TAILS and (tail not in METHOD_HEADS or tail in TASK_HEADS)


_SPELLING_OPENERS = frozenset(("(", ":", ","))
_SPELLING_STOPS = frozenset((")", ";", "."))
_CAMEL_CASE = re.compile(r"(?:[A-Z][a-z]{2,}){2,}")
_LETTER_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")  # letters, hyphen parts allowed


def spelled_letter_word(doc: Doc, c: Cand) -> bool:
    """A one-token candidate that is a plain word with letters of an acronym capitalised inside it, in the phrase
    that spells the acronym out: "SIGMA (Search-Augmented ... for AGentic Mathematical reAsoning)", "ORION:
    ORthonormal Text Encoding ...", "PRISM, a model PRe-trained ...", "... with eXplanation ... (TEXT)". It is a
    piece of the long form, not a name.

    >>> import spacy
    >>> doc = spacy.blank("en")("We use PRISM , a PRe-trained multI-Sequence MRI model , and LeNet , LinkNet , "
    ...                         "and Text Encoder with eXplanation and Time ( TEXT ) .")
    >>> [spelled_letter_word(doc, Cand(k, k + 1, "NAME", "coined", "", 0.6)) for k in (2, 5, 8, 9, 15, 17, 23)]
    [False, True, True, False, False, False, True]
    >>> doc = spacy.blank("en")("We adapt two LIDs ( GlotLID and OpenLID ) .")
    >>> [spelled_letter_word(doc, Cand(k, k + 1, "NAME", "coined", "", 0.6)) for k in (5, 7)]
    [False, False]
    """
    if c.end - c.start != 1:
        return False
    t = texts(doc)[c.start]
    if t.isupper():
        return False
    inner = "".join([ch for part in t.split("-") for ch in part[1:] if ch.isupper()])  # not "Mixture-of-Math-Agent"
    if not inner or not _LETTER_WORD.fullmatch(t) or _CAMEL_CASE.fullmatch(t):
        return False  # "BodyNet", "FlexiWear": a name in CamelCase
    low, tx = lowers(doc), texts(doc)
    lo = c.start  # the phrase around the word: back to an opener or a stop, on to a stop or a bracket
    while lo > max(c.start - 11, 1) and low[lo - 1] not in _SPELLING_OPENERS and low[lo - 1] not in _SPELLING_STOPS:
        lo -= 1
    hi, title_end = c.end, title_end_of(doc)
    while hi < min(lo + 16, len(doc)) and low[hi] not in _SPELLING_STOPS and low[hi] != "(" and hi != title_end:
        hi += 1
    if lo >= 2 and low[lo - 1] in _SPELLING_OPENERS and (low[lo - 1] != "," or low[lo] in ARTICLES):
        name = tx[lo - 2]  # "PRISM, a model ...": a comma opens an apposition, not a list ("LeNet, LinkNet")
    elif hi + 2 < len(doc) and low[hi] == "(" and low[hi + 2] == ")" and "," not in low[lo:hi]:
        name = tx[hi + 1]  # "... with eXplanation and Temporal alignment (TEXT)"
    else:
        return False
    acronym = "".join(ch for ch in name if ch.isupper())
    spelled = iter("".join(ch for w in tx[lo:hi] for ch in w if ch.isupper()))
    # "BERT, RoBERTa", "DiTalker, a DiT-based ...", "LIDs (GlotLID and OpenLID)": names built on one another (or on
    # the whole acronym) are not pieces of a long form
    return (len(acronym) >= 2 and inner in acronym and name not in t and t not in name and acronym not in t
            and all(ch in spelled for ch in acronym))


def described_data(text: str) -> bool:
    """A word before "dataset" that describes the data by an acronym and an adjective or participle ("an
    LLM-labeled dataset", "a multi-view RF-visual dataset"), unlike a named split ("the S2L-equations benchmark").

    >>> [described_data(t) for t in ["LLM-labeled", "RF-visual", "S2L-equations", "MMAU-speech"]]
    [True, True, False, False]
    """
    m = _ACRONYM_COMPOUND.match(text)
    return bool(m) and m.group(1).endswith(("ed", "al"))


ARTICLES = frozenset(("a", "an", "the"))  # "a denoising diffusion model": a participle after one is a modifier


def device_head(head: str) -> bool:
    """The long form's head word names a technique or a device that does something, never a collection of data.

    Examples
    --------
    >>> device_head("compressor"), device_head("encoder"), device_head("numbers"), device_head("corpus")
    (True, True, False, False)
    """
    return head in METHOD_HEADS or head.endswith(("tor", "sor", "tors", "sors"))


# parts of a model: "the depth estimation decoder", "a pose regression head" of another's system is a description
# (not "network": "a policy network" the paper does not propose is kept; see _described_part)
_PART_HEADS = frozenset("encoder decoder block field head layer embedding optimizer".split())
# a name made with "Score" is a metric ("CLIPScore", "BERTScore", "Foo-Score v2"), a method only when proposed
_SCORE_NAME = re.compile(r"^[A-Za-z0-9]*[A-Za-z0-9][-_]?Score(?:[-_ ]?v?\d+(?:\.\d+)?)?$")


# metric acronyms that stay metrics inside a longer name ("RadGraph F1", "AUC-ROC", "CIDEr-D", "BLEU-4", "F1-max");
# not "MAE" ("CAV-MAE", a masked autoencoder) nor "MSE"
_METRIC_PARTS = METRIC_ACRONYMS - {"MAE", "MSE", "R2"} | frozenset("F1 ROC CIDEr FVD COMET chrF".split())
# a text-generation metric fused with a prefix or suffix: "spBLEU", "AfriCOMET", "COMETKiwi", "chrF2", "BERTScores"
_FUSED_METRIC = re.compile(r"^(?:[a-z]{1,5}|[A-Z][a-z]+)?(?:BLEU|COMET|Comet|chrF|ROUGE|METEOR|BERTScore)"
                           r"(?:[A-Z][a-z]+|\d+|\+\+|s)?$")
# an image metric or F1 after a lower-case or word prefix: "gFID" / "rFID" (of generated / reconstructed images),
# "sFVD", "FacetF1" (not "FIDNet")
_FUSED_SCORE = re.compile(r"^(?:[a-z]{1,5}(?:FID|FVD|KID)|[A-Z][a-z]+F1)$")


def metric_variant(name: str, proposed: bool) -> bool:
    """A name made of a metric acronym and its variant or source ("CheXbert F1", "Cross-AUC", "LPIPS-Full") is a
    metric, not a method, unless a method word heads it ("IoU loss") or the paper proposes it.

    Examples
    --------
    >>> [metric_variant(n, False) for n in ("CheXbert F1", "AUC-ROC", "BLEU-4", "GIoU loss", "CAV-MAE", "BERT")]
    [True, True, True, False, False, False]
    >>> [metric_variant(n, False) for n in ("spBLEU", "COMETKiwi", "AfriCOMET", "chrF++", "BLEURT", "COMET")]
    [True, True, True, True, False, False]
    >>> [metric_variant(n, False) for n in ("gFID", "rFID", "FacetF1", "FID", "F1", "FIDNet")]
    [True, True, True, False, False, False]
    """
    if proposed:
        return False
    parts = PARTS.split(name)
    if len(parts) == 1:
        return bool(_FUSED_METRIC.match(name) or _FUSED_SCORE.match(name)) and name not in _METRIC_PARTS
    return not _METRIC_PARTS.isdisjoint(parts) and parts[-1].lower() not in METHOD_HEADS


def score_metric(doc: Doc, ment, name: str, proposed: bool) -> bool:
    """A name made with "Score" is a metric ("CLIPScore", "BERTScore"), a method only when the paper proposes it or
    names a model with it in apposition ("we train a scoring model, Foo-Score, and ...").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe report the ShelfScore of each model.")
    >>> ment = [(Cand(texts(doc).index("ShelfScore"), texts(doc).index("ShelfScore") + 1, "NAME", "coined", "", 0.5),
    ...          "METHOD", 0)]
    >>> score_metric(doc, ment, "ShelfScore", False), score_metric(doc, ment, "ShelfScore", True)
    (True, False)
    """
    if proposed or not _SCORE_NAME.match(name):
        return False
    low = lowers(doc)
    return not any(c.start > 1 and low[c.start - 1] == "," and low[c.start - 2] in METHOD_CUES for c, _, _ in ment)


def scored_as_metric(doc: Doc, ment, label: str, proposed: bool) -> bool:
    """Every mention of an unlisted name ends a noun phrase headed by "metric(s)" ("Foo metrics", "the Bar metric
    for"), or for a method also by "score" or "measure" ("a MetricX score of 3.1"): the name is a measure, unless
    the paper proposes it. A benchmark's score stays a dataset ("a WISE score of 0.9"), a verb stays ("Foo-7B scores
    60%"), as do a listed name before "score" ("CLIP score"; before "metrics" it is a measure too: "Jensen-Shannon
    divergence metrics") and a longer phrase ("Foo metric learning", "Bar metric-based", "Foo Metric-Outdoor").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nFooNet gets a RackEval score of 0.8 and Bin-F metrics, with FooNet metric learning.")
    >>> def ment(word):
    ...     return [(Cand(i, i + 1, "NAME", "coined", "", 0.5), "", 0) for i, t in enumerate(texts(doc)) if t == word]
    >>> [scored_as_metric(doc, ment(w), "METHOD", False) for w in ("RackEval", "Bin-F", "FooNet")]
    [True, True, False]
    >>> [scored_as_metric(doc, ment(w), "DATASET", False) for w in ("RackEval", "Bin-F")]
    [False, True]
    """
    if proposed:
        return False
    low = lowers(doc)
    first = ment[0][0]
    if first.end + 1 >= len(low) or low[first.end] not in MEASURE_NOUNS:
        return False  # (the test below fails for this mention whatever the gazetteer says: it is not asked)
    if in_gazetteer(doc, ment):
        if label != "METHOD":
            return False
        words = METRIC_NOUNS  # "Jensen-Shannon divergence metrics" (a "CLIP score" is not the model's)
    else:
        words = MEASURE_NOUNS if label == "METHOD" else METRIC_NOUNS
    return all(c.end + 1 < len(doc) and low[c.end] in words and _ends_noun_phrase(low[c.end + 1])
               and low[c.end + 1] != "-" for c, _, _ in ment)


def listed_as_metric(doc: Doc, ment, name: str, proposed: bool) -> bool:
    """Every mention of a name the paper does not propose stands in a list of measures ("evaluation metrics,
    including FID, IS and FD-DINOv2", "metrics such as Foo-Sim and Bar"): the name is a measure, not a method (a
    known model listed there stands for its score: "metrics including FID, CLIP and DreamSim").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe report metrics, including FID and ShelfSim, and train RackNet, BinNet and "
    ...                  "ShelfSim; gold metrics and BinJudge agree, as do metrics, RackJudge evaluation and L2 loss.")
    >>> def ment(word):
    ...     return [(Cand(i, i + 1, "NAME", "coined", "", 0.5), "", 0) for i, t in enumerate(texts(doc)) if t == word]
    >>> [listed_as_metric(doc, ment(w), w, False) for w in ("FID", "ShelfSim", "RackNet", "BinJudge", "RackJudge")]
    [True, False, False, False, False]
    """
    if proposed or name.lower().endswith(" loss"):
        return False  # (a loss reported as a measure stays a method: "metrics such as L2 loss")
    low = lowers(doc)
    for c, _, _ in ment:  # (a loop: see context.any_rule)
        if (not listed_after_metric_word(doc, c.start) or _joined_to_measures(low, c.start)
                or c.end < len(low) and low[c.end] in _EVALUATION_NOUNS):
            return False
    return True


# a name before one of these is a way of evaluating listed beside the measures ("automatic metrics, LLM-as-Judge
# evaluation, and human evaluation")
_EVALUATION_NOUNS = frozenset("evaluation evaluations assessment assessments judgment judgments judgement "
                              "judgements".split())


def _joined_to_measures(low: list[str], start: int) -> bool:
    """The name is coordinated with the measures, not one of them: "reference-based metrics and LLM-as-a-judge"."""
    return start > 1 and low[start - 1] in ("and", "or") and low[start - 2] in METRIC_PLURALS


# (not a title's colon: "Foo: A Reference-Free Metric for ..." names the paper's contribution, which the
# annotators count as its proposed method)
_APPOSITION_OPENERS = frozenset((",", "--", "-"))
_APPOSITION_MEASURES = METRIC_NOUNS | {"measure"}
# a measure made by a trained model is a model the paper builds ("LOVE, a LMM-based metric for ...")
_LEARNED_MEASURE = frozenset("based learned trained neural model llm lmm mllm vlm".split())
_RELATIVE_PRONOUNS = frozenset("that which who whose".split())


def described_as_metric(doc: Doc, ment) -> bool:
    """A mention in the abstract is set off by "a/an ... metric" or "measure" ("we propose Foo, a metric that ...",
    "Bar, a novel end-to-end metric for ..."): the name is a measure, even one the paper introduces (not "a
    metric learning method", "a measure-theoretic model").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose ShelfQ, a novel end-to-end metric for racks, BinNet, a metric learning "
    ...                  "model, and RackJudge, an LLM-based metric.")
    >>> def ment(word):
    ...     return [(Cand(i, i + 1, "NAME", "coined", "", 0.5), "", 0) for i, t in enumerate(texts(doc)) if t == word]
    >>> [described_as_metric(doc, ment(w)) for w in ("ShelfQ", "BinNet", "RackJudge")]
    [True, False, False]
    """
    low, title_end = lowers(doc), title_end_of(doc)
    for c, _, _ in ment:
        k = c.end
        if (c.start < title_end or k + 2 >= len(low) or low[k] not in _APPOSITION_OPENERS
                or low[k + 1] not in ("a", "an")):
            continue  # (a title's name is its contribution whatever mark sets it off: "Foo - A Metric for ...")
        for i in range(k + 2, min(k + 9, len(low) - 1)):
            if low[i] in _APPOSITION_MEASURES and _ends_noun_phrase(low[i + 1]) and low[i + 1] != "-":
                return True
            if (not (low[i][:1].isalnum() or low[i] == "-") or low[i] in PREPOSITIONS or low[i] in _LEARNED_MEASURE
                    or low[i] in _RELATIVE_PRONOUNS):
                break  # (the set-off phrase ends at its clause: "Foo, a framework that optimizes any metric")
    return False


def named_as_task(doc: Doc, ment, name: str) -> bool:
    """Every mention of the name modifies "task(s)" ("we introduce the ERC task", "on in-context learning tasks",
    "gains in transfer learning tasks"): the paper names a task by it, not a method it uses. A name holding a
    preposition ("FooNet for ReID task") is a method cut too long, and stays.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("the ShelfQA task and ShelfNet task - specific heads and ShelfNet")
    >>> named_as_task(doc, [(Cand(1, 2, "NAME", "coined", "", 0.5), "", 0)], "ShelfQA")
    True
    >>> named_as_task(doc, [(Cand(4, 5, "NAME", "coined", "", 0.5), "", 0)], "ShelfNet")
    False
    """
    low = lowers(doc)
    # (the mentions first: few names modify "task", and the name's words are split only for those)
    for c, _, _ in ment:  # (a loop: see context.any_rule)
        if not task_noun_at(low, c.end, TASK_FORMS) or c.end + 1 < len(low) and low[c.end + 1] == "-":
            return False
    return PREPOSITIONS.isdisjoint(name.lower().split())


def describes_a_named_one(doc: Doc, ment) -> bool:
    """Every mention of a phrase no list knows is followed, past at most two lower-case words and a comma, by a
    naming word and a capitalised name ("we devise a nimble Transformer model, named VSFormer", "an image fusion
    detection algorithm called LSFDNet"): the phrase describes that name and is none itself.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("we devise a nimble shelf model , named ShelfFormer , and a shelf loss")
    >>> describes_a_named_one(doc, [(Cand(3, 5, "METHOD", "head_method", "", 0.5), "", 0)])
    True
    >>> describes_a_named_one(doc, [(Cand(11, 13, "METHOD", "head_method", "", 0.5), "", 0)])
    False
    """
    if not positions(doc, NAMING_WORDS):  # (most papers name nothing: one look-up a paper, not a scan a phrase)
        return False
    low, txt = lowers(doc), texts(doc)

    def named_after(end: int) -> bool:
        j = end
        while j < min(len(low), end + 2) and txt[j].isalpha() and txt[j].islower() and low[j] not in NAMING_WORDS:
            j += 1
        j += j < len(low) and low[j] == ","
        return j + 1 < len(low) and low[j] in NAMING_WORDS and txt[j + 1][:1].isupper()

    return all(c.rule != "gazetteer" and named_after(c.end) for c, _, _ in ment)


def _ends_noun_phrase(word: str) -> bool:
    """``word`` cannot go on the noun phrase before it: a mark, preposition or conjunction ("metric learning",
    "metric depth", "score function" go on)."""
    return not word[:1].isalnum() or word in PREPOSITIONS or word in ("and", "or", "that", "which")


def described_part(ment, name: str, proposed: bool) -> bool:
    """A head-noun phrase (no name, no known method) for a part of a model the paper does not propose ("the
    depth estimation decoder", "a direct pose regression head", "3D feature fields"), or for the unnamed
    network it proposes, written in lower case ("we propose a gesture recognition network that ...").

    Examples
    --------
    >>> head = [(Cand(0, 3, "METHOD", "head_method", "", 0.5), "METHOD", 0)]
    >>> described_part(head, "the shelf depth decoder", False), described_part(head, "shelf recognition network", True)
    (True, True)
    >>> described_part(head, "Shelf Recognition Network", True), described_part(head, "shelf routing network", False)
    (False, False)
    """
    head = singular(name.rsplit(" ", 1)[-1].lower())
    if not only_rules(ment, HEAD_RULES):
        return False
    return head == "network" and name.islower() if proposed else head in _PART_HEADS


def language_names(doc: Doc, ment) -> bool:
    """Every mention is made of natural-language names only ("Hindi", "French-Italian") or is the code defined for
    one ("Khmer (KM)"): a language, not a method or dataset.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("on Hindi and French-Italian text")
    >>> language_names(doc, [(Cand(1, 2, "NAME", "coined", "", 0.6), "DATASET", 1)])
    True
    """
    named_one = False
    for c, _, _ in ment:  # (one pass that stops at the first mention neither a language nor its code: most names)
        text = span_text(doc, c.start, c.end)
        if _language_name(text):
            named_one = True
        elif not (c.rule == "abbreviation" and _LANGUAGE_CODE.match(text)):
            return False
    return named_one


_LANGUAGE_CODE = re.compile(r"^[A-Z]{2,3}$")  # "Khmer (KM)": a language's code


@lru_cache(maxsize=65536)
def _language_name(text: str) -> bool:
    """``text`` is made of natural-language names only ("Hindi", "French-Italian").

    >>> _language_name("French-Italian"), _language_name("French BERT")
    (True, False)
    """
    return LANGUAGES.issuperset(filter(None, PARTS.split(text.lower())))
