""""…, the Gazette reported" after another voice's words: the outlet carries them and is not
the speaker (attribute/outlet_carrier.py, issue #11 round 50, lane bodies50). Big2's sample of
quotations credited to bodies held outlets credited with a politician's, an agency's and an
unnamed officer's words whenever the other voice's verb stood between the words and the
outlet's credit, was a weak verb of naming, or preceded an earlier quotation of the sentence.
Cases written for this test."""

from __future__ import annotations

import pytest

CASES = [
    ("a verb of naming after the words shares the clause's subject",
     "Ferries\n\nCouncil leader Mara Voss attacked \"all ferry users\" in the town, calling them "
     "\"greedy\" over the fare dispute, the Harbour Gazette reported Friday.\n\nThe council meets "
     "next week.\n",
     ["Mara Voss", "Mara Voss"]),
    ("a body says, and the second quotation of the sentence is still its",
     "Ferries\n\nThe Harbour Port Authority says it will, instead, focus on routes marked "
     "\"unsafe\" or ships held \"due to storm damage,\" Harbour Radio reports.\n\nThe council "
     "meets next week.\n",
     ["Harbour Port Authority", "Harbour Port Authority"]),
    ("an unnamed voice heard saying the words, then the outlet's credit",
     "Ferries\n\nThe ferry hit the pier and the captain called for help.\n\n\"Tell everyone on "
     "the deck to move to the stern,\" one sailor can be heard saying on a recording posted by "
     "a local website, the Gazette reported.\n\nThe council meets next week.\n",
     [None]),
    ("a weak verb of naming before the words, after an earlier quotation",
     "Ferries\n\nMara Voss urged the board to \"stand with islanders\" and end the new fares, "
     "which she called \"a tax on everyone who lives here\" the Harbour Gazette reported.\n\nThe "
     "council meets next week.\n",
     ["Mara Voss", "Mara Voss"]),
    ("guard: nothing but the outlet's credit, its own report",
     "Ferries\n\nThe council met on Monday.\n\n\"The ferry was in poor shape for a decade,\" the "
     "Harbour Gazette reported.\n\nThe council meets next week.\n",
     ["Harbour Gazette"]),
    ("guard: others' reporting described before the words is the outlet's own report",
     "Ferries\n\nThe council met on Monday.\n\nAmong the questions studied: how often local "
     "papers report on \"the fare burden,\" the Harbour Gazette reported.\n\nThe council meets "
     "next week.\n",
     ["Harbour Gazette"]),
    ("guard: a sign that reads the words is no voice the outlet carries",
     "Ferries\n\nThe council met on Monday.\n\nA ferry poster at the pier was painted over to "
     "read \"Fares Up Again,\" Harbour Radio reported.\n\nThe council meets next week.\n",
     ["Harbour Radio"]),
    ("guard: an order written between the words and the credit is no voice",
     "Ferries\n\nThe council met on Monday.\n\n\"Plainly unlawful\" that the mayor ordered the "
     "closure, the Harbour Gazette reported.\n\nThe council meets next week.\n",
     ["Harbour Gazette"]),
    ("guard: a verb after the outlet's credit is not a voice it carries",
     "Ferries\n\nThe council met on Monday.\n\n\"Fares will fall by a third next spring,\" the "
     "Harbour Gazette reported, adding that the board had not voted.\n\nThe council meets next "
     "week.\n",
     ["Harbour Gazette"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_outlet_carrier(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
