"""A work's full name with a subtitle, and its short form repeated (round 41, lane titles25,
eval/real/audit/titles25-sample.tsv and the fresh14 tuning gold):

- "Main Title: A Subtitle" in marks — a capitalised main title, one colon, a subtitle opening
  on an article or a capitalised -ing word — is a work's full name; the length default typed it
  speech ("the author of “…: A …”", a film's name before "is billed as");
- the main title before the colon, repeated alone in capitalised words, is the same work; the
  coined-expression rule typed the repeat term, and a noun or participle read as a reporting
  verb before the marks ("footage being added after “…”", "my notes for “…”") speech.

Each article was written for this test, beside near misses: a quoted sentence with a colon,
words credited by "said" after the marks, a lower-case repeat, a colon sentence in title case
whose second half is no subtitle."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

CASES = [
    # (case, article, fragment, which occurrence, expected kind; "-title" = anything but title)
    ("the author of a book with a subtitle", "Opinion\n\nAda Vale is a fellow of the Harbour "
     "Institute and the author of \u201cTurning the Tide: A Practical Plan for Saving Small Ports "
     "at Lower Cost.\u201d", "Turning the Tide: A Practical Plan for Saving Small Ports at Lower Cost.", 0, "title"),
    ("a film's full name before 'is billed as'", "Television\n\nDue to air the week before the vote, "
     "\u201cPier Patrol: The Night the Tide Came In,\u201d is billed as the true story of the "
     "rescue.", "Pier Patrol: The Night the Tide Came In,", 0, "title"),
    ("a lower-case particle in the subtitle", "Books\n\nHer new history, out in May, is "
     "\u201cFerry Wars: The Long Fall of the House of van Dyke Shipping.\u201d",
     "Ferry Wars: The Long Fall of the House of van Dyke Shipping.", 0, "title"),
    ("the short form after a participle read as a verb", "Television\n\nDue to air the week before the "
     "vote, \u201cPier Patrol: The Night the Tide Came In,\u201d is billed as the true story of the "
     "rescue.\n\nNew scenes were being added after \u201cPier Patrol\u201d was bought by the channel "
     "in May.", "Pier Patrol", 0, "title"),
    ("the short form opening a later sentence", "Television\n\nDue to air the week before the vote, "
     "\u201cPier Patrol: The Night the Tide Came In,\u201d is billed as the true story of the "
     "rescue.\n\n\u201cPier Patrol\u201d is not the channel's first film about the harbour.",
     "Pier Patrol", 0, "title"),
    ("the one-word short form after 'notes for'", "Books\n\nMy last book, \u201cUnseen: Honouring the "
     "Quiet Workers of the Harbour,\u201d came out in May.\n\nI went back to my research notes for "
     "\u201cUnseen.\u201d The figure was not there.", "Unseen.", 0, "title"),
    # near misses
    ("a quoted sentence with a colon stays speech", "Harbour\n\n\u201cThe bottom line: we will "
     "rebuild the pier before the winter storms,\u201d Ms. Vale said.",
     "The bottom line: we will rebuild the pier before the winter storms,", 0, "speech"),
    ("words a reporting verb credits keep their speaker", "Harbour\n\n\u201cAdvantage: The Harbour "
     "Trust and Its Allies,\u201d said the Harbour Trust on Tuesday night.",
     "Advantage: The Harbour Trust and Its Allies,", 0, "-title"),
    ("a colon sentence whose second half is no subtitle", "Harbour\n\nThe notice on the gate was "
     "short: \u201cClosed: The pier is shut to boats and walkers until further notice.\u201d",
     "Closed: The pier is shut to boats and walkers until further notice.", 0, "-title"),
    ("the short form said after the marks stays speech", "Books\n\nMy last book, \u201cUnseen: "
     "Honouring the Quiet Workers of the Harbour,\u201d came out in May.\n\n\u201cUnseen,\u201d Ada "
     "Vale said when asked to name the harbour's workers in one word.", "Unseen,", 0, "-title"),
    ("a lower-case repeat of the short form stays", "Television\n\nDue to air the week before the "
     "vote, \u201cPier Patrol: The Night the Tide Came In,\u201d is billed as the true story of the "
     "rescue.\n\nCritics mocked the \u201cpier patrol\u201d label the officers gave themselves.",
     "pier patrol", 0, "-title"),
]


@pytest.mark.parametrize("case,article,fragment,which,kind", CASES, ids=[c[0] for c in CASES])
def test_titles_and_short_forms(case, article, fragment, which, kind):
    found = [q for q in extract_document(read_text(article)).quotes if q.text == fragment]
    assert len(found) > which, [q.text for q in extract_document(read_text(article)).quotes]
    q = found[which]
    if kind == "-title":
        assert q.kind != "title", (q.kind, q.kind_evidence)
    else:
        assert q.kind == kind, (q.kind, q.kind_evidence)
