"""A headline or link line "NAME: … ‘…’" holds the labelled speaker's words even when its marks
hold a fragment the extraction typed scare or term (attribute/label_fragments.py, issue 11,
round 41, lane echo24). Our own words."""

from __future__ import annotations

import pytest


_BODY = ("\n\nSenator Ann Vale spoke to reporters at the harbour on Monday. \u201cThe mayor has nothing ready for "
         "the fishing fleet, and he knows it,\u201d Vale said.")


LABELLED = [
    ("a headline label, the phrase between two capitalised words",
     "Ann Vale: 'No Plan' Mayor Must Go" + _BODY, "No Plan", "Ann Vale"),
    ("a link line with a label word, then the speaker's label",
     "Harbour row deepens\n\nThe council met again on Tuesday.\n\nEXCLUSIVE: Ann Vale: Mayor Has 'No Plan'"
     + _BODY, "No Plan", "Ann Vale"),
]


@pytest.mark.parametrize("article,words,speaker", [c[1:] for c in LABELLED], ids=[c[0] for c in LABELLED])
def test_a_labelled_line_gives_its_speaker(article, words, speaker, quote_of):
    q = quote_of(article, words)
    assert (q.kind, q.speaker) == ("speech", speaker), (q.kind, q.kind_evidence, q.attribution_evidence)


NOT_LABELLED = [
    ("the label names no one the body quotes",
     "Storm Petra: 'Record' Floods Expected" + _BODY, "Record"),
    ("a verb before the colon: no label",
     "Mayor Answers Ann Vale: 'No Plan' Claim Is False" + _BODY, "No Plan"),
]


@pytest.mark.parametrize("article,words", [c[1:] for c in NOT_LABELLED], ids=[c[0] for c in NOT_LABELLED])
def test_an_unlabelled_line_keeps_its_kind(article, words, quote_of):
    q = quote_of(article, words)
    assert q.kind != "speech" or q.speaker != "Ann Vale", (q.kind, q.kind_evidence, q.attribution_evidence)
