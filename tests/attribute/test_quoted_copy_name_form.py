"""GUIDELINES.md S4: the canonical name is the fullest form the writer's own text writes; a
longer form that appears only inside quoted copy (someone else's quotation, a quoted post) is
not the writer's text. Round 70, lane form78. The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a full name said only by another speaker leaves the writer's surname",
     "Derby day\n\nThe manager was furious. \u201cThat foul and Tobin Vasko's late run cost us,\u201d he said.\n\n"
     "Vasko disagreed. \u201cI never touched him,\u201d Vasko said.",
     "Vasko"),
    ("a full name inside a quoted post leaves the writer's titled surname",
     "Trade spat\n\nOne analyst put it bluntly: \u201cNobody talks tariffs like Wendell Okoro.\u201d\n\n"
     "Mr. Okoro was unmoved. \u201cWe will hold the line,\u201d Mr. Okoro said.",
     "Okoro"),
    ("the writer's own full name still lengthens the surname",
     "Derby day\n\nTobin Vasko played the full match.\n\n"
     "\u201cThat foul and Vasko's late run cost us,\u201d the manager said. \u201cI never touched him,\u201d Vasko said.",
     "Tobin Vasko"),
    ("the headline's full name is the writer's too",
     "Daniel Vasko Signs Again\n\nThe club confirmed the deal.\n\n"
     "\u201cI am staying,\u201d Vasko said.",
     "Daniel Vasko"),
]


@pytest.mark.parametrize("article,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_form_found_only_in_quoted_copy_is_not_the_canonical_name(speech_of, article, speaker):
    got = speech_of(article)[-1]
    assert got.speaker == speaker, (got.speaker, got.attribution_evidence)
