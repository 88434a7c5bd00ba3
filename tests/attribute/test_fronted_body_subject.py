"""A body opening the sentence before after "The" or after a fronted phrase closed by a comma ("The
Harbour Service reports …. The station also reports …"; "On Friday, Kestrelnet announced …. “…,”
the network said"; "In a run of posts, Dovecote on Tuesday apologised …. “…,” the company said")
is the one "the station" / "the network" / "the company" names (attribute/described.py,
``_org_kind_subject`` and ``company_subject``). Both read only a body written as the first word of
its sentence, so such quotations were left null on random AllSides text (issue 11, round 54,
lane desc54; eval/real/audit/desc54-sample.tsv). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a network after a fronted day",
     "Show pulled\n\nViewers had complained about the host for weeks. On Friday, Kestrelnet announced the "
     "host was leaving the show.\n\n\"We do not share his views,\" the network said in a statement.",
     "Kestrelnet"),
    ("a company after a fronted phrase",
     "Count delayed\n\nThe results came in late on Monday. In a run of posts, Dovecote on Tuesday "
     "apologised for the delay.\n\n\"We regret the trouble this caused,\" the company said.",
     "Dovecote"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_kind_word_after_a_fronted_body_subject_is_that_body(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]


GUARDS = [
    ("a person opening after the fronted phrase",
     "Show pulled\n\nViewers had complained for weeks. On Friday, Dana Whitlow announced she was "
     "leaving the show.\n\n\"We do not share her views,\" the network said in a statement.",
     None),
    ("a long fronted clause is no opening",
     "Count delayed\n\nWhen the results that had been promised for Monday night still had not come "
     "in by the next afternoon, Dovecote apologised.\n\n\"We regret the trouble,\" the company said.",
     None),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in GUARDS], ids=[c[0] for c in GUARDS])
def test_a_kind_word_stays_unnamed_without_a_body_opening(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]
