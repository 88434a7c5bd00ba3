""""“…,” as Senator X put it", "“…” as professor X told the Herald", "As historian X pointed out
in an essay, voters are no fools: “…”" (issue 11, round 34, lane nulls15: a random sample of
160 null speech quotations of unannotated corpus text lost six named speakers so). The clause
around the words has a subject of its own, which took them and, naming nobody, left them null;
the aside is the sentence's only credit. A description in the aside, a clause with a verb of
saying of its own, or an aside that opens a clause of its own credits nobody. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("as X put it, after the words",
     "Senators complained that the chair was breaking the \u201crules of fair play,\u201d as Senator Mark "
     "Tolliver put it, calling it a bad day.",
     ["Mark Tolliver"]),
    ("as X told an outlet, after the words, a dash closing the aside",
     "If a jury agrees \u2014 and \u201cif the auditor wants a delay she will get one\u201d as economist "
     "Laura Pinsky told The Herald \u2014 then the vote will slip.",
     ["Laura Pinsky"]),
    ("as X pointed out, then a clause ending on a colon",
     "As historian Ellen Rusk pointed out in a 2011 essay, voters are not fools: \u201cPeople know "
     "when they are being sold something.\u201d",
     ["Ellen Rusk"]),
    ("as X wrote, the clause cut by an inner quotation",
     "As Maria Olsen wrote a year after the launch, the number of members of the \u201cGreen Circle\u201d "
     "fell far short: \u201cEven with the best estimates, only two thousand joined.\u201d",
     ["Maria Olsen"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_aside_credits_the_words(speech_of, article, expected):
    # the last quotation is the credited one ("Green Circle" in the last case is a name)
    assert [q.speaker for q in speech_of(article)][-1:] == expected


GUARDS = [
    ("another verb of saying in the clause",
     "As the Post noted, the chair said the plan was: \u201ca mess from the start.\u201d",
     "Post"),
    ("the aside's verb opens a clause of its own",
     "Voters rejected the measure \u201cby a wide margin,\u201d as Mayor Lin Hart said he would.",
     "Lin Hart"),
    ("a description in the aside",
     "Voters rejected it \u201cby a wide margin,\u201d as one council aide put it.",
     "aide"),
]


@pytest.mark.parametrize("article,who", [c[1:] for c in GUARDS], ids=[c[0] for c in GUARDS])
def test_no_aside_credit(speech_of, article, who):
    assert all(who not in (q.speaker or "") for q in speech_of(article))


def test_the_cue_is_the_asides_verb(speech_of):
    article = ("Senators complained that the chair was breaking the \u201crules of fair play,\u201d as "
               "Senator Mark Tolliver put it.")
    assert [q.cue for q in speech_of(article)] == ["put it"]
