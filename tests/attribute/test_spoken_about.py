"""A trailing "…,” he said" after a quoted fragment never names someone its own clause only
talks about: a possessor, a "by" agent, or the subject of the quoted predicate (issue 11, round
37, lane about20: real news gave an analyst's verdict to the president it judged and a
minister's objection to the peer whose bill it was). Our own words."""

from __future__ import annotations

import pytest

HEAD = "Budget row\n\n"
CASES = [
    ("a possessor in the clause the fragment continues",
     "Special counsel Amos Kett is leading the inquiry into the port contracts. Mr. Kett has not "
     "spoken in public since May. Investigators have returned to the bidders with new questions. "
     "At least one, the developer Ned Sorrel, may testify again. Over the last two months, Sorrel "
     "has been talking to Kett's investigators \"on a nearly daily basis,\" he said in a video "
     "posted online on Monday.", "Ned Sorrel"),
    ("a by-agent in the clause",
     "Senator Ivo Pell proposed the reform in March. Finance Minister Harlan Crane agreed the old "
     "rule was unfair but warned against haste. The changes proposed by Senator Pell were a "
     "\"risky leap into the unknown\", he said.", "Harlan Crane"),
    ("the subject of the quoted predicate",
     "Former chief executive Bernard Ostrow denied the charges in court on Tuesday. He said he "
     "never pressured his finance chief, Kyle Brandt. Mr Brandt \"made every accounting "
     "decision,\" he told the court.", "Bernard Ostrow"),
]
GUARDS = [
    # round 37, review28: the possessor is barred only when someone before it in the clause
    # could be the he; a woman's name modifying "machine" cannot, so the author keeps his words
    ("a possessor after a name that cannot be the pronoun",
     "Author Tomas Brekke's new book, \"Harbour Cash\", describes how donors bought favours from "
     "Mayor Ana Lind's office. Lind has called the book \"fiction\" and she has refused an "
     "interview. Brekke explains the biggest surprises of his research in a long interview.\n\n"
     "Since the interview, a leak has exposed emails from port chief Ed Varga's office.\n\nThe "
     "Lind machine has answered Brekke's book by \"blaming the writer,\" he explains.", "Tomas Brekke"),
    ("a possessor after a one-word name no person",
     "Author Tomas Brekke's new book, \"Harbour Cash\", describes how donors bought favours from "
     "the port. Brekke explains the biggest surprises of his research in a long interview.\n\n"
     "Since the interview, a leak has exposed emails from port chief Ed Varga's office.\n\nThe "
     "Lindgren machine has answered Brekke's book by \"blaming the writer,\" he explains.", "Tomas Brekke"),
    ("the subject reports the fragment itself",
     "Director Lena Marsh won the prize on Friday. Marsh described her win as \"completely "
     "unexpected for a small film,\" she said.", "Lena Marsh"),
    ("a full quotation after a colon is the possessor's own",
     "Governor Abel Hart toured the flooded towns. Hart's message was simple: \"We will rebuild "
     "every road,\" he said.", "Abel Hart"),
]


@pytest.mark.parametrize("body,expected", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_trailing_pronoun_skips_who_its_clause_talks_about(speech_of, body, expected):
    assert [q.speaker for q in speech_of(HEAD + body)][-1] == expected
