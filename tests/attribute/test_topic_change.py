"""A quotation with no speaker of its own does not continue the previous or the last speaker
when its own sentence (for the previous subject: one with no reporting verb), or (for the last
speaker) the sentence before it, names another person (attribute/topic.py, issue #11 rounds
11-12): left null, not guessed. Cases written for this test, shaped like constructs that failed
on the real-news tuning split or counted on the never-read splits."""

from __future__ import annotations

import pytest

_LETTER = ("In a letter signed by both publisher Ana Kiel and editor Tom Rudd, the pair said they "
           "promise to \u201creport the news without fear.\u201d")

CASES = [
    ("not the speaker of the previous sentence",
     "Paper\n\n\u201cThe paper has lost its way,\u201d said columnist Ed Marsh. \u201cIt must change.\u201d"
     "\n\n" + _LETTER,
     ["Ed Marsh", "Ed Marsh", None]),
    ("not the last speaker of the article",
     "Paper\n\n\u201cThe paper has lost its way,\u201d said columnist Ed Marsh.\n\nIt was a hard week at "
     "the paper.\n\n" + _LETTER,
     ["Ed Marsh", None]),
    ("the sentence before names another person: not the last speaker",
     "Paper\n\n\u201cThe paper has lost its way,\u201d said columnist Ed Marsh.\n\nOn Monday the board "
     "met with owner Ana Kiel to go over the losses.\n\n\u201cWe will not sell.\u201d",
     ["Ed Marsh", None]),
    ("narration naming nobody between: the last speaker still continues",
     "Paper\n\n\u201cThe paper has lost its way,\u201d said columnist Ed Marsh.\n\nOn Monday the board "
     "met to go over the losses. \u201cWe will not sell.\u201d",
     ["Ed Marsh", "Ed Marsh"]),
    ("its own sentence, with no reporting verb, names another person: not the previous subject",
     "Derby\n\nCoach Dara Finn has run the club for ten years and won three titles. Next up, against "
     "rival coach Owen Pryce: \u201cWe need a rest.\u201d",
     [None]),
    # the masked text keeps a real capital X that opens a quotation (its placeholder is "X"),
    # so "X" is a mention of Tom X inside the quotation: not a name in its sentence (topic.py)
    ("a quotation opening on a capital X names nobody: the last speaker still continues",
     "Paper\n\nThe board hired Mr Tom X in May.\n\n\u201cThe paper has lost its way,\u201d said columnist "
     "Ed Marsh.\n\n\u201cX marks the spot.\u201d",
     ["Ed Marsh", "Ed Marsh"]),
    ("a continuation naming nobody else still continues",
     "Paper\n\n\u201cThe paper has lost its way,\u201d said columnist Ed Marsh. \u201cIt must change.\u201d",
     ["Ed Marsh", "Ed Marsh"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_topic_change(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
