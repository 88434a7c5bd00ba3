"""A headline's or caption line's verb glued before a surname (round 79, lane head89): a word in
-ing before its object in a video player's lines ("JUST WATCHED Grading X's trip … MUST WATCH
Grading X's trip"), a negated auxiliary opening a headline ("Won't X …?"), and a sentence-opening
"Following X's lead" after a full stop that lost its space. The article never writes the verb in
lower case, so the round-78 rule kept it and the glued run became the person's shown name.
A surname the cut leaves joins the cluster of the one full name the article gives it. Kept: a
given name in -ing that no list holds, before a saying verb ("Sterling X said").
"""

from __future__ import annotations

import pytest

from onrecord.attribute.fullname import _search
from onrecord.attribute.opener_names import headline_verb

CASES = [
    ("a video player's caption verb before a surname the body gives with a given name",
     "Trip\n\nTom Harlan ended his trip abroad on Monday.\n\n"
     "JUST WATCHED Grading Harlan's trip Replay More Videos ... MUST WATCH Grading Harlan's trip 03:50\n\n"
     "\"We had a fine visit,\" Harlan said.",
     ["Tom Harlan"]),
    ("a surname left by a cut opener joins the one full name's cluster",
     "Budget talks\n\nNot an election that gave President Tom Harlan a second term. Not polls that "
     "give the parties a reason to talk.\n\nJUST WATCHED Gergen: Give Harlan credit for reaching out "
     "Replay More Videos ... MUST WATCH Gergen: Give Harlan credit for reaching out 05:25\n\n"
     "\"We are trying to get something done,\" he said of his dinners with senators.\n\n"
     "In the interview, Harlan took aim at the plan. \"It is not responsible,\" the president said.",
     ["Tom Harlan", "Tom Harlan"]),
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


def test_a_caption_verb_is_no_given_name_for_the_fuller_form():
    # a video player's line beside the body's full name: "Grading" is no second given name
    text = ("Trip\n\nIn the view of Tom Harlan and his aides, the trip went well.\n\n"
            "JUST WATCHED Grading Harlan's overseas trip Replay More Videos ... MUST WATCH Grading "
            "Harlan's overseas trip 03:50\n\nHarlan spoke at the library.")
    assert _search(text, 0, "Harlan", []) == ("Tom Harlan", [text.index("Tom Harlan")])
