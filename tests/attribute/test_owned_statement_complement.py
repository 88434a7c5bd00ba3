"""A quotation in the complement of a named person's statement, comment or column is that
person's wording, whatever the sentence's own subject: a participle right after the noun
("X's statement blaming “…”", "X's column calling it “…”"), a "that" clause after a noun
with a year before it ("X's 2012 statement that “…”"), or the infinitive of an owned promise,
pledge, vow or threat ("X's promises to “…”"). The sentence's subject only reports
or judges the statement (round 67, lane poss75: five tuning items were left null or given to
the subject). Articles written for this test; a participle after a comma is the subject's own
("Y criticised X's statement, saying “…”"), and a person's aide is no statement."""

from __future__ import annotations

import pytest

_OPEN = ("Harbour wall\n\nAlderman Petra Lind wants the harbour wall rebuilt. Engineer Tomas Berg "
         "has surveyed it twice. \u201cThe stones are loose,\u201d Berg said.\n\n"
         "Councillor Rolf Amsel chairs the works board. \u201cWe meet in June,\u201d Amsel said.\n\n")

CASES = [
    ("a participle after an owned statement gives its words to the owner",
     _OPEN + "Amsel criticised Lind\u2019s statement blaming \u201cwinter storms and neglect\u201d "
     "for the cracks.",
     ["Tomas Berg", "Rolf Amsel", "Petra Lind"]),
    ("a participle with a short object after an owned column",
     _OPEN + "Amsel says he has read Lind\u2019s column calling the wall \u201ca danger to every "
     "boat in the bay.\u201d",
     ["Tomas Berg", "Rolf Amsel", "Petra Lind"]),
    ("a year before the owned statement still opens its clause",
     _OPEN + "Amsel recalled Lind\u2019s 2019 statement that the harbour was \u201cthe pride of "
     "the coast\u201d during the debate.",
     ["Tomas Berg", "Rolf Amsel", "Petra Lind"]),
    ("an owned promise's infinitive holds the owner's words",
     _OPEN + "Amsel doubts Lind\u2019s repeated promises to \u201cfinish the wall before the "
     "autumn gales.\u201d",
     ["Tomas Berg", "Rolf Amsel", "Petra Lind"]),
    ("an owned threat's infinitive with a condition in it",
     _OPEN + "Amsel mocked Lind\u2019s threat to resign if the board \u201cdrags its feet "
     "again.\u201d",
     ["Tomas Berg", "Rolf Amsel", "Petra Lind"]),
    ("a promise made to someone is no infinitive: the subject keeps the words",
     _OPEN + "Amsel said Lind\u2019s promise to the fishermen was \u201cnever meant "
     "seriously.\u201d",
     ["Tomas Berg", "Rolf Amsel", "Rolf Amsel"]),
    ("a participle after a comma belongs to the sentence's subject",
     _OPEN + "Amsel criticised Lind\u2019s statement, saying it was \u201cfar too late for the "
     "fishermen.\u201d",
     ["Tomas Berg", "Rolf Amsel", "Rolf Amsel"]),
    ("an owner's aide is no statement: the subject keeps the words",
     _OPEN + "Amsel answered Lind\u2019s aide calling the plan \u201ca waste of money.\u201d",
     ["Tomas Berg", "Rolf Amsel", "Rolf Amsel"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_owned_statement_complement(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
