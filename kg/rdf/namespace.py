"""The paperkg vocabulary as an rdflib ``DefinedNamespace`` and the prefixes we bind."""

from __future__ import annotations

from rdflib import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, Namespace
from rdflib.namespace import DefinedNamespace
from rdflib.term import URIRef

__all__ = ["KG", "PREFIXES", "VOCAB_IRI", "DEFAULT_BASE"]

VOCAB_IRI = "https://w3id.org/paperkg/ns#"
DEFAULT_BASE = "https://w3id.org/paperkg/"


class KG(DefinedNamespace):
    """paperkg vocabulary: the few classes and properties schema.org, DC and PROV-O lack.

    Unknown terms raise, so a typo cannot mint a new property silently.

    Examples
    --------
    >>> str(KG.Method)
    'https://w3id.org/paperkg/ns#Method'
    >>> KG.nosuchterm
    Traceback (most recent call last):
    ...
    AttributeError: term 'nosuchterm' not in namespace 'https://w3id.org/paperkg/ns#'
    """

    _NS = Namespace(VOCAB_IRI)
    _fail = True

    # classes
    Method: URIRef  # a machine-learning method, model or architecture named in papers
    Task: URIRef  # a problem papers address (image classification, ...)
    Evidence: URIRef  # one mention in a paper that supports one extracted link
    Community: URIRef  # a community of nodes found by the analytics stage
    Partition: URIRef  # the set of communities of one build, with its modularity

    # links from a paper (extracted)
    proposes: URIRef  # the paper introduces this method or dataset
    usesMethod: URIRef  # the paper uses this method
    evaluatedOn: URIRef  # the paper reports results on this dataset
    addressesTask: URIRef  # the paper addresses this task
    relatedTo: URIRef  # any other paper link (edge type kept in kg:edgeType on its evidence)

    # evidence
    hasEvidence: URIRef  # paper -> kg:Evidence node
    confidence: URIRef  # extractor confidence of a link, in [0, 1]
    rule: URIRef  # name of the extraction rule that fired
    mentionText: URIRef  # the surface form matched in the text
    field: URIRef  # "title" or "abstract"
    start: URIRef  # character offset where the mention starts in that field
    end: URIRef  # character offset where the mention ends in that field
    edgeType: URIRef  # the graph's edge type, e.g. "evaluated_on"

    # node metrics and counts
    paperCount: URIRef  # number of papers linked to an entity
    degree: URIRef  # node degree in the graph
    pagerank: URIRef  # PageRank score
    betweenness: URIRef  # betweenness centrality
    community: URIRef  # node -> kg:Community
    upvotes: URIRef  # Hugging Face Daily Papers upvotes
    authorsCount: URIRef  # number of authors the listing states
    rawUrl: URIRef  # a URL from the input that is not a safe http(s) IRI, kept as text

    # communities
    size: URIRef  # number of nodes in a community
    modularity: URIRef  # modularity of a partition
    hasCommunity: URIRef  # kg:Partition -> kg:Community
    communityId: URIRef  # the analytics stage's integer id of a community

    # build settings (on <BASE>build, written only when a build departs from the defaults)
    Build: URIRef  # the kg build run that made the graph (a prov:Activity)
    minConfidence: URIRef  # entities extracted below this confidence were left out of the graph
    louvainSeed: URIRef  # the build's random seed: Louvain communities and sampled betweenness


PREFIXES: dict[str, str] = {
    "kg": VOCAB_IRI,
    "schema": str(SDO),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "skos": str(SKOS),
    "rdfs": str(RDFS),
    "rdf": str(RDF),
    "owl": str(OWL),
    "xsd": str(XSD),
}
