"""A he/she opening a new paragraph after a sentence whose main clause opens with the last
speaker is that speaker, not a guess between two speakers (attribute/subject_just_before.py;
round 83, lane null99). The articles are our own words; the given names are ones no list holds,
so no gender is known before the pronoun."""

from __future__ import annotations

import pytest

_ARTICLE = ("Ferries\n\nThe island's ferry service has run for ninety years.\n\n\u201cIt is only getting "
            "started,\u201d Vantane said. \u201cThere is a lot of work to do.\u201d\n\n{before}\n\n"
            "\u201cI have no reason to think the captain is going anywhere,\u201d she said.")

CASES = [
    ("the last speaker, set off by an apposition, opens the sentence before",
     _ARTICLE.format(before="Tovik Brennock, a pilot on the night boat and a former deckhand, said her old "
                            "captain still wants to \u201crun the crossing every day of the year.\u201d"),
     "Tovik Brennock"),
    ("the last speaker is credited after the words of the sentence before: still a guess",
     _ARTICLE.format(before="\u201cThe captain still wants to run the crossing every day of the year,\u201d "
                            "said Tovik Brennock, a pilot on the night boat."),
     None),
]


@pytest.mark.parametrize("article,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_subject_just_before(speech_of, article, speaker):
    assert speech_of(article)[-1].speaker == speaker
