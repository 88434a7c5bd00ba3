""""X told Y that “…,” according to sources" (issue 11, round 28, lane nulls11): the parse
gave the words to the unnamed source of "according to" and left them null, though the clause's
own named subject reports them through its verb; the source only vouches for the report. A
named source ("according to The Ledger") keeps the older reading. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a named subject told a meeting, according to unnamed sources",
     "Budget\n\nThe talks stalled again. Party whip Owen Tarrant told the closed meeting of "
     "members that, \u201cwe cannot give an inch on this,\u201d according to sources in the room.",
     ["Owen Tarrant"]),
    ("a he after the named subject asked, according to a campaign",
     "Recount\n\nGovernor Ruth Amory filed suit in two counties on Sunday. She asked the county "
     "clerks \u201cto lock away every ballot until the count is over\u201d according to the campaign.",
     ["Ruth Amory"]),
    ("the words inside a credited quotation follow its speaker, not the transcript",
     "Call\n\nThe two leaders spoke by phone in January. \u201cWe should both say, \u2018We will sort "
     "it out.\u2019 It will work out somehow,\u201d Wexford said, according to the transcript. "
     "\u201cAs opposed to you saying no.\u201d",
     ["Wexford", "Wexford", "Wexford"]),
    ("a poll's own finding is never the words of the one who mentioned it",
     "Ratings\n\nAnchor Ruth Amory mentioned the latest poll \u2014 \u201cthe lowest rating any mayor "
     "has had,\u201d according to the poll.",
     [None]),
    ("a verb inside the words reports nothing: the book stays the credit (here: none)",
     "Memoir\n\nThe aide added that \u201cWexford said the plan was fine,\u201d according to the book.",
     [None]),
    ("the one who obtained a vouching email is not the speaker",
     "Rates\n\nOwen Tarrant warned that steps must be taken \u201cto clean up the rate,\u201d "
     "according to an email obtained by the Ledger Post on Monday.",
     ["Owen Tarrant"]),
    # review of round 28: words reported inside a relative clause or by another reporting verb
    # with its own subject are not the main subject's, vouched or not
    ("a relative clause's words are not the main subject's",
     "Budget row\n\nOwen Tarrant denied the memo, which called the plan \u201ca disaster,\u201d "
     "according to aides.",
     [None]),
    ("a letter's demand in a relative clause",
     "Budget row\n\nOwen Tarrant said nothing about the letter, which demanded \u201can end to the "
     "cuts,\u201d according to people familiar with the talks.",
     [None]),
    # (since round 38, review27, the words a sign carries are a slogan, a term: no speech at all,
    # so neither Tarrant nor the source is its speaker; extract/label_nouns._slogan_after_its_carrier)
    ("a sign that read the words",
     "Budget row\n\nOwen Tarrant told aides about a protest sign that read \u201chands off our "
     "parks,\u201d according to the campaign.",
     []),
    ("another reporting verb with its own subject",
     "Budget row\n\nOwen Tarrant said the union had called the plan \u201ca disaster,\u201d "
     "according to aides.",
     [None]),
    ("no speaking verb: the source stays the only credit (here: none)",
     "Ruling\n\nSecretary Ana Lind was \u201cdeeply troubled\u201d by the ruling, according to a "
     "statement.",
     [None]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_according_to_unnamed_sources(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
