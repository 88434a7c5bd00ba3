"""A quotation inside the "that" clause of a named person's claim, assertion or comment, or
after "X's description of … as", is that person's wording even when the sentence has a subject
and a verb of its own ("He rejected Dobos's assertion that the depot was “…”", "They say Kell's
comment that the market is “…” shows …"): the sentence's subject (often a pronoun) only reports
or reacts to the claim (round 32, lane pronoun13: a judged sample of pronoun attributions on
random corpus text gave such words to the pronoun's antecedent). Articles written for this
test; a verdict on a claim after its clause, and a claim whose clause reports someone else's
words, keep the sentence's subject."""

from __future__ import annotations

import pytest

_OPEN = ("Depot plan\n\nCouncillor Mirela Dobos wants the old bus depot sold. Mayor Ivo Kell "
         "said on Monday the sale would wait. \u201cThe depot stays until spring,\u201d Kell said.\n\n"
         "Treasurer Anton Weiss has run the numbers. \u201cThe roof alone is a worry,\u201d Weiss said.\n\n")

CASES = [
    ("a pronoun subject rejects a named owner's assertion",
     _OPEN + "But he rejected Dobos\u2019s assertion on Tuesday that the depot was "
     "\u201ccosting the town a fortune every winter.\u201d",
     ["Ivo Kell", "Anton Weiss", "Mirela Dobos"]),
    ("a plural pronoun says an owner's comment adds to a doubt",
     _OPEN + "In that light, they say, Kell\u2019s comment that the sale is \u201cnot urgent\u201d "
     "adds to the doubts of the shopkeepers.",
     ["Ivo Kell", "Anton Weiss", "Ivo Kell"]),
    ("a description of something as the owner's words",
     _OPEN + "He has heard plenty about Dobos\u2019s description of the depot as "
     "\u201ca rusting eyesore\u201d and has had enough.",
     ["Ivo Kell", "Anton Weiss", "Mirela Dobos"]),
    ("a verdict on the claim after its clause stays the subject's",
     _OPEN + "Weiss said Dobos\u2019s claim that the town would profit was \u201cwishful thinking.\u201d",
     ["Ivo Kell", "Anton Weiss", "Anton Weiss"]),
    # review19: the clause's own verb is one a string cannot see ("pays", "lost"): after a verb
    # of saying, the claim is the reported clause's subject and the last "is" its main verb
    ("a verdict after a clause with a present-tense verb stays the subject's",
     _OPEN + "Weiss said Dobos\u2019s claim that the sale pays for itself is \u201cwishful thinking.\u201d",
     ["Ivo Kell", "Anton Weiss", "Anton Weiss"]),
    ("a verdict after a clause with an irregular past stays the subject's",
     _OPEN + "Weiss says that Kell\u2019s assertion that the town lost money was \u201ca fairy tale.\u201d",
     ["Ivo Kell", "Anton Weiss", "Anton Weiss"]),
    # ... while words inside the clause, a verdict after them, stay the owner's
    ("the clause's own words before a verdict stay the owner's",
     _OPEN + "Weiss said Dobos\u2019s claim that the depot was \u201ccosting the town a fortune\u201d "
     "was false.",
     ["Ivo Kell", "Anton Weiss", "Mirela Dobos"]),
    ("a plural noun before 'claim' makes it a verb: the lawyers speak, unnamed",
     _OPEN + "But Dobos\u2019s lawyers claim that the minutes \u201cshow a vote was never held.\u201d",
     ["Ivo Kell", "Anton Weiss", None]),
    ("a judging verb takes the words as its complement after the clause",
     _OPEN + "Weiss has called Dobos\u2019s assertion that the town would gain \u201cnonsense.\u201d",
     ["Ivo Kell", "Anton Weiss", "Anton Weiss"]),
    ("the owner is no antecedent of the next pronoun",
     _OPEN + "Weiss says he never liked Kell\u2019s description of the depot as \u201ca gem.\u201d "
     "\u201cIt leaks everywhere,\u201d he said.",
     ["Ivo Kell", "Anton Weiss", "Ivo Kell", "Anton Weiss"]),
    ("an uncued quotation after the claim continues the sentence's speaker, not the owner",
     _OPEN + "\u201cI disagree,\u201d Weiss said, referring to Dobos\u2019s claim that the depot had "
     "\u201cno future\u201d at all. \u201cThe buses still need a home.\u201d",
     ["Ivo Kell", "Anton Weiss", "Anton Weiss", "Mirela Dobos", "Anton Weiss"]),
    ("the owner is no antecedent of the next sentence's pronoun",
     _OPEN + "The mayor says he thinks little of Dobos\u2019s description of the depot as "
     "\u201ca gem.\u201d But he says the town is not on a \u201cdownward path.\u201d",
     ["Ivo Kell", "Anton Weiss", "Mirela Dobos", "Ivo Kell"]),
    ("an abbreviation before the owner is no part of the name",
     _OPEN + "It was the most shared post in the U.S. Dobos\u2019s claim that the depot is "
     "\u201cworth millions to any builder who wants the land, and everyone in town knows it\u201d "
     "came second.",
     ["Ivo Kell", "Anton Weiss", "Mirela Dobos"]),
    ("a day's statement names no owner",
     _OPEN + "When Weiss maintained in Friday\u2019s statement that \u201cthe roof will hold\u201d "
     "he was only half right.",
     ["Ivo Kell", "Anton Weiss", "Anton Weiss"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_claim_over_subject(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
