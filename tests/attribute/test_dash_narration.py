"""A dash after a quotation that goes on with the writer's sentence is no dash credit: the last
capitals of "— a jab aimed straight at Mr. X", "— X being a crook —", "– X or Y" were taken as
the speaker (issue 11, round 82, lane wrong96: 15 of draw K's 55 dash credits). A real dash
credit, a role before the name included, still names its speaker. Our own words."""

from __future__ import annotations

import pytest

_H = "The council met on Friday.\n\n"
_T = "\n\nThe vote is Tuesday.\n"


@pytest.mark.parametrize("text, words, speaker", [
    # an aside's subject is not the speaker of the words it interrupts
    ("An update was added, with Pemberton writing that the \u201csecond reading\u201d \u2014 Whitcomb "
     "being a crook \u2014 \u201cwas not as odd as it seemed.\u201d", "second reading", "Pemberton"),
    # the person a jab is aimed at is not the one who made it
    ("Mr. Halvorsen said the plan will hold \u201cso long as the budget is properly kept\u201d \u2014 a "
     "jab aimed straight at Mr. Whitcomb.", "so long as the budget is properly kept", "Halvorsen"),
    ("Senator Ann Pemberton called on fellow members to drop ideas like \u201cAbolish Zoning\u201d \u2014 a policy "
     "Ms. Whitcomb has endorsed.", "Abolish Zoning", "Ann Pemberton"),
    # two names weighed against each other after the words
    ("One town official argued: \u201cIt is a tie as to who is the worse planner\u201d \u2013 Halvorsen "
     "or Whitcomb.", "It is a tie as to who is the worse planner", None),
    ("Whitcomb on the budget: \u201cMy instinct was to cut\u201d \u2013 & then the Spending Party got "
     "to him.", "My instinct was to cut", None),
    # an aside about the speaker's ward between the halves of his words
    ("\u201cMaybe not as much in Dave\u2019s as in ours\u201d \u2014 Halvorsen represents a safe ward in "
     "Westshire \u2014 \u201cbut I think we run toward the mayor.\u201d", "but I think we run toward the mayor", None),
])
def test_narration_after_a_dash_is_no_credit(quote_of, text, words, speaker):
    assert quote_of(_H + text + _T, words).speaker == speaker


@pytest.mark.parametrize("credit, speaker", [
    ("lawyer Dana Whitcomb", "Dana Whitcomb"),
    ("Sen. Ann Pemberton, D-Ohio, on the floor", "Ann Pemberton"),
    ("Lionel Ferraro to the Westshire Courier, 2004", "Lionel Ferraro"),
])
def test_a_dash_credit_still_names_its_speaker(speech_of, credit, speaker):
    text = _H + "\u201cIt is bigger than one man. It is the town.\u201d \u2014 " + credit + _T
    assert [q.speaker for q in speech_of(text)] == [speaker]
