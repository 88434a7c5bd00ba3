"""A surname two people of the article share ("Clinton" beside Bill and Hillary Clinton): the
one named in full earlier in the same paragraph, not the one named most often in the article
(corpus read, twelfth session: "… Hillary Clinton was running against Obama … “…,” Clinton
bragged" went to Bill Clinton, named three times before). With no full name in the paragraph
the most-named one still wins ("Obama" is the president, not his daughter). Our own words."""

from __future__ import annotations

import pytest

_TWO = ("Harbour dynasty\n\nMarek Osk ran the port for thirty years. Marek Osk built the new quay. "
        "\u201cThe sea pays for everything,\u201d Marek Osk told the board in 1998.\n\n")

CASES = [
    ("the full name earlier in the paragraph",
     _TWO + "In 2019 his daughter Ilona Osk ran for the harbour board. She did not hide her plans: "
     "\u201cI will open the port to the night ferries,\u201d Osk said.",
     ["Marek Osk", "Ilona Osk"]),
    ("no full name in the paragraph: the most named",
     _TWO + "His daughter Ilona Osk sits on the board now.\n\nThe port will close for a week. "
     "\u201cWe have done this before and we will do it again,\u201d Osk said.",
     ["Marek Osk", "Marek Osk"]),
    ("both named in the sentence before: the most named",
     _TWO + "Marek Osk and his daughter Ilona Osk came to the meeting. \u201cWe have done this "
     "before,\u201d Osk said.",
     ["Marek Osk", "Marek Osk"]),
    ("a capitalised adverb before the surname is no family member",
     _TWO + "Perhaps Osk's worst idea was the toll on the old quay. \u201cIt paid for the lights,\u201d "
     "Osk said.",
     ["Marek Osk", "Marek Osk"]),
    ("a demonym before the surname is no family member",
     _TWO + "Fellow Balt Osk says the toll was fair. \u201cIt paid for the lights,\u201d Osk said.",
     ["Marek Osk", "Marek Osk"]),
    ("the most named one, named last in the paragraph",
     _TWO + "His daughter Ilona Osk was at the meeting with Marek Osk. \u201cWe have done this "
     "before,\u201d Osk said.",
     ["Marek Osk", "Marek Osk"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_family_surname(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


@pytest.mark.parametrize("given,sex", [("mary", "f"), ("james", "m"), ("nancy", "f"), ("jordan", None), ("acme", None)])
def test_given_sex_of_a_listed_name(given, sex):
    """cues.given_sex: the one test of what a given name says (entities, regroup and family
    each wrote it until round 24); a name listed as neither says nothing."""
    from onrecord.attribute.cues import given_sex
    assert given_sex(given) == sex
