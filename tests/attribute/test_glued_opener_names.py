"""A capitalised word glued before a person's name that is no part of it (round 78, lane
opener88): a place after "envoy to", a plural role noun opening a sentence, a video player's
"Embed" before a caption's name, a saying verb opening a line before a surname. The run of
capitals clustered with the person and, as the fullest form, became the shown name
("Peru Dana Welk", "Organizers Ana Kessler", "Said Harlan"). Kept: a given name that is an
English word ("Hope Vardy"), a name particle opening a sentence ("De X" beside "de X"), and a
place that opens a place's name.
"""

from __future__ import annotations

import pytest

from onrecord.attribute.opener_names import _junk_word, lower_word_opener

CASES = [
    ("a place after 'envoy to' before a given name and surname",
     "Talks\n\nThe talks stalled, the former envoy to Peru Dana Welk said on Monday.\n\n"
     "\"We were close,\" Welk said.",
     ["Dana Welk"]),
    ("a plural role noun opening the sentence",
     "Boycott\n\nThe boycott began last year. Organizers Ana Kessler and Bo Lind turned anger into "
     "a campaign.\n\n\"We are not done,\" Kessler told reporters.",
     ["Ana Kessler"]),
    ("a video player's 'Embed' before a caption's name",
     "Rally\n\nPlay Facebook\n\nTwitter\n\nEmbed Tom Harlan mocks his rival 0:45\n\n"
     "\"They are finished,\" Harlan said at the rally.",
     ["Tom Harlan"]),
    ("a saying verb opening a line before a surname",
     "Trade\n\nThe governor said the deal was dead.\n\nSaid Harlan: \"We will not sign it.\"\n\n"
     "\"It is over,\" Harlan said later.",
     ["Harlan", "Harlan"]),
]

KEPT = [
    ("a given name that is an English word opening the sentence",
     "Plan\n\nWe hope the plan works, the mayor said.\n\nHope Vardy told reporters the plan was "
     "\"a mistake.\"\n\n\"It will fail,\" Vardy said.",
     ["Hope Vardy", "Hope Vardy"]),
    ("a short given name the lists leave out",
     "Race\n\nNick Sandell was one of the runners.\n\n\"I ran hard,\" Sandell said.",
     ["Nick Sandell"]),
]


@pytest.mark.parametrize("case,article,expected", CASES + KEPT, ids=[c[0] for c in CASES + KEPT])
def test_a_glued_opener_leaves_the_name(case, article, expected, speech_of):
    # CASES: the opener leaves the shown name; KEPT: the first word is the person's given name
    assert [q.speaker for q in speech_of(article, case)] == expected


@pytest.mark.parametrize("word,lower,junk", [
    ("De", {"de", "said"}, False),  # "De Blasio" opening a sentence beside "de Blasio": a particle
    ("Van", {"van", "said"}, False),
    ("Said", {"de", "said"}, True),  # "Said X:" beside "said"
], ids=["a particle the article writes in lower case", "another particle", "a saying verb"])
def test_a_name_particle_is_never_a_glued_opener(word, lower, junk):
    # draw D (round 78, the lead's check): "De Blasio" became "Blasio" in three quotations
    assert _junk_word(word, lower) is junk
    assert lower_word_opener(word, "the word " + word.lower() + " here") is junk
