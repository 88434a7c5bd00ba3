"""A capitalised "State" that continues a name is no verb of saying: after the marks, "…
destroy Islamic State" or "… the United States" must not read as "“…” X said" with "State" the
verb (round 76, lane capverb76: a congressman's words went to "Islamic State"). On a title-case
line the capitalised verb still stands. Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.layout import tokenize
from onrecord.attribute.name_verbs import saying_base, saying_base_before

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


# Before the marks: a capitalised verb word inside a name is skipped only when the name's words
# run on from it to a lower-case verb of saying ("the Gild Order of Ferrymen chief Ida Lund
# said"); where the words after it are no such run ("The State Office's memo about X adds"),
# the string rule still stops there and leaves the sentence to the parse.
BEFORE = [
    ("a guild's president says",
     "Ferry strike\n\nIn a statement, Gild Order of Ferrymen president Ida Lund said the union is "
     "\"ready to sail again.\"",
     "ready to sail again", "Ida Lund"),
    ("a paper's name before its verb",
     "Port report\n\nThe Harbour Post reported that the docks were \"quiet for the first time in years.\"",
     "quiet for the first time in years", "Harbour Post"),
    ("a paper's columnist named after its name",
     "Visit\n\nOn Tuesday, Harbour Post columnist Ivo Sand, a former aide to the mayor, set out the case in an essay:"
     "\n\n\"Those who back him have crossed a line.\"",
     "Those who back him have crossed a line", "Ivo Sand"),
    ("a department's name after 'The' is left to the parse",
     "Memo\n\nThe State Department's message about Norland adds that \"talks will resume soon.\"",
     "talks will resume soon", "State Department"),
]


@pytest.mark.parametrize("article,words,expected", [c[1:] for c in CASES + BEFORE], ids=[c[0] for c in CASES + BEFORE])
def test_a_name_word_is_no_verb(quote_of, article, words, expected):
    q = quote_of(article, words)
    assert q.speaker == expected
    assert q.cue not in {"State", "States", "Order", "Post"}


@pytest.mark.parametrize("text,word,base", [
    ("Gild Order of Ferrymen president Ida Lund said", "Order", None),  # runs on to "said"
    ("The Harbour Post reported", "Post", None),                        # the verb right after
    ("The State Office's memo about Norland adds", "State", "state"),   # no run to a verb
    ("The Harbour Post reviewed her record and found", "Post", "post"), # "reviewed" is no verb of saying
    ("troops fought the Islamic State", "State", "state"),              # nothing after it
    ("Lund Says Ferries Will Sail", "Says", "say"),                     # a title-case line
])
def test_saying_base_before(text, word, base):
    toks = tokenize(text, 0)
    i = next(i for i, t in enumerate(toks) if t.text == word)
    assert saying_base_before(toks, i) == base
