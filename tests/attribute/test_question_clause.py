"""Words quoted inside a question clause ("When asked whether she would “…”, the mayor said",
"Pressed on whether the board had “…,” Ostrova replied") are the question's, put by someone
else, not the answer of the one asked: the answerer named after the clause, the subject the
clause hangs on, or the speaker before must not take them; the text rarely names who asked
(round 50, lane qa50: a debate moderator's question given to the candidate asked, a
moderator's words to the speaker of the paragraph before, a TV host's to the guest).
Articles written for this test."""

from __future__ import annotations

import pytest

_OPEN = ("Harbour tolls\n\nHarbour master Olaf Brandt said on Monday the tolls would rise in June. "
         "\u201cEvery berth will cost more, and the ferries most of all,\u201d Brandt said.\n\n")

CASES = [
    ("a passive question clause before the answerer's reply",
     _OPEN + "When asked whether the council would \u201cever stop squeezing the ferry crews,\u201d "
     "Mayor Ines Varga replied that the budget left no room.",
     ["Olaf Brandt", None]),
    ("a fronted 'pressed on whether' clause before an inverted credit",
     _OPEN + "Pressed on whether the tolls were \u201cjust a tax on the islanders by another name,\u201d "
     "Mayor Ines Varga replied, \u201cThe islanders pay least of all.\u201d",
     ["Olaf Brandt", None, "Ines Varga"]),
    ("a question clause after a sentence that ends on a quotation",
     _OPEN + "Mayor Ines Varga said the tolls were \u201cthe fairest we could find.\u201d Pressed on whether "
     "they were \u201ca tax on the islanders,\u201d Varga replied, \u201cThe islanders pay least.\u201d",
     ["Olaf Brandt", "Ines Varga", None, "Ines Varga"]),
    ("a question clause after the subject",
     _OPEN + "Varga, when asked which \u201cferry company do you trust least,\u201d only smiled at the crowd.",
     ["Olaf Brandt", None]),
    # near misses: the words are the answerer's
    ("a comma closes the question clause before the words",
     _OPEN + "When asked about the tolls, Mayor Ines Varga said they were \u201cthe fairest we could find.\u201d",
     ["Olaf Brandt", "Ines Varga"]),
    ("an active asker's object clause is left to the other rules",
     _OPEN + "Mayor Ines Varga asked the ferry crews to \u201cgive the council one more season.\u201d",
     ["Olaf Brandt", "Ines Varga"]),
    ("the asked person's own earlier words, named as such",
     _OPEN + "Asked about his \u201cevery berth will cost more\u201d warning, Brandt said he stood by it.",
     ["Olaf Brandt", "Olaf Brandt"]),
    ("a reporting verb between the clause and the words",
     _OPEN + "When asked about what Brandt called \u201ca fair price for a safe harbour,\u201d Varga laughed.",
     ["Olaf Brandt", "Olaf Brandt"]),
    # review42: a comma before the participle closes an aside after an active asker, whose
    # sentence ends on the words: the asker's own question, not a clause put to her
    ("an active asker after a relative clause, the sentence ending on the words",
     _OPEN + "Reporter Lena Holm, who covers the port, asked whether the tolls were \u201cjust a tax on "
     "the islanders.\u201d",
     ["Olaf Brandt", "Lena Holm"]),
    ("an active asker after an apposition, the sentence ending on the words",
     _OPEN + "Councillor Ines Varga, the port's fiercest critic, asked whether the harbour was \u201cbeing "
     "run for the ferries alone.\u201d Brandt did not answer.",
     ["Olaf Brandt", "Ines Varga"]),
    # guard: a comma-fenced passive clause answered after the words stays the question's
    ("a comma-fenced passive clause answered after the words",
     _OPEN + "Brandt, asked whether the tolls were \u201cjust a tax on the islanders,\u201d shrugged and left.",
     ["Olaf Brandt", None]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_question_clause(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
