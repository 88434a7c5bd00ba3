"""A name ending like a participle or an adverb ("-ing", "-ed", "-ly") opening a sentence
before a lower-case word is a name when the article writes it as one elsewhere (issue 11, round
64, lane wrong66). It had been dropped as a participle ("Notifying the families took …"), so
its sentence had no subject and the next he went to another man. A real participle opening a
sentence stays no name. Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.speakers import Article
from onrecord.extract import extract_document
from onrecord.read import read_text


@pytest.mark.parametrize("surname", ["Sterling", "Harding"])
def test_the_opening_surname_is_the_subject(speech_of, surname):
    article = (f"Dock strike\n\nUnion leader Peter {surname} met port owner Jack Rowe on Monday.\n\n"
               f"Rowe left early. {surname} is a man who rarely loses a vote. \"We will not give in,\" he said.")
    assert [q.speaker for q in speech_of(article)] == [f"Peter {surname}"]


def test_a_participle_opening_a_sentence_is_no_name():
    article = ("Dock strike\n\nUnion leader Peter Sterling met port owner Jack Rowe on Monday.\n\n"
               "Notifying the crews took hours, and the Notifying Office was shut.")
    art = Article(extract_document(read_text(article)))
    assert not any(m.name == "Notifying" for m in art.ents.mentions)
