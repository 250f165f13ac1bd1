"""Corpus-level entity identity: one canonical id per method, dataset or task across papers."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from kg.exceptions import OptionError
from kg.extract.aliases import CURATED_LISTS, curated_synonym_lines, initials_spell, is_short_form_of, load_alias_table
from kg.extract.components.lexicon import ALIAS_WRAPPER_HEADS, DESCRIPTIVE_HEADS, TASK_HEADS, listed_spellings
from kg.extract.normalize import entity_key, is_plural_acronym, singular

__all__ = ["CanonicalEntity", "Resolver", "resolve_entities", "slugify", "KINDS"]

#: Entity kinds and the extraction-record field that holds each.
KINDS = {"method": "methods", "dataset": "datasets", "task": "tasks"}


@dataclass(frozen=True)
class CanonicalEntity:
    """One entity of the corpus: ``id`` is ``f"{kind}:{slug}"``, ``aliases`` every other form seen.

    Examples
    --------
    >>> e = resolve_entities([{"id": "1", "methods": [{"name": "ViT"}]}]).lookup("method", "ViT")
    >>> e.id, e.kind, e.name
    ('method:vit', 'method', 'ViT')
    """

    id: str
    kind: str
    name: str
    aliases: tuple[str, ...] = field(default_factory=tuple)


class Resolver:
    """Maps an extracted entity (name + aliases) of one kind to its :class:`CanonicalEntity`.

    Build it with :func:`resolve_entities`; it is read-only afterwards, except that an entity
    never seen while resolving gets a fresh id on first lookup (also stable for the run).

    Examples
    --------
    >>> r = resolve_entities([{"id": "1", "datasets": [{"name": "COCO"}]}])
    >>> r.lookup("dataset", "COCO").id
    'dataset:coco'
    """

    def __init__(self, groups: dict[str, "_Groups"]):
        self._groups = groups

    def lookup(self, kind: str, entity: Mapping[str, Any] | str) -> CanonicalEntity:
        """Return the canonical entity of ``entity`` (a dict with ``name``/``aliases`` or a name).

        Parameters
        ----------
        kind : {"method", "dataset", "task"}
        entity : dict or str
            An entity of an extraction record.

        Returns
        -------
        CanonicalEntity

        Raises
        ------
        OptionError
            For an unknown ``kind`` or an entity without a usable name.

        Examples
        --------
        >>> r = resolve_entities([{"id": "1", "methods": [{"name": "ViT"}]}])
        >>> r.lookup("method", {"name": "ViT"}).id
        'method:vit'
        """
        _check_kind(kind)
        forms = _forms(entity)
        if not forms:
            raise OptionError(f"entity has no name: {entity!r}")
        return self._groups[kind].lookup(forms)

    def entities(self, kind: str) -> list[CanonicalEntity]:
        """Return every canonical entity of ``kind`` seen in the corpus, sorted by id.

        Parameters
        ----------
        kind : {"method", "dataset", "task"}

        Returns
        -------
        list of CanonicalEntity

        Examples
        --------
        >>> r = resolve_entities([{"id": "1", "tasks": [{"name": "image classification"}]}])
        >>> [e.id for e in r.entities("task")]
        ['task:image-classification']
        """
        _check_kind(kind)
        return self._groups[kind].all_entities()


def resolve_entities(records: Iterable[Mapping[str, Any]], *, alias_table: bool = True) -> Resolver:
    """Group the entities of all ``records`` into corpus-level canonical entities.

    Rules, per kind (methods, datasets, tasks separately):

    1. Surface forms with the same :func:`~kg.extract.normalize.entity_key` are one entity.
    2. Forms written as aliases of one entity in a paper are linked, except *variants*: forms
       whose numbers differ (ImageNet-1K / ImageNet-22K, GPT-3 / GPT-4; a year's century and a
       version's ``.0`` do not count: AIME 2024 / AIME24) or where one key is a part of the other
       (RevCol / RevCol-H, Transformer / Vision Transformer) never merge; nor do two task names that share
       only their head word or last words ("statistical estimation" / "adversarial risk estimation", "synthetic data
       generation" / "body motion data generation"), nor two method names
       one of which narrows the other past a generic or part head ("attention mechanism" / "alternating
       attention") or overlaps its start ("scaling-aware Best-of-N" / "Best-of-N sampling"); nor does an alias that
       narrows another alias of its entity by modifiers the name lacks ("agentic RL" beside "RL" for "reinforcement
       learning", see :func:`_narrowing_aliases`).
    3. The forms one line of the kind's shipped curated term list gives (``COCO|MS COCO|MS-COCO|MSCOCO``
       in ``datasets_curated.txt``, see :data:`kg.extract.aliases.CURATED_LISTS`) are one entity when their numbers
       agree: a line may give a series and its versions (Kinetics / Kinetics-400 / Kinetics-700),
       which stay apart. A method's or dataset's dimension is no version ("3D Gaussian Splatting" /
       "Gaussian Splatting" on one line join; a task without its dimension is the broader task). An
       acronym the line expands ("CoT" on the chain-of-thought line) is an acronym link of rule 7;
       one that a form only wraps ("COCO" / "MS COCO") joins. A maker's name a line writes before another of its
       forms ("OpenAI o1" / "o1") may be left out of any method or dataset name ("OpenAI o3" / "o3"), spaced or
       hyphened ("OpenAI-o3-mini" / "o3-mini"), where the corpus writes the maker as a word of its own before some
       such name ("MS-DETR" stays: no method is written "MS X" beside "X"); never before a lower-case word or an
       acronym the corpus expands ("OpenAI CUA" / CUA, computer-use agents).
    4. Spellings that differ only by spaces, hyphens, a year's century, a version's point or "v" (Claude
       3.7 / claude-3-7, DALL-E 3 / DALL-E V3; not a size's: Qwen3-1.7B / Qwen3.1-7B), accents, a Greek letter
       or its name (Ψ-Sampler / Psi-Sampler, Mem-α / Mem-alpha), British /
       American spelling (MS-COCO / MSCOCO, Video-MME / VideoMME, AIME2024 / AIME24, Fréchet / Frechet,
       optimisation / optimization, modelling / modeling), a plural or an article inside ("LLMs reasoning" / "LLM
       reasoning", "VLM-as-a-judge" / "VLM-as-judge") are one entity, unless their numbers differ (Llama-2-7B /
       Llama-27B); for methods, a numbered product name with its tier word moved is one
       (Claude 3.5 Sonnet / Claude Sonnet 3.5; numbers in the same order) and a device and its use ("linear
       probe" / "linear probing"; not a generic head's activity, "language modeling"); for methods and
       tasks, a lower-case hyphened pair of words reads either way ("teacher-student" / "student-teacher",
       not "speech-to-text"); for tasks, "X synthesis" is "X generation" (image synthesis / image
       generation), "natural language X" is "language X", after a dimension, "object detection" is
       "detection" ("3D detection" / "3D object detection"; "video detection" often finds fakes), and a head's
       modifiers read in any order ("video deepfake detection" / "deepfake video detection").
    5. A one-word form linked to a multi-word form (``SAM`` / ``Segment Anything Model``) is an
       acronym link: it merges only when the short form abbreviates the long one (every letter
       in order, the first one starting a word) and, over the whole corpus, the short form is
       linked to exactly one long-form entity (spellings of one long form, like "class
       activation map" / "class activation mapping" or "learning from / with human feedback",
       words derived from each other, "differential privacy" / "differentially private", and a run
       of words written as its initials, "visual QA" / "visual question answering", count as one
       and merge). ``SAM`` written for both Segment Anything Model and
       Sharpness-Aware Minimization merges with neither; each long form keeps its own id. In a
       large corpus, an expansion given by at least 80% of the papers that expand the acronym
       (and at least 5; its spellings pooled) still merges with it; rarer expansions keep their
       own ids. For tasks, a long form the acronym does not abbreviate from its first word (VQA
       given with "medical visual question answering", a narrower task) neither expands it nor
       makes it ambiguous (see :func:`_rival_expansions`); for methods and datasets, nor does a long
       form that writes another fitting expansion with more words ("causal rotary position embedding"
       beside "rotary position embedding" for RoPE, "X loss" beside X). A multi-word form that holds the
       acronym as a word ("LoRA module", "dynamic LoRA") uses it and is never one of its
       expansions. A long form whose words' initials spell the whole acronym is no narrowing of a
       shorter claim ("Group Relative Policy Optimization" beside one paper's "Group Policy
       Optimization" for GRPO), and a rival that is the dominant expansion with a word left out, written
       nowhere else, joins it.
    6. A name plus a head word that only wraps it is the bare name's entity when both occur: for
       methods and datasets a generic head ("attention mechanism", "ResNet architecture",
       "nuScenes dataset"; "X loss" stays apart from "X"), for methods also "strategy" or "scheme" ("data
       augmentation strategy", :func:`_plan_head_pairs`); for tasks "generation" or "synthesis"
       after an X-to-Y task ("text-to-image generation"), "attack" after an attack ("jailbreak
       attacks"; not after a one-word task: "reconstruction attack") and "tasks" after any task ("software
       engineering tasks").
    7. The shipped alias table for methods (Papers with Code + curated, see
       :func:`kg.extract.aliases.load_alias_table`) and the acronyms the curated lines expand
       (rule 3) add acronym links, used only for short forms the corpus itself never expands, and, when no
       expansion dominates (rule 5), to join the acronym to the one they give if more than half of the
       papers that expand it give that one ("CAM": class activation map in 4 of 7, three coinages aside).
    8. A name that holds an acronym as a word and the same name with the acronym written out
       ("bidirectional LSTM" / "bidirectional long short-term memory", "clinical QA" / "clinical
       question answering") are one entity when the acronym's entity holds that long form (rules 5
       and 7) and the corpus expands the acronym one way only (not HOI, hand- and human-object interaction).

    The canonical name is the form most often used as an entity's ``name`` (then most often
    seen at all; then, for methods and datasets, a form with a capital letter, for tasks the
    form with fewest capitals; then the longer form; then alphabetical), written, for methods
    and tasks, in the best of its spellings (those with its key; dataset names stay as their
    authors write them, "Natural Questions", of spellings used alike the one the shipped curated list writes,
    "xbench-DeepSearch"):

    a. without TeX markup, when the corpus writes the same letters plain ("π_{0.5}" is named "π0.5");
    b. the singular when the corpus also writes it ("hallucination", not "hallucinations";
       "X of Ys" is no plural: "Mixture of Experts"); an acronym's plural drops its ``s``
       ("dLLMs" is named "dLLM");
    c. words in lower case rather than capitalised as in a title or at a sentence start, when
       the corpus also writes them so ("world model", "speculative decoding", "text-to-SQL"):
       for tasks always; for methods unless the capitalised spelling is used as a name more
       than twice as often as those (a proper name: "Stable Diffusion", "Swin Transformer"), is one
       word ("Transformer") or holds a number (a product's name: "Gemini 3 Flash"). Other capitals are no title case
       ("LLaMA" / "Llama" are counted only);
    d. then the most used, and of spellings used alike the one the curated list writes ("Qwen2", not "Qwen-2").

    A paper's entity resolves (:meth:`Resolver.lookup`) to the group of its multi-word form (an expansion is less
    ambiguous than an acronym), of an acronym name's long forms the one it spells ("ViT": "Vision Transformers", not
    "Hypergraph Vision Transformers"); a name with design heads or words after it ("LoRA fine-tuning") or a proper name
    narrowed by a modifier before it ("medical CLIP") resolves to the name.

    ``aliases`` are all other forms seen in the corpus. The id is ``kind:slug`` of the name; when two
    entities would get the same slug, each gets ``-`` plus six hex digits of a hash of its keys.

    Parameters
    ----------
    records : iterable of dict
        Extraction records (``methods``, ``datasets``, ``tasks`` lists of entity dicts or names).
    alias_table : bool, optional (default=True)
        Use the shipped acronym links of rule 7 (the method alias table, the curated lines' acronyms).

    Returns
    -------
    Resolver

    Examples
    --------
    >>> recs = [{"id": "a", "methods": [{"name": "ViT", "aliases": ["Vision Transformer"]}]},
    ...         {"id": "b", "methods": [{"name": "vision transformers", "aliases": []}]},
    ...         {"id": "c", "datasets": [{"name": "ImageNet-1K"}, {"name": "ImageNet-22K"}]}]
    >>> r = resolve_entities(recs)
    >>> r.lookup("method", {"name": "vision transformers"})
    CanonicalEntity(id='method:vit', kind='method', name='ViT', aliases=('Vision Transformer', 'vision transformers'))
    >>> r.lookup("dataset", {"name": "ImageNet-1K"}).id != r.lookup("dataset", {"name": "ImageNet-22K"}).id
    True
    """
    groups = {kind: _Groups(kind) for kind in KINDS}
    for record in records:
        if not isinstance(record, Mapping):
            continue
        for kind, fieldname in KINDS.items():
            for entity in record.get(fieldname) or []:
                forms = _forms(entity)
                if forms:
                    groups[kind].add(forms)
    for group in groups.values():
        group.finish(alias_table)
    return Resolver(groups)


def slugify(text: str) -> str:
    """Return an ASCII slug: lower case, runs of other characters as ``-``, ``+`` as ``plus``, a Greek letter as its
    name (``π0.5`` and ``π_{0.5}`` are ``pi-0-5``, not ``0-5``).

    Parameters
    ----------
    text : str

    Returns
    -------
    str
        Never empty: text with no ASCII letters or digits gives ``x`` plus a short hash.

    Examples
    --------
    >>> slugify("Vision Transformer"), slugify("C++"), slugify("Über-Net v2.0"), slugify("自监督")
    ('vision-transformer', 'cplusplus', 'uber-net-v2-0', 'x-16c14a')
    >>> slugify("π_{0.5}"), slugify("Mem-α"), slugify("µLO")
    ('pi-0-5', 'mem-alpha', 'mu-lo')
    """
    s = _GREEK.sub(_greek_name, unicodedata.normalize("NFKD", text)).replace("+", "plus").replace("#", "sharp")
    s = s.encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x-" + _hash(text)


# helpers

_TEX_MARKUP = re.compile(r"[{}$\\^]|_(?=[{\d])")  # "π_{0.5}", "X$^2$", "π_0"
# the Greek letters (U+03A2 between Ρ and Σ is unassigned: it has no name)
_GREEK = re.compile("[\u0391-\u03a1\u03a3-\u03a9\u03b1-\u03c9\u03d1\u03d5\u03f5]")


def _greek_name(m: re.Match[str]) -> str:
    """The name of the Greek letter ``m`` matched, set off by spaces ("π" -> " pi ").

    >>> _GREEK.sub(_greek_name, "π0.5"), _GREEK.sub(_greek_name, "Mem-λ")
    (' pi 0.5', 'Mem- lambda ')
    """
    return f" {unicodedata.name(m.group(0)).split()[-1].lower().replace('lamda', 'lambda')} "


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise OptionError(f"unknown entity kind {kind!r}; expected one of {sorted(KINDS)}")


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]


def _forms(entity: Any) -> list[tuple[str, str]]:
    """Return ``[(surface, key), ...]`` of an entity, its name first, without empty keys."""
    if isinstance(entity, str):
        surfaces = [entity]
    elif isinstance(entity, Mapping):
        aliases = entity.get("aliases") or []
        surfaces = [entity.get("name") or ""] + [a for a in aliases if isinstance(a, str)]
    else:
        return []
    out, seen = [], set()
    for surface in surfaces:
        if not isinstance(surface, str):
            continue
        surface = " ".join(surface.split())
        key = entity_key(surface)
        if key and surface not in seen:
            seen.add(surface)
            out.append((surface, key))
    return out


_WORD_SPLIT = re.compile(r"[\s\-\u2010-\u2015/]+")


def _singular_spelling(surface: str) -> str | None:
    """``surface`` in lower case with its last word singular, or None when it does not end in a plural ``s``.

    "X of Ys" is not a plural ("mixture of experts"), nor a capital S ("MemOS", "TIES").

    >>> _singular_spelling("Adversarial Attacks"), _singular_spelling("Mixture-of-Experts"), _singular_spelling("TIES")
    ('adversarial attack', None, None)
    """
    lower = surface.lower()
    if not surface.endswith("s") or "of" in _WORD_SPLIT.split(lower):
        return None
    head, space, last = lower.rpartition(" ")
    single = head + space + singular(last)
    return single if single != lower else None


def _title_words(surface: str) -> int:
    """How many words are capitalised like a title's: "Text-to-SQL" has one (Text), "LLM evaluation" none."""
    return sum(1 for w in _WORD_SPLIT.split(surface) if len(w) > 1 and w[0].isupper() and w[1:].islower())


def _proper_shaped(surface: str) -> bool:
    """A method spelling that keeps its capitals whatever the counts: one word ("Transformer": a capital there is
    no title's or sentence start's alone) or a number in it (a product: "Gemini 3 Flash").

    >>> _proper_shaped("Transformer"), _proper_shaped("Gemini 3 Flash"), _proper_shaped("World Model")
    (True, True, False)
    """
    return bool(_DIGITS.search(surface)) or len([w for w in _WORD_SPLIT.split(surface) if w]) == 1


def _lowers_words_of(other: str, surface: str) -> bool:
    """True when ``other`` is ``surface`` with some of its title-capitalised words in lower case.

    Separators may differ ("world-model" / "World Model"); other capitals may not ("LLaMA" / "Llama").

    >>> _lowers_words_of("world-model", "World Model"), _lowers_words_of("LLaMA", "Llama")
    (True, False)
    >>> _lowers_words_of("Gaussian splatting", "Gaussian Splatting"), _lowers_words_of("World Model", "world model")
    (True, False)
    """
    mine, theirs = _WORD_SPLIT.split(surface), _WORD_SPLIT.split(other)
    return len(mine) == len(theirs) and _title_words(other) < _title_words(surface) and \
        all(t == m or (t == m.lower() and m[1:].islower()) for m, t in zip(mine, theirs))


@lru_cache(maxsize=1 << 18)
def _is_acronym(surface: str) -> bool:
    """One token with two or more capitals (ViT, LoRA, AES, ResNet), or all capitals.

    >>> _is_acronym("ViT"), _is_acronym("AES"), _is_acronym("Transformer"), _is_acronym("Vision Transformer")
    (True, True, False, False)
    """
    if any(c.isspace() for c in surface):
        return False
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and (sum(c.isupper() for c in letters) >= 2 or all(c.isupper() for c in letters))


def _abbreviates_task(short: str, long: str) -> bool:
    """True when the acronym ``short`` abbreviates the whole task name ``long``, from its first word.

    A paper may give a broad task's acronym as an alias of its narrower task ("foundation monocular depth
    estimation" with "MDE"); :func:`~kg.extract.aliases.is_short_form_of` accepts that pair, but merging
    on it would make MDE the narrower task across the corpus. Method and dataset acronyms often skip a
    first word of their authors' long form ("Anti-Spoofing with Language Image Pretraining", SLIP), so
    only tasks are held to this.

    >>> _abbreviates_task("MDE", "monocular depth estimation")
    True
    >>> _abbreviates_task("MDE", "foundation monocular depth estimation")
    False
    """
    first = next((c for c in short if c.isalnum()), "")
    return long[:1].lower() == first.lower() and is_short_form_of(short, long)


def _expansion_rank(surface: str, key: str, name: str) -> tuple[bool, int]:
    """Sort key of an entity's form ``surface`` (key ``key``) as the meaning of its acronym ``name``: the forms the
    acronym abbreviates from their first word and does not stand in ("short SFT" uses SFT) first (of the long forms
    "Hypergraph Vision Transformers" and "Vision Transformers" a paper gave "ViT", the one it spells is its meaning),
    then those whose words' initials keep more of its letters (:func:`_initials_kept`, generic heads aside: "RRL" is
    "Retrospective Replay-based Reinforcement Learning" before "reinforcement learning"). One-word forms, and every
    form of a name that is no acronym, rank alike.

    >>> _expansion_rank("Retrospective Replay Learning", "retrospective replay learning", "RRL")
    (False, -3)
    >>> _expansion_rank("reinforcement learning", "reinforcement learning", "RRL")
    (False, -2)
    >>> _expansion_rank("RRL", "rrl", "RRL"), _expansion_rank("RL agent", "rl agent", "RRL")
    ((False, 0), (True, 0))
    >>> _expansion_rank("Hypergraph Vision Transformers", "hypergraph vision transformer", "ViT")
    (True, 0)
    >>> _expansion_rank("short SFT", "short sft", "SFT"), _expansion_rank("vision model", "vision model", "VM model")
    ((True, 0), (False, 0))
    """
    if _is_multiword(name) or not _is_acronym(name) or not _is_multiword(surface):
        return (False, 0)
    short = entity_key(name)
    if _wraps(key, short) or not _abbreviates_task(name, surface):
        return (True, 0)
    return (False, -_initials_kept(" ".join(_core_words(key)), short))


def _initials_kept(long: str, short: str) -> int:
    """How many letters of the acronym key ``short`` the words of ``long`` give by their first letters, in order (the
    longest common subsequence): "retrospective replay based reinforcement learning" keeps all three of "rrl",
    "reinforcement learning" two.

    >>> _initials_kept("retrospective replay based reinforcement learning", "rrl"), _initials_kept("rl agent", "rrl")
    (3, 1)
    """
    initials = [w[0] for w in long.split()]
    row = [0] * (len(initials) + 1)
    for letter in short:
        previous = 0
        for j, initial in enumerate(initials, 1):
            previous, row[j] = row[j], previous + 1 if letter == initial else max(row[j], row[j - 1])
    return row[-1]


def _head_twins(a: str, b: str) -> bool:
    """Two task names that share only their head word ("statistical estimation" / "adversarial risk estimation",
    "automatic summarization" / "radiology report summarization"): two tasks a paper's alias joined (a title's "X of
    Y" read object first), never linked; unless an acronym among one's modifiers abbreviates the other's ("OOD
    detection" / "out-of-distribution detection"). Method names share heads more loosely ("Swin DiT" / "Shifted
    Window DiTs") and are not held to it.

    >>> _head_twins("statistical estimation", "adversarial risk estimation")
    True
    >>> _head_twins("OOD detection", "out-of-distribution detection"), _head_twins("table VQA", "table QA")
    (False, False)
    """
    *mods_a, head_a = a.split()
    *mods_b, head_b = b.split()
    if singular(head_a.lower()) != singular(head_b.lower()) or not mods_a or not mods_b:
        return False
    if {singular(w.lower()) for w in mods_a} & {singular(w.lower()) for w in mods_b}:
        return False
    return not any(_is_acronym(w) and is_short_form_of(w, " ".join(long).replace("-", " "))
                   for mods, long in ((mods_a, mods_b), (mods_b, mods_a)) for w in mods)


def _tail_twins(a: str, b: str) -> bool:
    """Two task names that share only their last words past the head ("synthetic data generation" / "body motion data
    generation"): :func:`_head_twins` with the shared words read as one head.

    >>> _tail_twins("synthetic data generation", "body motion data generation")
    True
    >>> _tail_twins("speech recognition", "automatic speech recognition")
    False
    >>> _tail_twins("AR image generation", "autoregressive image generation")
    False
    """
    wa, wb = a.split(), b.split()
    n = 0
    while n < min(len(wa), len(wb)) and singular(wa[-1 - n].lower()) == singular(wb[-1 - n].lower()):
        n += 1
    if n < 2 or any(map(_is_acronym, wa[:-n] + wb[:-n])):  # "AR image generation": an acronym may write the other
        return False
    return _head_twins(" ".join(wa[:-n] + ["HEAD"]), " ".join(wb[:-n] + ["HEAD"]))


def _narrowed_or_crossed(a: str, b: str) -> bool:
    """Method keys ``a`` and ``b`` name a thing and a narrower or an overlapping one, past their generic heads: one
    holds the other's words and more ("attention mechanism" / "alternating attention"), or one's tail opens the
    other ("scaling-aware Best-of-N" / "Best-of-N sampling", a known name's modifier taken from a longer phrase).

    >>> _narrowed_or_crossed("attention mechanism", "alternating attention")
    True
    >>> _narrowed_or_crossed("scaling aware best of n", "best of n sampling")
    True
    >>> _narrowed_or_crossed("swin dit", "shifted window dit"), _narrowed_or_crossed("attention block", "attention")
    (False, False)
    """
    wa, wb = _core_words(a), _core_words(b)
    if wa == wb:
        return False
    if _holds_words(wa, wb) or _holds_words(wb, wa):
        return True
    return any(wa[-n:] == wb[:n] or wb[-n:] == wa[:n] for n in range(1, min(len(wa), len(wb))))


def _narrowing_aliases(keys: list[str], kind: str) -> set[str]:
    """The alias keys (``keys[1:]``; ``keys[0]`` is the name's) of one paper's entity that narrow another of its
    aliases by modifiers the name does not hold ("agentic RL" beside "RL" for "reinforcement learning", "real-world
    text-to-image" beside "text-to-image" for "text-to-image generation"): the paper's narrower entity, no spelling of
    the name. A method's trailing generic or design heads do not count (:func:`_core_words`: "RAG module" is RAG),
    and modifiers the name also holds keep the alias ("3D MOT" beside "MOT" for "3D multi-object tracking").
    Only words before count: words after name what is done with it ("CoT reasoning", "RL training").

    >>> sorted(_narrowing_aliases(["reinforcement learning", "rl", "agentic rl", "rl module", "rl training"], "method"))
    ['agentic rl']
    >>> _narrowing_aliases(["3 d multi object tracking", "mot", "3 d mot"], "task")
    set()
    """
    if len(keys) < 3:  # a name and at most one alias: no alias to narrow another
        return set()
    name_words = set(_singular_words(keys[0]))
    words = {k: (_core_words(k) if kind == "method" else _singular_words(k)) for k in keys}
    narrowed = set()
    for key in keys[1:]:
        mine = words[key]
        for other in keys[1:]:
            part = words[other]
            if _ends_with_words(mine, part) and not set(mine[:-len(part)]) <= name_words:
                narrowed.add(key)
                break
    return narrowed


# the part words a known method is written with (lexicon.py: "attention block", "a gating strategy")
_DESIGN_HEADS = frozenset(singular(w) for w in DESCRIPTIVE_HEADS | ALIAS_WRAPPER_HEADS)


def _core_words(key: str) -> list[str]:
    """The singular words of ``key`` without its trailing generic heads ("attention mechanism" -> ["attention"])."""
    words = _singular_words(key)
    while len(words) > 1 and (words[-1] in _GENERIC_HEADS or words[-1] in _DESIGN_HEADS):
        words = words[:-1]
    return words


_SPACE_OR_DASH = re.compile(r"[\s\-\u2010-\u2015]+")


@lru_cache(maxsize=1 << 18)
def _is_multiword(surface: str) -> bool:
    """Two or more of the words of ``surface`` (parted by spaces and dashes) are letters only.

    >>> _is_multiword("Vision Transformer"), _is_multiword("Llama-3"), _is_multiword("ViT")
    (True, False, False)
    """
    return sum(1 for w in _SPACE_OR_DASH.split(surface) if w.isalpha()) >= 2


def _is_variant(a: str, b: str) -> bool:
    """True when keys ``a`` and ``b`` name different versions/parts: never merge them.

    Numbers differ (ImageNet-1K / ImageNet-22K; a year's century and a version's ``.0`` aside:
    AIME 2024 / AIME24), or one is a part of the other (Transformer / Vision Transformer, RevCol /
    RevCol-H), unless the longer only adds a generic head word (k-means / k-means clustering,
    MSE / MSE loss, ImageNet / ImageNet dataset).
    """
    if _numbers(a) != _numbers(b):
        return True
    wa, wb = _singular_words(a), _singular_words(b)
    if len(wa) > len(wb):
        wa, wb = wb, wa
    if wb[:len(wa)] == wa and all(w in _GENERIC_HEADS for w in wb[len(wa):]):
        return False
    return _holds_words(wb, wa)


def _singular_words(key: str) -> list[str]:
    """The words of ``key``, each singular."""
    return [singular(w) for w in key.split()]


def _ends_with_words(words: list[str], part: list[str]) -> bool:
    """True when ``words`` are the words ``part`` with one or more before them: "agentic rl" narrows "rl".

    >>> _ends_with_words(["agentic", "rl"], ["rl"]), _ends_with_words(["rl"], ["rl"])
    (True, False)
    >>> _ends_with_words(["rl", "agent"], ["rl"])
    False
    """
    return len(words) > len(part) and words[-len(part):] == part


def _holds_words(words: list[str], part: list[str]) -> bool:
    """True when the word list ``part`` occurs, in order and together, in ``words``."""
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))


def _wraps(long_key: str, short_key: str) -> bool:
    """True when a multi-word key holds the short key as words: "lora module" and "dynamic lora" wrap "lora".

    Such a form is a use of the acronym, never its expansion.

    >>> _wraps("lora module", "lora"), _wraps("low rank adaptation", "lora")
    (True, False)
    """
    return _holds_words(_singular_words(long_key), _singular_words(short_key))


_DIGITS = re.compile(r"\d+")
_YEAR = re.compile(r"\b(?:19|20)(\d\d)\b")
_POINT_ZERO = re.compile(r"(?<=\d)\.0\b")


@lru_cache(maxsize=1 << 18)
def _plain_numbers(key: str) -> str:
    """``key`` with a year written as its last two digits and a version's ``.0`` dropped.

    >>> _plain_numbers("aime 2024"), _plain_numbers("spider 2.0"), _plain_numbers("llama 3.1 8 b")
    ('aime 24', 'spider 2', 'llama 3.1 8 b')
    """
    if not _DIGITS.search(key):
        return key
    return _POINT_ZERO.sub("", _YEAR.sub(r"\1", key))


def _numbers(key: str) -> list[str]:
    """The numbers of ``key``, as :func:`_plain_numbers` writes them ("aime 2024" -> ``["24"]``)."""
    return _DIGITS.findall(_plain_numbers(key))


# a version's point ("3.7 sonnet", "3.1 8 b"), not a size's ("2.7 b": 2.7 billion, not version 2 in size 7B)
_VERSION_POINT = re.compile(r"(?<=\d)\.(?=\d+(?!\d)(?! ?[bmkt]\b))")
# a version's "v" before its number after a name's letters, in a key without spaces ("dallev3", "yolov12"; not "ev2r")
_VERSION_V = re.compile(r"(?<=[a-z]{2})v(?=\d)")


# a dimension written before a name ("3D Gaussian Splatting", "3DGS", "4D"), not inside a word ("Ego-Exo4D")
_DIMENSION = re.compile(r"(?<![A-Za-z0-9])[1-4]D(?![a-z])")


def _line_numbers(form: str, kind: str) -> set[tuple[str, ...]]:
    """The numbers of a curated line's ``form``, as written and, for a method or dataset, without a dimension: a
    method line that gives a name with and without its dimension states one technique (a series with versions gives
    other numbers: Kinetics-400 / -700). A task named without its dimension is the broader task ("mesh generation"
    also meshes a finite-element domain; "shape generation" also makes 4D shapes).

    >>> sorted(_line_numbers("3D Gaussian Splatting", "method")), _line_numbers("3D mesh generation", "task")
    ([(), ('3',)], {('3',)})
    >>> _line_numbers("Kinetics-400", "dataset"), _line_numbers("DP3", "method")
    ({('400',)}, {('3',)})
    """
    numbers = {tuple(_numbers(entity_key(form)))}
    if kind != "task":
        numbers.add(tuple(_numbers(entity_key(_DIMENSION.sub(" ", form)))))
    return numbers


@lru_cache(maxsize=1 << 18)
def _spelling_key(key: str) -> str:
    """What spellings of one name share: the key without spaces, its numbers plain (MS-COCO / MSCOCO,
    AIME2024 / AIME24) and a version written with a point or a separator, with or without its "v", alike (Claude 3.7
    / claude-3-7, YOLOv12 / YOLO12; a size's point stays: Qwen3-1.7B is not Qwen3.1-7B), without accents, a Greek
    letter as its name (Ψ-Sampler / Psi-Sampler), in American spelling (optimisation / optimization, modelling /
    modeling).

    >>> _spelling_key("ms coco") == _spelling_key("mscoco"), _spelling_key("aime 2024") == _spelling_key("aime 24")
    (True, True)
    >>> _spelling_key("claude 3.7 sonnet") == _spelling_key("claude 3 7 sonnet"), _spelling_key("qwen 3 1.7 b")
    (True, 'qwen31.7b')
    >>> _spelling_key("dall e v 3") == _spelling_key("dall e 3"), _spelling_key("ev 2 r")
    (True, 'ev2r')
    >>> _spelling_key("sequence modelling") == _spelling_key("sequence modeling"), _spelling_key("colour constancy")
    (True, 'colorconstancy')
    >>> _spelling_key("ψ sampler") == _spelling_key("psi sampler"), _spelling_key("π 0.5") == _spelling_key("pi0.5")
    (True, True)
    """
    spelled = _ascii_letters(_VERSION_V.sub("", _VERSION_POINT.sub("", _plain_numbers(key)).replace(" ", "")))
    return _american(_GREEK.sub(lambda m: _greek_name(m).strip(), spelled) if not spelled.isascii() else spelled)


def _ascii_letters(text: str) -> str:
    """``text`` with accents dropped from Latin letters (Fréchet / Frechet, Möbius / Mobius); other letters kept.

    >>> _ascii_letters("fréchetmöbius"), _ascii_letters("μct")
    ('frechetmobius', 'μct')
    """
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_BRITISH_IS = re.compile(r"(?<=[a-z]{3})is(?=ation|e|ed|er|ing)")
_BRITISH_LL = re.compile(r"(?<=e)ll(?=ing|ed|er)")
_BRITISH_WORDS = {"colour": "color", "behaviour": "behavior", "neighbour": "neighbor", "centre": "center",
                  "fibre": "fiber"}
_BRITISH_WORD = re.compile("|".join(_BRITISH_WORDS))


@lru_cache(maxsize=1 << 18)
def _american(text: str) -> str:
    """``text`` (a key without spaces) with British -ise/-isation, -elling/-elled and colour-type words American.

    Only used to compare spelling keys: a word it misspells ("denoise" -> "denoize") meets no other form.

    >>> _american("tokeniserregularisation"), _american("labelledcolourneighbours"), _american("denoiseanalysis")
    ('tokenizerregularization', 'labeledcolorneighbors', 'denoizeanalysis')
    """
    text = _BRITISH_WORD.sub(lambda m: _BRITISH_WORDS[m.group(0)], text)
    return _BRITISH_LL.sub("l", _BRITISH_IS.sub("iz", text))


def _bucket_pairs(keys: Iterable[str], bucket: Callable[[str], Hashable | None]) -> list[tuple[str, str]]:
    """Pairs ``(first, other)`` of the keys that ``bucket`` puts together, ``first`` the alphabetically first of its
    bucket; a key whose bucket is None pairs with none.

    >>> _bucket_pairs(["ab", "b", "a", "ba"], len)
    [('a', 'b'), ('ab', 'ba')]
    >>> _bucket_pairs(["ab", "b", "a", "ba"], lambda key: len(key) if key != "b" else None)
    [('ab', 'ba')]
    """
    by_bucket: dict[Hashable, list[str]] = defaultdict(list)
    for key in sorted(keys):
        which = bucket(key)
        if which is not None:
            by_bucket[which].append(key)
    return [(same[0], key) for same in by_bucket.values() for key in same[1:]]


def _spelling_pairs(keys: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of keys that are spellings of one name (:func:`_spelling_key`), versions and sizes kept apart.

    Examples
    --------
    >>> _spelling_pairs(["video mme", "videomme", "llama 2 7 b", "llama 27 b", "aime 2024", "aime 24"])
    [('aime 2024', 'aime 24'), ('video mme', 'videomme')]
    """
    return [(a, b) for a, b in _bucket_pairs(keys, _spelling_key) if not _is_variant(a, b)]


def _reordered_name_pairs(keys: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of method keys of one numbered product name with its tier word moved ("claude 3.5 sonnet" / "claude
    sonnet 3.5", "llama 3 8 b instruct" / "llama 3 instruct 8 b"): the same first word, the same words and the same
    numbers in the same order. Unnumbered names keep their word order ("model attention" is no "attention model").

    >>> _reordered_name_pairs(["gemini 2.0 flash", "gemini flash 2.0", "phi 3 mini 4 k", "phi 4 mini 3 k"])
    [('gemini 2.0 flash', 'gemini flash 2.0')]
    """
    def shape(key: str) -> tuple | None:
        """First word, numbers in order and all words of a numbered name of three or more words; else None."""
        words = key.split()
        if len(words) > 2 and _DIGITS.search(key):
            return words[0], tuple(_numbers(key)), tuple(sorted(_plain_numbers(key).split()))
        return None

    return _bucket_pairs(keys, shape)


def _gerund_pairs(keys: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of method keys that name a device and its use ("linear probe" / "linear probing", "Kalman filter" /
    "Kalman filtering", "class activation map" / "mapping"): the last word and its "-ing" form. A generic head's
    "-ing" form names a field or a task ("language model" / "language modeling"), never paired.

    >>> _gerund_pairs(["linear probe", "linear probing", "soft prompt", "soft prompting", "language model",
    ...                "language modeling", "web search", "web searching"])
    [('linear probing', 'linear probe'), ('soft prompting', 'soft prompt'), ('web searching', 'web search')]
    """
    present = set(keys)
    pairs = []
    for key in sorted(present):
        head, _, last = key.rpartition(" ")
        if not head or not last.endswith("ing") or len(last) < 6:
            continue
        stem = last[:-3]
        for noun in (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else ""):
            if noun and noun not in _GENERIC_HEADS and f"{head} {noun}" in present:
                pairs.append((key, f"{head} {noun}"))
    return pairs


def _inner_plural_pairs(keys: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of keys of several words that are spellings of one name once every word is singular (the key makes only
    the last one so) and an article inside is dropped (:func:`_loose_words`): "LLMs reasoning" / "LLM reasoning",
    "medical images segmentation" / "medical image segmentation", "VLM-as-a-judge" / "VLM-as-judge", "Flowers102" /
    "Flower-102"; versions and sizes stay apart (:func:`_is_variant`).

    >>> _inner_plural_pairs(["llms reasoning", "llm reasoning", "vlm as a judge", "vlm as judge", "news recommendation",
    ...                      "new recommendation"])
    [('llm reasoning', 'llms reasoning'), ('vlm as a judge', 'vlm as judge')]
    """
    pairs = _bucket_pairs(keys, lambda key: _spelling_key(" ".join(_loose_words(key))) if " " in key else None)
    return [(a, b) for a, b in pairs if _spelling_key(a) != _spelling_key(b) and not _is_variant(a, b)]


_ARTICLES = frozenset("a an the".split())


def _loose_words(key: str) -> list[str]:
    """The words of ``key``, each singular, without an article inside (a first or last "a" may be a letter:
    "ImageNet-A").

    >>> _loose_words("llms as a judges"), _loose_words("imagenet a")
    (['llm', 'as', 'judge'], ['imagenet', 'a'])
    """
    words = _singular_words(key)
    return [w for i, w in enumerate(words) if not (w in _ARTICLES and 0 < i < len(words) - 1)]


# heads that only say a technique is applied ("data augmentation strategy"), as lexicon.py's DESCRIPTIVE_HEADS do
_PLAN_HEADS = frozenset("strategy scheme".split())


def _plan_head_pairs(keys: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of method keys "X strategy" / "X scheme" and "X" ("data augmentation strategy" / "data augmentation"): the
    head only says the technique X is applied. A name that holds a number is a product's ("Llama 3 scheme"): no pair.

    >>> _plan_head_pairs(["data augmentation", "data augmentation strategy", "positional encoding scheme",
    ...                   "positional encoding", "llama 3", "llama 3 scheme", "sampling strategy"])
    [('data augmentation strategy', 'data augmentation'), ('positional encoding scheme', 'positional encoding')]
    """
    present = set(keys)
    pairs = []
    for key in sorted(present):
        name, _, head = key.rpartition(" ")
        if singular(head) in _PLAN_HEADS and name in present and not _DIGITS.search(name):
            pairs.append((key, name))
    return pairs


def _modifier_order_pairs(surfaces: Mapping[str, Iterable[str]]) -> list[tuple[str, str]]:
    """Task keys (``surfaces``: key -> its surfaces) of three or more words written with the modifiers of one head in
    another order ("video deepfake detection" / "deepfake video detection", "3D open-vocabulary segmentation" /
    "open-vocabulary 3D segmentation"): the same words, a hyphened word kept whole ("video retrieval-augmented
    generation" is no "retrieval augmented video generation"), and no direction ("to", "of": "image-to-text" reads one
    way). Method names keep their order ("text-guided image decoder" / "image-guided text decoder").

    >>> _modifier_order_pairs({"video deepfake detection": ["video deepfake detection"],
    ...                        "deepfake video detection": ["deepfake video detection"],
    ...                        "video retrieval augmented generation": ["video retrieval-augmented generation"],
    ...                        "retrieval augmented video generation": ["retrieval augmented video generation"]})
    [('deepfake video detection', 'video deepfake detection')]
    """
    by_words: dict[tuple, set[str]] = defaultdict(set)
    for key, forms in sorted(surfaces.items()):
        for surface in forms:
            words = _singular_words(surface.lower())
            if len(words) >= 3 and not {"to", "of"} & set(_WORD_SPLIT.split(surface.lower())):
                by_words[(tuple(sorted(words[:-1])), words[-1])].add(key)
    pairs = set()
    for keys in by_words.values():
        first, *rest = sorted(keys)
        pairs.update((first, key) for key in rest)
    return sorted(pairs)


@lru_cache(maxsize=1)
def _curated_makers() -> frozenset[str]:
    """The makers' names (in lower case) that a curated term line writes before another of its forms ("OpenAI o1" /
    "o1", "MPI Sintel" / "Sintel", "LMSYS Chatbot Arena" / "Chatbot Arena"), shaped as an organisation's name:
    letters with a capital past the first ("OpenAI", "NIH"; not a dimension, "3D", nor a word, "Princeton").

    >>> sorted({"openai", "lmsys", "mpi", "princeton"} & _curated_makers())
    ['lmsys', 'mpi', 'openai']
    """
    makers = set()
    for kind in ("method", "dataset"):
        for forms in curated_synonym_lines(kind):
            for form in forms:
                first, _, rest = form.partition(" ")
                if rest in forms and first.isalpha() and first[0].isupper() and any(map(str.isupper, first[1:])):
                    makers.add(first.lower())
    return frozenset(makers)


def _maker_pairs(surfaces: Mapping[str, Iterable[str]], expanded: Iterable[str] = ()) -> list[tuple[str, str]]:
    """Method or dataset keys (``surfaces``: key -> its surfaces) of a name with and without its maker's name before it
    (:func:`_curated_makers`: "OpenAI o3" / "o3", "OpenAI-o3-mini" / "o3-mini"), both written in the corpus with the
    same numbers, the maker written as a word of its own before some such name ("MS-DETR" is another model where no
    method is written "MS X" beside "X"); the bare name is a proper one (a capital or a number: no lower-case word,
    "operator") and no acronym the corpus expands (``expanded``: "CUA", computer-using agents, is no "OpenAI CUA").

    >>> _maker_pairs({"openai o 3": ["OpenAI o3"], "o 3": ["o3"], "openai o 3 mini": ["OpenAI-o3-mini"],
    ...               "o 3 mini": ["o3-mini"], "openai operator": ["OpenAI Operator"], "operator": ["operator"],
    ...               "ms detr": ["MS-DETR"], "detr": ["DETR"], "openai cua": ["OpenAI CUA"], "cua": ["CUA"]},
    ...              expanded={"cua"})
    [('o 3', 'openai o 3'), ('o 3 mini', 'openai o 3 mini')]
    """
    makers, expanded = _curated_makers(), set(expanded)
    pairs = []
    for key in sorted(surfaces):
        maker, _, name = key.partition(" ")
        if maker in makers and name in surfaces and name not in expanded and _numbers(name) == _numbers(key) and \
                any(not s.islower() or _DIGITS.search(s) for s in surfaces[name]):
            pairs.append((name, key))
    # the makers written as a word of their own before such a name
    spaced = {key.partition(" ")[0] for _, key in pairs if any(s.split(" ", 1)[0].lower() == key.partition(" ")[0]
                                                               for s in surfaces[key])}
    pairs = [(name, key) for name, key in pairs if key.partition(" ")[0] in spaced]
    return pairs


_WORD_PAIR = re.compile(r"(?<![\w-])([a-z]{2,})-([a-z]{2,})(?![\w-])")  # "image-text", not "state-of-the-art"

# task head words that name the same kind of task: image synthesis is image generation
_SYNONYM_TASK_HEADS = {"synthesis": "generation"}


def _synonym_head_pairs(keys: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of task keys that differ only by a synonymous head word (:data:`_SYNONYM_TASK_HEADS`).

    >>> _synonym_head_pairs(["video synthesis", "video generation", "image synthesis", "data synthesis"])
    [('video synthesis', 'video generation')]
    """
    present = set(keys)
    pairs = []
    for key in sorted(present):
        words = key.split()
        if len(words) >= 2 and words[-1] in _SYNONYM_TASK_HEADS:
            other = " ".join(words[:-1] + [_SYNONYM_TASK_HEADS[words[-1]]])
            if other in present:
                pairs.append((key, other))
    return pairs


# "3D object detection" / "3D detection": what a detector finds in 3D is objects
_DIMENSION_OBJECT = re.compile(r"(?<=\b[1-4] d) object(?= detection$)")


def _dimension_detection_pairs(keys: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of task keys "X 3D object detection" / "X 3D detection" (any spelling of the latter: "multimodal 3D
    detection" / "multi-modal 3D object detection"). Without a dimension "X detection" may find other things than
    objects ("video detection" of fakes, "real-time detection" of intents): those pairs stay apart.

    >>> _dimension_detection_pairs(["3 d object detection", "3 d detection", "video object detection",
    ...                             "video detection"])
    [('3 d object detection', '3 d detection')]
    """
    by_spelling = {_spelling_key(key): key for key in sorted(keys, reverse=True)}
    pairs = []
    for key in sorted(by_spelling.values()):
        short = _DIMENSION_OBJECT.sub("", key)
        if short != key and _spelling_key(short) in by_spelling:
            pairs.append((key, by_spelling[_spelling_key(short)]))
    return pairs


def _natural_language_pairs(keys: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of task keys "natural language X" / "language X": one task (NLU is "language understanding").

    >>> _natural_language_pairs(["language understanding", "natural language understanding", "natural language QA"])
    [('natural language understanding', 'language understanding')]
    """
    present = set(keys)
    return [(key, key[len("natural "):]) for key in sorted(present)
            if key.startswith("natural language ") and key[len("natural "):] in present]


_GENERIC_HEADS = frozenset(
    """algorithm approach architecture benchmark clustering corpus dataset framework function
    layer loss mechanism method model module network technique""".split()
)


DOMINANT_SHARE = 0.8
"""An acronym with several expansions in the corpus merges with one that has this share of the papers."""
DOMINANT_MIN_PAPERS = 5


def _rival_expansions(longs: dict[str, bool], uf: "_UnionFind", kind: str, short: str) -> dict[str, list[str]]:
    """The long-form keys an acronym ``short`` is claimed for (``longs``: key -> initials match), by entity root.

    For tasks, a multi-word long form the acronym does not abbreviate from its first word is a narrower
    task written with the broad task's acronym ("medical visual question answering" given with VQA,
    "zero-shot text-to-speech" with TTS), no rival of "visual question answering"; one-word claims stay
    rivals. For methods and datasets every claim is one: a coined acronym's other expansion may fail the
    initials test (PACT: "Plan, Align, Commit, Think"), but one that only narrows another expansion the initials
    fit ("causal rotary position embedding" beside "rotary position embedding" for RoPE, a paper's variant written
    with the acronym of its base) is no rival meaning; unless its words' initials spell the whole acronym (then the
    shorter claim is a sloppy one: "Group Policy Optimization" beside "Group Relative Policy Optimization" for GRPO).

    >>> longs = {"rotary position embedding": True, "causal rotary position embedding": False}
    >>> _rival_expansions(longs, _UnionFind(), "method", "rope")
    {'rotary position embedding': ['rotary position embedding']}
    >>> longs = {"group relative policy optimization": True, "group policy optimization": True}
    >>> sorted(_rival_expansions(longs, _UnionFind(), "method", "grpo"))
    ['group policy optimization', 'group relative policy optimization']
    >>> longs = {"visual question answering": True, "medical visual question answering": False}
    >>> _rival_expansions(longs, _UnionFind(), "task", "vqa")
    {'visual question answering': ['visual question answering']}
    """
    by_root: dict[str, list[str]] = defaultdict(list)
    for k in longs:
        by_root[uf.find(k) if k in uf.parent else k].append(k)
    if kind != "task":
        broad = [k for k, ok in longs.items() if ok]
        return {root: keys for root, keys in by_root.items()
                if not all(_narrows_any(k, broad) and not _spells_acronym(k, short) for k in keys)}
    return {root: keys for root, keys in by_root.items() if any(longs[k] or " " not in k for k in keys)}


def _spells_acronym(long: str, short: str) -> bool:
    """True when the words of the long-form key ``long`` give, by their first letters, the acronym key ``short``.

    >>> _spells_acronym("group relative policy optimization", "grpo")
    True
    >>> _spells_acronym("group policy optimization", "grpo"), _spells_acronym("causal rotary position", "rope")
    (False, False)
    """
    return bool(short) and initials_spell(long.split(), short)


def _narrows_any(key: str, others: list[str]) -> bool:
    """True when ``key`` writes one of the keys ``others`` with more words (its words in order, singular or plural,
    and more) and spells none of them (:func:`_same_long_form`: "visual autoregressive modeling" is "visual
    autoregressive model", not a narrower "visual autoregressive").

    >>> _narrows_any("3 d morphable face model", ["3 d morphable model"])
    True
    >>> _narrows_any("canopy height map", ["canopy height model"]), _narrows_any("chain of thought", ["chain"])
    (False, True)
    """
    others = [other for other in others if other != key]
    if any(_same_long_form(key, other) for other in others):
        return False
    words = _singular_words(key)
    return any(len(words) > len(part) and _in_order(part, words) for part in map(_singular_words, others))


def _in_order(part: list[str], words: list[str]) -> bool:
    """True when every word of ``part`` occurs in ``words``, in order (others may come between)."""
    rest = iter(words)
    return all(word in rest for word in part)


def _pooled_votes(rivals: dict[str, list[str]], votes: Counter) -> list[tuple[int, str, list[str]]]:
    """An acronym's expansions (``rivals`` of :func:`_rival_expansions`, root -> long-form keys) with the spellings of
    one long form pooled (:func:`_pool_spellings`), as ``(papers, root, keys)``, most papers first (``votes``: long
    form -> papers linking it to the acronym).

    >>> _pooled_votes({"a": ["rl with verifiable reward"], "b": ["rl from verifiable reward"], "c": ["rl agent"]},
    ...               Counter({"rl with verifiable reward": 2, "rl from verifiable reward": 1, "rl agent": 2}))
    [(3, 'a', ['rl with verifiable reward', 'rl from verifiable reward']), (2, 'c', ['rl agent'])]
    """
    return sorted(((sum(votes[k] for k in keys), root, keys) for root, keys in _pool_spellings(rivals).items()),
                  reverse=True)


def _dominant_expansion(pooled: list[tuple[int, str, list[str]]], longs: dict[str, bool]) -> list[str]:
    """The long-form keys of the expansion most papers give an acronym, when it clearly dominates.

    In a large corpus a common acronym picks up rare or mistaken expansions (CNN: "convolutional
    neural network" in hundreds of papers, "cellular neural network" in two); the rule "exactly one
    expansion" would then leave CNN apart from convolutional neural network. The dominant
    expansion (of ``pooled``, :func:`_pooled_votes`: same-root long forms and spellings of one long form pooled)
    merges when it has at least :data:`DOMINANT_SHARE` of the papers and :data:`DOMINANT_MIN_PAPERS` of them; the
    rare expansions keep their own ids. ``longs``: long-form key -> its initials fit the acronym.

    >>> longs = {"convolutional neural network": True, "cellular neural network": True}
    >>> _dominant_expansion([(40, "c", ["convolutional neural network"]), (2, "d", ["cellular neural network"])], longs)
    ['convolutional neural network']
    >>> _dominant_expansion([(4, "c", ["convolutional neural network"]), (2, "d", ["cellular neural network"])], longs)
    []
    """
    total = sum(count for count, _, _ in pooled)
    count, _, keys = pooled[0]
    keys = sorted(k for k in keys if longs[k])
    if keys and count >= DOMINANT_MIN_PAPERS and count >= DOMINANT_SHARE * total and \
            (len(pooled) == 1 or pooled[1][0] < count):
        return keys
    return []


# head words that only wrap a name ("ResNet architecture"): the generic heads but those that name more than the name,
# "X loss", "X function", "X clustering" (a head outside the generic ones makes a variant, see _is_variant)
_WRAPPER_HEADS = _GENERIC_HEADS - {"clustering", "function", "loss"}


def _head_word_pairs(keys: Iterable[str], kind: str) -> list[tuple[str, str]]:
    """Pairs of keys of ``kind`` that differ only by a head word that wraps the name (:func:`_wraps_name`).

    Examples
    --------
    >>> _head_word_pairs(["attention", "attention mechanism", "imagenet dataset", "vision transformer"], "method")
    [('attention mechanism', 'attention')]
    >>> _head_word_pairs(["nuscene", "nuscenes dataset"], "dataset")
    [('nuscenes dataset', 'nuscene')]
    >>> _head_word_pairs(["text to image", "text to image generation", "image", "image generation"], "task")
    [('text to image generation', 'text to image')]
    """
    present = set(keys)
    pairs = []
    for key in sorted(present):
        words = key.split()
        if len(words) < 2:
            continue
        name = words[:-2] + [singular(words[-2])]  # the key of "nuScenes" is "nuscene"
        shorter = " ".join(name)
        if shorter in present and _wraps_name(kind, singular(words[-1]), name) and \
                (kind == "task" or not _is_variant(key, shorter)):  # task heads are judged by _wraps_name alone
            pairs.append((key, shorter))
    return pairs


def _wraps_name(kind: str, head: str, name: list[str]) -> bool:
    """True when the head word ``head`` after the words ``name`` still names the entity ``name`` names.

    Methods and datasets: a generic head ("ResNet architecture", "ImageNet dataset"). Tasks: "generation"
    or "synthesis" after an X-to-Y task ("text-to-image generation"), and "attack" after an attack
    ("jailbreak attack", "membership inference attack"), unless one word that is a task of its own
    ("reconstruction attack" is not reconstruction); "task" after any task ("software engineering tasks").

    >>> _wraps_name("task", "generation", ["text", "to", "video"]), _wraps_name("task", "generation", ["image"])
    (True, False)
    >>> _wraps_name("task", "attack", ["jailbreak"]), _wraps_name("task", "attack", ["inference"])
    (True, False)
    """
    if kind != "task":
        return head in _WRAPPER_HEADS
    if head == "task":  # "software engineering tasks" are software engineering
        return True
    if head in ("generation", "synthesis"):
        return "to" in name[1:-1]
    return head == "attack" and (len(name) > 1 or name[0] not in TASK_HEADS)


def _pool_spellings(rivals: dict[str, list[str]]) -> dict[str, list[str]]:
    """``rivals`` (root -> long-form keys) with the roots whose long forms are spellings of one pooled.

    >>> _pool_spellings({"a": ["rl with verifiable reward"], "b": ["rl from verifiable reward"], "c": ["rl agent"]})
    {'a': ['rl with verifiable reward', 'rl from verifiable reward'], 'c': ['rl agent']}
    """
    pooled: dict[str, list[str]] = {}
    for root, keys in sorted(rivals.items()):
        same = next((r for r, ks in pooled.items() if any(_one_rival_meaning(a, b) for a in ks for b in keys)), root)
        pooled.setdefault(same, []).extend(keys)
    return pooled


#: Word endings that derive one word of a long form from another ("differential privacy" / "differentially private",
#: "structural" / "structured", "vector quantization" / "vector quantized", "automatic" / "automated").
_DERIVING_ENDINGS = frozenset("e y al ally ial ed ing ic ical ically ion ation ization ize ized ise ised or er ar "
                              "atical cy te ly".split())


def _derived_word(x: str, y: str) -> bool:
    """True when words ``x`` and ``y`` share an opening of four or more letters and end in deriving endings.

    >>> [_derived_word(*p) for p in [("privacy", "private"), ("structural", "structured"), ("adapter", "adaptation")]]
    [True, True, True]
    >>> [_derived_word(*p) for p in [("recurrent", "recursive"), ("action", "activity"), ("continual", "continuous")]]
    [False, False, False]
    """
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    return n >= 4 and x[n:] in _DERIVING_ENDINGS | {""} and y[n:] in _DERIVING_ENDINGS | {""}


def _acronym_written(a: str, b: str) -> bool:
    """True when long-form key ``a`` is ``b`` with a run of two or more words written as their initials ("visual qa"
    / "visual question answering", "image sr" / "image super resolution"), or the other way round.

    >>> _acronym_written("visual qa", "visual question answering"), _acronym_written("visual qa", "video qa")
    (True, False)
    """
    wa, wb = a.split(), b.split()
    if len(wa) > len(wb):
        wa, wb = wb, wa
    extra = len(wb) - len(wa) + 1
    for i, word in enumerate(wa):
        if extra > 1 and wa[:i] == wb[:i] and wa[i + 1:] == wb[i + extra:] and \
                _spells_acronym(" ".join(wb[i:i + extra]), word):
            return True
    return False


def _one_rival_meaning(a: str, b: str) -> bool:
    """True when two long forms an acronym is claimed for write one meaning: spellings of one long form
    (:func:`_same_long_form`), words derived from each other ("differential privacy" / "differentially private") or
    a run of words written as its initials ("visual QA" / "visual question answering").

    >>> _one_rival_meaning("structural causal model", "structured causal model")
    True
    >>> _one_rival_meaning("human activity recognition", "human action recognition")
    False
    """
    if _same_long_form(a, b) or _acronym_written(a, b):
        return True
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(x == y or _derived_word(x, y) for x, y in zip(wa, wb))


#: Words a long form may swap without naming something else ("learning from / with verifiable rewards").
_SWAPPABLE_PREPOSITIONS = frozenset("by for from in on over through under using via with".split())


def _same_long_form(a: str, b: str) -> bool:
    """True for spellings of one long form: class activation map(ping), bird('s) eye view, RL from / with X.

    Words are compared in order, one-letter words ignored (a Greek letter marks a variant:
    β-VAE); each pair must be equal, one a prefix (3+ letters) of the other, or two
    prepositions. Recurrent / recursive neural network stay different.

    >>> _same_long_form("rl from human feedback", "rl with human feedback"), _same_long_form("β vae", "vae")
    (True, False)
    """
    wa = [w for w in a.split() if len(w) > 1 or not w.isascii()]
    wb = [w for w in b.split() if len(w) > 1 or not w.isascii()]
    if len(wa) != len(wb) or not wa:
        return False
    return all(x == y or (min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x)))
               or (x in _SWAPPABLE_PREPOSITIONS and y in _SWAPPABLE_PREPOSITIONS) for x, y in zip(wa, wb))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, x: str) -> None:
        self.parent.setdefault(x, x)

    def find(self, x: str) -> str:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:  # smaller key becomes the root: the result does not depend on input order
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


# the kind's pair finders of names that differ in writing only (rule 4 of :func:`resolve_entities`), in union order
_SYNONYM_PAIRS = {"task": (_synonym_head_pairs, _natural_language_pairs, _dimension_detection_pairs,
                           _inner_plural_pairs),
                  "method": (_reordered_name_pairs, _gerund_pairs, _inner_plural_pairs, _plan_head_pairs),
                  "dataset": (_inner_plural_pairs,)}


class _Groups:
    """The union-find over the keys of one kind, and the canonical entities it yields."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.uf = _UnionFind()
        self.name_count: Counter[str] = Counter()
        self.seen_count: Counter[str] = Counter()
        self.surfaces: dict[str, set[str]] = defaultdict(set)  # key -> surfaces
        self.key_of: dict[str, str] = {}  # surface -> key (its entity_key, read back, not computed again)
        self.direct: set[tuple[str, str]] = set()
        self.acronym: Counter[tuple[str, str, bool]] = Counter()  # (short key, long key, initials match) -> papers
        self.by_root: dict[str, CanonicalEntity] = {}
        self.named_roots: set[str] = set()  # roots of groups some paper writes as an entity's name
        self.extra: dict[tuple[str, ...], CanonicalEntity] = {}
        self.slugs: set[str] = set()

    def add(self, forms: list[tuple[str, str]]) -> None:
        self.name_count[forms[0][0]] += 1
        for surface, key in forms:
            self.uf.add(key)
            self.key_of[surface] = key
            self.seen_count[surface] += 1
            self.surfaces[key].add(surface)
        self._link(forms)

    def _link(self, forms: list[tuple[str, str]]) -> None:
        """Record what one paper's entity (``forms``: its name first, then its aliases) says of its keys: a direct link
        of the name and an alias that name one thing (:attr:`direct`, rules 2 and 4), or an acronym claim of a one-word
        form on a multi-word one (:attr:`acronym`, rule 5), never a link of variants or of a narrowing alias.

        >>> g = _Groups("method")
        >>> g.add(_forms({"name": "ViT", "aliases": ["Vision Transformer", "ViT-L"]}))
        >>> g.add(_forms({"name": "Video-LLM", "aliases": ["VideoLLM"]}))
        >>> sorted(g.direct), dict(g.acronym)
        ([('video llm', 'videollm')], {('vit', 'vision transformer', True): 1})
        """
        name, name_key = forms[0]
        narrowed = _narrowing_aliases([k for _, k in forms], self.kind)
        for surface, key in forms[1:]:
            if key == name_key or _is_variant(key, name_key) or key in narrowed:
                continue
            pair = (min(key, name_key), max(key, name_key))
            if _spelling_key(key) == _spelling_key(name_key):  # VideoLLM / Video-LLM
                self.direct.add(pair)
                continue
            multi_a, multi_b = _is_multiword(name), _is_multiword(surface)
            if multi_a and multi_b:
                if not (self.kind == "task" and (_head_twins(name, surface) or _tail_twins(name, surface))
                        or self.kind == "method" and _narrowed_or_crossed(key, name_key)):
                    self.direct.add(pair)
            elif multi_a or multi_b:
                short, skey, long, lkey = (surface, key, name, name_key) if multi_a else (name, name_key, surface, key)
                if _wraps(lkey, skey):  # "MSE loss" uses the acronym (a generic head: no variant), not expands it
                    self.direct.add(pair)
                else:
                    self.acronym[(skey, lkey, self._short_form_of(short, long))] += 1
            else:
                acro_a, acro_b = _is_acronym(name), _is_acronym(surface)
                if not acro_a and not acro_b:
                    self.direct.add(pair)
                elif acro_a != acro_b:  # AE / autoencoder: a claim on the acronym, never a merge
                    self.acronym[(name_key, key, False) if acro_a else (key, name_key, False)] += 1
                # two different acronyms (AE / AES, DV / DVS): no link

    def _short_form_of(self, short: str, long: str) -> bool:
        return _abbreviates_task(short, long) if self.kind == "task" else is_short_form_of(short, long)

    def _curated_links(self) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """The key pairs the curated term list gives as one entity, and the acronym / expansion pairs it states.

        Forms of a line join when their numbers agree (a line may give a series and its versions:
        Kinetics / Kinetics-400 / Kinetics-700), for methods and datasets also once a dimension is left out
        (:func:`_line_numbers`: "3D Gaussian Splatting" / "Gaussian Splatting"). An acronym the line expands ("CoT"
        on the line of "chain-of-thought") is an acronym claim like the alias table's, so an acronym the corpus
        expands otherwise keeps the acronym rule; one that only wraps a form ("COCO" / "MS COCO") joins.
        """
        joins, expansions = [], []
        for forms in curated_synonym_lines(self.kind):
            longs = [f for f in forms if _is_multiword(f)]
            by_numbers: dict[tuple[str, ...], list[str]] = defaultdict(list)  # numbers -> keys, as in _line_numbers
            for form in forms:
                key = entity_key(form)
                acronym = _is_acronym(form) and not _is_multiword(form)
                expanded = [long for long in longs if acronym and not _wraps(entity_key(long), key)
                            and self._short_form_of(form, long)]
                expansions.extend((form, long) for long in expanded)
                if key in self.uf.parent and not expanded:
                    for numbers in _line_numbers(form, self.kind):
                        by_numbers[numbers].append(key)
            joins.extend((keys[0], key) for keys in by_numbers.values() for key in keys[1:])
        return joins, expansions

    def _spellings(self) -> list[tuple[str, str]]:
        """:func:`_spelling_pairs` of the keys, except one-token names papers expand as different long forms.

        Coined acronyms collide once a hyphen goes: CD-T (Contextual Decomposition Transformer) is
        not CDT (Context Denoising Training). A name plus a head word that wraps it is no long form
        ("EPIC-Kitchens benchmark" / "EpicKitchens dataset" keep no spelling apart).
        """
        expanded: dict[str, set[str]] = defaultdict(set)  # one-token key -> roots of its long forms
        for short, long, valid in self.acronym:
            if valid:
                expanded[short].add(self.uf.find(long))
        for a, b in self.direct:  # "QR-T" / "Quantile Regression Transformer" is linked directly
            for short, long in ((a, b), (b, a)):  # "EPIC-Kitchens benchmark" only wraps its name: no expansion
                if self._one_token(short) and not self._one_token(long) and not _wraps(long, short):
                    expanded[short].add(self.uf.find(long))
        return [(a, b) for a, b in _spelling_pairs(self.uf.parent)
                if not (expanded[a] and expanded[b] and expanded[a].isdisjoint(expanded[b]))]

    def _swapped_pairs(self) -> list[tuple[str, str]]:
        """Method and task keys written with a lower-case hyphened pair of words read either way ("teacher-student" /
        "student-teacher", "image-text retrieval" / "text-image retrieval"), both ways hyphened; a direction
        ("speech-to-text"), a name ("Video-LLaVA" / "LLaVA-Video", two models) or an unhyphened reading
        ("mutual-contrastive learning" / "contrastive mutual learning") is no pair.
        """
        if self.kind == "dataset":
            return []
        pairs = []
        hyphened = ((key, s) for key, surfaces in self.surfaces.items() for s in surfaces if "-" in s and s.islower())
        for key, surface in sorted(hyphened):
            for m in _WORD_PAIR.finditer(surface):
                if "to" in m.groups():
                    continue
                swapped = entity_key(f"{surface[:m.start()]}{m.group(2)}-{m.group(1)}{surface[m.end():]}")
                other = f"{m.group(2)}-{m.group(1)}"
                if swapped != key and any(other in s for s in self.surfaces.get(swapped, ())):
                    pairs.append((key, swapped))
        return pairs

    def _one_token(self, key: str) -> bool:
        """Every surface of ``key`` is written without a space ("QR-T", "ViT")."""
        return not any(" " in s for s in self.surfaces.get(key, ()))

    def finish(self, shipped_acronyms: bool) -> None:
        for a, b in sorted(self.direct):
            self.uf.union(a, b)
        curated, expansions = self._curated_links()
        synonyms = [pair for find in _SYNONYM_PAIRS.get(self.kind, ()) for pair in find(self.uf.parent)]
        for a, b in curated + self._spellings() + synonyms + self._swapped_pairs() + \
                (_modifier_order_pairs(self.surfaces) if self.kind == "task"
                 else _maker_pairs(self.surfaces, (s for s, _, _ in self.acronym))):
            self.uf.union(a, b)
        for a, b in _head_word_pairs(self.uf.parent, self.kind):
            self.uf.union(a, b)
        table = []
        if shipped_acronyms:
            table = (list(load_alias_table()) if self.kind == "method" else []) + expansions
        claims: dict[str, dict[str, bool]] = defaultdict(dict)  # short -> long -> initials match
        votes: dict[str, Counter[str]] = defaultdict(Counter)  # short -> long -> papers linking them
        for (short, long, valid), count in sorted(self.acronym.items()):
            claims[short][long] = claims[short].get(long, False) or valid
            votes[short][long] += count
        table_claims: dict[str, dict[str, bool]] = defaultdict(dict)
        shipped: dict[str, set[str]] = defaultdict(set)  # short -> the long forms the table gives it
        for short, long in table:  # only for short forms the corpus never expands
            sk, lk = entity_key(short), entity_key(long)
            if sk and lk and sk in self.uf.parent and not _is_variant(sk, lk):
                shipped[sk].add(lk)
                if sk not in claims:
                    table_claims[sk][lk] = True
        claims.update(table_claims)
        merges, ambiguous = [], set()  # acronyms expanded in several ways, even if one dominates
        seen = self._seen_by_group()
        for short, longs in sorted(claims.items()):
            if not any(longs.values()):
                continue
            rivals = _rival_expansions(longs, self.uf, self.kind, short)
            keys = sorted(k for same in rivals.values() for k in same)
            valid = [k for k in keys if longs[k]]
            if not valid:
                continue
            if len(rivals) == 1:
                merges.append((short, valid[0]))
            elif all(_one_rival_meaning(valid[0], k) for k in keys):  # spelling variants only
                merges.extend((short, k) for k in keys)
            else:
                pooled = _pooled_votes(rivals, votes[short])
                dominant = _dominant_expansion(pooled, longs) or self._shipped_majority(pooled, longs, shipped[short])
                sloppy = self._sloppy_rivals(short, rivals, dominant, votes[short], seen)
                merges.extend((short, k) for k in dominant + sloppy)
                ambiguous.add(short)
        for short, long in merges:
            self.uf.add(long)
            self.uf.union(short, long)
        for a, b in self._acronym_word_pairs(ambiguous):
            self.uf.union(a, b)
        self._name_components()

    def _shipped_majority(self, pooled: list[tuple[int, str, list[str]]], longs: dict[str, bool],
                          shipped: set[str]) -> list[str]:
        """The long-form keys of an acronym's expansion that more than half of the papers expanding it give and that
        the shipped alias table or a curated line gives it too (``shipped``), when no expansion dominates
        (:func:`_dominant_expansion`): "CAM" is "class activation map" in 4 of 7 papers, three one-paper coinages
        aside, and in the table. Without the table's word, or with no majority, the acronym stays apart. ``pooled``:
        :func:`_pooled_votes`; ``longs``: long-form key -> its initials fit the acronym.

        >>> g = _Groups("method")
        >>> g.add(_forms("class activation map")), g.add(_forms("cross attention module"))
        (None, None)
        >>> pooled = [(4, "class activation map", ["class activation map"]),
        ...           (3, "cross attention module", ["cross attention module"])]
        >>> longs = {"class activation map": True, "cross attention module": True}
        >>> g._shipped_majority(pooled, longs, {"class activation map"}), g._shipped_majority(pooled, longs, set())
        (['class activation map'], [])
        """
        if not shipped:
            return []
        (count, _, keys), second = pooled[0], (pooled[1][0] if len(pooled) > 1 else 0)
        roots = {self.uf.find(k) for k in shipped if k in self.uf.parent}
        named = any(k in self.uf.parent and self.uf.find(k) in roots or any(_one_rival_meaning(k, s) for s in shipped)
                    for k in keys)
        if named and count > second and 2 * count > sum(c for c, _, _ in pooled):
            return sorted(k for k in keys if longs[k])
        return []

    def _sloppy_rivals(self, short: str, rivals: dict[str, list[str]], dominant: list[str], votes: Counter,
                       seen: Counter) -> list[str]:
        """The rival long-form keys of the acronym ``short`` that are its ``dominant`` expansion written with a word
        left out ("group policy optimization" for GRPO beside "group relative policy optimization"): the dominant's
        initials spell the acronym, the rival's do not, and the corpus writes the rival only as this acronym's
        expansion (a name of its own elsewhere, "reinforcement learning" beside DRL, is another entity): ``seen``,
        :meth:`_seen_by_group`, counts each group's uses, ``votes`` the papers linking a long form to the acronym.

        >>> g = _Groups("method")
        >>> g.add(_forms("group relative policy optimization")), g.add(_forms("group policy optimization"))
        (None, None)
        >>> rivals = {"group policy optimization": ["group policy optimization"],
        ...           "group relative policy optimization": ["group relative policy optimization"]}
        >>> votes = Counter({"group relative policy optimization": 5, "group policy optimization": 1})
        >>> g._sloppy_rivals("grpo", rivals, ["group relative policy optimization"], votes, g._seen_by_group())
        ['group policy optimization']
        >>> g.add(_forms("group policy optimization"))  # a paper names it on its own: another entity
        >>> g._sloppy_rivals("grpo", rivals, ["group relative policy optimization"], votes, g._seen_by_group())
        []
        """
        full = [k for k in dominant if _spells_acronym(k, short)]
        if not full:
            return []
        sloppy = []
        for root, keys in sorted(rivals.items()):
            if self.uf.find(root) == self.uf.find(full[0]):
                continue
            if not all(not _spells_acronym(k, short) and _narrows_any(full[0], [k]) for k in keys):
                continue
            if seen[self.uf.find(root)] <= sum(votes[k] for k in keys):
                sloppy.extend(keys)
        return sloppy

    def _seen_by_group(self) -> Counter[str]:
        """How often the forms of each group (by root) are seen in the corpus: read once, not per acronym.

        >>> g = _Groups("method")
        >>> g.add(_forms({"name": "LoRA", "aliases": ["LoRA"]})), g.add(_forms("lora")), g.add(_forms("DoRA"))
        (None, None, None)
        >>> sorted(g._seen_by_group().items())
        [('dora', 1), ('lora', 2)]
        """
        seen: Counter[str] = Counter()
        for key in self.uf.parent:
            seen[self.uf.find(key)] += sum(self.seen_count[s] for s in self.surfaces.get(key, ()))
        return seen

    def _acronym_word_pairs(self, ambiguous: set[str]) -> list[tuple[str, str]]:
        """Pairs of keys that differ by an acronym written out as a word of a longer name ("bidirectional lstm" /
        "bidirectional long short term memory"), where the acronym's entity holds that long form: an acronym
        the corpus expands in several ways (``ambiguous``; HOI: hand- or human-object interaction), or joins to
        another long form, is never written out.
        """
        members: dict[str, list[str]] = defaultdict(list)
        for key in self.uf.parent:
            if " " in key:
                members[self.uf.find(key)].append(key)
        acronyms = {key for key, surfaces in self.surfaces.items()
                    if " " not in key and key not in ambiguous and any(map(_is_acronym, surfaces))}
        pairs = []
        for key in sorted(self.surfaces):
            words = key.split()
            for i, word in enumerate(words if len(words) > 1 else []):
                if word not in acronyms or self.uf.find(word) == self.uf.find(key):
                    continue  # no acronym, or the name is the acronym's own entity ("offline SfM" of SfM)
                for long in members[self.uf.find(word)]:
                    written = " ".join(words[:i] + [long] + words[i + 1:])
                    if written in self.surfaces and not _wraps(long, word):  # "lora module" is no expansion
                        pairs.append((key, written))
        return pairs

    def _name_components(self) -> None:
        members: dict[str, list[str]] = defaultdict(list)
        for key in self.uf.parent:
            members[self.uf.find(key)].append(key)
        drafts = {}
        for root, keys in members.items():
            surfaces = sorted({s for k in keys for s in self.surfaces.get(k, ())})
            if not surfaces:  # a long form known only from the alias table
                continue
            name = self._display_name(surfaces)
            if any(self.name_count[s] for s in surfaces):
                self.named_roots.add(root)
            drafts[root] = (name, tuple(s for s in surfaces if s != name), sorted(keys))
        by_slug: dict[str, list[str]] = defaultdict(list)
        for root, (name, _, _) in drafts.items():
            by_slug[slugify(name)].append(root)
        for slug, roots in by_slug.items():
            for root in roots:
                name, aliases, keys = drafts[root]
                final = slug if len(roots) == 1 else f"{slug}-{_hash(chr(31).join(keys))}"
                self.slugs.add(final)
                self.by_root[root] = CanonicalEntity(f"{self.kind}:{final}", self.kind, name, aliases)

    def _display_name(self, surfaces: list[str]) -> str:
        """The entity's name: its most used form (:meth:`_name_rank`), in the spelling of that form that reads best.

        Dataset names are their authors' and stay as most often written ("Natural Questions"; of spellings used alike,
        the one the shipped curated list writes: "xbench-DeepSearch", not "XBench-DeepSearch"). For methods
        and tasks, a leading form with TeX markup gives way to its letters written plain ("π_{0.5}": "π0.5");
        among the forms with the leading form's key (its words, up to case, hyphens and a plural),
        :meth:`_spelling_rank` decides, and an acronym's plural drops its ``s`` ("dLLMs" is named "dLLM").
        """
        leader = min(surfaces, key=self._name_rank)
        key = self.key_of[leader]
        if self.kind == "dataset":  # of the spellings used alike, the curated list's ("xbench-DeepSearch")
            use = self._name_rank(leader)[:2]
            return min((s for s in surfaces if self.key_of[s] == key and self._name_rank(s)[:2] == use),
                       key=lambda s: (self._unlisted(s), self._name_rank(s)))
        if _TEX_MARKUP.search(leader):  # "π_{0.5}" reads better as the same letters without markup, "π0.5"
            letters = key.replace(" ", "")
            plain = [s for s in surfaces if not _TEX_MARKUP.search(s) and self.key_of[s].replace(" ", "") == letters]
            if plain:
                leader = min(plain, key=self._name_rank)
                key = self.key_of[leader]
        spellings = [s for s in surfaces if self.key_of[s] == key]
        name = leader
        if len(spellings) > 1:  # most entities are written one way: no spelling to weigh
            lowered = {s.lower() for s in spellings}
            name = min(spellings, key=lambda s: self._spelling_rank(s, spellings, lowered))
        return name[:-1] if is_plural_acronym(name) else name

    def _spelling_rank(self, surface: str, spellings: list[str], lowered: set[str]) -> tuple:
        """Sort key of one spelling of a name: no TeX markup, the singular, then the case running text uses, then use.

        A spelling with TeX markup ("π_{0.5}", "X$^2$") gives way to the plain one ("π0.5").

        A plural the corpus also writes in the singular comes last ("hallucinations" / "hallucination").
        A spelling with words capitalised as in a title ("World Model", "Text-to-SQL": titles and sentence
        starts) gives way to the same words in lower case ("world model", "text-to-SQL"): always for tasks,
        which are common nouns; for methods unless it is used as a name more than twice as often (then it
        is a proper name: "Stable Diffusion", "Gaussian Splatting"), is one word ("Transformer") or holds a
        number (a product's name: "Gemini 3 Flash"). ``lowered`` is the set of ``spellings`` in lower case.
        """
        plural = not is_plural_acronym(surface) and _singular_spelling(surface) in lowered
        lower_use = [s for s in spellings if _lowers_words_of(s, surface)]
        # on a tie in use, a spelling with its words in lower case wins even over a proper name's
        tie = bool(lower_use) and not (_proper_shaped(surface) if self.kind != "task" else _DIGITS.search(surface))
        return ((bool(_TEX_MARKUP.search(surface)), plural, self._needless_title_case(surface, lower_use),
                 -self.name_count[surface], -self.seen_count[surface], tie, self._unlisted(surface))
                + self._name_rank(surface))

    def _needless_title_case(self, surface: str, lower_use: list[str]) -> bool:
        """True when ``surface`` capitalises words that its spellings ``lower_use`` write in lower case, and is no
        proper name: always for a task; for a method unless it is one word, holds a number or is used as a name more
        than twice as often as those."""
        if not lower_use:
            return False
        if self.kind == "task":
            return True
        return not _proper_shaped(surface) and \
            self.name_count[surface] <= 2 * sum(self.name_count[s] for s in lower_use)

    def _name_rank(self, surface: str) -> tuple:
        """Sort key of a form as the entity's name: most used as a name, then most seen, then case, length, text."""
        capitals = sum(map(str.isupper, surface))
        # tasks are written in lower case (acronyms aside); other kinds prefer a capitalised form
        case = capitals if self.kind == "task" else -min(capitals, 1)
        return (-self.name_count[surface], -self.seen_count[surface], case, -len(surface.split()), surface)

    def _unlisted(self, surface: str) -> bool:
        """True unless ``surface`` (a form seen) is the spelling the kind's shipped curated list writes its key in
        ("xbench-DeepSearch", "IMDb", "Spider").

        >>> g = _Groups("dataset")
        >>> g.add(_forms("XBench-DeepSearch")), g.add(_forms("xbench-DeepSearch"))
        (None, None)
        >>> g._unlisted("xbench-DeepSearch"), g._unlisted("XBench-DeepSearch")
        (False, True)
        """
        return listed_spellings(CURATED_LISTS[self.kind]).get(self.key_of[surface]) != surface

    def lookup(self, forms: list[tuple[str, str]]) -> CanonicalEntity:
        known = [(s, k) for s, k in forms if k in self.uf.parent and self.uf.find(k) in self.by_root]
        if known:
            # Prefer the entity of a multi-word form (an expansion is less ambiguous than an
            # acronym), then the entity of the name; a use of a method's or dataset's proper
            # name ("medical CLIP", "frozen YOLOv11" beside "CLIP", "YOLOv11") is no expansion,
            # and the name with design heads or words after it ("Mamba block", "LoRA fine-tuning") is the name;
            # of an acronym name's long forms, one it spells ("ViT": "Vision Transformers", not "Hypergraph ...").
            name, name_key = forms[0]
            surface, key = min(known, key=lambda f: (
                not _is_multiword(f[0]) or self._narrows_name(f[1], name, name_key),
                _expansion_rank(f[0], f[1], name), forms.index(f)))
            if known[0][1] == name_key and self._uses_name(surface, key, name, name_key):
                key = name_key
            return self.by_root[self.uf.find(key)]
        signature = tuple(sorted(k for _, k in forms))
        if signature not in self.extra:
            name = forms[0][0]
            slug = slugify(name)
            if slug in self.slugs:
                slug = f"{slug}-{_hash(chr(31).join(signature))}"
            self.slugs.add(slug)
            aliases = tuple(sorted({s for s, _ in forms[1:]}))
            self.extra[signature] = CanonicalEntity(f"{self.kind}:{slug}", self.kind, name, aliases)
        return self.extra[signature]

    def _uses_name(self, surface: str, key: str, name: str, name_key: str) -> bool:
        """True when the method or dataset form ``surface`` (key ``key``) is the ``name`` with design heads
        ("transformer block", "Mamba block") or the name as written and more words after it ("LoRA fine-tuning" of
        "LoRA", "KITTI leaderboard" of "KITTI"; not "Mini International Neuropsychiatric Interview", an expansion
        of "MINI", nor "DP-SGD"): a use of the name, no expansion to resolve to. Words before name another thing
        ("agentic RL"), and a task's longer form is the narrower task ("lesion detection").

        >>> g = _Groups("method")
        >>> g._uses_name("LoRA fine-tuning", "lora fine tuning", "LoRA", "lora")
        True
        >>> g._uses_name("Mamba block", "mamba block", "Mamba", "mamba"), g._uses_name("DP-SGD", "dp sgd", "DP", "dp")
        (True, False)
        >>> g._uses_name("Mini International Neuropsychiatric Interview",
        ...              "mini international neuropsychiatric interview", "MINI", "mini")
        False
        >>> _Groups("task")._uses_name("lesion detection", "lesion detection", "lesion", "lesion")
        False
        """
        if self.kind == "task":
            return False
        if _core_words(key) == _core_words(name_key):
            return True
        written = name.split()  # "DP-SGD" is a name of its own, no use of "DP"
        return surface.split()[:len(written)] == written and len(key.split()) > len(name_key.split())

    def _narrows_name(self, key: str, name: str, name_key: str) -> bool:
        """True when the method or dataset form ``key`` is the proper ``name`` (capitalised) narrowed by modifiers
        before it ("medical clip" of "CLIP"): a span the paper wrote around the name, not another entity. Lower-case
        names keep their narrowed forms ("persona-based distillation"), and so do tasks, whose narrowed forms are the
        more specific task ("disease detection"). A narrowed form some paper writes as an entity's name is another
        model ("video LLaMA" beside a paper's "Video-LLaMA", "chinese CLIP" beside "Chinese CLIP")."""
        if self.kind == "task" or key == name_key or name.islower():
            return False
        words, name_words = _singular_words(key), _singular_words(name_key)
        return _ends_with_words(words, name_words) and self.uf.find(key) not in self.named_roots

    def all_entities(self) -> list[CanonicalEntity]:
        return sorted(self.by_root.values(), key=lambda e: e.id)
