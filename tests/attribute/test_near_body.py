"""A definite kind of body ("the club", "the company", "the hospital") is the one
body the nearest sentence before it names, though that body did not speak there and did not open
the sentence (issue 11, round 37, lane unnamed20: big2 text left such words null). Two bodies
in that sentence, or a law or a date as the only name, leave it null. Our own words."""

from __future__ import annotations

import pytest

_CLUB = ("Rescue\n\nFootball club Vrieswijk Rovers FC agreed a rescue plan with lenders on Friday, but its shares "
         "fell.\n\nThe club, which has lost money for six seasons, said last week it faced \u201ca very serious "
         "financial position\u201d.\n")
_COMPANY = ("Plant\n\nBrightwell Foods opened a bottling plant near the river this year. The company said the plant "
            "is the centre of its network.\n\n\u201cWe keep finding new ways to save water,\u201d the company "
            "said.\n")
_HOSPITAL = ("Care\n\nHe is in a stable condition, Larkfield Regional Medical Centre said on Friday. Beyond "
             "his diet, the hospital did not elaborate.\n\n\u201cOur staff are giving him time and room,\u201d "
             "the hospital said.\n")


@pytest.mark.parametrize("article, speaker", [
    (_CLUB, "Vrieswijk Rovers FC"),
    (_COMPANY, "Brightwell Foods"),
    (_HOSPITAL, "Larkfield Regional Medical Centre"),
    # a law beside the body is no second body
    ("Funds\n\nBrookfield College also said it would not take money under the HOPE Act.\n\n\u201cWe never "
     "asked for these funds,\u201d the school said.\n", "Brookfield College"),
])
def test_kind_is_the_one_body_named_before(speech_of, article, speaker):
    assert speech_of(article)[-1].speaker == speaker


_TWO = ("Funds\n\nThe Pellham Institute said it would return the money, and the Oakridge Trust said it "
        "would not.\n\n\u201cWe never asked for these funds,\u201d the school said.\n")
_LAW = ("Funds\n\nMoney under the HOPE Act was cut on Monday.\n\n\u201cWe never asked for these funds,\u201d "
        "the school said.\n")


# a name that only modifies a noun ("a Harbour Air pilot") or is a preposition's object
_MODIFIER = ("Crew\n\nA Harbour Air pilot based in Leeds has died, the airline said.\n\n\u201cOur thoughts are "
             "with his family,\u201d the airline said.\n")
_OBJECT = ("Deadline\n\nEvery time the bipartisan group set a deadline, it missed it. First, it aimed for the "
           "Harvest Festival Committee meeting. In April, the group said, \u201cSoon.\u201d\n")


# round 37, review28: a body whose name shows another kind of institution is no referent
_OTHER_KIND = ("Visit\n\nThe Harbour Club said it would open its grounds to visitors in June.\n\nOn Monday, forty "
               "pupils toured the grounds of the Harbour Club. \u201cOur pupils learned a great deal about the "
               "river,\u201d the school said.\n")


@pytest.mark.parametrize("article", [_TWO, _LAW, _MODIFIER, _OBJECT, _OTHER_KIND])
def test_two_bodies_or_a_law_leave_it_null(speech_of, article):
    q = speech_of(article)[-1]
    assert q.speaker is None
