"""Verbs of speaking the lists lacked (round 81, lane verbs93: lexicon/manner_verbs.py): a
quotation opened or closed by one of them, with a named subject, was left with no speaker.
Shapes as on draw I, sentences invented."""

from __future__ import annotations

import pytest

# Brell is named first and Osk speaks in between, so a fallback to the last speaker would say Osk.
_OPEN = ("Harbour plan\n\nThe fisherman Tomas Brell, 61, opposes the dredging plan. Harbour master "
         "Lena Osk backed it on Monday. \u201cIt keeps the port open,\u201d Osk said.\n\n")

CASES = [
    ("hollered", "\u201cIt went very well,\u201d Brell hollered to the boats on Saturday."),
    ("jabbed, verb first", "\u201cThe harbour master must really like mud,\u201d jabbed Brell."),
    ("jabbed back", "In response, Brell jabbed back, \u201cI think we win when we fish, not "
     "dredge.\u201d"),
    ("fretted", "During the meeting, Brell fretted: \u201cFor two years the board has ignored "
     "us.\u201d"),
    ("fretted, words opening with an ellipsis", "During the meeting, co-host Tomas Brell fretted: "
     "\u201c...for two years the board has ignored us.\u201d"),
    ("affirmed that", "The harbour paper gave the board two stars, and Brell affirmed that there "
     "is \u201cno evidence\u201d for the plan."),
    ("brayed", "\u201cThey will never dredge this harbour,\u201d Brell brayed."),
]


@pytest.mark.parametrize("case,sentence", CASES, ids=[c[0] for c in CASES])
def test_later_manner_verbs(case, sentence, speech_of):
    quotes = speech_of(_OPEN + sentence, case)
    assert [q.speaker for q in quotes] == ["Lena Osk", "Tomas Brell"]


# Only the past forms of these verbs report: an -ing form before a name is an adjective, and the
# credit is the "said" after it (tuning fresh24: "A sobbing X said: “…”" lost X's words when
# "sob" and its -ing form were listed).
def test_an_adjective_before_the_name_leaves_the_credit_to_said(speech_of):
    quotes = speech_of(_OPEN + "A hollering Brell said: \u201cNobody asked the boats.\u201d")
    assert [q.speaker for q in quotes] == ["Lena Osk", "Tomas Brell"]
    assert quotes[-1].cue == "said"
