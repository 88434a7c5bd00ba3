"""A title-case name in marks right before a noun compound whose head is a work noun ("the
“Dock Talk” radio show", "a “Tide Tables” parody video") or before "headline" ("ran a “Port
Sold” headline") names the work: a title. Round 67, lane title75: three tuning items, in three
articles, were typed term as a label modifying a noun that is no work. A title-case label
before a noun that is no work and heads no compound of one stays a term. The articles are
written for this test."""

from __future__ import annotations

import pytest

CASES = [
    # (case, article, fragment, expected kind)
    ("a radio show", "Harbour\n\nIn a Monday slot on the \u201cDock Talk\u201d radio show, the pilot "
     "blamed the council for the delay.", "Dock Talk", "title"),
    ("a parody video", "Harbour\n\nThe mayor shares a \u201cTide Tables\u201d parody video mocking the "
     "ferry board.", "Tide Tables", "title"),
    ("a headline", "Harbour\n\nThe Gazette ran a \u201cPort Sold Cheap\u201d headline. Few readers "
     "agreed with it.", "Port Sold Cheap", "title"),
    ("a label before a plain noun stays a term", "Harbour\n\nThe mayor\u2019s \u201cPort First\u201d "
     "message went down badly with the dockers.", "Port First", "term"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_name_before_work_compound(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
