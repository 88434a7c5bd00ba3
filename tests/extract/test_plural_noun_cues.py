"""Round 34 (lane notspeech15): a reporting verb's -s form that is a plural noun here ("inside
jokes", "such jokes", "swing states allowing") reports nothing, so it no longer makes the words
in marks speech: main read "whether he was too “angry”" after "inside jokes", "“no excuse”
voting" after "swing states allowing" and "ostracized as an “anti-dentite”" after "such jokes"
as quotations of someone (eval/real/audit/notspeech15-sample.tsv, items 14, 57, 134). Each
snippet is written for this test; the near misses keep a named speaker's reporting verb."""

from __future__ import annotations

import pytest


L, R = "\u201c", "\u201d"


# (case, article, fragment): the plural noun is no cue; the words are nobody's speech
NOUN_CASES = [
    ("after a preposition",
     f"Hearing\n\nThe talk drifted from the budget to inside jokes, and to whether the mayor was too {L}cranky{R} to serve.",
     "cranky"),
    ("after a determiner",
     f"Comedy\n\nAfter years of such jokes, the comic found himself shunned as a {L}bore.{R}",
     "bore"),
    ("before a participle",
     f"Ballots\n\nWith four coastal states allowing {L}same-day{R} registration, the count may run late.",
     "same-day"),
    ("after a possessive, no other verb",
     f"Sale\n\nThe bill, backed by the region\u2019s states, set up a {L}rainy-day{R} fund.",
     "rainy-day"),
]


@pytest.mark.parametrize("case,article,fragment", NOUN_CASES, ids=[c[0] for c in NOUN_CASES])
def test_plural_noun_is_no_reporting_verb(case, article, fragment, quote_of):
    assert quote_of(article, fragment).kind != "speech"


# (case, article, fragment, speaker): the -s form is a verb, or an earlier verb credits a name
VERB_CASES = [
    ("a named subject's verb",
     f"Levy\n\nMayor Ada Quinn states that the new levy is {L}unfair.{R}", "unfair", "Ada Quinn"),
    ("a noun after the reporting verb",
     f"Row\n\nSenator Ana Ruiz called the governor\u2019s remarks {L}cruel{R} on Tuesday.", "cruel", "Ana Ruiz"),
    ("a pronoun subject",
     f"Jokes\n\nComedian Tor Vik was asked about the act. He jokes that the crowd was {L}half asleep.{R}",
     "half asleep", "Tor Vik"),
]


# a speech noun's content is someone's words: "claims from X that …" keeps the speech
SPEECH_NOUN_CASES = [
    ("claims from a named critic",
     f"Office\n\nThe minister shrugged off claims from Senator Ivy Lake that he ran a {L}sloppy office{R}.",
     "sloppy office"),
    ("one of his tweets",
     f"Trade\n\nIn one of his tweets he {L}firmly ordered{R} the agency to act.", "firmly ordered"),
]


@pytest.mark.parametrize("case,article,fragment", SPEECH_NOUN_CASES, ids=[c[0] for c in SPEECH_NOUN_CASES])
def test_speech_noun_still_quotes(case, article, fragment, quote_of):
    assert quote_of(article, fragment).kind == "speech"


@pytest.mark.parametrize("case,article,fragment,speaker", VERB_CASES, ids=[c[0] for c in VERB_CASES])
def test_reporting_verb_kept(case, article, fragment, speaker, quote_of):
    q = quote_of(article, fragment)
    assert q.kind == "speech"
    assert q.speaker == speaker


def test_noun_after_a_base_form_verb_of_saying_keeps_the_speaker(quote_of):
    """"urged the board to call the remarks “…”": the pattern reads no base-form "call"; the
    noun after it still stands for the verb (judged-fresh: a named analyst's words)."""
    q = quote_of(f"Row\n\nThe speech led Professor Lin Park to call the remarks {L}deeply wrong{R} on air.", "deeply wrong")
    assert q.kind == "speech"
