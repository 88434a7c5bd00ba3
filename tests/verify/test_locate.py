"""Stages 2-3 read a candidate document only around its phrase hits (verify/locate.py, issue
13): the matches must be the whole document's, match for match, whatever the quote's
operators, where in the document it sits, or how often its words recur. Texts written for
this test."""

from __future__ import annotations

import itertools

import pytest

from onrecord.thresholds.verify import VerifyOptions
from onrecord.verify import locate
from onrecord.verify.align import MATCH_LIMIT, find_matches, parse_quote, span_offsets

PLACES = ["Harlow Bay", "the northern valleys", "Pennick", "the river towns", "Old Quay", "Marrowfield"]
THINGS = ["ferry timetable", "school roof", "tram depot", "flood wall", "clinic", "grain store"]
DOINGS = ["repair", "open", "fund", "inspect", "rebuild", "extend"]


def _speech(n: int) -> str:
    lines = []
    for k, (p, t, d) in zip(range(n), itertools.cycle(itertools.product(PLACES, THINGS, DOINGS))):
        lines.append(f"In {p} we will {d} the {t} before {1990 + k % 30}, and no one will be left waiting.")
        if k % 7 == 3:
            lines.append("Thank you. No!")
        if k % 11 == 5:
            lines.append("")  # a paragraph break
    return "\n".join(lines)


SPEECH = "Title: Works plan\nSpeaker: Mara Ellison\nDate: 2024-03-02\n\n" + _speech(400) + "\n"
# A one-speaker transcript whose last lines follow an interjection: they belong to no stored
# sentence (archive/structure.py cuts an interjection's turn at its line end), so the index
# never holds them, yet the whole document's tokens do.
TAIL = ("Title: Pier visit\nSpeaker: Mara Ellison\nDate: 2024-04-01\n\nMARA ELLISON: We will open the pier "
        "in May. The lanterns stay lit all night.\nAUDIENCE: Hear, hear!\nThe harbour tax will not rise "
        "this year, and the lanterns stay lit all night.\n")


SOURCES = {"plan.txt": SPEECH, "pier.txt": TAIL}  # the module's archive (conftest.py)


def _key(doc, m, pq):
    t = doc.tokens
    return (doc.id, span_offsets(t, m, pq), [t.ostart(p) for p in m.positions], m.omitted, m.replaced,
            m.punct_changes, m.dropped_trailing, m.trailing_mid_clause, m.omission_in_sentence)


def _whole(pq, archive, opts):
    ids = dict.fromkeys(d for _, d, _, _ in archive.phrase(locate.best_run(pq), limit=opts.phrase_passages))
    return [(archive.doc(d), m) for d in ids for m in
            find_matches(pq, archive.doc(d).tokens, opts.max_ellipsis_gap, opts.max_bracket_words)]


QUOTES = [
    "No!",  # recurs: more hits than phrase_passages, more matches than MATCH_LIMIT
    "and no one will be left waiting",
    "In Pennick we will fund the clinic",
    "we will repair the ferry timetable ... no one will be left waiting.",  # an ellipsis
    "[She] will open the school roof",  # a leading bracket
    "In Harlow Bay we will repair the ferry timetable...",  # a trailing ellipsis
    "the lanterns stay lit all night",  # once indexed, once after the interjection
    "Thank you.",
]


@pytest.mark.parametrize("passages", [3, 100])
@pytest.mark.parametrize("quote", QUOTES)
def test_regions_give_the_whole_documents_matches(archive, quote, passages):
    opts = VerifyOptions(phrase_passages=passages)
    pq = parse_quote(quote)
    want = [_key(d, m, pq) for d, m in _whole(pq, archive, opts)]
    got = [_key(d, m, pq) for d, m in locate.located_matches(pq, archive, opts)]
    assert want and got == want


def test_a_recurring_phrase_keeps_the_first_matches_of_each_document(archive):
    pq = parse_quote("Thank you.")
    got = locate.located_matches(pq, archive, VerifyOptions(phrase_passages=3))
    assert len(got) == MATCH_LIMIT
    # read around the hits: the tokens of each region, never the whole speech's
    assert all(len(d.tokens) < len(archive.doc(d.id).tokens) for d, _ in got)


def test_the_phrase_query_within_documents_returns_every_hit(archive):
    few = archive.phrase(["no"], limit=3)
    assert len(few) == 3
    every = archive.phrase(["no"], limit=3, docs=sorted({d for _, d, _, _ in few}))
    assert len(every) > 100  # every "No!" passage of the speech, not the first three


def test_the_text_after_the_last_sentence_is_read(archive):
    pq = parse_quote("the lanterns stay lit all night")
    got = [span_offsets(d.tokens, m, pq) for d, m in locate.located_matches(pq, archive, VerifyOptions())]
    tail = TAIL.rindex("the lanterns")
    assert len(got) == 2 and got[1][0] - got[0][0] == tail - TAIL.index("The lanterns")
