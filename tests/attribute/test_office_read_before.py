"""A plain office the article has read as one person ("the prime minister" as Tom Hale) is not
the person in focus when that person holds no title of it or was read as another office ("the
chancellor") (attribute/described_office.py; issue #11 round 59, lane after60). BBC politics
articles name neither the prime minister nor the chancellor with their office; a later "the
prime minister dismissed …" went to the chancellor, the person in focus (three fresh14 items).
Cases written for this test."""

from __future__ import annotations

import pytest

CHAIN = ("Budget row\n\nTom Hale has denied any rift with Ed Rowe. \"There is no deal over jobs,\" "
         "the prime minister told the radio show.\n\nEd Rowe is expected to deliver his budget next "
         "week, and Rowe's allies say he is ready. But the prime minister dismissed the claims as "
         "\"a load of nonsense\".\n")
OTHER = ("Budget row\n\nEd Rowe spoke at the launch. \"The figures add up,\" the chancellor said.\n\n"
         "Rowe's allies say he is ready. But the prime minister dismissed the claims as \"a load of "
         "nonsense\".\n")
TITLED = ("Summit\n\nPresident Ann Cole met President Bo Lind in Oslo. \"We agreed on trade,\" the "
          "president said.\n\nPresident Bo Lind later toured the port. \"It was a good day,\" the "
          "president said.\n")

CASES = [
    ("the office read as another person before", CHAIN, "a load of nonsense", "Tom Hale"),
    ("the focus read as another office, this one never read", OTHER, "a load of nonsense", None),
    ("guard: a focus titled with the office stays", TITLED, "It was a good day", "Bo Lind"),
]


@pytest.mark.parametrize("case,article,words,expected", CASES, ids=[c[0] for c in CASES])
def test_office_read_before(case, article, words, expected, quote_of):
    assert quote_of(article, words, case).speaker == expected
