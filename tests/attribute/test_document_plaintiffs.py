"""Documents whose author the article names in another way than "by X" (issue #11, round 17,
lane documents2): a lawsuit speaks for its plaintiff, the one the article says is suing;
a statement "issued on behalf of" someone is theirs. Cases written for this test, shaped like
constructs the real-news tuning split (fresh3) left null."""

from __future__ import annotations

import pytest


CASES = [
    ("the one suing is the lawsuit's speaker",
     "Singer sues over stage fall\n\nSinger Marta Kowalczyk is suing a concert promoter over a "
     "fall she said she suffered on a wet stage.\n\nThe promoter declined to comment. The "
     "lawsuit said the singer has suffered \u201clasting pain and a lost season of work.\u201d",
     ["Marta Kowalczyk"]),
    ("the same with a past tense and the quotation further on",
     "Farm sues council\n\nGreenacre Dairies sued the district council last month over a "
     "flooded road.\n\nThe road has been shut since March. Repairs are due in the spring. "
     "\u201cThe council ignored years of warnings,\u201d the lawsuit said.",
     ["Greenacre Dairies"]),
    ("the one who filed the suit is the lawsuit's speaker",
     "Cyclist takes on maker\n\nA cyclist says his carbon frame cracked on a descent. Keen rider "
     "Owen Baptiste filed the suit in a state court on Friday.\n\n\u201cThe maker knew of the "
     "flaw and sold the frame anyway,\u201d the lawsuit states.",
     ["Owen Baptiste"]),
    ("the one sued is no speaker of the lawsuit",
     "Council sued\n\nThe district council was sued by a group of residents last month.\n\n"
     "\u201cThe council ignored years of warnings,\u201d the lawsuit said.",
     [None]),
    ("a statement issued on behalf of a named person is theirs",
     "Trade row\n\nThe two sides met in Geneva on Monday.\n\n\u201cWe expect a fair hearing "
     "for our exporters,\u201d a statement issued on behalf of Trade Secretary Helen Okafor "
     "said.",
     ["Helen Okafor"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_document_plaintiff(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


def test_a_reduced_passive_names_no_plaintiff(speech_of):
    # "Network sued for …": the network is the one sued, not the lawsuit's author
    article = ("Quiz network sued for prize row\n\nA television network faces a claim from a former "
               "contestant over a withheld prize.\n\n\u201cThe rules were changed after I had won,\u201d "
               "the lawsuit said.")
    assert [q.speaker for q in speech_of(article, "reduced passive")] == [None]
