"""A phrase of two to six words in marks between an article and the noun "policy", "rule",
"strategy" or "formula" is the policy's or rule's common name, a title (guideline K17; round
60, lane kind61 for four words or more before "policy"; round 74, lane titles84 for two and
three words, the other nouns, and a reporting verb earlier in the sentence, after the re-read
golds). Before another noun ("a “…” approach") such a phrase stays the label the termspeech27
round read as a term; one word ("the “quiet” policy") is no name; an owner's possessive before
the marks is left to the owned-policy rule. Articles written for this test; the later mention
without "policy" takes the title from the first (the echo of a work's name)."""

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
    ("a rule", f"Harbour\n\nFees rose again under the {L}one boat, one fee{R} rule adopted in May.",
     "one boat, one fee", "title"),
    ("a short label", f"Harbour\n\nThe harbour kept the {L}open gates{R} policy for ten years.",
     "open gates", "title"),
    ("three words, a strategy", f"Harbour\n\nTwo councillors said they would not back the {L}sell then "
     f"rebuild{R} strategy because it left the quay empty for years.", "sell then rebuild", "title"),
    ("under a reporting verb", f"Harbour\n\nThe skippers accused the board of keeping a {L}same name{R} "
     "policy for checking licences.", "same name", "title"),
    ("a formula", f"Harbour\n\nThe islands joined the port under a {L}one port, two tariffs{R} formula "
     "that kept their fees.", "one port, two tariffs", "title"),
    # near misses: another noun after the marks, one word, and an owner's possessive
    ("an approach", f"Harbour\n\nThe board prefers a {L}fix it, don't sell it{R} approach to the old "
     "quay.", "fix it, don't sell it", "term"),
    ("an owner's possessive", f"Harbour\n\nThe skippers disliked the board's {L}same name{R} policy for "
     "licences.", "same name", "term"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_kind_of_a_slogan_naming_a_policy(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)


def test_one_word_before_policy_is_no_name(quote_of):
    # one word in marks before "policy" is the writer's distance or a label, never the name
    q = quote_of(f"Harbour\n\nThe harbour kept the {L}quiet{R} policy for ten years.", "quiet")
    assert q.kind != "title"
