"""Cue patterns anchored at the end of the clause before the marks run behind a test of the
clause's last non-blank character (``Ending``, issue 16, speed). The test may only skip a
clause the pattern cannot match: each is compared with its bare regex on random clauses built
from its own words, possessives and the characters re.IGNORECASE folds onto ASCII letters,
ending in every kind of whitespace."""

import random

from onrecord.extract import cues, label_rules, title_rules
from onrecord.extract.lexicon import Ending

ENDING = {
    "_CAP_POSSESSIVE": title_rules._CAP_POSSESSIVE,
    "_NOUN_POSSESSIVE": title_rules._NOUN_POSSESSIVE,
    "_PREP_CAP_POSSESSIVE": title_rules._PREP_CAP_POSSESSIVE,
    "_ACRONYM_POSSESSIVE": title_rules._ACRONYM_POSSESSIVE,
    "_SO_CALLED": label_rules._SO_CALLED,
    "_MEANING_BEFORE": label_rules._MEANING_BEFORE,
    "_BILLED_AS": label_rules._BILLED_AS,
    "_MODAL_PASSIVE": cues._MODAL_PASSIVE,
}

VOCAB = """so-called so called supposed self-styled self-described purported would-be ostensible
alleged does do did not doesn't didn\u2019t mean means short for on at in from the NBC ABC's
CBS\u2019 Smith's voters' Jones\u2019 party\u2019s National Review\u2019s Mr said it was a
MEAN\u017f SHORT FOR A\u017f""".split() + ["is being billed as", "was touted as", "are widely marketed a\u017f",
                                          "WERE PITCHED AS", "could only be", "can be", "must be really",
                                          "SHOULD BE", "may well be widely"]


def _clause(rnd: random.Random) -> str:
    words = [rnd.choice(VOCAB) for _ in range(rnd.randint(0, 6))]
    words = [rnd.choice([w, w.upper(), w.lower(), w.title()]) if rnd.random() < 0.3 else w for w in words]
    return " ".join(words) + rnd.choice(["", " ", "  ", "\n", " \n", "\t", "\u00a0", ", ", ":"])


def test_ending_patterns_answer_as_their_regexes():
    rnd = random.Random(1616)
    for name, e in ENDING.items():
        assert isinstance(e, Ending), name
        matched = 0
        for _ in range(4000):
            s = _clause(rnd)
            want = e.rx.search(s)
            got = e.search(s)
            assert (got is None) == (want is None), (name, s)
            assert got is None or got.span() == want.span(), (name, s)
            matched += want is not None
        assert matched > 5, name  # the clauses do reach the patterns


def test_a_long_s_still_reaches_the_pattern():
    # "meanſ" with a long s: re.IGNORECASE reads it as "means", so the test must let it through
    assert label_rules._MEANING_BEFORE.rx.search("it mean\u017f ")
    assert label_rules._MEANING_BEFORE.search("it mean\u017f ")
    assert label_rules._MEANING_BEFORE.search("it matters ") is None
