"""A quotation right after a person's role in a work ("a co-producer for “…”", "author of
“…”", "his co-producer in “…”") is the work's name, a title, in any case and however long
(up to a title's length): the reporting verb after it ('… for “Harbour Lights” said the …')
read it as speech and gave it the next speaker (round 34, lane titles15,
eval/real/audit/titles15-sample.tsv item 102; four corpus titles, three of them given a
speaker). Each snippet was written for this test, beside near misses: "a host of" as a
quantity, words after a role with no preposition."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

# (case, article, fragment, expected kind; None: anything but title)
CASES = [
    ("co-producer for, a verb after", "Court\n\nNed Vale, who won a prize as a co-producer for \u201cHarbour "
     "Lights\u201d said the charges against his friend upset him.", "Harbour Lights", "title"),
    ("co-producer in, a numeral", "Court\n\nThe director\u2019s co-producer in \u201c2031\u201d Ana Ruiz "
     "told the paper the case was weak.", "2031", "title"),
    ("author of, one word", "Screens\n\nMara Lind, author of \u201cTidewise\u201d and founder of a "
     "parents\u2019 group, said children need rules.", "Tidewise", "title"),
    ("author of, a subtitle in sentence case", "Politics\n\n\u201cThey fade,\u201d said scholar Ned Vale, "
     "author of \u201cQuiet Giants: Mayors in their last terms.\u201d", "Quiet Giants: Mayors in their last terms.",
     "title"),
    ("'a host of' is a quantity", "Tech\n\nThe change hurts a host of \u201cBig Harbour\u201d firms that "
     "sell data, she said.", "Big Harbour", None),
    ("lower case after a role stays the speaker's", "Senate\n\nDana Vale, the author of \u201cthe "
     "worst bill in years,\u201d according to critics, defended it.", "the worst bill in years,", None),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_role_in_a_work(case, article, fragment, kind):
    result = extract_document(read_text(article))
    found = [q for q in result.quotes if q.text == fragment]
    assert found, [q.text for q in result.quotes]
    if kind is None:
        assert found[0].kind != "title", found[0].kind_evidence
    else:
        assert found[0].kind == kind, (found[0].kind, found[0].kind_evidence)
