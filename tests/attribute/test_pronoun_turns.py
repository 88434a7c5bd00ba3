"""He/she between speakers' turns (issue 11, and issue 10's probe F4: a "she said" right after
another speaker's paragraph went to the wrong person, and verification then called true words
misattributed). A pronoun binds to the subject that opens its own sentence; when it could name
either of two speakers on no firm evidence, the speaker is left null, never guessed. The
articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("the named subject opening the pronoun's own sentence, not the speaker before",
     "Ferry fares\n\nNoor Kassab said on Monday: \u201cThe fares will rise in spring.\u201d\n\n"
     "Teo Marlow told the council: \u201cThe ferry runs empty most weekdays,\u201d he said.\n\n"
     "She added that the council would \u201cclose the north pier by June\u201d.",
     ["Noor Kassab", "Teo Marlow", "Noor Kassab"]),
    ("a new paragraph's pronoun that fits two speakers of unknown gender is nobody's",
     "Harbour vote\n\nInes Abara said: \u201cThe plan is sound.\u201d\n\n"
     "Dara Quill replied: \u201cWe cannot afford it.\u201d\n\n"
     "\u201cIt will pay for itself,\u201d she said.",
     ["Ines Abara", "Dara Quill", None]),
    ("a he who responds is the one the sentence before asked, not the asker",
     "Briefing\n\nThe reporter Min-jun Seo, who covers trade, asked Mayor Hollis about the port "
     "tariffs. \u201cAsk the harbour board, not me,\u201d he responded.",
     ["Hollis"]),
    # round 35, lane nulls16: on 974 corpus articles the guard above left eight he/she null,
    # and the last speaker was right in all eight: the earlier speaker's turn lay paragraphs
    # back, with narration between, not in the paragraph just before the last speaker's
    ("an earlier speaker paragraphs back is no rival: the pronoun goes on with the last",
     "Harbour vote\n\nInes Abara said: \u201cThe plan is sound.\u201d\n\n"
     "The board has met twice since the spring.\n\n"
     "Dara Quill, its treasurer, disagreed. \u201cWe cannot afford it,\u201d Quill said.\n\n"
     "\u201cIt will pay for itself one day,\u201d she said.",
     ["Ines Abara", "Dara Quill", "Dara Quill"]),
    ("a narrated paragraph of the last speaker, then her pronoun",
     "Harbour vote\n\n\u201cThe plan is sound,\u201d Ines Abara said on Monday.\n\n"
     "Fishermen have stayed quiet about the tariffs.\n\n"
     "Dara Quill weighed in on Tuesday. \u201cWe cannot afford it,\u201d Quill wrote online.\n\n"
     "She had earlier warned the board by letter, \u201cThe pier is failing!\u201d",
     ["Ines Abara", "Dara Quill", "Dara Quill"]),
    ("the same speaker in the same paragraph stays clear",
     "Harbour vote\n\nInes Abara said: \u201cThe plan is sound.\u201d\n\n"
     "Dara Quill replied: \u201cWe cannot afford it. It is too much,\u201d she said, \u201cfor one town.\u201d",
     ["Ines Abara", "Dara Quill", "Dara Quill"]),
]


@pytest.mark.parametrize("article,speakers", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_pronoun_between_turns(speech_of, article, speakers):
    assert [q.speaker for q in speech_of(article)] == speakers
