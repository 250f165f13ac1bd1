"""A task written two ways: acronym, long, core and verb forms merged, tasks listed together."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.components.candidates import abbrevs_of, doc_text, lowers, positions, span_text
from kg.extract.components.lexicon import TASK_HEADS, verbs
from kg.extract.components.goal_phrases import is_stripped_lead
from kg.extract.components.records import renamed
from kg.extract.normalize import WORD_BREAKS, entity_key, singular
from kg.extract.components.task_shapes import adjectival, spelling_key, task_case, word_order_key
from kg.extract.components.task_confidence import (INNER_OBJECTS, MEANS_WORDS, MIN_TASK_CONFIDENCE,
                                                   ONE_WORD_TASK_CONFIDENCE, cue_before)

__all__ = ["unbracketed_forms", "generation_forms", "acronym_forms", "COORD_SEP", "merge_acronym_tasks",
           "merge_same_forms", "said_as_verb", "coordinated_tasks", "listed_with", "add_core_forms",
           "drop_forms_named_apart", "drop_bare_words_of_kept"]

COORD_TASK_BONUS = 0.05  # a weak task coordinated with another task: see _coordinated_tasks


_INNER_ACRONYM = re.compile(r"^(.+?) \( ?([A-Za-z0-9][\w\-]*[A-Z][\w\-]*) ?\) (\S+)$")


def unbracketed_forms(text: str) -> list[str]:
    """A task phrase written around its acronym's definition, as its long and its short form: "out-of-distribution
    (OOD) detection" -> ["out-of-distribution detection", "OOD detection"]; any other text as it is.

    >>> unbracketed_forms("out-of-distribution (OOD) detection"), unbracketed_forms("object detection")
    (['out-of-distribution detection', 'OOD detection'], ['object detection'])
    """
    m = _INNER_ACRONYM.match(text) if " (" in text else None  # (the pattern's literal part, in few names)
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


def show_generation_names(tasks: list[dict]) -> None:
    """Show a task named by a bare "X-to-Y" pair of media ("text-to-image", cut from "text-to-image models") by its
    generation form (:func:`generation_forms`, already its alias); the pair stays an alias.

    >>> tasks = [{"name": "text-to-shape", "key": "text to shape", "aliases": ["text-to-shape generation"]}]
    >>> show_generation_names(tasks)
    >>> tasks
    [{'name': 'text-to-shape generation', 'key': 'text to shape generation', 'aliases': ['text-to-shape']}]
    """
    keys = None  # the keys before any name changes, built only for a paper with a generation form
    for e in tasks:
        full = next((f for f in generation_forms(e["name"]) if f in e["aliases"]), "") if "-" in e["name"] else ""
        if full and keys is None:
            keys = {t["key"] for t in tasks}
        if full and entity_key(full) not in keys:
            renamed(e, full)


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


COORD_SEP = frozenset((",", "and", "or", "as", "well"))
_MEANS_OR_MOTIVE = MEANS_WORDS | frozenset("crucial essential important vital role existing prior previous".split())
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
    return (cue_before(low, start, _MEANS_OR_MOTIVE)
            or any(w in _MEANS_NOUNS and nxt in _LIST_OPENERS for w, nxt in zip(window, window[1:])))


def merge_acronym_tasks(doc: Doc, tasks: list[dict]) -> list[dict]:
    """A task acronym defined after a longer task phrase is that task's short form: in "monocular 3D human
    pose estimation (HPE)" the definition covers only "human pose estimation", so "HPE" became a task of its
    own; it joins the task whose mention ends where its long form ends, right before the bracket (a weak one lends it
    only the long form as its name: :func:`_name_by_long_form`)."""
    if not tasks:
        return tasks
    by_start = {a: e for e in tasks for a, _ in e["_spans"]}
    by_end = {b: e for e in tasks for _, b in e["_spans"]}
    low = lowers(doc)
    gone: set[int] = set()
    for s0, _, l0, l1 in abbrevs_of(doc):
        short, host = by_start.get(s0), by_end.get(l1)
        if (short is None or host is None or short is host or id(short) in gone or id(host) in gone
                or s0 != l1 + 1 or low[l1] != "(" or any(a >= l0 for a, b in host["_spans"] if b == l1)):
            continue
        if host["confidence"] < MIN_TASK_CONFIDENCE:
            _name_by_long_form(short, span_text(doc, l0, l1))
            continue
        host["aliases"] += [f for f in [short["name"]] + short["aliases"] if f not in host["aliases"]]
        host["mentions"] += short["mentions"]
        host["_spans"] += short["_spans"]
        host["confidence"] = max(host["confidence"], short["confidence"])
        gone.add(id(short))
    return [e for e in tasks if id(e) not in gone]


def _name_by_long_form(short: dict, long_form: str) -> None:
    """An acronym task whose long form a weak longer phrase took ("LLM Uncertainty Quantification (UQ)") is named by
    that long form ("uncertainty quantification", alias "UQ"), not by the bare acronym."""
    if " " in short["name"] or short["aliases"]:
        return
    short["aliases"] = [short["name"]]
    short["name"] = task_case(" ".join(long_form.split()))
    short["key"] = entity_key(short["name"])


def _name_rank(e: dict) -> tuple[int, int, int, int]:
    """How well a task's name names it among spellings of one name (higher is better): fewest spaces (a space inside
    a word is a line break: "mathemat ical reasoning"), fewest letters (a plural inside the name, "micro-expressions
    recognition", has more), the spelling written most (a PDF hyphen, "spatiotem-poral", comes once), then the
    hyphened one ("multi-task learning" over "multitask learning")."""
    name = e["name"]
    return -name.count(" "), -len(name.replace("-", "")), len(e["mentions"]), len(name)


def _order_rank(e: dict, title_end: int) -> tuple[bool, int, int]:
    """How well a task's name names it among word orders of one name (higher is better): a noun phrase, not a
    verb's -ing form with its object ("control learning", not "learning control"), then the order the abstract
    writes most, then the one it writes first."""
    starts = [a for a, _ in e["_spans"] if a >= title_end]
    return not e["name"].split()[0].lower().endswith("ing"), len(starts), -min(starts, default=1 << 30)


def _better_name(e: dict, host: dict, title_end: int) -> bool:
    """Whether task ``e`` names the task it joins better than its ``host`` does: of two spellings the one
    :func:`_name_rank` prefers, of two word orders the one :func:`_order_rank` prefers, else the longer name."""
    if spelling_key(e["name"]) == spelling_key(host["name"]):
        return _name_rank(e) > _name_rank(host)
    order = word_order_key(e["name"])
    if order is not None and order == word_order_key(host["name"]):
        return _order_rank(e, title_end) > _order_rank(host, title_end)
    return len(e["name"]) > len(host["name"])


_SPELLED = "spelled:"  # marks a name's spelling key among the hosts' entity keys
_REORDERED = "reordered:"  # and its word-order key


def _first_host(hosts: dict[str, dict], keys: list[str]) -> dict | None:
    """The task of the first of ``keys`` that ``hosts`` holds, else None (a loop: see ``context.any_rule``).

    >>> _first_host({"b": {"name": "B"}, "c": {"name": "C"}}, ["a", "c", "b"]), _first_host({}, ["a"])
    ({'name': 'C'}, None)
    """
    for k in keys:
        if k in hosts:
            return hosts[k]
    return None


def merge_same_forms(tasks: list[dict], title_end: int = 0) -> list[dict]:
    """Tasks that share a form (name or alias, compared by key) or whose names spell one name (:func:`spelling_key`)
    or hold the same words in another order (:func:`word_order_key`) are one task written two ways ("CPS diagnosis"
    and "collaborative problem solving diagnosis" (alias "CPS diagnosis"), "POS-tagging" and "part-of-speech
    tagging" (alias "POS tagging"), "multi-year forecasting" and "multiyear forecasting", "visual autoregressive
    generation" and "autoregressive visual generation"): the later one joins the first, which keeps the better
    confidence and the better name (:func:`_better_name`; mentions from token ``title_end`` on are the
    abstract's)."""
    if len(tasks) < 2:
        return tasks
    hosts: dict[str, dict] = {}
    gone: set[int] = set()
    for e in tasks:
        # name first, not hash order; a name also meets a name spelled otherwise (not an alias: "fake news detection"
        # may go by a lead form "multi-modal fake news detection" of a task of its own)
        forms = [entity_key(f) for f in [e["name"]] + e["aliases"]]
        order = word_order_key(e["name"])
        # (a key repeated comes after its first place: the look-up and the update need no de-duplication)
        keys = forms + [_SPELLED + spelling_key(e["name"])] + ([_REORDERED + order] if order else [])
        host = _first_host(hosts, keys)
        if host is None:
            hosts.update(dict.fromkeys(keys, e))
            continue
        if _better_name(e, host, title_end):
            host["name"], e["name"] = e["name"], host["name"]
            host["key"] = entity_key(host["name"])
        seen = {entity_key(f) for f in [host["name"]] + host["aliases"]}
        for f in [e["name"]] + e["aliases"]:  # each form once by key: the swapped-out name is often an alias too
            key = entity_key(f)
            if key not in seen:
                seen.add(key)
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


def said_as_verb(doc: Doc, tasks: list[dict]) -> None:
    """A weak task said again as a verb and its object ("hallucination detection" ... "to detect hallucinations",
    "predicting editorial outcomes") gets ``VERB_MENTION_BONUS``; not a capped task, an adjective's ("binary
    classification") nor a model's inner object ("token generation")."""
    pairs = None
    for e in tasks:
        words = e["key"].split()
        if (not ONE_WORD_TASK_CONFIDENCE < e["confidence"] < MIN_TASK_CONFIDENCE or len(words) < 2
                or words[-1] not in _HEAD_VERBS or adjectival(words[-2])
                or len(words) == 2 and words[0] in INNER_OBJECTS):
            continue
        pairs = _verb_objects(lowers(doc)) if pairs is None else pairs
        if (_HEAD_VERBS[words[-1]], words[-2]) in pairs:
            e["confidence"] = round(e["confidence"] + VERB_MENTION_BONUS, 3)


def coordinated_tasks(doc: Doc, tasks: list[dict]) -> None:
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
            if listed_with(low, a, b, starts, ends, e["key"]) and not _means_or_motive_list(low, a):
                e["confidence"] = round(e["confidence"] + COORD_TASK_BONUS, 3)
                break


def listed_with(low: list[str], a: int, b: int, starts: dict[int, str], ends: dict[int, str], key: str) -> bool:
    """The mention ``a..b`` is listed next to a task mention with another key than ``key`` (``starts`` and ``ends``
    map mention bounds to their task's key): up to three separator tokens between them (", and", "as well as")."""
    if (a == 0 or low[a - 1] not in COORD_SEP) and (b >= len(low) or low[b] not in COORD_SEP):
        return False  # no separator next to the mention (most): nothing listed with it
    for k in range(a - 1, max(a - 4, -1), -1):  # (loops: see context.any_rule)
        if COORD_SEP.issuperset(low[k:a]) and ends.get(k) not in (None, key):
            return True
    for k in range(b + 1, min(b + 4, len(low) + 1)):
        if COORD_SEP.issuperset(low[b:k]) and starts.get(k) not in (None, key):
            return True
    return False


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
    if nxt in STOP_WORDS or nxt in verbs():
        return False
    if verb_opens and k == 0 and word in _TITLE_VERBS:
        return _task_word(words[-1])  # ("Learning Unpaired Image Dehazing": a participle after a verb is a modifier)
    return word in _MODEL_SUBJECTS and not _PARTICIPLE.search(nxt)


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
    # (not after an article nor an "X-based" modifier: "LLM-based Learning Path ...")
    return any((p == 0 or low[p - 1] not in _DETERMINERS and not low[p - 1].endswith("based"))
               and span_text(doc, p, min(len(doc), p + _NAME_WORDS)).lower().startswith(name)
               for p in positions(doc, _TITLE_VERBS))


_DETERMINERS = frozenset("a an the this that these those our their its his her my your such each every any".split())
_NAME_WORDS = 12  # more words than any task name has


def add_core_forms(doc: Doc, tasks: list[dict]) -> None:
    """A kept task led by machine, quality or kind words also goes by its core ("automatic smoking detection" ->
    "smoking detection"), unless another kept task has that form. One led by a verb ("Learning Unpaired Image
    Dehazing with ...", "deep learning segmentation models") is no noun phrase: its core is its name, and it goes
    when another kept task has that form."""
    keys = {entity_key(f) for e in tasks for f in [e["name"]] + e["aliases"]}
    verb_led = []
    for e in tasks:
        name = e["name"].lower()
        verb_opens = (name.split(" ", 1)[0] in _TITLE_VERBS and _verb_read(doc, name)
                      and not _acronym_spells_lead(name, e["aliases"]))
        core = _core_form(e["name"], verb_opens) or verb_opens and _verb_object(e["name"])
        if not core:
            continue
        if verb_opens:
            verb_led.append((e, core))
        elif entity_key(core) not in keys:
            keys.add(entity_key(core))
            e["aliases"].append(core)
    for e, core in verb_led:
        if entity_key(core) in keys - {entity_key(f) for f in [e["name"]] + e["aliases"]}:
            tasks.remove(e)
        else:
            e["aliases"] = [a for a in e["aliases"] if entity_key(a) != entity_key(core)]
            e["name"] = core


def drop_forms_named_apart(tasks: list[dict]) -> None:
    """A kept task's form that spells another kept task's name is not its alias: the title's "image classification
    of defects" does not also go by "defect classification", nor "fake news detection" by a lead form "multi-modal
    fake news detection", when the paper keeps that task of its own (two things are never aliases; one task written
    twice was joined by :func:`merge_same_forms`).

    >>> tasks = [{"name": "image classification", "aliases": ["defect classification"]},
    ...          {"name": "defect classification", "aliases": []}]
    >>> drop_forms_named_apart(tasks)
    >>> tasks[0]["aliases"]
    []
    """
    by_name = {spelling_key(e["name"]): e for e in tasks}
    for e in tasks:
        e["aliases"] = [a for a in e["aliases"] if by_name.get(spelling_key(a), e) is e]


def drop_bare_words_of_kept(tasks: list[dict]) -> list[dict]:
    """The kept tasks without a one-word task that is a word of another kept task's name: beside "hallucination
    detection" a bare "hallucinations" names no second task, and under either reading it adds none.

    >>> [e["name"] for e in drop_bare_words_of_kept([{"name": "hallucinations"}, {"name": "hallucination detection"},
    ...                                               {"name": "retrieval"}])]
    ['hallucination detection', 'retrieval']
    """
    words = [_name_words(e["name"]) for e in tasks]
    return [e for e, w in zip(tasks, words)
            if len(w) != 1 or not any(w[0] in other for other in words if other is not w and len(other) > 1)]


def _name_words(name: str) -> list[str]:
    """A task name's words, hyphened parts apart and each singular ("reasoning-enhanced image edits" ->
    reasoning, enhanced, image, edit).

    >>> _name_words("Reasoning-enhanced image edits")
    ['reasoning', 'enhanced', 'image', 'edit']
    """
    return [singular(w) for w in WORD_BREAKS.split(name.lower()) if w]


def _acronym_spells_lead(name: str, aliases: list[str]) -> bool:
    """Whether an acronym alias of the task opens with the letter of its first word: "Learning Path Recommendation
    (LPR)" names a task with "Learning" in it, no verb.

    >>> _acronym_spells_lead("learning path recommendation", ["LPR"]), _acronym_spells_lead("learning x", ["XR"])
    (True, False)
    """
    return any(len(a) > 1 and a[:2].isupper() and a[0].lower() == name[0] for a in aliases)


def _task_word(word: str) -> bool:
    """A word that may end a task phrase a title verb leads: a task head or an -ing noun ("dehazing", "grounding").

    >>> _task_word("dehazing"), _task_word("Segmentation"), _task_word("representations")
    (True, True, False)
    """
    low = word.lower()
    return low in TASK_HEADS or low.endswith("ing")


def _verb_object(name: str) -> str:
    """The one task word a title verb leads ("learning segmentation" -> "segmentation"); else ''.

    >>> _verb_object("learning segmentation"), _verb_object("learning similarity")
    ('segmentation', '')
    """
    words = name.split()
    return words[1] if len(words) == 2 and _task_word(words[1]) else ""
