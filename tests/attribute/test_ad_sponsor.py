"""An ad speaks for its sponsor (GUIDELINES S9/S10: a text goes to the body the article names as
its issuer): "the ad says", "the commercial asks" and "a narrator says" in an ad go to the group
or campaign the article says put the ad out, produced it or ran it, written as the article
writes it ("the Okafor campaign"), never to the candidate the ad is about. Two sponsors named
before leave it null. Round 73, lane desc83. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a group that put out an ad",
     "Ad war heats up\n\nThe fight over the dam reached the airwaves.\n\n"
     "The River Keepers Alliance, a coastal advocacy group, put out an ad Monday against it.\n\n"
     "The ad claims the dam would \"drown three valleys for one summer of power\".",
     "drown three valleys for one summer of power", "River Keepers Alliance"),
    ("an ad produced by a candidate's campaign",
     "Debate fallout\n\nSupporters said the governor had done well.\n\n"
     "A new radio ad produced by the Dalby campaign ran in four counties. \"Who do you believe "
     "on the dam?\" the ad asks as the music fades.",
     "Who do you believe on the dam?", "Dalby campaign"),
    ("a committee that began airing a commercial",
     "Senate races\n\nParty planners are shaping the last month.\n\nOn Friday the Harbour "
     "Senate Fund began airing a TV spot against Ola Brand. \"She votes with them, not with "
     "you,\" the commercial concludes.",
     "She votes with them, not with you", "Harbour Senate Fund"),
    ("a narrator in an ad from a campaign",
     "Network turns down spot\n\nA network has turned down another ad from Governor Mara "
     "Dalby’s reelection campaign.\n\nIn the ad, called “Flood”, a narrator says, \"The dam "
     "will fail and they know it.\"",
     "The dam will fail and they know it", "Mara Dalby’s reelection campaign"),
]


@pytest.mark.parametrize("article,words,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_ad_speaks_for_its_sponsor(quote_of, article, words, expected):
    assert quote_of(article, words).speaker == expected


def test_two_sponsors_leave_the_ad_unnamed(quote_of):
    article = ("Ad war\n\nThe Dalby campaign released an ad on Monday. The Orr campaign released an "
               "ad on Tuesday.\n\nThe ad claims the dam is \"a gift to the builders\".")
    assert quote_of(article, "a gift to the builders").speaker is None


def test_a_narrator_with_no_ad_near_is_nobody(quote_of):
    article = ("Film night\n\nThe Dalby campaign released an ad on Monday. Its rivals said little.\n\n"
               "At the cinema later, "
               "the film opened and a narrator says, \"It was a cold spring in the valley.\"")
    assert quote_of(article, "It was a cold spring in the valley").speaker is None


def test_a_sponsor_and_its_own_arm_are_one_sponsor(quote_of):
    article = ("Ad war\n\nThe River Keepers, a coastal group, put out an ad on Monday.\n\n"
               "Watch the new ad from River Keepers Action online.\n\n"
               "The ad claims the dam is \"a gift to the builders\".")
    assert quote_of(article, "a gift to the builders").speaker == "River Keepers"
