"""The clause cut in place (extract/clauses.py) is the clause cut from a copied window
(extract/words.py): the same text on random windows of random strings built from what a
sentence end is made of (terminal marks, quotation marks, the asterisk and dagger, spaces, line
breaks) and from abbreviations and initials."""

import random

from onrecord.extract.clauses import ends_in, left_clause_in, right_clause_in
from onrecord.extract.words import left_clause, right_clause

_PIECES = [".", "!", "?", "\u2026", "\n", " ", "  ", "\t", "\u201d", "'", '"', "*", "\u2020", "(",
           "Mr", "U.S", "p.m", "J", "a", "rain", "9", "Etc", "x.y", "\u00a0", "\u2019s",
           "approx", "Messrs", "xapprox", "U.S.A", "e.g", "(U.S", "Inc"]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30)))


def test_clauses_in_place_match_the_copied_window():
    rng = random.Random(16)
    for _ in range(30000):
        text = _text(rng)
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        window = text[lo:hi]
        ends = ends_in(text)
        assert left_clause_in(text, lo, hi, ends) == left_clause(window), (text, lo, hi)
        assert right_clause_in(text, lo, hi, ends) == right_clause(window), (text, lo, hi)


def test_a_line_break_after_a_full_stop_belongs_to_it():
    # "Mr.\n" is one match of the sentence-end pattern, an abbreviation's: no sentence ends
    text = "It ended. Then Mr.\nLee said "
    assert left_clause_in(text, 0, len(text)) == left_clause(text) == "Then Mr.\nLee said "
