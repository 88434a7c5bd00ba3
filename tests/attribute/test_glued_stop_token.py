"""A capitalised word glued by a full stop to the next sentence's first word, where the copy
lost a space ("said Marr.But …"): the token is cut as the spaced text tokenizes (round 59, lane
glued60). The shapes that are not a lost space stay one token, and so does a glue after a
lower-case word (the rule's narrowing, attribute/layout.py says why). Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.layout import tokenize


@pytest.mark.parametrize("text, expected", [
    ("said Marr.But the", ["said", "Marr", ".", "But", "the"]),
    ("Ann K. Reyes.The survey", ["Ann", "K", ".", "Reyes", ".", "The", "survey"]),
    ("according to BBC.Hale, however", ["according", "to", "BBC", ".", "Hale", ",", "however"]),
    ("met on Sunday.But Marr", ["met", "on", "Sunday", ".", "But", "Marr"]),
])
def test_glued_stop_splits_the_token(text, expected):
    toks = tokenize(text, 10)
    assert [t.text for t in toks] == expected
    assert all(text[t.start - 10:t.end - 10] == t.text for t in toks)  # offsets stay right


@pytest.mark.parametrize("text, kept", [
    ("bought on Amazon.com today", "Amazon.com"),
    ("a petition on Change.org drew", "Change.org"),
    ("sign-ups on HealthCare.Gov stalled", "HealthCare.Gov"),
    ("read on News.Harbour.com first", "News.Harbour.com"),
    ("the U.S.The", "U.S.The"),
    ("J.K. Rowling", "J.K"),
    ("rose 3.5 percent", "3.5"),
    ("Ilse Marr, Ph.D.", "Ph.D"),
    ("the flood.Tom Hale", "flood.Tom"),
])
def test_shapes_left_whole(text, kept):
    assert kept in [t.text for t in tokenize(text)]
