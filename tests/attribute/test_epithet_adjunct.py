"""An epithet ending in a known name followed by an adjunct or by "put it" (epithets._phrase_ends):
"said a visibly weary NAME in the last debate", "As a clearly angry Rep. NAME put it, “…”".
The check that the phrase is whole wanted a verb of saying or a mark after the name, so both
were left null. Invented sentences of the shapes draw E left null (round 79, lane null89)."""

from __future__ import annotations

import pytest

from paired_quotes import attribute

pytest.importorskip("spacy")

CASES = [
    ("adjunct_after_inverted_epithet",
     "Headline\n\nSenator Rhea Tollan spoke first.\n\n“I have no quarrel with the rich,” said a "
     "visibly weary Tollan in the last debate.", "Rhea Tollan"),
    ("as_epithet_put_it",
     "Headline\n\nRep. Gwen Marrow voted against the measure.\n\nAs a clearly angry Rep. Gwen Marrow "
     "put it, “The resolution was a sham.”", "Gwen Marrow"),
]


@pytest.mark.parametrize("text, speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_epithet_adjunct(text, speaker):
    assert attribute(text)[-1].speaker == speaker
