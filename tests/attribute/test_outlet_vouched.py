""""According to the Ledger, X told the board that “…”", "X ripped the plan as “…,” according
to the Ledger" (issue 11, round 34, lane wrong15): a named source (an outlet, most often) only
reports a clause whose own subject spoke; the outlet took the words. Round 28's vouched reading
(tests/attribute/test_according_to_sources.py) held for unnamed sources only. With no reporting
clause of its own, the source stays the speaker. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("the outlet opens a clause whose named subject told",
     "Parks\n\nThe budget vote is Friday. According to the Harbor Ledger, council member Owen "
     "Tarrant told the board that the plan was \u201cdead on arrival.\u201d",
     ["Owen Tarrant"]),
    ("a named owner's lawsuit alleges, reported by an outlet",
     "Parks\n\nThe budget vote is Friday. According to the Harbor Ledger, Mayor Ruth Amory's "
     "lawsuit alleges that the cuts caused \u201clasting harm to the parks.\u201d",
     ["Ruth Amory"]),
    ("the outlet after the words of a named subject's weak verb",
     "Parks\n\nThe budget vote is Friday. Owen Tarrant, a developer, ripped the plan as \u201ca "
     "giveaway to the unions,\u201d according to the Harbor Ledger.",
     ["Owen Tarrant"]),
    ("unnamed officials say, reported by an outlet: nobody named",
     "Parks\n\nThe budget vote is Friday. According to the Harbor Ledger, officials say the plan "
     "\u201ccannot pass this year.\u201d",
     [None]),
    ("an unnamed official's credit with its own phrase before the outlet: nobody named",
     "Parks\n\nThe budget vote is Friday. \u201cThe parks will stay open,\u201d North Westland's "
     "attorney general said in a statement, according to the Harbor Ledger.",
     [None]),
    # guards: no reporting clause, the outlet stays
    ("no reporting verb after the outlet",
     "Parks\n\nThe budget vote is Friday. According to the Harbor Ledger, the council is weighing "
     "a \u201cclean budget\u201d that spares the parks.",
     ["Harbor Ledger"]),
    ("no reporting verb before the outlet",
     "Parks\n\nThe budget vote is Friday. The plan would close \u201cevery park in the north "
     "end,\u201d according to the Harbor Ledger.",
     ["Harbor Ledger"]),
    ("the credit right after the words stays",
     "Parks\n\nThe budget vote is Friday. \u201cWe will not close a single park,\u201d Owen Tarrant "
     "said in a statement, according to the Harbor Ledger.",
     ["Owen Tarrant"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_outlet_vouched(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
