"""Task confidence and ranking for ``kg_resolve``: which task phrases are the paper's tasks.

A task entity's confidence starts from the rules that found it; :func:`task_confidence` raises it for a title
mention or a task/purpose cue and caps it where the phrase says why or how rather than what, and
:func:`finish_tasks` joins acronym tasks, moves techniques written as the means to the methods and keeps the
most confident few.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.components.candidates import (Cand, abbrevs_of, cands_of, char_bounds, doc_text, lowers, positions,
                                              span_text, texts, token_index, word_between)
from kg.extract.components.context import (DESIGN_NOUNS, KEEP_CASE, MEANS_PREPS, PROPOSED_TECHNIQUE_HEADS,
                                           TOOL_BEFORE, based_at, before_article, title_end_of)
from kg.extract.components.lexicon import (GENERIC_MODIFIERS, METHOD_HEADS, TASK_HEADS, load_terms, setting_keys,
                                           stop_keys, verbs)
from kg.extract.components.proposes import is_proposed
from kg.extract.components.name_shapes import is_coined
from kg.extract.components.goal_phrases import gerund_lead, goal_span, goal_word, is_stripped_lead
from kg.extract.components.sentences import sentence_of
from kg.extract.components import task_model
from kg.extract.normalize import entity_key, s_form, singular
from kg.extract.proposed import proposal_windows

__all__ = ["TOOL_HEADS", "NOT_PURPOSE_HEADS", "task_confidence", "finish_tasks", "task_case", "acronym_forms",
           "generation_forms", "unbracketed_forms"]

_TOOL_AFTER = frozenset("strategies strategy techniques technique baselines baseline algorithm algorithms".split())
# techniques named after what they do ("... learning", "... estimation"); problems that produce an output
# ("... detection", "... reasoning", "... selection") stay tasks
TOOL_HEADS = frozenset("""
learning estimation alignment aggregation verification finetuning tuning pretraining distillation sampling prompting
decoding matching
""".split())  # compared with an entity key's last word, where "fine-tuning" reads "tuning"
_AIM_HEADS = frozenset("alignment verification aggregation".split())  # tool heads naming what is aimed at
_TOOL_SKIP = frozenset("a an the standard conventional classical vanilla traditional".split())
# a training stage named by its supervision regime is a technique: "contrastive pretraining", "adversarial fine-tuning"
_REGIMES = frozenset("""
supervised self-supervised semi-supervised unsupervised weakly-supervised contrastive adversarial incremental continual
few-shot zero-shot full full-data full-length full-parameter multi-task
""".split())
# activity words the spec does not count alone; as a head-noun phrase they mostly say how a model is trained
_TRAINING_HEADS = frozenset("fine-tuning finetuning pre-training pretraining".split())
_STAGES = _TRAINING_HEADS | {"training"}
# more verbs of putting a technique to use ("incorporating residual learning"), and participles before "with"
# ("combined with active learning")
_TOOL_VERBS = frozenset("""
incorporate incorporates incorporating incorporated utilize utilizes utilizing utilized utilise utilises utilising
exploit exploits exploiting exploited introduce introduces introducing
""".split())
_TOOL_WITH = frozenset("combined trained equipped augmented enhanced coupled paired".split())
# and the designs a technique is built into (DESIGN_NOUNS)
_WITH_TOOL_BEFORE = _TOOL_WITH | DESIGN_NOUNS


def _tools_among_tasks(doc: Doc, tasks: list[dict], methods: list[dict]) -> list[dict]:
    """Task-typed techniques the paper uses as a tool: "trained by reinforcement learning", "via density
    estimation", "multiple instance learning (MIL) architectures", "a pipeline with matryoshka learning". They
    stay tasks and also become methods (the spec: a setting is a task when studied, a method when used). A
    setting the curated lists know as both ("in-context learning", "active learning") and a training stage named
    by its regime ("contrastive pretraining", see :func:`_regime_stage`) always do."""
    have = {e["key"] for e in methods}
    settings = setting_keys() | {e["key"] for e in tasks if _regime_stage(e["name"])}
    low = lowers(doc)
    starts = token_index(doc)["starts"]
    out = []
    for e in tasks:
        words = e["key"].split()
        if e["key"] in have or not words or words[-1] not in TOOL_HEADS and e["key"] not in settings:
            continue
        tool, used = e["key"] in settings, False
        for m in e["mentions"]:
            a = bisect_left(starts, m["start"])
            b = bisect_left(starts, m["end"])
            k = a - 1
            while k >= 0 and (low[k] in _TOOL_SKIP or low[k] == "based" or low[k] == "-"):
                if k > 1 and based_at(low, k - 1):
                    k -= 2  # "we apply GRPO-based reinforcement learning": skip the named basis too
                k -= 1
            if k >= 0 and (low[k] in TOOL_BEFORE or low[k] in _TOOL_VERBS
                           or low[k] == "with" and k > 0 and low[k - 1] in _WITH_TOOL_BEFORE):
                tool = used = True
            nxt = low[b:b + 4]
            while nxt and nxt[0] in ("(",) and len(nxt) > 2:  # "multiple instance learning (MIL) architectures"
                nxt = nxt[3:] if nxt[2] == ")" else []
            if nxt and (nxt[0] in _TOOL_AFTER or based_at(nxt, 0)):
                tool = True
        if tool:
            e["_tool"] = used  # "trained by X", "via X": the ranker demotes the task
            if len(e["name"].split()) == 2 and words[-1] in _AIM_HEADS:
                # "through cross-modal alignment", "via contextual verification": an aim, not a tool (the name's
                # words: the key splits a hyphen, "cross modal alignment")
                continue
            out.append({"name": e["name"], "aliases": list(e["aliases"]), "key": e["key"],
                        "confidence": e["confidence"], "mentions": e["mentions"], "_first": e["_first"],
                        "_spans": list(e["_spans"]), "_strength": e["_strength"], "proposed": _proposed_tool(doc, e)})
    return out


def _regime_stage(name: str) -> bool:
    """A two-word training stage named by its supervision regime ("contrastive pretraining", "few-shot fine-tuning").

    >>> _regime_stage("Contrastive Pretraining"), _regime_stage("domain-specific pre-training")
    (True, False)
    """
    words = name.lower().split()
    return len(words) == 2 and words[0] in _REGIMES and words[1] in _STAGES


def _proposed_tool(doc: Doc, e: dict) -> bool:
    """A task-typed technique of three or more words moved to the methods is the paper's own when the proposal
    cues say so for its mentions ("VQ-Insight: ... via Progressive Visual Reinforcement Learning", "we propose a
    unified residual noise learning framework"); two-word ones are the field's ("end-to-end learning")."""
    if len(e["name"].split()) < 3:
        return False
    by_span = {(c.start, c.end, c.rule): c for c in cands_of(doc)}
    ment = [(by_span[(s, t, m["rule"])], "METHOD", 1) for (s, t), m in zip(e["_spans"], e["mentions"])
            if (s, t, m["rule"]) in by_span]
    return bool(ment) and is_proposed(doc, ment, proposal_windows(doc), title_end_of(doc))


MAX_PER_HEAD = 2
TASK_CUE_BONUS = 0.1  # "tasks such as X", "the task of X"
COORD_TASK_BONUS = 0.05  # a weak task coordinated with another task: see _coordinated_tasks
PURPOSE_CUE_BONUS = 0.1  # "a framework for X", "evaluated on X", "gains in X"
ONE_WORD_TASK_CONFIDENCE = 0.5  # a one-word task named once, outside the title
OPENING_TASK_BONUS = 0.05  # the abstract's first words name a task: "Table structure recognition aims to ..."
MIN_TASK_CONFIDENCE = 0.56  # weaker tasks are kept only when nothing better was found
TOOL_TASK_CONFIDENCE = 0.5  # a task-typed technique written as the means ("trained by X"): see _tools_among_tasks
OBJECT_TASK_BONUS = 0.05  # "lesion detection", "organ classification" said once without a cue: see _object_task


_CONTRAST = frozenset(("unlike",))
_ADJECTIVE = re.compile(r"(?:al|ic|ive|ous|ful|less|able|ible|ary|ent|ant|ed|wide|free|aware|level|like)$")
# nouns with those endings: "agent evaluation" evaluates agents, not in an agent-like manner
_NOUN_LIKE = re.compile(r"(?:ment|agents?|students?|patients?|summary|speed|seed)$")


# who evaluates says how, not what: "human evaluation", "expert evaluation"
_EVALUATORS = frozenset("human user expert crowd crowdsourced".split())


def _manner_of_evaluation(key: str) -> bool:
    """An evaluation phrase whose last modifier is an adjective says how something is evaluated ("manual
    evaluation", "clinical evaluation", "subjective evaluation"), not what: "LLM evaluation", "retrieval evaluation".

    >>> _manner_of_evaluation("manual evaluation"), _manner_of_evaluation("information retrieval evaluation")
    (True, False)
    >>> _manner_of_evaluation("binary evaluation"), _manner_of_evaluation("llm agent evaluation")
    (True, False)
    >>> _manner_of_evaluation("human evaluation"), _manner_of_evaluation("fair evaluation")
    (True, True)
    """
    words = key.split()
    if len(words) < 2 or words[-1] != "evaluation":
        return False
    last = words[-2]
    return _adjectival(last) and last not in TASK_HEADS or last in _EVALUATORS or _manner_modifier(last)


def _adjectival(word: str) -> bool:
    """``word`` reads as an adjective, not a noun ("manual", "binary"; not "information").

    >>> _adjectival("binary"), _adjectival("manual"), _adjectival("information")
    (True, True, False)
    """
    return bool(_ADJECTIVE.search(word)) and not _NOUN_LIKE.search(word)


def _training_phrase_only(doc: Doc, ment, title_end: int) -> bool:
    """A task found only by the head-noun rule, outside the title, whose head is a training activity
    ("large-scale pre-training", "LLM fine-tuning"): the means, rarely the problem the paper studies.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("A title\\n\\nWe use self-supervised pre-training for crop counting.")
    >>> _training_phrase_only(doc, [(Cand(5, 7, "TASK", "head_task", "", 0.5), "TASK", 1)], 2)
    True
    """
    low = lowers(doc)
    return all(c.rule == "head_task" and c.start >= title_end and low[c.end - 1] in _TRAINING_HEADS
               for c, _, _ in ment)


# nouns a task phrase modifies when it names a skill or a kind of tool: "spatial reasoning abilities",
# "a retrieval-based pipeline"
_MODIFIED_NOUNS = frozenset("""
ability abilities capability capabilities skill skills
""".split())


def _modifier_only(doc: Doc, ment, title_end: int) -> bool:
    """Every mention is in the abstract and modifies a noun in ``_MODIFIED_NOUNS`` ("strong reasoning
    capabilities", "retrieval-based"): a skill or a kind of tool the paper names, not the problem it studies.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("A title\\n\\nIt improves spatial reasoning abilities.")
    >>> _modifier_only(doc, [(Cand(5, 7, "TASK", "head_task", "", 0.5), "TASK", 1)], 2)
    True
    """
    low = lowers(doc)
    n = len(low)
    return all(c.start >= title_end and c.end < n and (low[c.end] in _MODIFIED_NOUNS or based_at(low, c.end))
               for c, _, _ in ment)


# words that lead a phrase to say how something is done, not which problem: "joint evaluation", "iterative
# denoising", "global context modeling", "stable reconstruction"
_MANNER_LEADS = frozenset("""
joint global local fair direct stable deterministic finer inconsistent exclusive iterative continuous simultaneous
unified improved better efficient complementary contextual
""".split())


def _manner_modifier(word: str) -> bool:
    """A generic, manner or quality modifier ("novel", "joint", "real-time"): how a task is done, not which kind.

    >>> _manner_modifier("joint"), _manner_modifier("real-time"), _manner_modifier("few-shot")
    (True, True, False)
    """
    return word in GENERIC_MODIFIERS or word in _MANNER_LEADS or is_stripped_lead(word)


# heads that mostly name a failure the paper mentions ("mode collapse") or where a model could be used ("flood
# monitoring", "quality control"), not the problem it studies
_SIDE_HEADS = frozenset("collapse control monitoring".split())
# steps done on features inside a model: "multi-resolution feature aggregation", "dual-branch feature extraction"
_FEATURE_STEPS = frozenset("extraction learning aggregation enhancement fusion alignment compression".split())


def _sampling_step(words: list[str]) -> bool:
    """The phrase ``words`` is "denoising" with no object before it ("the denoising process", "iterative
    denoising"): the sampling step of a diffusion model, not a denoising task ("LDCT denoising", "self-supervised
    denoising").

    >>> _sampling_step(["iterative", "denoising"]), _sampling_step(["ecg", "denoising"])
    (True, False)
    """
    return words[-1] == "denoising" and all(_manner_modifier(w) for w in words[:-1])


def _side_or_means_phrase(ment, key: str, title_end: int) -> bool:
    """A task found only by the head-noun rule, outside the title, that names a side matter or the means rather
    than the problem the paper studies: a ``_SIDE_HEADS`` head ("flood monitoring"), an alignment named once (a
    step of a model or its training: "pretraining for cross-modal alignment"), a diffusion model's denoising step,
    two or three words led by a ``_MANNER_LEADS`` word ("joint evaluation"; a longer phrase keeps a real task after
    it: "joint camera pose estimation"), or a step on features ("multi-resolution feature aggregation").

    >>> _side_or_means_phrase([(Cand(9, 11, "TASK", "head_task", "", 0.5), "TASK", 1)], "joint evaluation", 2)
    True
    >>> _side_or_means_phrase([(Cand(9, 11, "TASK", "head_task", "", 0.5), "TASK", 1)], "cross modal alignment", 2)
    True
    """
    words = key.split()
    if not words or not all(c.start >= title_end and c.rule == "head_task" for c, _, _ in ment):
        return False
    return (words[-1] in _SIDE_HEADS or words[-1] == "alignment" and len(ment) == 1 or _sampling_step(words)
            or 2 <= len(words) <= 3 and words[0] in _MANNER_LEADS
            or len(words) > 1 and words[-2] in ("feature", "features") and words[-1] in _FEATURE_STEPS)


# heads that, named once in passing, say how a system is run, built or labelled: "test-time scaling", "tool use",
# "human annotation"; a paper on one names it in its title or again
_MEANS_HEADS = frozenset("scaling use annotation".split())


def _means_named_once(ment, key: str, title_end: int) -> bool:
    """A task named once, in the abstract, whose head is in ``_MEANS_HEADS`` ("costly human annotation", "with
    test-time scaling"): the means or a cost the paper mentions, not the problem it studies.

    >>> _means_named_once([(Cand(9, 11, "TASK", "gazetteer", "", 0.9), "TASK", 1)], "test time scaling", 2)
    True
    >>> _means_named_once([(Cand(0, 2, "TASK", "gazetteer", "", 0.9), "TASK", 1)], "test time scaling", 2)
    False
    """
    return len(ment) == 1 and ment[0][0].start >= title_end and key.rsplit(" ", 1)[-1] in _MEANS_HEADS


def _advance_topic(doc: Doc, c: Cand) -> bool:
    """An opening topic found as the object of "advances in" ("Recent advances in asset generation have ..."): the
    background the abstract opens with, most often a broader field than the problem the paper then takes up.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Recent advances in shelf image understanding help.")
    >>> _advance_topic(doc, Cand(3, 6, "TASK", "opening_topic", "", 0.6))
    True
    """
    low = lowers(doc)
    k = before_article(low, c.start)
    return c.rule == "opening_topic" and k >= 0 and low[k] == "in"


_TASK_CUE_NOUNS = frozenset("task tasks problem problems application applications".split())
_ALNUM_CHAR = re.compile(r"[^\W_]")  # a character for which str.isalnum() holds
_TASK_CUE_LINKS = frozenset(("such", "as", "like", "including", "of", ":", "(", "e.g.", ",", "the"))


def _after_task_cue(doc: Doc, start: int) -> bool:
    """A mention listed after "tasks such as", "applications including", "the task of" (up to 8 tokens
    back, within the sentence).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("It helps on tasks such as image captioning and object detection.")
    >>> _after_task_cue(doc, 9), _after_task_cue(doc, 2)
    (True, False)
    """
    s0 = max(sentence_of(doc, start)[0], start - 8)
    if not word_between(doc, _TASK_CUE_NOUNS, s0, start):
        return False  # most mentions: no cue noun to find, no backward scan
    low = lowers(doc)
    k = start - 1
    seen_link = False
    while k >= s0:
        w = low[k]
        if w in _TASK_CUE_NOUNS:
            return seen_link
        if w in _TASK_CUE_LINKS or w == "and" or w == "or":
            seen_link = seen_link or w in ("such", "like", "including", "of", ":", "e.g.")
        elif not _ALNUM_CHAR.search(w):
            return False
        k -= 1
    return False


_DESIGN_NOUNS = frozenset("method approach framework model".split())
_PROBLEM_TOO = frozenset(("adaptation", "fusion", "selection"))  # "Source-Free Domain Adaptation for X", "Feature
# Selection for X" are problems too


# heads of problems that yield a concrete output; a noun in front names what it is done on
_OUTPUT_HEADS = frozenset("""
detection classification segmentation recognition prediction answering captioning estimation generation retrieval
""".split())


# what a model makes or reads on its way to an output: "token prediction", "mask prediction", "data generation"
_INNER_OBJECTS = frozenset("token tokens data mask masks frame frames query queries score scores target pattern batch "
                           "caption captions sequence sample samples modality".split())


def _object_task(name: str) -> bool:
    """A task name whose head yields a concrete output and whose modifiers are content words, the last a noun
    ("lesion detection", "multi-view organ classification", "Cobb angle estimation"): a specific problem, unlike
    "binary classification" or "automated detection" that say how, "a model prediction", or a model's inner object
    ("mask prediction", "token generation").

    >>> _object_task("lesion detection"), _object_task("automated detection"), _object_task("model prediction")
    (True, False, False)
    """
    words = name.lower().split()
    return (len(words) > 1 and words[-1] in _OUTPUT_HEADS and not (len(words) == 2 and words[0] in _INNER_OBJECTS)
            and not _adjectival(words[-2])
            and not any(w in STOP_WORDS or w in _DESIGN_NOUNS or _manner_modifier(w) for w in words[:-1]))


_MOTIVE_ANCHORS = frozenset("crucial essential important vital fundamental critical pivotal indispensable".split())
_MOTIVE_LINKS = frozenset(("for", "to"))
# where a problem's solution is used: "applications in autonomous driving", "domains like robotics and navigation"
_DOMAIN_ANCHORS = frozenset("application applications domain domains field fields area areas".split())
_DOMAIN_LINKS = frozenset(("in", "like"))
_SLOT_ANCHORS = _MOTIVE_ANCHORS | _DOMAIN_ANCHORS


def _motive_slot(doc: Doc, start: int) -> bool:
    """The mention at ``start`` is named, within 12 tokens of its sentence, after a motivation word and its link
    ("is essential for autonomous driving", "crucial for robotics, AR/VR and autonomous driving") or where the
    problem's solution is applied ("broad applications in AR/VR and autonomous driving"): the reason the problem
    matters, not the problem; a clause opened between them ends the slot ("useful in areas in which X is needed,
    and we study Y").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Depth is crucial for robotics and autonomous driving, but we study depth estimation.")
    >>> _motive_slot(doc, 6), _motive_slot(doc, 0), _motive_slot(doc, 12)
    (True, False, False)
    """
    s0 = max(sentence_of(doc, start)[0], start - 12)
    if not word_between(doc, _SLOT_ANCHORS, s0, start - 1):
        return False  # most mentions: no anchor to find, no backward scan
    low = lowers(doc)
    for j in range(start - 1, s0, -1):  # (the link at j, its anchor at j - 1)
        if (low[j - 1] in _MOTIVE_ANCHORS and low[j] in _MOTIVE_LINKS
                or low[j - 1] in _DOMAIN_ANCHORS and low[j] in _DOMAIN_LINKS):
            return True
        if low[j] in _CLAUSE_BREAKS:
            return False
    return False


_CLAUSE_BREAKS = frozenset("we which while whereas but ;".split())


def _title_means(doc: Doc, c: Cand, title_end: int, goals: set[int] | None) -> bool:
    """A title phrase with a technique head right before "for" (maybe past "method", "approach") and a task
    ("Prototype Alignment for Semi-supervised Pathology Image Segmentation", "Concept Learning Method for
    Multiview Clustering") is the means the paper uses for that task, not a problem it studies; so is any title
    phrase right after "via" ("Survival Modeling via Patch-Level Graph Clustering"). With ``goals`` None, any
    words after "for" count (for a phrase the paper names only there: "Contrastive Adaptation for Diffusion Models").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Prototype Alignment for Crop Counting\\n\\nWe count crops.")
    >>> _title_means(doc, Cand(0, 2, "TASK", "head_task", "", 0.5), 5, {3})
    True
    """
    low = lowers(doc)
    if c.end <= title_end and c.start > 0 and low[c.start - 1] == "via":
        return True
    k = c.end + (c.end < title_end and low[c.end] in _DESIGN_NOUNS)
    return (c.end <= title_end and k + 1 < title_end and low[k] == "for" and (goals is None or k + 1 in goals)
            and low[c.end - 1] in PROPOSED_TECHNIQUE_HEADS - _PROBLEM_TOO)


def _opens_abstract(doc: Doc, c: Cand, title_end: int) -> bool:
    """A head-noun task that is the first words of the abstract (the pipeline joins title and abstract with a
    blank line): the abstract's subject, mostly the problem the paper addresses. The opening-topic rule already
    weighs its own phrases.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("A title\\n\\nTable structure recognition aims to parse tables.")
    >>> _opens_abstract(doc, Cand(3, 6, "TASK", "head_task", "", 0.5), 2)
    True
    >>> _opens_abstract(doc, Cand(4, 6, "TASK", "head_task", "", 0.5), 2)
    False
    """
    return (c.rule != "opening_topic" and c.start >= title_end and c.start > 0
            and lowers(doc)[c.start - 1].startswith("\n"))


def _before_task_noun(doc: Doc, c: Cand, key: str) -> bool:
    """A phrase of two or more words that names a task noun's kind: "on table structure recognition tasks",
    "the shelf inventory estimation problem" (a bare "classification tasks" is too generic to count)."""
    return " " in key and c.end < len(doc) and lowers(doc)[c.end] in _TASK_CUE_NOUNS


_PURPOSE_PREPS = frozenset("for on in".split())
# words that take the preposition as a complement, not a purpose: "critical for X", "relies on X"
NOT_PURPOSE_HEADS = frozenset("""
critical vital essential crucial important key useful suited suitable necessary relies rely based built depends depend
focus focuses focused conditioned need applications resulting responsible
""".split())

# parts of a model: "a spatial module for keyframe super-resolution" says what the part does
# a model part whose "for X" is what the part does; not proposes' _PART_HEADS, whose "strategies", "networks" for X
# name the paper's task ("strategies for multi-agent imitation learning"; that list here: 6 arXiv-3k tasks worse)
_COMPONENT_NOUNS = frozenset("""
module modules layer layers block blocks kernel kernels mechanism attention loss losses encoder encoders decoder
decoders embedding embeddings branch branches head heads signal signals
""".split())


def _after_purpose(doc: Doc, start: int) -> bool:
    """A mention in a purpose or evaluation slot: right after "for", "on" or "in" (past an article) that
    follows a noun or verb ("a scalable framework for wildlife density estimation", "we evaluate X on
    brain age prediction", "gains in compositional understanding"); "critical for X", "relies on X" and
    "98% in X" do not count.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We build a framework for the density estimation. It is critical for planning.")
    >>> _after_purpose(doc, 6), _after_purpose(doc, 12)
    (True, False)
    """
    low = lowers(doc)
    k = start - 1
    while k > 0:
        if low[k] in ("the", "a", "an") or is_stripped_lead(low[k]):
            k -= 1
        elif k > 2 and based_at(low, k - 1):
            k -= 3  # "methods for (the) LLM-based keyword generation": past the named basis
        else:
            break
    if k < 1 or low[k] not in _PURPOSE_PREPS:
        return False
    prev = low[k - 1]
    # "convolutional kernels for multi-scale feature extraction": what a component does, not the paper's problem
    component = low[k] == "for" and prev in _COMPONENT_NOUNS
    return prev not in NOT_PURPOSE_HEADS and any(ch.isalpha() for ch in prev) and not component


_INNER_ACRONYM = re.compile(r"^(.+?) \( ?([A-Za-z0-9][\w\-]*[A-Z][\w\-]*) ?\) (\S+)$")


def unbracketed_forms(text: str) -> list[str]:
    """A task phrase written around its acronym's definition, as its long and its short form: "out-of-distribution
    (OOD) detection" -> ["out-of-distribution detection", "OOD detection"]; any other text as it is.

    >>> unbracketed_forms("out-of-distribution (OOD) detection"), unbracketed_forms("object detection")
    (['out-of-distribution detection', 'OOD detection'], ['object detection'])
    """
    m = _INNER_ACRONYM.match(text)
    return [f"{m.group(1)} {m.group(3)}", f"{m.group(2)} {m.group(3)}"] if m else [text]


# what an "X-to-Y" pair makes when Y is a medium: "text-to-image" names text-to-image generation
_GENERATED_MEDIA = re.compile(r"^[^\s]+-to-(?:image|video|motion|3d|audio|music|shape|mesh|scene|avatar)s?$",
                              re.IGNORECASE)


def generation_forms(name: str) -> list[str]:
    """The generation task a bare "X-to-Y" pair of media names ("text-to-image" -> "text-to-image generation").

    >>> generation_forms("text-to-image"), generation_forms("text-to-SQL")
    (['text-to-image generation'], [])
    """
    return [f"{name} generation"] if _GENERATED_MEDIA.match(name) else []


def acronym_forms(doc: Doc, name: str) -> list[str]:
    """A task name with a defined long form written as its acronym: "vision-language-action policy
    distillation" -> "VLA policy distillation" when the text defines VLA.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Vision-language-action (VLA) models. We study VLA policy distillation.")
    >>> acronym_forms(doc, "vision-language-action policy distillation")
    ['VLA policy distillation']
    """
    out = []
    low = f" {name.lower()} "
    for lf, sf in _long_and_short_forms(doc):
        if f" {lf} " in low and len(lf) < len(name):
            alias = low.replace(f" {lf} ", f" {sf} ", 1).strip()
            if alias.lower() in doc_text(doc).lower():  # only a form the paper writes
                out.append(alias)
    return out


def _long_and_short_forms(doc: Doc) -> list[tuple[str, str]]:
    """(long form in lower case with single spaces, short form) of each acronym definition, in order (cached)."""
    forms = doc.user_data.get("kg_long_short")
    if forms is None:
        forms = doc.user_data["kg_long_short"] = [(" ".join(span_text(doc, l0, l1).lower().split()),
                                                   span_text(doc, s0, s1)) for s0, s1, l0, l1 in abbrevs_of(doc)]
    return forms


_COORD_SEP = frozenset((",", "and", "or", "as", "well"))
# a list after these names the means or the motivation, not a problem studied: "three stages: target parsing,
# ...", "is crucial for autonomous driving, urban planning, and ...", "methods such as X and Y"
_MEANS_WORDS = frozenset("techniques strategies steps stages modules components pipeline".split())
_MEANS_OR_MOTIVE = _MEANS_WORDS | frozenset("crucial essential important vital role existing prior previous".split())
_MEANS_NOUNS = frozenset("methods approaches".split())
_LIST_OPENERS = frozenset(("such", "including", ":", ","))


def _means_or_motive_list(low: list[str], start: int) -> bool:
    """Within the 12 tokens before ``start``, a cue that the list there names means or motivations.

    >>> _means_or_motive_list("existing methods , such as feature matching and".split(), 6)
    True
    >>> _means_or_motive_list("outperforms strong methods in feature matching and".split(), 6)
    False
    """
    window = low[max(0, start - 12):start + 1]
    return (_cue_before(low, start, _MEANS_OR_MOTIVE)
            or any(w in _MEANS_NOUNS and nxt in _LIST_OPENERS for w, nxt in zip(window, window[1:])))


def _cue_before(low: list[str], start: int, cues: frozenset[str]) -> bool:
    """One of ``cues`` stands within the 12 tokens before ``start``.

    >>> _cue_before("two steps : parsing and price tag estimation".split(), 5, _MEANS_WORDS)
    True
    """
    return not cues.isdisjoint(low[max(0, start - 12):start])


def _merge_acronym_tasks(doc: Doc, tasks: list[dict]) -> list[dict]:
    """A task acronym defined after a longer task phrase is that task's short form: in "monocular 3D human
    pose estimation (HPE)" the definition covers only "human pose estimation", so "HPE" became a task of its
    own; it joins the task whose mention ends where its long form ends, right before the bracket."""
    if not tasks:
        return tasks
    by_start = {a: e for e in tasks for a, _ in e["_spans"]}
    by_end = {b: e for e in tasks for _, b in e["_spans"]}
    low = lowers(doc)
    gone: set[int] = set()
    for s0, _, l0, l1 in abbrevs_of(doc):
        short, host = by_start.get(s0), by_end.get(l1)
        if (short is None or host is None or short is host or id(short) in gone or id(host) in gone
                or host["confidence"] < MIN_TASK_CONFIDENCE
                or s0 != l1 + 1 or low[l1] != "(" or any(a >= l0 for a, b in host["_spans"] if b == l1)):
            continue
        host["aliases"] += [f for f in [short["name"]] + short["aliases"] if f not in host["aliases"]]
        host["mentions"] += short["mentions"]
        host["_spans"] += short["_spans"]
        host["confidence"] = max(host["confidence"], short["confidence"])
        gone.add(id(short))
    return [e for e in tasks if id(e) not in gone]


def _merge_same_forms(tasks: list[dict]) -> list[dict]:
    """Tasks that share a form (name or alias, compared by key) are one task written two ways ("CPS diagnosis" and
    "collaborative problem solving diagnosis" (alias "CPS diagnosis"), "POS-tagging" and "part-of-speech tagging"
    (alias "POS tagging")): the later one joins the first, which keeps the better confidence and the longer name."""
    hosts: dict[str, dict] = {}
    gone: set[int] = set()
    for e in tasks:
        keys = list(dict.fromkeys(entity_key(f) for f in [e["name"]] + e["aliases"]))  # name first, not hash order
        host = next((hosts[k] for k in keys if k in hosts), None)
        if host is None:
            hosts.update(dict.fromkeys(keys, e))
            continue
        if len(e["name"]) > len(host["name"]):
            host["name"], e["name"] = e["name"], host["name"]
            host["key"] = entity_key(host["name"])
        seen = {entity_key(f) for f in [host["name"]] + host["aliases"]}
        for f in [e["name"]] + e["aliases"]:  # each form once by key: the swapped-out name is often an alias too
            if entity_key(f) not in seen:
                seen.add(entity_key(f))
                host["aliases"].append(f)
        host["aliases"] = [f for f in host["aliases"] if entity_key(f) != host["key"]]
        host["mentions"] += e["mentions"]
        host["_spans"] += e["_spans"]
        host["_first"] = min(host["_first"], e["_first"])
        host["confidence"] = max(host["confidence"], e["confidence"])
        hosts.update(dict.fromkeys(keys, host))
        gone.add(id(e))
    return [e for e in tasks if id(e) not in gone] if gone else tasks


# the verb stem each output head is made from: "to detect hallucinations" names "hallucination detection" again
_HEAD_VERBS = {"detection": "detect", "segmentation": "segment", "classification": "classif",
               "prediction": "predict", "estimation": "estimat", "generation": "generat", "recognition": "recogni",
               "forecasting": "forecast", "localization": "locali", "localisation": "locali", "tracking": "track",
               "reconstruction": "reconstruct", "summarization": "summari", "summarisation": "summari",
               "translation": "translat",
               "retrieval": "retriev", "diagnosis": "diagnos", "identification": "identif", "synthesis": "synthesi",
               "editing": "edit", "counting": "count", "extraction": "extract"}


def _verb_endings(stem: str) -> str:
    """The endings that make ``stem`` a verb ("detect|s|ed|ing", "classif|y|ies|ied|ying", "generat|e|es|ed|ing",
    "recogni|ze|se|..."): not a noun or adjective built on it ("classifier", "generative", "editorial")."""
    if stem.endswith("if"):
        return "(?:y|ies|ied|ying)"
    if stem.endswith("i"):
        return "(?:[sz]e|[sz]es|[sz]ed|[sz]ing)"
    if stem.endswith(("at", "iev", "os")):
        return "(?:e|es|ed|ing)"
    return "(?:s|ed|ing)?"


# a verb form of a head's stem; the match is the stem
_HEAD_VERB = re.compile("^(?:" + "|".join(f"{v}(?={_verb_endings(v)}$)" for v in sorted(
    set(_HEAD_VERBS.values()), key=len, reverse=True)) + ")")
# the first four letters of every stem (each has four or more): a slice and a set look-up before the pattern
_HEAD_VERB_STARTS = frozenset(v[:4] for v in _HEAD_VERBS.values())
VERB_MENTION_BONUS = 0.08  # a task said again as a verb and its object, like a repeat (REPEAT_BONUS in resolve)


def _verb_objects(low: list[str]) -> set[tuple[str, str]]:
    """(verb stem, singular word) for each word within four tokens after a verb made from an output head (a verb
    form only: "a classifier for images", "generative models of molecules" say no task again).

    >>> sorted(_verb_objects("we detect the hallucinations".split()))
    [('detect', 'hallucination'), ('detect', 'the')]
    >>> sorted(_verb_objects("a classifier for images".split())), sorted(_verb_objects("to classify images".split()))
    ([], [('classif', 'image')])
    """
    pairs = set()
    for i in [i for i, w in enumerate(low) if w[:4] in _HEAD_VERB_STARTS]:
        w = low[i]
        m = _HEAD_VERB.match(w)
        if m and w not in TASK_HEADS:
            pairs.update((m.group(), singular(x)) for x in low[i + 1:i + 5])
    return pairs


def _said_as_verb(doc: Doc, tasks: list[dict]) -> None:
    """A weak task said again as a verb and its object ("hallucination detection" ... "to detect hallucinations",
    "predicting editorial outcomes") gets ``VERB_MENTION_BONUS``; not a capped task, an adjective's ("binary
    classification") nor a model's inner object ("token generation")."""
    pairs = None
    for e in tasks:
        words = e["key"].split()
        if (not ONE_WORD_TASK_CONFIDENCE < e["confidence"] < MIN_TASK_CONFIDENCE or len(words) < 2
                or words[-1] not in _HEAD_VERBS or _adjectival(words[-2])
                or len(words) == 2 and words[0] in _INNER_OBJECTS):
            continue
        pairs = _verb_objects(lowers(doc)) if pairs is None else pairs
        if (_HEAD_VERBS[words[-1]], words[-2]) in pairs:
            e["confidence"] = round(e["confidence"] + VERB_MENTION_BONUS, 3)


def _coordinated_tasks(doc: Doc, tasks: list[dict]) -> None:
    """A weak task listed next to another task is one of the problems the paper names together
    ("spanning question answering, temporal reasoning, and scene understanding"): it gets
    ``COORD_TASK_BONUS`` so the weak-task cut keeps it."""
    low = lowers(doc)
    ends = {b: e["key"] for e in tasks for _, b in e["_spans"]}
    starts = {a: e["key"] for e in tasks for a, _ in e["_spans"]}
    for e in tasks:
        if e["confidence"] >= MIN_TASK_CONFIDENCE or " " not in e["key"]:
            continue
        for a, b in e["_spans"]:
            if _listed_with(low, a, b, starts, ends, e["key"]) and not _means_or_motive_list(low, a):
                e["confidence"] = round(e["confidence"] + COORD_TASK_BONUS, 3)
                break


def _listed_with(low: list[str], a: int, b: int, starts: dict[int, str], ends: dict[int, str], key: str) -> bool:
    """The mention ``a..b`` is listed next to a task mention with another key than ``key`` (``starts`` and ``ends``
    map mention bounds to their task's key): up to three separator tokens between them (", and", "as well as")."""
    if (a == 0 or low[a - 1] not in _COORD_SEP) and (b >= len(low) or low[b] not in _COORD_SEP):
        return False  # no separator next to the mention (most): nothing listed with it
    before = (ends.get(k) for k in range(a - 1, max(a - 4, -1), -1) if _COORD_SEP.issuperset(low[k:a]))
    after = (starts.get(k) for k in range(b + 1, min(b + 4, len(low) + 1)) if _COORD_SEP.issuperset(low[b:k]))
    return any(k not in (None, key) for k in (*before, *after))


def _topic_technique(out: dict[str, list[dict]]) -> list[dict]:
    """When no task was found, the first method or dataset the paper does not propose whose head is a task
    noun that never names a technique ("counterfactual explanation", "synthetic data generation") is what the
    paper studies; it becomes its task too (the spec: a setting is a task when studied)."""
    for e in out["methods"] + out["datasets"]:
        head = e["key"].split()[-1:]
        if not e.get("proposed") and head and head[0] in TASK_HEADS - METHOD_HEADS - {"learning"}:
            return [_as_task(e, e["confidence"])]
    return []


def _as_task(e: dict, confidence: float) -> dict:
    """A copy of method or dataset entity ``e`` as a task with ``confidence``, its names in task case."""
    task = {k: v for k, v in e.items() if k != "proposed"}
    task["name"], task["aliases"] = task_case(e["name"]), [task_case(a) for a in e["aliases"]]
    task["confidence"] = confidence
    return task


_TITLE_PREPS = MEANS_PREPS | frozenset("for towards toward in on".split())


def _after_title_means(low: list[str], a: int) -> bool:
    """The last preposition before title token ``a`` introduces a means ("with Mixture of Experts and
    Self-Distillation"), not a goal ("... with Glimpsing for Speculative Decoding").

    >>> _after_title_means("x with y and z".split(), 4), _after_title_means("x with y for z".split(), 4)
    (True, False)
    """
    return next((low[i] for i in range(a - 1, -1, -1) if low[i] in _TITLE_PREPS), "") in MEANS_PREPS


# technique activities a paper can study as its problem ("Efficient Token Pruning"), unlike a part it uses
_STUDIED_ACTIVITIES = frozenset("pruning quantization distillation decoding tuning prompting search probing".split())
_STUDIED_CONFIDENCE = 0.65  # a title task's confidence: see _studied_techniques


def _studied_techniques(doc: Doc, out: dict[str, list[dict]]) -> list[dict]:
    """Methods the paper does not propose, named in the title by a technique activity ("Efficient Token
    Pruning for Egomotion Video Reasoning", "Task-Specific Knowledge Distillation via ...") and not as the
    means after "with"/"via"/"using" (see :func:`_after_title_means`): what the paper studies, so also a task
    (the spec: a setting is a task when studied, a method when used)."""
    title_end = token_index(doc)["title_end"]
    low = lowers(doc)
    have = {e["key"] for e in out["tasks"]}
    found = []
    for e in out["methods"]:
        head = e["key"].split()[-1:]
        if e.get("proposed") or e["key"] in have or not head or head[0] not in _STUDIED_ACTIVITIES:
            continue
        if any(a < title_end and not _after_title_means(low, a) for a, _ in e["_spans"]):
            found.append(_as_task(e, _STUDIED_CONFIDENCE))
    return found


_OBJECT_CONFIDENCE = 0.5  # a fallback only: see _title_object_task


def _object_form(low: list[str], txt: list[str], i: int, title_end: int) -> tuple[str, int]:
    """The task title token ``i`` names with the short object after "of", the object in front ("Screening of
    Glaucoma" -> "glaucoma screening"), and the object's end; else ('', 0)."""
    if low[i] not in TASK_HEADS or low[i] in METHOD_HEADS or i + 2 >= title_end or low[i + 1] != "of":
        return "", 0
    s = e = i + 2 + (low[i + 2] == "the")
    while e < title_end and e - s < 4 and low[e] not in STOP_WORDS and low[e] not in _TITLE_PREPS and (
            any(ch.isalnum() for ch in txt[e]) or txt[e] == "-"):
        e += 1
    if e == s or txt[e - 1] == "-" or low[e - 1].endswith("ing") or low[e - 1] in TASK_HEADS | METHOD_HEADS:
        return "", 0
    words = [task_case(w) for w in txt[s:e]]
    words[-1] = singular(words[-1]) if words[-1].islower() else words[-1]
    return " ".join(words).replace(" - ", "-") + " " + low[i], e


def _title_object_task(doc: Doc) -> list[dict]:
    """When no task was found, a title task head followed by "of" and a short object names the task, the object
    in front ("Early Screening of Glaucoma" -> "glaucoma screening", "Detection of Pneumonia in Chest X-rays" ->
    "pneumonia detection")."""
    title_end = token_index(doc)["title_end"]
    low, txt = lowers(doc), texts(doc)
    for i in range(title_end - 2):
        name, e = _object_form(low, txt, i, title_end)
        if name:
            return [_span_task(doc, name, i, e, "title_object")]
    return []


def _span_task(doc: Doc, name: str, s: int, e: int, rule: str) -> dict:
    """A fallback task entity ``name`` with one mention, tokens ``s..e`` found by ``rule``."""
    a, b = char_bounds(doc, s, e)
    sa, sb = char_bounds(doc, *sentence_of(doc, s))
    return {"name": name, "aliases": [], "key": entity_key(name), "confidence": _OBJECT_CONFIDENCE,
            "mentions": [{"text": doc_text(doc)[a:b], "start": a, "end": b, "rule": rule,
                          "sent_start": sa, "sent_end": sb}],
            "_first": s, "_spans": [(s, e)]}


def _fallback_head_task(doc: Doc) -> list[dict]:
    """When no task was found, a phrase ending in a fallback task head ("workflow construction", "online data
    curation"; see ``FALLBACK_TASK_HEADS``) names the task: one in the title, else the most repeated one."""
    spans = doc.user_data.get("kg_fallback_tasks")
    if not spans:
        return []
    title_end = token_index(doc)["title_end"]
    keys = [entity_key(span_text(doc, s, e)) for s, e in spans]
    best = min(range(len(spans)), key=lambda n: (spans[n][0] >= title_end, -keys.count(keys[n]), spans[n][0]))
    s, e = spans[best]
    return [_span_task(doc, task_case(span_text(doc, s, e)), s, e, "fallback_head")]


def _add_object_forms(doc: Doc, tasks: list[dict]) -> None:
    """A title task whose head is followed by "of" and a short object ("Interpretable Classification of Chest
    Radiology Reports") also goes by the object-first form ("chest radiology report classification")."""
    title_end = token_index(doc)["title_end"]
    low, txt = lowers(doc), texts(doc)
    for e in tasks:
        for _, end in e["_spans"]:
            name = _object_form(low, txt, end - 1, title_end)[0] if end < title_end else ""
            if name and entity_key(name) != e["key"] and name not in e["aliases"]:
                e["aliases"].append(name)


# words that say a task is done by a machine, which every task studied here is: "automatic smoking detection"
_MACHINE_LEADS = frozenset("automatic automated".split())
_SETTING_LEAD = re.compile(r"-(?:free|aware|driven)$")  # "source-free domain adaptation" is a task of its own
# the kind of model a task is done by, written before it: "LLM code generation", "VLMs visual perception"
_MODEL_SUBJECTS = frozenset("llm llms vlm vlms mllm mllms lmm lmms lvlm lvlms".split())
# verbs a title opens with (spaCy's lists miss them as verbs): "Scaling Video Generation with ...", "Learning Object
# Detection from ..."
_TITLE_VERBS = frozenset("scaling learning boosting rethinking benchmarking".split())
_PARTICIPLE = re.compile(r"(?:ed|en)$")  # "LLM driven generation": the model word is part of a compound


def _core_lead(words: list[str], k: int, verb_opens: bool) -> bool:
    """Word ``k`` of a task name leads it without naming a kind of the task: a machine or quality word, or a model
    word or, when the name is written where its first word is a verb (``verb_opens``), a title's opening verb
    followed by a task phrase ("LLM code generation", "scaling video generation"; not "LLM driven generation",
    "learning to rank", nor "our scaling law analysis")."""
    word = words[k].lower()
    if word in _MACHINE_LEADS:
        return True
    if is_stripped_lead(word):
        return not _SETTING_LEAD.search(words[k])
    nxt = words[k + 1].lower()
    if nxt in STOP_WORDS or nxt in verbs() or _PARTICIPLE.search(nxt):
        return False
    return word in _MODEL_SUBJECTS or verb_opens and k == 0 and word in _TITLE_VERBS and words[-1].lower() in TASK_HEADS


def _core_form(name: str, verb_opens: bool = True) -> str:
    """The task ``name`` without the machine, quality, model or verb words that lead it, when two or more words
    remain ("automatic smoking detection" -> "smoking detection", "real-time beach litter detection" -> "beach
    litter detection", "LLM code generation" -> "code generation"); else ''. A setting ("zero-shot", "source-free",
    "dynamic") names a task of its own.

    >>> _core_form("real-time automatic fake news detection"), _core_form("automatic detection")
    ('fake news detection', '')
    >>> [_core_form(n) for n in ("zero-shot image classification", "learning to rank items", "LLM driven generation")]
    ['', '', '']
    >>> _core_form("VLMs visual perception"), _core_form("scaling video generation")
    ('visual perception', 'video generation')
    """
    words = name.split()
    k = 0
    while k < len(words) - 2 and _core_lead(words, k, verb_opens):
        k += 1
    return " ".join(words[k:]) if k else ""


def _verb_read(doc: Doc, name: str) -> bool:
    """The lower-case task ``name`` is written somewhere not right after a determiner, where its first word can be
    a verb ("Scaling video generation is hard", "favors scaling solution generation"; not "our scaling law
    analysis", where it is a noun).

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Scaling Video Generation\\n\\nOur scaling law analysis covers it.")
    >>> _verb_read(doc, "scaling video generation"), _verb_read(doc, "scaling law analysis")
    (True, False)
    """
    low = lowers(doc)
    return any((p == 0 or low[p - 1] not in _DETERMINERS)
               and span_text(doc, p, min(len(doc), p + _NAME_WORDS)).lower().startswith(name)
               for p in positions(doc, _TITLE_VERBS))


_DETERMINERS = frozenset("a an the this that these those our their its his her my your such each every any".split())
_NAME_WORDS = 12  # more words than any task name has


def _add_core_forms(doc: Doc, tasks: list[dict]) -> None:
    """A kept task led by machine, quality or kind words also goes by its core ("automatic smoking detection" ->
    "smoking detection"), unless another kept task has that form."""
    keys = {entity_key(f) for e in tasks for f in [e["name"]] + e["aliases"]}
    for e in tasks:
        name = e["name"].lower()
        core = _core_form(e["name"], name.split(" ", 1)[0] in _TITLE_VERBS and _verb_read(doc, name))
        if core and entity_key(core) not in keys:
            keys.add(entity_key(core))
            e["aliases"].append(core)


@lru_cache(maxsize=1 << 16)
def task_case(text: str) -> str:
    """A task name in lower case, acronyms and mixed-case words kept ("Synthetic Data Generation" -> "synthetic
    data generation", "KV Cache Compression" -> "KV cache compression"); memoised (a pure function of the string).

    >>> task_case("KV Cache Compression"), task_case("Few-Shot LoRA Tuning")
    ('KV cache compression', 'few-shot LoRA tuning')
    """
    # (an all-lower-case alphabetic word, the most common, has no capital or digit for KEEP_CASE to find)
    return " ".join(w.lower() if w.isalpha() and w.islower() or not KEEP_CASE.search(w) else w for w in text.split())


def _goal_only(e: dict) -> bool:
    return all(m["rule"] == "title_goal" for m in e["mentions"])


_FIELD_TAILS = frozenset((("deep", "learning"), ("machine", "learning"), ("artificial", "intelligence")))


def _field_phrase(words: list[str]) -> bool:
    """A field name with a description in front ("context-aware deep learning", "black-box machine learning",
    "data-centric artificial intelligence") is how a paper is done, not a task; the spec leaves whole fields out.

    >>> _field_phrase("multimodal deep learning".split()), _field_phrase("multimodal learning".split())
    (True, False)
    """
    return len(words) > 1 and (words[-2], words[-1]) in _FIELD_TAILS


def _rank_tasks(tasks: list[dict], max_tasks: int, title_end: int) -> list[dict]:
    """Keep the best ``max_tasks`` tasks, at most ``MAX_PER_HEAD`` per head noun (more when named in the title,
    which ends at token ``title_end``: the paper's own variant of tasks it evaluates on; one more when slots are left
    over: a paper on one kind of problem names several of its variants), no bare head word when a longer task with
    that head is kept."""
    for e in tasks:
        if e.pop("_tool", False):
            e["confidence"] = min(e["confidence"], TOOL_TASK_CONFIDENCE)
    ranked = sorted(tasks, key=lambda e: (-e["confidence"], e["_first"]))
    keep: list[dict] = []
    for per_head_cap in (MAX_PER_HEAD, MAX_PER_HEAD + 1):
        _fill(ranked, tasks, keep, max_tasks, per_head_cap, title_end)
    ids = {id(e) for e in keep}
    return [e for e in tasks if id(e) in ids]


def _title_variants(doc: Doc, phrases: list[dict], kept: list[dict], title_end: int) -> list[dict]:
    """A kept task the title writes after one or two kind words no rule joined to it ("Enhancing Search-Integrated
    Reasoning via ...", one of the title's ``phrases``, see :func:`_title_phrases`) is named by that longer phrase,
    the most specific form written (the spec's name); its own forms become its aliases, as a shorter form's are. It
    keeps its confidence, place and other mentions. Not the title's means ("... via Hierarchical Model Merging", see
    :func:`_after_title_means`)."""
    if not any(a < title_end for e in kept for a, _ in e["_spans"]):
        return kept  # most papers: no kept task in the title
    if not phrases:
        return kept
    low = lowers(doc)
    have = {e["key"] for e in kept}
    out = []
    for e in kept:
        spans = [(a, b) for a, b in e["_spans"] if a < title_end]
        found = next(((t, (a, b)) for t in phrases if t["key"] not in have for a, b in spans for s, u in t["_spans"]
                      if s < a and b == u and _title_kind_words(low[s:a]) and not _after_title_means(low, s)), None)
        if found is None:
            out.append(e)
            continue
        variant, inner = found
        have.add(variant["key"])
        # the task's other mentions stay its mentions; the title's shorter one gives way to the longer phrase
        rest = [(span, m) for span, m in zip(e["_spans"], e["mentions"]) if span != inner]
        out.append({**e, "name": variant["name"], "key": variant["key"],
                    "aliases": [f for f in [e["name"]] + e["aliases"] if entity_key(f) != variant["key"]],
                    "mentions": variant["mentions"] + [m for _, m in rest],
                    "_spans": variant["_spans"] + [span for span, _ in rest],
                    "_first": min(variant["_first"], e["_first"])})
    return out


_DIMENSION = re.compile(r"^\d(?:d|-dof)$")  # "3D", "6-DOF" name a kind; "1.4", "2-bit" a size


def _title_kind_words(words: list[str]) -> bool:
    """One or two title words before a task that name its kind (see :func:`_kind_words`), none an -s or -ing form
    (a title's verbs, "Attention Illuminates LLM Reasoning", "Boosting Multimodal Reasoning", are rarely known
    verbs) nor a number other than a dimension.

    >>> _title_kind_words(["search-integrated"]), _title_kind_words(["attention", "illuminates"])
    (True, False)
    """
    return len(words) <= 2 and _kind_words(words) and not any(s_form(w) or w.endswith("ing") or w[:1].isdigit()
                                                              and not _DIMENSION.match(w) for w in words)


def _learned_extras(doc: Doc, out: dict[str, list[dict]], kept: list[dict], title_end: int,
                    title_phrases: list[dict]) -> list[dict]:
    """The ``kept`` tasks and the left-out task phrases (see :func:`_left_out`, with the title's ``title_phrases``)
    the learned task model scores at or above its threshold, most probable first, while fewer than the model's
    ``max_tasks`` are kept and none runs inside another (see :mod:`task_model`). The trainer's collect mode instead
    puts every left-out phrase, with its features, under ``out["_task_pool"]``."""
    model = task_model.load_task_model()
    if not kept or len(kept) >= model["max_tasks"] and not task_model.COLLECT:
        return kept
    left = _left_out(doc, out["tasks"], kept, title_end, title_phrases)
    feats = _extra_features(doc, left, kept, title_end)
    if task_model.COLLECT:
        for e, f in zip(left, feats):
            e["_features"] = f
        out["_task_pool"] = left
        return kept
    chosen = list(kept)
    for p, e in sorted(zip(map(task_model.extra_probability, feats), left), key=lambda pe: -pe[0]):
        if p < model["threshold"] or len(chosen) >= model["max_tasks"]:
            break
        if not any(_nested(e["key"], t["key"]) for t in chosen):
            chosen.append(e)
    return chosen


def _left_out(doc: Doc, tasks: list[dict], kept: list[dict], title_end: int, title_phrases: list[dict]) -> list[dict]:
    """The task phrases of ``tasks`` and of the title (``title_phrases``, see :func:`_title_phrases`) that are not
    ``kept``, name no field, run inside no kept task nor it inside them and are no loosely modified variant of a head
    already kept ``MAX_PER_HEAD`` times (as in :func:`_fill`), most confident first."""
    ids = {id(e) for e in kept}
    heads = Counter(t["key"].split()[-1] for t in kept)
    kept_keys = [_squashed(t["key"]) for t in kept]
    out = []
    for e in tasks + title_phrases + _abstract_phrases(doc, title_end, tasks):
        words = e["key"].split()
        if (id(e) in ids or _field_phrase(words)
                or heads[words[-1]] >= MAX_PER_HEAD and _loosely_modified(words)):
            continue
        key = _squashed(e["key"])
        if not any(key in k or k in key for k in kept_keys):
            out.append(e)
    return sorted(out, key=lambda e: (-e["confidence"], e["_first"]))


@lru_cache(maxsize=1)
def _known_task_keys() -> frozenset[str]:
    """Entity keys of the curated task terms of two or more words."""
    return frozenset(k for k in (entity_key(t.text) for t in load_terms() if t.label == "TASK") if " " in k)


def _kind_of_known(name: str) -> bool:
    """A task phrase that ends in a task of two or more words the curated lists know, after one or two words of its
    own ("few-shot 3D pose estimation", "radar-guided depth estimation"): a kind of that task, written more
    specifically. When candidates overlap the longer phrase wins, so the known task inside it is no candidate, and
    the phrase starts from a head-noun phrase's lower confidence; the task model weighs it as a left-out phrase.

    >>> _kind_of_known("few-shot 3D pose estimation"), _kind_of_known("pose estimation")
    (True, False)
    """
    words = name.lower().split()
    known = _known_task_keys()
    return any(entity_key(" ".join(words[i:])) in known and _kind_words(words[:i]) for i in (1, 2) if i < len(words))


def _kind_words(words: list[str]) -> bool:
    """Words in front of a task that can name its kind ("few-shot", "radar-guided"): no verb ("propose",
    "combining"), function word or generic, manner or quality modifier ("novel", "joint", "robust").

    >>> _kind_words(["few-shot"]), _kind_words(["combining"]), _kind_words(["robust"])
    (True, False, False)
    """
    verb_set = verbs()
    return not any(w in verb_set or gerund_lead(w) or w in STOP_WORDS or _manner_modifier(w) for w in words)


_RANK_FEATURES = tuple(f"rank:{k}" for k in range(4))  # made once


def _extra_features(doc: Doc, left: list[dict], kept: list[dict], title_end: int) -> list[list[str]]:
    """The task model's features of each ``left`` phrase, with its relation to the ``kept`` tasks: how many are
    kept and left, its rank among the left, a kept task with its head noun, with one of its modifiers, in one of its
    sentences or listed next to it, a loose modifier (see :func:`_loosely_modified`), a kind of a known task (see
    :func:`_kind_of_known`)."""
    heads = Counter(t["key"].split()[-1] for t in kept)
    kept_modifiers = {w for t in kept for w in t["key"].split()[:-1]}
    common = [f"kept:{len(kept)}", f"left:{min(len(left), 4)}"]
    sentences = {sentence_of(doc, s) for t in kept for s, _ in t["_spans"]}
    low = lowers(doc)
    ends = {b: t["key"] for t in kept for _, b in t["_spans"]}
    starts = {a: t["key"] for t in kept for a, _ in t["_spans"]}
    out = []
    for i, e in enumerate(left):
        words = e["key"].split()
        context = common + [_RANK_FEATURES[min(i, 3)]]
        if heads[words[-1]]:
            context.append("head_kept")
        if not kept_modifiers.isdisjoint(words[:-1]):
            context.append("modifier_kept")  # "image editing" beside a kept "image generation"
        if _loosely_modified(words):
            context.append("loose")
        if _kind_of_known(e["name"]) and not any(a < title_end and _after_title_means(low, a) for a, _ in e["_spans"]):
            context.append("known_kind")  # "few-shot 3D pose estimation"; not the title's means ("via X")
        if any(sentence_of(doc, s) in sentences for s, _ in e["_spans"]):
            context.append("kept_sentence")
            if any(_listed_with(low, a, b, starts, ends, e["key"]) for a, b in e["_spans"]):
                context.append("listed_with_kept")
        out.append(task_model.task_features(doc, e, title_end, context))
    return out


def _title_phrases(doc: Doc, title_end: int, tasks: list[dict]) -> list[dict]:
    """The task phrases of the title that no rule found, for the learned task model to score: each run of goal
    words (between stop words and punctuation) trimmed to a goal phrase's core (see ``goal_phrases.goal_span``), when
    it is no generic term and none of ``tasks`` has its key ("Towards Faithful Table Summarization with ..." ->
    "faithful table summarization")."""
    low, txt = lowers(doc), texts(doc)
    have = {e["key"] for e in tasks}
    out, i = [], 0
    while i < title_end:
        j = i
        while j < title_end and goal_word(low[j], txt[j]):
            j += 1
        span = goal_span(doc, i, j) if j > i else None
        if span:
            _add_new_phrase(doc, span, "title_phrase", have, out)
        i = j + 1
    return out


def _add_new_phrase(doc: Doc, span: tuple[int, int], rule: str, have: set[str], out: list[dict]) -> None:
    """Append the task phrase at ``span`` (found by ``rule``) to ``out`` unless its key is in ``have`` or is a
    generic term; its key joins ``have``."""
    name = task_case(span_text(doc, *span))
    key = entity_key(name)
    if key not in have and key not in stop_keys():
        have.add(key)
        out.append(_span_task(doc, name, span[0], span[1], rule))


# nouns whose modifiers name a kind of task: "on multi-hop QA tasks", "math and coding benchmarks"
_KIND_NOUNS = frozenset("task tasks benchmark benchmarks problem problems".split())
# quantities and places of tasks, no kind: "downstream tasks", "diverse tasks", "real-world tasks"
_KIND_NOT_MODIFIERS = frozenset("""
downstream diverse various numerous many few most real-world challenging complex difficult hard easy simple
related relevant target unseen held-out individual specialized general-purpose wide wide-ranging broad
""".split())
_SLOT_WORDS = _KIND_NOUNS | {"for"}
# what may close a purpose phrase: "a practical solution for controlled generation."
_PHRASE_ENDS = frozenset(". , ; : ) and".split())


def _abstract_phrases(doc: Doc, title_end: int, tasks: list[dict]) -> list[dict]:
    """The abstract's goal phrases in two task slots that no rule found, for the learned task model to score:
    right before a kind noun ("strong results on multi-hop QA tasks") and closing a clause after "for" ("a
    practical solution for controlled generation."); each trimmed to a goal phrase's core (see
    ``goal_phrases.goal_span``), opening with no verb's -ing form ("enhancing") and running over no task mention."""
    low, txt = lowers(doc), texts(doc)
    have = {e["key"] for e in tasks}
    taken = [span for e in tasks for span in e["_spans"]]
    out = []
    for s, e, rule in _slot_runs(doc, low, txt, title_end) + _sibling_runs(low, txt, title_end, taken):
        if any(a <= s and e <= b for a, b in taken):
            continue  # a run inside a task mention ("on multi-hop QA tasks"): what it trims to would overlap it
        span = goal_span(doc, s, e, 2 if rule == "purpose_phrase" else 1, acronym_head=rule != "purpose_phrase")
        if not span and rule == "kind_phrase":
            span = _kind_of_tasks(low, txt, s, e)
        if span and not gerund_lead(low[span[0]]) and not any(a < span[1] and span[0] < b for a, b in taken):
            _add_new_phrase(doc, span, rule, have, out)
    return out


def _kind_of_tasks(low: list[str], txt: list[str], s: int, e: int) -> tuple[int, int] | None:
    """A modifier run ``s..e`` before "tasks" that names no task itself names a kind of task with the noun
    ("on multilingual tasks", "recall-intensive tasks"): the span with the noun, past generic words and verbs,
    when one to three plain words remain; else None.

    >>> _kind_of_tasks("strong on multilingual tasks".split(), "strong on multilingual tasks".split(), 2, 3)
    (2, 4)
    >>> _kind_of_tasks("on various tasks".split(), "on various tasks".split(), 1, 2) is None
    True
    """
    if e >= len(low) or low[e] != "tasks":
        return None
    verb_set = verbs()
    # past the last verb form: "solving web tasks", "the agent executes tasks"
    s = next((k + 1 for k in range(e - 1, s - 1, -1)
              if low[k] in verb_set or low[k].endswith("ing") or s_form(low[k])), s)
    while s < e and (low[s] in GENERIC_MODIFIERS or low[s] in _KIND_NOT_MODIFIERS):
        s += 1
    if not 0 < e - s <= 3 or any(is_coined(t) or not t[:1].isalpha() for t in txt[s:e]):
        return None
    return s, e + 1


def _slot_runs(doc: Doc, low: list[str], txt: list[str], title_end: int) -> list[tuple[int, int, str]]:
    """The runs of goal words (see ``goal_phrases.goal_word``) of the abstract right before a ``_KIND_NOUNS`` word
    ("kind_phrase") and right after "for" up to a ``_PHRASE_ENDS`` token ("purpose_phrase")."""
    runs = []
    n = len(low)
    for i in positions(doc, _SLOT_WORDS):
        if i <= title_end:
            continue
        if low[i] in _KIND_NOUNS:
            s = i
            while s > title_end and i - s < 5 and goal_word(low[s - 1], txt[s - 1]):
                s -= 1
            if s < i:
                runs.append((s, i, "kind_phrase"))
        elif low[i - 1] not in NOT_PURPOSE_HEADS:
            e = i + 1
            while e < n and e - i <= 5 and goal_word(low[e], txt[e]):
                e += 1
            if e > i + 1 and (e == n or low[e] in _PHRASE_ENDS):
                runs.append((i + 1, e, "purpose_phrase"))
    return runs


def _sibling_runs(low: list[str], txt: list[str], title_end: int,
                  spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The runs of up to four goal words listed next to a task mention of the abstract in ``spans``, up to three
    after it ("on planning, math, and coding") and one before it ("spoken question answering and speech instruction
    following"): "task_sibling"."""
    runs = []
    n = len(low)
    for a, b in spans:
        if a <= title_end:
            continue
        for _ in range(3):
            k = b
            while k < n and k - b < 3 and low[k] in _COORD_SEP:
                k += 1
            e = k
            while e < n and e - k < 4 and goal_word(low[e], txt[e]):
                e += 1
            if k == b or e == k or e < n and goal_word(low[e], txt[e]):
                break
            runs.append((k, e, "task_sibling"))
            b = e
        k = a
        while k > title_end and a - k < 3 and low[k - 1] in _COORD_SEP:
            k -= 1
        if k < a:
            s = k
            while s > title_end and k - s < 4 and goal_word(low[s - 1], txt[s - 1]):
                s -= 1
            if s < k and not goal_word(low[s - 1], txt[s - 1]):
                runs.append((s, k, "task_sibling"))
    return runs


def _loosely_modified(words: list[str]) -> bool:
    """A task whose modifiers say how or in which manner ("manual cell detection", "public anomaly detection",
    "high-precision segmentation"), not which kind of problem."""
    return len(words) < 2 or any(_adjectival(w) or _manner_modifier(w) for w in words[:-1])


def _nested(a: str, b: str) -> bool:
    """One task key runs inside the other, spaces and hyphens aside ("road crack detection", "automatic road crack
    detection"; "multiclass classification", "multi class classification").

    >>> _nested("road crack detection", "automatic road crack detection"), _nested("road detection", "crack detection")
    (True, False)
    """
    a, b = _squashed(a), _squashed(b)
    return a in b or b in a


def _squashed(key: str) -> str:
    """A task key without its spaces and hyphens, as :func:`_nested` compares them."""
    return key.replace(" ", "").replace("-", "")


def _fill(ranked: list[dict], tasks: list[dict], keep: list[dict], max_tasks: int, per_head_cap: int,
          title_end: int) -> None:
    """Add to ``keep`` the ``ranked`` tasks it lacks, in order, at most ``per_head_cap`` per head noun outside the
    title, until ``max_tasks`` are kept or the rest are weak (see :func:`_rank_tasks`)."""
    per_head = Counter(e["key"].split()[-1] for e in keep)
    for e in ranked:
        if len(keep) >= max_tasks:
            break
        # a title goal phrase is an extra: a weak task is still kept when only goal phrases came before it
        if e["confidence"] < MIN_TASK_CONFIDENCE and any(not _goal_only(t) for t in keep):
            break
        if any(t is e for t in keep):
            continue
        words = e["key"].split()
        head = words[-1] if words else ""
        if per_head[head] >= per_head_cap and e["_first"] >= title_end or _field_phrase(words):
            continue
        if len(words) == 1 and any(t["key"].split()[-1:] == words for t in tasks if t is not e):
            continue
        if per_head_cap > MAX_PER_HEAD and (_loosely_modified(words)
                                            or any(_nested(e["key"], t["key"]) for t in keep)):
            continue
        per_head[head] += 1
        keep.append(e)


def task_confidence(doc: Doc, ment: list[tuple[Cand, str, int]], name: str, conf: float, title_end: int,
                    goals: set[int]) -> float:
    """The confidence of a task entity named ``name`` with mentions ``ment`` (candidate, label, priority), from
    its base confidence ``conf``: raised by a title mention or a task/purpose cue, capped where the mentions
    say why or how rather than what ("crucial for autonomous driving", "with self-supervised pre-training").
    ``goals`` are the starts of the title's goal phrases (see :func:`_title_means`).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Shelf Stacking with Graphs\\n\\nShelf stacking is hard. It is crucial for image "
    ...                  "classification.")
    >>> title, body = Cand(0, 2, "TASK", "title_goal", "", 0.5), Cand(14, 16, "TASK", "gazetteer", "", 0.7)
    >>> task_confidence(doc, [(title, "TASK", 2)], "shelf stacking", 0.5, 5, set())
    0.6
    >>> task_confidence(doc, [(body, "TASK", 2)], "image classification", 0.7, 5, set())
    0.5
    """
    name_key = entity_key(name)
    if any(c.start < title_end for c, _, _ in ment):
        conf += 0.1
    elif any(_before_task_noun(doc, c, name_key) or _after_task_cue(doc, c.start) for c, _, _ in ment):
        conf += TASK_CUE_BONUS
    elif any(_after_purpose(doc, c.start) for c, _, _ in ment):
        conf += PURPOSE_CUE_BONUS
    elif " " in name and any(_opens_abstract(doc, c, title_end) for c, _, _ in ment):
        conf += OPENING_TASK_BONUS
    elif (all(c.rule == "head_task" for c, _, _ in ment) and _object_task(name)
          and not any(_cue_before(lowers(doc), c.start, _MEANS_WORDS) for c, _, _ in ment)):
        conf += OBJECT_TASK_BONUS  # not a step of a pipeline: "two steps: ... and price tag estimation"
    elif len(ment) == 1 and len(name_key.split()) == 1:
        # a broad one-word task ("reasoning", "retrieval") named once in the abstract is rarely a main task
        conf = min(conf, ONE_WORD_TASK_CONFIDENCE)
    if conf > ONE_WORD_TASK_CONFIDENCE and _capped(doc, ment, name_key, title_end, goals):
        conf = ONE_WORD_TASK_CONFIDENCE
    return conf


def _capped(doc: Doc, ment, name_key: str, title_end: int, goals) -> bool:
    """The mentions of a task say why or how rather than what, which caps its confidence (cheapest tests first):
    "Unlike image classification, ...", "a manual evaluation", "with self-supervised pre-training" (how it is
    trained), "crucial for autonomous driving" or "recent advances in X" (why), "Prompt Alignment for Domain
    Generalization" or, named only there and no known task, "Contrastive Adaptation for Diffusion Models" (the means),
    "useful for flood monitoring" (a side matter), "strong reasoning capabilities" (a skill)."""
    low = lowers(doc)
    # the four abstract-only caps hold only when no mention is in the title
    in_abstract = all(c.start >= title_end for c, _, _ in ment)
    return (all(c.start > 0 and low[c.start - 1] in _CONTRAST for c, _, _ in ment)
            or all(c.rule == "head_task" for c, _, _ in ment) and _manner_of_evaluation(name_key)
            or in_abstract and (_side_or_means_phrase(ment, name_key, title_end)
                                or _means_named_once(ment, name_key, title_end)
                                or _modifier_only(doc, ment, title_end)
                                or _training_phrase_only(doc, ment, title_end))
            or all(_motive_slot(doc, c.start) or _advance_topic(doc, c) for c, _, _ in ment)
            or any(_title_means(doc, c, title_end, goals) for c, _, _ in ment)
            or len(ment) == 1 and ment[0][0].rule != "gazetteer" and _title_means(doc, ment[0][0], title_end, None)
            and not _task_before_for(doc, ment[0][0]))


def finish_tasks(doc: Doc, out: dict[str, list[dict]], max_tasks: int) -> None:
    """Settle the paper's tasks in ``out`` (the entity lists by kind), in place: join acronym tasks to their
    long task and tasks that share a form, move techniques written as the means to the methods, credit tasks
    listed beside a task or said again as a verb, and keep the ``max_tasks`` most confident (else a studied
    technique, the title's "<task> of X" or a phrase with a fallback task head as the task), then the left-out
    phrases the learned task model adds up to its own count (``max_tasks`` in task_model.json, which may exceed
    this ``max_tasks``; see :func:`_learned_extras`); a kept task also goes by its object-first and its core forms."""
    out["tasks"] = _merge_same_forms(_merge_acronym_tasks(doc, out["tasks"]))
    out["methods"].extend(_tools_among_tasks(doc, out["tasks"], out["methods"]))
    _coordinated_tasks(doc, out["tasks"])
    _said_as_verb(doc, out["tasks"])
    out["tasks"].extend(_studied_techniques(doc, out))
    title_end = token_index(doc)["title_end"]
    # (the title's phrases no rule found, read by both steps)
    title_phrases = _title_phrases(doc, title_end, out["tasks"])
    kept = _title_variants(doc, title_phrases, _rank_tasks(out["tasks"], max_tasks, title_end), title_end)
    out["tasks"] = (_learned_extras(doc, out, kept, title_end, title_phrases) or _topic_technique(out)
                    or _title_object_task(doc) or _fallback_head_task(doc))
    _add_object_forms(doc, out["tasks"] + out.get("_task_pool", []))
    _add_core_forms(doc, out["tasks"])


# technique heads that, done to a named object, are a problem too: "point cloud quality enhancement", "KV compression"
_OBJECT_PROBLEM_HEADS = frozenset(("enhancement", "compression"))


def _task_before_for(doc: Doc, c: Cand) -> bool:
    """A title phrase before "for" that is itself the task, not the means: an ``_OBJECT_PROBLEM_HEADS`` head after
    plain nouns that name what it is done on ("Wiener Filter-based Point Cloud Quality Enhancement for G-PCC", "KV
    Compression for LLMs"; not "Multi-scale Manifold Enhancement for ...", "Adaptive Feature Compression for ...").

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Kalman-based Crop Yield Enhancement for Farms")
    >>> _task_before_for(doc, Cand(3, 6, "TASK", "head_task", "", 0.5))
    True
    """
    words = lowers(doc)[c.start:c.end]
    return len(words) > 1 and words[-1] in _OBJECT_PROBLEM_HEADS and all(_plain_noun(w) for w in words[:-1])


def _plain_noun(word: str) -> bool:
    """``word`` reads as a plain noun, no adjective, manner word, gerund or hyphenated part ("quality", "KV")."""
    return (word.isalnum() and word not in STOP_WORDS and not word.endswith("ing") and not _adjectival(word)
            and not _manner_modifier(word))
