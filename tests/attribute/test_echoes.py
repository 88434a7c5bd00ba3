"""An uncued fragment in marks in the headline or a subheading that repeats a named speaker's
words below is that speaker's speech (attribute/echoes.py, issue 11 round 29); a name the
article discusses, or words the headline's own person never says, stay the writer's. The
articles are our own words."""

from __future__ import annotations

import pytest



ECHOES = [
    ("one word of the headline, said below by the person it names",
     "Mayor Kell sees 'steady' year for the port\n\n"
     "Mayor Ivo Kell opened the harbour fair on Saturday. \u201cIt has been a steady year for all of us "
     "here,\u201d Kell said.",
     "steady", "Ivo Kell"),
    ("a noun phrase of the headline, said below by the person it names",
     "Lind wants 'fairer deal' for drivers\n\n"
     "Union chief Ana Lind met the council on Monday. \u201cAll we ask is a fairer deal for the people "
     "who drive the buses,\u201d Lind said.",
     "fairer deal", "Ana Lind"),
    ("a title-case subheading, said below by a named resident",
     "Park plan\n\nThe council wants to sell the park. \u201cIt is a fair price,\u201d said Mayor Ivo Kell.\n\n"
     "Town 'Losing Its Green Heart'\n\n"
     "Residents met on Sunday. \u201cThe town is losing its green heart,\u201d said resident Ana Lind.",
     "Losing Its Green Heart", "Ana Lind"),
    # one word on a subheading's line, said below as a whole word by a named speaker (round 32,
    # lane notspeech13: "‘Neutral’", "‘Absurd’ process", "‘Disconnect’" over the speaker's words)
    ("one word of a subheading, said below by a named speaker",
     "Park plan\n\nThe council wants to sell the park. \u201cIt is a fair price,\u201d said Mayor Ivo Kell.\n\n"
     "'Reckless' sale\n\nResident Ana Lind spoke on Sunday. \u201cThis sale is reckless and the town knows "
     "it,\u201d Lind said.",
     "Reckless", "Ana Lind"),
]


@pytest.mark.parametrize("article,words,speaker", [c[1:] for c in ECHOES], ids=[c[0] for c in ECHOES])
def test_a_headline_echo_is_the_speakers(article, words, speaker, quote_of):
    q = quote_of(article, words)
    assert (q.kind, q.speaker) == ("speech", speaker), (q.kind, q.kind_evidence, q.attribution_evidence)


NOT_ECHOES = [
    ("the words are said by someone the headline does not name",
     "Mayor Kell faces 'fairer deal' protest\n\n"
     "Mayor Ivo Kell met the drivers on Monday. \u201cAll we ask is a fairer deal for the people who "
     "drive the buses,\u201d union chief Ana Lind said.",
     "fairer deal"),
    ("a plan the body names again and again",
     "Kell backs 'green belt' plan\n\n"
     "Mayor Ivo Kell said on Monday: \u201cThe green belt must stay.\u201d The green belt covers half the "
     "county. Builders want the green belt opened, and the council will vote on the green belt in May.",
     "green belt"),
    ("a party's name, capitalised in the speaker's words",
     "Kell to face 'Harbour Party' in May\n\n"
     "Mayor Ivo Kell will stand against a sitting councillor. \u201cShe is a Harbour Party stooge,\u201d "
     "Kell said.",
     "Harbour Party"),
    # one word that is only part of a word said below
    ("one word of a subheading inside a longer word below",
     "Park plan\n\nThe council wants to sell the park. \u201cIt is a fair price,\u201d said Mayor Ivo Kell.\n\n"
     "'Neutral'\n\nResident Ana Lind spoke on Sunday. \u201cThe council lost its neutrality long ago,\u201d "
     "Lind said.",
     "Neutral"),
]


@pytest.mark.parametrize("article,words", [c[1:] for c in NOT_ECHOES], ids=[c[0] for c in NOT_ECHOES])
def test_no_echo_no_speech(article, words, quote_of):
    q = quote_of(article, words)
    assert q.kind != "speech", (q.kind, q.speaker, q.kind_evidence)
