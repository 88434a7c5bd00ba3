"""A lone common word is no speaker (thirteenth session, lead's corpus read of 1,000 articles):
"Left" from "the progressive Left" took every "he said" of a candidate (12 quotations), "PM"
from "The PM, who …, said" (5), and sentence openers became speakers ("Prosecutors say",
"Underneath, the text reads", "Lawyers for the commission argue", "Tweets on the account
said"). A real surname that only ever opens sentences keeps its speaker. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a political side is no one",
     "Senate run\n\nOn Thursday he announced his run, promising to speak for the progressive "
     "Left. \u201cThis country faces its hardest years,\u201d he said.", "Left"),
    ("a bare office abbreviation is no one",
     "Court ruling\n\nJudges said the suspension was wrong. The PM, who has faced calls to "
     "resign, said he \u201cprofoundly disagreed\u201d with the ruling.", "PM"),
    ("a plural common noun opening the sentence is no one",
     "Trial\n\nThe trial opened on Monday, and the prosecutors spoke first. Prosecutors say "
     "the aide made \u201cmany false statements\u201d to the committee.", "Prosecutors"),
    ("a sentence adverb before 'the text reads' is no one",
     "Poster\n\nA poster went up on Thursday. Underneath, the text reads: \u201cStop wasting "
     "money on missiles.\u201d", "Underneath"),
    ("a party adjective is no one",
     "Race\n\nThe race is close, a senior Democratic operative said. \u201cThe press wants "
     "something new,\u201d he said.", "Democratic"),
    # round 35, lane entity16: an office written without its holder shown as the name
    ("a party's strategist before the comma and his name is no one",
     "Ad war\n\nVoters in the valley see ten ads an hour.\n\n\u201cA swing county is one where "
     "people can still be persuaded,\u201d said Democratic Strategist and partner at Bluewater "
     "Media, Dev Marlowe.", "Democratic Strategist"),
    ("an agency's office before 'in Charge' and the name is no one",
     "Shooting\n\nPolice named the gunman on Friday.\n\nFBI Special Agent in Charge Lyle "
     "Hartmann said there is nothing that \u201cties him to any group.\u201d", "FBI Special Agent"),
]


@pytest.mark.parametrize("case,article,word", CASES, ids=[c[0] for c in CASES])
def test_common_word_is_no_speaker(case, article, word, speech_of):
    said = speech_of(article, case)
    assert said and all(q.speaker != word for q in said)
    assert all(word not in q.speakers for q in said)


KEPT = [
    ("an unknown company that only opens sentences stays, though the tagger calls it a plural",
     "Results\n\nDrummonds said profits fell. \u201cIt was a hard year,\u201d Drummonds said.",
     "Drummonds"),
    ("a surname that only opens sentences stays the speaker",
     "Deal\n\nCohen met the board on Monday. Cohen said the offer was \u201ca real mess\u201d.",
     "Cohen"),
    ("a name whose surname is an office word stays",
     "Memoir\n\nRobin Cook left the cabinet in 2003. \u201cI cannot support a war,\u201d Cook "
     "said.", "Robin Cook"),
    ("a surname opening its sentence after a full name stays",
     "Budget\n\nSenator Ann Rubio spoke on Friday. \u201cWe will cut waste,\u201d Rubio said.",
     "Ann Rubio"),
]


@pytest.mark.parametrize("case,article,expected", KEPT, ids=[c[0] for c in KEPT])
def test_real_name_kept(case, article, expected, speech_of):
    said = speech_of(article, case)
    assert said and said[-1].speaker == expected


# round 36, lane junk18: a plural or label noun opening a sentence that the article never
# writes in lower case ("Academics from the institute found …", "Lawyers for the board argue
# …", "Witness: Attackers “…”"): the tagger calls it a noun and a preposition, a determiner or a
# label's colon follows it, which a company or a surname opening its sentence never has.
OPENER_NOUNS = [
    ("a plural noun before 'from' is no one",
     "Study\n\nArchivists from the county library said the letters were \u201cthe best record "
     "we have of the flood.\u201d The library opens on Monday.", "Archivists"),
    ("a plural noun before 'for' is no one",
     "Appeal\n\nThe board lost its first case. Surveyors for the board argue that the map was "
     "\u201cdrawn in good faith by careful people.\u201d", "Surveyors"),
    ("a label noun before a colon is no one",
     "Crash\n\nTwo cars met at the bridge on Sunday.\n\nWitness: Drivers \u201cwere going far "
     "too fast\u201d\n\n\u201cI heard the brakes,\u201d said Ana Ruiz, who lives nearby.",
     "Witness"),
]


@pytest.mark.parametrize("case,article,word", OPENER_NOUNS, ids=[c[0] for c in OPENER_NOUNS])
def test_opening_noun_is_no_speaker(case, article, word, speech_of):
    said = speech_of(article, case)
    assert all(q.speaker != word and word not in q.speakers for q in said)
    assert said


# round 36, lane junk18: a piece of a body's name that the article only ever writes inside the
# whole name ("aid group Save the Children warned …" shown as "Children", "Samaritan's Purse"
# as "Purse", "Customs and Border Protection officials said" as "Customs") names no one.
CUT_NAMES = [
    ("the last word of a name joined by 'the' is no one",
     "Camps\n\nThe camps are full. On Tuesday, the charity Feed the Villages warned that food was "
     "\u201crunning out within days\u201d, with more families arriving.", "Villages"),
    ("the head of a possessive name is no one",
     "Aid\n\nA nurse was flown home on Sunday. \u201cWe thank everyone who prayed for him,\u201d a "
     "statement from Hartley\u2019s Lantern said. \u201cHe is awake and talking.\u201d", "Lantern"),
    ("the first word of a name joined by 'and' is no one",
     "Border\n\nArrests rose in June. Parks and Wildlife Protection officials said they were "
     "\u201cwatching the trails closely\u201d and blamed poachers.", "Parks"),
]


# the same check as the common words': the piece must not be shown, and the words must be found
@pytest.mark.parametrize("case,article,word", CUT_NAMES, ids=[c[0] for c in CUT_NAMES])
def test_piece_of_a_name_is_no_speaker(case, article, word, speech_of):
    test_common_word_is_no_speaker(case, article, word, speech_of)


CUT_KEPT = [
    ("a country listed beside another keeps its words",
     "Apology\n\nThe envoy apologised to Norway and Chile on Friday. Norway said the apology was "
     "\u201cwelcome but late\u201d.", "Norway"),
    ("a body that also stands alone keeps its words",
     "Rates\n\nThe Fed held rates. Fed Chair Ana Moss spoke later. The Fed said inflation was "
     "\u201cwell contained\u201d.", "Fed"),
    ("a surname before a capitalised reporting verb in a title-case line keeps its words",
     "Jobs\n\nThe jobless rate fell to 7 percent.\n\nUpdate at noon. Harlow Says This Is Not A "
     "\u201cReal Recovery.\u201d\n\nThe statement from the campaign came an hour later.", "Harlow"),
    ("a body's name before a weekday keeps its words",
     "Premiums\n\nOhio on Monday said premiums would rise by \u201cthirty percent or more\u201d "
     "next year.", "Ohio"),
]


@pytest.mark.parametrize("case,article,expected", CUT_KEPT, ids=[c[0] for c in CUT_KEPT])
def test_whole_name_kept(case, article, expected, speech_of):
    said = speech_of(article, case)
    assert said and said[-1].speaker == expected
