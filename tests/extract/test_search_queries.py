"""Words typed into a search, in marks right after "search results for", "searches for" or
"searched on", are a query — words mentioned, a term — not a programme after "on" nor the
speech of the sentence's reporting verb (round 44, lane titles27: fresh15's "Google search
results for “Trump News”" typed speech, the same query on big2 typed speech under "tweets").
Articles written for this test, beside near misses."""

from __future__ import annotations

import pytest


CASES = [
    # (case, article, fragment, expected kind; "-term" = anything but term)
    ("a title-case query under a reporting verb after it", "Harbour\n\nWeb search results for "
     "\u201cHarbour Ferry News\u201d show only the reporting of two papers.", "Harbour Ferry News", "term"),
    ("a query in a speaker's complaint", "Harbour\n\nMs. Vale wrote on Monday that search results for "
     "\u201cFerry Strike\u201d were unfair to the crews.", "Ferry Strike", "term"),
    ("a query after 'searched on'", "Harbour\n\nMore people searched on \u201cPier Closed\u201d than on "
     "the weather that week.", "Pier Closed", "term"),
    # near misses
    ("a programme after 'said on' stays a title", "Harbour\n\n\u201cWe will reopen,\u201d Ms. Vale said on "
     "\u201cHarbour Week.\u201d", "Harbour Week.", "title"),
    ("a speaker's words after 'the search for' a person", "Harbour\n\nThe search for the missing "
     "skipper was, Ms. Vale said, \u201cthe hardest week of our lives.\u201d",
     "the hardest week of our lives.", "-term"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_search_queries(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
