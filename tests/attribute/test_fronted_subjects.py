"""A named subject behind a fronted word or an unnamed head (issue 11, round 22, lane nulls6:
speakers the article names but onrecord left null). "One of the coaches, NAME, said …" named
nobody ("One" was the subject); "Yesterday, NAME released the following statement:" then the
words in a paragraph of their own learnt no subject (the comma after the time word was no
introductory phrase). The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("'One of the X, NAME,' before the reporting verb: the name in apposition speaks",
     "Bridge vote\n\nThe council met on Monday. One of the engineers, Petra Lindqvist, told "
     "reporters: \u201cThe old bridge will not last another winter.\u201d",
     ["Petra Lindqvist"]),
    ("'One of its X, NAME,' with the words inside the reported clause",
     "Levy\n\nThe levy passed by two votes. One of its sponsors, Rep. Owen Tarrant, said the fee "
     "was \u201ca small price for clean water.\u201d",
     ["Owen Tarrant"]),
    ("'One of the X' with no name in apposition still names nobody",
     "March\n\nThe march went ahead on Sunday. One of the marchers, who asked not to be named, "
     "said: \u201cWe will come back every week.\u201d",
     [None]),
    ("a time word and a comma before the subject, then the words in their own paragraph",
     "Budget row\n\nThe committee published its figures on Monday.\n\nYesterday, Senator Ada "
     "Quill released the following statement:\n\n\u201cThese figures hide a deficit of two "
     "billion dollars.\u201d",
     ["Ada Quill"]),
    ("'Last week,' before the subject",
     "Depot\n\nThe depot has been closed since March.\n\nLast week, Mayor Lena Ortiz was "
     "blunt:\n\n\u201cThe town cannot wait another year for its buses.\u201d",
     ["Lena Ortiz"]),
    ("a time word, then a description and a colon: no subject is learnt from the description",
     "Cup final\n\n\u201cWe earned this,\u201d said coach Ann Bell after the match.\n\n"
     "Then, the closing words:\n\n\u201cNext year we come back for more.\u201d",
     ["Ann Bell", None]),
    ("'This,' alone is no time phrase: the words never go to the pronoun after it",
     "Hearing\n\nSenator Ruth Amory spoke first. This, it must be said, is the same senator "
     "who told a radio host that:\n\n\u201cThe hearing is a sideshow.\u201d",
     [None]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fronted_subjects(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
