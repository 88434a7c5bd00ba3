"""A quotation inside another whose reporter is named inside the outer words (round 34, lane
inner15): "“Vance told us the memo was her ‘safety net’ …,” said the auditor" gives the inner
words to Vance, not the auditor (big corpus: an inspector general's report quoting an agent, a
statement quoting a preacher, a host quoting a senator, all given to the outer speaker). A
pronoun inside the outer words, or a report the outer speaker denies, leaves the outer speaker;
the outer words going on in the next sentence stay the outer speaker's. Cases written for this
test."""

from __future__ import annotations

import pytest


def _inner(quotes):
    return [q for q in quotes if q.nested]


INNER = [
    ("a named reporter inside the outer words",
     "Audit\n\nAuditor General Rhea Tannen said in a statement: \u201cMarta Vance told us the "
     "memo was her \u2018safety net for the year\u2019 and nothing more.\u201d",
     "Marta Vance"),
    ("a named writer inside the outer words",
     "Radio\n\nThe host Colm Ferris said on air: \u201cWhen Senator Oda Brandt wrote \u2018we will "
     "never fund this bridge,\u2019 I believed her.\u201d",
     "Oda Brandt"),
    # review24 guard: a modal above the inner verb is the outer speaker's own ("I can tell you")
    ("a modal on the outer speaker's own verb above the inner reporter",
     "Audit\n\nAuditor General Rhea Tannen said in a statement: \u201cI can tell you that Marta Vance "
     "told us the memo was her \u2018safety net for the year\u2019 and nothing more.\u201d",
     "Marta Vance"),
]

OUTER_KEPT = [
    ("a pronoun inside the outer words is the outer speaker's to mean",
     "Audit\n\nAuditor General Rhea Tannen said in a statement: \u201cShe told us the memo was "
     "her \u2018safety net for the year\u2019 and nothing more.\u201d"),
    ("a report the outer speaker denies",
     "Trial\n\nThe witness Pol Amsel said in court: \u201cI never heard Dario Quist shouting "
     "\u2018leave now\u2019 at anyone that night.\u201d"),
    # review24: words the outer speaker demands, guesses or supposes were nobody's report
    ("a modal on the inner verb: words demanded, not said",
     "Audit\n\nAuditor General Rhea Tannen said in a statement: \u201cMarta Vance should say "
     "\u2018I moved the money\u2019 and be done with it.\u201d"),
    ("a modal on the inner verb: words guessed, not said",
     "Audit\n\nAuditor General Rhea Tannen said in a statement: \u201cMarta Vance might tell you "
     "\u2018the memo was a safety net\u2019 but the books say otherwise.\u201d"),
    ("a condition on the inner verb: words supposed, not said",
     "Audit\n\nAuditor General Rhea Tannen said in a statement: \u201cWe will ask for the proof "
     "if Marta Vance writes \u2018the memo was a safety net\u2019 in her reply.\u201d"),
]


@pytest.mark.parametrize("case,article,expected", INNER, ids=[c[0] for c in INNER])
def test_the_inner_reporter_speaks(case, article, expected, speech_of):
    got = [q.speaker for q in _inner(speech_of(article, case))]
    assert got == [expected]


@pytest.mark.parametrize("case,article", OUTER_KEPT, ids=[c[0] for c in OUTER_KEPT])
def test_the_outer_speaker_is_kept(case, article, speech_of):
    quotes = speech_of(article, case)
    outer = [q.speaker for q in quotes if not q.nested]
    assert [q.speaker for q in _inner(quotes)] == outer


def test_the_outer_words_go_on_with_the_outer_speaker(speech_of):
    article = ("Audit\n\nAuditor General Rhea Tannen said in a statement: \u201cMarta Vance told us "
               "the memo was her \u2018safety net for the year\u2019 and nothing more.\u201d\n\n"
               "\u201cThe money was never hers to move,\u201d the statement went on.")
    quotes = speech_of(article)
    assert [q.speaker for q in quotes if not q.nested] == ["Rhea Tannen", "Rhea Tannen"]


def test_a_bare_quotation_after_goes_on_with_the_outer_speaker(speech_of):
    """review24 guard: with continuation's filter (inner_quote.inner_voiced) switched off, the
    next uncued words went to the inner reporter; the test above has its own cue ("the statement
    went on") and passed without the filter."""
    article = ("Audit\n\nAuditor General Rhea Tannen said in a statement: \u201cMarta Vance told us "
               "the memo was her \u2018safety net for the year\u2019 and nothing more.\u201d "
               "\u201cThe money was never hers to move.\u201d")
    quotes = speech_of(article)
    assert [q.speaker for q in quotes if not q.nested] == ["Rhea Tannen", "Rhea Tannen"]
