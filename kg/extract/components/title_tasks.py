"""Tasks the title names (studied techniques, "X of Y", kind-word variants) and the fallbacks."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.aliases import initials_spell
from kg.extract.components.candidates import char_bounds, doc_text, lowers, span_text, texts, token_index
from kg.extract.components.context import MEANS_PREPS
from kg.extract.components.lexicon import METHOD_HEADS, TASK_HEADS, gazetteer_keys, stop_keys
from kg.extract.components.records import renamed
from kg.extract.components.goal_phrases import goal_span, goal_word
from kg.extract.components.sentences import sentence_of
from kg.extract.normalize import WORD_BREAKS, entity_key, s_form, singular
from kg.extract.components.task_shapes import kind_words, spelling_key, task_case

__all__ = ["topic_technique", "after_title_means", "studied_techniques", "title_object_task", "fallback_head_task",
           "add_object_forms", "title_variants", "new_title_phrases", "add_new_phrase", "task_keys"]


def topic_technique(out: dict[str, list[dict]]) -> list[dict]:
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


def after_title_means(low: list[str], a: int) -> bool:
    """The last preposition before title token ``a`` introduces a means ("with Mixture of Experts and
    Self-Distillation"), not a goal ("... with Glimpsing for Speculative Decoding").

    >>> after_title_means("x with y and z".split(), 4), after_title_means("x with y for z".split(), 4)
    (True, False)
    """
    return next((low[i] for i in range(a - 1, -1, -1) if low[i] in _TITLE_PREPS), "") in MEANS_PREPS


# technique activities a paper can study as its problem ("Efficient Token Pruning"), unlike a part it uses
_STUDIED_ACTIVITIES = frozenset("pruning quantization distillation decoding tuning prompting search probing".split())
_STUDIED_CONFIDENCE = 0.65  # a title task's confidence: see _studied_techniques


def studied_techniques(doc: Doc, out: dict[str, list[dict]]) -> list[dict]:
    """Methods the paper does not propose, named in the title by a technique activity ("Efficient Token
    Pruning for Egomotion Video Reasoning", "Task-Specific Knowledge Distillation via ...") and not as the
    means after "with"/"via"/"using" (see :func:`after_title_means`): what the paper studies, so also a task
    (the spec: a setting is a task when studied, a method when used). An acronym ("TPT") goes by its known long form
    ("Test-time Prompt Tuning", see :func:`_activity_form`), unless the title writes it as a means ("A Targeted SFT
    Approach to ...", see :func:`_used_for_a_task`)."""
    title_end = token_index(doc)["title_end"]
    low = lowers(doc)
    have = {e["key"] for e in out["tasks"]}
    found = []
    for e in out["methods"]:
        form = _activity_form(e)
        if e.get("proposed") or e["key"] in have or not form:
            continue
        if any(a < title_end and not after_title_means(low, a)
               and (form == e["name"] or not _used_for_a_task(low, b, title_end)) for a, b in e["_spans"]):
            found.append(_named_by(_as_task(e, _STUDIED_CONFIDENCE), form))
    return found


_MEANS_NOUNS = frozenset("approach approaches framework method".split())
_PURPOSE_WORDS = frozenset("for to".split())


def _used_for_a_task(low: list[str], b: int, title_end: int) -> bool:
    """The title mention ending at token ``b`` is written as a means: an approach ("A Targeted SFT Approach to
    ...") or put to a task after "for" / "to" ("... Metacognitive Prompting for Explainable Sarcasm Detection").

    >>> low = "vgs for efficient chain-of-thought reasoning : x".split()
    >>> _used_for_a_task(low, 1, 6), _used_for_a_task("opd for speculative draft models".split(), 1, 5)
    (True, False)
    >>> _used_for_a_task("a sft approach".split(), 2, 3)
    True
    """
    if b >= title_end:
        return False
    if low[b] in _MEANS_NOUNS:
        return True
    if low[b] not in _PURPOSE_WORDS:
        return False
    end = next((k for k in range(b + 1, title_end) if low[k] in (":", ",", "?")), title_end)
    return not TASK_HEADS.isdisjoint(low[b + 1:end])


def _activity_form(e: dict) -> str:
    """The form of method ``e`` that ends in a studied technique activity: its name, else the first such alias that
    spells the name and is a known technique (an acronym's long form: "TPT" written out "Test-time Prompt Tuning",
    see :func:`_opens_with_initials` and :func:`_known_technique`); '' when none does.

    >>> _activity_form({"name": "TPT", "key": "tpt", "aliases": ["Test-time Prompt Tuning"]})
    'Test-time Prompt Tuning'
    >>> _activity_form({"name": "token pruning", "key": "token pruning", "aliases": []})
    'token pruning'
    >>> _activity_form({"name": "LoRA", "key": "lora", "aliases": ["Low-Rank Adaptation"]})
    ''
    >>> _activity_form({"name": "DINO", "key": "dino", "aliases": ["DINO fine-tuning"]})
    ''
    >>> _activity_form({"name": "SegFormer", "key": "segformer", "aliases": ["SegFormer fine-tuning"]})
    ''
    """
    if _ends_in_activity(e["key"]):
        return e["name"]
    for a in e["aliases"]:  # (a loop: see context.any_rule; most methods have no alias)
        if _ends_in_activity(entity_key(a)) and _opens_with_initials(a, e["name"]) and _known_technique(a):
            return a
    return ""


def _ends_in_activity(key: str) -> bool:
    """The last word of entity ``key`` is a studied technique activity (_STUDIED_ACTIVITIES).

    >>> _ends_in_activity("test time prompt tuning"), _ends_in_activity("lora"), _ends_in_activity("")
    (True, False, False)
    """
    words = key.split()
    return bool(words) and words[-1] in _STUDIED_ACTIVITIES


def _known_technique(form: str) -> bool:
    """``form`` is a technique the curated lists know, or a kind of one named by its last two or more words
    ("data-free knowledge distillation"); not a coinage of the paper ("Direct Multi-Token Decoding").

    >>> _known_technique("On-Policy Distillation"), _known_technique("data-free knowledge distillation")
    (True, True)
    >>> _known_technique("Direct Multi-Token Decoding")
    False
    """
    known, words = gazetteer_keys("METHOD"), form.split()
    return any(entity_key(" ".join(words[i:])) in known for i in range(len(words) - 1))


def _opens_with_initials(long: str, name: str) -> bool:
    """The initials of the first words of ``long`` (split at spaces, or at hyphens too) spell ``name``: an acronym's
    long form ("Chain-of-Thought prompting" for "CoT", "Supervised Fine-Tuning" for "SFT"), not a model's name with
    an activity ("DINO fine-tuning" for "DINO").

    >>> _opens_with_initials("chain-of-thought prompting", "CoT"), _opens_with_initials("Supervised Fine-Tuning", "SFT")
    (True, True)
    >>> _opens_with_initials("DINO fine-tuning", "DINO"), _opens_with_initials("Test-time Prompt Tuning", "TPT")
    (False, True)
    """
    letters = name.lower()
    for parts in (long.split(), WORD_BREAKS.split(long)):
        if initials_spell(parts[:len(letters)], letters):
            return True
    return False


def _named_by(task: dict, form: str) -> dict:
    """``task`` named (and keyed) by ``form`` (in task case) when that is one of its aliases, its name then an
    alias.

    >>> _named_by({"name": "TPT", "key": "tpt", "aliases": ["test-time prompt tuning"]}, "Test-time Prompt Tuning")
    {'name': 'test-time prompt tuning', 'key': 'test time prompt tuning', 'aliases': ['TPT']}
    """
    form = task_case(form)
    if form != task["name"] and form in task["aliases"]:
        renamed(task, form)
    return task


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


def title_object_task(doc: Doc) -> list[dict]:
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


def fallback_head_task(doc: Doc) -> list[dict]:
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


def add_object_forms(doc: Doc, tasks: list[dict]) -> None:
    """A title task whose head is followed by "of" and a short object ("Interpretable Classification of Chest
    Radiology Reports") also goes by the object-first form ("chest radiology report classification")."""
    title_end = token_index(doc)["title_end"]
    low, txt = lowers(doc), texts(doc)
    for e in tasks:
        for _, end in e["_spans"]:
            name = _object_form(low, txt, end - 1, title_end)[0] if end < title_end else ""
            if name and entity_key(name) != e["key"] and name not in e["aliases"]:
                e["aliases"].append(name)


def _some_span_before(tasks: list[dict], end: int) -> bool:
    """Some mention span of ``tasks`` starts before token ``end`` (a loop: see ``context.any_rule``).

    >>> _some_span_before([{"_spans": [(9, 11)]}, {"_spans": [(2, 4)]}], 5), _some_span_before([], 5)
    (True, False)
    """
    for e in tasks:
        for a, _ in e["_spans"]:
            if a < end:
                return True
    return False


def title_variants(doc: Doc, phrases: list[dict], kept: list[dict], title_end: int) -> list[dict]:
    """A kept task the title writes after one or two kind words no rule joined to it ("Enhancing Search-Integrated
    Reasoning via ...", one of the title's ``phrases``, see :func:`new_title_phrases`) is named by that longer phrase,
    the most specific form written (the spec's name); its own forms become its aliases, as a shorter form's are. It
    keeps its confidence, place and other mentions. Not the title's means ("... via Hierarchical Model Merging", see
    :func:`after_title_means`)."""
    if not phrases or not _some_span_before(kept, title_end):
        return kept  # most papers: no kept task in the title
    low = lowers(doc)
    have = {e["key"] for e in kept}
    out = []
    for e in kept:
        spans = [(a, b) for a, b in e["_spans"] if a < title_end]
        found = next(((t, (a, b)) for t in phrases if t["key"] not in have for a, b in spans for s, u in t["_spans"]
                      if s < a and b == u and _title_kind_words(low[s:a]) and not after_title_means(low, s)), None)
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
    """One or two title words before a task that name its kind (see :func:`kind_words`), none an -s or -ing form
    (a title's verbs, "Attention Illuminates LLM Reasoning", "Boosting Multimodal Reasoning", are rarely known
    verbs) nor a number other than a dimension.

    >>> _title_kind_words(["search-integrated"]), _title_kind_words(["attention", "illuminates"])
    (True, False)
    """
    return len(words) <= 2 and kind_words(words) and not any(s_form(w) or w.endswith("ing") or w[:1].isdigit()
                                                             and not _DIMENSION.match(w) for w in words)


def new_title_phrases(doc: Doc, title_end: int, tasks: list[dict]) -> list[dict]:
    """The task phrases of the title that no rule found, for the learned task model to score: each run of goal
    words (between stop words and punctuation) trimmed to a goal phrase's core (see ``goal_phrases.goal_span``), when
    it is no generic term and none of ``tasks`` has its key ("Towards Faithful Table Summarization with ..." ->
    "faithful table summarization")."""
    low, txt = lowers(doc), texts(doc)
    have = task_keys(tasks)
    out, i = [], 0
    while i < title_end:
        j = i
        while j < title_end and goal_word(low[j], txt[j]):
            j += 1
        span = goal_span(doc, i, j) if j > i else None
        if span:
            add_new_phrase(doc, span, "title_phrase", have, out)
        i = j + 1
    return out


def task_keys(tasks: list[dict]) -> set[str]:
    """The keys of ``tasks`` and their names' spelling keys (see ``task_shapes.spelling_key``), which
    :func:`add_new_phrase` finds a phrase in when a task has its key or is a spelling of it."""
    return {k for e in tasks for k in (e["key"], spelling_key(e["name"]))}


def add_new_phrase(doc: Doc, span: tuple[int, int], rule: str, have: set[str], out: list[dict]) -> None:
    """Append the task phrase at ``span`` (found by ``rule``) to ``out`` unless ``have`` (see :func:`task_keys`) has
    its key or its spelling key ("multimodal X" beside a task "multi-modal X") or its key is a generic term; both
    keys join ``have``."""
    name = task_case(span_text(doc, *span))
    key, spelled = entity_key(name), spelling_key(name)
    if key not in have and spelled not in have and key not in stop_keys():
        have.update((key, spelled))
        out.append(_span_task(doc, name, span[0], span[1], rule))
