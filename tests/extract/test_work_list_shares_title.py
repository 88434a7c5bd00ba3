"""Works listed one after another ("his films “A,” “B” and “C”") are all works once one of them
is named as a work on its own evidence: the list shared the first item's weaker kind (a scare
quote, a two-word sentence) before the echo or a later item's subtitle showed the list to be
titles (round 57, lane titles57: four tuning items in two articles). Snippets written for this
test, beside near misses: a list of slogans stays terms, and credited words stay speech."""

from __future__ import annotations

import pytest

# (case, article, fragment, expected kind)
CASES = [
    ("the first item named as a work later", "Film\n\nNot only that, Ada Vale \u2013 a producer for Tom Reed\u2019s films "
     "\u201cHarbour 9/11,\u201d \u201cTides\u201d and \u201cSalt for Stone\u201d \u2013 was the one hired."
     "\n\nReed made the film \u201cHarbour 9/11\u201d in 2004.", "Tides", "title"),
    ("the last item of that list", "Film\n\nNot only that, Ada Vale \u2013 a producer for Tom Reed\u2019s films "
     "\u201cHarbour 9/11,\u201d \u201cTides\u201d and \u201cSalt for Stone\u201d \u2013 was the one hired."
     "\n\nReed made the film \u201cHarbour 9/11\u201d in 2004.", "Salt for Stone", "title"),
    ("a list whose later item has a subtitle", "Film\n\nSome of the best films of 2016 include: \u201c9 "
     "Days,\u201d \u201cSalt or High Water,\u201d \u201cQuiet Ridge,\u201d \u201cRed Harbour: The Secret History of the Old Town Pier,\u201d and others.",
     "9 Days,", "title"),
    ("the second item of that list", "Film\n\nSome of the best films of 2016 include: \u201c9 "
     "Days,\u201d \u201cSalt or High Water,\u201d \u201cQuiet Ridge,\u201d \u201cRed Harbour: The Secret History of the Old Town Pier,\u201d and others.",
     "Salt or High Water,", "title"),
    # near misses: a list with no item named as a work, and a chant whose first words are a
    # work's name elsewhere (a verb credits the list: no echo, no sharing)
    ("a chanted list keeps its kind", "Film\n\nReed made the film \u201cGo Home\u201d in 2004.\n\nAt "
     "the rally the crowd chanted \u201cGo Home,\u201d \u201cNot Again\u201d and \u201cEnough,\u201d as "
     "Vale spoke.", "Not Again", "-title"),
    ("a list with no work stays as typed", "Rally\n\nThe crowd waved signs: \u201cno more,\u201d "
     "\u201cnot again\u201d and \u201cenough.\u201d", "not again", "-title"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_listed_works_share_the_title(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
