"""A name in title case right after "a/an <noun> called" (or "one called"), where the noun is a
group, a page, an account or a user, is the name of that thing, a term; after "an anthology
called" it is a work's name, a title. The naming rule read the sentence's subject as the one
doing the naming and typed such names its speech (round 35, lane titles17,
eval/real/audit/titles17-sample.tsv items 14 and 140; kindspeech16's "What is left": "a 2004
anthology called", "a user called", "a fanpage called" typed speech on the corpus). Each
snippet was written for this test, beside near misses: a subject naming with an object, a
lower-case label, a noun that is no group or page."""

from __future__ import annotations

import pytest


# (case, article, fragment, expected kind; None: anything but term)
CASES = [
    ("a group called", "Online\n\nThe suspect, a retired ferry pilot, belonged to several groups online, "
     "including one called \u201cSink The Harbour Board.\u201d Its members cheered the attack.",
     "Sink The Harbour Board.", "term"),
    ("a user called", "Online\n\nMost of the posts came from a user called \u201cQuiet Gull Forever\u201d "
     "whose banner shows a lighthouse.", "Quiet Gull Forever", "term"),
    ("a page called", "Online\n\nThe mayor said critics had set up a page called \u201cRecall The Pier "
     "Mayor Now\u201d within hours.", "Recall The Pier Mayor Now", "term"),
    ("an anthology called", "Books\n\nIn a 2011 anthology called \u201cLetters From the Old Pier,\u201d "
     "Ms. Vale wrote an essay on what she called \u201charbour thrift.\u201d",
     "Letters From the Old Pier,", "title"),
    ("a lower-case label stays the namer's", "Politics\n\nOne councillor called \u201cdeeply "
     "cynical\u201d the plan to sell the pier.", "deeply cynical", None),
    ("a person noun names", "Politics\n\nAt the meeting a councillor called \u201cHarbour First\u201d "
     "a slogan with no plan behind it, Ms. Vale said.", "Harbour First", None),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_thing_called(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
