"""A near miss of echo24's sentence credit (attribute/sentence_credit.py; review33, round 41's
review): a fragment owned by someone named right before its marks ("Reg Hale's “…” warning")
is that owner's word, not the word of the one whose credit closes or brackets the sentence
("…, Dunmore said, …"): the owner is the one the words are quoted from. Our own words."""

from __future__ import annotations

import pytest


_HEAD = "Harbour report published\n\nThe harbour board published its yearly report on Monday.\n\n"
_TAIL = "\n\n\u201cWe will read every page,\u201d Ilse Dunmore said in May."

CASES = [
    ("a parenthetical credit, the word owned by another",
     "Reg Hale's \u201cdoomsday\u201d warning was wrong, Dunmore said, and the port is thriving.",
     "doomsday", "Ilse Dunmore"),
    ("the credited one's name owning the word of the other",
     "Ilse Dunmore's \u201cdoomsday\u201d warning was wrong, Hale said, and the port is thriving.\n\n"
     "\u201cShe was wrong,\u201d said Reg Hale.", "doomsday", "Reg Hale"),
]


@pytest.mark.parametrize("body,words,credited", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_owned_fragment_is_not_the_credited_ones(body, words, credited, quote_of):
    q = quote_of(_HEAD + body + _TAIL, words)
    assert q.speaker != credited, (q.kind, q.kind_evidence, q.attribution_evidence)


def test_a_name_in_marks_is_nobodys_words(quote_of):
    """"Soviet “Scud” technology, …, according to X": one capitalised word in marks that the
    extraction read as a name stays a term; a credit closing the sentence does not make a name
    somebody's words (review33's targeted corpus check: a missile's name typed speech)."""
    body = ("The port's new cranes use German \u201cKrupp\u201d gearing, which can lift forty tonnes, "
            "according to an Institute of Harbour Studies overview of the port.")
    q = quote_of(_HEAD + body + _TAIL, "Krupp")
    assert q.kind == "term", (q.kind, q.kind_evidence, q.attribution_evidence)
