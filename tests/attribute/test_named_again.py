"""The article's last speaker, quoted paragraphs back (beyond the continuation window), named
again in the sentence just before a quotation with no cue of its own that opens its paragraph:
the words go on in that voice (round 37, lane weak20: "… but Dr X feared the same mistakes could
be repeated elsewhere. ¶ “…”" in big2 was left null as a weak guess). Another person named in
that sentence leaves the guess weak. Cases in our own words."""

from __future__ import annotations

import pytest


_OPENING = ("Clinic\n\n\u201cWe were never trained for this disease,\u201d said Dr Rosa Alvarez of the city "
            "clinic. \u201cNobody told us what to do.\u201d\n\nStaff and patients were exposed as a result, "
            "she said.\n\nAnother nurse, who asked not to be named, said the lack of planning was "
            "\u201creckless\u201d.\n\nAt first the clinic said no wider training was needed, arguing that "
            "a small team would limit exposure.\n\n")
_WORDS = "\n\n\u201cI want every clinic to learn from this. Be ready before it comes, not after.\u201d\n"

CASES = [
    ("the far speaker named again just before",
     _OPENING + "Clinics in the region have since changed their rules, but Dr Alvarez feared the same "
     "mistakes could happen elsewhere." + _WORDS,
     "Rosa Alvarez"),
    ("another person named beside her: still too weak",
     _OPENING + "Clinics have since changed their rules, but Dr Alvarez and her colleague Tom Reyes "
     "feared the same mistakes could happen elsewhere." + _WORDS,
     None),
    ("the far speaker not named just before: still too weak",
     _OPENING + "Clinics in the region have since changed their rules, and the state has promised "
     "more money for training." + _WORDS,
     None),
]


@pytest.mark.parametrize("label,article,expected", CASES, ids=[c[0] for c in CASES])
def test_last_speaker_named_again_goes_on(speech_of, label, article, expected):
    assert speech_of(article)[-1].speaker == expected
