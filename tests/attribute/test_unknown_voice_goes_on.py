"""attribute/continuation: a quotation with no cue of its own, right after a sentence whose
only speech quotation is credited to nobody, goes on in that unknown voice; it is not handed
over to an older named speaker or to the subject of the sentence before (guideline S3, D2).
The articles are written for this test."""

from __future__ import annotations

import pytest

# The middle quotation's subject ("One of …") names nobody the readers can show, so its voice is
# unknown and left null; the last quotation is that voice going on.
UNKNOWN_BEFORE = [
    # an older named speaker, then the unknown voice, then its next words in the same paragraph
    ("Film release\n\nDirector Rosa Lind said on Friday that the premiere was \u201cstill planned\u201d.\n\n"
     "One of the studio\u2019s lawyers announced on Saturday that the film \u201cwill be shown\u201d in May. "
     "\u201cWe only moved the date.\u201d", "We only moved the date"),
    # the same after a colon, the words in a paragraph of their own
    ("Film release\n\nThe Pelham Trust warned on Sunday that the film would be pulled.\n\n"
     "Director Rosa Lind said on Friday that the premiere was \u201cstill planned\u201d.\n\n"
     "One of the studio\u2019s lawyers announced that the film \u201cwill be shown\u201d:\n\n"
     "\u201cWe only moved the date. Where it will be shown nobody knows yet.\u201d",
     "We only moved the date. Where it will be shown nobody knows yet"),
]


@pytest.mark.parametrize("article,words", UNKNOWN_BEFORE)
def test_the_unknown_voice_is_not_given_to_an_older_speaker(quote_of, article, words):
    q = quote_of(article, words)
    assert q.kind == "speech" and q.speaker is None, q.attribution_evidence


def test_the_cue_goes_on_with_the_unknown_voice(quote_of):
    # "he" finds no one (the director's gender is unknown), so the first quotation is nobody's;
    # the second goes on in that voice and carries its verb of saying
    q = quote_of("Film release\n\nDirector Rosa Lind said on Friday that the premiere was \u201cstill planned\u201d."
                 "\n\n\u201cThe date has moved,\u201d he said. \u201cWe only moved the date.\u201d", "We only moved the date")
    assert (q.speaker, q.cue) == (None, "said"), q.attribution_evidence


# the guards: a named voice in the sentence before, or a name before the words in their own
# sentence (a transcript's turn), keeps the continuation as before
NAMED_NEAR = [
    ("Harbour plan\n\n\u201cIt is a fair deal,\u201d said mayor Ilse Varga on Monday. "
     "\u201cThe boats will run on time.\u201d", "The boats will run on time", "Ilse Varga"),
    ("Film release\n\nDirector Rosa Lind said on Friday that the premiere was \u201cstill planned\u201d.\n\n"
     "One of the studio\u2019s lawyers announced on Saturday that the film \u201cwill be shown\u201d in May. "
     "Rosa Lind: \u201cWe only moved the date.\u201d", "We only moved the date", "Rosa Lind"),
]


@pytest.mark.parametrize("article,words,speaker", NAMED_NEAR)
def test_a_named_voice_near_still_goes_on(quote_of, article, words, speaker):
    assert quote_of(article, words).speaker == speaker
