"""A short fragment in marks that names the class, grade or rank a named subject gives
something ("X ranks two towns as “…”", "X has deemed the pier “…”", "X downgraded the debt to
“…”", "X reserves the label for “…”") is that subject's wording: an official category
credited to a body by a verb is the body's speech (guideline K9; K1, ruling R1). The
extraction sees no reporting verb next to the marks and types it scare or term, credited to
nobody (round 73, lane verbfrag83: the one verb class of the named-subject fragments that the
tuning gold gives to the subject every time). Articles written for this test; a passive with
no agent, a thing classed that is itself in marks, and a group's ranking keep their kind."""

from __future__ import annotations

import pytest

_OPEN = ("Harbour report\n\nThe Alder Institute studies coastal towns. Ratings firm Norvale "
         "Credit follows the port's debt. Mayor Tobias Reed runs the harbour board. "
         "\u201cWe are ready for the season,\u201d Reed said.\n\n")

CASES = [
    ("a rank given with as",
     _OPEN + "The Alder Institute ranks only two of the towns as \u201cfully safe\u201d for "
     "cyclists.",
     "fully safe", ("speech", "Alder Institute")),
    ("a grade given with as",
     _OPEN + "Norvale Credit has classed the port\u2019s bonds as \u201cnear junk\u201d since "
     "the spring.",
     "near junk", ("speech", "Norvale Credit")),
    ("a verdict given with deem",
     _OPEN + "Reed deemed the old pier \u201cunfit for boats\u201d in March, after the storm.",
     "unfit for boats", ("speech", "Tobias Reed")),
    ("a grade lowered to a class",
     _OPEN + "Norvale Credit downgraded the port\u2019s debt to \u201cnear junk\u201d on "
     "Friday.",
     "near junk", ("speech", "Norvale Credit")),
    ("a label kept for a class",
     _OPEN + "The Alder Institute reserves the designation for \u201csevere flooding\u201d alone.",
     "severe flooding", ("speech", "Alder Institute")),
    ("a passive with no agent: nobody's words",
     _OPEN + "The old pier was deemed \u201cunfit\u201d years ago.",
     "unfit", ("not speech", None)),
    ("the thing classed is in marks: a name, not the class",
     _OPEN + "Norvale Credit downgraded the \u201cHarbour Notes\u201d on Friday.",
     "Harbour Notes", ("not speech", None)),
]


@pytest.mark.parametrize("case,article,words,expected", CASES, ids=[c[0] for c in CASES])
def test_classing_verb_fragment(case, article, words, expected, quote_of):
    q = quote_of(article, words, case)
    kind = "speech" if q.kind == "speech" else "not speech"
    assert (kind, q.speaker) == expected
