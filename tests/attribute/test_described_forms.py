"""Descriptions of a speaker the article named (issue #11, round 17, lane described2): cases
written for this test, shaped like constructs the real-news tuning split fresh3 left null or
gave to the wrong person."""

from __future__ import annotations

import pytest


CASES = [
    ("a body named inside a person's role is not that person",
     "Island vote\n\nThe island parliament met on Monday. On Sunday the speaker of the outgoing "
     "parliament, Dana Whitlock, said the members would sit until the handover.\n\nLater the newly "
     "elected parliament described the ferry firms as \u201creckless operators\u201d in a short notice.",
     [None]),
    ("the role before the preposition still names its holder",
     "Island vote\n\nThe speaker of the outgoing parliament, Dana Whitlock, spoke on Sunday.\n\n"
     "\u201cWe will sit until the handover,\u201d the speaker said.",
     ["Dana Whitlock"]),
    ("an adjective before a named person's surname is that person",
     "Marsh wins the count\n\nTom Marsh won the county seat on Tuesday night.\n\n"
     "\u201cIt looks like a clear win for the valley,\u201d a tired Marsh told supporters.",
     ["Tom Marsh"]),
    ("the same with an adverb and the definite article",
     "Marsh wins the count\n\nTom Marsh won the county seat on Tuesday night.\n\n"
     "\u201cIt looks like a clear win for the valley,\u201d said a visibly tired Marsh.",
     ["Tom Marsh"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_described_form(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


def test_a_member_of_a_named_body_is_not_the_body(speech_of):
    # "a spokesperson from <body> told …": someone unnamed who speaks for the body, not a name
    # coloured by an adjective (the epithet rule must stop at the preposition)
    article = ("Line checks\n\nDialwatch, the phone line regulator, said it wanted firms to act.\n\n"
               "\u201cThe checks are welcome,\u201d a spokesperson from Dialwatch told reporters.")
    [q] = speech_of(article)
    assert not any("the person it names" in e for e in q.attribution_evidence)


@pytest.mark.parametrize("line", [
    "\u201cThe budget is late again,\u201d said a senior Valley Republican.",
    "\u201cThe budget is late again,\u201d says a longtime Marsh campaign adviser.",
])
def test_an_unnamed_member_is_not_the_name_inside_the_epithet(line, speech_of):
    # a party member or an adviser whose description holds a name: someone unnamed, never the
    # named person (a corpus read of the epithet rule's firings)
    article = ("Budget row\n\nTom Marsh and Valley Republican leaders met on Monday.\n\n" + line)
    [q] = speech_of(article)
    assert q.speaker != "Tom Marsh" and not any("the person it names" in e for e in q.attribution_evidence)


def test_the_judge_of_a_trial_is_not_the_defendant_in_focus(speech_of):
    # "X was jailed …. He was called “…” by the sentencing judge": the judge is someone else,
    # unnamed; the person in focus is the one sentenced (real-news tuning split ext)
    article = ("Forger jailed\n\nDana Whitlock of Leeds was jailed for four years on Friday for "
               "forging rail tickets.\n\nWhitlock, who sold thousands of tickets online, was called "
               "\u201ca careful and greedy fraudster\u201d by the sentencing judge.")
    assert [q.speaker for q in speech_of(article)] == [None]


def test_the_judge_in_focus_given_that_title_is_still_the_judge(speech_of):
    # a nominee the article calls "Judge X": "the judge" is that person (corpus read)
    article = ("Nominee answers\n\nJudge Dana Whitlock met senators on Tuesday.\n\nWhitlock "
               "answered questions for an hour. The claims were \u201cflatly untrue,\u201d the judge said.")
    assert [q.speaker for q in speech_of(article)] == ["Dana Whitlock"]


def test_a_title_at_the_end_of_a_long_role_still_names_its_holder(speech_of):
    # "the leaked files of the party's campaign chair, X": the apposition belongs to the chair,
    # and the role text holds the words before it (corpus read of the role-core rule)
    article = ("Files leaked\n\nReporters read the leaked files of the Greenway campaign chair, Dana "
               "Whitlock, on Monday.\n\n\u201cThey were private notes,\u201d the campaign chair said.")
    assert [q.speaker for q in speech_of(article)] == ["Dana Whitlock"]
