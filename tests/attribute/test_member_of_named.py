"""An indefinite voice that names the body or person it belongs to in its own complement ("one
Republican member of Congress", "a mechanic at Harbour General", "one friend of the Vales") is
unnamed: the role match must not hand its words to that body or person; nor is a body ever "a
veteran official" (issue 11, round 79, lane unnamed89, GUIDELINES D2). A name apposed right
after the description still speaks. Our own words."""

from __future__ import annotations

import pytest

_CONGRESS = ("Race\n\nCongress returns next week to a crowded agenda of spending bills.\n\n"
             "\u201cHe has a fine record, he just cannot campaign,\u201d one Republican member of Congress "
             "told the paper.\n")
_HOSPITAL = ("Masks\n\nHarbour General Hospital opened a new ward on Monday.\n\n\u201cNobody tells us "
             "anything,\u201d said a mechanic at Harbour General in the city.\n")
_FRIENDS = ("Primary\n\nThe Vales have hosted donors at their home for years.\n\nAs one friend of the Vales "
            "put it to the paper: \u201cThe roof will fall in.\u201d\n")
_PAC = ("Money\n\nThe Harbour Majority Fund raised more than planned this summer.\n\n\u201cThey have "
        "raised a great deal,\u201d said one donor who\u2019s worked closely with the Harbour Majority Fund.\n")
_MILITIA = ("War\n\nThe Drava Front has held the valley since the spring offensive.\n\nForeign planners "
            "\u201cwere far too hopeful for far too long,\u201d says a veteran Western official in the "
            "capital.\n")


@pytest.mark.parametrize("article, desc", [
    (_CONGRESS, "one Republican member of Congress"),
    (_HOSPITAL, "a mechanic at Harbour General"),
    (_FRIENDS, "one friend of the Vales"),
    (_PAC, "one donor who\u2019s worked closely with the Harbour Majority Fund"),
    (_MILITIA, "a veteran Western official"),
])
def test_voice_of_a_named_body_is_unnamed(speech_of, article, desc):
    q = speech_of(article)[-1]
    assert q.speaker is None
    assert q.speaker_description is not None and q.speaker_description.startswith(desc.split()[0])


@pytest.mark.parametrize("article, speaker", [
    ("Case\n\nThe firm was sued by the city in May.\n\n\u201cWe now know how the trade worked,\u201d said "
     "one of the city\u2019s attorneys, Joel Ravin.\n", "Joel Ravin"),
    ("Vote\n\n\u201cI do not want to vote for him,\u201d said a younger voter, Rory Quell of Dover.\n",
     "Rory Quell"),
])
def test_apposed_name_still_speaks(speech_of, article, speaker):
    assert speech_of(article)[-1].speaker == speaker


# An indefinite party member whose modifiers are capitalised was read as a name: "said one
# South Carolina Democrat" gave "South Carolina Democrat" as the speaker (round 79, draw E).
@pytest.mark.parametrize("article, desc", [
    ("Rally\n\n\u201cVoters here want a winner,\u201d said one South Carolina Democrat, who has "
     "watched the crowds grow.\n", "one South Carolina Democrat"),
    ("Primary\n\n\u201cHe hates being handled,\u201d said one longtime Vale-backing Republican.\n",
     "one longtime Vale-backing Republican"),
])
def test_indefinite_party_epithet_is_unnamed(speech_of, article, desc):
    q = speech_of(article)[-1]
    assert (q.speaker, q.speaker_description) == (None, desc)
