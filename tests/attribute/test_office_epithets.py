"""A definite office or party epithet ("the Ohio Democrat", "The House Speaker") is a
description of the person the article is about, never a name of its own (round 35, lane
roles17). On main the parse read "The Kentucky Republican, who …, said" as the name
"Kentucky Republican" and "The House Speaker went on to …" found a cluster of the office's own
words; entity16 then left them null. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a state and party epithet with a relative clause is the senator named before",
     "Drone memos\n\nSenator Dana Whitlock wants the memos released. \u201cIt is about what they "
     "say,\u201d Whitlock said.\n\nThe Ohio Democrat, who has fought the program for years, said "
     "he is not trying to defend \u201cenemies of the country.\u201d", "The Ohio Democrat", "Dana Whitlock"),
    ("a state and party epithet whose state is a given name is the one named before",
     "Impeachment\n\nRepresentative Lou Brandt opened for the minority. \u201cThis is a sham,\u201d "
     "Brandt argued.\n\nThe Georgia Republican also mentioned the Senate leader, saying it was "
     "\u201claughable\u201d that he wanted new witnesses.", "The Georgia Republican", "Lou Brandt"),
    ("a state and party epithet after a bare surname subject in its own sentence is that surname",
     "Court seat\n\nA video about the court ran on Monday.\n\nFacing a hard race this year, "
     "Pardew has backed the blockade, but in his press release the Vermont Republican struck his "
     "own note: \u201cI would gladly weigh this nominee next year.\u201d", "the Vermont Republican", "Pardew"),
    ("a state and party epithet as a clause's subject before 'saying' is the one named before",
     "Budget talks\n\nRepresentative Carl Ostrow sits on the budget panel. Ostrow told reporters "
     "the cuts were too deep.\n\nBut the Maryland Democrat also said others will resist, saying, "
     "\u201cWe want both sides treated the same.\u201d", "the Maryland Democrat", "Carl Ostrow"),
    ("a caption's surname on the line before does not take the epithet",
     "Budget talks\n\nRepresentative Carl Ostrow sits on the budget panel. Ostrow told reporters "
     "the cuts were too deep.\n\nMUST WATCH Does Pruitt back the deficit plan? 03:00\n\nBut "
     "the Maryland Democrat also said others will resist, saying, \u201cWe want both sides "
     "treated the same.\u201d", "the Maryland Democrat", "Carl Ostrow"),
    ("the definite office is the holder named before",
     "Articles\n\nNora Quill opened the debate. \u201cWe have no choice,\u201d Quill "
     "declared.\n\nThe House Speaker went on to describe \u201cthe plain fact that the rules "
     "were broken,\u201d and called the plan \u201ca threat\u201d to the country.\n\nAn aide "
     "said the House Speaker and other members chose to wear green.", "The House Speaker", "Nora Quill"),
]


@pytest.mark.parametrize("case,article,epithet,who", CASES, ids=[c[0] for c in CASES])
def test_definite_epithet_is_the_person_in_focus(case, article, epithet, who, speech_of):
    said = speech_of(article, case)
    last = [q for q in said if q.start > article.index(epithet)]
    assert last and all(q.speaker == who for q in last), [(q.text, q.speaker) for q in last]


KEPT = [
    ("an indefinite party member stays unnamed",
     "Talks\n\nThe panel met on Monday. A senior House Republican, speaking privately, told us, "
     "\u201cI see no sign of a deal.\u201d", None),
    ("the office with its holder right after keeps the holder",
     "Vote\n\nThe House passed the bill. House Speaker Nora Quill said the vote was \u201ca good "
     "day for families.\u201d", "Nora Quill"),
]


@pytest.mark.parametrize("case,article,who", KEPT, ids=[c[0] for c in KEPT])
def test_epithet_guards(case, article, who, speech_of):
    said = speech_of(article, case)
    assert said and all(q.speaker == who for q in said), [(q.text, q.speaker) for q in said]


# An older construct the epithet rule exposed (round 35, roles17 corpus check): a question put
# by someone unnamed, after the main clause and before a colon, is the asker's, not the main
# clause subject's (the parse also reads "an unidentified man asked" as a reduced relative).
QUESTIONS = [
    ("the epithet's remarks, then an unnamed asker's question before the colon",
     "The Ohio Republican"),
    ("a surname's remarks, then an unnamed asker's question before the colon", "Wexley"),
]


@pytest.mark.parametrize("case,subject", QUESTIONS, ids=[c[0] for c in QUESTIONS])
def test_unnamed_askers_question_before_colon(case, subject, speech_of):
    article = ("Fundraiser\n\nAt a dinner in Dayton, Speaker Tom Wexley gave a frank view of the "
               f"race.\n\n{subject} made the remarks when an unidentified man asked during a "
               "question session: \u201cCan you make me like the nominee?\u201d\n\n\u201cNo,\u201d "
               "Wexley said.")
    said = {q.text: q for q in speech_of(article, case)}
    question = said["Can you make me like the nominee?"]
    assert question.speaker is None and question.speaker_description == "an unidentified man"
    assert said["No,"].speaker == "Tom Wexley"


# An office phrase the name finder cut before its holder (round 35, roles17; entity16 had made
# these null rather than show the office): the holder named right after it is the speaker.
HOLDERS = [
    ("a whip's holder with a party-state bracket, the subject of 'calls'",
     "Equality\n\nThe House passed the bill Friday.\n\nHouse Minority Whip Steve Tellford (R-La.) "
     "calls the bill \u201cthe worst threat to parents he has seen\u201d in his time in Congress.\n\n"
     "\u201cA child can see a doctor alone,\u201d Tellford said.", "Steve Tellford"),
    ("an agent in charge and his name before 'said'",
     "Shooting\n\nPolice named the gunman on Friday.\n\nFBI Special Agent in Charge Lyle "
     "Hartmann said there is nothing that \u201cties him to any group.\u201d", "Lyle Hartmann"),
    ("a strategist, a second role and a comma, then his name",
     "Ad war\n\nVoters in the valley see ten ads an hour.\n\n\u201cA swing county is one where "
     "people can still be persuaded,\u201d said Democratic Strategist and partner at Bluewater "
     "Media, Daniel Marlowe.", "Daniel Marlowe"),
]


@pytest.mark.parametrize("case,article,who", HOLDERS, ids=[c[0] for c in HOLDERS])
def test_office_holder_named_after_it(case, article, who, speech_of):
    said = speech_of(article, case)
    assert said and all(q.speaker == who for q in said), [(q.text, q.speaker) for q in said]
