"""A sentence-initial "A" is an article, not a word in capitals (issue #11, round 24, lane
forms8). "A spokesman for the Supporters Trust said: “…”" gave the trust as the speaker: the
phrase reader dropped the capital "A" as if it were a shouted word ("OF ISIS" in transcripts),
so the phrase lost its article and its last capitals became the name. Gold, and our own rule
for unnamed spokespeople, leave such a speaker unnamed. Cases written for this test, shaped like
the tuning splits (ext, fresh2, fresh5)."""

from __future__ import annotations

import pytest


CASES = [
    ("a spokesman for a body with a colon",
     "Club rejects bid\n\nThe club rejected the offer from the tycoon on Monday. A spokesman for the "
     "Supporters Trust said: \u201cThere is no change at all in the offer.\u201d",
     [None]),
    ("a spokeswoman for a body told an agency",
     "Bank rumours\n\nReporters said the bank had flagged the deals. A spokeswoman for the Lamb "
     "Organization told Reuters \u201cthe story is pure invention\u201d.",
     [None]),
    ("a spokeswoman for a body whose name ends in a verb",
     "Control orders\n\nThe bill goes to the Lords. A spokeswoman for Civil Liberties Watch said it "
     "was a \u201cbasic principle\u201d that nobody be punished without trial.",
     [None]),
    ("a document by a named person still speaks for the person",
     "Minister quits\n\nThe energy minister will stand down in March. A statement by Galt thanked "
     "him for his \u201cdedicated service,\u201d and wished him well.",
     ["Galt"]),
    ("an initial A is not the article",
     "Memories\n\nBailey knew both men. \u201cHe had come to believe in it,\u201d A. Peter Brill told "
     "the radio in 2010.",
     ["Peter Brill"]),  # the initial is lost, as before round 24; the person is right
    ("an epithet with a capital article names the person",
     "Budget\n\nPress secretary Sean Spiro spoke first. A downbeat Spiro added: \u201cWe can only do "
     "so much.\u201d",
     ["Sean Spiro"]),
    ("a spokesperson for a body named by its acronym stays unnamed",
     "Ethics row\n\nThe Nuclear Power Council (NPC) wrote to the university. A spokesperson for NPC "
     "said: \u201cOur work with outside groups is lawful.\u201d",
     [None]),
    ("an epithet before a title and a surname names the person",
     "Hearing\n\nThe president watched the vote. A relieved President Marlow tweeted, \u201cA "
     "great day for the country.\u201d",
     ["Marlow"]),
    ("a named speaker opening the sentence is unchanged",
     "Club rejects bid\n\nThe club rejected the offer. Supporters Trust chairman Alan Brisk said: "
     "\u201cThere is no change at all in the offer.\u201d",
     ["Alan Brisk"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_spokesperson_for_body(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


def test_the_description_is_kept(speech_of):
    article = CASES[0][1]
    [q] = speech_of(article, "description")
    assert q.speaker_description and "spokesman" in q.speaker_description.lower()
