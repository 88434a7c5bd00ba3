"""A sentence opening on an introductory phrase that ends on a name of its own (an outlet, a
party) and runs straight into the subject's name with no comma: "In The Daily Caller Zak X
recently …" (issue 11, round 64, lane wrong66). With no comma, where the subject starts was
unknown, and the next "he wrote" went to the last man the sentence named. A lower-case word
inside the phrase leaves the start unknown as before. Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.resolve import Resolver
from onrecord.attribute.speakers import Article
from onrecord.extract import extract_document
from onrecord.read import read_text
from onrecord.thresholds.attribute import AttributeOptions


def test_the_name_after_a_capitalised_phrase_is_the_subject(speech_of):
    article = ("Film review\n\nCritic Paul Moreno called the film dull last year.\n\n"
               "In The Harbour Gazette Peter Oduya recently sided with Moreno. \"The plot goes "
               "nowhere,\" he wrote.")
    assert [q.speaker for q in speech_of(article)][-1:] == ["Peter Oduya"]


@pytest.mark.parametrize("opening", ["In his weekly column Peter Oduya recently sided with Moreno.",
                                     "When Senator Peter Oduya spoke she laughed."],
                         ids=["a lower-case word in the phrase", "a subordinate clause"])
def test_no_subject_read_where_the_phrase_is_no_name(opening):
    article = "Film review\n\nCritic Paul Moreno called the film dull last year.\n\n" + opening + "\n"
    result = extract_document(read_text(article))
    art = Article(result)
    res = Resolver(art.lay, art.ents, AttributeOptions())
    last = len(art.lay.sentences) - 1
    assert [e.canonical for e in res.leading_subject(last)] == []
