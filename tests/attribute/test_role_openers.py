"""A role or function word glued before a person's name at a sentence's start (round 82, lane
forms96): "Neighbour Iwona X said" and "Expert Fyodor Y's analysis" (given names no list holds)
showed the role in the name; "Plaintiff Ana X, who …" likewise ("plaintiff" was in no person
noun list); a story highlight's "… says PM X" beside "Benjamin X" showed "PM X"; "Historian Ana
Kearns Y" lengthened "Kearns Y" (a two-word surname) with the role. Kept: a given name no list
holds that looks like a role by its ending ("Shadee X said").
"""

from __future__ import annotations

import pytest

from onrecord.attribute.role_openers import opens_sentence, person_noun_lead, role_opener

CASES = [
    ("a British role word before an unlisted given name",
     "Police searched the house on Tuesday.\n\n"
     "Neighbour Iwona Pawlak said the man was a keen gardener. \"He was quiet,\" she added.",
     ["Iwona Pawlak"]),
    ("a role word before an unlisted given name, possessive",
     "Talks were frosty.\n\nExpert Fyodor Volkov's analysis was gloomy. "
     "\"It will get worse,\" he said.",
     ["Fyodor Volkov"]),
    ("a role noun no list holds before a full name",
     "The court ruled on Friday. Plaintiff Julia Moreno, who starts school in the fall, "
     "hailed the decision as \"a win for every student.\"",
     ["Julia Moreno"]),
    ("a role by its ending the article writes in lower case",
     "The demonstrators marched downtown. Demonstrator Alessio Brambati told a reporter the "
     "crowd had \"very positive energy\" at first.",
     ["Alessio Brambati"]),
    ("PM before a surname the article gives in full",
     "Story highlights Israel \"will not be fooled\" says PM Halevy\n\n"
     "Prime Minister Benjamin Halevy spoke on Tuesday. \"We will watch,\" Halevy said.",
     ["Benjamin Halevy", "Benjamin Halevy"]),
    ("a person's noun before a given name and a two-word surname",
     "Pundits weighed in on the week.\n\n"
     "Historian Doris Kearns Walden, on the morning show, says the president is struggling:\n\n"
     "\"He has lost control of the agenda.\"\n\n"
     "\"It is early,\" Kearns Walden said.",
     ["Doris Kearns Walden", "Doris Kearns Walden"]),
]

KEPT = [
    ("a given name no list holds with a person ending",
     "The shop opened in May. Shadee Tamberlin said: \"We sold out on day one.\"",
     ["Shadee Tamberlin"]),
]


@pytest.mark.parametrize("case,article,expected", CASES + KEPT, ids=[c[0] for c in CASES + KEPT])
def test_a_role_opener_leaves_the_name(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


@pytest.mark.parametrize("word,ending_ok,lead", [
    ("Expert", False, True), ("Plaintiff", False, True), ("Neighbour", False, True), ("PM", False, True),
    ("Historian", False, False), ("Historian", True, True), ("Julia", False, False),
    ("Major", False, False), ("Israeli", False, False), ("expert", False, False),
])
def test_person_noun_lead(word, ending_ok, lead):
    assert person_noun_lead(word, ending_ok=ending_ok) is lead


@pytest.mark.parametrize("words,start_text,other,cut", [
    ("Neighbour Iwona Pawlak", "Police came.\n\n", False, True),
    ("Neighbour Iwona Pawlak", "he met his ", False, False),  # not at a sentence's start
    ("Expert Panel Chair Lee", "", False, False),  # the rest is a role itself
    ("PM Halevy", "says ", True, True),
    ("PM Halevy", "says ", False, False),  # no other given name for the surname
    ("Expert Halevy", "", True, False),  # one word left: only "PM"
])
def test_role_opener(words, start_text, other, cut):
    text = start_text + words + " said so."
    assert role_opener(words.split(), text, len(start_text), lambda surname: other) is cut


@pytest.mark.parametrize("before,opens", [("", True), ("Talks ended.\n\n", True), ("Talks ended. ", True),
                                          ("he told his ", False), ("says ", False)])
def test_opens_sentence(before, opens):
    assert opens_sentence(before + "Ana Y", len(before)) is opens
