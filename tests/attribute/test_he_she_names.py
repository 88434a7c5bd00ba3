"""A he/she is never a web address, a group, party or nation word, a platform or a
publication, or an adverb opening an aside (issue 11, round 34, lane pronoun15: on 974 random
corpus articles a "he" went to a news site's address and to "The Kentucky Republican",
"Islam", "African American", a "she" to "Hispanic", "Facebook" and "Amazingly"). Refused as
antecedents, the pronoun takes the next person in reach, or none. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a web address between the speaker and her pronoun",
     "Library opens\n\nMayor Dana Whitfield toured the new library on Monday. Photos of the visit are on "
     "RivertownNews.com, the city's own site.\n\n\"Every child here deserves a place to read,\" she said.",
     "Dana Whitfield"),
    ("an epithet of party and state as the last subject",
     "Bill stalls\n\nRand Hollis spoke for an hour in the Senate on Monday.\n\nThe Kentucky Republican, who has "
     "opposed the bill for years, said he was not defending anyone.\n\n\"I want the law applied to "
     "everyone,\" he said.",
     "Rand Hollis"),
    ("a platform that wrote between the speaker and her pronoun",
     "Speaker banned\n\nActivist Rosa Delgado planned to speak at the university on Friday. Then "
     "her page was locked.\n\n\"Your recent post breaks our community rules,\" wrote Facebook.\n\n"
     "What broke the rules? Was it when she said that her critics hold views \"so weak that only "
     "shouting can defend them\"?",
     "Rosa Delgado"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_pronoun_skips_a_name_no_person_has(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]


GUARDS = [
    ("a given name made of common words",
     "Fees to rise\n\nWill Price, the club's treasurer, will price the new tickets this week.\n\n\"We cannot "
     "keep fees this low,\" he said.",
     "Will Price"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in GUARDS], ids=[c[0] for c in GUARDS])
def test_a_person_still_binds(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]


def test_an_adverb_opening_an_aside_is_no_she(speech_of):
    article = ("Survey mix-up\n\nIn the first book the survey took place in \"the early 1990s\"; in the "
               "second it became 2006. (Astonishingly, to the Daily Ledger reviewer, the two dates are "
               "only \"a bit apart.\" And how was that not a problem?)\n\nThe student he thanks never "
               "replied, but I did get a response from his publicist, who told me that she had to check "
               "with the author. It took over a week, but she replied with an admission that the survey "
               "was misdated, but that the \"overall trend is sound.\"")
    # the publicist is never named: null, not the adverb
    assert [q.speaker for q in speech_of(article)][-1:] == [None]
