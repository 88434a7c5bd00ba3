"""A work's name whose clipped neighbours are all names is not in a headline line (round 50, lane
titlespeech50, eval/real/audit/titlespeech50-sample.tsv).

Title case says nothing inside a title-case headline ("Mayor Says: ‘We Will Rebuild’"), so the
reading switches it off when the words around the marks are all capitalised. But those words are
the sentence clipped at the neighbouring quotations: in a running line of works and authors
("“…” by Ana Pell, “…” by Omar Reyes, “…” by the late poet …") or a law's name before a place
and a date ("the “… Act of 2021” in Salem, Oregon, March 4"), the clipped words are names only,
and the work's name fell to the length default, speech. The whole line of the quotation decides
now: where it holds running lower-case words outside any marks, it is no headline.

Each article was written for this test, beside near misses: title-case headlines (with a quoted
lower-case phrase in them, too) keep their quotations' kinds as before."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

CASES = [
    # (case, article, fragment, expected kind; "-title" = anything but title)
    ("a book in a running list of books and authors", "Reading\n\nFor the holidays, try "
     "\u201cSalt and Sorrow\u201d by Ana Pell, \u201cThe Long Tide\u201d by Omar Reyes, "
     "\u201cQuiet Rooms\u201d by the late harbour poet Lou Hart, or any of the new atlases.",
     "The Long Tide", "title"),
    ("a law's name before a place and a date", "Schools\n\nGovernor Ana Pell arrives for a "
     "signing ceremony for S.B. 12, the \u201cCoastal Schools Renewal Act of 2021\u201d in Salem, "
     "Oregon, March 4, 2021.", "Coastal Schools Renewal Act of 2021", "title"),
    # near misses: headline lines in title case keep title case switched off
    ("a quotation inside a title-case headline", "Harbour Mayor Vows City Will Be \u2018Ready for "
     "the Storm\u2019\n\nThe mayor spoke on Tuesday.", "Ready for the Storm", "-title"),
    ("a headline holding a lower-case quoted phrase", "Pell Says Harbour \u2018Will Not Back "
     "Down\u2019 Over \u2018sea walls\u2019 Plan\n\nThe mayor spoke on Tuesday.", "Will Not Back Down",
     "-title"),
    # review42: a headline in a "(RELATED: …)" aside inside a running paragraph is a headline
    # line of its own; the running words of the sentence before it say nothing about it
    ("a headline in a related-story aside of a running paragraph", "Harbour\n\nThe council's "
     "vote drew anger from both parties on the island. (RELATED: Oregon Bait Shop Posts Sign: "
     "\u2018No Ferries Allowed,\u2019 \u2018Stop Listening To The Mayor\u2019)\n\nThe mayor spoke on "
     "Tuesday.", "No Ferries Allowed", "-title"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_names_beside_names(case, article, fragment, kind):
    quotes = extract_document(read_text(article)).quotes
    found = [q for q in quotes if q.text.rstrip(",.") == fragment]
    assert found, [q.text for q in quotes]
    q = found[0]
    if kind == "-title":
        assert q.kind != "title", (q.kind, q.kind_evidence)
    else:
        assert q.kind == kind, (q.kind, q.kind_evidence)
