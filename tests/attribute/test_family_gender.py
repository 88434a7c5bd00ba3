"""Several full forms of one surname, all of the other sex than the pronouns written after the
bare surname: the bare surname is none of them. "President Kerr … he" beside only "Nancy Kerr"
and "Mary Kerr" gave every "Kerr said" to a daughter or a wife (round 34, lane family15: in a
report of a State of the Union speech, the president's words went to "Ivanka Trump"; in two
more, to "Melania Trump"). Before, family.py's tally was asked only when the article wrote one
full form; its threshold (two pronouns, twice as many as of the other sex) guards the mixed
case. Our own words."""

from __future__ import annotations

import pytest

_WOMEN = ("Budget night\n\nThe assembly sat late.\n\nPresident Kerr spoke to the assembly on Tuesday. Kerr said he wanted "
          "a smaller budget, and Kerr told the chamber he would veto any rise.\n\nHis daughter "
          "Nancy Kerr and his wife Mary Kerr watched from the gallery. Nancy Kerr waved, and Mary Kerr "
          "smiled.\n\n")

_MAYOR = ("Harbour vote\n\nThe port grew again.\n\nMayor Mary Kerr opened the new quay. Mary Kerr cut the ribbon, and Mary "
          "Kerr thanked the builders. Her husband James Kerr runs the ferry firm.\n\nKerr said he "
          "would buy two more boats. Kerr added that he had asked the bank.\n\n")

_TEAM = ("Budget night\n\nThe assembly sat late.\n\nTeam Kerr sent out a memo on Monday. President Kerr spoke to the "
         "assembly on Tuesday. Kerr said he wanted a smaller budget, and Kerr told the chamber he would veto any "
         "rise.\n\nHis wife Mary Kerr watched from the gallery. Mary Kerr waved, and Mary Kerr smiled.\n\n")

_NGOZI = ("Harbour vote\n\nThe port grew again.\n\nMayor Ngozi Kerr opened the new quay. Ngozi Kerr cut the ribbon, and "
          "Ngozi Kerr thanked the builders. Her husband James Kerr runs the ferry firm.\n\nKerr said she would buy "
          "two more boats. Kerr added that she had asked the bank.\n\n")

CASES = [
    # review24: a woman whose given name is in no list, her husband struck, keeps her full name
    # by her title (ecc5d1b showed the bare surname; 65452c4 named her)
    ("a mayor named by an unlisted given name keeps her name once her husband is struck",
     _NGOZI + "The council met later. \u201cThe boats are paid for,\u201d Kerr said.",
     lambda s: s == "Ngozi Kerr"),
    # review24 guard (passes on ecc5d1b; fails with family.by_given_name switched off): once the
    # wife is struck, a capitalised word before the surname ("Team Kerr") is no full form to win
    ("a team named by the surname does not take the struck woman's place",
     _TEAM + "\u201cWe will spend less and build more,\u201d Kerr said.",
     lambda s: s == "Kerr"),
    ("two women named in full, the bare surname a man's",
     _WOMEN + "\u201cWe will spend less and build more,\u201d Kerr said.",
     lambda s: s not in ("Nancy Kerr", "Mary Kerr") and s is not None and s.endswith("Kerr")),
    ("the most named woman loses to the man named once",
     _MAYOR + "The council met later. \u201cThe boats are paid for,\u201d Kerr said.",
     lambda s: s == "James Kerr"),
    ("her own pronouns keep the most named woman",
     _MAYOR.replace("Kerr said he would buy two more boats. Kerr added that he had asked",
                    "Kerr said she would open a second quay. Kerr added that she had asked")
     + "The council met later. \u201cThe quay is paid for,\u201d Kerr said.",
     lambda s: s == "Mary Kerr"),
]


@pytest.mark.parametrize("case,article,ok", CASES, ids=[c[0] for c in CASES])
def test_family_gender(case, article, ok, speech_of):
    speakers = [q.speaker for q in speech_of(article, case)]
    assert len(speakers) == 1 and ok(speakers[0]), speakers
