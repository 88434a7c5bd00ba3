"""A BBC caption is a sentence of its own (issue #11, round 26, lane audit10). The page prints
its furniture and the caption on one line: "Media playback is unsupported on your device Media
caption On <date> X said “…”", "Image copyright <agency> Image caption The party's X said …
“…”". Read as one sentence, the furniture's noun ("Media playback", "Image copyright") was the
subject and the caption's speaker was lost (null), or a caption with no named speaker took the
story's speaker. Cases written for this test, shaped like the captions of the BBC and AllSides
corpus articles read in the audit of 78 random articles."""

from __future__ import annotations

import pytest

STORY = ("Port board rejects harbour toll rise\n\n"
         "The port board has voted down a rise in harbour tolls, its chair Harriet Colvane said on "
         "Monday.\n\n")

CASES = [
    ("a media caption with a date before the speaker",
     STORY + "Media playback is unsupported on your device Media caption On 3 May Harriet Colvane "
     "said \"I never saw the bill\" about the toll payment\n\nThe vote was close.",
     "Harriet Colvane"),
    ("an image caption with a possessive before the speaker",
     STORY + "Image copyright Reuters Image caption The Greens' Orla Penhallow said the board's "
     "position was \"hopeless\"\n\nThe vote was close.",
     "Orla Penhallow"),
    ("a media caption label still reads its name",
     STORY + "Media playback is unsupported on your device Media caption Colvane: \"We will not "
     "budge\"\n\nThe vote was close.",
     "Harriet Colvane"),
    ("a caption's unnamed shouter is nobody from the story",
     STORY + "Media playback is unsupported on your device Media caption \"Scrap the tolls!\" "
     "shouted a docker who waved a flag at the board\n\nThe vote was close.",
     None),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_caption_is_its_own_sentence(case, article, expected, speech_of):
    said = speech_of(article, case)
    caption = [q for q in said if q.start > article.index("caption")]
    assert caption, "the caption's quotation is speech"
    assert caption[0].speaker == expected


def test_caption_label_on_a_long_line(speech_of):
    """A caption label whose line is too long for a headline-shaped line still names the
    speaker: the furniture before it marks it a caption."""
    article = (STORY + "Media playback is unsupported on your device Media caption Colvane: \"We will "
               "not budge on the tolls, whatever the shipping lines say to the board, and the "
               "dockers know it, as do the councillors who sit with us on the board every week of "
               "the year\"\n\nThe vote was close.")
    said = speech_of(article, "a long caption label")
    assert said[-1].speaker == "Harriet Colvane"


@pytest.mark.parametrize("caption", [
    "Media playback is unsupported on your device Media caption Inside the shed: \"We saw the crane fall\"",
    "Media playback is unsupported on your device Media caption Harbour master: \"The tolls must rise\"",
])
def test_caption_words_are_no_continuation(caption, speech_of):
    """A caption with no named speaker of its own is nobody's from the paragraph above."""
    article = STORY + "\"It was a fair vote,\" Colvane said.\n\n" + caption + "\n\nThe vote was close."
    said = speech_of(article, "a caption after a speaker")
    assert said[-1].speaker is None


@pytest.mark.parametrize("sentence,expected", [
    ("The Herald's Tomas Ferreira in Lisbon says the vote sends a \"clear\" signal.", "Tomas Ferreira"),
    ("The Irish envoy in Ottawa says the deal needs \"patient\" work.", None),
])
def test_place_after_in_is_no_speaker(sentence, expected, speech_of):
    """"X in <Place> says": the place is where X is, never the speaker (a caption's shape, and
    the body's)."""
    article = "Tolls vote\n\nThe board met on Monday.\n\n" + sentence
    said = speech_of(article, "a place after in")
    assert said[-1].speaker == expected



def test_caption_newcomer_is_no_antecedent(speech_of):
    """Someone a caption brings in, named nowhere else, is no "he" of the story below it."""
    article = (STORY + "Meanwhile the port's lawyer Ewan Strade spoke at a shipping conference.\n\n"
               "Media playback is unsupported on your device Media caption Dorin Veck has not seen "
               "his boat since the storm\n\n"
               "He told the delegates the tolls would \"ruin the small firms\".")
    said = speech_of(article, "a caption between a subject and his pronoun")
    assert said[-1].speaker == "Ewan Strade"


def test_caption_naming_the_story_subject_stays_an_antecedent(speech_of):
    """A caption that names the story's own speaker keeps her for the "she" below it."""
    article = (STORY + "Media playback is unsupported on your device Media caption Colvane: \"We "
               "will not budge\"\n\nShe said the board would meet again \"within the month\".")
    said = speech_of(article, "a caption naming the story's subject")
    assert said[-1].speaker == "Harriet Colvane"
