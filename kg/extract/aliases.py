"""The shipped method alias table (short form <-> long form) and how it is derived."""

from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources
from typing import Iterable, Sequence

from kg.exceptions import InputError
from kg.extract.components.lexicon import GAZETTEERS, read_data_lines

__all__ = ["load_alias_table", "curated_synonym_lines", "build_pwc_alias_table", "is_short_form_of", "initials_spell",
           "PWC_TABLE", "CURATED_TABLE", "CURATED_LISTS"]

PWC_TABLE = "pwc_method_aliases.jsonl"
CURATED_TABLE = "curated_method_aliases.jsonl"
#: The hand-curated term list of each entity kind: a line's ``|``-separated forms are one entity.
CURATED_LISTS = {label.lower(): fname for label, fname in GAZETTEERS if fname.endswith("_curated.txt")}


def is_short_form_of(short: str, long: str) -> bool:
    """Return True when ``short`` can abbreviate ``long`` (Schwartz & Hearst, 2003).

    Every letter or digit of ``short`` must occur in ``long`` in the same order, and the first
    one must start a word of ``long``. ``long`` must have more than one word.

    Parameters
    ----------
    short : str
        A candidate acronym or short name, e.g. ``"ViT"``.
    long : str
        A candidate long form, e.g. ``"Vision Transformer"``.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_short_form_of("ViT", "Vision Transformer"), is_short_form_of("Conda", "Column-Normalized Adam")
    (True, True)
    >>> is_short_form_of("dhf", "dfh"), is_short_form_of("BERT", "Vision Transformer")
    (False, False)
    """
    chars = [c.lower() for c in short if c.isalnum()]
    words = long.replace("-", " ").split()
    if not chars or len(words) < 2 or len(chars) > len(long):
        return False
    text = " ".join(words).lower()
    j = len(text) - 1
    for i in range(len(chars) - 1, -1, -1):
        c = chars[i]
        while j >= 0 and (text[j] != c or (i == 0 and j > 0 and text[j - 1].isalnum())):
            j -= 1
        if j < 0:
            return False
        j -= 1
    return True


def initials_spell(words: Sequence[str], letters: str, *, skip: frozenset[str] = frozenset(), prefix: bool = False,
                   loose: bool = False) -> bool:
    """Return True when ``words`` (a phrase's words or hyphen parts, in order) spell all of ``letters`` (lower case)
    by their openings: each word gives its first letter, compared in lower case.

    The one reading of initials of the alias code (it sits here, beside :func:`is_short_form_of`, because every
    module that pairs a short form with a long form imports this one): the merges of ``entity_passes``, the coined
    names of ``entity_names`` and the acronym definitions of ``abbreviations``. Where they read a short form
    differently, a parameter says how; a word list a reading leaves out (stop words, all at once) is left out by the
    caller.

    Parameters
    ----------
    words : sequence of str
        The words, in order; a word in ``skip`` may give no letter.
    letters : str
        The lower-case letters to spell.
    skip : frozenset of str
        Lower-case words that may give no letter ("of" in "Abstract Chain-of-Thought" for "abstractcot").
    prefix : bool
        A word may give more of its opening letters ("Belief Memory" spells "beliefmem").
    loose : bool
        After the first word's initial, the letters may be read anywhere in the words, in order, a word giving none
        (the Schwartz-Hearst reading of :func:`is_short_form_of`: "Locality-Aware Attention Transformer" spells
        "laf"); ``skip`` and ``prefix`` play no part then.

    Returns
    -------
    bool

    Examples
    --------
    >>> initials_spell(["Chain", "of", "Events"], "coe"), initials_spell(["Chain", "of", "Events"], "ce")
    (True, False)
    >>> initials_spell(["Chain", "of", "Events"], "ce", skip=frozenset({"of"}))
    True
    >>> words = ["Belief", "Memory"]
    >>> initials_spell(words, "beliefmem"), initials_spell(words, "beliefmem", prefix=True)
    (False, True)
    >>> initials_spell(["Locality", "Aware", "Attention", "Transformer"], "laf", loose=True)
    True
    """
    if loose:
        return bool(words) and words[0][:1].lower() == letters[:1] and is_short_form_of(letters, " ".join(words))

    # one pass over the words, keeping every count of letters the words so far can spell: no memo to build per call
    spelled = {0}
    for word in words:
        after = set(spelled) if word.lower() in skip else set()
        for i in spelled:
            k = 1
            while k <= len(word) and i + k <= len(letters) and word[k - 1].lower() == letters[i + k - 1]:
                after.add(i + k)
                if not prefix:
                    break
                k += 1
        if not after:
            return False
        spelled = after
    return len(letters) in spelled


def build_pwc_alias_table(path: str | os.PathLike) -> list[list[str]]:
    """Derive ``[short, long]`` method pairs from a Papers with Code ``methods.json`` export.

    A pair is kept when ``name`` is one word, ``full_name`` has several words, none of them
    ``name``, and no ``:``, `` - `` or ``(`` (which mark a title or a note rather than an
    expansion), and ``name`` abbreviates ``full_name`` (:func:`is_short_form_of`). Pairs are deduplicated and sorted.

    Parameters
    ----------
    path : path-like
        The JSON array (``name``, ``full_name`` per entry).

    Returns
    -------
    list of [str, str]

    Raises
    ------
    InputError
        When the file is not a JSON array of objects.

    Examples
    --------
    >>> import tempfile, pathlib, json
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "m.json"
    >>> _ = p.write_text(json.dumps([{"name": "RBF", "full_name": "Radial Basis Function"},
    ...                              {"name": "Adam", "full_name": "Adam"}]))
    >>> build_pwc_alias_table(p)
    [['RBF', 'Radial Basis Function']]
    """
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as err:
        raise InputError(f"{path}: cannot read Papers with Code methods: {err}") from err
    if not isinstance(data, list):
        raise InputError(f"{path}: expected a JSON array of methods")
    pairs = set()
    for entry in data:
        if not isinstance(entry, dict):
            continue
        name = " ".join(str(entry.get("name") or "").split())
        full = " ".join(str(entry.get("full_name") or "").split())
        if not name or " " in name or " " not in full or any(m in full for m in (":", " - ", "(")):
            continue
        if name.lower() in full.lower().replace("-", " ").split():  # "GloVe" / "GloVe Embeddings"
            continue
        if is_short_form_of(name, full):
            pairs.add((name, full))
    return [list(p) for p in sorted(pairs)]


@lru_cache(maxsize=1)
def load_alias_table() -> tuple[tuple[str, str], ...]:
    """Return the shipped ``(short, long)`` method alias pairs: Papers with Code + curated.

    The Papers with Code part is CC BY-SA 4.0 (see ``kg/extract/data/SOURCES.md``).

    Returns
    -------
    tuple of (str, str)

    Examples
    --------
    >>> table = load_alias_table()
    >>> ("ViT", "Vision Transformer") in table and ("RBF", "Radial Basis Function") in table
    True
    """
    pairs: list[tuple[str, str]] = []
    for name in (PWC_TABLE, CURATED_TABLE):
        text = resources.files("kg.extract").joinpath("data", name).read_text(encoding="utf-8")
        pairs.extend(_parse_pairs(text.splitlines(), name))
    return tuple(dict.fromkeys(pairs))


@lru_cache(maxsize=None)
def curated_synonym_lines(kind: str) -> tuple[tuple[str, ...], ...]:
    """Return the forms of each line of the curated term list of ``kind`` (:data:`CURATED_LISTS`) that gives more
    than one form: the names the list says are one entity.

    Examples
    --------
    >>> ("COCO", "MS COCO", "MS-COCO", "MSCOCO") in curated_synonym_lines("dataset")
    True
    """
    lines = (ln.split("|") for ln in read_data_lines(CURATED_LISTS[kind]) if "|" in ln)
    return tuple(tuple(f.strip() for f in forms if f.strip()) for forms in lines)


# helpers

def _parse_pairs(lines: Iterable[str], source: str) -> list[tuple[str, str]]:
    out = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            short, long = json.loads(line)
        except (ValueError, TypeError) as err:
            raise InputError(f"{source}:{number}: expected [short, long]: {err}") from err
        out.append((str(short), str(long)))
    return out
