"""A party word, nationality or dotted country abbreviation glued before a person's name (round
82, lane forms95): "On taxes, Democrat X sees it this way: …" beside "pollster Ana X" showed
"Democrat X"; "the race against Sen. U.S. Jo Y" showed "U.S. Jo Y"; "Ohio Democrat Ana Lee Y"
lengthened "Lee Y" to "Democrat Ana Lee Y"; a caption's "Jo Doe / The Outlet via Redux Ana Y"
showed "Redux Ana Y". Kept: a nationality that is the person's given name
no list holds ("German X" with no other given name for X).
"""

from __future__ import annotations

import pytest

from onrecord.attribute.side_openers import credit_agency, side_opener, side_word

CASES = [
    ("a party word before a surname the article gives in full",
     "\"The mood has shifted,\" says veteran pollster Peter Harlan.\n\n"
     "On taxes, Democrat Harlan sees it this way: \"The voters want a deal.\"",
     ["Peter Harlan", "Peter Harlan"]),
    ("a country abbreviation glued before a full name",
     "The campaign claimed victory in the close race against Sen. U.S. Bernie Marsh. "
     "\"We came here with nothing,\" Marsh said.",
     ["Bernie Marsh"]),
    ("a party word before a two-word surname's full form",
     "Ads of the Year\n\nMany ads ran this fall.\n\n"
     "The award should go to Ohio Democrat Alison Lundberg Crane, shown at a rally.\n\n"
     "\"Tom, we can do better,\" she adds.\n\n"
     "\"This is our year,\" Lundberg Crane said.",
     ["Alison Lundberg Crane", "Alison Lundberg Crane"]),
    ("a photo credit's agency after 'via' before the caption's name",
     "Ana Morrow Knows Her Claim Is Hard To Hear\n\n"
     "Jo Pike / The Daily Ledger via Redux Ana Morrow, a former aide to the senator, in April.\n\n"
     "\"Nobody asks him,\" Morrow said.",
     ["Ana Morrow"]),
]

KEPT = [
    ("a nationality that is the writer's given name",
     "\"Most voters agree,\" writes German Oyelaran of the magazine.",
     ["German Oyelaran"]),
]


@pytest.mark.parametrize("case,article,expected", CASES + KEPT, ids=[c[0] for c in CASES + KEPT])
def test_a_side_opener_leaves_the_name(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


@pytest.mark.parametrize("word,side", [
    ("Democrat", True), ("Republican", True), ("U.S.", True), ("Egyptian-American", True),
    ("Israeli", True), ("GOP", False), ("Peter", False), ("democrat", False), ("Texas", False),
])
def test_side_word(word, side):
    assert side_word(word) is side


@pytest.mark.parametrize("name,other,cut", [
    ("Democrat Harlan", True, True),
    ("Democrat Harlan", False, False),  # no other given name: "Dutch X" may be the name itself
    ("Republican Ana Harlan", False, True),
    ("German Oyelaran", False, False),
    ("Republican Study Group", False, False),  # no listed given name after the label
])
def test_side_opener(name, other, cut):
    assert side_opener(name.split(), lambda surname: other) is cut


@pytest.mark.parametrize("before,agency", [
    ("Jo Pike / The Daily Ledger via ", True),
    ("The plan came via ", False),  # no credit's slash
    ("Jo Pike / Ledger\nIt came via ", False),  # the slash on another line
])
def test_credit_agency(before, agency):
    assert credit_agency(before + "Redux Ana Morrow", len(before)) is agency
