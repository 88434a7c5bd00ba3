"""A near miss of titles25's short forms (extract/title_echo; review33, round 41's review): a
speaker's one word under his own reporting verb that happens to repeat a one-word main title
("“Home: The Story of a Town” … She told reporters “Home” was all she thought of") is her
speech: a one-word reported sentence opens on a capital anyway, so the capital does not show a
work's name, and the credit does not give way. Two capitalised words still do ("footage added
after “Pier Patrol” was bought"). Our own words."""

from __future__ import annotations

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text


def _kinds(article: str) -> list[tuple[str, str]]:
    r = extract_document(read_text(article, path="case"))
    attribute_results([r])
    return [(q.text, q.kind) for q in r.quotes]


def test_one_word_main_title_under_a_speakers_verb_stays_speech():
    kinds = _kinds("New film\n\nThe studio released \u201cHome: The Story of a Town\u201d on Friday.\n\n"
                   "Ada Vale, who starred in it, told reporters \u201cHome\u201d was all she could think of.")
    assert ("Home", "speech") in kinds, kinds


def test_two_word_main_title_after_a_verb_is_still_the_title():
    kinds = _kinds("New show\n\n\u201cPier Patrol: The Night the Tide Came In\u201d airs on Sunday.\n\n"
                   "The footage was added after \u201cPier Patrol\u201d was bought by the network in May.")
    assert ("Pier Patrol", "title") in kinds, kinds
