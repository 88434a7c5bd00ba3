"""One content word put in place of an unrelated one is not drift (issue 10, p19 of the hostile
probe: a quote crediting a councillor with defending "the harbour pilots" where her source says
"the harbour clerks" was "same meaning in different words" at 0.94). When the swap is the
quote's one change and the two words are far apart in the encoder, the quote is not_found,
naming both words; an inflection, a pronoun, a near synonym or a paraphrase with several
rewordings keeps its verdict. Unit table for the diff rule, then the cascade on an invented
speech."""

from __future__ import annotations

import pytest

from onrecord.model import Claim
from onrecord.verify import verify_claim
from onrecord.verify.evidence import word_diff
from onrecord.verify.swap import swap_candidate

SPEECH = """Title: Quay committee statement
Speaker: Selma Dorne
Date: 2025-06-02

Selma Dorne has always defended the harbour clerks against the council. The new crane will lift forty containers every hour. We intend to purchase two tugboats before the winter storms.
"""


@pytest.mark.parametrize(
    "quote, source, swap",
    [
        ("she defended the harbour pilots against the council", "she defended the harbour clerks against the council",
         ("pilots", "clerks")),
        ("the crane will lift forty barrels every hour", "the crane will lift forty containers every hour",
         ("barrels", "containers")),
        ("we intend to sell two tugboats", "we intend to purchase two tugboats", ("sell", "purchase")),
        # an inflection, a pronoun or article change, two rewordings, a long reworded run: no swap
        ("the crane will lift forty container every hour", "the crane will lift forty containers every hour", None),
        ("we intend to buy these tugboats", "we intend to buy two tugboats", None),
        ("exactly the plan we need", "it's the plan we need", None),
        ("she defended the harbour pilots against the mayor", "she defended the harbour clerks against the council", None),
        ("we plan on getting hold of two tugboats", "we intend to purchase two tugboats", None),
    ],
)
def test_swap_candidate(quote, source, swap):
    found = swap_candidate(word_diff(quote, source))
    assert (None if found is None else (found.quote, found.source)) == swap


SOURCES = {"2025-06-02_dorne_quay.txt": SPEECH}  # the module's archive (conftest.py)


@pytest.mark.parametrize(
    "quote, verdict, named",
    [
        ("Selma Dorne has always defended the harbour pilots against the council.", "not_found", ['"pilots"', '"clerks"']),
        ("The new crane will lift forty sheep every hour.", "not_found", ['"sheep"', '"containers"']),
        # a near synonym stays a rewording
        ("We intend to buy two tugboats before the winter storms.", "drift", []),
    ],
)
def test_one_word_swapped_is_not_drift(archive, quote, verdict, named):
    r = verify_claim(Claim("c", quote, "Selma Dorne", date_hint="2025-06"), archive)
    assert r.verdict == verdict, r.explanation
    if verdict == "not_found":
        assert r.stage == "word_swap" and r.nearest is not None
        for word in named:
            assert word in r.explanation
