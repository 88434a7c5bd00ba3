"""A slogan of four to six words in marks between an article and the noun "policy" is the
policy's common name, a title (the real-news golds type such a name title on three tuning sets:
a paired slogan with a comma before "policy"; round 60, lane kind61). Before any other noun
("the “…” rule", "a “…” approach") such a phrase stays the label the termspeech27 round read as
a term, and a short label before "policy" ("the “open gates” policy") stays a term too.
Articles written for this test; the later mention without "policy" takes the title from the
first (the echo of a work's name)."""

from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"

# (case, article, fragment, expected kind)
CASES = [
    ("paired slogan, the", f"Harbour\n\nThe council ended the {L}first come, first served{R} policy for "
     "berths in the spring.", "first come, first served", "title"),
    ("paired slogan, a", f"Harbour\n\nThe island runs under a {L}one port, two tariffs{R} policy that "
     "keeps fees low for fishing boats.", "one port, two tariffs", "title"),
    ("plural noun", f"Harbour\n\nCritics of the {L}no berth without a bond{R} policies say they drive "
     "small crews away.", "no berth without a bond", "title"),
    ("a later mention", f"Harbour\n\nThe council ended the {L}first come, first served{R} policy for "
     f"berths.\n\nSkippers had long defended {L}first come, first served,{R} so the vote was a surprise.",
     "first come, first served", "title"),
    # near misses: another noun after the marks, and a short label before "policy"
    ("a rule", f"Harbour\n\nFees rose again under the {L}one boat, one fee{R} rule adopted in May.",
     "one boat, one fee", "term"),
    ("an approach", f"Harbour\n\nThe board prefers a {L}fix it, don't sell it{R} approach to the old "
     "quay.", "fix it, don't sell it", "term"),
    ("a short label", f"Harbour\n\nThe harbour kept the {L}open gates{R} policy for ten years.",
     "open gates", "term"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_kind_of_a_slogan_naming_a_policy(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
