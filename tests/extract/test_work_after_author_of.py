"""A capitalised quotation right after "author of" names the author's work, a title, whatever its
length: one capitalised word ("the author of “Tides.”", which title case cannot show) or a full
name with a subtitle longer than a bare title's limit. Round 60, lane kind61: two tuning golds
(a one-word book and a thirteen-word one) were typed term and speech, while the same place held
a title rightly typed on tuning and on the lane's random folder. Articles written for this test;
near misses keep a lower-case phrase and a reporting verb's credit."""

from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"

# (case, article, fragment, expected kind)
CASES = [
    ("one word", f"Harbour\n\nAda Vale is a sailor and the best-selling author of {L}Tides.{R} She lives "
     "in Kestrel Bay.", "Tides.", "title"),
    ("a long name with a subtitle", f"Harbour\n\nAda Vale, a sailor and the author of {L}The Quiet Quay: "
     f"Why the Small Harbours of the North Will Outlast the Big Ports,{R} lives in Kestrel Bay.",
     "The Quiet Quay: Why the Small Harbours of the North Will Outlast the Big Ports,", "title"),
    ("a short title", f"Harbour\n\nAda Vale is the author of {L}Salt and Rope.{R} She lives in Kestrel Bay.",
     "Salt and Rope.", "title"),
    # near misses: lower-case words after "author of" are a description, and an author's words
    # under a verb of saying stay speech
    ("lower-case words", f"Harbour\n\nShe called herself the author of {L}a small revolution{R} on the "
     "quay.", "a small revolution", "-title"),
    ("a verb of saying", f"Harbour\n\n{L}Tides is my best book,{R} said Ada Vale, the author of the "
     "novel.", "Tides is my best book,", "speech"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_kind_of_a_work_after_author_of(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
