"""A one-word speaker is not the building or place named after someone (round 31, lane junk12):
"Kennedy said" beside "the Kennedy Center" had become "Kennedy Center", "Lincoln said" beside
"the Lincoln Memorial" "Lincoln Memorial". A reader accepts "Kennedy"; the place never speaks.
A body whose short form is its first word ("Pew" for "Pew Research Center") keeps its name.
The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a surname beside an arts centre named after the family",
     "Gala planned\n\nThe gala will be held at the Varnley Center next week.\n\n"
     "\u201cIt will be a wonderful night for the city,\u201d Varnley said.",
     "Varnley"),
    ("a surname beside a memorial named after an earlier holder",
     "Crowds gather\n\nMarchers filled the steps of the Orsted Memorial on Sunday.\n\n"
     "\u201cWe came to be heard and we were,\u201d Orsted said.",
     "Orsted"),
    ("a tycoon's name beside the tower named after him",
     "Result in\n\nSupporters waited outside Dunmore Tower all night.\n\n"
     "\u201cWe will deal fairly with everyone,\u201d Dunmore said.",
     "Dunmore"),
    ("a 'she said' never goes to a bridge: null rather than the place",
     "Speech made\n\nThe minister gave her speech by Kelsby Bridge in the rain.\n\n"
     "\u201cWe will not give this ideology a safe space,\u201d she said.",
     None),
    ("the centre itself speaks under its full name",
     "Gala planned\n\nThe gala will be held at the Varnley Center next week.\n\n"
     "\u201cTickets are sold out,\u201d the Varnley Center said in a statement.",
     "Varnley Center"),
    ("a research body's short form still takes its full name",
     "Poll out\n\nA survey by the Hensley Research Center found most voters undecided.\n\n"
     "\u201cThe race is wide open,\u201d Hensley said in its report.",
     "Hensley Research Center"),
]


@pytest.mark.parametrize("article,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_named_places(speech_of, article, speaker):
    got = speech_of(article)[-1]
    assert got.speaker == speaker, (got.speaker, got.attribution_evidence)


# A hashtag or a handle is no name (round 31, lane junk12: "#NotMyAbuela began trending, with
# posts like: “…”" made "NotMyAbuela" a speaker; corpus read).
def test_hashtag_is_no_speaker(speech_of):
    article = ("Campaign stumbles\n\nThe candidate's post drew mockery online. #NotMyGranny began "
               "trending within the hour, with posts like: \u201cShe never raised fourteen kids.\u201d")
    got = speech_of(article)[-1]
    assert got.speaker != "NotMyGranny", (got.speaker, got.attribution_evidence)
