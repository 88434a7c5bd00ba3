"""After a vouched report ("Ellery told her, “…,” according to Whitlock"), who speaks next.

Round 34's vouched reading (lane wrong15) gives the reported words to the clause's subject.
Review22 read wrong15's corpus check: a witness's own next words ("Bolton, however, “made it
clear …”" after "He said, “…,” according to Hill") and a pastor's ("“He would say …”" after
"According to the pastor, West told him …") now continued the person they had quoted; and
"According to Erdogan's office, he accepted … and told …" gave the "he" to the president named
in the sentence before. A person who vouches is the voice of the next uncued words; an
outlet is not; a pronoun after "according to X's office" is X. Our own words."""

from __future__ import annotations

import pytest

WITNESS = (
    "Hearing\n\n"
    "Dana Whitlock said that in the spring she discussed the tolls with the port chief, Tom "
    "Ellery, and that he looked \u201ctired.\u201d\n\n"
    "Ellery told her, \u201cThe harbour board is a loaded gun that will go off in our hands,\u201d "
    "according to Whitlock.\n\n"
    "\u201cHe made it plain that he could do nothing about the tolls himself.\u201d"
)

OUTLET = (
    "Budget\n\n"
    "Senator Ann Ruiz called the plan \u201ca disgrace to this state,\u201d according to the Harbour "
    "Ledger. \u201cWe will not stand for it and we will vote it down.\u201d"
)

OWNER = (
    "Harbour\n\n"
    "Mayor Ted Lund met Governor Ann Ruiz on Friday. Tom Ellery, the port chief, joined them.\n\n"
    "According to Lund\u2019s office, he accepted the offer and told Ruiz that \u201cthe harbour will "
    "stay open for everyone.\u201d"
)

OUTLET_PRONOUN = (
    "Harbour\n\n"
    "Mayor Ted Lund met Governor Ann Ruiz on Friday.\n\n"
    "According to the Harbour Ledger, he accepted the offer and told Ruiz that \u201cthe harbour "
    "will stay open for everyone.\u201d"
)

CASES = [
    ("a witness's next uncued words are the witness's", WITNESS, ["Dana Whitlock", "Tom Ellery", "Dana Whitlock"]),
    ("an outlet vouching: the speaker goes on", OUTLET, ["Ann Ruiz", "Ann Ruiz"]),
    ("he after according to X's office is X", OWNER, ["Ted Lund"]),
    ("he after according to an outlet: the pronoun's reading", OUTLET_PRONOUN, ["Ted Lund"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_who_speaks_after_a_vouched_report(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
