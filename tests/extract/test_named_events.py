"""The name of an event in title case is a term, not a work and not someone's words (GUIDELINES
K20: events, operations' code names and award categories are names of things; round 70, lane
kind78). Three shapes: the name ends on an event word ("… Summit", "… Forum", "… Rally"), it opens
on "Operation" (a code name), or the event word follows the closing mark ("the “…” rally", "its
“…” award"). The title-case readings typed such names title (after a possessive, title case
alone) and the length rule speech ("4 words: a statement").

Each article was written for this test, beside near misses that stay as they were: a film's name
after "film", a song a band performed, a TV show a speaker appeared on, a name that is a whole
question."""

from __future__ import annotations

import pytest

CASES = [
    # (case, article, fragment, expected kind)
    ("a summit owned by a magazine", "Politics\n\nMs. Vale, a panelist at the Ledger\u2019s \u201cRiver "
     "Towns Summit\u201d on Tuesday, spoke about ferries.", "River Towns Summit", "term"),
    ("a forum a candidate spoke at", "Politics\n\n\u201cWho will pay for the pier?\u201d he asked, at a "
     "\u201cFaith and Harbour Forum\u201d at the college.", "Faith and Harbour Forum", "term"),
    ("a rally a candidate held", "Politics\n\nIn two counties, Mr. Reed has held a crowded event "
     "called the \u201cRally for Cheaper Ferries.\u201d It drew thousands.", "Rally for Cheaper Ferries.", "term"),
    ("a code name opening on Operation", "Harbour\n\nHundreds of boats blocked the quay on Monday for "
     "\u201cOperation Slow Tide\u201d as part of a protest.", "Operation Slow Tide", "term"),
    ("the event word after the marks", "Harbour\n\nMarchers carried torches during the \u201cSave the "
     "Quay\u201d rally, which a local man organised.", "Save the Quay", "term"),
    ("an award after the marks", "Politics\n\nThe Ledger\u2019s column has given its \u201cWorst Week on "
     "the Water\u201d award to the harbour board.", "Worst Week on the Water", "term"),
    # near misses
    ("a film's name after 'film'", "Cinema\n\nThe quay was the set of the film \u201cHarbour Lights "
     "Summit\u201d in 1998.", "Harbour Lights Summit", "title"),
    ("a TV show a speaker appeared on", "Politics\n\n\u201cWe will rebuild the pier,\u201d Ms. Vale said on "
     "\u201cHarbour Forum\u201d on Sunday.", "Harbour Forum", "title"),
    ("a question is no name", "Politics\n\nHer flyer asked \u201cWhy Not A Rally?\u201d in red letters.",
     "Why Not A Rally?", "-term"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_named_events(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
