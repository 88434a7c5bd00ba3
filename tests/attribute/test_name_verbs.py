"""A capitalised "State" that continues a name is no verb of saying: after the marks, "…
destroy Islamic State" or "… the United States" must not read as "“…” X said" with "State" the
verb (round 76, lane capverb76: a congressman's words went to "Islamic State"). On a title-case
line the capitalised verb still stands. Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.layout import tokenize
from onrecord.attribute.name_verbs import saying_base

CASES = [
    ("a group's name after a fragment",
     "Base closure\n\nRep. Ana Vale said closing the base would be \"a costly error,\" "
     "especially as the coalition fights Islamic State, or ISIS, forces.",
     "a costly error", "Ana Vale"),
    ("a country's name after a fragment",
     "Trade talks\n\nThe minister, Tomas Brek, said the ports had \"handled record cargo\" "
     "bound for the United States.",
     "handled record cargo", "Tomas Brek"),
]


@pytest.mark.parametrize("article,words,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_name_ending_in_state_is_no_speaker(quote_of, article, words, expected):
    q = quote_of(article, words)
    assert q.speaker == expected
    assert q.cue != "State" and q.cue != "States"


@pytest.mark.parametrize("text,word,base", [
    ("troops fought Islamic State there", "State", None),          # a name's second word
    ("the United States will act", "States", None),
    ("officials state that talks ended", "state", "state"),       # the verb, in lower case
    ("State that you agree", "State", "state"),                   # first word: no name before it
    ("Harbour Chief States Case For Dam", "States", "state"),     # a title-case line
])
def test_saying_base(text, word, base):
    toks = tokenize(text, 0)
    i = next(i for i, t in enumerate(toks) if t.text == word)
    assert saying_base(toks, i) == base
