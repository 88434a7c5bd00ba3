"""A full name that opens a sentence and is followed by a verb in -s and its object ("Delia
Marchetti covers the courts for …") is the sentence's subject, not a noun modifier (issue 11,
round 16: the real-news tuning split's "… covers the law for X. “…” he wrote" went to the
speaker before). "Trump supporters gathered" stays a modifier. Our own words."""

from __future__ import annotations


def test_opening_name_before_a_verb_keeps_the_pronoun(speech_of):
    art = ("Court watch\n\nSome critics were sure the claims would collapse. \u201cThey will not last "
           "a week,\u201d Harlan Voss said on Sunday.\n\nDelia Marchetti covers the courts for The "
           "Weekly Ledger.\n\n\u201cNothing hardens a party faster than a claim that falls apart,\u201d "
           "she wrote on Twitter.\n")
    assert [q.speaker for q in speech_of(art)] == ["Harlan Voss", "Delia Marchetti"]


def test_opening_name_before_a_plural_noun_stays_a_modifier(speech_of):
    art = ("Rally\n\nMayor Ellis Graham spoke first. Ostrander supporters gathered at the gate.\n\n"
           "\u201cWe will keep the gate open,\u201d he said.\n")
    assert [q.speaker for q in speech_of(art)] == ["Ellis Graham"]
