"""A body's name or a first office before the person the credit names (issue #11, round 20,
lane orgperson): "said Council on Foreign Relations President Richard Haass" gave "Council",
"said House Energy and Commerce Committee Chairman Fred Upton" gave "House Energy", "Chamber of
Commerce President and CEO Thomas Donohue said" gave "Chamber of Commerce President" (read in
1,000 unannotated articles). Sentences written for this test."""

from __future__ import annotations

import pytest

LEAD = "Farm trade\n\nThe markets fell sharply on Monday.\n\n"

CASES = [
    ("'on' inside a body's name after an inverted verb",
     "\u201cMy own guess is that this gets worse,\u201d said Council on Trade Policy President Richard Hallam.",
     ["Richard Hallam"]),
    ("'and' inside a committee's name after an inverted verb",
     "\u201cThe plan hurts families,\u201d said House Farms and Forests Committee Chairman Fred Upland.",
     ["Fred Upland"]),
    ("two offices joined by 'and' before the name (inverted)",
     "\u201cTariffs hurt our growers,\u201d said Kestrel Foods President and CEO Drew Altmore.",
     ["Drew Altmore"]),
    ("two offices joined by 'and' before the name (verb after)",
     "\u201cTariffs hurt our growers,\u201d Kestrel Foods President and CEO Drew Altmore said.",
     ["Drew Altmore"]),
    ("an office and a lower-case role joined by 'and' before the name",
     "\u201cTariffs hurt our growers,\u201d former House Speaker and radio host Newton Garvey tweeted.",
     ["Newton Garvey"]),
    # round 32, lane nulls13: a random sample of null speech in unannotated corpus text; the
    # party adjective was read as a name and dropped, and the words went null
    ("a party's lower-case role and a second role before the name (inverted)",
     "\u201cThe debate went well,\u201d said Democratic strategist and Fox contributor Alan Castor.",
     ["Alan Castor"]),
    ("a party's lower-case role and a lower-case role before the name (inverted)",
     "\u201cThe debate went well,\u201d said Republican strategist and commentator Alan Castor.",
     ["Alan Castor"]),
    ("two named people joined by 'and' stay two people",
     "\u201cTariffs hurt our growers,\u201d said Assembly Speaker Robin Vosper and Senate Majority Leader "
     "Scott Fitzwater.",
     ["Robin Vosper"]),
]


@pytest.mark.parametrize("label,body,want", CASES, ids=[c[0] for c in CASES])
def test_role_conjuncts(speech_of, label, body, want):
    got = [q.speaker for q in speech_of(LEAD + body)]
    assert got == want, label


def test_office_with_a_capitalised_word_inside_still_joins(speech_of):
    # "Deputy Campaign Manager and Communications Director Kate X wrote": the first office
    # has a capitalised word after its title, but no name (corpus check of this rule)
    body = ("\u201cIt is a smear,\u201d Deputy Campaign Manager and Communications Director Kate "
            "Bellingham wrote.")
    assert [q.speaker for q in speech_of(LEAD + body)] == ["Kate Bellingham"]
