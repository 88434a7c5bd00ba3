"""A document speaks for its author or owner (issue #11, attribute/documents.py): cases written
for this test, shaped like constructs left unattributed on the real-news tuning split."""

from __future__ import annotations

import pytest


CASES = [
    ("the owner of a possessive document speaks for it later",
     "Ferries\n\nThe Harbour Board\u2019s latest annual safety report found the crews short of training.\n\n"
     "\u201cThe crews were well drilled and kept their nerve,\u201d the report said.",
     ["Harbour Board"]),
    ("a document filed by a titled person is that person's",
     "Court papers\n\nThe affidavit filed by state police sergeant Dana Whitlock said there was reason "
     "to think that the driver, who was described only as \u201cthe motorist,\u201d had fled.",
     ["Dana Whitlock"]),
    ("a document from a body, in the quotation's own sentence",
     "Wages\n\nA new study from the Institute for Coastal Research looked at ten towns and found "
     "\u201cno lasting harm to local wages.\u201d",
     ["Institute for Coastal Research"]),
    ("a document just introduced with 'a' is not the one someone issued before",
     "Games\n\nNoa Fenn ran the class with a strategy game. Fenn described the results in a "
     "letter to parents.\n\nA report on the trial said: \u201cPupils began asking questions of "
     "their own.\u201d",
     [None]),
    ("a source credited inside a sentence whose subject is the letter is not its author (round 13)",
     "Staff letter\n\nHundreds of staff have signed a letter asking the firm to drop the contract.\n\n"
     "The letter, which has \u201cmore than 400 names\u201d on it, according to the Daily Courier, says "
     "the staff raised the matter before.\n\n\u201cWe will not build this,\u201d the letter says.",
     ["Daily Courier", None]),
    # fourteenth session, output audit: "the ADL issued a report … “…” the report explained"
    # and "according to a X survey released in May" were left null
    ("a report a body issued speaks for it later",
     "Threats\n\nThe problem grew, and the Harbour League issued a report on it in October.\n\n"
     "\u201cAt least 800 reporters received threats,\u201d the report explained.",
     ["Harbour League"]),
    ("a statement a person released speaks for her, another person in focus (a guard)",
     "Row\n\nSenator Dana Whitlock released a short statement on Friday. Governor Ray Olsen "
     "met reporters later.\n\n\u201cI will not resign over this,\u201d the statement said.",
     ["Dana Whitlock"]),
    ("a survey names its body, with a date after the noun",
     "Poll\n\nFewer than half of voters would back a \u201cqualified candidate who is a "
     "socialist,\u201d according to a Harbour Research Group survey released in May.",
     ["Harbour Research Group"]),
    ("half of a joined name does not issue the statement (the body before 'and' keeps it)",
     "Release\n\nThe judge freed the man on Friday. The Harbour Peace Foundation and Institute "
     "issued a statement on Monday.\n\n\u201cWe strongly oppose his release,\u201d the statement said.",
     ["Harbour Peace Foundation"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_document_author(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


def test_it_after_a_sentence_opening_on_a_document_is_the_document(speech_of):
    # "The senators’ lawsuit cited …. “The U.S. Senate has not consented …,” it stated": "it"
    # took the Senate named inside the words; it is the lawsuit, whose author the article named
    article = ("Appointment challenged\n\nThe Harbour Council approved the appointment in May. A lawsuit "
               "filed by Senator Rhoda Kellerman on Monday challenges it.\n\n"
               "The senators\u2019 lawsuit cited the adviser\u2019s ties to a failed company.\n\n"
               "\u201cThe council has not followed its own rules,\u201d it stated.")
    assert [q.speaker for q in speech_of(article, "it-document")] == ["Rhoda Kellerman"]
