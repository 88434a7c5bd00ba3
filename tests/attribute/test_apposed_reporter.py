"""A quotation with no cue of its own whose sentence names its speaker as a label before a
colon, in apposition to the opening role, or as the object of a verb of causing before "to" and
a verb of saying: his words, not "names X, not the previous speaker: left null" (round 80, lane
apposed92, on draw G: "NAME: “…”" after another speaker's line in a transcript, "The former
director of the agency, retired Gen. NAME, warned …", "leading NAME to call the exercise a
“…”"). The parse reads the last two shapes in most sentences, so they are pinned on the shape
tests below; the guards keep the refusals. The articles are our own words."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from onrecord.attribute.apposed_reporter import _apposed_to_opening, _caused_to_say, _says_after

_BEFORE = ("Dock vote\n\n\"We will not sign it,\" said the union's Berit Holm on Monday.\n\n"
           "Mayor Aldo Ferrante spoke next.\n\nBerit Holm: \"Do you have a question for the mayor?\" ")

CASES = [
    ("a transcript's label after another voice's line", _BEFORE + "Ferrante: \"Well, sure. I have seen the text.\"",
     ["Berit Holm", "Berit Holm", "Aldo Ferrante"]),
    ("a label with a short descriptor", _BEFORE + "Ferrante, at a press event: \"Well, sure.\"",
     ["Berit Holm", "Berit Holm", "Aldo Ferrante"]),
    ("two names before the colon: a clip's title", _BEFORE + "Ferrante and Mia Lund: \"Well, sure.\"",
     ["Berit Holm", "Berit Holm", None]),
    ("a name and a topic before the colon: a video box's title", _BEFORE + "Ferrante on Lund, the port plan: \"Well, sure.\"",
     ["Berit Holm", "Berit Holm", None]),
]


@pytest.mark.parametrize("article,speakers", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_apposed_reporter(speech_of, article, speakers):
    assert [q.speaker for q in speech_of(article)] == speakers


def _shape(sentence: str, name: str):
    """A sentence's stand-ins (text, tokens) and the mention of ``name`` in it."""
    toks = [SimpleNamespace(start=t.start(), end=t.end(), text=t.group(), lower=t.group().lower(),
                            is_word=t.group()[0].isalnum()) for t in re.finditer(r"\w+|[^\w\s]", sentence)]
    at = sentence.index(name)
    return (SimpleNamespace(text=sentence), SimpleNamespace(start=0, end=len(sentence), tokens=toks),
            SimpleNamespace(begin=at, start=at, end=at + len(name)))


SHAPES = [
    ("apposed to the opening role, a verb of saying after",
     "The former head of the port agency, retired Capt. Aldo Ferrante, warned on radio that it was “grim.”",
     "Capt. Aldo Ferrante", True, False),
    ("a relative word before the verb of saying",
     "The former head of the port agency, Aldo Ferrante, who chaired a panel that warned it was “grim,” retired.",
     "Aldo Ferrante", False, False),
    ("no determiner opens the sentence: no apposition",
     "In the port town, Aldo Ferrante warned on radio that it was “grim.”", "Aldo Ferrante", False, False),
    ("the object of a verb of causing, then to and a verb of saying",
     "Unionists stalled the vote, leading harbour chief Aldo Ferrante to call the day a “circus.”",
     "harbour chief Aldo Ferrante", False, True),
    ("a verb of wishing does not tell that he said it",
     "Unionists stalled the vote, urging harbour chief Aldo Ferrante to call the day a “circus.”",
     "harbour chief Aldo Ferrante", False, False),
]


@pytest.mark.parametrize("sentence,name,apposed,caused", [c[1:] for c in SHAPES], ids=[c[0] for c in SHAPES])
def test_apposed_shapes(sentence, name, apposed, caused):
    lay, s, m = _shape(sentence, name)
    words = sentence.index("“")
    assert (_apposed_to_opening(lay, s, m) and _says_after(s, m.end, words)) is apposed
    assert _caused_to_say(s, m, words) is caused
