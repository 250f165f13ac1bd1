"""A task entity's confidence (cues that raise it, caps where it says why or how) and the ranking."""

from __future__ import annotations

from itertools import repeat
from operator import is_

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.components.candidates import Cand, lowers, word_between
from kg.extract.components.context import (PROPOSED_TECHNIQUE_HEADS, all_past, based_at, before_article,
                                           only_rules)
from kg.extract.components.lexicon import TASK_HEADS
from kg.extract.components.goal_phrases import is_stripped_lead
from kg.extract.components.name_shapes import HAS_ALNUM
from kg.extract.components.sentences import sentence_of
from kg.extract.normalize import entity_key
from kg.extract.components.task_shapes import (MANNER_LEADS, adjectival, field_phrase, goal_only, head_counts,
                                               loosely_modified, manner_modifier, named_once_in_abstract, nested)

__all__ = ["TRAINING_HEADS", "MAX_PER_HEAD", "ONE_WORD_TASK_CONFIDENCE", "MIN_TASK_CONFIDENCE", "TOOL_TASK_CONFIDENCE",
           "INNER_OBJECTS", "NOT_PURPOSE_HEADS", "MEANS_WORDS", "cue_before", "drop_named_processes",
           "drop_weak_guesses", "failure_or_step", "named_as_process", "rank_tasks", "task_confidence"]

# activity words the spec does not count alone; as a head-noun phrase they mostly say how a model is trained
TRAINING_HEADS = frozenset("fine-tuning finetuning pre-training pretraining".split())


MAX_PER_HEAD = 2
TASK_CUE_BONUS = 0.1  # "tasks such as X", "the task of X"
PURPOSE_CUE_BONUS = 0.1  # "a framework for X", "evaluated on X", "gains in X"
ONE_WORD_TASK_CONFIDENCE = 0.5  # a one-word task named once, outside the title
OPENING_TASK_BONUS = 0.05  # the abstract's first words name a task: "Table structure recognition aims to ..."
MIN_TASK_CONFIDENCE = 0.56  # weaker tasks are kept only when nothing better was found
TOOL_TASK_CONFIDENCE = 0.5  # a task-typed technique written as the means ("trained by X"): see _tools_among_tasks
OBJECT_TASK_BONUS = 0.05  # "lesion detection", "organ classification" said once without a cue: see _object_task


_CONTRAST = frozenset(("unlike",))


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
    return adjectival(last) and last not in TASK_HEADS or last in _EVALUATORS or manner_modifier(last)


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
    return (only_rules(ment, _HEAD_TASK) and all_past(ment, title_end)
            and TRAINING_HEADS.issuperset([low[c.end - 1] for c, _, _ in ment]))


# nouns a task phrase modifies when it names a skill, a kind of tool or the data a step makes or reads: "spatial
# reasoning abilities", "a retrieval-based pipeline", "long reasoning traces", "face parsing maps"
_MODIFIED_NOUNS = frozenset("""
ability abilities capability capabilities skill skills
videos images chains traces trajectories samples annotations maps
""".split())


def _modifier_only(doc: Doc, ment, title_end: int) -> bool:
    """Every mention is in the abstract and modifies a noun in ``_MODIFIED_NOUNS`` ("strong reasoning
    capabilities", "retrieval-based", "segmentation maps"): a skill, a kind of tool or data the paper names, not the
    problem it studies.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("A title\\n\\nIt improves spatial reasoning abilities.")
    >>> _modifier_only(doc, [(Cand(5, 7, "TASK", "head_task", "", 0.5), "TASK", 1)], 2)
    True
    """
    low = lowers(doc)
    n = len(low)
    for c, _, _ in ment:  # (a loop: see context.any_rule)
        if not (c.start >= title_end and c.end < n and (low[c.end] in _MODIFIED_NOUNS or based_at(low, c.end))):
            return False
    return True


# heads that mostly name a failure the paper mentions ("mode collapse") or where a model could be used ("flood
# monitoring", "quality control"), not the problem it studies; an application may still be the paper's task
_FAILURE_HEADS = frozenset(("collapse",))
_APPLICATION_HEADS = frozenset("control monitoring".split())
# steps done on features inside a model: "multi-resolution feature aggregation", "dual-branch feature extraction"
_FEATURE_STEPS = frozenset("extraction learning aggregation enhancement fusion alignment compression".split())


def _sampling_step(words: list[str]) -> bool:
    """The phrase ``words`` is "denoising" with no object before it ("the denoising process", "iterative
    denoising"): the sampling step of a diffusion model, not a denoising task ("LDCT denoising", "self-supervised
    denoising").

    >>> _sampling_step(["iterative", "denoising"]), _sampling_step(["ecg", "denoising"])
    (True, False)
    """
    return words[-1] == "denoising" and all(manner_modifier(w) for w in words[:-1])


def _side_or_means_phrase(ment, key: str, title_end: int) -> bool:
    """A task found only by the head-noun rule, outside the title, that names a side matter or the means rather
    than the problem the paper studies: an application head ("flood monitoring"), an alignment named once (a step
    of a model or its training: "pretraining for cross-modal alignment"), or a failure or a step inside a model
    (see :func:`failure_or_step`: "mode collapse", the denoising step, "joint evaluation" - a longer phrase keeps a
    real task after it: "joint camera pose estimation" -, "multi-resolution feature aggregation").

    >>> _side_or_means_phrase([(Cand(9, 11, "TASK", "head_task", "", 0.5), "TASK", 1)], "joint evaluation", 2)
    True
    >>> _side_or_means_phrase([(Cand(9, 11, "TASK", "head_task", "", 0.5), "TASK", 1)], "cross modal alignment", 2)
    True
    """
    words = key.split()
    if not words or not (all_past(ment, title_end) and only_rules(ment, _HEAD_TASK)):
        return False
    return (words[-1] in _APPLICATION_HEADS or failure_or_step(words)
            or words[-1] == "alignment" and len(ment) == 1)


def failure_or_step(words: list[str]) -> bool:
    """The words of a task key name a failure or a step inside a model, never a problem or an application the
    paper addresses: a ``_FAILURE_HEADS`` head ("mode collapse"), a diffusion model's denoising step, two or three
    words led by a ``MANNER_LEADS`` word ("joint optimization") or a step on features ("linear feature learning").

    >>> failure_or_step("representation collapse".split()), failure_or_step("joint optimization".split())
    (True, True)
    >>> failure_or_step("feature learning".split()), failure_or_step("flood monitoring".split())
    (True, False)
    """
    return bool(words) and (words[-1] in _FAILURE_HEADS or _sampling_step(words)
                            or 2 <= len(words) <= 3 and words[0] in MANNER_LEADS
                            or len(words) > 1 and words[-2] in ("feature", "features")
                            and words[-1] in _FEATURE_STEPS)


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


# verbs of what others already do well: "LLMs excel at complex reasoning"
_STRENGTH_VERBS = frozenset("excel excels excelled excelling".split())
# words of a sentence that reports the paper's own results: "Evaluations show that our model excels in X"
_RESULT_WORDS = frozenset("our show shows demonstrate demonstrates".split())


def _departure_point(doc: Doc, c: Cand) -> bool:
    """A mention named as what other models already do well ("VLMs excel at commonsense reasoning") or as where a
    field or method moves away from ("extends segmentation from mask prediction to ...", "beyond text recognition",
    "denoising rather than autoregressive generation"): the background the paper sets itself against, not its
    problem; "experiments show that our model excels in X" reports a result on it.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("LLMs excel at shelf reasoning. We move from shelf parsing to rack parsing.")
    >>> _departure_point(doc, Cand(3, 5, "TASK", "head_task", "", 0.6))
    True
    >>> _departure_point(doc, Cand(9, 11, "TASK", "head_task", "", 0.6))
    True
    >>> _departure_point(doc, Cand(12, 14, "TASK", "head_task", "", 0.6))
    False
    >>> doc = load_nlp()("We parse racks rather than shelf parsing.")
    >>> _departure_point(doc, Cand(5, 7, "TASK", "head_task", "", 0.6))
    True
    """
    low = lowers(doc)
    k = before_article(low, c.start)
    if k < 0:
        return False
    if low[k] in ("at", "in") and k > 0 and low[k - 1] in _STRENGTH_VERBS:
        return not word_between(doc, _RESULT_WORDS, sentence_of(doc, k)[0], k)
    return (low[k] == "beyond" or k > 0 and low[k - 1:k + 1] in (["instead", "of"], ["rather", "than"])
            or low[k] == "from" and c.end < len(low) and low[c.end] == "to")


def _advance_topic(doc: Doc, c: Cand) -> bool:
    """An opening topic found as the object of "advances in" ("Recent advances in asset generation have ..."): the
    background the abstract opens with, most often a broader field than the problem the paper then takes up.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Recent advances in shelf image understanding help.")
    >>> _advance_topic(doc, Cand(3, 6, "TASK", "opening_topic", "", 0.6))
    True
    """
    if c.rule != "opening_topic":
        return False
    low = lowers(doc)
    k = before_article(low, c.start)
    return k >= 0 and low[k] == "in"


_TASK_CUE_NOUNS = frozenset("task tasks problem problems application applications".split())
_HEAD_TASK = ("head_task",)
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
        elif not HAS_ALNUM.search(w):
            return False
        k -= 1
    return False


_DESIGN_NOUNS = frozenset("method approach framework model".split())
_PROBLEM_TOO = frozenset(("adaptation", "fusion", "selection"))  # "Source-Free Domain Adaptation for X", "Feature
# Selection for X" are problems too
_TITLE_MEANS_HEADS = PROPOSED_TECHNIQUE_HEADS - _PROBLEM_TOO
# title words after which a phrase is the means the paper uses: "... via Graph Clustering", "... using Neural
# Rendering" ("with" and "through" also lead a title's second task or a capability: "Video Question Answering with
# Visual Grounding", "Vision-Language Models with Video Understanding"; measured, not shipped)
_TITLE_MEANS_PREPS = frozenset("via using".split())
# technique heads that, done to a named object, are a problem too: "point cloud quality enhancement", "KV compression"
# (see _task_before_for)
_OBJECT_PROBLEM_HEADS = frozenset(("enhancement", "compression"))


# heads of problems that yield a concrete output; a noun in front names what it is done on
_OUTPUT_HEADS = frozenset("""
detection classification segmentation recognition prediction answering captioning estimation generation retrieval
""".split())


# what a model makes or reads on its way to an output: "token prediction", "mask prediction", "data generation"
INNER_OBJECTS = frozenset("token tokens data mask masks frame frames query queries score scores target pattern batch "
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
    return (len(words) > 1 and words[-1] in _OUTPUT_HEADS and not (len(words) == 2 and words[0] in INNER_OBJECTS)
            and not adjectival(words[-2])
            and not any(w in STOP_WORDS or w in _DESIGN_NOUNS or manner_modifier(w) for w in words[:-1]))


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
    phrase right after "via" or "using" ("Survival Modeling via Patch-Level Graph Clustering", "Hemorrhage Detection
    Using Multi-Object Tracking"). With ``goals`` None, any words after "for" count (for a phrase the paper names
    only there: "Contrastive Adaptation for Diffusion Models").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("Prototype Alignment for Crop Counting\\n\\nWe count crops.")
    >>> _title_means(doc, Cand(0, 2, "TASK", "head_task", "", 0.5), 5, {3})
    True
    """
    low = lowers(doc)
    if c.end <= title_end and c.start > 0 and low[c.start - 1] in _TITLE_MEANS_PREPS:
        return True
    k = c.end + (c.end < title_end and low[c.end] in _DESIGN_NOUNS)
    return (c.end <= title_end and k + 1 < title_end and low[k] == "for" and (goals is None or k + 1 in goals)
            and low[c.end - 1] in _TITLE_MEANS_HEADS)


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
    return prev not in NOT_PURPOSE_HEADS and any(map(str.isalpha, prev)) and not component


# a list after these names the means or the motivation, not a problem studied: "three stages: target parsing,
# ...", "is crucial for autonomous driving, urban planning, and ...", "methods such as X and Y"
MEANS_WORDS = frozenset("techniques strategies steps stages modules components pipeline".split())


def cue_before(low: list[str], start: int, cues: frozenset[str]) -> bool:
    """One of ``cues`` stands within the 12 tokens before ``start``.

    >>> cue_before("two steps : parsing and price tag estimation".split(), 5, MEANS_WORDS)
    True
    """
    return not cues.isdisjoint(low[max(0, start - 12):start])


def rank_tasks(tasks: list[dict], max_tasks: int, title_end: int) -> list[dict]:
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


def _fill(ranked: list[dict], tasks: list[dict], keep: list[dict], max_tasks: int, per_head_cap: int,
          title_end: int) -> None:
    """Add to ``keep`` the ``ranked`` tasks it lacks, in order, at most ``per_head_cap`` per head noun outside the
    title, until ``max_tasks`` are kept or the rest are weak (see :func:`rank_tasks`)."""
    per_head = head_counts(keep)
    for e in ranked:
        if len(keep) >= max_tasks:
            break
        # a title goal phrase is an extra: a weak task is still kept when only goal phrases came before it
        if e["confidence"] < MIN_TASK_CONFIDENCE and not all(map(goal_only, keep)):
            break
        if any(map(is_, keep, repeat(e))):  # (e is one of them)
            continue
        words = e["key"].split()
        head = words[-1] if words else ""
        if per_head.get(head, 0) >= per_head_cap and e["_first"] >= title_end or field_phrase(words):
            continue
        if len(words) == 1 and any(t["key"].split()[-1:] == words for t in tasks if t is not e):
            continue
        if per_head_cap > MAX_PER_HEAD and (loosely_modified(words)
                                            or any(nested(e["key"], t["key"]) for t in keep)):
            continue
        per_head[head] = per_head.get(head, 0) + 1
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
    if not all_past(ment, title_end):
        conf += 0.1
    elif _task_cued(doc, ment, name_key):
        conf += TASK_CUE_BONUS
    elif _purpose_cued(doc, ment):
        conf += PURPOSE_CUE_BONUS
    elif " " in name and _opens_abstract_once(doc, ment, title_end):
        conf += OPENING_TASK_BONUS
    elif (only_rules(ment, _HEAD_TASK) and _object_task(name)
          and not any(cue_before(lowers(doc), c.start, MEANS_WORDS) for c, _, _ in ment)):
        conf += OBJECT_TASK_BONUS  # not a step of a pipeline: "two steps: ... and price tag estimation"
    elif len(ment) == 1 and len(name_key.split()) == 1:
        # a broad one-word task ("reasoning", "retrieval") named once in the abstract is rarely a main task
        conf = min(conf, ONE_WORD_TASK_CONFIDENCE)
    if conf > ONE_WORD_TASK_CONFIDENCE and _capped(doc, ment, name_key, title_end, goals):
        conf = ONE_WORD_TASK_CONFIDENCE
    return conf


# (the three cue tests of task_confidence loop: see context.any_rule)
def _task_cued(doc: Doc, ment, name_key: str) -> bool:
    """Some mention stands before a task noun or after a task cue."""
    for c, _, _ in ment:
        if _before_task_noun(doc, c, name_key) or _after_task_cue(doc, c.start):
            return True
    return False


def _purpose_cued(doc: Doc, ment) -> bool:
    """Some mention follows a purpose word."""
    for c, _, _ in ment:
        if _after_purpose(doc, c.start):
            return True
    return False


def _opens_abstract_once(doc: Doc, ment, title_end: int) -> bool:
    """Some mention opens the abstract (see :func:`_opens_abstract`)."""
    for c, _, _ in ment:
        if _opens_abstract(doc, c, title_end):
            return True
    return False


def _capped(doc: Doc, ment, name_key: str, title_end: int, goals) -> bool:
    """The mentions of a task say why or how rather than what, which caps its confidence (cheapest tests first):
    "Unlike image classification, ...", "a manual evaluation", "with self-supervised pre-training" (how it is
    trained), "crucial for autonomous driving" or "recent advances in X" (why), "LLMs excel at X" or "from X to Y"
    (where the paper departs from), "Prompt Alignment for Domain Generalization" or, named only there and no known
    task, "Contrastive Adaptation for Diffusion Models" (the means), "useful for flood monitoring" (a side matter),
    "strong reasoning capabilities" (a skill), "Dynamic Reasoning-based Retrieval" (only ever the basis of another
    thing, in the title too)."""
    low = lowers(doc)
    # the four abstract-only caps hold only when no mention is in the title
    in_abstract = all_past(ment, title_end)
    return (_after_contrast_only(low, ment)
            or only_rules(ment, _HEAD_TASK) and _manner_of_evaluation(name_key)
            or in_abstract and (_side_or_means_phrase(ment, name_key, title_end)
                                or _means_named_once(ment, name_key, title_end)
                                or _modifier_only(doc, ment, title_end)
                                or _training_phrase_only(doc, ment, title_end))
            or _why_only(doc, ment)
            or _basis_only(low, ment)
            or _some_title_means(doc, ment, title_end, goals)
            or len(ment) == 1 and ment[0][0].rule != "gazetteer" and _title_means(doc, ment[0][0], title_end, None)
            and not _task_before_for(doc, ment[0][0]))


# (the four mention tests of _capped loop: see context.any_rule)
def _after_contrast_only(low: list[str], ment) -> bool:
    """Every mention follows a contrast word ("Unlike image classification, ...")."""
    for c, _, _ in ment:
        if not (c.start > 0 and low[c.start - 1] in _CONTRAST):
            return False
    return True


def _why_only(doc: Doc, ment) -> bool:
    """Every mention says why the work matters or where it departs from (a motive, an advance topic, a departure
    point), not what it does."""
    for c, _, _ in ment:
        if not (_motive_slot(doc, c.start) or _advance_topic(doc, c) or _departure_point(doc, c)):
            return False
    return True


def _basis_only(low: list[str], ment) -> bool:
    """Every mention is the basis of another thing ("Dynamic Reasoning-based Retrieval")."""
    for c, _, _ in ment:
        if not based_at(low, c.end):
            return False
    return True


def _some_title_means(doc: Doc, ment, title_end: int, goals) -> bool:
    """Some mention is the title's means (see :func:`_title_means`)."""
    for c, _, _ in ment:
        if _title_means(doc, c, title_end, goals):
            return True
    return False


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
    return (word.isalnum() and word not in STOP_WORDS and not word.endswith("ing") and not adjectival(word)
            and not manner_modifier(word))


# nouns after which a task phrase names a process run inside a system: "the image generation process"
_PROCESS_NOUNS = frozenset("process processes procedure procedures".split())


def drop_named_processes(doc: Doc, tasks: list[dict], title_end: int) -> list[dict]:
    """The ``tasks`` without a phrase the head-noun rule found only in the abstract and only as the modifier of a
    process noun (see :func:`named_as_process`: "the token-by-token generation process", "we designed a dataset
    generation process"): a process inside a system, not a problem the paper addresses. Dropped after the
    ranking, as :func:`drop_weak_guesses`, so no weaker phrase takes the slot.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe designed a dataset generation process for shelves.")
    >>> step = {"_spans": [(5, 7)], "mentions": [{"rule": "head_task"}]}
    >>> drop_named_processes(doc, [step, {**step, "_spans": [(8, 9)]}], 2)
    [{'_spans': [(8, 9)], 'mentions': [{'rule': 'head_task'}]}]
    """
    low = lowers(doc)
    return [e for e in tasks if not named_as_process(low, e, title_end)]


def named_as_process(low: list[str], e: dict, title_end: int) -> bool:
    """Every mention of the task ``e`` is the head-noun rule's, in the abstract (from token ``title_end``), and
    followed by a ``_PROCESS_NOUNS`` word in the lower-case tokens ``low``.

    >>> low = "t . we designed a dataset generation process for x".split()
    >>> e = {"_spans": [(5, 7)], "mentions": [{"rule": "head_task"}]}
    >>> named_as_process(low, e, 2), named_as_process(low, {**e, "_spans": [(5, 6)]}, 2)
    (True, False)
    >>> named_as_process(low, {**e, "mentions": [{"rule": "gazetteer"}]}, 2), named_as_process(low, e, 6)
    (False, False)
    """
    return (bool(e["_spans"]) and all(m["rule"] == "head_task" for m in e["mentions"])
            and all(start >= title_end and end < len(low) and low[end] in _PROCESS_NOUNS for start, end in e["_spans"]))


def drop_weak_guesses(tasks: list[dict], kept: list[dict], title_end: int) -> list[dict]:
    """The ``tasks`` without a weak guess: a ranked task (one of ``kept``) at ``ONE_WORD_TASK_CONFIDENCE`` or
    under, kept only because nothing better was found (see :func:`_fill`), that the head-noun rule found once, in
    the abstract (past token ``title_end``), and whose words name a failure or a step inside a model (see
    :func:`failure_or_step`: "mitigates representation collapse", "through joint optimization"); an application
    named in passing ("for flood monitoring") stays, the spec counting applications as tasks. Dropped after the
    ranking, so no weaker phrase takes the slot.

    >>> weak = {"key": "mode collapse", "confidence": 0.5, "_spans": [(9, 11)], "mentions": [{"rule": "head_task"}]}
    >>> strong = {**weak, "confidence": 0.7}
    >>> [e["confidence"] for e in drop_weak_guesses([weak, strong], [weak, strong], 3)]
    [0.7]
    >>> len(drop_weak_guesses([weak], [], 3)), len(drop_weak_guesses([{**weak, "_spans": [(1, 3)]}], [weak], 3))
    (1, 1)
    """
    ids = {id(e) for e in kept}
    return [e for e in tasks if not (id(e) in ids and e["confidence"] <= ONE_WORD_TASK_CONFIDENCE
                                      and named_once_in_abstract(e, title_end) and failure_or_step(e["key"].split()))]
