"""A headline quotation that names nobody takes the reporter of the lede (issue #11,
attribute/lede.py). Cases written for this test, shaped like BBC house style."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("article, speakers", [
    # the named reporter of the lede speaks the headline's words
    ("Harbour fees 'to be cut by half'\n\n"
     "Fees for small boats in northern harbours will fall next spring, Transport Secretary "
     "Anna Pellew has said.\n\nThe change follows a long campaign by fishing crews.", ["Anna Pellew"]),
    # a lone name after "said" in the lede is the reporter
    ("Phones 'not ready for television'\n\n"
     "Phones cannot yet replace the living-room set, say two studies.\n\n"
     "Viewers will not trade battery life for live broadcasts, said Halvorsen. "
     "The cost of networks is also too high.", ["Halvorsen"]),
    # no reporter in the lede: the headline stays unnamed
    ("Winter 'the coldest in decades'\n\n"
     "Temperatures fell below freezing on forty nights this year.\n\n"
     "Farmers lost many lambs in the hills.", [None]),
])
def test_a_headline_quotation_takes_the_reporter_of_the_lede(speech_of, article, speakers):
    assert [q.speaker for q in speech_of(article)] == speakers


def test_an_indefinite_reporter_named_in_the_next_sentence(speech_of):
    # the lede's reporter is "a Canadian historian", whom the next sentence names
    article = ("Maps 'hide old borders'\n\nOld atlases may mislead, says a study.\n\n"
               "A Canadian historian has argued that school atlases rewrite the past. Odile Marchetti "
               "thinks printed maps shaped how pupils saw their own region. Most atlases were "
               "reprinted unchanged for decades, said Ms Marchetti.")
    assert [q.speaker for q in speech_of(article, "lede-named-next")][:1] == ["Odile Marchetti"]
