"""A fragment the extraction typed scare or term stays so when the parse finds a description
or "they" as the subject of the verb above it and the sentence says the words are a group's
name for a thing ("what harbour pilots refer to as “…”") or a group's habit ("they so often
state …", "they sometimes say …", "her allies tended to argue …"): guideline K22, K28
(round 81, lane kind93: on draw I the parse override made these speech with no speaker). One occasion's words under a description
("Officials said …", "the ministers say …") stay speech. Articles written for this test."""

from __future__ import annotations

import pytest

_OPEN = ("Harbour town\n\nMayor Lena Ostrova said on Monday the pier would reopen. \u201cWe will "
         "open it in May,\u201d Ostrova said.\n\n")

NOT_SPEECH = [
    ("a group's name for a thing after 'what … refer to as'",
     _OPEN + "He also saw what Coast Guard officers refer to as \u201cghost berths\u201d \u2014 "
     "slots that no ship has used for years.", "ghost berths"),
    ("a group's derisive name after 'what … call'",
     _OPEN + "Needless to say, Hal Brody, the leader of what the council's junior aides derisively "
     "call the \u201cbarnacle caucus\u201d, is leading the fight.", "barnacle caucus"),
    ("a verb of saying with 'sometimes'",
     _OPEN + "Is it a wonder that they sometimes say that they feel like \u201cpack mules\u201d "
     "and that some of them quit?", "pack mules"),
    ("a verb of saying with 'repeatedly'",
     _OPEN + "The papers swoon at her manner. They repeatedly praise her \u201cgrit\u201d or her "
     "\u201cpoise\u201d. But they rarely ask what she has built.", "poise"),
    ("a verb of saying after 'tended to'",
     _OPEN + "After the loss, her allies tended to argue that the council must \u201creach out\u201d "
     "to the fishing towns.", "reach out"),
]


@pytest.mark.parametrize("case,article,words", NOT_SPEECH, ids=[c[0] for c in NOT_SPEECH])
def test_group_words_stay_not_speech(case, article, words, quote_of):
    q = quote_of(article, words, case)
    assert q.kind in ("scare", "term") and q.speaker is None


SPEECH = [
    ("one occasion's words under 'officials said'",
     _OPEN + "Port officials said on Friday the ferry would be \u201cgreatly delayed\u201d by the "
     "storm.", "greatly delayed"),
    ("'they say' with no adverb of habit",
     _OPEN + "Council members have slammed the plan, and they say the late session is "
     "\u201cillegitimate.\u201d", "illegitimate"),
]


@pytest.mark.parametrize("case,article,words", SPEECH, ids=[c[0] for c in SPEECH])
def test_one_occasion_stays_speech(case, article, words, quote_of):
    q = quote_of(article, words, case)
    assert q.kind == "speech"
