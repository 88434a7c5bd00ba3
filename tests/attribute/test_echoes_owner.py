"""Two more ways a headline holds up a named speaker's words (attribute/echoes.py, round 37,
lane echo20). The headline may name the speaker's company or body rather than the speaker
("Firm sees ‘…’ year" over the chief executive's "a … year", the description saying whose
executive he is); and a title-case headline puts every word in capitals, so a phrase in marks
between two capitalised words there is read as a nickname between names, a term, though the
person the headline names says it below. The articles are our own words."""

from __future__ import annotations

import pytest



ECHOES = [
    ("the headline names the speaker's company, his description says so",
     "Norvik sees 'bright' year for ferries\n\n"
     "Ferry maker Norvik posted higher sales on Tuesday. \u201cWe expect a bright year for every yard "
     "we run,\u201d said Ola Brand, Norvik's chief executive.",
     "bright", "Ola Brand"),
    ("the headline names the speaker's body, two words, her description says so",
     "Harbour Trust regrets 'careless post' about flood victims\n\n"
     "The charity removed a message from its website on Friday. \u201cI am sorry for the careless post "
     "and for the hurt it caused,\u201d said Mira Holt, the Harbour Trust's press director.",
     "careless post", "Mira Holt"),
    ("a title-case headline, the phrase between capitalised words, said by the person it names",
     "Mayor Kell Says Port Will 'Slowly Expand' Next Year\n\n"
     "Mayor Ivo Kell spoke to traders on Monday. \u201cWe will slowly expand the port as money "
     "allows,\u201d Kell said.",
     "Slowly Expand", "Ivo Kell"),
]


@pytest.mark.parametrize("article,words,speaker", [c[1:] for c in ECHOES], ids=[c[0] for c in ECHOES])
def test_a_headline_echo_is_the_speakers(article, words, speaker, quote_of):
    q = quote_of(article, words)
    assert (q.kind, q.speaker) == ("speech", speaker), (q.kind, q.kind_evidence, q.attribution_evidence)


NOT_ECHOES = [
    ("the speaker's company is not the one the headline names",
     "Norvik sees 'bright' year for ferries\n\n"
     "Ferry maker Norvik posted higher sales on Tuesday. \u201cThey can expect a bright year for every "
     "yard they run,\u201d said Ola Brand, Halden Bank's chief analyst.",
     "bright"),
    ("a title-case headline's phrase said by someone it does not name",
     "Mayor Kell Says Port Will 'Slowly Expand' Next Year\n\n"
     "Mayor Ivo Kell spoke to traders on Monday. \u201cThey will slowly expand the port as money "
     "allows,\u201d trader Ana Lind said.",
     "Slowly Expand"),
    # round 38, review27: the company named further into the description is not the one the
    # speaker speaks for (a critic, an opponent of its chairman)
    ("the headline's company is owned by someone the speaker opposes",
     "Norvik sees 'bright' year for ferries\n\n"
     "Ferry maker Norvik posted higher sales on Tuesday. \u201cThey think they see a bright year for "
     "every yard they run,\u201d said Ola Brand, a longtime critic of Norvik's chief executive.",
     "bright"),
]


@pytest.mark.parametrize("article,words", [c[1:] for c in NOT_ECHOES], ids=[c[0] for c in NOT_ECHOES])
def test_no_echo_no_speech(article, words, quote_of):
    q = quote_of(article, words)
    assert q.kind != "speech", (q.kind, q.speaker, q.attribution_evidence)

