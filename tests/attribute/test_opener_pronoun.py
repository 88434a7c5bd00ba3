"""A he/she that is its sentence's subject after an opening adverbial ("Within hours, with a
calm display of purpose, he had recast himself as a modern-day Lincoln", "Later he met X") is
the subject the next he/she goes back to, not the name in its predicate (issue 11, round 35,
lane wrong16: on random corpus text a mayor's words went to Winston Churchill, whom the
sentence before had compared him with). Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.layout import Token
from onrecord.attribute.opener_pronoun import opener_pronoun

QUOTE = "\n\n\"Tonight we should be grateful we are here,\" he said at a late news conference."
HEAD = "Mayor rises\n\n"

CASES = [
    ("two introductory phrases, the second after a comma",
     "Sam Reyes took charge on Monday. Within hours, with calm and purpose, he had recast himself as "
     "Abraham Lincoln. He grabbed a megaphone."),
    ("a time phrase with no comma",
     "Sam Reyes took charge on Monday. On Tuesday he met Abraham Lincoln."),
    ("an adverb with no comma",
     "Sam Reyes took charge on Monday. Later he met Abraham Lincoln."),
    ("a list inside the second phrase",
     "Sam Reyes took charge on Monday. Within hours, with a display of calm, purpose and resolve, he "
     "had cast himself as a modern Abraham Lincoln. His deeds made him famous."),
]


@pytest.mark.parametrize("body", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_the_opened_pronoun_is_the_subject(speech_of, body):
    assert [q.speaker for q in speech_of(HEAD + body + QUOTE)] == ["Sam Reyes"]


GUARDS = [
    ("a subordinate clause's he before the named subject",
     "Sam Reyes took charge on Monday. When he met Abraham Lincoln, Lincoln was tired.", "Abraham Lincoln"),
    ("a noun phrase subject with a he later in the sentence",
     "Sam Reyes took charge on Monday. In May the party hired Abraham Lincoln and he agreed.",
     "Abraham Lincoln"),
]


def _toks(text: str) -> list[Token]:
    out, pos = [], 0
    for w in text.split():
        start = text.index(w, pos)
        out.append(Token(w, start, start + len(w)))
        pos = start + len(w)
    return out


@pytest.mark.parametrize("sentence,expected", [
    ("Within hours , with calm , he had left .", 6),
    ("Later he met the mayor .", 1),
    ("When he woke , the town was quiet .", None),
    ("In May the party hired him and he agreed .", None),
    ("It was clear he had won .", None),
], ids=["two phrases", "one adverb", "subordinate clause", "noun phrase subject", "another pronoun first"])
def test_which_he_opens_the_clause(sentence, expected):
    assert opener_pronoun(_toks(sentence), []) == expected


def test_a_name_before_the_pronoun_leaves_it_to_the_other_readers():
    toks = _toks("Later Sam Reyes said he met the mayor .")
    assert opener_pronoun(toks, [toks[1].start]) is None


@pytest.mark.parametrize("body,expected", [g[1:] for g in GUARDS], ids=[g[0] for g in GUARDS])
def test_guards(speech_of, body, expected):
    got = [q.speaker for q in speech_of(HEAD + body + QUOTE)]
    assert got[-1:] == [expected]


# Guards that the cases above do not reach (review of round 35, nineteenth session: each of these
# passed with its guard switched off in a scratch copy). "Once"/"After" open the lane's adverbial
# list but start a subordinate clause; a long opening phrase with no comma is a subject and its
# verb; a he/she past the reach is not read as the subject (thresholds/subjects.py).
@pytest.mark.parametrize("sentence", [
    "Once he left , the mayor spoke .",
    "After he left , the mayor spoke .",
    "In June the party hired him and he agreed .",
    "Within hours , with a display of calm , purpose , resolve , grit , nerve , and flair , he left .",
], ids=["a subordinator in the opener list", "another one", "a long phrase with no comma",
        "past the reach"])
def test_guarded_sentences_open_on_no_pronoun(sentence):
    assert opener_pronoun(_toks(sentence), []) is None
