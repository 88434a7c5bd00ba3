"""A naming participle right after the noun it names, with no comma ("a scandal dubbed “…”",
"an area nicknamed “…”"), is a passive with no namer: the name is a term, not the words of a
name earlier in the sentence (issue 11, round 22, lane terms6; AllSides corpus: most such
names were credited to a speaker). An active naming verb with its subject keeps the
namer's words. Snippets written for this test."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

L, R = "\u201c", "\u201d"

# (case, article, fragment, expected kind)
CASES = [
    ("a noun dubbed", f"Port\n\nTwo clerks at Harbor Bank were fired over a scandal dubbed {L}ledgergate.{R}",
     "ledgergate", "term"),
    ("an area nicknamed", f"Port\n\nMayor Ann Roe lives near Dover, an area nicknamed {L}Chalk Coast{R} by locals.",
     "Chalk Coast", "term"),
    ("adverb between", f"Port\n\nMayor Ann Roe studied a pattern now dubbed {L}tide lag{R} by sailors.", "tide lag", "term"),
    ("and dubbed", f"Port\n\nThe pups were born at the quay and dubbed {L}dock dogs{R} by the crews.", "dock dogs", "term"),
    # "called" after a noun may close a relative clause with no pronoun: the parent's word
    ("a noun a parent called", f"Port\n\nIt was a ruling a local parent called {L}spiteful.{R}", "spiteful", "speech"),
    # a relative clause with its own subject: the subject names
    ("that X dubbed", f"Port\n\nIt was a mood that Mayor Ann Roe dubbed {L}harbour gloom.{R}", "harbour gloom", "speech"),
    ("whom he has dubbed", f"Port\n\nMayor Ann Roe mocked her rival, whom she has dubbed {L}Captain Fog.{R}",
     "Captain Fog", "speech"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_naming_participle(case, article, fragment, kind):
    r = extract_document(read_text(article, path=case))
    (q,) = [q for q in r.quotes if q.text.rstrip(".,") == fragment]
    assert q.kind == kind, q.kind_evidence
