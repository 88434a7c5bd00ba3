"""A subheading in quotation marks (a short line of its own, its words ending no sentence) is no
continuation of the speaker of the paragraph above it (issue 11, round 50, lane chain50). It
quotes the section below, a slogan or a phrase of the writer's; when its words are said below,
labels.py gives it that speaker; when a quotation just above holds them, the continuation
stands. On random corpus text, quoted subheadings not said below went to the voice above: a
campaign manager for a panel's "Get off" line, an economist for a president's refrain, a
militia for a minister's answer. Cases in our own words."""

from __future__ import annotations

import pytest

_ABOVE = ("Harbour vote\n\nThe port board met on Monday to vote on the new quay.\n\n"
          "\u201cWe will dredge the channel this year,\u201d said harbour master Ines Varga. "
          "\u201cThe ships cannot wait for another winter.\u201d\n\n")

_BELOW = ("The quay will cost four million pounds, and the vote is due in March.\n\n"
          "Fishermen on the east wall said the work would shut their moorings for a season.\n")

CASES = [
    ("a quoted subheading said nowhere: nobody's",
     _ABOVE + "\u2018Mind the gulls\u2019\n\n" + _BELOW,
     ["Ines Varga", "Ines Varga", None]),
    ("a quoted subheading in double marks said nowhere: nobody's",
     _ABOVE + "\u201cA town of boats\u201d\n\n" + _BELOW,
     ["Ines Varga", "Ines Varga", None]),
    # guard: the words are said below by someone named: that speaker (labels.py, unchanged)
    ("a quoted subheading said below: the speaker below",
     _ABOVE + "\u2018Mind the gulls\u2019\n\n" + _BELOW
     + "\n\u201cMind the gulls, they take everything,\u201d said skipper Tomas Ruud.\n",
     ["Ines Varga", "Ines Varga", "Tomas Ruud", "Tomas Ruud"]),
    # guard: the words repeat the quotation just above: its speaker still
    ("a quoted subheading echoing the words above: the speaker above",
     _ABOVE + "\u2018Another winter\u2019\n\n" + _BELOW,
     ["Ines Varga", "Ines Varga", "Ines Varga"]),
    # guard: the line names its topic in the writer's words around the quoted word: left alone
    ("a subheading with words of its own around the quotation: the voice above",
     _ABOVE + "The Town\u2019s \u2018Lifeline\u2019\n\n" + _BELOW,
     ["Ines Varga", "Ines Varga", "Ines Varga"]),
    # guard: an item of a numbered list of the speaker's statements is no heading
    ("a numbered item on its own line: the voice above",
     _ABOVE + "\u201c2. Build a second quay for the ferries\u201d\n\n" + _BELOW,
     ["Ines Varga", "Ines Varga", "Ines Varga"]),
    # guard: a short sentence before introduces the line ("X spoke on Monday."): her words, a
    # line of speech whose full stop the writer left out, no heading
    ("a line introduced by the sentence before: its subject's words",
     "Harbour vote\n\nHarbour master Ines Varga spoke on Monday.\n\n\u201cWe dredge in June\u201d\n\n" + _BELOW,
     ["Ines Varga"]),
    # guard: a whole sentence on its own line is no subheading: the speaker goes on
    ("a quoted sentence on its own line: the speaker above",
     _ABOVE + "\u201cThe channel is the town\u2019s lifeline.\u201d\n\n" + _BELOW,
     ["Ines Varga", "Ines Varga", "Ines Varga"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_quoted_subheading(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
