"""Opinion round-ups that print each excerpt with its author and outlet after the closing mark,
on the same line: "“…” Ann Vale, The Daily Clarion" (round 23, lane labels7: about 120 corpus
round-ups print their excerpts so; the credit fell into a sentence of its own, the first
excerpt was left null and each later one took the author of the paragraph above). The credit
names every quotation of its paragraph. The article is our own words."""

from __future__ import annotations

import pytest

ARTICLE = ("Bridge Deal Reached\n\n"
           "\u201cThe council has finally chosen to build instead of argue. It is about time.\u201d "
           "Ann Vale, The Daily Clarion\n\n"
           "Regarding the cost, \u201cnobody has explained who pays for the repairs in ten years.\u201d "
           "Tom Reed, Harbour Gazette\n\n"
           "\u201cA bridge to nowhere, built with money the town does not have.\u201d Jane Cole, Valley Times\n\n"
           "\u201cThe town should have asked the voters first.\u201d Editorial Board, The Courier\n\n"
           "\u201cIt will take years.\u201d Ivo Kell and Ada Moss, Valley Times\n\n"
           "From the Right\n\n"
           "\u201cThe deal is a win for drivers.\u201d \u2014 Bill Marsh, The Courier\n")

CASES = [
    ("the first excerpt", "The council has finally chosen to build instead of argue. It is about time.", "Ann Vale"),
    ("words inside narration", "nobody has explained who pays for the repairs in ten years.", "Tom Reed"),
    ("not the author of the paragraph above", "A bridge to nowhere, built with money the town does not have.",
     "Jane Cole"),
    ("an editorial board's words are its outlet's", "The town should have asked the voters first.", "Courier"),
    ("a dash credit still reads", "The deal is a win for drivers.", "Bill Marsh"),
]


@pytest.mark.parametrize("words,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_credit_after_the_words_names_its_paragraph(speech_of, words, speaker):
    q = next(q for q in speech_of(ARTICLE) if q.text.strip() == words)
    assert q.speaker == speaker, (q.speaker, q.attribution_evidence)


def test_two_authors_share_the_words(speech_of):
    q = next(q for q in speech_of(ARTICLE) if q.text.strip() == "It will take years.")
    assert q.speaker in {"Ivo Kell", "Ivo Kell, Ada Moss", "Ivo Kell and Ada Moss"}, (q.speaker, q.attribution_evidence)
