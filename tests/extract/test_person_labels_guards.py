"""Near misses of round 34's person and side labels (extract/person_labels.py), written by
review22 in our own words: each guard below was switched off in a scratch copy and the lane's
tests still passed; the last two were typed terms by the rule and are works' names."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

# (case, article, fragment, expected kind)
CASES = [
    ("two given names make a full name, no epithet", "Budget\n\nHe also mentioned \u201cElton John\u201d and the gold "
     "standard.", "Elton John", "title"),
    ("an -ing verb before a given name opens a work's name", "Budget\n\nHe also mentioned \u201cFinding Carl\u201d "
     "and the gold standard.", "Finding Carl", "title"),
    ("a work noun inside the marks", "Budget\n\nHe also mentioned \u201cLabour Film Night\u201d and the gold standard.",
     "Labour Film Night", "title"),
    ("a long name ending on a given name", "Budget\n\nHe also mentioned \u201cQuiet Nights Near Little Carl\u201d and "
     "the gold standard.", "Quiet Nights Near Little Carl", "title"),
    ("a party word in a long headline", "News\n\nHe shared \u201cRepublicans Mostly Quiet After Harbour Vote\u201d on his page.",
     "Republicans Mostly Quiet After Harbour Vote", "title"),
    ("an -ing verb before a party adjective: a book", "Books\n\nShe spent the summer reading \u201cSaving Democratic "
     "Institutions\u201d on the porch.", "Saving Democratic Institutions", "title"),
    ("an article before a party word: a book", "Books\n\nShe spent the summer reading \u201cA Tory Childhood\u201d on the porch.",
     "A Tory Childhood", "title"),
]


@pytest.mark.parametrize("article,fragment,kind", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_label_near_misses(article, fragment, kind):
    quotes = extract_document(read_text(article, path="case")).quotes
    assert [q.kind for q in quotes if q.text.rstrip(",.") == fragment.rstrip(",.")] == [kind]
