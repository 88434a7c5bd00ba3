"""A short fragment in marks under a weak reporting verb of judging ("blamed … on “…”",
"dismissed … as a “…”", "questioned whether … “…”", "accepted … “with …”") whose subject names
someone is that someone's verdict in their words, speech, unless the marked words are the
verb's direct object itself ("will accept “…” instead of …": the thing judged keeps its kind).
attribute/fragment_kind.py, lexicon.reporting.WEAK_JUDGING_BASES (issue 11, round 64, lane
kind66). Our own words."""

from __future__ import annotations

import pytest


_HEAD = "Harbour dispute\n\nThe port authority met on Monday to discuss the strike.\n\n"


JUDGED = [
    ("blamed the thing 'on' the marked words",
     "The Westmere Port Authority is blaming the lost trade of the summer on union \u201cstubbornness\u201d as "
     "the talks drag on.",
     "stubbornness", "Westmere Port Authority"),
    ("dismissed the thing 'as' a marked noun phrase",
     "Mayor Ilse Dunmore sought to calm the row on Tuesday, dismissing the strike as a \u201cpassing "
     "quarrel\u201d that would end soon.",
     "passing quarrel", "Ilse Dunmore"),
    ("accepted a decision 'with' the marked words",
     "Union leader Piet Vandermolen accepted the ruling \u201cwith sorrow\u201d. The strike ends on "
     "Friday.",
     "with sorrow", "Piet Vandermolen"),
]


@pytest.mark.parametrize("body,words,speaker", [c[1:] for c in JUDGED], ids=[c[0] for c in JUDGED])
def test_a_judging_verb_speaks_for_the_fragment_below_it(body, words, speaker, quote_of):
    q = quote_of(_HEAD + body, words)
    assert q.kind == "speech", (q.kind, q.kind_evidence)
    assert q.speaker is not None and q.speaker.endswith(speaker), (q.speaker, q.attribution_evidence)


KEPT = [
    ("the marked words are the direct object: the thing accepted",
     "The union leader's hint that he will accept \u201cshift pay\u201d instead of a rise matters more.",
     "shift pay"),
    ("one word in marks modifying a noun outside them: a label",
     "The Westmere Port Authority blamed the lost trade on \u201cbrief\u201d stoppages at the gates.",
     "brief"),
    ("a verb that conveys another's material, not a verdict",
     "Mayor Ilse Dunmore took heat for posting a clip of the strike with a \u201cHarbour\u201d banner "
     "over the gates.",
     "Harbour"),
]


@pytest.mark.parametrize("body,words", [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_the_judged_thing_or_a_conveying_verb_keeps_its_kind(body, words, quote_of):
    q = quote_of(_HEAD + body, words)
    assert q.kind != "speech", (q.kind, q.kind_evidence)
