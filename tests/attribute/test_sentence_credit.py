"""A credit set off by commas that speaks for the whole sentence ("…, said the committee.",
"…, Vale said, will …", "…, according to X of Y.") makes a short fragment elsewhere in that
sentence, typed scare or term for want of a credit next to it, the credited one's speech
(attribute/sentence_credit.py, issue 11, round 41, lane echo24). Our own words."""

from __future__ import annotations

import pytest


_HEAD = "Harbour report published\n\nThe harbour board published its yearly report on Monday.\n\n"


CREDITED = [
    ("a closing 'said' with the body after it, the clause before it long",
     "But the office in charge of the new berths suffered from a \u201cpersistent shortage\u201d of pilots "
     "across the winter, which had \u201cbadly delayed\u201d the dredging, said the Harbour Audit Committee.",
     "persistent shortage", "Harbour Audit Committee"),
    ("a parenthetical 'X said' between commas",
     "But some of the comments made by pilots, Dunmore said, will \u201cweaken the case\u201d for the "
     "board when the inquiry opens.\n\n\u201cWe will read every page,\u201d said Ilse Dunmore, the "
     "union's lawyer.",
     "weaken the case", "Ilse Dunmore"),
    ("'according to X of Y' closing the sentence",
     "Last winter saw a sharp \u201cslump\u201d in cargo, with the port handling the fewest ships in "
     "twenty years, according to Petra Lindqvist of the Baltic Freight Institute.",
     "slump", "Petra Lindqvist"),
]


@pytest.mark.parametrize("body,words,speaker", [c[1:] for c in CREDITED], ids=[c[0] for c in CREDITED])
def test_a_sentence_credit_speaks_for_the_fragment(body, words, speaker, quote_of):
    q = quote_of(_HEAD + body, words)
    assert (q.kind, q.speaker) == ("speech", speaker), (q.kind, q.kind_evidence, q.attribution_evidence)


NOT_CREDITED = [
    ("a parenthetical credit of a group",
     "But some of the comments made by pilots, officials said, will \u201cweaken the case\u201d for the "
     "board when the inquiry opens.",
     "weaken the case"),
    ("a group credit closing the sentence",
     "The office in charge of the new berths suffered from a \u201cpersistent shortage\u201d of pilots "
     "across the winter, critics said.",
     "persistent shortage"),
]


@pytest.mark.parametrize("body,words", [c[1:] for c in NOT_CREDITED], ids=[c[0] for c in NOT_CREDITED])
def test_no_named_sentence_credit_leaves_no_name(body, words, quote_of):
    q = quote_of(_HEAD + body, words)
    assert q.speaker is None, (q.kind, q.kind_evidence, q.attribution_evidence)


def test_a_paper_closing_the_sentence_is_no_speaker(quote_of):
    q = quote_of(_HEAD + "At the quay, about thirty fishermen chanted \u201cno more berths\u201d as they walked past the "
               "office on Saturday, according to The Harbour Gazette.", "no more berths")
    assert q.speaker != "Harbour Gazette", (q.kind, q.kind_evidence, q.attribution_evidence)
