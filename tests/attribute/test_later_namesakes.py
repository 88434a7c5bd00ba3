"""A description was resolved to a person or body the article names only much further down,
whose role or name shares the description's head ("The actress and singer dropped out. She
said …" given to another actress listed among the guests three paragraphs later; "the
newspaper said" given to the publisher of the copyright line). A description looks back; a
namesake met only later is someone else, unless it is named at once, within a few sentences
(thresholds DESCRIPTION_LATER_CHARS: "The CEO of a large insurer said …. Acme CEO Jo X's remarks …"),
or the description spells its name out in lower case ("the island transport board says"), or
an indefinite one opens the news (the lede holds the name back: "A federal judge has …").
Issue 11, lane wrong6 (real-news tuning extension; 18 of 28 such resolutions wrong in 1,000
unannotated corpus articles, each 500 or more characters on). Our own words."""

from __future__ import annotations

import pytest

_LATER_ROLE = (
    "Vale pulls out of film launch\n\nMara Vale has missed the launch of her first film, "
    "saying she was unwell.\n\nThe actress and singer cancelled her tour of Europe as well. She "
    "said: \u201cI am so sorry to let my fans down tonight.\u201d\n\nHundreds of fans waited in "
    "the rain outside the cinema. The organisers thanked them for coming and handed out "
    "blankets and hot drinks to those at the front of the queue.\n\nThe film opens "
    "nationwide next month after a delay of two years caused by a dispute over the rights "
    "to the book it is based on.\n\nThe premiere raised money for a children's hospital "
    "in the city.\n\nGuests on the night included the "
    "comedian Ben Hale and actress Tess Morrow.\n")

_LATER_BODY = (
    "Port strike ends\n\nDock workers returned to work on Monday after a two-week strike.\n\n"
    "The newspaper said the deal was \u201ca victory for nobody at all.\u201d\n\nTrade "
    "resumed slowly as ships queued outside the harbour, some of them for three days.\n\n"
    "Unions said the talks had been long and bitter, and that the deal would be put to a vote "
    "of members next week.\n\nThe port handles a third of the country's imports of grain and "
    "fuel, and shops had begun to run short of some goods by the end of the strike. Farmers "
    "said their exports had been held up for a fortnight.\n\n"
    "Copyright 2020 The Harbour Gazette. All rights reserved.\n")

_NAMED_NEXT = (
    "Insurer warns on costs\n\nThe chief executive of one of the largest insurers said on "
    "Monday that the scheme is in \u201cdeep trouble.\u201d\n\nAcme Health chief executive "
    "Jo Rendell made the remarks at a conference in Boston.\n")


_SPELLED_OUT = (
    "Ferry fares rise\n\nFerry fares will rise by a tenth from May.\n\nThe island transport "
    "board says the rise is \u201cthe smallest we could manage.\u201d\n\n" + "Passengers on the "
    "morning crossing said they had not been told of the change until this week. " * 6
    + "\n\nThe Island Transport Board runs four ferries between the mainland and the islands.\n")


_LEDE_HOLDS_BACK = (
    "Court strikes down curfew\n\nA federal judge has struck down the town's night curfew, "
    "ruling that it was \u201cfar broader than any danger could justify.\u201d\n\n" + "The town "
    "council brought in the curfew last spring after a series of break-ins in the centre. " * 5
    + "\n\nJudge Ann Corrigan wrote that the council could try again with a narrower rule.\n")


@pytest.mark.parametrize("article, speakers", [
    (_LATER_ROLE, ["Mara Vale"]),
    (_LATER_BODY, [None]),
    (_NAMED_NEXT, ["Jo Rendell"]),
    (_SPELLED_OUT, ["Island Transport Board"]),
    (_LEDE_HOLDS_BACK, ["Ann Corrigan"]),
])
def test_a_description_looks_back(speech_of, article, speakers):
    assert [q.speaker for q in speech_of(article)] == speakers
