"""The words a poster, a billboard, a placard or a shirt proclaims ("a poster trumpeting “…”",
"placards declaring “…”", "T-shirts emblazoned with “…”", "a flag with the words “…”") are a
slogan, a term, as "signs reading “…”" already was (round 41, lane termspeech25: fresh14's
Labour poster "trumpeting" its growth record was typed speech by its length; 26 carriers with
such a verb stand before marks in the AllSides and BBC corpora, every one bearing a slogan). A
verb of proclaiming after a comma or with no carrier before it reports speech. The articles are
written for this test."""

from __future__ import annotations

import pytest

CASES = [
    # (case, article, fragment, expected kind; None = anything but term)
    ("a poster trumpeting, long", "Harbour\n\nTwo pilots unveiled a poster trumpeting \u201cthe cheapest "
     "ferry fares on the coast for twenty years\u201d on the quay.",
     "the cheapest ferry fares on the coast for twenty years", "term"),
    ("placards declaring", "Harbour\n\nThe marchers held placards declaring \u201cno fares for kids\u201d "
     "outside the hall.", "no fares for kids", "term"),
    ("T-shirts emblazoned with", "Harbour\n\nVolunteers wore T-shirts emblazoned with \u201cPilots are "
     "people too\u201d all day.", "Pilots are people too", "term"),
    ("a flag with the words", "Harbour\n\nA flag with the words \u201ckeep the quay open\u201d hung "
     "from the crane.", "keep the quay open", "term"),
    ("a billboard that proclaimed", "Harbour\n\nDrivers passed a billboard that proclaimed \u201cthe port "
     "is yours\u201d at the junction.", "the port is yours", "term"),
    ("a verb after a comma reports speech", "Harbour\n\nThe mayor refused to sign, declaring \u201cthe "
     "plan will sink the port and everyone on it.\u201d", "the plan will sink the port and everyone on it.", None),
    ("no carrier: a person declaring", "Harbour\n\nAda Okafor stood up, declaring \u201cwe will never "
     "sell the ferry to anyone.\u201d", "we will never sell the ferry to anyone.", None),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_slogan_bearers(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
