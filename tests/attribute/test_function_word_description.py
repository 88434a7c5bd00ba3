"""A speaker phrase made only of function words names nobody (round 41, lane tidy24).

The string rule "“…” X VERBed" hands the words between the marks and a reporting verb to
phrase.mention_phrase; a short lower-case group there became a description, so "“…” until
told otherwise" made "until" the teller and "“…” rather than pressed" made "rather than" the
one pressing (round 38's corpus check; a71fcd6 mended that one in after_quote alone). The
group is refused where descriptions are built (phrase._group_part); after_quote's rule for a
subject ending in "than" stays for "no more than", "other than", "better than", which hold a
word that is no function word. Articles written for the test."""

from __future__ import annotations

import pytest

from onrecord.attribute.layout import tokenize
from onrecord.attribute.phrase import mention_phrase

_OPEN = ("Harbour plan\n\nThe fisherman Tomas Brell, 61, opposes the dredging plan. Harbour master "
         "Lena Osk backed it on Monday. \u201cIt keeps the port open,\u201d Osk said.\n\n")

NOUNLESS = ["rather than", "more than", "less than", "such as", "even as", "instead of", "until", "may", "being",
            "during his", "over their", "her for", "through such"]


@pytest.mark.parametrize("words", NOUNLESS)
def test_a_group_of_function_words_is_no_speaker_phrase(words):
    assert mention_phrase(tokenize(words)) is None


@pytest.mark.parametrize("words, kind", [
    ("the other", "desc"),  # one of two people the article described: a description
    ("most", "desc"),  # "what most would call …": the many, a group
    ("critics", "desc"),
    ("the harbour master", "desc"),
    ("you", "desc"),  # a pronoun-like word is read by the resolver, not refused here
    ("she", "pronoun"),
])
def test_descriptions_with_a_noun_or_a_pronoun_stay(words, kind):
    parts = mention_phrase(tokenize(words))
    assert parts is not None and [p.kind for p in parts] == [kind]


@pytest.mark.parametrize("sentence, junk, speaker", [
    ("Brell said the boats would stay \u201con the quay\u201d until told otherwise by the board.",
     "until", "Tomas Brell"),
    ("Brell wanted the board to \u201clisten to the boats\u201d instead of lectured by consultants.",
     "instead of", None),
    # not all function words ("no"), so the string rule for a comparison in "than" still decides
    ("The board gave the boats \u201ca hearing and nothing else\u201d no more than promised in March, "
     "Brell said.", "no more than", None),
])
def test_function_words_after_the_marks_are_no_speaker(speech_of, sentence, junk, speaker):
    q = [q for q in speech_of(_OPEN + sentence) if q.text != "It keeps the port open,"]
    assert q and q[-1].speaker_description != junk
    if speaker is not None:
        assert q[-1].speaker == speaker
