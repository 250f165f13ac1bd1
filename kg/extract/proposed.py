"""Cues that an entity is introduced by the paper itself ("we propose X", "X, a novel ...", title "X: ...")."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from kg.extract.components.candidates import lowers, positions, texts
from kg.extract.components.sentences import sentence_of
from kg.extract.normalize import s_form

__all__ = ["PROPOSE_VERBS", "NAMING_WORDS", "TITLE_SEPARATORS", "proposal_windows", "proposed_here", "apposed_own_name",
           "is_title_prefix", "novel_apposition", "lists_plural", "we_coordinated", "authors_participle"]

PROPOSE_VERBS = frozenset("""
propose proposes proposed proposing introduce introduces introduced introducing present presents presented presenting
develop develops developed developing design designs designed devise devises devised build builds built construct
constructs constructed release releases released curate curates curated create creates created contribute add
contributes formulate formulates establish establishes offer offers unveil unveils collect collects collected
curating
""".split())

NAMING_WORDS = frozenset("called named dubbed termed coined coin namely call referred".split())

_REFER = "refer"  # a naming cue only as "we refer to ... as Name" (:func:`_we_refer_as`), so not in NAMING_WORDS
_CUES = PROPOSE_VERBS | NAMING_WORDS | {_REFER}
_NOVEL = frozenset("novel new first simple unified efficient lightweight general principled scalable".split())
_WE = frozenset("we paper work study article this here our".split())
_AND = frozenset("and then also further thus therefore hence".split())


def proposal_windows(doc: Doc, *, width: int = 14) -> list[tuple[int, int, bool]]:
    """Return token windows that follow a proposing verb used by the authors.

    A window starts after "we propose" / "this paper introduces" / "called" and runs at most
    ``width`` tokens, never past the sentence end. The flag tells whether it follows a naming word
    ("called X"), which also marks well-known names as proposed.

    Parameters
    ----------
    doc : Doc
        A document with sentence boundaries.
    width : int, optional (default=14)
        Maximum window length in tokens.

    Returns
    -------
    list of (start, end, naming)
        Token offsets.

    Examples
    --------
    >>> import spacy
    >>> import kg.extract.components.sentences  # registers "kg_sentences"
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("kg_sentences")
    >>> doc = nlp("In this paper we propose MSRNet for detection.")
    >>> [(doc[s:e].text, n) for s, e, n in proposal_windows(doc)]
    [('MSRNet for detection.', False)]
    """
    key = f"kg_windows_{width}"
    if key not in doc.user_data:
        doc.user_data[key] = [(i + 1, min(sent_end, i + 1 + width), naming) for i, sent_end, naming in _cues(doc)]
    return doc.user_data[key]


def proposed_here(doc: Doc, i: int) -> bool:
    """Token ``i`` lies in a "we propose ..." window: "we propose ... Gradient-based Parameter Selection
    (GPS)" defines the paper's own method even with a short form that usually means something else.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We propose Gradient-based Parameter Selection (GPS).")
    >>> proposed_here(doc, 2), proposed_here(doc, 0)
    (True, False)
    """
    return any(ws <= i < we for ws, we, _ in proposal_windows(doc))


# the marks that set a name off as an apposition ("a new model -- LATTICE, which ...", "risk, SABER, for ...")
_APPOSITION_OPENERS = frozenset(", - -- – — :".split())
_APPOSITION_CLOSERS = frozenset(", - -- – — ( which that".split())


def apposed_own_name(doc: Doc, start: int, end: int) -> bool:
    """The tokens ``start:end`` are set off by punctuation inside a "we propose ..." window: the authors name what they
    just described ("we introduce a new shape model -- LATTICE, which ...", "an estimation of risk, SABER, for ...").

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe introduce a new model -- LATTICE, which is fast. On COCO, LATTICE, RAFT and X win.")
    >>> [apposed_own_name(doc, k, k + 1) for k in (8, 17)]
    [True, False]
    >>> doc = load_nlp()("T\\n\\nWe add two new dialects: Greco-Corsican, Griko and Tsakonian.")
    >>> apposed_own_name(doc, 8, 9)
    False
    """
    if start == 0 or end + 1 >= len(doc):
        return False
    low = lowers(doc)
    if low[end] == "," and texts(doc)[end + 1][:1].isupper():
        return False  # a list goes on: "new varieties: Greco-Corsican, Griko, ...", "(Multi-Modal, Multi-Agent, ...)"
    return low[start - 1] in _APPOSITION_OPENERS and low[end] in _APPOSITION_CLOSERS and proposed_here(doc, start)


def _cues(doc: Doc) -> list[tuple[int, int, bool]]:
    """The proposing verbs and naming words of :func:`proposal_windows`: (token, its sentence's end, naming);
    cached per document (the windows are asked for in two widths)."""
    if "kg_proposal_cues" in doc.user_data:
        return doc.user_data["kg_proposal_cues"]
    out = []
    low_list, txt = lowers(doc), texts(doc)
    for i in positions(doc, _CUES):
        naming = low_list[i] in NAMING_WORDS or low_list[i] == _REFER
        sent_start, sent_end = sentence_of(doc, i)
        if i > sent_start and txt[i][:1].isupper():
            continue  # part of a capitalised name: "Kisan Call Center"
        if naming:
            # "Gu et al. proposed a model called S4" is someone else's
            cited = positions(doc, _ET_AL)  # (looked up: a scan back per cue is quadratic in one long sentence)
            j = bisect_left(cited, i)
            if j and cited[j - 1] >= sent_start:
                continue
            if i > 0 and low_list[i - 1] in _CONVENTIONAL or i > 1 and low_list[i - 2:i] == ["so", "-"]:
                continue  # "(also called feature vectors)", "so-called X": an existing term
            if low_list[i] == _REFER and not _we_refer_as(low_list, txt, i, sent_end):
                continue  # "two listings refer to the same item", "we refer to this as the style amnesia of SLMs"
            if low_list[i] == "referred":
                if low_list[i + 1:i + 3] != ["to", "as"] or not txt[min(i + 3, len(doc) - 1)][:1].isupper():
                    continue  # "referred to as experts", "referred to as object-object relations (OOR)": a term
            if i + 1 < len(doc) and low_list[i + 1] in ("a", "an") and low_list[i] != "namely":
                naming = False  # "called a normalizing flow" names a kind, not the paper's system
            if low_list[i] == "namely" and lists_plural(low_list, i) and (
                    "," in low_list[i + 1:sent_end] or "and" in low_list[i + 1:sent_end]):
                continue  # "three frontier agents, namely X, Y and Z" lists others' systems
        else:
            prev = low_list[i - 1] if i > 0 else ""
            if prev in ("the", "our", "a", "an", "newly"):
                continue  # (the cheapest test first)
            window = low_list[max(sent_start, i - 6):i]
            # "We hypothesize that ... and propose X"
            said_we = ("we" in window or we_coordinated(low_list, i, sent_start)
                       or authors_participle(low_list, txt, i, sent_start, sent_end))
            if not said_we and (_WE.isdisjoint(window) or _others_work(window)):
                continue
            if prev in _EARLIER or prev == "recently" and low_list[i - 2] == "our":
                continue  # "built upon our previously released X", "our recently proposed X": the authors' prior work
            if low_list[i] in _GATHER and not said_we:
                continue  # "This study collects Google Maps reviews": data gathered from a source, not made
            if i > 1 and prev.endswith("ly") and low_list[i - 2] in ("the", "a", "an"):
                continue  # "we focus on the recently released benchmark X": someone else's
        out.append((i, sent_end, naming))
    doc.user_data["kg_proposal_cues"] = out
    return out


def _we_refer_as(low_list: list[str], text: list[str], i: int, sent_end: int) -> bool:
    """The "refer" at ``i`` reads "we refer to ... as Name", a capitalised name after "as" before the sentence's end
    ``sent_end`` ("We refer to our framework as Thought Template Augmented LCLMs (ToTAL)").

    >>> words = "we refer to our framework as FooNet".split()
    >>> _we_refer_as([w.lower() for w in words], words, 1, len(words))
    True
    >>> words = "we refer to this as the style amnesia".split()
    >>> _we_refer_as([w.lower() for w in words], words, 1, len(words))
    False
    >>> words = "we refer to Appendix A . As Table 2 shows".split()  # (the next sentence's "As")
    >>> _we_refer_as([w.lower() for w in words], words, 1, 6)
    False
    """
    if i == 0 or low_list[i - 1] != "we":
        return False
    after = next((k + 1 for k in range(i + 1, min(i + 8, sent_end)) if low_list[k] == "as"), sent_end)
    return after < sent_end and text[after][:1].isupper()


def we_coordinated(low_list: list[str], i: int, sent_start: int) -> bool:
    """The verb at ``i`` is joined to an earlier clause of the authors ("We develop X, a tool, and train ...",
    "We hypothesize that ... and propose X"): "we" is its subject though it stands far before.

    Examples
    --------
    >>> we_coordinated("we develop x , a tool , and train".split(), 8, 0)
    True
    >>> we_coordinated("they develop x and train".split(), 4, 0)
    False
    """
    return i > 0 and low_list[i - 1] in _AND and "we" in low_list[sent_start:i]


def authors_participle(low_list: list[str], text: list[str], i: int, sent_start: int, sent_end: int) -> bool:
    """The verb at ``i`` is "introducing" / "proposing" set off after a comma or "by" / "thereby" ("We demonstrate
    X, introducing the architectures Y and Z", "this paper extends X by introducing two benchmarks, Y and Z") in a
    sentence the authors open ("we" or "this paper" before the verb), a name or a count of names after it
    (:func:`_names_next`; ``text``: the words as written): the authors introduce what they name.

    Examples
    --------
    >>> words = "we integrate x , introducing FooNet".split()
    >>> authors_participle([w.lower() for w in words], words, 4, 0, 6)
    True
    >>> words = "we integrate x , introducing a mechanism".split()
    >>> authors_participle(words, words, 4, 0, 7)
    False
    >>> words = "by introducing Y , we add z".split()
    >>> authors_participle(words, words, 1, 0, 7)
    False
    >>> words = "the gap grows , introducing Bias".split()
    >>> authors_participle(words, words, 4, 0, 6)
    False
    """
    return (low_list[i] in _NEW_PARTICIPLES and i > sent_start and low_list[i - 1] in _PARTICIPLE_LEADS
            and _authors_subject(low_list[sent_start:i]) and i + 1 < sent_end
            and _names_next(low_list[i + 1], text[i + 1]))


def _authors_subject(words: list[str]) -> bool:
    """The words (lower case) hold the authors as a subject: "we", or "this paper / work / study".

    >>> _authors_subject("this paper extends x".split()), _authors_subject("the gap grows".split())
    (True, False)
    """
    if "we" in words:
        return True
    for w, nxt in zip(words, words[1:]):
        if w == "this" and nxt in _WORK_NOUNS:
            return True
    return False


def _names_next(low: str, text: str) -> bool:
    """The word after "introducing" opens a name or a count of names ("the SpelkeBench dataset", "xLadder", "two
    benchmarks, X and Y", "(i) FooSet"), not a described thing ("a context-aware mechanism", "lightweight layers").

    >>> _names_next("the", "the"), _names_next("xladder", "xLadder"), _names_next("a", "a")
    (True, True, False)
    """
    return low in _NAME_OPENERS or low in _NUMBERS or text != low


_PARTICIPLE_LEADS = frozenset(", by thereby".split())
# not "presenting X as a case study", "developing systems"
_NEW_PARTICIPLES = frozenset("introducing proposing".split())
_NAME_OPENERS = frozenset("the ( our".split())
_EARLIER = frozenset("previously earlier formerly".split())
_OTHERS_KINDS = frozenset("recent previous prior earlier existing another other related pioneering seminal".split())
_WORK_NOUNS = frozenset("work study paper article".split())


def _others_work(window: list[str]) -> bool:
    """The words before a proposing verb name another paper as its subject: "Recent work proposes ...", "a prior
    study introduced ..."; not when the authors' own subject follows it ("Unlike prior work, this study proposes").

    Examples
    --------
    >>> _others_work("a recent study".split()), _others_work("in this work ,".split())
    (True, False)
    >>> _others_work("unlike prior work , this study".split())
    False
    """
    return any(w in _OTHERS_KINDS and nxt in _WORK_NOUNS and _WE.isdisjoint(window[j + 2:])
               for j, (w, nxt) in enumerate(zip(window, window[1:])))


_GATHER = frozenset("collect collects collected".split())  # the authors' own data only after "we"
_ET_AL = frozenset(("al", "al."))
_CONVENTIONAL = frozenset("also so commonly often usually sometimes typically generally widely".split())
_NUMBERS = frozenset("two three four five six seven eight nine ten several multiple both".split())


def lists_plural(low_list: list[str], i: int) -> bool:
    """The naming word at ``i`` ("namely", "named", "called") follows a plural noun or a count ("three agents,
    namely", "models named"): it lists items.

    Examples
    --------
    >>> lists_plural("we grade three frontier agents , namely".split(), 5)
    True
    >>> lists_plural("a novel framework , namely".split(), 4)
    False
    >>> lists_plural("two datasets for detecting glaucoma , namely".split(), 6)
    True
    """
    k = i - 1
    if k >= 0 and low_list[k] == ",":
        k -= 1
    if k < 0:
        return False
    w = low_list[k]
    if any(t in _NUMBERS or t.isdigit() for t in low_list[max(0, k - 3):k]):
        return True
    if any(t in _NUMBERS for t in low_list[max(0, k - 12):k]):
        return True  # "two datasets for detecting glaucoma, namely X and Y"
    return s_form(w)


TITLE_SEPARATORS = (":", "—", "–", "--")
"""Tokens that separate a title's name from its description ("RevCol: ...", "VerChol -- ...")."""
_PREFIX_SEPARATORS = TITLE_SEPARATORS + ("-",)  # and a hyphen after a title's first words
_REPORT = ["technical", "report"]


def is_title_prefix(doc: Doc, start: int, end: int, title_end: int) -> bool:
    """Return True when tokens ``start:end`` open the title and are followed by a colon, or by "Technical
    Report" (the report that releases the named model).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("RevCol: Reversible Column Networks")
    >>> is_title_prefix(doc, 0, 1, len(doc))
    True
    >>> doc = spacy.blank("en")("FooLM 2.0 Technical Report")
    >>> is_title_prefix(doc, 0, 2, len(doc))
    True
    """
    return start <= 1 and end < title_end and end <= 6 and (texts(doc)[end] in _PREFIX_SEPARATORS
                                                            or lowers(doc)[end:end + 2] == _REPORT)


def novel_apposition(doc: Doc, end: int) -> bool:
    """Return True when the span ending at ``end`` is followed by ", a novel ..." or "is a new ...".

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("MSRNet, a novel network, works.")
    >>> novel_apposition(doc, 1)
    True
    """
    nxt = lowers(doc)[end: end + 4]
    if len(nxt) >= 3 and nxt[0] in (",", "is") and nxt[1] in ("a", "an") and nxt[2] in _NOVEL:
        return True
    return False
