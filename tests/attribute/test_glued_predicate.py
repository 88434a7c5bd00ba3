"""A known person's name with the start of its own predicate glued on as a description
(glued_predicate.py): "NAME fired back and said he “…”" gave the description "NAME fired", which
no entity matched, and the words were left null. Invented sentences of the shapes draw E left
null (round 79, lane null89)."""

from __future__ import annotations

import pytest

from paired_quotes import attribute

pytest.importorskip("spacy")

CASES = [
    ("past_verb_and_particle_before_and_said",
     "Headline\n\nSenator Dale Brook spoke at the hearing on Tuesday.\n\nBrook fired back and said he "
     "“gets tired of the richest people getting richer.”", "Dale Brook"),
    ("adverb_between_name_and_verb",
     "Headline\n\nMayor Ines Varga spoke on Monday.\n\nTold of the figures, Varga nevertheless "
     "insisted the parade “was a great success.”", "Ines Varga"),
    # kept null: a noun after the name ("NAME onstage", "NAME rallies") is no predicate
    ("noun_after_name_is_no_predicate",
     "Headline\n\nThe writer Colm Ardee spoke at the college.\n\nA professor who had agreed to "
     "debate Ardee onstage described the “hatred” she met.", None),
    # kept null: a negated predicate says the name did not say the words
    ("negated_predicate_keeps_null",
     "Headline\n\nGovernor Tova Rell gave a speech on Friday.\n\nRell oddly doesn’t mention the "
     "“proof” in her speech.", None),
]


@pytest.mark.parametrize("text, speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_glued_predicate(text, speaker):
    quotes = attribute(text)
    assert quotes[-1].speaker == speaker
