"""A work's name repeated later in the same article and typed speech by its length alone, or by
a verb that reports another clause (round 65, lane titles68, eval/real/audit/titles68-tuning.tsv):

- the main title before a subtitle's colon, named by "titled", repeated after a verb of reading
  ("took the time to read “…”") with no credit of its own;
- a name first read as a work by its title case alone, repeated to open a later paragraph as
  the subject of its sentence;
- a film's name repeated under a reporting verb earlier in the sentence ("who added that …
  was seen as “…” for “…”"): the verb reports another clause, not the name, and gives way as
  a verb right before the marks does.

The length rule types any quotation of four words or more speech before it asks whether the
words name something; a repeat in title case of a name the article has already typed title is
the same work, unless its own sentence credits the words to someone (a reporting verb after
the marks, or a verb and a comma or colon right before them).

Each article was written for this test, beside near misses: the same repeat credited by "said"
after the marks, the repeat introduced by "she said," before the marks, a lower-case repeat,
a repeat of words nothing named a work, and a short name said after the marks."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

_BOOK = ("Books\n\nHer letters were gathered in a slim volume titled \u201cA Winter on the Canals: "
         "Notes From a Lock Keeper.\u201d It sold poorly.\n\n")
_MEMOIR = ("Books\n\nThe publisher will bring out \u201cThe Quietest Room in the House\u201d in "
           "March, a memoir of her years at the ferry office.\n\n")

CASES = [
    # (case, article, fragment, which occurrence, expected kind; "-title" = anything but title)
    ("the main title repeated after a verb of reading", _BOOK + "Ada Vale, who has reported from "
     "the harbour for years, took the time to read \u201cA Winter on the Canals\u201d and was not "
     "impressed.", "A Winter on the Canals", 0, "title"),
    ("a title-case name repeated to open a paragraph", _MEMOIR + "\u201cThe Quietest Room in the "
     "House\u201d has been two years in the making.", "The Quietest Room in the House", 1, "title"),
    ("a film repeated under a verb earlier in the sentence", "Film\n\nThe studio's new film "
     "\u201cThe Reckoning,\u201d starring two unknowns, opens in May.\n\nThe hackers struck, "
     "according to an official, who added it was \u201crevenge\u201d for \u201cThe Reckoning.\u201d",
     "The Reckoning.", 0, "title"),
    # near misses
    ("the repeat credited by 'said' after the marks stays speech", _MEMOIR + "\u201cThe Quietest "
     "Room in the House,\u201d Ms. Vale said when asked where she wrote.",
     "The Quietest Room in the House,", 0, "-title"),
    ("the repeat introduced by a verb and a comma stays speech", _BOOK + "Asked where she spent "
     "the cold months, she said, \u201cA Winter on the Canals.\u201d", "A Winter on the Canals.", 0,
     "-title"),
    ("a short name said after the marks stays", "Media\n\nHere is the opening of a \u201cHarbour "
     "Weekly\u201d article on the ferry strike.\n\n\u201cHarbour Weekly,\u201d Ada Vale said when "
     "asked what she reads.", "Harbour Weekly,", 0, "-title"),
    ("a lower-case repeat stays", _MEMOIR + "She called it \u201cthe quietest room in the "
     "house\u201d more than once.", "the quietest room in the house", 0, "-title"),
    ("title-case words no rule named a work stay speech", "Harbour\n\nThe crowd carried signs "
     "that day.\n\n\u201cKeep the Ferry Running for Good\u201d was painted on the biggest one.",
     "Keep the Ferry Running for Good", 0, "-title"),
]


@pytest.mark.parametrize("case,article,fragment,which,kind", CASES, ids=[c[0] for c in CASES])
def test_work_repeated_at_length(case, article, fragment, which, kind):
    quotes = extract_document(read_text(article)).quotes
    found = [q for q in quotes if q.text == fragment]
    assert len(found) > which, [q.text for q in quotes]
    q = found[which]
    if kind == "-title":
        assert q.kind != "title", (q.kind, q.kind_evidence)
    else:
        assert q.kind == kind, (q.kind, q.kind_evidence)
