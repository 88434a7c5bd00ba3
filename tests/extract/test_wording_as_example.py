"""Wording cited as an example of a kind of wording (round 67, lane term75,
eval/real/audit/term75-tuning.tsv): "statements like, “…”", "phrases like “…”", "such quotes
as “…”", "such assertions as, “…”". The quoted sentence stands for a type of statement; nobody
says it on an occasion, and the gold types it term. The length default typed it speech, and a
reporting verb earlier in the sentence could give it a speaker.

Near misses keep their kind: a person who used such phrases (their own words), a speaker
credited after the marks, a possessive owner, a plain "things like" after "says"."""

from __future__ import annotations

import pytest

CASES = [
    # (case, article, fragment, expected kind; "-term" = anything but term)
    ("statements like, a long sentence", "Survey\n\nVolunteers read a list of statements like, "
     "\u201cThe ferry should run every hour of the night.\u201d Most agreed at once.",
     "The ferry should run every hour of the night.", "term"),
    ("such assertions as, after a verb", "Survey\n\nThe organisers then answered with such assertions as, "
     "\u201cThe pier has cost twice what the harbour board first said.\u201d",
     "The pier has cost twice what the harbour board first said.", "term"),
    ("phrases like, in a piece of advice", "Harbour\n\nIf reporters catch themselves writing with phrases like "
     "\u201cstill raises questions about whether the board may have\u2026\u201d they should pause.",
     "still raises questions about whether the board may have\u2026", "term"),
    ("such quotes as", "Harbour\n\nPundits will recite such quotes as \u201cthe louder the promise, "
     "the smaller the pier,\u201d and move on.", "the louder the promise, the smaller the pier,", "term"),
    ("a named person who used such phrases keeps them", "Harbour\n\nAda Vale used phrases like "
     "\u201cwe will rebuild the whole harbour wall by spring\u201d at every rally.",
     "we will rebuild the whole harbour wall by spring", "-term"),
    ("a speaker credited after the marks keeps them", "Harbour\n\nThere were statements like \u201cthe "
     "pier is safe for every boat in the fleet,\u201d Ada Vale told reporters.",
     "the pier is safe for every boat in the fleet,", "speech"),
    ("a possessive owner keeps them", "Harbour\n\nAda Vale repeated her statements like \u201cthe pier "
     "is safe for every boat in the fleet\u201d all week.", "the pier is safe for every boat in the fleet", "-term"),
    ("a named speaker's phrases with a phrase between and no comma keep them", "Debate\n\nAda Vale kept "
     "interrupting, interjecting phrases during her rival's answers such as \u201cthat is simply not what "
     "happened at the port\u201d to laughter.", "that is simply not what happened at the port", "-term"),
    ("says things like stays speech", "Harbour\n\nWhen Ada Vale talks about the port, she says things like, "
     "\u201cWe are losing money on every ferry we run.\u201d", "We are losing money on every ferry we run.", "speech"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_wording_as_example(case, article, fragment, kind, quote_of):
    q = quote_of(article, fragment.rstrip(".,"))
    if kind == "-term":
        assert q.kind != "term", (q.kind, q.kind_evidence)
    else:
        assert q.kind == kind, (q.kind, q.kind_evidence)
        if kind == "term":
            assert q.speaker is None
