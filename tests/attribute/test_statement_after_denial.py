""""The network denied staging the scene. “…,” the statement said." (issue 11, round 33, lane
docs14: a judged sample of null speech near documents on random corpus text): a definite
document the article never introduced, quoted right after a sentence in which a named body
reports speaking (denied, responded, said), is that body's; the body was no quoted speaker,
so the rule for "the body just quoted" did not reach it. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("denied, then the statement said",
     "Clinic row grows\n\nA nurse said the crew asked staff to pose as patients.\n\n"
     "Harbour Television Network denied any part in the scene on Friday.\n\n"
     "\u201cWe staged nothing at the clinic,\u201d the statement said.",
     ["Harbour Television Network"]),
    ("responded, the words before and after the verb",
     "Mill closure\n\nWorkers protested outside the gates on Monday.\n\n"
     "Norbury Steel Company responded to the protest within hours. \u201cThe mill cannot be "
     "saved,\u201d the statement read.",
     ["Norbury Steel Company"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_statement_of_the_body_that_just_spoke(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected


def test_a_person_who_denied_is_not_the_statements_issuer(speech_of):
    # a person's denial, then "the statement": as for a person quoted before, left alone (the
    # statement may be anyone's the article goes on to name)
    article = ("Clinic row grows\n\nDr Lena Morrow denied any part in the scene on Friday.\n\n"
               "\u201cWe staged nothing at the clinic,\u201d the statement said.")
    assert [q.speaker for q in speech_of(article)] == [None]


@pytest.mark.parametrize("report", [
    "Harbour Television Network reported on Friday that Dr Lena Morrow denied any part in the scene.",
    "Harbour Police said Dr Lena Morrow denied any part in the scene.",
    "Harbour Television Network reported that Lena Morrow denied any part in the scene.",
])
def test_a_body_reporting_a_persons_denial_is_not_the_statements_issuer(speech_of, report):
    # round 33, second review: the body is the sentence's subject and "reported"/"said" report
    # speech, but the denial, and so the statement, is the person's it reports
    article = f"Clinic row grows\n\n{report}\n\n\u201cWe staged nothing at the clinic,\u201d the statement said."
    assert [q.speaker for q in speech_of(article)] == [None]


def test_a_body_telling_an_outlet_is_still_the_statements_issuer(speech_of):
    # the outlet told is no person: the body reports its own words (round 33, second review)
    article = ("Clinic row grows\n\nHarbour Television Network told Brightwire that it denied any part "
               "in the scene.\n\n\u201cWe staged nothing at the clinic,\u201d the statement said.")
    assert [q.speaker for q in speech_of(article)] == ["Harbour Television Network"]
