"""An "it" or "they" that speaks is the subject of its own clause or of the sentence before,
not a body the text only mentions in passing (round 33, lane itthey14: of 40 "it" attributions
judged on random corpus text, 14 named the wrong body, most of them an organisation named as an
object or in a prepositional phrase while the subject was a country, an acronym, a description
or a named owner's letter). When that subject is a description nothing names ("a short
statement", "Kell's lawyers"), the words stay unnamed rather than go to the passing body.
Articles written for this test."""

from __future__ import annotations

import pytest

_OPEN = ("Mine dispute\n\nThe Senate Resources Committee will hold hearings on the Harlow mine "
         "in March. \u201cWe want answers,\u201d committee chair Ruth Alden said.\n\n")

CASES = [
    ("a country subject of its own clause, not a committee named before",
     _OPEN + "Norway has for weeks blamed the delays on what it says are \u201creckless inspectors\u201d "
     "sent by the mine's owners.",
     ["Ruth Alden", "Norway"]),
    ("an acronym subject of the sentence before, not a store in its object",
     _OPEN + "DKW said the cuts could hurt margins at Harlow Stores. \u201cThis cannot be good "
     "news for the chain,\u201d it added.",
     ["Ruth Alden", "DKW"]),
    ("a named owner's letter as the subject before: the owner",
     _OPEN + "Lawyer Tom Ferris wrote to senators on behalf of the miners. Ferris\u2019s letter was "
     "sent to the Senate Resources Committee on Friday. It asked the senators to act "
     "\u201cbefore the next quarterly report.\u201d",
     ["Ruth Alden", "Tom Ferris"]),
    ("a statement nobody issued, then 'it said': nobody",
     _OPEN + "But a short statement about the mine was read out before the Senate Resources "
     "Committee. It said the site was \u201csafe for now\u201d and would stay open.",
     ["Ruth Alden", None]),
    ("a memo with a body's name inside it: that body",
     _OPEN + "A Harlow Mining Ltd planning memo released in May said the pit would close. It also "
     "said there would be \u201cno new jobs this year.\u201d",
     ["Ruth Alden", "Harlow Mining Ltd"]),
    ("a statement on a body's website: that body",
     _OPEN + "A statement on the Harlow Mining Ltd website said the pit would close in response to "
     "what it said were \u201crepeated delays by inspectors.\u201d",
     ["Ruth Alden", "Harlow Mining Ltd"]),
    ("a possessive group of lawyers, then 'they said': not their client",
     _OPEN + "Alden\u2019s lawyers wrote to the governor on Monday. In the letter, they said the "
     "hearing was \u201crigged from the start.\u201d",
     ["Ruth Alden", None]),
    ("a possessive defense team before 'they also said': not the defendant",
     _OPEN + "Mine owner Carl Brandt\u2019s defense team put out a statement late Friday. But they "
     "also said the charges were \u201cpolitical from the first day.\u201d",
     ["Ruth Alden", None]),
    ("the lawyers named in the phrase before 'they': not their client",
     _OPEN + "In the letter from Alden\u2019s lawyers, they said the hearing was \u201crigged "
     "from the start.\u201d",
     ["Ruth Alden", None]),
    ("two people after a role word, then 'they wrote': both",
     _OPEN + "Democratic pollsters Ann Lake and Tom Dunn, in their review of the survey, said "
     "voters care about wages. \u201cVoters will reward a plan for jobs,\u201d they wrote.",
     ["Ruth Alden", "Ann Lake"]),
    ("a party's members as the subject before 'they wrote': unnamed, not the committee",
     _OPEN + "Committee Democrats criticised the mine's owners in a letter to the chair. "
     "\u201cThe owners never had the money,\u201d they wrote.",
     ["Ruth Alden", None]),
    ("a party's members after a body whose name was split in two: unnamed",
     "Mine dispute\n\nThe House Oversight and Government Reform Committee is looking into the "
     "contract. Committee Democrats criticised the agency in a letter to the chair.\n\n"
     "\u201cThe firm never had the money,\u201d they wrote.",
     [None]),
    ("a party after two named members: still the two",
     _OPEN + "Ann Lake and Tom Dunn said so in a joint statement. Democrats also raised the cost "
     "of the clean-up. \u201cThe owners must pay,\u201d they said.",
     ["Ruth Alden", "Ann Lake"]),
    ("party members with their names keep the names",
     _OPEN + "Democrats Ann Lake and Tom Dunn criticised the mine's owners in a letter. "
     "\u201cThe owners never had the money,\u201d they wrote.",
     ["Ruth Alden", "Ann Lake"]),
    # round 77, lane pron77: an "it" right after ", and" / ", but" opens its conjunct and
    # shares the subject of the clause before; the general passes gave it a body named in
    # that clause's object (the half "South" of a "South Korea" there, a legislature a court
    # ruled on)
    ("'…, and it warned': the country opening the sentence, not a body in its object",
     _OPEN + "Westland said on Monday that it would quit the trade pact it signed with South "
     "Ostland, and it warned of a \u201cswift response\u201d to any new tariffs.",
     ["Ruth Alden", "Westland"]),
    ("'…, and it warned': one half-named country, not the other",
     _OPEN + "North Ostland said on Monday that it would quit the trade pact it signed with South "
     "Ostland in 1990, and it warned of a \u201cswift response\u201d to any new tariffs.",
     ["Ruth Alden", "North Ostland"]),
    ("'…, but it also said': the regulator opening the sentence, not the council it ruled on",
     _OPEN + "The Coastal Safety Agency ruled that the Harbor Council of Lake County had not broken "
     "the law, but it also said the council was \u201cslow to act\u201d on the warnings.",
     ["Ruth Alden", "Coastal Safety Agency"]),
    # unchanged: the body that opens the sentence before keeps its "it said"
    ("a body subject of the sentence before keeps its 'it added'",
     _OPEN + "Harlow Mining Ltd said on Tuesday it would appeal. \u201cWe have done nothing wrong,\u201d "
     "it added.",
     ["Ruth Alden", "Harlow Mining Ltd"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_it_they_subject(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


def test_a_credit_closing_the_sentence_before_is_no_party_subject(speech_of):
    # "Democrats are calling the bluff, the analysts said. “…,” they said in the note": the
    # analysts speak; the party opening the sentence is what they talk about
    article = _OPEN + ("Democrats are calling the owners' bluff, the analysts said. \u201cThis is a game "
                       "of chicken,\u201d they said in the note.")
    assert speech_of(article, "credit")[-1].speaker_description != "Democrats"
