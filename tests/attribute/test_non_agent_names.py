"""A law, a constitution, an amendment, a treaty, a war or a storm named in an article is never
the one who says its words: it takes no he, she, it or they, and is no speaker of its own (issue
11, round 76, lane events76: on 5,000 unseen AllSides articles a war took "they fought" and four
quotations after it, a storm a mayor's "she said", an act and an amendment the "it" of a court or
a rule, and constitutions and acts were the subjects of "defines", "empowers" or "dictates"
before the text they lay down; GUIDELINES D5: a law's text with no named author has no speaker).
Our own words."""

from __future__ import annotations

import pytest

# the last speech quotation's speaker
CASES = [
    ("a storm named between the mayor and her pronoun",
     "Storm Marla: rivers rise\n\nMayor Ada Okafor has led Port Vell for two years. The arrival "
     "of Marla is Okafor's first brush with a tropical storm, and she had one message for "
     "residents.\n\n“Stay inside and keep off the roads,” she said.",
     "Ada Okafor"),
    ("an amendment named after the congressman who speaks",
     "Health bill\n\nThe Haskell Amendment, the latest version "
     "of the bill, would let states opt out.\n\nHaskell said he and his colleague had argued for "
     "weeks.\n\n“We simply see this differently,” he said.",
     "Haskell"),
    ("a constitution as the subject of a narrating verb",
     "Impeachment rules\n\nThe House is weighing its options. The Constitution empowers the "
     "Senate to remove a governor for “grave abuse of the public trust.”",
     None),
    ("an act as the subject of a narrating verb",
     "Green cards\n\nThe Harbour Residency Act dictates that applicants should be refused if they "
     "are “likely to depend on public funds.”",
     None),
    ("an 'it' after a law that was the subject before it",
     "Residency\n\nThe Harbour Council published new guidance on Monday.\n\nThe Harbour Residency "
     "Act bars applicants who depend on public funds. It also says they must show “a steady "
     "income for three years.”",
     None),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_law_war_or_storm_says_nothing(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]


# quotations that are no one's, each named by its words
UNSPOKEN = [
    ("a storm in a headline is not the forecasters",
     "Hurricane Lenora likely to be ‘devastating,’ ‘deadly,’ forecasters warn\n\nHurricane Lenora "
     "weakened to a tropical storm after it reached the coast, bringing heavy rain.\n\nHurricane "
     "Lenora is expected to stall by Friday, the weather service said.",
     "devastating"),
    ("a constitution quoted inside a quotation is no reporter",
     "Letter\n\nMara Quill wrote to the governor on Friday.\n\n\"Our county is built on three "
     "branches that check each other,\" Quill wrote. \"To keep that balance, the Constitution "
     "calls for the Governor to 'report to the assembly on the state of the county each spring.' "
     "\"\n\nQuill will have her hands full this year.",
     "report to the assembly on the state of the county each spring"),
]


@pytest.mark.parametrize("article,words", [c[1:] for c in UNSPOKEN], ids=[c[0] for c in UNSPOKEN])
def test_words_a_law_or_storm_stands_near_are_no_ones(quote_of, article, words):
    assert quote_of(article, words).speaker is None


GUARDS = [
    ("a person whose surname is a law word after a given name",
     "Campaign money\n\nSteven Law runs a large political fund.\n\n“We will spend what it takes,” "
     "Law said.",
     "Steven Law"),
    ("a body that speaks after a law is named",
     "Wolves\n\nThe Wildlife Protection Act covers grey wolves. The Fish and Game Service said in "
     "a statement that “the listing will stand for now.”",
     "Fish and Game Service"),
    # review of round 76 (B1-B5): bodies, people and papers whose names end in a law or war word
    ("a research body named 'for the Study of War'",
     "Front line\n\n“The city is unlikely to fall this month,” the Centre for the Study of War "
     "said in its latest assessment.",
     "Centre for the Study of War"),
    ("a legal centre named '… for Youth Law'",
     "Detention\n\n“No child should be held like this,” the Harbour Centre for Youth Law said "
     "on Monday.",
     "Harbour Centre for Youth Law"),
    ("an actor whose surname is Law and whose given name is rare",
     "Premiere\n\nThe actor Oren Law spoke to reporters in Leeds on Tuesday. “I have never "
     "enjoyed a part more,” Law said.\n\n“It was a joy,” he added.",
     "Oren Law"),
    ("a law school named by its university",
     "Review\n\n“We are looking into the matter carefully,” Kestrel Law said in a statement.",
     "Kestrel Law"),
    ("a company's past 'it said' after a law is named",
     "Filters\n\nHarlow Chemical filed suit on Monday. The Clean Air Act requires new filters "
     "by 2030. “We cannot meet that date,” it said.",
     "Harlow Chemical"),
    ("a newspaper whose name ends in Constitution",
     "Budget\n\n“The figures do not add up,” the Harlow Journal Constitution reported on Monday.",
     "Harlow Journal Constitution"),
    ("a company that fought a law is still 'it'",
     "Clean air\n\nThe Harlow Chemical Company has fought the Clean Air Act for a decade. It said "
     "on Monday the law was “a burden on every plant in the state.”",
     "Harlow Chemical Company"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in GUARDS], ids=[c[0] for c in GUARDS])
def test_a_person_or_body_beside_a_law_still_speaks(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]
