""""said the top Republican on the Armed Services Committee, Sen. NAME": a definite role tied to
its post by "to" or "on", with its holder named between commas (or before "of <State>" and the
full stop) right after, is that holder, not the person in focus (issue 11, round 82, lane
desc96: on draw K an envoy's tweet went to the president the piece was about and a committee's
top Democrat to the official he praised; the apposition reader took only "in", "at", "of",
"for" and "from", and only a name closed by its comma or full stop). Our own words."""

from __future__ import annotations

import pytest

_LEAD = "Gun row\n\nPresident Tom Greer spoke in Texas on Friday. \"We will win,\" Greer said.\n\n"

CASES = [
    ("an envoy to a body, the parse on the role",
     _LEAD + "The Belgian ambassador to the United Nations, Émile Dufour, said the remarks were "
     "\"not worthy of a friend.\"\n\nGreer left later.",
     ["Tom Greer", "Émile Dufour"]),
    ("an envoy to a country, inverted",
     _LEAD + "\"The remarks were not worthy of a friend,\" said the Belgian ambassador to the "
     "United States, Émile Dufour.\n\nGreer left later.",
     ["Tom Greer", "Émile Dufour"]),
    ("a committee's top member, inverted",
     _LEAD + "\"The remarks were not worthy of a friend,\" said the top Republican on the Armed "
     "Services Committee, Sen. Ruth Kemp.\n\nGreer left later.",
     ["Tom Greer", "Ruth Kemp"]),
    ("a committee's top member with the state",
     "Spy chief leaves\n\nDeputy director Mark Hale is retiring after years at the agency. Hale "
     "defended the agency before the panel many times.\n\n\"Each time, his answers were careful "
     "and complete,\" said the top Democrat on the House Intelligence Committee, Rep. Dana Pryor "
     "of Ohio.\n\nHale will leave in May.",
     ["Dana Pryor"]),
]
GUARDS = [
    ("a time after the role, no name: the focus",
     _LEAD + "\"We will win again,\" said the president on Saturday, a day after the rally.\n\n"
     "Greer left later.",
     ["Tom Greer", "Tom Greer"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_role_to_apposed(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
