"""Word lists of the extractor: shipped gazetteers, stop terms and cue words, loaded once."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from kg.extract.normalize import entity_key

__all__ = ["Term", "load_terms", "listed_s_names", "stop_keys", "setting_keys", "acronym_stop", "read_data_lines",
           "listed_spellings", "list_keys", "verbs", "present_verb", "agent_roles", "AGENT_NOUN", "METHOD_HEADS",
           "TASK_HEADS",
           "FALLBACK_TASK_HEADS", "DATASET_HEADS", "GENERIC_MODIFIERS", "METRIC_HEADS", "METRIC_NOUNS", "MEASURE_NOUNS",
           "METRIC_PLURALS", "THING_HEADS", "LANGUAGES",
           "SOURCED_RECORDS", "QA_HEADS", "PREPOSITIONS", "gazetteer_keys", "DESCRIPTIVE_HEADS", "ALIAS_WRAPPER_HEADS",
           "MODEL_CLASS_ACRONYMS", "model_class_acronym", "TECHNIQUE_HEADS", "PROPER_WORDS"]

GAZETTEERS = (
    ("METHOD", "methods_curated.txt"),
    ("METHOD", "methods_pwc.txt"),
    ("DATASET", "datasets_curated.txt"),
    ("DATASET", "datasets_mined.txt"),
    ("TASK", "tasks_curated.txt"),
)

# head nouns that make a noun phrase a method ("... network", "... loss")
METHOD_HEADS = frozenset("""
network networks net nets loss losses attention distillation regularization regularisation regularizer optimizer
optimiser algorithm algorithms descent transformer transformers encoder encoders decoder decoders autoencoder
autoencoders embedding embeddings mechanism module modules layer layers block blocks pooling normalization
convolution convolutions dropout augmentation sampling sampler estimator estimators classifier classifiers
regression tuning kernel kernels decomposition factorization relaxation propagation quantization pruning matching
probing prompting decoding boosting forest machine machines field fields splatting flow flows perceptron
unit units gate gating adapter adapters head heads memory search policy optimisation
caching reweighting tokenizer tokenizers thresholding concatenation voting ensembling masking
""".split())

# head nouns of task phrases (those also in METHOD_HEADS, like "pruning" or "distillation", make a task only
# in the title: "Data Pruning for ...", "Dataset Distillation via ...")
TASK_HEADS = frozenset("""
detection segmentation classification generation prediction recognition retrieval translation estimation answering
summarization summarisation reasoning captioning forecasting tracking reconstruction synthesis completion
localization localisation parsing modeling modelling editing restoration denoising super-resolution inpainting
recommendation navigation planning selection understanding grounding verification extraction labeling labelling
tagging imputation compression discovery attribution interpretability alignment matching clustering control
manipulation analysis learning adaptation generalization unlearning fine-tuning finetuning inference evaluation
transfer identification robustness quantification characterization reduction pretraining pre-training fairness
explanation aggregation measurement acceleration induction optimization
removal correction rating grading monitoring counting diagnosis personalization retargeting interpretation
serving tokenization nowcasting re-identification dehazing deblurring annotation collapse
pruning quantization distillation insertion placement erasure cloning browsing elicitation
scoring assessment transcription prognosis screening registration matting colorization colourization deraining
stylization simplification paraphrasing moderation enhancement interpolation recovery rendering calibration
watermarking retouching comprehension steganography refusal hallucination
animation relighting compositing geolocalization odometry synchronization abstention customization steering
assignment linking
qa vqa question-answering problem-solving proving rewriting tutoring infilling outpainting upsampling trading
guardrailing phonemization autoformalization triage geolocation try-on automation cybersecurity ideation
""".split())

# task heads that also name a benchmark of the task: "Hebrew QA", "Geo-Perception Question-Answering (GeoPQA)
# benchmark" stay datasets where a dataset word or phrase says so
QA_HEADS = frozenset("qa vqa question-answering".split())

# head nouns that name a paper's task only when nothing else does ("workflow construction", "image cropping");
# as ordinary task heads they also catch means and parts ("graph construction module", "feature mapping")
FALLBACK_TASK_HEADS = frozenset("mapping construction curation cropping".split())  # none in METHOD_HEADS

# records a source supplies: "sequences from the Observed Antibody Space", not "features from DETR"
SOURCED_RECORDS = frozenset("""
data images samples sequences dataset datasets benchmark benchmarks corpus texts documents records reports posts
questions pairs videos scans recordings examples instances passwords problems
""".split())
DATASET_HEADS = frozenset("""
dataset datasets benchmark benchmarks corpus corpora suite suites testbed leaderboard challenge collection competition
treebank treebanks
""".split())

METRIC_HEADS = frozenset("""
distance score scores rate rates error errors accuracy ratio metric metrics index coefficient precision recall
divergence iou miou auc
""".split())
# nouns that call the name before or after them a measure ("the Foo metric", "a new metric, Bar (B)")
METRIC_NOUNS = frozenset(("metric", "metrics"))
# the same with the words that also have other senses ("a measure of", "the score function")
MEASURE_NOUNS = METRIC_NOUNS | {"measure", "score"}
# plural nouns that open a list of measures ("metrics such as", "two new metrics,", "physiological indicators:")
METRIC_PLURALS = frozenset("metrics measures indicators indices".split())

# kind words that describe a design rather than name it: "a gated fusion strategy", "the proposed module"
DESCRIPTIVE_HEADS = frozenset("strategy strategies scheme schemes schema mechanism mechanisms technique techniques "
                              "operation operations module modules algorithm block component".split())
# part words a known method is written with and still is that method: "attention layer", "a knowledge distillation loss"
ALIAS_WRAPPER_HEADS = frozenset("layer layers mechanism mechanisms module modules block blocks loss losses".split())
# generic model classes written as an acronym after a name: "the LLaMa3.1 LLM"
MODEL_CLASS_ACRONYMS = frozenset("LLM VLM MLLM LMM".split())
# heads that name a technique by what it does; single mentions are right about half the time (1,500 annotated
# papers), where a part ("memory", "encoder", "policy") almost never is
TECHNIQUE_HEADS = frozenset("pruning augmentation regularization regularisation distillation quantization voting "
                            "caching".split())

# natural languages: never a method or dataset name on their own ("Hindi", "French-Italian", "Urdu")
LANGUAGES = frozenset("""
english chinese japanese korean arabic french german spanish portuguese italian russian hindi bengali urdu turkish
persian swahili vietnamese thai indonesian dutch polish ukrainian greek hebrew tamil nepali pashto sanskrit telugu
marathi gujarati punjabi malay tagalog amharic yoruba hausa igbo zulu czech swedish danish norwegian finnish
hungarian romanian bulgarian serbian croatian catalan basque welsh irish latin mandarin cantonese
khmer burmese sinhala mongolian kazakh uzbek tigrinya somali kannada malayalam odia assamese javanese sundanese
xhosa afrikaans icelandic estonian latvian lithuanian slovak slovenian albanian armenian tibetan uyghur
luxembourgish maltese farsi bangla kinyarwanda wolof
""".split())

# words a task name keeps capitalised when it lower-cases a title's words ("English-Gujarati machine translation",
# "Gaussian avatar reconstruction"): languages, peoples and regions, and the people that name mathematics
PROPER_WORDS = frozenset("""
indian african european american asian arab latino nordic scandinavian balkan slavic indic dravidian
gaussian gauss bayesian bayes markov markovian euclidean fourier boolean hamiltonian laplacian lagrangian riemannian
newtonian monte carlo wasserstein hessian jacobian kalman bernoulli poisson dirichlet lipschitz pareto nash turing
shapley hebbian kolmogorov langevin lyapunov hilbert bellman gibbs boltzmann ising voronoi delaunay gromov shannon
bregman stackelberg tikhonov newton euler lagrange laplace sinkhorn hopfield koopman volterra kullback leibler
""".split()) | LANGUAGES

# head nouns of acronym long forms that name what a paper studies, not a technique: conditions
# ("Atrial Fibrillation (AF)"), languages ("Yemeni Ibbi Arabic (YIA)"), kinds of data ("Whole Slide
# Image (WSI)", "Machine-Generated Text (MGT)"), properties and statements ("White Balance (WB)",
# "Lottery Ticket Hypothesis (LTH)"), people ("General Practitioners (GPs)": not Gaussian processes)
THING_HEADS = frozenset("""
disease diseases disorder disorders syndrome fibrillation leukemia leukaemia cancer cancers carcinoma tumor tumors
tumour tumours lesion lesions infection infections diabetes pneumonia dementia arrhythmia hypertension sclerosis
retinopathy glaucoma injury injuries endoscopy colonoscopy imaging tomography patients
text texts image images video videos records content questions
balance complexity helpfulness reusability hypothesis hypotheses theorem conjecture information project form
view views vehicle vehicles interest radar infrared range definition observation photoplethysmography ray rays
eosin microscopy wave resonance mri transcriptomics truth angiography imagery things detail details medicine loop
users interface interfaces intelligence
tissue tissues organ organs edema pathology photography echocardiography health temperature sensor sensors room rooms
goal goals document documents language languages neuron neurons case cases controls
pressure density oxygen solids island core degree deficiency deficiencies solutions education
practitioner practitioners clinician clinicians physician physicians doctor doctors radiologist radiologists
experience ability abilities capability capabilities standard standards terms fluid rescue tomosynthesis
composite
""".split()) | LANGUAGES

# prepositions that put a noun phrase under another word ("a workflow for X", "trained on it", "from X")
PREPOSITIONS = frozenset("of on for in with from by to at into about across under between".split())
POSSESSIVE_MARKS = frozenset(("'s", "’s"))  # the tokenizer's possessive ending, straight or curly
# words that open a verb's object: "restores the features", "Tracking the Emergence of", "planning a route"
OBJECT_LEADS = frozenset("the a an its their them this these those each all both".split())
# a noun for an agent or device: "Planner", "Generator", "Compressor"; not "Behavior"
AGENT_NOUN = re.compile(r"(?:[bcdfghjklmnpqrstvwxz]er|tor|sor)s?$")

# adjectives and determiners that never start an entity name
GENERIC_MODIFIERS = frozenset("""
a an the this that these those our their its his her my your we it such other each every any all some many
novel new simple effective efficient proposed existing standard typical conventional traditional popular powerful
strong robust general unified lightweight scalable flexible principled modern recent state-of-the-art various
different several multiple additional specific particular common widely-used well-known classical original same
single two three four five six seven eight nine ten first second third large small better improved key main core
final overall entire whole
underlying corresponding resulting respective prior previous current future given learned trained pretrained
pre-trained fine-tuned based using via with without for of in on at by to from and or but as is are was were be
been being has have had not no more most less least very highly fully only also both either neither well further
generic specialized dedicated custom careful good great high low higher lower best worst larger smaller deeper
deep shallow fast faster slow slower accurate reliable practical theoretical empirical standardized naive
advanced sophisticated tailored lightweight plug-and-play versatile innovative alternative auxiliary proper
appropriate suitable
respectively thereby where which while when how what why who whose
use uses used apply applies applied employ employs employed leverage leverages leveraged adopt adopts adopted
propose proposes introduce introduces present presents develop develops design designs study studies show shows
demonstrate demonstrates achieve achieves improve improves enable enables allow allows require requires combine
combines integrate integrates incorporate incorporates outperform outperforms perform performs train trains
evaluate evaluates compare compares called named termed dubbed via towards toward into onto upon across within
between among over under after before during against about above below than then thus hence therefore however
can could may might should would will must do does did done also even still yet already often usually
thorough inherent superior inferior diverse optimal suboptimal little much comparative experimental extensive
comprehensive systematic numerous dozen individual suitable usual in-depth mainstream classic free like affect
facilitate ensure promote subsequent earlier later fundamental penultimate final initial intermediate related
relevant important significant considerable substantial massive huge tiny minimal maximal marginal identical
similar various certain possible potential practical realistic real real-world challenging difficult hard easy
crucial critical essential necessary sufficient successful remarkable impressive competitive favorable
promising exciting interesting surprising rigorous formal detailed careful broad wide narrow limited
unlimited available accessible open closed downstream upstream overall complete
exact precise rough accurate inaccurate vanilla pure plain
thereof therein etc vs versus whereas although though because since unless until
lack lacks hinder hinders explore explores provide provides conduct conducts investigate investigates analyze
analyzes revisit revisits offer offers define defines extend extends exhibit exhibits treat treats consider considers
obscure unlike poor excellent exceptional outstanding greater notable stronger highest inadequate insufficient
inefficient expensive comparable appropriate perfect plausible utilize utilizes utilise utilises reveal reveals reframe
reframes harness harnesses rethink rethinks
straightforward aggressive prominent broader minor major elegant intuitive crude elaborate cumbersome costly
tedious
""".split())


class Term(NamedTuple):
    """One gazetteer surface form: its label, text, group id and case sensitivity.

    Examples
    --------
    >>> [t for t in load_terms() if t.text in ("ImageNet", "reinforcement learning")]  # doctest: +NORMALIZE_WHITESPACE
    [Term(label='METHOD', text='reinforcement learning', group='METHOD:reinforcement learning', case_sensitive=False),
     Term(label='DATASET', text='ImageNet', group='DATASET:imagenet', case_sensitive=True)]
    """

    label: str
    text: str
    group: str
    case_sensitive: bool


def read_data_lines(name: str) -> list[str]:
    """Return the non-comment, non-blank lines of a shipped data file (empty if absent).

    Examples
    --------
    >>> "Adam" in read_data_lines("methods_curated.txt")
    True
    """
    try:
        text = resources.files("kg.extract.data").joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def model_class_acronym(word: str) -> bool:
    """``word`` is a generic model class acronym (``MODEL_CLASS_ACRONYMS``), singular or plural: "the LLaMa3.1
    LLM", "Foo-MLLMs"; a name is not.

    >>> [model_class_acronym(w) for w in ("MLLM", "LLMs", "LM", "LLMss", "MLLM-7B")]
    [True, True, False, False, False]
    """
    return word.removesuffix("s") in MODEL_CLASS_ACRONYMS


def _plural(form: str) -> str:
    """The regular plural of a form ("auto-encoder" -> "auto-encoders", "CNN" -> "CNNs"), or ""."""
    last = form.split()[-1] if form.split() else ""
    if len(last) < 3 or not last[-1].isalpha() or last.endswith(("s", "x", "y", "h")) or last.lower() == last.upper():
        return ""
    if last.isupper() or last[-1].islower():
        return form + "s"
    return ""


_JOINABLE = re.compile(r"^[A-Za-z]+(?:-[A-Za-z]+)*(?: [A-Za-z]+(?:-[A-Za-z]+)*){1,3}$")


def hyphen_spellings(form: str) -> list[str]:
    """The one-token hyphenated spellings papers use for a multi-word term, lower-cased: all words joined
    ("mixture of experts" -> "mixture-of-experts") and only the last two ("visual question answering" ->
    "visual question-answering"). The tokenizer keeps a hyphenated compound whole, so the spaced form
    never matches it.

    Examples
    --------
    >>> hyphen_spellings("Visual Question Answering")
    ['visual-question-answering', 'visual question-answering']
    >>> hyphen_spellings("early stopping"), hyphen_spellings("GPT 4"), hyphen_spellings("Adam")
    (['early-stopping'], [], [])
    """
    if not _JOINABLE.match(form):
        return []
    words = form.lower().split()
    return list(dict.fromkeys(["-".join(words), " ".join(words[:-2] + ["-".join(words[-2:])])]))


def _named_hyphen_spellings(name: str) -> list[str]:
    """The one-token hyphenated spellings of a capitalised multi-word dataset name, in its own case and in title case
    ("Needle in a Haystack" -> "Needle-in-a-Haystack", "Needle-In-A-Haystack"); matched in these cases only, since
    the lower-case compound is a figure of speech ("a needle-in-a-haystack search").

    Examples
    --------
    >>> _named_hyphen_spellings("Needle in a Haystack"), _named_hyphen_spellings("BIG-Bench Hard")
    (['Needle-in-a-Haystack', 'Needle-In-A-Haystack'], ['BIG-Bench-Hard', 'Big-Bench-Hard'])
    >>> _named_hyphen_spellings("tiny images"), _named_hyphen_spellings("MNIST")
    ([], [])
    """
    if not _JOINABLE.match(name) or name.islower():
        return []
    words = name.split()
    titled = "-".join(p[:1].upper() + p[1:].lower() for w in words for p in w.split("-"))
    return list(dict.fromkeys(["-".join(words), titled]))


def _joined_spelling(name: str) -> str:
    """A dataset name of two or more capitalised or numbered parts written without its spaces and hyphens, in its
    own case ("Stanford Cars" -> "StanfordCars", "Ego-Exo4D" -> "EgoExo4D", "SQuAD 2.0" -> "SQuAD2.0"), or "":
    papers join the parts of a name, and the joined word never matches the spaced form.

    Examples
    --------
    >>> _joined_spelling("Stanford Cars"), _joined_spelling("Ego-Exo4D"), _joined_spelling("SQuAD 2.0")
    ('StanfordCars', 'EgoExo4D', 'SQuAD2.0')
    >>> _joined_spelling("tiny images"), _joined_spelling("Needle in a Haystack"), _joined_spelling("ARC-E")
    ('', '', '')
    """
    parts = [p for p in re.split(r"[ -]", name) if p]
    joined = "".join(parts)
    if len(parts) < 2 or not all(p[:1].isupper() or p[:1].isdigit() for p in parts) or joined.isupper():
        return ""  # (an all-capital joined word reads as another acronym: "ARC-E" -> "ARCE", "SA-V" -> "SAV")
    return joined


_NUMBERED = re.compile(r"^(?P<stem>[A-Za-z]*?[A-Za-z]{2})(?P<dash>-?)(?P<num>[vV]?\d+)$")


def _numbered_spellings(name: str) -> list[str]:
    """The spellings of a one-word numbered dataset name ("SSv2", "MATH500", "Diving48", "NYUDv2") that papers write
    with another case of its letters or with the dash before its number or version toggled ("SSV2", "Math500",
    "Diving-48", "NYUD-v2"): a letters-plus-number word is no English word, so its case and dash carry no meaning.

    Examples
    --------
    >>> _numbered_spellings("SSv2"), _numbered_spellings("Diving48")
    (['SSV2', 'Ssv2', 'SS-v2', 'SS-V2', 'Ss-v2'], ['DIVING48', 'Diving-48', 'DIVING-48'])
    >>> _numbered_spellings("MATH-500"), _numbered_spellings("MNIST"), _numbered_spellings("C4")
    (['Math-500', 'MATH500', 'Math500'], [], [])
    """
    m = _NUMBERED.match(name)
    if not m:
        return []
    out = []
    for dash in ("-", "") if m["dash"] else ("", "-"):
        word = m["stem"] + dash + m["num"]
        out += [word, word.upper(), word[0].upper() + word[1:].lower()]
    return [f for f in dict.fromkeys(out) if f != name]


def _modifier_hyphened(form: str) -> str:
    """The spelling of a method or task of three or more words with its first two joined, lower-cased: papers
    hyphenate a compound modifier ("sliding-window attention", "nearest-neighbor search", "time-series
    forecasting"), which the tokenizer keeps as one token, so neither the spaced form nor :func:`hyphen_spellings`
    matches it.

    Examples
    --------
    >>> _modifier_hyphened("sliding window attention"), _modifier_hyphened("Monte Carlo tree search")
    ('sliding-window attention', 'monte-carlo tree search')
    >>> _modifier_hyphened("beam search"), _modifier_hyphened("mixture of experts"), _modifier_hyphened("GPT 4 o")
    ('', '', '')
    """
    words = form.lower().split()
    if len(words) < 3 or not _JOINABLE.match(form) or "-" in words[0] + words[1] or words[1] in _FUNCTION_WORDS:
        return ""
    return " ".join(["-".join(words[:2])] + words[2:])


_FUNCTION_WORDS = frozenset("of and or for to in on with from by as the a an".split())


_LOWER_HYPHENED = re.compile(r"^[a-z]{2,}(?:-[a-z]{2,})+$")


def _spaced_spelling(form: str) -> str:
    """The spaced spelling of a term whose words are joined by hyphens, when every joined part is a lower-case
    word: papers write "next token prediction" for "next-token prediction", "max pooling" for "max-pooling".

    Examples
    --------
    >>> _spaced_spelling("next-token prediction"), _spaced_spelling("self-attention")
    ('next token prediction', 'self attention')
    >>> _spaced_spelling("k-means"), _spaced_spelling("U-Net"), _spaced_spelling("GPT-4"), _spaced_spelling("dropout")
    ('', '', '', '')
    """
    words = form.split()
    if not any("-" in w for w in words) or not all(_LOWER_HYPHENED.match(w) or "-" not in w for w in words):
        return ""
    return " ".join(w.replace("-", " ") for w in words)


# spellings papers use for the same word: "fine-tuning" or "finetuning", "optimization" or "optimisation"
_SPELLINGS = (("fine-tun", "finetun"), ("pre-train", "pretrain"), ("ization", "isation"), ("modeling", "modelling"),
              ("behavior", "behaviour"))


def _spelling_variants(form: str) -> list[str]:
    """The other spellings of a lower-case term: with or without the hyphen in "fine-tuning" and "pre-training",
    British "-isation", "modelling" and "behaviour" (capitalised names keep the one spelling their authors chose).

    Examples
    --------
    >>> _spelling_variants("supervised fine-tuning"), _spelling_variants("direct preference optimization")
    (['supervised finetuning'], ['direct preference optimisation'])
    >>> _spelling_variants("Layer Normalization")
    []
    """
    if form != form.lower():
        return []
    out = []
    for a, b in _SPELLINGS:
        for x, y in ((a, b), (b, a)):
            if x in form:
                out.append(form.replace(x, y))
    return [f for f in dict.fromkeys(out) if f != form]


def _case_sensitive(form: str) -> bool:
    """A one-word form with a capital matches only in its own case, unless it is hyphened with a lower-case word
    ("best-of-N", "K-means" also match "Best-of-N", "K-Means"; "U-Net", "GPT-4o" keep their case)."""
    return (" " not in form and any(ch.isupper() for ch in form)
            and not any(len(p) > 1 and p.isalpha() and p.islower() for p in form.split("-")[1:]))


@lru_cache(maxsize=1)
def load_terms() -> tuple[Term, ...]:
    """Return every gazetteer form, curated lists first, de-duplicated by (label, form).

    Examples
    --------
    >>> terms = load_terms()
    >>> any(t.text == "ImageNet-22K" and t.label == "DATASET" for t in terms)
    True
    """
    out: list[Term] = []
    seen: set[tuple[str, str]] = set()
    stops = stop_keys()
    task_keys = list_keys("tasks_curated.txt")
    dataset_keys = list_keys("datasets_curated.txt")
    for label, fname in GAZETTEERS:
        for line in read_data_lines(fname):
            forms = [f.strip() for f in line.split("|") if f.strip()]
            if not forms or fname == "methods_pwc.txt" and _dataset_page(forms, dataset_keys):
                continue
            forms = _without_paper_titles(forms)
            if not forms:
                continue
            group = f"{label}:{entity_key(forms[0])}"
            forms = forms + [_plural(f) for f in forms if _plural(f)]
            exact = ([j for f in forms for j in _named_hyphen_spellings(f)]
                     + [j for f in forms if (j := _joined_spelling(f))]
                     + [n for f in forms for n in _numbered_spellings(f)] if label == "DATASET" else [])
            if label in ("METHOD", "TASK"):
                forms += [h for f in forms for h in hyphen_spellings(f)]
            if label == "METHOD":
                forms += [v for f in forms for v in _spelling_variants(f)]
                forms += [sp for f in forms if (sp := _spaced_spelling(f))]
            if label in ("METHOD", "TASK"):
                forms += [mh for f in forms if (mh := _modifier_hyphened(f))]
            for form in forms + exact:
                cs = _case_sensitive(form) or form in exact
                k = (label, form if cs else form.lower())
                if k in seen or entity_key(form) in stops or (label != "TASK" and entity_key(form) in task_keys):
                    continue
                seen.add(k)
                out.append(Term(label, form, group, cs))
    return tuple(out)


_DATA_TITLE = re.compile(r"\b(?:simulator|benchmark|dataset|corpus|environment)s?\b", re.I)
_PAPER_TITLE = re.compile(r"^(?P<name>[^:]+?):\s")
_PLAIN_WORD = re.compile(r"^[A-Z]?[a-z]+$")


def _without_paper_titles(forms: list[str]) -> list[str]:
    """The forms of a term line without the paper titles a mined list gives as full names ("BLIP: Bootstrapping
    Language-Image Pre-training"): matched in text they would make the title of the paper that introduced a method one
    long method mention. A line that is only a title keeps the name before its colon, unless that is a plain word.

    >>> _without_paper_titles(["BLIP", "BLIP: Bootstrapping Language-Image Pre-training"])
    ['BLIP']
    >>> _without_paper_titles(["Parrot optimizer: Algorithm and applications"]), _without_paper_titles(["Mamba: X"])
    (['Parrot optimizer'], [])
    """
    kept = [f for f in forms if not _PAPER_TITLE.match(f)]
    if kept or not forms:
        return kept
    name = _PAPER_TITLE.match(forms[0]).group("name").strip()
    return [] if " " not in name and _PLAIN_WORD.match(name) else [name]


def _dataset_page(forms: list[str], dataset_keys: frozenset[str]) -> bool:
    """A mined method entry that is a curated dataset's paper by its own title ("CARLA|CARLA: An Open Urban Driving
    Simulator"), not a method sharing the name ("LAMA|Low-Rank Factorization-based Multi-Head Attention").

    >>> _dataset_page(["CARLA", "CARLA: An Open Urban Driving Simulator"], frozenset({"carla"}))
    True
    >>> _dataset_page(["LAMA", "Low-Rank Factorization-based Multi-Head Attention"], frozenset({"lama"}))
    False
    """
    return entity_key(forms[0]) in dataset_keys and any(_DATA_TITLE.search(f) for f in forms[1:])


@lru_cache(maxsize=None)
def list_keys(fname: str) -> frozenset[str]:
    """The entity keys of every form in a shipped term list (cached: several components ask for the same list).

    Examples
    --------
    >>> "adam" in list_keys("methods_curated.txt")
    True
    """
    return frozenset(listed_spellings(fname))


@lru_cache(maxsize=None)
def listed_spellings(fname: str) -> dict[str, str]:
    """Each form's key in a shipped term list mapped to the list's spelling of it, the first form of its line with that
    key ("reinforcement learning", "Transformer"): how the list writes a name in running text.

    Examples
    --------
    >>> spellings = listed_spellings("methods_curated.txt")
    >>> spellings["reinforcement learning"], spellings["transformer"]
    ('reinforcement learning', 'Transformer')
    """
    out: dict[str, str] = {}
    for line in read_data_lines(fname):
        for form in (f.strip() for f in line.split("|") if f.strip()):
            out.setdefault(entity_key(form), form)
    return out


@lru_cache(maxsize=2)
def gazetteer_keys(label: str) -> frozenset[str]:
    """Entity keys of every gazetteer term labelled ``label``.

    Examples
    --------
    >>> "imagenet" in gazetteer_keys("DATASET"), "imagenet" in gazetteer_keys("METHOD")
    (True, False)
    """
    return frozenset(entity_key(t.text) for t in load_terms() if t.label == label)


@lru_cache(maxsize=1)
def setting_keys() -> frozenset[str]:
    """Return the keys listed both as a curated task and as a curated method: settings that are a task when
    studied and a method when used ("in-context learning", "active learning", "test-time adaptation").

    Examples
    --------
    >>> "in context learning" in setting_keys(), "image classification" in setting_keys()
    (True, False)
    """
    return frozenset(list_keys("tasks_curated.txt") & list_keys("methods_curated.txt"))


@lru_cache(maxsize=1)
def stop_keys() -> frozenset[str]:
    """Return the entity keys of generic terms that are never extracted.

    Examples
    --------
    >>> "llm" in stop_keys() and "deep learning" in stop_keys()
    True
    """
    return frozenset(entity_key(x) for x in read_data_lines("stop_terms.txt"))


@lru_cache(maxsize=1)
def listed_s_names() -> frozenset[str]:
    """Return the one-word method names (lower case) listed with a final "s" that is no plural: no listed form is
    the same name without it ("kosmos", "paxos"; not "transformers", listed beside "Transformer"). Several-word
    forms are left out: their last word is mostly a plural ("counterfactual explanations").

    Examples
    --------
    >>> "paxos" in listed_s_names() and "transformers" not in listed_s_names()
    True
    """
    forms = {f.strip().lower() for label, fname in GAZETTEERS if label == "METHOD"
             for line in read_data_lines(fname) for f in line.split("|")}
    return frozenset(f for f in forms if " " not in f and f.endswith("s") and f[:-1] not in forms)


@lru_cache(maxsize=1)
def stop_spellings() -> frozenset[str]:
    """Return the generic terms of :func:`stop_keys` as they are spelled ("PyTorch", "pandas").

    >>> "PyTorch" in stop_spellings() and "Pytorch" not in stop_spellings()
    True
    """
    return frozenset(read_data_lines("stop_terms.txt"))


@lru_cache(maxsize=1)
def acronym_stop() -> frozenset[str]:
    """Return upper-case tokens that are not names when they stand alone.

    Examples
    --------
    >>> "GPU" in acronym_stop()
    True
    """
    return frozenset(w for ln in read_data_lines("acronym_stop.txt") for w in ln.split())


@lru_cache(maxsize=1)
def verbs() -> frozenset[str]:
    """Return lower-case words mined as verbs (they mostly follow infinitive "to"), and a few common ones added by
    hand that the mining misses ("include", "require").

    Examples
    --------
    >>> "improve" in verbs()
    True
    """
    return frozenset(read_data_lines("verbs_mined.txt"))


@lru_cache(maxsize=1)
def agent_roles() -> frozenset[str]:
    """Return the role nouns of a system's agents or modules ("planner", "solver"), lower case and singular.

    Examples
    --------
    >>> "planner" in agent_roles(), "transformer" in agent_roles()
    (True, False)
    """
    return frozenset(read_data_lines("agent_roles.txt"))


def present_verb(word: str) -> bool:
    """A present-tense verb after a singular subject: "refines", "fuses", "optimizes" (from :func:`verbs`).

    Examples
    --------
    >>> [present_verb(w) for w in ("improves", "fuses", "optimizes", "maps", "improve")]
    [True, True, True, False, False]
    """
    if len(word) <= 3 or not word.endswith("s"):
        return False
    return word[:-1] in verbs() or word.endswith("es") and word[:-2] in verbs() or word.endswith(("izes", "ises"))
