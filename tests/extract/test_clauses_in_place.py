"""The clause cut in place (extract/clauses.py, which words.left_clause and right_clause now
call) equals the regex cut it replaced, kept below as the reference: the same text on random
windows of random strings built from what a sentence end is made of (terminal marks, quotation
marks, the asterisk and dagger, spaces, line breaks) and from abbreviations and initials."""

import random
import re

from onrecord.extract.clauses import ends_in, left_clause_in, right_clause_in
from onrecord.extract.marks import ALL_MARKS
from onrecord.lexicon.abbreviations import EXTRACT_SENTENCE_ABBREVIATIONS

# The clause cut as extract/words.py wrote it before the cut in place (issue 16): kept here as
# the reference the one implementation must equal, to the character.
# A sentence boundary in running text: terminal punctuation (optionally a closing mark)
# followed by whitespace, or a line break.
# (one literal per alternative, so the engine skips straight to a candidate: twice as fast)
_SENT_END = re.compile("|".join(re.escape(c) + "[" + re.escape(ALL_MARKS) + r"*\u2020]*\s+" for c in ".!?\u2026")
                       + r"|\n")


def _is_abbrev_end(s: str, m: re.Match[str]) -> bool:
    if s[m.start()] != ".":
        return False
    j = m.start()
    # the token is the run of letters and periods before the period: usually the whole word
    # after the last space, tested in C at once (the walk back a character at a time was
    # 4 % of extraction; issue 16); otherwise (a bracket, a line break, a digit) walked back
    i = s.rfind(" ", 0, j) + 1
    if not s[i:j].replace(".", "").isalpha():
        i = j
        while i > 0 and (s[i - 1].isalpha() or s[i - 1] == "."):
            i -= 1
    tok = s[i:j].lower()
    return tok in EXTRACT_SENTENCE_ABBREVIATIONS or (len(tok) == 1 and s[i:j].isupper())


def _regex_left_clause(before: str) -> str:
    # the last sentence end that is not an abbreviation's period: tested from the right, so
    # most quotations test one candidate (testing each from the left was a tenth of extraction)
    for m in reversed(list(_SENT_END.finditer(before))):
        if m.group(0) == "\n" or not _is_abbrev_end(before, m):
            return before[m.end() :]
    return before


def _regex_right_clause(after: str) -> str:
    for m in _SENT_END.finditer(after):
        if m.group(0) != "\n" and _is_abbrev_end(after, m):
            continue
        return after[: m.start() + 1]
    return after


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
        assert left_clause_in(text, lo, hi, ends) == _regex_left_clause(window), (text, lo, hi)
        assert right_clause_in(text, lo, hi, ends) == _regex_right_clause(window), (text, lo, hi)


def test_a_line_break_after_a_full_stop_belongs_to_it():
    # "Mr.\n" is one match of the sentence-end pattern, an abbreviation's: no sentence ends
    text = "It ended. Then Mr.\nLee said "
    assert left_clause_in(text, 0, len(text)) == _regex_left_clause(text) == "Then Mr.\nLee said "
