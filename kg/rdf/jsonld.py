"""Write compact JSON-LD (a ``@context`` of our prefixes, one node object per subject) from sorted N-Triples.

Why not rdflib or pyld: both compact a whole document held in memory (rdflib needs GBs for the 3k+ paper builds),
and Oxigraph, which streams, writes expanded JSON-LD only (it ignores prefixes for this format). Our ``graph.nt``
is sorted, so every subject's triples are adjacent: grouping them while Oxigraph parses the file streams the
output in constant memory. Only IRIs are compacted (to ``prefix:local`` CURIEs); literals keep their lexical form
and datatype, so any JSON-LD processor reads back exactly the triples of ``graph.nt``.
"""

from __future__ import annotations

import json
import os
from itertools import groupby
from typing import IO, Any, Mapping

import pyoxigraph as ox

__all__ = ["write_compact_jsonld", "compact_iri"]

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def compact_iri(iri: str, prefixes: Mapping[str, str]) -> str:
    """Return ``iri`` as a ``prefix:local`` CURIE when one of ``prefixes`` (name -> namespace) starts it, the
    longest namespace first; else the IRI itself. A local part starting with ``//`` would read as an absolute
    IRI, so such IRIs stay whole. An IRI whose scheme is a prefix name ("kg:foo") raises ValueError: written as
    is, it would read as a CURIE.

    Examples
    --------
    >>> p = {"schema": "https://schema.org/", "kg": "https://w3id.org/paperkg/ns#"}
    >>> compact_iri("https://schema.org/name", p), compact_iri("https://w3id.org/paperkg/ns#Method", p)
    ('schema:name', 'kg:Method')
    >>> compact_iri("https://github.com/a/b", p), compact_iri("https://schema.org/", p)
    ('https://github.com/a/b', 'https://schema.org/')
    >>> compact_iri("kg:foo", p)
    Traceback (most recent call last):
    ...
    ValueError: cannot write 'kg:foo' in JSON-LD whose context defines the prefix 'kg'
    """
    for name, ns in sorted(prefixes.items(), key=lambda item: -len(item[1])):
        if iri.startswith(ns) and len(iri) > len(ns) and not iri[len(ns):].startswith("//"):
            return f"{name}:{iri[len(ns):]}"
    if iri.partition(":")[0] in prefixes:
        # a processor would expand it with the prefix (our builds mint only http(s) IRIs, so never here)
        raise ValueError(f"cannot write {iri!r} in JSON-LD whose context defines the prefix {iri.partition(':')[0]!r}")
    return iri


def write_compact_jsonld(nt_path: str | os.PathLike, out: IO[bytes], prefixes: Mapping[str, str]) -> int:
    """Write the triples of the sorted N-Triples file ``nt_path`` to ``out`` as compact JSON-LD:
    ``{"@context": prefixes, "@graph": [node, ...]}``, one node object per subject in file order, ``@type`` for
    ``rdf:type``, IRIs as CURIEs (:func:`compact_iri`), plain strings as JSON strings, other literals as
    ``{"@value", "@type"}`` or ``{"@value", "@language"}``. Returns the number of node objects.

    Examples
    --------
    >>> import io, tempfile, pathlib
    >>> nt = pathlib.Path(tempfile.mkdtemp()) / "g.nt"
    >>> _ = nt.write_text('<https://e.org/m/a> <https://schema.org/name> "A" .\\n'
    ...                   '<https://e.org/m/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://e.org/ns#M> .\\n')
    >>> buf = io.BytesIO()
    >>> write_compact_jsonld(nt, buf, {"schema": "https://schema.org/", "ex": "https://e.org/ns#"})
    1
    >>> json.loads(buf.getvalue())["@graph"]
    [{'@id': 'https://e.org/m/a', '@type': ['ex:M'], 'schema:name': ['A']}]
    """
    out.write(b'{"@context": ' + json.dumps(dict(prefixes), sort_keys=True).encode() + b',\n"@graph": [')
    count = 0
    triples = ox.parse(path=str(nt_path), format=ox.RdfFormat.N_TRIPLES)
    for subject, group in groupby(triples, key=lambda t: t.subject):
        types: list[str] = []
        values: dict[str, list] = {}
        for t in group:
            if t.predicate.value == _RDF_TYPE and not isinstance(t.object, ox.Literal):
                types.append(_term_id(t.object, prefixes))
            else:
                values.setdefault(compact_iri(t.predicate.value, prefixes), []).append(_value(t.object, prefixes))
        node: dict[str, Any] = {"@id": _term_id(subject, prefixes), **({"@type": types} if types else {}), **values}
        out.write((",\n" if count else "\n").encode() + json.dumps(node, ensure_ascii=False).encode("utf-8"))
        count += 1
    out.write(b"\n]}\n")
    return count


def _term_id(term: Any, prefixes: Mapping[str, str]) -> str:
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return compact_iri(term.value, prefixes)


def _value(term: Any, prefixes: Mapping[str, str]) -> Any:
    if not isinstance(term, ox.Literal):
        return {"@id": _term_id(term, prefixes)}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    datatype = term.datatype.value
    if datatype == _XSD_STRING:
        return term.value
    return {"@value": term.value, "@type": compact_iri(datatype, prefixes)}
