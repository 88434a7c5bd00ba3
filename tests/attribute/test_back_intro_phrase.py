"""An introductory phrase opened by "Back" ("Back on the Hill, X told …", "Back home in Ohio,
X said …") ends at its comma, and the subject is the name after it (issue 11, round 77, lane
noun77: on unseen AllSides articles "Back on Capitol Hill, Pelosi told …" gave the words to the
place). "Back in Ohio" was right only because the place word was dropped; a place the lists do
not know, or "Back home", became the speaker or an unresolved description. Our own words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("opener", ["Back on Capitol Hill", "Back home in Ohio", "Back at Dunmore Tower"])
def test_back_opens_an_intro_phrase(quote_of, opener):
    art = ("Budget talks\n\nThe budget fight moved on this week. " + opener + ", Dana Reyes told "
           "fellow senators in private that she was \u201cnot going to sign anything that cuts the "
           "school lunch program.\u201d\n")
    q = quote_of(art, "not going to sign anything that cuts the school lunch program")
    assert q.speaker == "Dana Reyes"


def test_a_second_intro_phrase_after_the_first(speech_of):
    art = ("Town hall\n\nBack in early spring, shortly after Harbor Fest had filled the streets, "
           "Mayor Leon Pratt made an unpopular call. He closed the beaches. He ordered the bars "
           "shut, which he said had become \u201cthe town's last crowded rooms\u201d for weeks.\n")
    assert [q.speaker for q in speech_of(art)] == ["Leon Pratt"]
