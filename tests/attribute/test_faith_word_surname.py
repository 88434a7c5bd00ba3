"""A surname that is also a faith's word keeps its he/she (review23 of round 34's pronoun
rule, attribute/he_she_names._group_word): "Islam" alone names the faith, after a given name
it is a person's surname, common in Bangladesh. Our own words."""

from __future__ import annotations


def test_a_surname_that_is_a_faith_word_keeps_his_pronoun(speech_of):
    article = ("Flood\n\nRafiqul Islam, a ferry pilot in the delta, lost his boat in the storm. "
               "\u201cThe water came in one night,\u201d he said.")
    assert [q.speaker for q in speech_of(article)] == ["Rafiqul Islam"]
