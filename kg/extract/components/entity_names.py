"""Forms and names of an entity: wrapper and modifier forms, long forms, the name picked."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.components.context import (HEAD_RULES, METHOD_CUES, based_at, closing_bracket, is_coined_variant,
                                           past_bracket, title_end_of)
from kg.extract.components.candidates import Cand, cands_of, lowers, positions, span_text, texts
from kg.extract.components.name_shapes import is_coined
from kg.extract.components.sentences import sentence_starts
from kg.extract.components.goal_phrases import SIZE_LEAD, task_lead_start
from kg.extract.components.head_phrases import PART_WRAPPERS
from kg.extract.components.lexicon import (ALIAS_WRAPPER_HEADS, DATASET_HEADS, DESCRIPTIVE_HEADS, GENERIC_MODIFIERS,
                                           acronym_stop, gazetteer_keys, listed_s_names, listed_spellings,
                                           stop_spellings, verbs)
from kg.extract.aliases import initials_spell
from kg.extract.normalize import WORD_BREAKS, entity_key, singular
from kg.extract.components.task_shapes import proper_case, task_case
from kg.extract.components.naming_cues import KIND_WORDS
from kg.extract.components.not_methods import ARTICLES, PART_NOUNS

__all__ = ["own_styled_name", "bracketed_task_names", "wrapper_forms", "vendor_forms", "coined_core_forms",
           "headed_forms", "modified_forms", "technical_modifier", "unwrapped_forms", "drop_generic_wrappers",
           "bracketed_long_forms", "linked_long_forms", "wider_long_forms", "lead_forms", "pick_name"]


def own_styled_name(c: Cand, text: str) -> bool:
    """The paper's own title or proposal name in mixed case, or a title name in capitals, is no generic term whose
    key it shares: "PanDA: ..." is not the "pandas" library, "RECALL: ..." not the metric (but "PyTorch: Lessons
    from ..." spells the library's name and is the library).

    >>> own_styled_name(Cand(0, 1, "NAME", "title_prefix", "", 0.8), "PanDA")
    True
    >>> [own_styled_name(Cand(0, 1, "NAME", r, "", 0.6), "RECALL") for r in ("proposal_name", "title_prefix")]
    [False, True]
    >>> [own_styled_name(Cand(0, 1, "NAME", r, "", 0.6), "PyTorch") for r in ("coined", "title_prefix")]
    [False, False]
    """
    styled = (c.rule in ("title_prefix", "proposal_name") and bool(_MIXED_CASE.search(text))
              or c.rule == "title_prefix" and bool(_CAPITALS_WORD.match(text)))
    return styled and text not in stop_spellings()


_MIXED_CASE = re.compile(r"[a-z][A-Z]")
_CAPITALS_WORD = re.compile(r"^[A-Z]{3,}$")


_TASK = frozenset(("task",))


def bracketed_task_names(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """The one-word name bracketed right after a numbered shared task is its alias: "SemEval 2025 Task 8
    (DataBench)" is one benchmark (the two candidates share a group).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("We join ShelfEval 2031 Task 4 ( ShelfBench ) today .")
    >>> cands = [Cand(2, 6, "DATASET", "capitalised", "", 0.5), Cand(7, 8, "NAME", "coined", "", 0.5)]
    >>> [c.group for c in bracketed_task_names(doc, cands)]
    ['task:2', 'task:2']
    >>> doc = spacy.blank("en")("We join ShelfEval 2031 Rack 4 ( ShelfBench ) today .")
    >>> [c.group for c in bracketed_task_names(doc, cands)]
    ['', '']
    """
    if not positions(doc, _TASK):
        return cands  # (the common case: no "task" in the text, nothing to read in the candidates)
    low = lowers(doc)
    inner = {c.end + 1: f"task:{c.start}" for c in cands if c.end - c.start >= 2 and low[c.end - 2] == "task"
             and c.end + 2 < len(doc) and low[c.end] == "(" and low[c.end + 2] == ")"}
    if not inner:
        return cands
    outer = {k - 1: g for k, g in inner.items()}  # the task's end -> its group
    return [c if c.rule in ("abbreviation", "gazetteer") else c._replace(group=inner[c.start])
            if c.start in inner and c.end == c.start + 1 else c._replace(group=outer[c.end])
            if c.end in outer and low[c.end - 2] == "task" else c for c in cands]  # the rules whose group is free


_WRAPPER_HEADS = frozenset("network networks net model models architecture architectures framework layer layers "
                           "module modules block blocks".split())
# a technique written with the way it is used: "chain-of-thought reasoning", "CoT fine-tuning", "the delta rule"
_USE_TAILS = frozenset("rule rules reasoning tuning fine-tuning prompting".split())
# a lower-case technique written as a design: "an encoder-decoder model", "a flow-matching architecture"
_FAMILY_WRAPPER_HEADS = frozenset("model models architecture architectures".split())
# heads a lower-case technique takes as an alias ("a curriculum learning strategy"; not "the DeepSeek strategy")
_LOWER_WRAPPER_HEADS = _FAMILY_WRAPPER_HEADS | frozenset(("strategy", "strategies"))


def wrapper_forms(doc: Doc, ment) -> list[str]:
    """ "attention layer", "attention mechanism": a known method written with a component head is the
    same entity under a longer name, kept as an alias (the wrapper phrase itself was dropped as a
    candidate by :func:`drop_generic_wrappers`).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("The attention layers of a Transformer admit a structure.")
    >>> [(e["name"], e["aliases"]) for e in doc._.kg_entities["methods"]]
    [('attention', ['attention layer']), ('Transformer', [])]
    """
    low = lowers(doc)
    out = []
    for c, _, _ in ment:
        nxt = low[c.end] if c.end < len(doc) else ""
        if c.rule in ("gazetteer", "abbreviation") and (nxt in ALIAS_WRAPPER_HEADS or nxt in _USE_TAILS
                                                         or nxt in _LOWER_WRAPPER_HEADS
                                                         and texts(doc)[c.start].islower()):
            form = " ".join(span_text(doc, c.start, c.end + 1).split())
            head = form.rsplit(" ", 1)
            out.append(f"{head[0]} {singular(head[1].lower()) if head[1].islower() else head[1]}")
        if (c.rule in _NAME_RUN_RULES and c.end - c.start >= 2 and nxt in _NAME_KIND_HEADS
                and texts(doc)[c.end].islower()):
            # "a Frequency-domain Multi-modal Interaction model (FMISeg)": a Title-Case name written with its kind
            out.append(" ".join(span_text(doc, c.start, c.end).split()) + " " + singular(nxt))
        k = _past_definition(doc, c.end) if c.rule == "abbreviation" else c.end
        if k > c.end and k < len(doc) and low[k] in ALIAS_WRAPPER_HEADS:
            # "a Weakly Supervised Patch Selecting (WPS) loss": the definition names the loss with its head
            out.append(" ".join(span_text(doc, c.start, c.end).split()) + " " + singular(low[k]))
        if c.rule == "gazetteer":
            # a one-token name ("U-Net", "RoPE") takes one modifier, and no "-ed"/"-en" participle ("frozen CLIP";
            # an "-ing" one after an article is kept: "a denoising U-Net", see technical_modifier); a capitalised name
            # also takes the capitalised words of the whole Title Case run it ends ("Bidirectional Diffusion Models")
            one = c.end - c.start == 1 and not texts(doc)[c.start][:1].islower()
            titled = texts(doc)[c.start][:1].isupper()
            k = c.start
            while (k > c.start - 2 + one and k > 0
                   and (technical_modifier(doc, k - 1) and not (one and _not_a_kind(lowers(doc)[k - 1]))
                        or titled and _titled_modifier(doc, k - 1))):
                k -= 1
            if k < c.start and _no_titled_kind(doc, k, c.start, c.end):
                k = c.start
            # "video diffusion model", "4D Gaussian Splatting", "dual U-Net": the kind written out, with each
            # modifier ("multimodal discrete diffusion models" is also a discrete diffusion model)
            starts = sentence_starts(doc)
            for j in range(k, c.start):
                # a sentence's capital is no part of the form when the name is lower case: "Video diffusion models"
                lead = low[j] if j in starts and texts(doc)[c.start][:1].islower() else texts(doc)[j]
                out.append(_modified_form(doc, lead, j, c.start, c.end))
                if c.end - c.start >= 2 and low[c.end - 1] in PART_WRAPPERS:
                    out.append(_modified_form(doc, lead, j, c.start, c.end - 1))  # "spatial attention"
            if k == c.start and _based_lead(doc, c.start):
                out.append(" ".join(span_text(doc, c.start - 3, c.end).split()))  # "rule-based RL"
    return out


def vendor_forms(doc: Doc, ment) -> list[str]:
    """A model written with the company that makes it ("OpenAI o1-mini", "google/gemini-2.5-pro") is the same model
    with or without it: the other form, kept as an alias.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe compare OpenAI ShelfGPT-2 with google/shelf-7b.")
    >>> [(e["name"], e["aliases"]) for e in doc._.kg_entities["methods"]]
    [('ShelfGPT-2', ['OpenAI ShelfGPT-2']), ('shelf-7b', ['google/shelf-7b'])]
    """
    tx = texts(doc)
    out = []
    for c, _, _ in ment:
        lead = c.start - 2 if c.start >= 2 and tx[c.start - 1] == "/" else c.start - 1
        if lead >= 0 and tx[lead].lower() in _VENDORS and (doc[lead].whitespace_ or lead < c.start - 1):
            out.append(" ".join(span_text(doc, lead, c.end).split()).replace(" / ", "/"))
        elif c.end - c.start >= 2 and tx[c.start].lower() in _VENDORS and doc[c.start].whitespace_:
            out.append(" ".join(span_text(doc, c.start + 1, c.end).split()))  # not "Google-Net"
    return out


# companies whose models papers name with or without them, each one word as written before a model: Mistral AI as its
# Hugging Face organisation ("mistralai/Mistral-7B-v0.1"; "Mistral AI Mistral-7B" is not matched). Not "Meta", also a
# prefix ("Meta Differential Evolution"), nor NVIDIA, named mostly with its hardware
_VENDORS = frozenset("openai google deepmind microsoft anthropic alibaba mistralai xai".split())


def _based_lead(doc: Doc, start: int) -> bool:
    """An "X-based" lead right before ``start`` ("affinity-based reinforcement learning", "Rule-based RL"), a word
    other than a stop word or a generic modifier ("model-based", not "the-based").

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe use affinity-based reinforcement learning and RL.")
    >>> _based_lead(doc, 7), _based_lead(doc, 10)
    (True, False)
    """
    low = lowers(doc)
    return (start >= 3 and based_at(low, start - 2) and low[start - 3].isalpha()
            and low[start - 3] not in STOP_WORDS and low[start - 3] not in GENERIC_MODIFIERS
            and start - 3 >= title_end_of(doc))


# (a platform the data comes from is a kind word too: "the PIT-2015 Twitter corpus")
_DATASET_KIND_WORDS = DATASET_HEADS | frozenset("grand twitter reddit weibo youtube wikipedia".split())


def coined_core_forms(doc: Doc, ment) -> list[str]:
    """A listed dataset name of one coined token, a venue and kind words ("the ShelfQA Grand Challenge", "the CVPR
    ShelfSeg"): the coined token alone, kept as an alias; not a named part ("ActivityNet Captions", "sRGB WB").

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe test on the ShelfQA Grand Challenge.")
    >>> [(e["name"], e["aliases"]) for e in doc._.kg_entities["datasets"]]
    [('ShelfQA Grand Challenge', ['ShelfQA'])]
    """
    tx = texts(doc)
    out = []
    for c, _, _ in ment:
        if c.rule != "dataset_list" or c.end - c.start < 2:
            continue
        coined = [w for w in tx[c.start:c.end] if is_coined(w) and w not in acronym_stop()]
        if len(coined) == 1 and all(w == coined[0] or w.lower() in _DATASET_KIND_WORDS
                                    or w in acronym_stop() and w.isupper() for w in tx[c.start:c.end]):
            out.append(coined[0])
    return out


def headed_forms(doc: Doc, ment) -> list[str]:
    """A dataset's name with the lower-case dataset word written right after it, past at most two lower-case
    modifiers ("the SmolLM corpus", "the GSM perturbation benchmarks"): how some papers name it, kept as an alias.
    Called for DATASET entities only (methods and tasks derive their aliases elsewhere).

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe pretrain on the ZorbLM corpus.")
    >>> [(e["name"], e["aliases"]) for e in doc._.kg_entities["datasets"]]
    [('ZorbLM', ['ZorbLM corpus'])]
    """
    tx, low = texts(doc), lowers(doc)
    out = []
    for c, _, _ in ment:
        k = c.end
        while (k < min(len(doc), c.end + 2) and tx[k].isalpha() and tx[k].islower() and low[k] not in STOP_WORDS
               and low[k] not in DATASET_HEADS and low[k] not in METHOD_CUES):
            k += 1
        if k < len(doc) and tx[k] in DATASET_HEADS:
            out.append(span_text(doc, c.start, k + 1))
    return out


def modified_forms(doc: Doc, ment) -> list[str]:
    """A head-noun phrase written with one or two modifiers the candidate rules leave off, a participle, an
    adverb, an "X-based" or a count ("balanced multilingual fine-tuning strategy", "temporally adaptive modality
    scheduling mechanism", "3D geographic augmentation"): the same part under its fuller name, kept as an alias
    (also without a descriptive head word).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe propose a balanced shelf tuning strategy for shelves.")
    >>> [e["aliases"] for e in doc._.kg_entities["methods"]]
    [['shelf tuning', 'balanced shelf tuning strategy', 'balanced shelf tuning']]
    """
    low, text = lowers(doc), texts(doc)
    sent_starts = sentence_starts(doc)
    title_end = title_end_of(doc)
    out: list[str] = []
    for c, _, _ in ment:
        if c.rule not in HEAD_RULES:
            continue
        k, words = c.start, 0
        while words < 2 and k - 1 >= title_end and k not in sent_starts:
            if k - 3 >= title_end and based_at(low, k - 2) and _MODIFIER_WORD.match(text[k - 3]):
                k -= 3  # "a part-based pose embedding mechanism"
            elif (_MODIFIER_WORD.match(text[k - 1])
                  and _left_off_modifier(low[k - 2] if k >= 2 else "", low[k - 1], low[k])):
                k -= 1
            else:
                break
            words += 1
            *mods, head = span_text(doc, k, c.end).split()
            form = " ".join(mods + [singular(head) if head.islower() else head])  # "3D pose estimator(s)"
            out.append(form)
            if head.lower() in DESCRIPTIVE_HEADS:
                out.append(" ".join(mods))  # "balanced multilingual fine-tuning (strategy)"
    return out


def _left_off_modifier(before: str, word: str, nxt: str) -> bool:
    """``word`` (between ``before`` and ``nxt``) is a modifier the candidate rules leave off: a count ("3D"), a
    hyphenated compound ("fine-grained", "model-conditioned"), a participle after an article ("a balanced") or an
    adverb before an adjective ("temporally adaptive"); not a verb ("integrating", "includes", "we explored"), an
    adverb of the sentence ("particularly reverse distillation") or a generic word ("novel").

    >>> [_left_off_modifier(b, w, n) for b, w, n in (("a", "3d", "x"), ("a", "balanced", "x"), ("we", "explored", "x"),
    ...                                               ("a", "temporally", "adaptive"), (",", "particularly", "reverse"),
    ...                                               ("by", "integrating", "x"), ("a", "novel", "x"))]
    [True, True, False, True, False, False, False]
    """
    if (word in STOP_WORDS or word in GENERIC_MODIFIERS or word in verbs() or word.endswith(("ing", "s"))
            or SIZE_LEAD.match(word)):
        return False  # "two-stage", "large-scale": how many, how much, not part of the name
    if _COUNT_WORD.match(word) or "-" in word:
        return True
    if word.endswith("ed"):
        return before in ("a", "an", "the", "our")
    return word.endswith("ly") and nxt.endswith(_ADJECTIVE_ENDINGS)


_COUNT_WORD = re.compile(r"^[1-4]d$")
_ADJECTIVE_ENDINGS = ("ive", "al", "ic", "ed", "able", "ent", "ant", "ous")


_NAME_RUN_RULES = frozenset(("capitalised", "proposal_name"))
_NAME_KIND_HEADS = ALIAS_WRAPPER_HEADS | _FAMILY_WRAPPER_HEADS | frozenset(("network", "framework"))


def _past_definition(doc: Doc, end: int) -> int:
    """The token after an acronym definition that a mention ending at ``end`` belongs to: past "(WPS)" after the
    long form, past ")" after the short form; ``end`` itself when no bracket follows.

    >>> import spacy
    >>> doc = spacy.blank("en")("a Patch Selecting ( PS ) loss and ( PS ) loss")
    >>> _past_definition(doc, 3), _past_definition(doc, 5), _past_definition(doc, 1)
    (6, 6, 1)
    """
    low = lowers(doc)
    if end < len(doc) and low[end] == "(":
        j = closing_bracket(low, end, 4)
        return j + 1 if j != end else end
    return past_bracket(doc, end)


def _not_a_kind(word: str) -> bool:
    """A word before a one-token name that does not name a kind of it: a participle ("frozen CLIP"), a
    superlative ("latest GPT-4o") or a model word ("foundation model SAM").

    >>> [_not_a_kind(w) for w in ("frozen", "latest", "model", "dual", "task-specific", "masked")]
    [True, True, True, False, False, False]
    """
    return word.endswith(("ed", "en", "est")) and word not in _KIND_PARTICIPLES or word in METHOD_CUES


def technical_modifier(doc: Doc, i: int) -> bool:
    """Token ``i`` is a plain lower-case word that narrows a technique ("video", "class-balanced", "4D"; capitalised
    when it opens a sentence: "Video diffusion models ..."), not a determiner, an evaluative or generic adjective, a
    verb, an adverb or a plural; a participle only right after an article ("a denoising diffusion model", not
    "leveraging GAN") or when it names how a technique is built ("combines factorized attention").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe train a video diffusion model and a new diffusion model.")
    >>> technical_modifier(doc, lowers(doc).index("video")), technical_modifier(doc, lowers(doc).index("new"))
    (True, False)
    """
    t, low = texts(doc)[i], lowers(doc)[i]
    sent_starts = sentence_starts(doc)
    opener = (i in sent_starts and t[:1].isupper() and t[1:].islower()  # "Video diffusion models have ..."
              and low not in _NOT_KIND_OPENERS and not _not_a_kind(low))
    if not (_MODIFIER_WORD.match(t) or opener) or low in STOP_WORDS or low in GENERIC_MODIFIERS or low in verbs():
        return False
    participle = (low.endswith("ing") or "-" not in low and low.endswith("ed")) and low not in _KIND_PARTICIPLES
    if (participle and not (i > 0 and lowers(doc)[i - 1] in ARTICLES)
            or "-" not in low and (low.endswith("ly") or low.endswith("s") and not low.endswith(_NOT_PLURAL))
            or _hyphenated_verb(low)):
        return False  # "leveraging GAN", "decoupled", "utilizes", "fine-tunes": verbs, adverbs, plurals, no kind
    return (opener or i not in sent_starts) and i >= title_end_of(doc)


def _hyphenated_verb(low: str) -> bool:
    """A hyphenated verb's third person ("fine-tunes CLIP", "re-trains ResNet"), which names no kind of the technique.

    >>> [_hyphenated_verb(w) for w in ("fine-tunes", "re-trains", "pre-trains", "class-balanced", "multi-class")]
    [True, True, True, False, False]
    """
    if "-" not in low or not low.endswith("s") or low.endswith(_NOT_PLURAL):
        return False
    stem = low[:-1]
    first, last = stem.split("-", 1)[0], stem.rsplit("-", 1)[1]
    return stem in verbs() or first in _VERB_PREFIXES and last in verbs()


_VERB_PREFIXES = frozenset("re pre co self fine post over under de".split())
_MODIFIER_WORD = re.compile(r"^(?:[a-z]|[1-4][dD]\b)[a-z0-9]*(?:-[a-z0-9]+)*$")  # "video", "4D", "3D-aware"
# sentence openers that are no stop words but never name a kind: "Despite CLIP's ...", "Unlike BERT, ..."
_NOT_KIND_OPENERS = frozenset("despite unlike like instead besides".split())
_NOT_PLURAL = ("ss", "us", "is")
# participles that name how a technique is built, so a kind of it wherever they stand ("combines factorized
# attention", "masked RoPE"), unlike "frozen", "decoupled" or "leveraging"
_KIND_PARTICIPLES = frozenset("""
masked shifted gated dilated factorized factorised packed weighted quantized quantised randomized randomised
regularized regularised nested grouped windowed
""".split())


def _titled_modifier(doc: Doc, i: int) -> bool:
    """Token ``i`` is a capitalised word of the Title Case run a capitalised known name is written in ("Bidirectional
    Diffusion Models", "a 3D-Aware GAN"), not a sentence's first word, a generic adjective, a verb or an "-ing" form
    ("Efficient Diffusion Models", "Scaling Diffusion Models").

    >>> import spacy
    >>> doc = spacy.blank("en")("Shelf : Bidirectional Diffusion Models and Efficient Diffusion Models")
    >>> _titled_modifier(doc, 2), _titled_modifier(doc, 6)
    (True, False)
    """
    t, low = texts(doc)[i], lowers(doc)[i]
    return (bool(_TITLED_WORD.match(t)) and i not in sentence_starts(doc) and low not in STOP_WORDS
            and low not in GENERIC_MODIFIERS and low not in verbs() and not low.endswith("ing")
            and not SIZE_LEAD.match(low)  # "Two-Stage Distillation": how many, not which
            and not ("-" not in low and low.endswith("s") and not low.endswith(_NOT_PLURAL)))  # "... Meets GNN"


def _no_titled_kind(doc: Doc, start: int, name_start: int, end: int) -> bool:
    """Modifiers ``start:name_start``, a capitalised word among them, and a name ending at ``end`` name no kind of the
    known name: they are a piece of a longer Title Case run ("(Optimal) Transport Dictionary Learning",
    "Metric-Guided Transformer (Block Skipping)") or the long form of a coined name the paper writes ("Equivariant
    Video Diffusion Models" and EquiVDM; a coined title name's colon before them: "PARD-2: Target-Aligned Parallel
    Draft Model").

    >>> import spacy
    >>> doc = spacy.blank("en")("Optimal Transport Dictionary Learning for shelves")
    >>> _no_titled_kind(doc, 1, 2, 4), _no_titled_kind(doc, 0, 2, 4)
    (True, False)
    """
    if all(technical_modifier(doc, i) for i in range(start, name_start)):
        return False

    def titled_word(i: int) -> bool:
        return 0 <= i < len(doc) and bool(_TITLED_WORD.match(texts(doc)[i])) and lowers(doc)[i] not in STOP_WORDS

    named = start >= 2 and texts(doc)[start - 1] == ":" and is_coined(texts(doc)[start - 2])
    return titled_word(start - 1) or titled_word(end) or named or _spells_a_coined_name(doc, start, end)


def _spells_a_coined_name(doc: Doc, start: int, end: int) -> bool:
    """The words of tokens ``start:end`` spell a coined name the paper writes ("Equivariant Video Diffusion Models"
    and EquiVDM): that name's long form, not a kind of the known name it ends in.

    >>> import spacy
    >>> doc = spacy.blank("en")("ShelfVDM : Shelf Video Diffusion Models and Bidirectional Diffusion Models")
    >>> _spells_a_coined_name(doc, 2, 6), _spells_a_coined_name(doc, 7, 10)
    (True, False)
    """
    words = [w for w in WORD_BREAKS.split(span_text(doc, start, end)) if w]
    return any(initials_spell(words, re.sub(r"[^a-z0-9]", "", t.lower()), skip=_INITIAL_SKIPS, prefix=True)
               for t in set(texts(doc)) if is_coined(t))


_INITIAL_SKIPS = frozenset(STOP_WORDS) | _FAMILY_WRAPPER_HEADS  # "Shelf-Guided Diffusion Model" spells SG-Diff


def _modified_form(doc: Doc, lead: str, j: int, name_start: int, end: int) -> str:
    """``lead`` and the words of tokens ``j + 1:end``, modifiers before a known name starting at ``name_start``. In the
    title, whose capitals say nothing ("Bidirectional Diffusion Models" is written as a task would be), the modifiers
    are shown in lower case and the name as the curated list writes it ("prior-guided Mamba", "bidirectional diffusion
    models"; a name it does not list with capitals as a plain word: "reinforced collaborative distillation").

    >>> import spacy
    >>> doc = spacy.blank("en")("Guided Mamba and Bidirectional Diffusion Models\\n\\nWe shelve.")
    >>> _modified_form(doc, "Guided", 0, 1, 2), _modified_form(doc, "Bidirectional", 3, 4, 6)
    ('guided Mamba', 'bidirectional diffusion models')
    """
    mods = " ".join([lead] + span_text(doc, j + 1, name_start).split())
    name = " ".join(span_text(doc, name_start, end).split())
    if j < title_end_of(doc):
        mods = _lower_title_words(mods)
        listed = listed_spellings("methods_curated.txt").get(entity_key(name), "")
        if listed.lower() == name.lower():
            name = listed
        elif not listed or listed.islower():  # (a capitalised listed name keeps its capitals: "Transformers")
            name = _lower_title_words(name)
    return f"{mods}{' ' if doc[name_start - 1].whitespace_ else ''}{name}"


def _lower_title_words(form: str) -> str:
    """``form`` with its plain Title Case words in lower case, proper words, acronyms and mixed-case names kept.

    >>> _lower_title_words("Physics-Guided Nested U-Net Gaussian Splatting")
    'physics-guided nested U-Net Gaussian splatting'
    """
    return proper_case(" ".join(w.lower() if _PLAIN_TITLED.match(w) else w for w in form.split()))


_PLAIN_TITLED = re.compile(r"^[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*$")
_TITLED_WORD = re.compile(r"^(?:[A-Z][a-z]+|[1-4]D)(?:-[A-Za-z0-9]+)*$")  # "Bidirectional", "Step-Wise", "3D-Aware"


# a lead that only says where or how a design applies: "video-specific", "object-centric", "expert-guided"
_SETTING_COMPOUND = re.compile(r"^[a-z]+-(?:specific|aware|centric|guided|driven|level|wise|agnostic|conditioned|"
                               r"informed|oriented|supervised)$")
# a lead that says what a part can do or that it stands apart, not which part it is: "a learnable chunk module"
_TRAIT_LEADS = frozenset("learnable trainable separate generalizable".split())
_DESIGN_HEAD_WORDS = DESCRIPTIVE_HEADS | ALIAS_WRAPPER_HEADS | _WRAPPER_HEADS
_LAYER_HEADS = frozenset(("layer", "layers"))  # "a differentiable rendering layer": the technique as a layer
_DESCRIPTIVE_OR_LAYER_HEADS = DESCRIPTIVE_HEADS | _LAYER_HEADS


def unwrapped_forms(name: str) -> list[str]:
    """Shorter forms that name the same method: without a descriptive head word ("inverse repainting
    strategy" is also written "inverse repainting", "Cross-Modal Fusion module" "Cross-Modal Fusion"),
    and a known technique behind plain lower-case modifiers ("a shared Transformer", "latent contrastive
    learning", "bidirectional cross-attention"; not a lone lower-case word without a hyphen: "pairwise attention"),
    and a design behind a lead saying where or how it applies ("video-specific dataset pruning strategy"), when two
    words besides head words remain, or behind a lead saying what it can do ("a learnable chunk module"). A head
    word (or "layer") comes off when two words remain, one of them capitalised, or a known technique.

    Examples
    --------
    >>> unwrapped_forms("inverse repainting strategy"), unwrapped_forms("gating mechanism")
    (['inverse repainting'], [])
    >>> unwrapped_forms("Cobweb algorithm"), unwrapped_forms("shared Transformer")
    (['Cobweb'], ['Transformer'])
    >>> unwrapped_forms("bidirectional cross-attention"), unwrapped_forms("pairwise attention")
    (['cross-attention'], [])
    >>> unwrapped_forms("differentiable shelf rendering layer")
    ['differentiable shelf rendering']
    >>> unwrapped_forms("video-specific shelf pruning strategy")
    ['shelf pruning strategy', 'shelf pruning', 'video-specific shelf pruning']
    >>> unwrapped_forms("learnable shelf module"), unwrapped_forms("learnable shelf")
    (['shelf module', 'learnable shelf'], [])
    """
    return list(_unwrapped_forms(name))


@lru_cache(maxsize=65536)
def _unwrapped_forms(name: str) -> tuple[str, ...]:
    """:func:`unwrapped_forms`, memoised (the forms depend on the name and the shipped method list alone; the same
    names recur across papers) as a tuple, which no caller can change."""
    words = name.split()
    known = gazetteer_keys("METHOD")
    out = []
    core = [w for w in words[1:] if w.lower() not in _DESIGN_HEAD_WORDS]
    if (_SETTING_COMPOUND.match(words[0]) and len(core) >= 2  # not "(confidence-aware) fusion module"
            or words[0] in _TRAIT_LEADS and core and len(words) >= 3):  # "(learnable) chunk module"
        out.extend(f for f in [" ".join(words[1:])] + unwrapped_forms(" ".join(words[1:])) if f not in out)
    if len(words) >= 2 and words[-1].lower() in _DESCRIPTIVE_OR_LAYER_HEADS and not _compound_adjective(words[-2]):
        # (an adjective left without its head names nothing: "Edge-Aware (Module)", "similarity-based (strategy)")
        rest = " ".join(words[:-1])
        if len(words) >= 3 or not rest.islower() or entity_key(rest) in known:
            out.append(rest)
    elif len(words) >= 2 and words[-1].lower() in PART_NOUNS and entity_key(" ".join(words[:-1])) in known:
        out.append(" ".join(words[:-1]))  # "Transformer encoder": the known architecture's part
    if entity_key(name) in known:
        return tuple(out)  # "vision transformer", "linear attention": a known technique of its own
    for i in range(1, len(words)):
        if not words[i - 1].islower():
            break
        tail = " ".join(words[i:])
        if entity_key(tail) in known and (i < len(words) - 1 or not tail.islower() or "-" in tail):
            # a lower-case single word ("attention") is too broad to be the same entity; a hyphenated compound
            # ("text-to-image cross-attention") is not
            out.append(tail)
            break
    return tuple(out)


def _compound_adjective(word: str) -> bool:
    """A hyphenated adjective that only says how or where a design works ("Edge-Aware", "similarity-based").

    >>> _compound_adjective("Edge-Aware"), _compound_adjective("index-based"), _compound_adjective("Cross-Modal")
    (True, True, False)
    """
    low = word.lower()
    return bool(_SETTING_COMPOUND.match(low)) or low.endswith("-based")


# task heads too broad to make a task of a known technique: "chain-of-thought reasoning" (but "3DGS compression")
# or that only say how it is trained: "reinforcement learning fine-tuning" is reinforcement learning
_BROAD_TASKS = frozenset("""
reasoning learning labeling labelling interpolation inference fine-tuning finetuning pre-training pretraining training
""".split())


def drop_generic_wrappers(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Drop head-noun phrases that only wrap a known name: "multi-layer perceptron network", "BERT model",
    "data-efficient Vision Mamba network". A lower-case known term after modifiers is itself a modifier:
    "pose calibration module" is a part of its own.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("We train a BERT model and a shelf model .")
    >>> cands = [Cand(3, 4, "METHOD", "gazetteer", "gaz:bert", 1.0), Cand(3, 5, "METHOD", "head_method", "", 0.5),
    ...          Cand(7, 9, "METHOD", "head_method", "", 0.5)]
    >>> [span_text(doc, c.start, c.end) for c in drop_generic_wrappers(doc, cands)]
    ['BERT', 'shelf model']
    """
    known: dict[int, list[int]] | None = None  # the known names' starts by end, made at the first wrapper phrase
    method_spans = {(c.start, c.end) for c in cands if c.rule == "gazetteer" and c.label == "METHOD"}
    text_list, low = texts(doc), lowers(doc)
    out = []
    for c in cands:
        if c.rule == "head_task" and (c.start, c.end - 1) in method_spans and low[c.end - 1] in _BROAD_TASKS:
            continue  # "chain-of-thought reasoning": a known technique put to a generic task, not a task name
        if c.rule == "head_method" and low[c.end - 1] in _WRAPPER_HEADS:
            if known is None:
                known = _starts_by_end(x for x in cands if x.rule in ("gazetteer", "abbreviation"))
            if any(c.start == s or c.start < s and not text_list[s].islower() for s in known.get(c.end - 1, ())):
                continue
        out.append(c)
    return out


def _starts_by_end(cands: Iterable[Cand]) -> dict[int, list[int]]:
    """The starts of ``cands`` by their ends (a look-up, not a scan of every candidate per phrase).

    >>> _starts_by_end([Cand(0, 2, "METHOD", "gazetteer", "", 0.9), Cand(1, 2, "METHOD", "gazetteer", "", 0.9)])
    {2: [0, 1]}
    """
    by_end: dict[int, list[int]] = {}
    for c in cands:
        by_end.setdefault(c.end, []).append(c.start)
    return by_end


_BRACKETED_RULES = frozenset(("capitalised", "title_name"))


def bracketed_long_forms(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """A Title-Case phrase in brackets right after a proposed name is that name's long form, even when its
    letters do not spell the acronym: "we propose xHC (Expanded Hyper-Connections)". It joins the name's
    entity as an alias instead of becoming a second proposed method.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("we propose xShelf ( Expanded Shelf Links ) with Rack Tools .")
    >>> cands_of(doc).append(Cand(2, 3, "NAME", "proposal_name", "", 0.8))
    >>> cands = [Cand(4, 7, "METHOD", "capitalised", "", 0.5), Cand(9, 11, "METHOD", "capitalised", "", 0.5)]
    >>> [c.group for c in bracketed_long_forms(doc, cands)]
    ['key:xshelf', '']
    """
    names = {c.end: c for c in cands_of(doc) if c.rule == "proposal_name"}
    if not names:
        return cands
    low = lowers(doc)
    out = []
    for c in cands:
        name = names.get(c.start - 1)
        if (c.rule in _BRACKETED_RULES and name is not None and low[c.start - 1] == "(" and c.end < len(doc)
                and low[c.end] == ")"):
            c = c._replace(group="key:" + entity_key(span_text(doc, name.start, name.end)))
        out.append(c)
    return out


# what may stand between a coined name and the phrase it abbreviates: "X: A ...", "X, a novel ...", "..., termed X"
_LINK_WORDS = frozenset(", : ( ) a an the novel new termed called dubbed named".split())


def _spells_name(short: str, long: str) -> bool:
    """``short``'s capitals spell ``long`` loosely: the first is the long form's first letter and the rest
    follow in order ("LA2Former" / "Locality-Aware Attention Transformer", "SFG-SwinSR" / "Spatial-Frequency
    Gated Swin Transformer"). Needs two capitals, so plain words never match.

    Examples
    --------
    >>> _spells_name("NUC-Net", "Non-uniform Cylindrical Partition Network")
    True
    >>> _spells_name("HDD", "hyperbolic dataset distillation method")
    True
    >>> _spells_name("DeiT", "Vision Transformer"), _spells_name("Mamba", "Mamba Block")
    (False, False)
    """
    caps = "".join(ch for ch in short if ch.isupper())
    return len(caps) >= 2 and initials_spell([w for w in WORD_BREAKS.split(long) if w], caps.lower(), loose=True)


def _titled_apposition(doc: Doc, name: Cand, phrase: Cand) -> bool:
    """``phrase`` is a Title Case apposition to ``name`` closed by a kind word: "BayesMM, a Multimodal Bayesian
    Distribution Learning framework" (the name's capitals need not spell it)."""
    low, txt = lowers(doc), texts(doc)
    return (name.end < phrase.start and low[name.end] == "," and low[name.end + 1] in ("a", "an")
            and phrase.end < len(doc) and low[phrase.end] in KIND_WORDS
            and all(t[:1].isupper() for t in txt[phrase.start:phrase.end] if t[:1].isalpha()))


def linked_long_forms(doc: Doc, cands: list[Cand], abbr_labels: dict[str, str]) -> list[Cand]:
    """A coined name and a new phrase it spells, side by side, are one entity: "NUC-Net: Non-uniform Cylindrical
    Partition Network for ...", "AsymDSD, an Asymmetric Dual Self-Distillation framework", "Locality-Aware
    Attention Transformer (LA2Former)", "a hyperbolic dataset distillation method, termed HDD". The phrase joins
    the name's entity (where the acronym rule's letter match failed), as does a Title Case apposition closed by a
    kind word that it does not spell (:func:`_titled_apposition`).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("We propose AsymSD , an Asymmetric Shelf Distillation framework , with Rack Tools .")
    >>> cands = [Cand(2, 3, "NAME", "coined", "", 0.5), Cand(5, 8, "METHOD", "capitalised", "", 0.5),
    ...          Cand(11, 13, "METHOD", "capitalised", "", 0.5)]
    >>> [c.group for c in linked_long_forms(doc, cands, {})]
    ['', 'key:asymsd', '']
    """
    low, txt = lowers(doc), texts(doc)
    shorts = {c.start: c for c in cands if c.end - c.start == 1 and c.label != "TASK"
              and abbr_labels.get(c.group) != "TASK" and is_coined(txt[c.start])}
    if not shorts:
        return cands
    known = None  # keys of the grouped candidates, built when first needed
    regroup: dict[int, str] = {}
    for i, c in enumerate(cands):
        if (c.end - c.start < 2 or c.label == "TASK"
                or (c.group or c.rule == "gazetteer") and not is_coined_variant(c)):
            continue
        near = [shorts[k] for k in (*range(c.start - 4, c.start - 1), *range(c.end + 1, c.end + 4)) if k in shorts]
        if not near:
            continue
        if known is None:
            known = {entity_key(span_text(doc, x.start, x.end)) for x in cands if x.group and not is_coined_variant(x)}
        long_text = span_text(doc, c.start, c.end)
        if entity_key(long_text) in known:
            continue  # "Cross-layer feature pyramid networks (CFPNs) ... we propose CFMD, a novel cross-layer ..."
        for s in near:
            # "a Dynamic Rank LoRA framework named DR-LoRA": the phrase's kind word may stand between them
            gap = low[s.end:c.start] if s.start < c.start else low[c.end:s.start]
            if any(w not in _LINK_WORDS and w not in KIND_WORDS for w in gap):
                continue
            if _spells_name(txt[s.start], long_text) or _titled_apposition(doc, s, c):
                regroup[i] = s.group or "key:" + entity_key(txt[s.start])
                break
    if not regroup:
        return cands
    # a title's "X: Long Form ..." is the name's long form, not an ambiguous task phrase
    return [c._replace(group=regroup[i], label="NAME" if c.label == "AMBIG" else c.label) if i in regroup else c
            for i, c in enumerate(cands)]


def wider_long_forms(doc: Doc, cands: list[Cand], chosen: list[Cand],
                     abbr_labels: dict[str, str]) -> list[Cand]:
    """A chosen phrase that ends where an acronym's long form ends, and covers it, takes the acronym's group:
    "a Frequency-aware Bidirectional Flow Aggregation Module (BFAM)" where the letters of BFAM only spell
    "Bidirectional Flow Aggregation Module". Not for tasks: "LiDAR semantic segmentation (SS)". A task phrase that
    only adds lower-case words before the long form keeps the long form inside it too ("iterative Direct Preference
    Optimization (DPO)"): the acronym and its long form stay one entity.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("a Frequency-aware Shelf Flow Module ( SFM ) .")
    >>> cands = [Cand(4, 7, "NAME", "abbreviation", "abbr:0", 0.85)]
    >>> chosen = [Cand(1, 7, "METHOD", "capitalised", "", 0.5)]
    >>> wider_long_forms(doc, cands, chosen, {"abbr:0": "METHOD"})[0].group, wider_long_forms(doc, cands, chosen,
    ...                                                                                     {"abbr:0": "TASK"})[0].group
    ('abbr:0', '')
    >>> doc = spacy.blank("en")("an iterative Shelf Flow Module ( SFM ) .")
    >>> wider = [Cand(1, 5, "TASK", "head_task", "", 0.5)]
    >>> [(c.start, c.group) for c in wider_long_forms(doc, [Cand(2, 5, "NAME", "abbreviation", "abbr:0", 0.85)],
    ...                                                   wider, {"abbr:0": "METHOD"})]
    [(1, ''), (2, 'abbr:0')]
    """
    if not abbr_labels:
        return chosen  # (no acronym definition: no long form to read in the candidates)
    ends = {c.end: c for c in cands if c.rule == "abbreviation" and c.end - c.start > 1
            and abbr_labels.get(c.group) in ("METHOD", "DATASET")}
    if not ends:
        return chosen
    txt = texts(doc)
    out = []
    for c in chosen:
        inner = ends.get(c.end)
        wider = inner is not None and c.start < inner.start
        # a capitalised name only: not "a hybrid approach combining convolutional neural networks (CNNs)"
        if (wider and not c.group and c.rule != "gazetteer" and c.label != "TASK"
                and txt[c.start][:1].isupper()):
            c = c._replace(group=inner.group)
        out.append(c)
        if wider and c.label == "TASK" and _lower_lead(txt, c, inner):
            out.append(inner)
    return out


def _lower_lead(txt: list[str], wider: Cand, inner: Cand) -> bool:
    """Whether ``wider`` adds only lower-case words before ``inner``, an acronym's long form ("multi-modal")."""
    return all(w[:1].islower() for w in txt[wider.start:inner.start])


def lead_forms(doc: Doc, ment) -> list[str]:
    """The fuller forms of a task's mentions with the leads the task rules strip ("content-based image retrieval",
    "end-to-end autonomous driving"; also a title's "for" phrase: "... for Accurate Extreme Event Detection"):
    written in the paper, so aliases.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe study content-based shelf retrieval. We study rack retrieval.")
    >>> shelf, rack = lowers(doc).index("shelf"), lowers(doc).index("rack")
    >>> lead_forms(doc, [(Cand(shelf, shelf + 2, "TASK", "head_task", "", 0.5), "TASK", 2)]), lead_forms(doc, [
    ...     (Cand(rack, rack + 2, "TASK", "head_task", "", 0.5), "TASK", 2)])
    (['content-based shelf retrieval'], [])
    """
    low, txt = lowers(doc), texts(doc)
    out = []
    for c, _, _ in ment:
        k = task_lead_start(low, txt, c.start) if c.rule in ("head_task", "gazetteer", "title_for") else c.start
        if k < c.start:
            out.append(task_case(" ".join(span_text(doc, k, c.end).split()).replace(" - ", "-")))
    return out


def pick_name(forms: list[str], label: str, ment, doc: Doc) -> str:
    """The name of an entity of type ``label`` written in ``forms`` (its mentions ``ment``): a task's longest form in
    task case; else an acronym's short form, or the first form, made singular where the text uses a plural.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("Shelf Routing Networks ( SRN )")
    >>> srn = [(Cand(4, 5, "NAME", "abbreviation", "abbr:0", 0.85), "METHOD", 0)]
    >>> pick_name(["Shelf Routing Networks", "SRN"], "METHOD", srn, doc), pick_name(["Shelf Routing Networks"],
    ...                                                                             "METHOD", [], doc)
    ('SRN', 'Shelf Routing Network')
    >>> pick_name(["shelf retrieval", "content-based shelf retrieval"], "TASK", [], doc)
    'content-based shelf retrieval'
    """
    if label == "TASK":
        # the long form, lower case except acronyms / coined words
        return task_case(max(forms, key=len))
    # a short form from an acronym definition is the name; otherwise the form written first
    # (or the name a bracketed long form was joined to: "V$^2$APT (Visual Variational ... Tuning)")
    bracketed = {c.group for c, _, _ in ment if c.rule in _BRACKETED_RULES and c.group.startswith("key:")}
    name = forms[0]
    for c, _, _ in ment:
        if c.end - c.start == 1:
            short = span_text(doc, c.start, c.end)
            if len(short) <= 12 and (c.rule == "abbreviation" or "key:" + entity_key(short) in bracketed):
                name = short
                break
    words = name.split()
    last = words[-1]
    if (label in ("METHOD", "DATASET") and len(last) > 3 and last.endswith("s") and last[-2:-1].islower()
            and not last.lower().endswith(("as", "is", "us", "ss"))
            and not any(ch.isupper() for ch in last[1:]) and singular(last.lower()) != last.lower()
            and not (label == "DATASET" and last[:1].isupper()) and last.lower() not in listed_s_names()
            and not _object_of_of(words)
            and not (len(words) == 1 and last[:1].isupper() and last.isalpha()
                     and entity_key(last) not in gazetteer_keys(label))):
        # a plural is made singular; a coined name, a capitalised dataset name, a listed name ending in "s", a
        # capitalised word no list knows as a method and the object of "of" are kept as written (nuScenes,
        # Cityscapes, Paxos; Holmes, Lens; "mixture of experts": "Transformers" -> "Transformer")
        words[-1] = last[: len(singular(last.lower()))] if not last.lower().endswith("ies") else last[:-3] + "y"
        name = " ".join(words)
    elif len(last) > 2 and last.endswith("s") and last[:-1].isupper():
        words[-1] = last[:-1]
        name = " ".join(words)
    return name


def _object_of_of(words: list[str]) -> bool:
    """The name's last word is the object of "of", not its head: a plural there is part of the name ("mixture of
    experts", "bag-of-words").

    >>> _object_of_of("mixture of experts".split()), _object_of_of(["bag-of-words"]), _object_of_of(["transformers"])
    (True, True, False)
    """
    return len(words) > 1 and words[-2].lower() == "of" or "-of-" in words[-1].lower()
