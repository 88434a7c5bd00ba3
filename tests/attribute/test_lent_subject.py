"""A verb after the closing mark that the parse hangs on a verb of the quoted words inherits
that verb's subject, a noun the speaker uses ("“… before the governor called me again …” to
ask what X had done"): the noun is no credit, and the words go on in the voice before (issue
11, round 83, lane desc100: a former official's testimony went to the office he named).
Our own words."""

from __future__ import annotations

import pytest

_TESTIMONY = ("Hearing\n\nThe former chief testified for three hours on Thursday.\n\n"
              "\u201cWe handled it as well and as quickly as we could,\u201d Ellison said of the March call.\n\n"
              "\u201cI did not hear back from him before the {office} called me again two weeks later\u201d to ask "
              "what Ellison had done to \u201cclear up\u201d the story that the {office} was \u201cnot under any "
              "inquiry.\u201d\n\nEllison said he told the {office} to go through the usual office.\n")


@pytest.mark.parametrize("office", ["governor", "mayor"])
def test_subject_inside_the_quoted_clause_is_no_credit(speech_of, office):
    qs = speech_of(_TESTIMONY.format(office=office))
    assert [q.speaker for q in qs[1:]] == ["Ellison"] * 3
