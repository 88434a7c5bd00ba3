"""The lede credits its words to a description, and the sentences after it name that person
(issue #11, attribute/lede.py; round 23, lane describe7). BBC house style opens "…, a
clergyman has said." or "…, according to his former adviser." and names the reporter in the
next paragraph; the lede's quotation and a headline quotation that names nobody were null.
Cases written for this test, shaped like that style."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("article, speakers", [
    # an indefinite description, named two sentences on as the subject
    ("Novel is 'poor geography'\n\n"
     "The setting of a popular thriller is \"invented from the first page to the last\", a geographer has said.\n\n"
     "The book places a volcano in the middle of a flat county. It says the town was rebuilt. "
     "The county surveyor, Dr Marek Tolland, called the novel a \"fine read\" but bad mapping.",
     ["Marek Tolland", "Marek Tolland"]),
    # "according to his former adviser", named with a fronted phrase in the next sentence
    ("Budget rule 'safe' says ex-adviser\n\n"
     "Finance minister Olga Brant will keep her spending rule \"with room to spare\", "
     "according to her former budget adviser.\n\n"
     "Once one of Ms Brant's closest aides, Piet Vandermolen hinted at tax cuts in spring. "
     "He said more could be done.",
     ["Piet Vandermolen", "Piet Vandermolen"]),
])
def test_a_described_lede_reporter_named_next(speech_of, article, speakers):
    assert [q.speaker for q in speech_of(article)][:2] == speakers


@pytest.mark.parametrize("article", [
    # an unnamed spokesman: the next person named is someone else
    ("Ferry fares to rise\n\n"
     "Ferry fares will go up because \"fuel has cost us more on every route we run\", a company spokesman has said.\n\n"
     "Harbour master Tomas Lindqvist said the crossing was busy all summer."),
    # a plural description names a group, not the next person
    ("Ferry fares to rise\n\n"
     "Ferry fares will go up because \"fuel has cost us more on every route we run\", local councillors have said.\n\n"
     "Harbour master Tomas Lindqvist said the crossing was busy all summer."),
    # a document speaks, not the next person
    ("Ferry fares to rise\n\n"
     "Ferry fares will go up because \"fuel has cost us more on every route we run\", a new report has said.\n\n"
     "Harbour master Tomas Lindqvist said the crossing was busy all summer."),
    # the next person named is an object, not a subject
    ("Novel is poor geography\n\n"
     "The setting of a popular thriller is \"invented from the first page to the last\", a geographer has said.\n\n"
     "The book claims that Saint Brendan sailed to the volcano and met Edith Morrow there."),
])
def test_a_described_lede_reporter_left_unnamed(speech_of, article):
    assert [q.speaker for q in speech_of(article)][:1] == [None]
