"""The reporting words of an ASCII clause are found by str.find for each reporting word the
clause holds (issue 16, speed); a clause that is not ASCII is read word by word. The two must
give the same hits: these compare them on random ASCII clauses of reporting words and phrases in
mixed case, words that hold a reporting word inside them ("essays", "unsaid"), headline verbs
and punctuation."""

import random

from onrecord.extract.lexicon import REPORTING_RE

VOCAB = """said says say Said SAYS told Told Tells tells claimed Claims warned added noted
essays unsaid resaid toldo saying Saying according to in a statement put it the minister
Mr Smith United States spokesman spokeswoman quoted as promised argued Argued insisted
believes feared assertion description called Called calls rule ruled out""".split()
SEPARATORS = [" ", " ", " ", ", ", ". ", "-", "'", "\n", "  ", ": ", "\u2019"]


def _clause(rnd: random.Random) -> str:
    out = [rnd.choice(["", " ", "  "])]
    for _ in range(rnd.randint(0, 12)):
        w = rnd.choice(VOCAB)
        out.append(rnd.choice([w, w, w.upper(), w.title(), w.lower()]))
        out.append(rnd.choice(SEPARATORS))
    return "".join(out).replace("\u2019", "'")


def _word_by_word(s: str) -> list[tuple[int, int, str]]:
    return [(h.start(), h.end(), h.group()) for h in REPORTING_RE._scan_words(s)]


def test_the_find_scan_gives_the_hits_of_the_word_by_word_scan():
    rnd = random.Random(1618)
    several = 0
    for _ in range(6000):
        s = _clause(rnd)
        assert s.isascii()
        got = [(h.start(), h.end(), h.group()) for h in REPORTING_RE.finditer(s)]
        assert got == _word_by_word(s), s
        several += len(got) >= 2
    assert several > 500  # the clauses do hold several hits, phrases and words together


def test_a_clause_that_is_not_ascii_is_read_word_by_word():
    s = "the \u0130stanbul office said, he told"
    assert [h.group() for h in REPORTING_RE.finditer(s)] == ["said", "told"]
