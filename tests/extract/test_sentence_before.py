"""The sentence before a point of the clause left of a quotation, across the sentence's earlier
quotations (``clauses.sentence_before``): one cut where four rules each subtracted their own tail
length from ``sentence_left`` (naming.py, reading.py, label_rules.py, own_use.py; round 27's
tidying). The tail is a suffix of ``sentence_left``; a tail longer than it leaves nothing."""

from __future__ import annotations

import pytest

from onrecord.extract.clauses import sentence_before

SENTENCE = "Mayor Vale, speaking on “Harbour Hour,” called the toll plan a "

CASES = [
    ("the clause after the earlier quotation", SENTENCE, " called the toll plan a ",
     "Mayor Vale, speaking on “Harbour Hour,”"),
    ("from a word of the clause", SENTENCE, "the toll plan a ", "Mayor Vale, speaking on “Harbour Hour,” called "),
    ("the whole sentence", SENTENCE, SENTENCE, ""),
    ("no tail", SENTENCE, "", SENTENCE),
    ("a tail longer than the sentence", "plan a ", "the toll plan a ", ""),
]


@pytest.mark.parametrize("case,sentence_left,tail,expected", CASES, ids=[c[0] for c in CASES])
def test_sentence_before(case, sentence_left, tail, expected):
    assert sentence_before(sentence_left, tail) == expected
