"""A named owner's claim noun with a longer phrase between it and its "that" clause: to whom
("Dobos's statement to the Harbour Ledger in 2019 that …", "Kell's remarks to reporters
that …"), or when and where with a possessive inside ("Dobos's comment during last year's
council race that …", "Kell's assertion in his 2020 budget address that …"). The quotation
inside the clause is the owner's wording, not the words of the sentence's subject who recalls or
rejects the claim (round 52, lane asnoted52: on unread AllSides articles the owner lost such
words to the sentence's subject or to nobody). Articles written for this test; a phrase with a
verb of its own, or words after the clause, keep the sentence's subject."""

from __future__ import annotations

import pytest

_OPEN = ("Depot plan\n\nCouncillor Mirela Dobos wants the old bus depot sold. Mayor Ivo Kell "
         "said on Monday the sale would wait. \u201cThe depot stays until spring,\u201d Kell said.\n\n"
         "Treasurer Anton Weiss has run the numbers. \u201cThe roof alone is a worry,\u201d Weiss said.\n\n")

CASES = [
    ("a statement to an outlet in a year",
     _OPEN + "Weiss pressed her on Dobos\u2019s statement to the Harbour Ledger in 2019 that she "
     "\u201cnever took a cent from any builder in this town.\u201d",
     ["Ivo Kell", "Anton Weiss", "Mirela Dobos"]),
    ("a comment during a race named with a possessive",
     _OPEN + "Weiss mocked Dobos\u2019s comment during last year\u2019s council race that the depot "
     "was \u201cthe town\u2019s best asset.\u201d",
     ["Ivo Kell", "Anton Weiss", "Mirela Dobos"]),
    ("an assertion in a long-named address",
     _OPEN + "Weiss pointed to Kell\u2019s assertion in his 2020 budget address to the council that "
     "\u201cno building will be sold on my watch.\u201d",
     ["Ivo Kell", "Anton Weiss", "Ivo Kell"]),
    # an auxiliary and its verb are one verb group, not the two finite forms of a clause that
    # ended before a verdict
    ("a modal and its verb in the clause",
     _OPEN + "Weiss mocked Dobos\u2019s assertion that the depot would be \u201ca gold mine for "
     "the town.\u201d",
     ["Ivo Kell", "Anton Weiss", "Mirela Dobos"]),
    ("a past perfect in the clause",
     _OPEN + "Weiss answered Kell\u2019s claim that the council had ignored \u201cevery warning "
     "about the roof.\u201d",
     ["Ivo Kell", "Anton Weiss", "Ivo Kell"]),
    ("remarks to reporters",
     _OPEN + "The treasurer noted Kell\u2019s remarks to reporters that the sale "
     "\u201cwas not even on the table.\u201d",
     ["Ivo Kell", "Anton Weiss", "Ivo Kell"]),
]

GUARDS = [
    ("a phrase with a verb of saying of its own keeps the subject",
     _OPEN + "Weiss answered Dobos\u2019s claims after Kell told reporters that the roof was "
     "\u201cbeyond repair.\u201d",
     ["Ivo Kell", "Anton Weiss", "Ivo Kell"]),
    ("a phrase joining a second verb ends the claim: the arguer's words",
     _OPEN + "There is a gap between putting Dobos\u2019s claims to a vote and arguing that they are "
     "\u201cpure fantasy.\u201d",
     ["Ivo Kell", "Anton Weiss", None]),
    ("a verb of saying before 'after' and the owner takes the clause",
     _OPEN + "Weiss said after Kell\u2019s announcement that the depot would be \u201ca fine "
     "home for the library.\u201d",
     ["Ivo Kell", "Anton Weiss", "Anton Weiss"]),
    ("an auxiliary after the phrase ends the noun phrase: the clause is the next verb's",
     _OPEN + "But an aide to Weiss who read Kell\u2019s remarks on Friday would only say that the "
     "depot will be \u201cthe first item on the agenda.\u201d",
     ["Ivo Kell", "Anton Weiss", None]),
    ("a verdict after a clause with a modal and its verb stays the subject's",
     _OPEN + "Weiss said Dobos\u2019s claim that the depot would be sold was \u201cwishful "
     "thinking.\u201d",
     ["Ivo Kell", "Anton Weiss", "Anton Weiss"]),
    ("a verdict after the clause stays the subject's",
     _OPEN + "Weiss called Dobos\u2019s statement to the Harbour Ledger that she never met a builder "
     "\u201cplainly untrue.\u201d",
     ["Ivo Kell", "Anton Weiss", "Anton Weiss"]),
]


@pytest.mark.parametrize("case,article,expected", CASES + GUARDS, ids=[c[0] for c in CASES + GUARDS])
def test_claim_phrase_before_that(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
