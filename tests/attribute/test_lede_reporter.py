"""A headline quotation that names nobody takes the reporter of the lede (issue #11,
attribute/lede.py). Cases written for this test, shaped like BBC house style."""

from __future__ import annotations

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text


def _speakers(article: str) -> list[str | None]:
    r = extract_document(read_text(article, path="lede"))
    attribute_results([r])
    return [q.speaker for q in r.quotes if q.kind == "speech"]


def test_headline_words_go_to_the_named_reporter_of_the_lede():
    article = ("Harbour fees 'to be cut by half'\n\n"
               "Fees for small boats in northern harbours will fall next spring, Transport Secretary "
               "Anna Pellew has said.\n\nThe change follows a long campaign by fishing crews.")
    assert _speakers(article)[0] == "Anna Pellew"


def test_a_lone_name_after_said_in_the_lede_is_the_reporter():
    article = ("Phones 'not ready for television'\n\n"
               "Phones cannot yet replace the living-room set, say two studies.\n\n"
               "Viewers will not trade battery life for live broadcasts, said Halvorsen. "
               "The cost of networks is also too high.")
    assert _speakers(article)[0] == "Halvorsen"


def test_no_reporter_in_the_lede_leaves_the_headline_unnamed():
    article = ("Winter 'the coldest in decades'\n\n"
               "Temperatures fell below freezing on forty nights this year.\n\n"
               "Farmers lost many lambs in the hills.")
    assert _speakers(article) == [None]
