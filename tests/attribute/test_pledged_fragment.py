"""A short fragment in marks under a verb of promising or urging ("promised to …", "pledged a
“…” budget", "urged the council to scrap the “…” levy") whose subject names someone is that
someone's speech when the words are more than a bare noun phrase: an adjective, an adverb or a
verb of theirs. A bare noun phrase stays a term ("vowed a “…”": the name of a plan), and
"announced" keeps naming things (attribute/pledged_fragment.py, issue 11, round 47, lane
scarenamed28). Our own words."""

from __future__ import annotations

import pytest


_HEAD = "River plan debated\n\nThe county council met on Tuesday to debate the river plan.\n\n"


PLEDGED = [
    ("urged … to scrap the “adverb adjective” levy",
     "Green councillor Tom Alder urged the council to scrap the \u201cplainly unjust\u201d river levy "
     "before the spring.",
     "plainly unjust", "Tom Alder"),
    ("urged … to “verb phrase”",
     "Mayor Lena Brandt urged residents to \u201ckeep their nerve\u201d while the banks were rebuilt.",
     "keep their nerve", "Lena Brandt"),
    ("has pledged to bring a “adjective” budget",
     "Council leader Ruth Okafor has pledged to bring a \u201clean\u201d budget to the chamber in March.",
     "lean", "Ruth Okafor"),
    ("promised to see that … was “adverb participle”",
     "Mr Okafor promised to make sure the new levy was \u201cfairly shared\u201d across the county.",
     "fairly shared", "Okafor"),
]


@pytest.mark.parametrize("body,words,speaker", [c[1:] for c in PLEDGED], ids=[c[0] for c in PLEDGED])
def test_a_pledge_or_plea_speaks_for_the_fragment(body, words, speaker, quote_of):
    q = quote_of(_HEAD + body, words)
    assert q.kind == "speech", (q.kind, q.kind_evidence, q.attribution_evidence)
    assert q.speaker is not None and q.speaker.endswith(speaker), (q.speaker, q.attribution_evidence)


KEPT = [
    ("a bare noun phrase vowed: the name of a plan",
     "The water board vowed a \u201cflood audit\u201d to review the failures.",
     "flood audit"),
    ("announced a programme named in marks",
     "Mayor Lena Brandt announced a scheme to train 300 \u201criver wardens\u201d next year.",
     "river wardens"),
    ("a group that urged",
     "Several farmers urged the board to \u201cthink again\u201d about the levy.",
     "think again"),
]


@pytest.mark.parametrize("body,words", [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_no_name_from_a_bare_noun_an_announcement_or_a_group(body, words, quote_of):
    q = quote_of(_HEAD + body, words)
    assert q.speaker is None, (q.kind, q.speaker, q.attribution_evidence)
    if words != "think again":
        assert q.kind in ("term", "scare"), (q.kind, q.kind_evidence)


def test_a_pledge_with_no_subject_of_its_own_lends_no_other_name(quote_of):
    """"Ann Vale has given … and actor Ben Roe pledged a “…” gift": the parse may hang the
    second verb off the first and lend it the first subject; no name then (corpus check)."""
    q = quote_of(_HEAD + "Singer Ann Vale has given $2m (£1.1m) to the flood fund and actor Ben Roe pledged a "
               "\u201cgenerous\u201d gift to the river trust.", "generous")
    assert q.speaker in (None, "Ben Roe"), (q.speaker, q.attribution_evidence)


# Review38's near misses (round 47 review, our own words): the pledging verb's subject is the
# one whose words these are, or no one's.
REVIEWED = [
    # (case, body, words, kind or None for any, speaker or None)
    ("a pledge reported by aides: the pledger's words",
     "Aides said Mayor Lena Brandt vowed a \u201cswift\u201d response to the flooding.",
     "swift", "speech", "Lena Brandt"),
    ("the passive: the one urged did not say the words",
     "Mayor Lena Brandt was urged by residents to be \u201cmore careful\u201d with the money.",
     "more careful", None, None),
    ("a programme named in title case under 'pledged' stays its name",
     "Mayor Lena Brandt pledged to expand the \u201cClean Rivers Now\u201d programme next year.",
     "Clean Rivers Now", "title", None),
    ("a label before its noun under 'vowed' stays a term",
     "Mayor Lena Brandt vowed a \u201cmaximum pressure\u201d campaign against the polluters.",
     "maximum pressure", "term", None),
]


@pytest.mark.parametrize("body,words,kind,speaker", [c[1:] for c in REVIEWED], ids=[c[0] for c in REVIEWED])
def test_reviewed_near_misses(body, words, kind, speaker, quote_of):
    q = quote_of(_HEAD + body, words)
    assert kind is None or q.kind == kind, (q.kind, q.kind_evidence)
    if speaker is None:
        assert q.speaker is None, (q.speaker, q.attribution_evidence)
    else:
        assert q.speaker is not None and q.speaker.endswith(speaker), (q.speaker, q.attribution_evidence)
