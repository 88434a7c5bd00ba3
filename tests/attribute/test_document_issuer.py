""""The memo says", "the lawsuit alleges": a document speaks for the one who issued it, never
for whoever only obtained, reviewed or saw it, nor for the subject of an earlier sentence (not
the one just before) that issued some other document (issue 11, round 35, lane issuer16: random corpus text gave a
campaign's lawsuit to the White House because a White House statement was the last document
issued, an agency's memo to the congressman who obtained it). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    # a definite document takes the last issuer only when that issuer issued the same noun
    ("a lawsuit after another body's statement: not that body's",
     "Paper sued\n\nThe Harbor Council released a statement in May saying it would not comment. "
     "The lawsuit, filed in Easton, accuses the paper of malice. The lawsuit says the paper "
     "\u201cpublished claims it knew were false.\u201d",
     [None]),
    ("a report after a body's letter: not that body's",
     "Ferries\n\nThe Coastline Ferry Company sent a letter to riders on Monday. Fares will rise "
     "in March. The report says that only \u201cthree of the eleven routes ran on time\u201d "
     "last year.",
     [None]),
    # guard: a document named in the sentence just before is the one meant, whatever its noun
    ("the sentence just before names the document",
     "Ferries\n\nThe Coastline Ferry Company sent a letter to riders on Monday. \u201cWe are "
     "sorry for the delays,\u201d the statement said.",
     ["Coastline Ferry Company"]),
    # the one who obtained, reviewed or saw a document is not its author
    ("a memo obtained by a councillor",
     "Bridges\n\nThe Westland Roads Agency has drafted a plan to close two bridges. The plan was "
     "described in an internal memo obtained by Councillor Dana Whitcombe and reviewed by the "
     "Harbor Ledger. According to the memo, the agency \u201cmay close both bridges by June.\u201d",
     [None]),
    ("a letter seen by an outlet",
     "Bridges\n\nThe works are late. The delay was explained in a letter seen by the Harbor "
     "Ledger. The letter says the repairs are \u201cweeks behind schedule.\u201d",
     [None]),
    # guards: the same noun keeps its issuer; a document by its author keeps the author
    ("the issuer of the same noun stays",
     "Ferries\n\nThe Coastline Ferry Company released a report on Monday. The report says that "
     "only \u201cthree of the eleven routes ran on time\u201d last year.",
     ["Coastline Ferry Company"]),
    ("a news release after the same body's statement: its kin",
     "Case\n\nHis lawyer, Owen Tarrant, said on Friday he had no help from the police. "
     "Tarrant's office said in a written statement that it had yet to receive \u201cany "
     "files.\u201d\n\nThe news release added that the union \u201cis no longer part of the "
     "case.\u201d",
     ["Owen Tarrant", "Owen Tarrant"]),
    ("the phrase names the last issuer itself",
     "Leaks\n\nThe group Openvault posted its files on a website on Tuesday. \u201cThe agency "
     "can read any message,\u201d the Openvault release stated.",
     ["Openvault"]),
    ("a memo written by its author stays the author's",
     "Bridges\n\nThe works are late. The delay was explained in a memo written by engineer Dana "
     "Whitcombe. The memo says the repairs are \u201cweeks behind schedule.\u201d",
     ["Dana Whitcombe"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_document_issuer(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
