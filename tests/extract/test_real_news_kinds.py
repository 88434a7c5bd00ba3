"""Kinds seen on real news (issue #11), each in a snippet written for this test: a short fragment
in marks that is the object of a verb of expressing, threatening or thanking is its subject's
words (speech), not a scare quote credited to nobody."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text

CASES = [
    ("expressed", "Obituary\n\nPrime Minister Lena Ostrova issued a statement in which she expressed "
     "\u201cdeep sorrow\u201d at the news.", "deep sorrow", "Lena Ostrova"),
    ("threatened to", "Protests\n\nOn Friday Governor Tom Brack threatened to \u201cclose every bridge\u201d "
     "if the strike went on.", "close every bridge", "Tom Brack"),
    ("pledged to make", "Taxes\n\nIn a letter, Treasurer Ines Holm pledged to make \u201ca final decision\u201d by May.",
     "a final decision", "Ines Holm"),
    ("promises to", "Paper\n\nArne Saltvik, who owns the paper, promises to \u201crededicate ourselves\u201d to the facts.",
     "rededicate ourselves", "Arne Saltvik"),
    ("thanked … for", "Cabinet\n\nIn a statement, Mayor Ada Quist thanked the treasurer for his "
     "\u201ctireless service\u201d to the city.", "tireless service", "Ada Quist"),
]


@pytest.mark.parametrize("case,article,fragment,speaker", CASES, ids=[c[0] for c in CASES])
def test_fragment_governed_by_an_expressive_verb_is_speech(case, article, fragment, speaker):
    r = extract_document(read_text(article, path=case))
    attribute_results([r])
    (q,) = [q for q in r.quotes if q.text.rstrip(".,") == fragment]
    assert q.kind == "speech", q.kind_evidence
    assert q.speaker == speaker


def test_thanks_to_is_not_a_reporting_verb():
    r = extract_document(read_text("Trade\n\nThanks to the \u201cfree zone\u201d the port grew.", path="thanks"))
    (q,) = r.quotes
    assert q.kind != "speech"


# (case, article, fragment, expected kind): the kind rules' real-news classes, each with the
# near miss that must keep its old kind
KIND_CASES = [
    # a phrase in marks used as a modifier names a kind of thing: a term
    ("modifier before a noun phrase",
     "Budget\n\nThe talks stalled in the middle of \u201cgrand bargain\u201d budget negotiations.", "grand bargain", "term"),
    ("modifier before a plural noun",
     "Recycling\n\nThe firms run robust \u201cend of life\u201d programmes for old phones.", "end of life", "term"),
    # the word after is not modified by the phrase: not a term
    ("adverb after", "Missiles\n\nThe navy ran a \u201cdry run\u201d recently, the second this year.", "dry run", "scare"),
    ("preposition after", "Texts\n\nThere was talk of an \u201cinsurance policy\u201d against a defeat.",
     "insurance policy", "scare"),
    # one word as a modifier is still the writer's distance
    ("one word", "Letters\n\nShe sent a \u201cfriendly\u201d letter to the board.", "friendly", "scare"),
    # a capitalised slogan modifying a noun that is no work is a term
    ("slogan before a noun", "Victory\n\nThe minister wants to avoid a \u201cMission Complete\u201d moment on the site.",
     "Mission Complete", "term"),
    ("slogan before a noun (possessive owner)", "Trade\n\nShe brought her \u201cHarbour First\u201d message to the summit.",
     "Harbour First", "term"),
    # a work noun after the marks keeps the title
    ("work noun after", "Radio\n\nHe appeared on the \u201cMorning Tide\u201d programme on Sunday.", "Morning Tide", "title"),
    # a comma inside the marks ends the name: what follows is an apposition, not a noun it modifies
    ("comma inside", "Plans\n\nShe gave an update on \u201cProject Lantern,\u201d the bank\u2019s plan to close branches.",
     "Project Lantern,", "title"),
    # words in marks closing the headline are speech
    ("closing the headline", "Harbour ferry \u2018to be cut\u2019\n\nThe ferry will run less often from May.",
     "to be cut", "speech"),
    ("one word closing the headline", "Council leader vows to end \u2018waste\u2019\n\nThe leader spoke on Monday.",
     "waste", "speech"),
    # a headline fragment that does not close the line, and a first paragraph that is a sentence
    ("inside the headline", "Student \u2018fee factor\u2019 played down\n\nApplications rose.", "fee factor", "term"),
    ("first paragraph is a sentence",
     "The ferry will run less often from May, and locals are \u2018furious\u2019.\n\nIt starts soon.", "furious", "scare"),
    # title case after a work noun is a title
    ("miniseries called", "Ads\n\nThe agency ran a radio ad miniseries called \u201cMaple Lane.\u201d It was cancelled.",
     "Maple Lane.", "title"),
    ("commentary called",
     "Opinion\n\nHenrik Lund wrote a commentary called \u201cThe Council\u2019s Quiet Retreat From the Harbour.\u201d",
     "The Council\u2019s Quiet Retreat From the Harbour.", "title"),
    ("hearing on the",
     "Hearing\n\nThe minister testified at a hearing on the \u201cState of the Regional Rail Network\u201d on Monday.",
     "State of the Regional Rail Network", "title"),
]


@pytest.mark.parametrize("case,article,fragment,kind", KIND_CASES, ids=[c[0] for c in KIND_CASES])
def test_kind_of_a_real_news_construct(case, article, fragment, kind):
    r = extract_document(read_text(article, path=case))
    (q,) = [q for q in r.quotes if q.text == fragment]
    assert q.kind == kind, q.kind_evidence
