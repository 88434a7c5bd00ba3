"""A quotation with no cue of its own whose sentence names, as its subject, the one reporting
there: his words, not "names X, not the previous speaker: left null" (round 35, lane cont17: a
second quotation after "X replied, “…” adding that …", a dash then "calling such a scenario
“fun” and “cool”", "X stood by their assessment: “…”" on corpus text). The guards are the
readings the continuation's refusal was made for. The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a second quotation after the credit's participle",
     "Dock vote\n\n\"We will not sign it,\" said the union's Berit Holm on Monday.\n\n"
     "Mr. Aldo Ferrante replied, \"I have not seen the text. What we know is it was written in "
     "secret,\" adding that the clause "
     "would be \"a gift to the shipping lines and nobody else.\"",
     ["Berit Holm", "Aldo Ferrante", "Aldo Ferrante"]),
    ("two short words after a dash and a participle",
     "Dock vote\n\n\"We will not sign it,\" said the union's Berit Holm on Monday.\n\n"
     "But harbour chief Aldo Ferrante, one of the last board members left, disagreed on Tuesday "
     "— predicting a long strike and calling such a strike \"pointless\" and \"sad.\"",
     ["Berit Holm", "Aldo Ferrante", "Aldo Ferrante"]),
]

GUARDS = [
    ("a verb of saying in a relative clause is not the subject's",
     "Dock vote\n\n\"We will not sign it,\" said the union's Berit Holm on Monday.\n\n"
     "In 2019, harbour chief Aldo Ferrante also made a public statement that took issue with the mayor's description "
     "of a judge who ruled against the port as a \"harbour-hater.\"",
     ["Berit Holm", None]),
    ("a person talked about, not the subject, stays null",
     "Dock vote\n\n\"We will not sign it,\" said the union's Berit Holm on Monday. "
     "A board aide called the plan Aldo Ferrante drew up \"a mess from start to finish.\"",
     ["Berit Holm", None]),
]


@pytest.mark.parametrize("article,speakers", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_own_reporter(speech_of, article, speakers):
    assert [q.speaker for q in speech_of(article)] == speakers
