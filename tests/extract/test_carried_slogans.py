"""The words a sign, a placard, a banner or a shirt carries, quoted after "reading", "saying",
"that read" (with "including one" between): a slogan, a term, as the harmonised real-news
rulings type slogans (round 38, review27). kind20's stock-saying rule had typed "signs
including one saying “…”" term by reading "one saying" as a saying's name; once "one saying"
was read as the participle it is, the sign's words fell to speech. The articles are written for
this test, beside near misses where the carrier word is a verb."""

from __future__ import annotations

import pytest

CASES = [
    # (case, article, fragment, expected kind; None = anything but term)
    ("signs reading", "Harbour\n\nDozens of pilots waved signs reading \u201cHands Off The Harbour\u201d "
     "outside the hall on Monday.", "Hands Off The Harbour", "term"),
    ("placards, including one saying", "Harbour\n\nThe marchers carried placards, including one saying: "
     "\u201cNo fares for kids.\u201d The police watched from the quay.", "No fares for kids.", "term"),
    ("a T-shirt that read", "Harbour\n\nShe wore a T-shirt that read \u201cPilots are people\u201d to "
     "the hearing.", "Pilots are people", "term"),
    ("sign as a verb before a comma stays speech", "Harbour\n\nThe mayor refused to sign, saying "
     "\u201cthe plan will sink the port.\u201d", "the plan will sink the port.", None),
    ("flag as a verb with its object stays speech", "Harbour\n\nInspectors flag the problem saying "
     "\u201cthe pier is unsafe.\u201d", "the pier is unsafe.", None),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_carried_slogans(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
