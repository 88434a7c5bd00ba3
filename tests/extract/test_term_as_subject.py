""""term" and "terms" are also a span of office and a deal's conditions: a quotation that is the
predicate of such a noun phrase ('a second Harris-Lowe term “would fix the ports”') is
someone's words, not a word named as a word (round 35, review of lane scareterm16, whose
hyphened modifier in extract/lexicon.MENTION_RE let "the Harbour-era terms “were …”" read as a
mention). Snippets written for this test, beside near misses that stay terms."""

from __future__ import annotations

import pytest


# (case, article, fragment, expected kind, expected speaker)
CASES = [
    ("a hyphened pair's term of office", "Senate\n\nTolland said a second Harris-Lowe term "
     "\u201cwould fix the ports.\u201d", "would fix the ports.", "speech", "Tolland"),
    ("an era's terms of a deal", "Trade\n\nAda Tolland said the Harbour-era terms \u201cwere "
     "generous to the banks.\u201d", "were generous to the banks.", "speech", "Ada Tolland"),
    ("a plain term of office", "Senate\n\nTolland said a second term \u201cwould fix the ports.\u201d",
     "would fix the ports.", "speech", "Tolland"),
    # near misses: words named as words stay terms
    ("a hyphened tongue's term for a word", "Words\n\nIt is the Old-Norse term for \u201cwet "
     "ground\u201d in the valley.", "wet ground", "term", None),
    ("a term that opens with a hyphened modal", "Words\n\nThe term \u201cwould-be reformer\u201d "
     "is older than the party.", "would-be reformer", "term", None),
    ("'the words' before an auxiliary", "Words\n\nThe mayor used the words \u201cwill not "
     "comply\u201d twice in the letter.", "will not comply", "term", None),
]


@pytest.mark.parametrize("case,article,fragment,kind,speaker", CASES, ids=[c[0] for c in CASES])
def test_term_as_subject(case, article, fragment, kind, speaker, kind_and_speaker_of):
    assert kind_and_speaker_of(article, fragment, "term") == (kind, speaker)
