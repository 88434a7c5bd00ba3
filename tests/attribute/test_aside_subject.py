"""A reporting verb whose named subject the parser lost behind a comma-bracketed aside ("Asked
…, fellow candidate Sen. X, D-Ohio, said “…”", "Speaking …, Mr. X, referring to Y's remark about
the “…,” said there had been “…”"): the name before the aside speaks (issue 11, round 15, lane
narration: left null as "names X, not the previous speaker"). Articles written for the test."""

from __future__ import annotations

import pytest

_OPEN = "Race\n\nMayor Ivo Kell faces charges. \u201cI did nothing wrong,\u201d Kell said on Monday.\n\n"

CASES = [
    ("a name, then a party and state, then said",
     _OPEN + "Asked Wednesday if she would back charges against Kell, fellow candidate Sen. Ana "
     "Lind, D-Ohio, said \u201cno one is above the law\u201d while leaving the question open.",
     ["Ivo Kell", "Ana Lind"]),
    ("a name, then a participle clause, then said",
     _OPEN + "Speaking with a radio host on Thursday, Mr. Teo Varga, referring to the mayor's "
     "plan, said there had been \u201cgreat division\u201d in the council.",
     ["Ivo Kell", "Teo Varga"]),
    # round 37, lane narr20: a phrase opening the sentence with a preposition is no place
    # before the name ("of Springfield, Ill.," below stays an aside)
    ("a phrase opening on a preposition, a name, a party and state, then a verb",
     "Depot\n\nFormer Sen. Ana Lind resigned in March. The plea deal comes two months later. In "
     "her letter to the council, Lind, D-Ohio, acknowledged that she had made her \u201cshare of "
     "mistakes\u201d over the depot.",
     ["Ana Lind"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_aside_subject(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


NOT_NAMES = [
    ("a role with a place name is an aside, not the speaker",
     _OPEN + "\u201cThey are feeling the heat,\u201d Varga, a Utah Republican, told a radio host on Wednesday.",
     ["Ivo Kell", "Varga"]),
    ("a state after a town is an aside, not the speaker",
     _OPEN + "\u201cThey are feeling the heat,\u201d Teo Varga, 29, of Springfield, Ill., said.",
     ["Ivo Kell", "Teo Varga"]),
    ("a place after 'of' is an aside, not the speaker",
     _OPEN + "Addressing the council for the first time, Ana Lind, of New York, said it was "
     "\u201cnot acceptable to sell\u201d the depot.",
     ["Ivo Kell", "Ana Lind"]),
]


@pytest.mark.parametrize("case,article,expected", NOT_NAMES, ids=[c[0] for c in NOT_NAMES])
def test_aside_is_no_speaker(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


# round 37, review28: narr20's opening-phrase reading holds only when the verb reports a clause;
# switched off, "chided the press as failing to put the mayor's comments … “fine” …" gave the
# mayor's word to the press secretary. (The mayor would be right; nobody is no error.)
def test_opening_phrase_without_a_reported_clause_keeps_the_aside(speech_of):
    article = ("Budget\n\nMayor Ivo Kell told a radio host on Friday that the city budget was in good "
               "shape.\n\nAt her regular briefing on Monday, Dana Pratt, the city hall press secretary, "
               "chided the press as failing to put the mayor's comments about the budget being "
               "\u201cfine\u201d in the proper context compared with the state budget.")
    assert "Dana Pratt" not in [q.speaker for q in speech_of(article, "chided")]
