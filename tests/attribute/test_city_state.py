"""A town written before its state ("from Dunmore Falls, Texas", "the mayor of Brenton Hills,
Ind.") is a place: a he/she never refers to it. Only the state after the comma was read as a
place, so the town's two capitalised words stood as the most recent person-like name and took
every "he says" of a pupil the article names only by a given name, and the answer of a mayor it
never names (round 33, lane short14: six named quotations on the 974 random corpus articles, El
Paso, Oakland and South Bend among them). A person written with a state and party ("Sen. Ada
Holm, Utah Republican") is no town. Articles written for this test."""

from __future__ import annotations

import pytest

CASES = [
    ("a pupil's words after the town he came from",
     "School choice\n\nSix months ago, a pupil named Tavo spoke almost no English when he arrived "
     "here from Dunmore Falls, Texas.\n\n\"This is the science class,\" he explains.\n\n"
     "\"A planet!\" he says.",
     "Dunmore Falls", "Tavo"),
    ("a mayor the article never names",
     "Mayor race\n\nThe mayor of Brenton Hills, Ind., was asked how he would beat the governor. "
     "He answered: \"I will win on roads.\"",
     "Brenton Hills", None),
    ("a senator written with her state and party keeps her words",
     "Roads\n\nSen. Ada Holm, Utah Republican, said the bill was \"a good start.\"\n\n"
     "\"We will pass it,\" she said.",
     None, "Ada Holm"),
    # the "Lansing, Mich." reading took "On Saturday, Trump said" for a town and its state: a
    # day or a month before the comma is no town, and a surname the article never writes in full
    # was then barred from every he (corpus: "Hours" took the president's words)
    ("a day before the comma is no town",
     "Arms pact\n\nHours after President Kell announced that the navy would leave a pact that he said "
     "Moscow had been \"cheating on for years,\" envoys lined up to answer him in kind.\n\n"
     "On Saturday, Kell signed the order. "
     "On Sunday, Kell went golfing.",
     "Hours", "Kell"),
    ("a person after a town named with its state",
     "Veterans\n\nIn Carrow Bay, Oregon, claims sit in boxes. Lena Ruiz has waited two years.\n\n"
     "\"Nobody answers the phone,\" she said.",
     None, "Lena Ruiz"),
    # round 33, first review: a person written with a state is no town (a given name opens the
    # name), and a member written with state and party keeps his he without a title
    ("a person with her state keeps her she",
     "Race\n\nThe winner was Mary Holt, Texas. \u201cI am thrilled,\u201d she said.",
     None, "Mary Holt"),
    ("a student with her state keeps her she",
     "Race\n\nAmong the finalists was Tara Quist, Ohio, a sophomore. \u201cI did not expect this,\u201d "
     "she said.",
     None, "Tara Quist"),
    ("a member with state and party and no title keeps his he",
     "Roads\n\nThe bill passed on Monday, backed by Torvald Brisk, Utah Republican.\n\n"
     "\"We will pass it,\" he said.",
     "Utah Republican", "Torvald Brisk"),
]


@pytest.mark.parametrize("case,article,never,last", CASES, ids=[c[0] for c in CASES])
def test_city_state(case, article, never, last, speech_of):
    qs = speech_of(article, case)
    if never is not None:
        assert never not in [q.speaker for q in qs], [q.attribution_evidence for q in qs]
    assert qs[-1].speaker == last, qs[-1].attribution_evidence
