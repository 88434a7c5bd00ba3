"""Two short quotations set side by side by "and", "or" or "versus", credited to nobody, are
words named as words: terms. The string rules typed each a scare quote (round 34, lane scare15,
eval/real/audit/scare15-sample.tsv). Each snippet was written for this test, beside near misses
that keep their kinds: a pair modifying the noun after it, a list of three, a named speaker's
pair, longer fragments."""

from __future__ import annotations

import pytest


# (case, article, fragment, expected kind)
CASES = [
    ("two words weighed, first", "Essay\n\nThe quarrel on the island is no longer between \u201cthrift\u201d "
     "and \u201cplenty.\u201d It is between old towns and new ones.", "thrift", "term"),
    ("two words weighed, second", "Essay\n\nThe quarrel on the island is no longer between \u201cthrift\u201d "
     "and \u201cplenty.\u201d It is between old towns and new ones.", "plenty.", "term"),
    ("words back in talk", "Letters\n\nIt is odd that \u201cguilds\u201d and \u201cunions\u201d are back in "
     "the dinner talk of the coast.", "unions", "term"),
    ("two-word pair with or", "Law\n\nA citizen of the isle is one \u201cby descent\u201d or "
     "\u201cby oath,\u201d and the judges argue over both.", "by descent", "term"),
    ("versus", "Tax\n\nThe port quarrel is framed as \u201cgrowth\u201d versus \u201crest,\u201d "
     "and the dues follow from that.", "rest,", "term"),
    ("a pair modifying the noun after it stays scare", "Radio\n\nThe station keeps a list of \u201cloud\u201d "
     "and \u201crude\u201d callers it will not put on air.", "rude", "scare"),
    ("imagined cries stay scare", "Police\n\nWill anyone at the pier shout \u201cBoat profiling!\u201d or "
     "\u201cNet profiling!\u201d over this?", "Net profiling!", "scare"),
    ("a list of three is left to the list rule", "Budget\n\nThe brochure is all \u201cfresh,\u201d "
     "\u201cnew\u201d and \u201cbold\u201d about the harbour.", "new", "scare"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_word_pair(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)


def test_named_speaker_pair_stays_speech(quote_of):
    """A pair a named person says keeps its speech kind and speaker."""
    article = ("Council\n\nThe harbour master, Ilse Marrow, called the new dues \u201crash\u201d and "
               "\u201ccruel\u201d on Tuesday.")
    q = quote_of(article, "cruel", "pair")
    assert q.kind == "speech"
    assert q.speaker == "Ilse Marrow"
