"""A headline's or caption line's verb glued before a surname (round 79, lane head89): a word in
-ing before its object in a video player's lines ("JUST WATCHED Grading X's trip … MUST WATCH
Grading X's trip"), a negated auxiliary opening a headline ("Won't X …?"), and a sentence-opening
"Following X's lead" after a full stop that lost its space. The article never writes the verb in
lower case, so the round-78 rule kept it and the glued run became the person's shown name.
Kept: a given name in -ing that no list holds, before a saying verb ("Sterling X said").
"""

from __future__ import annotations

import pytest

from onrecord.attribute.opener_names import headline_verb

CASES = [
    ("a video player's caption verb before a surname the body gives with a given name",
     "Trip\n\nTom Harlan ended his trip abroad on Monday.\n\n"
     "JUST WATCHED Grading Harlan's trip Replay More Videos ... MUST WATCH Grading Harlan's trip 03:50\n\n"
     "\"We had a fine visit,\" Harlan said.",
     ["Tom Harlan"]),
    ("the cut surname joins the full name's cluster, a pronoun's quotation too",
     "Trip\n\nTom Harlan ended his trip abroad on Monday.\n\n"
     "JUST WATCHED Grading Harlan's trip Replay More Videos ... MUST WATCH Grading Harlan's trip 03:50\n\n"
     "Harlan spoke at the library. \"We had a fine visit,\" he said.",
     ["Tom Harlan"]),
    ("a negated auxiliary opening the headline",
     "Won't Harlan Back the Bill?\n\nSenator Tom Harlan has not decided on the bill.\n\n"
     "\"I need more time,\" Harlan said.",
     ["Tom Harlan"]),
    ("a sentence-opening verb in -ing after a full stop that lost its space",
     "Feud\n\nThe mayor mocked the players and the coaches.Following Harlan's lead, the deputy left "
     "the stadium.\n\n\"We are done here,\" Harlan said.",
     ["Harlan"]),
]

KEPT = [
    ("a given name in -ing that no list holds, before a saying verb",
     "Race\n\nSterling Kessel said he ran hard.\n\n\"It was close,\" Kessel said.",
     ["Sterling Kessel"]),
]


@pytest.mark.parametrize("case,article,expected", CASES + KEPT, ids=[c[0] for c in CASES + KEPT])
def test_a_headline_verb_leaves_the_name(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


@pytest.mark.parametrize("word,after,verb", [
    ("Grading", "'s trip", True),
    ("Won’t", " Harlan", True),
    ("Sterling", " said", False),  # a given name before a saying verb
    ("Hope", " Vardy", False),  # a listed given name
    ("Count", " Harlan", False),  # no verb form by its shape
], ids=["an -ing verb before its object", "a negated auxiliary", "an -ing given name before said",
        "a given name", "a word of no verb shape"])
def test_headline_verb(word, after, verb):
    assert headline_verb(word, after) is verb
