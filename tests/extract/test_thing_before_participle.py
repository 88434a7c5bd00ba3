"""A naming participle right after a noun for a thing that names nothing ("a process called
“…”", "a drink called “…”", "a camp dubbed “…”") names that thing: the words are a term, nobody's
speech (round 79, lane kind89, eval/real/audit/kind89-aud-judged.tsv). A verb before the
thing's article ("using a process called") read as a relative clause with no pronoun whose
subject names ("a decision a parent called"); a relative pronoun further back ("which has a
camp dubbed") read as the naming clause's own; and "rally" lost its last word as an adverb.
The credit then went to the sentence's subject as an indefinite source.

Each article was written for this test, beside near misses: a person's noun before the
participle, a relative clause whose subject is a person, and a thing inside reported speech
(K3: the speaker's own word)."""

from __future__ import annotations

import pytest

CASES = [
    # (case, article, fragment, expected kind)
    ("a verb before the thing's article", "Harbour\n\nThe council wants to pass the levy using a "
     "process called \u201cfast-tracking\u201d that skips a second vote.", "fast-tracking", "term"),
    ("a product after a present verb", "Harbour\n\nA man in a cap orders a drink called "
     "\"Salt Spray Fizz\" for his friend.", "Salt Spray Fizz", "term"),
    ("a relative pronoun further back", "Harbour\n\nThe town, which also has a camp dubbed "
     "\u201cLittle Quay\u201d near the pier, agreed.", "Little Quay", "term"),
    ("rally is no adverb", "Harbour\n\nThe worry was that a rally dubbed \"Take Back the Pier\" "
     "could turn violent.", "Take Back the Pier", "term"),
    ("after a dash", "Harbour\n\nOfficials may ask for the names on occasion \u2014 a process "
     "called \u201cunsealing.\u201d Few do.", "unsealing.", "term"),
    # a work's noun with a phrase after it, then the participle (extract/work_rules._NAMED_WORK)
    ("a work noun, then place and time", "Harbour\n\nShe co-wrote a book on the port in 2004 called "
     "\u201cHarbour Alone.\u201d She later joined the board.", "Harbour Alone.", "title"),
    ("a work noun after two adjectives", "Harbour\n\nThe Ledger has a long, careful piece called "
     "\u201cThe Quay Reckons With Its Past.\u201d It is worth a read.",
     "The Quay Reckons With Its Past.", "title"),
    ("a work noun, then its outlet", "Harbour\n\nAna Vale wrote an op-ed in the Harbour Times called "
     "\"The Pier Should Be Rebuilt Now,\" and the board met.", "The Pier Should Be Rebuilt Now,", "title"),
    # near misses
    ("a verdict with its agent", "Harbour\n\nThe council approved a plan on Monday called "
     "\u201creckless\u201d by critics.", "reckless", "speech"),
    ("a person's noun keeps its clause", "Harbour\n\nThe board rejected a ruling a local parent "
     "called \u201ccruel\u201d last week.", "cruel", "speech"),
    ("inside reported speech", "Harbour\n\nAda Vale said she had visited a place called "
     "\u201cQuayland\u201d on her trip.", "Quayland", "speech"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_thing_before_participle(case, article, fragment, kind):
    from onrecord.attribute import attribute_results
    from onrecord.extract import extract_document
    from onrecord.read import read_text

    r = extract_document(read_text(article))
    attribute_results([r])
    found = [q for q in r.quotes if q.text == fragment]
    assert found, (fragment, [q.text for q in r.quotes])
    assert found[0].kind == kind, (found[0].kind, found[0].kind_evidence)
