"""REPORTING_RE.finditer finds the verbs of reporting by index over all the words lowercased at
once (issue 16, speed). It must find what the per-word reading finds: every word whose
lowercase form is a classifier reporting word, capitalised ones mid-sentence only when they
are headline verbs, none inside a reporting phrase."""

import random

from onrecord.extract.lexicon import _REPORTING_PHRASE_RE, _TOKEN_RE, REPORTING_RE
from onrecord.lexicon.reporting import CLASSIFIER_REPORTING, HEADLINE_VERBS


def _per_word(s: str) -> list[tuple[int, int, str]]:
    hits = [(m.start(), m.end(), m.group(0)) for m in _REPORTING_PHRASE_RE.finditer(s)]
    covered = [(a, b) for a, b, _ in hits]
    first = len(s) - len(s.lstrip())
    for m in _TOKEN_RE.finditer(s):
        tok = m.group(0)
        if tok.lower() not in CLASSIFIER_REPORTING:
            continue
        if tok[0].isupper() and m.start() > first and tok not in HEADLINE_VERBS:
            continue
        if not any(a <= m.start() < b for a, b in covered):
            hits.append((m.start(), m.end(), tok))
    return sorted(hits, key=lambda h: h[0])


def test_finds_what_the_per_word_reading_finds():
    rnd = random.Random(16)
    vocab = ["said", "Says", "SAID", "told", "warned", "the", "mayor", "according", "to", "in", "a",
             "statement", "Tells", "claimed", "x9", "d\u00e9j\u00e0", "re-said", "spoke", "of", "it"]
    seps = [" ", "  ", ", ", "\n", "-", "'", "\u2019"]
    for _ in range(3000):
        s = "".join(rnd.choice(vocab) + rnd.choice(seps) for _ in range(rnd.randint(0, 10)))
        got = [(h.start(), h.end(), h.group(0)) for h in REPORTING_RE.finditer(s)]
        assert got == _per_word(s), s
