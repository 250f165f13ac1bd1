"""Lists and sources around a candidate: "methods such as A, B", "data collected from X"."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.components.context import LIST_JOINS, METHOD_CUES, past_the
from kg.extract.components.candidates import Cand, abbrevs_of, lowers, span_text, texts
from kg.extract.components.lexicon import DATASET_HEADS, METRIC_PLURALS, SOURCED_RECORDS
from kg.extract.components.name_shapes import is_coined
from kg.extract.components.sentences import sentence_starts
from kg.extract.normalize import entity_key
from kg.extract.components.tasks import TOOL_HEADS
from kg.extract.proposed import NAMING_WORDS
from kg.extract.components.misreadings import DATASET_PLURALS

__all__ = ["PLURAL_DATASET_HEADS", "LIST_INTRO", "listed_after_method_word", "called_after_method_word",
           "technique_listed_as_method", "METHOD_LISTING_NOUNS", "listed_after_dataset_word", "data_taken_from",
           "grouped_before_datasets", "opening_adverbial"]

PLURAL_DATASET_HEADS = frozenset("datasets benchmarks corpora dataset benchmark corpus".split())


LIST_INTRO = frozenset("including include includes as e.g. e.g eg like namely :".split())
_LISTING_NOUNS = DATASET_HEADS | frozenset("tasks environments games".split())


def _list_start(doc: Doc, start: int) -> int:
    """The token before the list that token ``start`` closes: back over commas, "and"/"or", name-shaped
    tokens and bracketed scores ("TOATOD (63.79%), D3ST (58.70%), and ..."), at most 15 tokens; the comma right
    before ``start`` when a list closed by "and"/"or" ends there ("on A, B and C, FooNet reduces ...").
    Remembered per document: the dataset and the method list tests ask for the same name's list."""
    memo = doc.user_data.get("kg_list_start")
    if memo is None:
        memo = doc.user_data["kg_list_start"] = {}
    k = memo.get(start)
    if k is None:
        k = memo[start] = _scan_list_start(doc, start)
    return k


def _scan_list_start(doc: Doc, start: int) -> int:
    """:func:`_list_start`, scanned."""
    low, txt = lowers(doc), texts(doc)
    k = start - 1
    while k >= 0 and start - k < 16 and (low[k] in _LIST_TOKENS or txt[k][:1].isupper() or txt[k][:1].isdigit()):
        if low[k] == ")":
            k = next((j for j in range(k - 1, max(k - 6, -1), -1) if low[j] == "("), k)  # past "(58.70%)"
        elif low[k] in ("and", "or") and low[start - 1] == ",":
            return start - 1  # "on A, B and C, FooNet reduces ...": that list closed before the name
        k -= 1
    return k


_LIST_TOKENS = frozenset((",", "and", "or", "-", ")"))


def listed_after_method_word(doc: Doc, start: int) -> bool:
    """ "baselines such as X, Y and Z", "strong models, including X and Y", or right after the method word: "the
    architectures X and Y", "three models - X, Y and Z", "the model X": listed as methods.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("We compare with baselines such as FooNet, Barformer and Bazz.")
    >>> listed_after_method_word(doc, 9), listed_after_method_word(doc, 1)
    (True, False)
    >>> doc = load_nlp()("We build the architectures FooNet and BarNet.")
    >>> listed_after_method_word(doc, 4), listed_after_method_word(doc, 6)
    (True, True)
    >>> listed_after_method_word(load_nlp()("We model QWERTY layouts."), 2)
    False
    """
    low = lowers(doc)
    k = _list_start(doc, start)
    return (k >= 0 and low[k] in _NAMING_NOUNS and not (k > 0 and low[k - 1] in _VERB_LEADS)
            or _method_word_intro(low, k))


def called_after_method_word(low: list[str], start: int) -> bool:
    """The name at ``start`` follows a naming word that follows a method word: "a novel WSS framework called Foo
    Learning", "an approach, dubbed Bar Discovery": the name of a method, whatever its head word says.

    >>> called_after_method_word("a new framework called foo learning".split(), 4)
    True
    >>> called_after_method_word("a new dataset called foo learning".split(), 4)
    False
    """
    k = start - 1
    if k < 1 or low[k] not in NAMING_WORDS:
        return False
    k -= 1 + (low[k - 1] == ",")
    return k >= 0 and low[k] in METHOD_CUES


# words before a naming noun used as a verb: "to model X", "we model X"
_VERB_LEADS = frozenset("to we they can could may might will would should must also".split())


def _method_word_intro(low: list[str], k: int) -> bool:
    """Token ``k`` opens a list after a method word: "methods such as", "baselines, including"."""
    return low[k] != ":" and _list_intro_after(low, k, METHOD_LISTING_NOUNS)


def _list_intro_after(low: list[str], k: int, nouns: frozenset[str]) -> bool:
    """Token ``k`` is a list opener (``LIST_INTRO``) right after one of ``nouns``, perhaps with "such" or a comma or
    bracket between: "methods such as", "baselines, including", "benchmarks (e.g."."""
    if k < 1 or low[k] not in LIST_INTRO:
        return False
    j = k - 1
    if low[k] == "as" and low[j] == "such":
        j -= 1
    if j >= 0 and low[j] in (",", "("):
        j -= 1
    return j >= 0 and low[j] in nouns


def _in_word_list_after_method_word(doc: Doc, start: int) -> bool:
    """Like :func:`listed_after_method_word`, over lower-case items too ("methods, such as keyword search, transfer
    learning and ..."); the item must follow a list separator or the list opener, within 12 tokens."""
    low = lowers(doc)
    k = start - 1
    if k < 1 or low[k] not in LIST_INTRO and low[k] not in (",", "and", "or"):
        return False
    while k > 0 and start - k < 12 and low[k] not in LIST_INTRO and (low[k] in _LIST_TOKENS or low[k].isalpha()):
        k -= 1
    return _method_word_intro(low, k)


def technique_listed_as_method(doc: Doc, c: Cand) -> bool:
    """A task-shaped technique ("... learning", "... estimation") listed after a method word is used as a
    method: "existing methods, such as keyword search, transfer learning and heuristics".

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nExisting methods, such as shelf search, transfer learning and heuristics, fail. "
    ...                  "We study transfer learning.")
    >>> i, j = [k for k, w in enumerate(lowers(doc)) if w == "transfer"]
    >>> technique_listed_as_method(doc, Cand(i, i + 2, "TASK", "head_task", "", 0.5)), technique_listed_as_method(
    ...     doc, Cand(j, j + 2, "TASK", "head_task", "", 0.5))
    (True, False)
    """
    if not _in_word_list_after_method_word(doc, c.start):  # the cheaper test first
        return False
    words = entity_key(span_text(doc, c.start, c.end)).split()
    return bool(words) and words[-1] in TOOL_HEADS


METHOD_LISTING_NOUNS = frozenset("methods models algorithms baselines architectures approaches classifiers backbones "
                                 "llms mllms vlms networks detectors encoders".split())
# method words that may stand right before the names they introduce ("the architectures X and Y", "the model X")
_NAMING_NOUNS = METHOD_LISTING_NOUNS | frozenset("model method algorithm architecture baseline backbone detector "
                                                 "encoder network".split())


_BRACKET_LEADS = frozenset("i.e. e.g. i.e e.g namely".split())


def listed_after_dataset_word(doc: Doc, start: int) -> bool:
    """ "benchmarks such as X, Y and Z", "a range of tasks, including 1D-ARC, List Function, ACRE"; not the name
    after a list that closed with its "and" ("including A, B and C, Foo reduces ...": see :func:`_list_start`).

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nBenchmarks such as ShelfQA, RackQA, BinQA exist. Methods like ShelfNet, RackNet fail.")
    >>> data, method = texts(doc).index("RackQA"), texts(doc).index("RackNet")
    >>> listed_after_dataset_word(doc, data), listed_after_dataset_word(doc, method)
    (True, False)
    """
    low = lowers(doc)
    k = _list_start(doc, start)
    if (k + 2 <= start and low[k] in PLURAL_DATASET_HEADS and low[k + 1] == "," and low[k + 2] not in ("and", "or")
            and not opening_adverbial(doc, k)):
        return True  # "two public medical image datasets, AMOS and Synapse"; "our benchmark, HeQ (Hebrew QA)"
    if k >= 2 and low[k] in _BRACKET_LEADS and low[k - 1] == "(":
        k -= 1  # "three datasets (i.e., PHOENIX14, CSL-Daily)"
    if k >= 1 and low[k] == "(" and low[k - 1] in DATASET_PLURALS:
        return True  # "on five databases (BID, CLIVE, KonIQ, SPAQ, and FLIVE)"
    if k >= 1 and low[k] == ":" and _dataset_plural_before(doc, k):
        return True  # "across four datasets of varying sizes: EchoNet-Dynamic, CAMUS, ..."
    return _list_intro_after(low, k, _LISTING_NOUNS)


# prepositions that open a sentence's adverbial: "Across datasets, ...", "In these benchmarks, ..."
_ADVERBIAL_PREPOSITIONS = frozenset("across in on over among for within throughout on".split())


def opening_adverbial(doc: Doc, k: int) -> bool:
    """Token ``k`` ends a prepositional phrase that opens its sentence ("Across datasets, FooNet leads", "In these
    benchmarks, BarNet ..."): the name after its comma is the clause's subject, not a listed dataset.

    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nIn these datasets, RackNet wins. On two datasets, ShelfQA and BinQA, it wins.")
    >>> [opening_adverbial(doc, i) for i, t in enumerate(texts(doc)) if t == "datasets"]
    [True, False]
    """
    low = lowers(doc)
    starts = sentence_starts(doc)
    for i in range(k - 1, max(k - 6, -1), -1):
        if i in starts:
            return low[i] in _ADVERBIAL_PREPOSITIONS
        if not low[i][:1].isalnum() or low[i][:1].isdigit() or low[i] in _COUNT_WORDS:
            return False  # "On two benchmark datasets, A and B, it ...": a count announces the list
    return False


_COUNT_WORDS = frozenset("two three four five six seven eight nine ten several multiple various".split())


def listed_after_metric_word(doc: Doc, start: int) -> bool:
    """ "metrics like Canopy Height (CH) and Foliage Diversity (FD)", "two new metrics, Shelf Robustness (SR) and
    Rack Consistency (RC)", "three metrics: the Bin Index (BI)": the name is a measure, not a method.

    Examples
    --------
    >>> from kg.extract.pipeline import load_nlp
    >>> doc = load_nlp()("T\\n\\nWe report metrics like Shelf Height (SH), Rack Depth (RD) and use methods like "
    ...                  "BinNet.")
    >>> [listed_after_metric_word(doc, texts(doc).index(w)) for w in ("Shelf", "Rack", "BinNet")]
    [True, True, False]
    """
    low = lowers(doc)
    k = _list_start(doc, past_the(doc, start))
    if k < 0:
        return False
    return (low[k] in METRIC_PLURALS or _list_intro_after(low, k, METRIC_PLURALS)
            or low[k] in (":", "-", "--") and k > 0 and low[k - 1] in METRIC_PLURALS)


_QUALIFIER_PREPS = frozenset("of from with in across for".split())


_SOURCING_VERBS = frozenset("derived collected sourced drawn compiled gathered sampled scraped".split())


def data_taken_from(doc: Doc, start: int) -> bool:
    """The name at ``start`` is where records come from: "passwords from the RockYou wordlist", "a benchmark
    from MM-OR", "a dataset derived from Foo" (not "features derived from YOLOv8").

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("paired sequences from the Foo Space and features from Bar and data derived from Baz")
    >>> data_taken_from(doc, 4), data_taken_from(doc, 9), data_taken_from(doc, 14)
    (True, False, True)
    """
    low = lowers(doc)
    k = past_the(doc, start) - 1
    if k < 1 or low[k] != "from":
        return False
    if k > 1 and low[k - 1] in _SOURCING_VERBS:
        k -= 1  # "a dataset derived from Foo", "images collected from the Bar archive"
    return low[k - 1] in SOURCED_RECORDS


def _dataset_plural_before(doc: Doc, k: int) -> bool:
    """ "datasets:" or "datasets of varying sizes:" right before token ``k`` (a plural dataset word, then at
    most a short prepositional qualifier)."""
    low, txt = lowers(doc), texts(doc)
    j = k - 1
    while j >= 0 and k - j <= 5 and txt[j].isalpha() and txt[j].islower() and low[j] not in DATASET_PLURALS:
        j -= 1
    return j >= 0 and low[j] in DATASET_PLURALS and (j == k - 1 or low[j + 1] in _QUALIFIER_PREPS)


_GROUP_WIDTH = 12  # the most tokens one bracketed group of names holds


def _bracket_opened_before(doc: Doc, start: int) -> int:
    """The index of the "(" that opens the run of names and commas ending at ``start``, else -1 (also when the
    bracket opens the text: :func:`grouped_before_datasets` reads the word before it).

    >>> import spacy
    >>> doc = spacy.blank("en")("short ( ShelfA , ShelfB ) and long words")
    >>> _bracket_opened_before(doc, 4), _bracket_opened_before(doc, 8)
    (1, -1)
    """
    low, txt = lowers(doc), texts(doc)
    k = start - 1
    while k >= 0 and start - k <= _GROUP_WIDTH and low[k] != "(":
        if low[k] not in LIST_JOINS and not txt[k][:1].isupper() and not txt[k][:1].isdigit():
            return -1
        k -= 1
    return k if k >= 1 and low[k] == "(" else -1


def grouped_before_datasets(doc: Doc, start: int, end: int) -> bool:
    """The name at ``start:end`` stands in a bracket after a kind word, in a list of such groups that a plural
    dataset word closes: "Arabic (KHATT), Urdu (NUST-UHWR), and Persian (PHTD) datasets", "on coarse-grained
    (NTU-60, NTU-120) and fine-grained (Gym99, Gym288) benchmarks". Not an acronym spelled out ("near-infrared
    (NIR) datasets"), nor a name's bracket ("BraTS (MRI), VinDr-CXR (chest X-ray) datasets").

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("on short ( ShelfA , ShelfB ) and long ( RackC ) benchmarks and BinQA ( MRI ) datasets")
    >>> [grouped_before_datasets(doc, i, i + 1) for i in (3, 5, 10, 16)]
    [True, True, True, False]
    """
    low, txt = lowers(doc), texts(doc)
    k = _bracket_opened_before(doc, start)
    if k < 0 or is_coined(txt[k - 1]) or not txt[k - 1][:1].isalpha():
        return False
    if any(s0 == start and s1 == end for s0, s1, _, _ in abbrevs_of(doc)):
        return False  # "near-infrared (NIR)": an acronym's definition, no list of names
    i, words = end, 0
    while i < len(doc) and i - end < 4 * _GROUP_WIDTH:
        t = low[i]
        if t == ")":
            if i + 1 < len(doc) and low[i + 1] in DATASET_PLURALS:
                return True
            i, words = i + 1, 0
            continue
        if t == "(":
            if words == 0 or is_coined(txt[i - 1]):
                return False
            words = 0
        elif t in LIST_JOINS:
            words = 0
        elif not t[:1].isalnum() and t != "-" or t in DATASET_PLURALS:
            return False  # the sentence or the list goes on without a closing dataset word
        else:
            words += 1
            if words > 3:
                return False
        i += 1
    return False
