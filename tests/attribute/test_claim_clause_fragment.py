"""A short fragment in marks inside the "that" clause of a named person's statement, comment or
claim, or inside the "to" infinitive of that person's promise, pledge or threat, is the
person's wording (guideline K1; lead ruling R1: a phrase inside a named speaker's sentence is
speech). The extraction saw no reporting verb next to the marks and typed such fragments scare
quotes credited to nobody (round 72, lane frag82: three tuning items in three articles). The
owner's claim clause already named the speaker of a fragment typed speech
(attribute/claim_over_subject.py); now it also retypes the fragment. Articles written for this
test; a fragment outside any claim clause, or one a naming rule typed, keeps its kind."""

from __future__ import annotations

import pytest

_OPEN = ("Ferry fares\n\nTransport minister Ilse Varga runs the ferry service. Harbour master "
         "Jonas Pell keeps the timetable. \u201cThe boats leave on time,\u201d Pell said.\n\n")

CASES = [
    ("a fragment in the that clause of an owned statement",
     _OPEN + "Critics recalled Varga\u2019s statement Monday that fares would stay \u201cfirmly "
     "frozen\u201d through the winter.",
     "firmly frozen", ("speech", "Ilse Varga")),
    ("a fragment in the that clause of an owned comment with a place phrase",
     _OPEN + "Islanders were angered by Varga\u2019s comment in the radio interview that they "
     "should \u201cplan ahead\u201d for crossings.",
     "plan ahead", ("speech", "Ilse Varga")),
    ("a fragment in the infinitive of an owned promise",
     _OPEN + "Nobody has forgotten Varga\u2019s promise to \u201cnever raise fares\u201d again.",
     "never raise fares", ("speech", "Ilse Varga")),
    ("a pronoun owner's argument: the parse reads whose claim it is",
     _OPEN + "Varga met the islanders on Friday. The crews still resent her argument that the old "
     "ferry was a \u201cfloating hazard\u201d for everyone on board.",
     "floating hazard", ("speech", "Ilse Varga")),
    ("a pronoun owner's threat to do something",
     _OPEN + "Pell spoke to the union on Friday. Nobody believed his threat to \u201cscrap "
     "entirely\u201d the night crossings.",
     "scrap entirely", ("speech", "Jonas Pell")),
    ("a pronoun owner's remark with a place phrase before its clause",
     _OPEN + "Pell spoke to the union on Friday. His remark at the pier that the timetable was "
     "\u201cpure fiction\u201d angered the crews.",
     "pure fiction", ("speech", "Jonas Pell")),
    ("a call to someone opens no infinitive: the fragment keeps its kind",
     _OPEN + "Pell spoke to the union on Friday. His call to the ministry brought \u201cbetter "
     "boats\u201d within a year.",
     "better boats", ("not speech", None)),
    ("no claim clause: the fragment stays the writer's",
     _OPEN + "The island\u2019s \u201cferry crisis\u201d drags on into the spring.",
     "ferry crisis", ("not speech", None)),
    ("a promise made to someone opens no infinitive: the fragment keeps its kind",
     _OPEN + "Varga\u2019s promise to the \u201cisland families\u201d was broken within a week.",
     "island families", ("not speech", None)),
]


@pytest.mark.parametrize("case,article,words,expected", CASES, ids=[c[0] for c in CASES])
def test_claim_clause_fragment(case, article, words, expected, quote_of):
    q = quote_of(article, words, case)
    kind = "speech" if q.kind == "speech" else "not speech"
    assert (kind, q.speaker) == expected
