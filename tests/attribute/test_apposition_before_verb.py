"""A credit after the words with an apposition between the name and its verb ("“…,” Kira X,
the head of the riders' league, said"; "“…,” Rep. Al X, D-Ore., said"; round 58, lane trail58).
The string rules stopped at the first comma and left the sentence to the parse, which on the
tuning splits took a party-state label for the subject or found no one; a "Maj." rank ended the
sentence and "Maj" became a bare credit line's speaker. Articles written for this test."""

from __future__ import annotations

import pytest

_OPEN = ("Ferry board votes on budget\n\n\u201cIt is a fair deal for the riders,\u201d said Mayor Ivo Kell.\n\n"
         "The riders' groups are not on board with the spending plan.\n\n")

CASES = [
    ("a role and an organisation in the apposition",
     "\u201cThe budget keeps paying the same consultants,\u201d Greta Lindqvist, the president of Riders for "
     "transit of Maine, said.", "Greta Lindqvist"),
    ("a party-state label in the apposition",
     "\u201cWe need a vote now,\u201d RFC Chairman T.R. Okafor, D-N.C., said, while listing the costs.",
     "T.R. Okafor"),
    ("a place with a comma of its own in the apposition",
     "\u201cThe plan is late,\u201d Dana Ruiz, a council member from Salem, Ore., told reporters.", "Dana Ruiz"),
    ("a major general's rank abbreviated",
     "\u201cWe will find the money somewhere,\u201d Maj. Gen. Oskar Velde, the guard commander, said on Sunday.",
     "Oskar Velde"),
]


@pytest.mark.parametrize("case,sentence,speaker", CASES, ids=[c[0] for c in CASES])
def test_apposition_before_verb(case, sentence, speaker, speech_of):
    q = speech_of(_OPEN + sentence + "\n", case)[-1]
    assert q.speaker == speaker
    # read by the string rules: the answer does not hang on the parse of a long line
    assert q.attribution_evidence[0].startswith("string:")


@pytest.mark.parametrize("case,sentence", [
    ("two people, each with an apposition",
     "\u201cWe object,\u201d Dana Ruiz, the clerk, and Tom Brandt, the treasurer, said."),
    ("a fronted phrase, no name, before the first comma",
     "\u201cWe object,\u201d in Salem, Ore., officials said."),
], ids=lambda c: c if isinstance(c, str) and not c.startswith("\u201c") else "")
def test_no_single_name_is_no_apposition_credit(case, sentence, speech_of):
    q = speech_of(_OPEN + sentence + "\n", case)[-1]
    assert q.attribution_evidence[0] != "string: \u201c\u2026\u201d X, apposition, said"


def test_a_role_before_the_first_comma_is_not_the_name(speech_of):
    # "the festival's organiser in Salem, Kira Vale, told …": the name is in the commas; the
    # place at the end of the role was read as the speaker (ext tuning split, round 58)
    q = speech_of(_OPEN + "\u201cWe were shocked,\u201d the festival's organiser in Salem, Kira Vale, "
                  "told the local radio station.\n", "role first")[-1]
    assert q.speaker != "Salem"
