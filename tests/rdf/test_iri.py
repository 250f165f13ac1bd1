"""IRIs minted from node ids and URLs: hostile text never escapes into or breaks an IRI."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.rdf.iri import check_base, node_iri, safe_url

BASE = "https://w3id.org/paperkg/"
# characters N-Triples forbids inside <...> (IRIREF), plus anything non-ASCII we percent-encode
_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')


@pytest.mark.parametrize("node", [
    'author:a "b" <c>', "method:javascript:alert(1)", "paper:../../etc/passwd", "task:ünïcødé 漢字",
    "dataset:a#b?c=d&e", "method:\n\t", "weird-no-kind", "evil:<script>",
])
def test_node_iris_are_ascii_and_stay_under_the_base(node):
    iri = str(node_iri(node, BASE))
    assert iri.startswith(BASE)
    assert iri.isascii() and not _BAD.search(iri)
    rest = iri[len(BASE):]
    assert rest.count("/") == 1  # kind/escaped-id: no path traversal, no extra segments
    assert "#" not in rest and "?" not in rest


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_a_safe_distinct_iri(text):
    a = str(node_iri(f"method:{text}", BASE))
    assert a.isascii() and not _BAD.search(a) and a.startswith(BASE + "method/")
    assert a != str(node_iri(f"method:{text}x", BASE))


def test_repository_uses_its_github_url_only_when_it_is_one():
    assert str(node_iri("repository:a/b", BASE, url="https://github.com/A/b")) == "https://github.com/A/b"
    bad = node_iri("repository:a/b", BASE, url="https://github.com/A/b><script>")
    assert str(bad) == BASE + "repository/a%2Fb"
    assert str(node_iri("repository:a/b", BASE, url="javascript:alert(1)")).startswith(BASE)


def test_safe_url_refuses_other_schemes_and_escapes_spaces():
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("data:text/html,<b>") is None
    assert safe_url("not a url") is None
    assert str(safe_url('https://x.org/a b"<>')) == "https://x.org/a%20b%22%3C%3E"


@pytest.mark.parametrize("base", ["", "example.org/", "ftp://x.org/", "https://x.org/no-slash",
                                  "https://x.org/a b/", "javascript:alert(1)/"])
def test_bad_bases_are_refused(base):
    with pytest.raises(ValueError, match="RDF base"):
        check_base(base)
