"""Names and phrases the authors' own words introduce: the name after "we propose" / "called", a lower-case technique
proposed or used ("we introduce stochastic backtracking", "we employ median smoothing"), variants of the paper's own
one-word name, and the agents or modules of its system ("a Questioner and an Answerer")."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.components.candidates import (Cand, flagged_tokens, lowers, own_one_word_names, positions, texts)
from kg.extract.components.context import listed_example
from kg.extract.components.head_phrases import (apposed_technique_phrase, describes_a_name, in_capitalised_run,
                                                modified_phrase, opens_lower_case_name, past_modifiers, technique_head,
                                                technique_phrase)
from kg.extract.components.lexicon import (GENERIC_MODIFIERS, METHOD_HEADS, METRIC_HEADS, POSSESSIVE_MARKS,
                                           TASK_HEADS, THING_HEADS, agent_roles)
from kg.extract.components.name_shapes import MODIFIER_SUFFIXES, is_coined, own_lower_variants, own_variant_token
from kg.extract.components.sentences import sentence_of, sentence_starts
from kg.extract.components.word_flags import COINED_FLAG, cap_tokens
from kg.extract.proposed import apposed_own_name, proposal_windows

__all__ = ["proposal_names", "own_name_variants", "proposed_phrases", "used_phrases", "role_names",
           "named_agent_start"]

_SKIP_BEFORE_NAME = frozenset("a an the our this it them novel new simple first method model framework approach "
                              "algorithm architecture technique system called named dubbed termed".split())
_NAME_CONNECTORS = frozenset("of with for and in on via".split())
_PURPOSE_CONNECTORS = frozenset("for in on via".split())  # what a coined name is for, or where it works
_RELEASE = re.compile(r"^v?\d{1,2}(?:\.\d{1,2})+$|^v\d{1,2}$")
# a hyphened code the authors coin: capitalised parts ("Combo-Eval", "Z-Infra") or led by a dimension or number
# ("2D-VoCo", "360-USID": the lead digit hides it from the capital and coined-shape tests)
_HYPHEN_CODE = re.compile(r"^(?:\d+[A-Za-z]?|[A-Z][a-z]*)-[A-Z][A-Za-z0-9]*$")
# the size a release is named by: "Kuwain 1.5B", "FooSet 2k"
_RELEASE_SIZE = re.compile(r"^\d+(?:\.\d+)?[kKMB]$")
_PHRASE_VERBS = frozenset("propose proposes introduce introduces present presents develop develops design designs "
                          "devise devises".split())
# "we address this by introducing dynamic reward weighting, which ...": the authors' means, named as they propose it
_PHRASE_GERUNDS = frozenset("proposing introducing presenting developing designing devising".split())
_USE_VERBS = frozenset("""
use uses used employ employs employed adopt adopts adopted leverage leverages leveraged apply applies applied utilize
utilizes utilized utilise utilises utilised incorporate incorporates incorporated integrate integrates integrated
exploit exploits exploited
""".split())
# a means named by any subject: "X employs temporal smoothing", "aligned via quantile-based thresholding"
_MEANS_CUES = frozenset("""
via employs utilizes utilises leverages applies adopts integrates incorporates employing utilizing utilising
adopting applying
""".split())
# "HOP3D introduces hierarchical orthogonalization": a means only when the paper's own name is the subject ("retrieval
# noise introduces irrelevant guidance" names a problem)
_OWN_MEANS_CUES = frozenset(("introduces",))
_USE_OR_MEANS = _USE_VERBS | _MEANS_CUES | _OWN_MEANS_CUES
_USE_ADVERBS = frozenset("also further then first additionally finally instead".split())
# what a phrase after "we propose/use" can name that is not a technique: "a regularization parameter", "a sandbox
# environment", "a structured taxonomy", "an evaluation protocol" (METRIC_HEADS has "coefficient")
# (a reporting participle ends a phrase that opens a finding: "we present evidence suggesting that ...")
_NOT_TECHNIQUES = METRIC_HEADS | THING_HEADS | frozenset(
    "parameter taxonomy environment protocol indicating suggesting showing demonstrating revealing".split())
_USED_NOT_TOOLS = _NOT_TECHNIQUES | frozenset("information nature matrix map graph ontology knowledge encoder decoder "
                                              "vision resolution".split())
_ROLE_WORD = re.compile(r"^(?:(?:Meta|Sub|Co|Self|Super)-)?[A-Z][a-z]+$")  # "Planner", "Meta-Refiner"
# nouns a paper defines a task by; the roles a relative clause after one introduces are the task's players
# the words of an agent's name before its head: a coined word ("VLM-Motion", "PostProcess"); a kind of agent opens
# with an adjective ("Conversational", "Generative", "Personalized", "Autonomous") and is no name
_AGENT_NAME_WORD = re.compile(r"^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$")
_KIND_ADJECTIVE = re.compile(r"(?:al|ive|ous|ic|ful|less|able|ible|ent|ant|ary|[iy][sz]ed|ated|ual)$")
_AGENT_KINDS = frozenset("system systems framework frameworks architecture architectures setting settings paradigm "
                         "benchmark benchmarks team teams".split())
_TASK_SETTING_NOUNS = frozenset("task tasks game games setting scenario challenge".split())
_RELATIVES = frozenset(("where", "wherein", "which", "whereby"))


def proposal_names(doc: Doc, cands: list[Cand]) -> None:
    """Capitalised or coined names right after "we propose" / "called" ("we introduce Middo, a ...").

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(proposal_names, "T\\n\\nWe introduce Middo, a data optimizer.")
    ['Middo']
    """
    low, txt = lowers(doc), texts(doc)
    for ws, we, naming in proposal_windows(doc, width=10):
        k = ws
        limit = min(we, ws + (6 if naming else 4))
        while k < limit and (low[k] in _SKIP_BEFORE_NAME or txt[k] in ('"', "'", "“", "`", "``")
                             or txt[k].isspace()):  # a run of blanks: "we propose  Name"
            k += 1
        if k >= we or doc[k].is_sent_start:
            continue
        k = past_modifiers(doc, k, we)
        if (not (txt[k][:1].isupper() or is_coined(txt[k]) or _HYPHEN_CODE.match(txt[k]))
                or low[k] in GENERIC_MODIFIERS):
            continue
        e = k + 1
        while e < we and e - k < 6:
            if txt[e][:1].isupper() or is_coined(txt[e]):
                e += 1
            elif (low[e] in _NAME_CONNECTORS and e + 1 < we and txt[e + 1][:1].isupper()
                  and not (low[e] == "and" and (is_coined(txt[e - 1]) or is_coined(txt[e + 1])))
                  and not (low[e] in _PURPOSE_CONNECTORS and is_coined(txt[e - 1]))):
                # "Search and Rescue Net" is one name; "FooNet and BarNet" are two, and "Foo-QA for Korean VQA" is a
                # name and its purpose
                e += 2
            elif (txt[e] == "-" and e + 2 < we and low[e + 1] in MODIFIER_SUFFIXES
                  and txt[e + 2][:1].isupper() and not is_coined(txt[e - 1])):
                # "named Dictionary-based Cross Attention Entropy model" (the tokenizer splits "-based" off a
                # capitalised word); "kNN-based X" names another entity in its modifier
                e += 3
            else:
                break
        if e < we and _RELEASE.match(txt[e]):
            e += 1  # "we present Agentics 2.0"
        if e < we and low[e] in POSSESSIVE_MARKS:
            continue  # "we present Pinterest's system", "Team Foo's solution": whose it is, not what
        if describes_a_name(doc, k, e, we) or opens_lower_case_name(doc, k, e):
            continue
        cands.append(Cand(k, e, "NAME", "proposal_name", "", 0.75))
    for k in _apposed_codes(doc):
        cands.append(Cand(k, k + 1, "NAME", "proposal_name", "", 0.75))


def _apposed_codes(doc: Doc) -> list[int]:
    """Hyphened codes (:data:`_HYPHEN_CODE`) set off as an apposition in a "we propose ..." window
    (:func:`apposed_own_name`): "a novel evaluation method - Combo-Eval - for ...", "a pipeline, Foo-Instruct, which".

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe introduce a new metric - Combo-Eval - for judging. We use Vision-Language models.")
    >>> [texts(doc)[k] for k in _apposed_codes(doc)]
    ['Combo-Eval']
    """
    txt = texts(doc)
    return [k for ws, we, _ in proposal_windows(doc) for k in range(ws, we)
            if "-" in txt[k] and _HYPHEN_CODE.match(txt[k]) and apposed_own_name(doc, k, k + 1)]


def own_name_variants(doc: Doc, cands: list[Cand]) -> None:
    """A variant of the paper's own one-word name (from the title or a "we propose" window) written as one
    hyphenated token with a capitalised or numbered part ("Orchard-GUI", "Entangled-D", "FooBench-Lite") or
    followed by its size ("Kuwain 1.5B", "FooSet 2k"): the spec makes each written variant its own entity.

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(own_name_variants, "Kuwain: Arabic Models\\n\\nWe release Kuwain 1.5B and Kuwain-Lite.")
    ['Kuwain 1.5B', 'Kuwain-Lite']
    """
    own = own_one_word_names(doc)
    if not own:
        return
    txt, low = texts(doc), lowers(doc)
    sent_starts = sentence_starts(doc)
    coined = set(flagged_tokens(doc, COINED_FLAG))
    lower_variants = own_lower_variants(txt, own)
    for i in [i for i, w in enumerate(low) if w in own or "-" in w]:  # (the few tokens either test can take)
        word = txt[i]
        if low[i] in own:
            if i + 1 < len(txt) and i + 1 not in sent_starts and _RELEASE_SIZE.match(txt[i + 1]):
                cands.append(Cand(i, i + 2, "NAME", "coined", "", 0.6))
        elif "-" in word and i not in coined and (own_variant_token(word, own) or word in lower_variants):
            cands.append(Cand(i, i + 1, "NAME", "coined", "", 0.6))


def proposed_phrases(doc: Doc, cands: list[Cand]) -> None:
    """A lower-case technique name right after "we propose/introduce" ("we introduce stochastic
    backtracking over ...", "we propose LoRA-based pose control for ..."); generic heads
    ("a novel framework", "two mechanisms"), plurals and phrases headed by a parameter, environment, metric or
    thing ("a regularization parameter", "a sandbox environment") are left out.

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(proposed_phrases, "T\\n\\nWe introduce stochastic backtracking over search trees.")
    ['stochastic backtracking']
    """
    low_list = lowers(doc)
    for ws, we, naming in proposal_windows(doc, width=10):
        if naming or ws < 1 or low_list[ws - 1] not in _PHRASE_VERBS and not (
                low_list[ws - 1] in _PHRASE_GERUNDS and low_list[ws - 2] == "by"):
            continue
        span = (technique_phrase(doc, ws, we) or modified_phrase(doc, cands, ws, we)
                if low_list[ws - 1] in _PHRASE_VERBS else None) or apposed_technique_phrase(doc, ws, len(doc))
        if span and low_list[span[1] - 1] not in _NOT_TECHNIQUES:
            cands.append(Cand(span[0], span[1], "METHOD", "proposed_phrase", "", 0.6))


def used_phrases(doc: Doc, cands: list[Cand]) -> None:
    """A lower-case technique name right after the authors' "we use/employ/adopt ..." ("we employ a
    speaking-style personalization", "we further apply median smoothing"): a tool the paper uses. After
    "via" or a use verb with another subject ("X employs temporal smoothing"), only a phrase with a
    technique head counts ("... leverages frequency information" names data, "... employs vision-language
    reasoning" an ability).

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(used_phrases, "T\\n\\nWe further apply median smoothing to the outputs.")
    ['median smoothing']
    """
    low_list = lowers(doc)
    own = None  # the paper's one-word names (title or proposal name), lower-cased; read once
    for i in positions(doc, _USE_OR_MEANS):
        j = i - 1 - (i > 1 and low_list[i - 1] in _USE_ADVERBS)
        ours = j >= 0 and low_list[j] == "we"
        if low_list[i] in _OWN_MEANS_CUES:
            if own is None:
                own = own_one_word_names(doc)
            if j < 0 or low_list[j] not in own:
                continue  # "HOP3D introduces ...": the paper's one-word name (j < 0: no subject at doc start)
        elif not ours and low_list[i] not in _MEANS_CUES:
            continue
        span = technique_phrase(doc, i + 1, min(sentence_of(doc, i)[1], i + 11))
        # "we use LoRA fine-tuning": the name is the entity; "we use gradient information": data, not a tool
        if not span or not texts(doc)[span[0]].islower() or low_list[span[1] - 1] in _USED_NOT_TOOLS:
            continue
        last = low_list[span[1] - 1]
        if ours or technique_head(last) and (last in METHOD_HEADS or last not in TASK_HEADS):
            cands.append(Cand(span[0], span[1], "METHOD", "used_phrase", "", 0.6))


def role_names(doc: Doc, cands: list[Cand]) -> None:
    """A capitalised role noun on its own inside an abstract sentence ("a Questioner and an Answerer
    collaborate", "the Resolver leverages ...", "a Meta-Refiner"): the name of one of the system's agents or
    modules, not a modifier ("a Teacher graph"), a word of a longer capitalised name or an example ("roles such
    as Planner and Critic"). Only past the first "we propose ..." window.

    Examples
    --------
    >>> from kg.extract.components.rules import try_rule
    >>> try_rule(role_names, "T\\n\\nWe propose a debate system. A Questioner and an Answerer collaborate.")
    ['Questioner', 'Answerer']
    """
    text_list, low_list = texts(doc), lowers(doc)
    windows = proposal_windows(doc)
    if not windows:
        return  # the roles of a system the paper describes as its own, not of one it surveys
    caps = cap_tokens(doc)
    role_set = agent_roles()
    heads = [i for i in caps if _role_head(low_list[i], text_list[i], role_set)]
    if not heads:
        return
    roles = [i for i in heads if low_list[i] != "agent"]
    sent_starts = sentence_starts(doc)
    cap_set = set(caps)
    # one mention in a clause defining a task by its participants makes the word the task's, everywhere
    role_words = {low_list[i] for i in roles}
    players = {low_list[i] for i in caps if low_list[i] in role_words and _task_player(doc, low_list, i)}
    for i in roles:
        if (i > windows[0][0] and i not in sent_starts and not in_capitalised_run(doc, cap_set, i)
                and low_list[i] not in players and not listed_example(doc, i)):
            cands.append(Cand(i, i + 1, "METHOD", "role_name", "", 0.6))
    for i in heads:
        start = named_agent_start(doc, cap_set, i) if i > windows[0][0] else None
        if start is not None and start not in sent_starts and not listed_example(doc, start):
            cands.append(Cand(start, i + 1, "METHOD", "role_name", "", 0.6))


def named_agent_start(doc: Doc, cap_set: set[int], i: int) -> int | None:
    """Where a Title Case name of one of the system's agents ends at token ``i`` ("a Paper Agent that interprets ...",
    "a VLM-Motion Critic that performs ...", "the Systems Engineering Agent"): its first word, or None. The head is
    "Agent" or a role noun (``agent_roles``), one to three capitalised or coined words stand before it, and none
    describes a kind of agent ("a Conversational Agent", "an LLM Agent", "GUI Agents").

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nA Paper Agent reads and a Conversational Agent talks to an AI Agent system.")
    >>> caps = set(cap_tokens(doc))
    >>> [doc[named_agent_start(doc, caps, i):i + 1].text for i in sorted(caps)
    ...  if named_agent_start(doc, caps, i) is not None]
    ['Paper Agent']
    """
    text_list, low_list = texts(doc), lowers(doc)
    if not _role_head(low_list[i], text_list[i], agent_roles()):
        return None
    if i + 1 < len(doc) and (i + 1 in cap_set or is_coined(text_list[i + 1]) or low_list[i + 1] in _AGENT_KINDS
                             or low_list[i + 1] in METHOD_HEADS or text_list[i + 1] == "-"):
        return None  # a longer name, or a modifier: "a Critic Network", "Planner Agent framework", "Agent-based"
    start = i
    while start > max(0, i - 3) and (start - 1 in cap_set or _agent_name_word(text_list[start - 1])):
        start -= 1
    while start < i and low_list[start] in STOP_WORDS:
        start += 1  # "The Extractor Agent identifies ..."
    if start == i or low_list[start] in GENERIC_MODIFIERS or _KIND_ADJECTIVE.search(low_list[start]):
        return None
    if start > 1 and low_list[start - 1] in ("a", "an") and low_list[start - 2] == "as":
        return None  # "a defender must act as a Double Agent": a role played, not a part of the system
    return start


def _role_head(low: str, text: str, roles: frozenset[str]) -> bool:
    """The word (lower case ``low``, as written ``text``) heads an agent's name: "Agent" or a role noun of ``roles``
    (a hyphened one by its last part: "Meta-Planner"), written as one capitalised word. The word test comes first:
    few words are role nouns, and the set look-up is cheaper than the pattern.

    >>> _role_head("agent", "Agent", frozenset()), _role_head("meta-planner", "Meta-Planner", frozenset({"planner"}))
    (True, True)
    >>> _role_head("planner", "PLANNER", frozenset({"planner"})), _role_head("planner", "Planner", frozenset())
    (False, False)
    """
    return (low == "agent" or low.rsplit("-", 1)[-1] in roles) and bool(_ROLE_WORD.match(text))


def _agent_name_word(text: str) -> bool:
    """A word of an agent's name before its head: capitalised with a lower-case letter, maybe coined ("VLM-Motion",
    "PostProcess"); an acronym alone ("LLM", "GUI", "AI") names a kind of agent.

    >>> _agent_name_word("VLM-Motion"), _agent_name_word("PostProcess"), _agent_name_word("LLM")
    (True, True, False)
    """
    return bool(_AGENT_NAME_WORD.match(text)) and not text.isupper()


def _task_player(doc: Doc, low: list[str], i: int) -> bool:
    """The word at ``i`` stands in a clause that defines a task by its participants, after "task, where" or
    "game in which" in the same sentence ("a dialog task, where a navigation agent (Navigator) and a guide ..."):
    a role of the task the paper sets, not an agent of its system.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We pose a new task, where a Seeker and a Hider play.")
    >>> _task_player(doc, lowers(doc), 8)
    True
    """
    start = sentence_of(doc, i)[0]
    for k in range(i - 1, start, -1):
        if low[k] in _RELATIVES:
            j = k - 1 - (low[k - 1] in (",", "in"))
            return j >= start and low[j] in _TASK_SETTING_NOUNS
    return False
