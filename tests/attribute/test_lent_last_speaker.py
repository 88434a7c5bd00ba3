"""Words whose verb after the closing mark took its subject from inside them ("“… before the
governor called me again …” to ask what X had done") go on in the last speaker's voice, not in
the subject of a background sentence of narration just before them ("Y had earlier stepped
aside from the case."), who says nothing there (issue 11, round 83, lane desc102: a former
official's testimony went to the official who had recused himself). Our own words."""

from __future__ import annotations

import pytest

_TESTIMONY = ("Hearing\n\nThe former chief testified for three hours on Thursday.\n\n"
              "\u201cWe handled it as well and as quickly as we could,\u201d Ellison said of the March call.\n\n"
              "Right after that call, Ellison said he reported it to the deputy, Mark Tolliver. "
              "{background}\n\n"
              "\u201cI did not hear back from him before the {office} called me again two weeks later\u201d to ask "
              "what Ellison had done to \u201cclear up\u201d the story that the {office} was \u201cnot under any "
              "inquiry.\u201d\n\nEllison said he told the {office} to go through the usual office.\n")

_BACKGROUND = ("Attorney General Paul Dunmore had earlier stepped aside from all matters tied to the case "
               "because he had failed to disclose his own meetings.")


@pytest.mark.parametrize("office", ["governor", "mayor"])
def test_lent_words_skip_a_narrating_subject(speech_of, office):
    qs = speech_of(_TESTIMONY.format(office=office, background=_BACKGROUND))
    assert [q.speaker for q in qs[1:]] == ["Ellison"] * 3


def test_narrating_subject_still_continues_without_a_lent_verb(speech_of):
    # the ordinary continuation is untouched: "X disagreed. “…”" goes on in X
    text = ("Budget\n\n\u201cThe plan is sound,\u201d Ellison said on Monday.\n\n"
            "Paul Dunmore, the county treasurer, disagreed.\n\n\u201cThe numbers do not add up at all.\u201d\n")
    assert [q.speaker for q in speech_of(text)] == ["Ellison", "Paul Dunmore"]
