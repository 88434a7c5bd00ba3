"""A he/she never means a people or a page's label: "Americans", "Italian Americans",
"Evangelicals", "Videos" (the plural of lexicon/places.DEMONYMS, lexicon/groups.GROUP_ADJECTIVES,
lexicon/furniture.MEDIA_LABELS). Round 83, lane pron99: on draw N an expert's "he says" went to
"… more Americans are covered" and an official's "He said" to a video box's "Replay More Videos".
Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.entities import Entity
from onrecord.attribute.he_she_guard import refused_he_she
from onrecord.attribute.layout import build_layout
from onrecord.attribute.mentions import Mention

TEXT = ("Notes\n\nMore Americans and Italian Americans moved; Evangelicals voted. Replay More Videos. "
        "Photos of the fair. Jon Mexicans and Ada Wells came.")

NAMES = [
    ("a nation's people", "Americans", True),
    ("a people of two words", "Italian Americans", True),
    ("a faith's people", "Evangelicals", True),
    ("a clip box's label", "Videos", True),
    ("a gallery's label", "Photos", True),
    ("a given name before the plural", "Jon Mexicans", False),
    ("a surname ending in s", "Ada Wells", False),
]


def _entity(name: str) -> Entity:
    at = TEXT.index(name)
    return Entity(id=1, kind="unknown", names=[name], mentions=[Mention(at, at + len(name), name)])


@pytest.mark.parametrize("name,refused", [c[1:] for c in NAMES], ids=[c[0] for c in NAMES])
def test_plural_names_no_he_she_can_mean(name, refused):
    assert refused_he_she(build_layout(TEXT, []), _entity(name), {}) is refused


ARTICLES = [
    ("a people named before an expert's words",
     "Cover\n\nThe share of people without insurance fell. The agency says 9 million more Americans are "
     "covered.\n\n“That is a big change,” he says.",
     None),
    ("a speaking historian past a people (her gender fixed by an earlier she)",
     "Legacy\n\n“The march changed the country,” said Ana Voss, a historian.\n\nVoss says the leader was "
     "watched.\n\n“He was feared,” she says.\n\nA poll showed that most Americans thought the movement "
     "had gone too far.\n\n“We now see the speech as the greatest of its age,” she says.",
     "Ana Voss"),
    # the fallback past a refused name ("Italian", "Spanish"): a speaker shown speaking whose
    # "he" an earlier he/she fixed, though no list gives the name a sex (lane pron99's rule 2;
    # main left the last "he said" null)
    ("a speaking cleric past a nationality word (his gender fixed by an earlier he)",
     "Bishop Ambrose says gossip is a sin\n\nGossip harms the weak, Bishop Ambrose said in an interview "
     "published on Monday.\n\nAmbrose told a weekly that gossip was “the worst harm.”\n\n“I think the "
     "press must be careful and clear about what it prints,” he said.\n\nThat part of the interview, sent "
     "to reporters in an Italian translation of the cleric’s native Spanish, was blunt.\n\nHe also spoke of "
     "the danger of gossip.\n\n“No one has a right to do this. It is a sin,” he said.",
     "Ambrose"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in ARTICLES], ids=[c[0] for c in ARTICLES])
def test_the_pronoun_passes_a_people(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]
