"""The one check, shared by link_titles and blurb_headlines, that a word after a name opening a
headline-like line is a verb of saying whose words in marks are the name's (round 49, lane
tidy28: the two modules had a check each, on two overlapping word lists)."""

from __future__ import annotations

import pytest

from onrecord.attribute.headline_verb import headline_says
from onrecord.lexicon.reporting import INNER_NON_REPORT_BASES, OTHERS_WORDS_BASES, OWN_VOICE_WEAK_BASES, WEAK_BASES

ROWS = [
    ("says", True), ("told", True), ("clarifies", True), ("calls", True), ("blasted", True),
    # weak in running text, the subject's own words in a headline
    ("rails", True), ("praises", True), ("rips", True), ("notes", True), ("slammed", True),
    # another's words taken up, or an order or a finding: not the subject's
    ("quotes", False), ("cites", False), ("welcomes", False), ("questions", False),
    ("instructs", False), ("orders", False), ("finds", False),
    # after a name in a headline, mostly the plural noun ("X on Y's Z comments: ‘…’")
    ("comments", False), ("commented", False),
    # no inflection: a noun or a bare form after a name ("X tweet was …")
    ("tweet", False), ("call", False), ("praise", False),
    ("remembered", False), ("plans", False),
]


@pytest.mark.parametrize("word,says", ROWS, ids=[r[0] for r in ROWS])
def test_headline_says(word, says):
    assert headline_says(word) is says


def test_the_headline_list_is_the_weak_list_less_its_own_voice_verbs():
    assert OTHERS_WORDS_BASES == (WEAK_BASES - OWN_VOICE_WEAK_BASES) | {"instruct"}
    assert OWN_VOICE_WEAK_BASES <= WEAK_BASES
    assert INNER_NON_REPORT_BASES <= OTHERS_WORDS_BASES  # orders and findings stay out
