"""attribute/speech_walks: the two walks over speech quotations the post-passes share (the
still-null ones for the passes that credit someone, the named ones for those that withdraw a
name)."""

from __future__ import annotations

from types import SimpleNamespace as NS

from onrecord.attribute.speech_walks import named_speech, null_speech


def _lay():
    quotes = [NS(kind="speech", speaker="Ana Vale", nested=False),   # named, in sentence 0
              NS(kind="speech", speaker=None, nested=False),         # null, in sentence 0
              NS(kind="scare", speaker=None, nested=False),          # no speech
              NS(kind="speech", speaker="Bo Rell", nested=True),     # inside another quotation
              NS(kind="speech", speaker="Cy Moss", nested=False)]    # named, in no sentence
    sentences = [NS(quotes=[0, 1, 2]), NS(quotes=[3])]
    return NS(quotes=quotes, sentences=sentences, quote_sentence={0: 0, 1: 0, 2: 0, 3: 1})


def test_named_speech_yields_named_unnested_speech_in_a_sentence():
    assert [(qi, si) for qi, _, si in named_speech(_lay())] == [(0, 0)]


def test_null_speech_yields_null_speech_with_its_sentence():
    lay = _lay()
    assert [(lay.sentences.index(s), lay.quotes.index(q)) for s, q in null_speech(lay)] == [(0, 1)]


def test_named_speech_sees_a_name_withdrawn_during_the_walk():
    # unnamed_teller and addressee clear names as they go: each quotation is checked when reached
    lay = _lay()
    lay.quotes[4].speaker = None
    lay.quote_sentence[4] = 1
    seen = []
    for qi, q, _ in named_speech(lay):
        seen.append(qi)
        lay.quotes[4].speaker = "Cy Moss" if qi == 0 else None
    assert seen == [0, 4]
