"""A dummy "it" names no one ("It would be hard to call …", "It was also agreed that …", "Why
is it that …"): read as a pronoun it gave the words after it to the nearest organisation
(corpus read, twelfth session). A referring "it" still takes its organisation. Our own words."""

from __future__ import annotations

import pytest

_OPEN = "Harbour row\n\nThe Harbour Gazette defended the mayor on Monday. "

CASES = [
    ("a copula, an adjective and 'to'",
     _OPEN + "It would be hard to call the plan \u201ca betrayal\u201d without more evidence.", None),
    ("an agentless passive with 'that'",
     _OPEN + "It was also agreed that a scheme to \u201cclean up the quay\u201d was a priority.", None),
    ("'it's worth noting that'",
     _OPEN + "It\u2019s worth noting that the council called the deal \u201ca bargain\u201d.", None),
    # fourteenth session, corpus check: "it's mean to accuse your opponents of 'killing'
    # people" gave the words to the nearest body
    ("a judging 'mean' with 'to'",
     _OPEN + "And it\u2019s mean to accuse the council of \u201ckilling the quay and every shop on "
     "it for good\u201d over one vote.", None),
    ("'it is unfair to'",
     _OPEN + "It is unfair to say the plan \u201cwill ruin every business on the quay within a "
     "year\u201d so soon.", None),
    # eighteenth session: with the subject reader of round 33 (it_they_subject.py) "It was
    # later revealed that …" went to the person who opened the sentence before
    ("an agentless passive with an adverb and 'revealed'",
     "Harbour row\n\nOsman Reed spoke on Monday. It was later revealed that staff had called "
     "the plan \u201ca joke.\u201d", None),
    ("'it has since emerged that'",
     _OPEN + "It has since emerged that the council called the deal \u201ca bargain\u201d.", None),
    ("a referring 'it' keeps its organisation",
     _OPEN + "It said the deal was \u201ca bargain for the town\u201d.", "Harbour Gazette"),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_dummy_it(case, article, expected, speech_of):
    said = speech_of(article, case)
    if expected is None:  # typed scare, or speech by no one: never the organisation
        assert all(q.speaker is None for q in said)
    else:
        assert said and said[-1].speaker == expected


@pytest.mark.parametrize("sentence", ["And it\u2019s mean to accuse the council of it.",
                                      "It is unfair to say so.", "It is absurd that they did."])
def test_judging_adjectives_make_a_dummy_it(sentence):
    # the fourteenth session's adjectives, read by the pattern itself (the article-level case
    # above passed before them: the review)
    from onrecord.attribute.expletive import dummy_it
    start = sentence.lower().index("it")
    assert dummy_it(sentence, start)

