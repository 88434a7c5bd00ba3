"""Inner verbs that report no act of speech (round 26, lane wrong9): inside a clause another
reporter states, a verb of going on ("continue to"), a directive ("instructed his team to") or a
verb whose subject is an act ("the decision to … reveals") does not make its subject the
speaker; the outer reporter is (real-news tuning splits fresh3, fresh5: the words went to
"Americans", "Obama" and "United States" instead of the press secretary and the ministry that
said them). Cases written for this test."""

from __future__ import annotations

import pytest


OUTER = [
    ("an aspectual 'continue to' inside a report",
     "Briefing\n\nSpokesman Ivo Marten said Calderians continue to get help through the hotline "
     "despite \u201cteething problems\u201d in the first week.",
     ["Ivo Marten"]),
    ("a directive inside a report",
     "Briefing\n\nSpokesman Ivo Marten said that Governor Lena Sarr has instructed her staff to "
     "\u201cwork around the clock\u201d until the roads reopen.",
     ["Ivo Marten"]),
    ("an act with a to-infinitive as the inner subject",
     "Sanctions\n\nForeign Minister Ruta Vale said the decision by Norland to arm the "
     "rebels reveals a \u201cshameless double standard\u201d in its dealings.",
     ["Ruta Vale"]),
]

KEPT = [
    ("'continue' as the speech verb itself stays with its subject",
     "Hearing\n\nOkafor said the hearing was over. Lindqvist continued, \u201cWe are not done "
     "with this inquiry.\u201d",
     ["Lindqvist"]),
    ("a named person's own claim inside a report stays hers",
     "Editors\n\nOkafor said Lindqvist had claimed the campaign \u201cchanged the paper\u201d for good.",
     ["Lindqvist"]),
    ("a document that speaks inside a report is not an act",
     "Ruling\n\nThe lawyer Ada Brenn said the ruling by the Tarn Appeals Court calls the law "
     "\u201cplainly unworkable\u201d in its present form.",
     ["Tarn Appeals Court"]),
]


@pytest.mark.parametrize("case,article,expected", OUTER, ids=[c[0] for c in OUTER])
def test_the_outer_reporter_speaks(case, article, expected, speech_of):
    got = [q.speaker for q in speech_of(article, case)]
    assert len(got) == len(expected)
    for g, e in zip(got, expected):
        assert g is not None and e.lower() in g.lower()


@pytest.mark.parametrize("case,article,expected", KEPT, ids=[c[0] for c in KEPT])
def test_the_inner_speaker_is_kept(case, article, expected, speech_of):
    got = [q.speaker for q in speech_of(article, case)]
    assert got == expected  # (the document's court, never the outer reporter Ada Brenn)
