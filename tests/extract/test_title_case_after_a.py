"""Title case right after "a" or "an" (an adjective between allowed), with no noun after the
marks and no reporting verb in the sentence: one of a kind of thing that bears the name — a
new military branch, an order a court may issue — a term, not a work's name (round 65, lane
titles68, eval/real/audit/titles68-tuning.tsv: three tuning items in two articles, all gold
term, that the title-case fallback typed title). The guards of the rule for "the" hold: a
name holding a work, plan or programme noun stays a title. A work is named without an
article ("his film “…”", "“…” opens in May") or with "the" and, read by an indefinite
article, only before its noun ("a “…” column"), which the label rule reads first.

Each article was written for this test, beside near misses: a work noun right after the
marks or inside the name, a naming verb of a named speaker, a title-case run with no
article."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

CASES = [
    # (case, article, fragment, expected kind; "-term" = anything but term)
    ("a new body after 'a new'", "Harbour\n\nThe council on Monday voted to set up a new "
     "\u201cHarbour Guard\u201d as the port's own police by next spring.", "Harbour Guard", "term"),
    ("an order after 'an'", "Harbour\n\nJudges would then be able to issue an \u201cEmergency Mooring "
     "Order\u201d that lets the harbour master move any boat.", "Emergency Mooring Order", "term"),
    # near misses
    ("a name holding a work noun keeps the title", "Harbour\n\nThere was a \u201cPort Office "
     "Blog Post\u201d yesterday from the deputy master.", "Port Office Blog Post", "title"),
    ("a work noun after the marks keeps the title", "Harbour\n\nThe Gazette ran a \u201cTides of "
     "Change\u201d series all summer.", "Tides of Change", "title"),
    ("a named speaker's naming verb keeps its kind", "Harbour\n\nMayor Ada Vale called the plan "
     "a \u201cHarbour Grab\u201d and walked out.", "Harbour Grab", "-term"),
    ("a title-case run with no article keeps the title", "Harbour\n\nShe spent the winter "
     "reading \u201cSalt and Stone Again\u201d by the fire.", "Salt and Stone Again", "title"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_title_case_after_a(case, article, fragment, kind):
    quotes = extract_document(read_text(article)).quotes
    found = [q for q in quotes if q.text == fragment]
    assert found, [q.text for q in quotes]
    if kind == "-term":
        assert found[0].kind != "term", (found[0].kind, found[0].kind_evidence)
    else:
        assert found[0].kind == kind, (found[0].kind, found[0].kind_evidence)
