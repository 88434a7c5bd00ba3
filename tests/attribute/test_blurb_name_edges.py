"""The edges of a flattened related-story blurb (layout.link_blurbs) in two shapes the older
patterns missed (issue 11, round 58, lane wrong58: a wrong form shown as the speaker on the
tuning splits, four quotations in two articles):

- a blurb with no headlines, so that "MORE" is glued to the full name's last word ("Jon Vell
  Jonathan (Jon) Marcus VellMORE said"): no blurb was found and the speaker read "Jon Vell
  Jonathan";
- a spaced blurb whose display name's first word comes back first ("Ada Brook Ada Louise
  Brook Harbour bill stalls … MORE"): the spaced repetition of "Ada" cut the name after its
  first word.

Cases written for this test."""

from __future__ import annotations

import pytest

CASES = [
    ("MORE glued to the full name, no headlines",
     "Port row\n\n“We will not sign it this year,” the party's treasurer Jon Vell Jonathan (Jon) "
     "Marcus VellMORE said in a statement on Monday.",
     "Jon Vell"),
    ("a spaced blurb opening with the display name's first word again",
     "Port row\n\nSenator Ada Brook Ada Louise Brook Harbour bill stalls in the senate Dover mayor "
     "quits MORE (D-Ore.) said the votes to pass the levy were “already there” and growing.",
     "Ada Brook"),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_blurb_name_edges(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == [expected]


@pytest.mark.parametrize("article,expected", [
    # no "MORE" at all: a capitalised word glued to a name is no blurb
    ("Port row\n\n“We will not sign it this year,” said Jon Vell of the MOREHOUSE fund on Monday.",
     "Jon Vell"),
    # a first name repeated in running text with no "MORE" after it cuts nothing
    ("Port row\n\nAda Brook and Ada Louise Brook Harbour's mother spoke. “It is late,” Ada Brook said.",
     "Ada Brook"),
], ids=["capitals glued to MORE inside a word", "no MORE"])
def test_no_blurb_without_more(article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, "guard")][-1] == expected
