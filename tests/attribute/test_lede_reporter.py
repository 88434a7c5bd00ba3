"""A headline quotation that names nobody takes the reporter of the lede (issue #11,
attribute/lede.py). Cases written for this test, shaped like BBC house style."""

from __future__ import annotations


def test_headline_words_go_to_the_named_reporter_of_the_lede(speech_of):
    article = ("Harbour fees 'to be cut by half'\n\n"
               "Fees for small boats in northern harbours will fall next spring, Transport Secretary "
               "Anna Pellew has said.\n\nThe change follows a long campaign by fishing crews.")
    assert speech_of(article)[0].speaker == "Anna Pellew"


def test_a_lone_name_after_said_in_the_lede_is_the_reporter(speech_of):
    article = ("Phones 'not ready for television'\n\n"
               "Phones cannot yet replace the living-room set, say two studies.\n\n"
               "Viewers will not trade battery life for live broadcasts, said Halvorsen. "
               "The cost of networks is also too high.")
    assert speech_of(article)[0].speaker == "Halvorsen"


def test_no_reporter_in_the_lede_leaves_the_headline_unnamed(speech_of):
    article = ("Winter 'the coldest in decades'\n\n"
               "Temperatures fell below freezing on forty nights this year.\n\n"
               "Farmers lost many lambs in the hills.")
    assert [q.speaker for q in speech_of(article)] == [None]
