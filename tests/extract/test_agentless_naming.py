"""A name given by a naming participle with no one doing the naming is a term, not anyone's
words (round 38, lane called21, eval/real/audit/called21-sample.tsv): "called", "labelled",
"named" right after the noun they name, with nothing or a lone article before the marks
("links called “…”", "The group, called the “…”,", "a group of senators called the “…”"), or
after a contracted "is" of a thing ("That's called the “…” phase"), were read as an
indefinite source's speech ("A statement called the plan “…”"); and a "known as" term was
retyped speech when the parse put it under a reporting verb far back in the sentence.

Each article was written for this test, beside near misses: an indefinite source with an
object, a person's noun before the participle, a clause with its own subject, an appositive,
a named namer, a contracted "has"."""

from __future__ import annotations

import pytest

CASES = [
    # (case, article, fragment, expected kind; None = anything but term)
    ("plural noun, bare participle", "Harbour\n\nThat ferry line relies on small boats called "
     "\u201ctenders\u201d that carry riders ashore.", "tenders", "term"),
    ("a group of people called the", "Harbour\n\nOn Monday, a group of state senators called the "
     "\u201cTide Caucus\u201d unveiled its own plan for the pier.", "Tide Caucus", "term"),
    ("comma, called the", "Harbour\n\nThe panel, called the \u201cQuay Watch,\u201d first met "
     "in May to review the ferry timetable.", "Quay Watch,", "term"),
    ("a user called", "Harbour\n\nThe first post came from a user called \u201cQuay Rat\u201d "
     "and drew hundreds of replies.", "Quay Rat", "term"),
    ("an ad labeled", "Harbour\n\nFew riders could tell the difference between an ad labeled "
     "\u201cpartner content\u201d and a timetable notice.", "partner content", "term"),
    ("that's called the", "Harbour\n\nBoats wait for the water to settle. That's called the "
     "\u201cslack-tidal\u201d window of the crossing.", "slack-tidal", "term"),
    ("it's called", "Harbour\n\nIt's called \u201cdead reckoning\u201d and every pilot still "
     "learns it.", "dead reckoning", "term"),
    ("known as, a verb of saying far back", "Harbour\n\nThe ferry company claims rival boats copied "
     "its colours and could mislead riders - known as \u201cpassing off\u201d.", "passing off", "term"),
    # near misses
    ("an indefinite source with an object stays", "Harbour\n\nA statement called the plan "
     "\u201creckless\u201d on Monday.", "reckless", "speech"),
    ("a person's noun before the participle stays", "Harbour\n\nMeanwhile, a spokesman called the "
     "\u201cQuay First\u201d plan a failure.", "Quay First", None),
    ("a clause with its own subject stays", "Harbour\n\nIt was a decision a parent called "
     "\u201cheartbreaking\u201d for the town.", "heartbreaking", None),
    ("known as, a word of the name before the marks", "Weather\n\nThese whirls, also known as fire "
     "\u201cstorms\u201d, spin up over burning ground.", "storms", "term"),
    ("an appositive stays", "Harbour\n\nAda Vale, the harbour master, called the \u201cQuay "
     "First\u201d plan a failure.", "Quay First", None),
    ("a named namer stays speech", "Harbour\n\nMayor Ada Vale called the pier \u201ca disgrace\u201d "
     "on Monday.", "a disgrace", "speech"),
    ("a participle after and shares the speaker", "Harbour\n\nShe said the pier would reopen, and called "
     "the \u201cghost ferry\u201d story \u201cnonsense.\u201d", "ghost ferry", "speech"),
    ("known as with its name outside the marks", "Harbour\n\nAda Vale told reporters that the cuts, known "
     "as the levy, are \u201ca fair ask of every rider.\u201d", "a fair ask of every rider.", "speech"),
    ("a contracted has keeps its object", "Harbour\n\nThe mayor has attacked the plan. She's called it "
     "\u201creckless\u201d twice.", "reckless", None),
    # guards (round 38, review30: each fails with its guard switched off)
    ("a lone article after called is no object", "Trials\n\nTrials move in steps. That's called the "
     "\u201cpreclinical\u201d phase of the work.", "preclinical", "term"),
    ("an appositive names, an evaluation", "Harbour\n\nAda Vale, the harbour master, called the "
     "\u201cunofficial\u201d ferry a danger.", "unofficial", "speech"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_agentless_naming(case, article, fragment, kind):
    from onrecord.attribute import attribute_results
    from onrecord.extract import extract_document
    from onrecord.read import read_text

    r = extract_document(read_text(article))
    attribute_results([r])
    found = [q for q in r.quotes if q.text == fragment]
    assert found, (fragment, [q.text for q in r.quotes])
    q = found[0]
    if kind is None:
        assert q.kind != "term", q.kind_evidence
    else:
        assert q.kind == kind, (q.kind, q.kind_evidence)
