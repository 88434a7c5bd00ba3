"""extract reads the marks of marks.quote_marks: find_marks's marks without the apostrophes
between two letters or digits (issue 16, speed). Pairing must read the same quotations from
them: its look-ahead windows count the marks left out (Mark.n)."""

import random

import pytest

from onrecord.extract import lookahead, pairing
from onrecord.extract.marks import find_marks, quote_marks


def _pairs(text, marks):
    found = pairing.pair_marks(text, marks)
    return ([(p.open.pos, p.close.pos if p.close else None, p.start, p.end, p.paragraphs, p.recovered,
              p.nested, [m.pos for m in p.continuations]) for p in found.pairs],
            [m.pos for m in found.stray], found.stray_single, found.recovered)


def test_word_apostrophes_left_out_and_counted():
    marks, left_out = quote_marks("don't say \"it's\" o'clock 'tis")
    assert left_out == 3
    assert [m.ch for m in marks] == ['"', '"', "'"]
    assert [m.n for m in marks] == [1, 3, 5]
    every = find_marks("don't say \"it's\" o'clock 'tis")
    assert [m.n for m in every] == list(range(6))
    assert [m.apostrophe for m in every].count(True) == 3 + [m.apostrophe for m in marks].count(True)


@pytest.mark.parametrize("window", [2, 3, 64])
def test_pairs_read_from_quote_marks_are_those_of_find_marks(monkeypatch, window):
    monkeypatch.setattr(lookahead, "_LOOKAHEAD", window)
    rnd = random.Random(516)
    alphabet = list("ab ab ab.\n") + list("\"'\u2018\u2019\u201c\u201d")
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 60)))
        assert _pairs(text, quote_marks(text)[0]) == _pairs(text, find_marks(text)), text


@pytest.mark.parametrize("window", [2, 3, 64])
def test_ahead_walks_the_window_by_mark_count(monkeypatch, window):
    """lookahead._ahead (round 37, lane tidy20: the loop both nested readers wrote): every
    mark after the start whose Mark.n is within the window, with its index, in order; the
    apostrophes quote_marks left out still count."""
    monkeypatch.setattr(lookahead, "_LOOKAHEAD", window)
    marks, _ = quote_marks("don't say \"it's\" o'clock 'tis \u201cyes\u201d and 'no' again \"so\"")
    for idx, m in enumerate(marks):
        want = [(j, c) for j, c in enumerate(marks) if j > idx and c.n <= m.n + window]
        assert list(lookahead._ahead(marks, idx)) == want
        assert [c for _, c in want] == lookahead._window(marks, idx)
