"""A name in marks opening its sentence, right before a verb in -s and its object pronoun
("“The Daily Harbour” shows you …"), is the subject of that verb, not a label modifying a
noun: the modifier rule read the verb as a plural noun and typed a recurring series' name a
term (round 35, lane titles17: eval/real/audit/titles17-sample.tsv items 1 and 78, three corpus
items and one gold title of the fresh5 tuning split, all one outlet's series). Each snippet was
written for this test, beside near misses where the word after the marks is a noun."""

from __future__ import annotations

import pytest


# (case, article, fragment, expected kind; None: anything but term)
CASES = [
    ("a series before 'shows you'", "Should the pier be sold?\n\n\u201cThe 180\u201d shows you two "
     "sides of the day\u2019s main story.\n\nWhat happened\n\nThe council voted on Monday.",
     "The 180", "title"),
    ("a show before 'gives you'", "Weekend\n\n\u201cHarbour Nights\u201d gives you more of the town "
     "than any guidebook.", "Harbour Nights", "title"),
    ("a lower-case phrase before 'gives you' is no work", "Essays\n\nShe called it a comfort. "
     "\u201cHarbour thrift\u201d gives you a simple answer and a clear enemy.", "Harbour thrift", "term"),
    ("a label before a plural noun stays a term", "Budget\n\nThe council rejected the new "
     "\u201cpier levy\u201d rules on Monday.", "pier levy", "term"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_series_before_verb(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
