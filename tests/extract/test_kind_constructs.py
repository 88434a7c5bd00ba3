"""Kind constructs of real news (issue #11, the kind half), each in a snippet written for this
test, with the near miss that must keep its kind: the tuning split's largest classes of kind
error (docs/extraction-errors.md, "Third round")."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

# (case, article, fragment, expected kind)
CASES = [
    # a subheading in the body that closes on words in marks quotes someone, as a headline does
    ("subheading closing on a fragment",
     "Ferries\n\nThe council met on Monday and voted to cut the service.\n\nHarbour board\u2019s new \u2018betrayal\u2019"
     "\n\nThe board said the vote was final.", "betrayal", "speech"),
    ("related-story line in brackets",
     "Ferries\n\nThe council met on Monday.\n\n( Also on this site: Mayor vows to end ferry \u2018waste\u2019)"
     "\n\nThe board said the vote was final.", "waste", "speech"),
    # near misses: a body sentence closing on a fragment, and a subheading the fragment does not close
    ("sentence closing on a fragment",
     "Ferries\n\nThe council met on Monday.\n\nLocals called the vote a \u2018betrayal\u2019.\n\nIt starts soon.",
     "betrayal", "term"),
    ("subheading not closed by the fragment",
     "Ferries\n\nThe council met on Monday.\n\nA \u2018quiet\u2019 vote on the harbour\n\nIt starts soon.",
     "quiet", "scare"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_kind_construct(case, article, fragment, kind):
    r = extract_document(read_text(article, path=case))
    (q,) = [q for q in r.quotes if q.text.rstrip(".,") == fragment]
    assert q.kind == kind, q.kind_evidence
