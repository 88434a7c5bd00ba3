"""An indefinite description ("one Republican strategist", "an official traveling with the vice
president", "according to one Democratic leader") introduces someone the article does not name:
the role match must not hand the words to the named person whose role shares its words (issue
11, round 36, lane unnamed18). A name apposed to the description right there still speaks.
Our own words."""

from __future__ import annotations

import pytest

_STRATEGIST = ("Campaign\n\nDana Whitcombe, a Republican strategist in Ohio, said the race was close. "
               "Voters in the state are split on taxes.\n\nThe governor spoke on Monday about roads and "
               "schools.\n\n\u201cNobody should expect a landslide this year,\u201d one Republican "
               "strategist said.\n")
_VICE = ("Visit\n\nVice President Carla Benning arrived in Warsaw on Tuesday. Her trip aims to show "
         "support for \u201cthe region\u2019s security and its borders,\u201d an official traveling "
         "with the vice president told reporters.\n")
_LEADER = ("Sit-in\n\nHouse Democratic leader Nora Pell backed the protest. If the members pursue such "
           "a plan, leaders said, according to one Democratic leader, \u201cmake sure it works.\u201d\n")


@pytest.mark.parametrize("article, desc", [
    (_STRATEGIST, "one Republican strategist"),
    (_VICE, "an official traveling with the vice president"),
    (_LEADER, "one Democratic leader"),
])
def test_indefinite_role_is_unnamed(speech_of, article, desc):
    q = speech_of(article)[-1]
    assert (q.speaker, q.speaker_description) == (None, desc)


@pytest.mark.parametrize("article, speaker", [
    ("Polls\n\n\u201cIt scares them,\u201d Bert Hallam, a former Senate aide told the paper. Others "
     "disagreed.\n", "Bert Hallam"),
    ("Law\n\nThe fugitive could be safe \u201cfor months if not years,\u201d according to one of the "
     "city\u2019s top legal experts, Simon Okafor.\n", "Simon Okafor"),
])
def test_apposed_name_still_speaks(speech_of, article, speaker):
    assert [q.speaker for q in speech_of(article)] == [speaker]


def test_the_named_persons_own_role_repeated_is_theirs(speech_of):
    # a pull quote repeats the words with the person's role in place of the name (corpus shape)
    art = ("Court\n\n\u201cHe should be confirmed soon,\u201d said Gale Norquay, a prominent Democratic "
           "pollster. \u201cVoters like him.\u201d\n\nThe senator spoke on Monday about roads and schools. "
           "Others disagreed on the timing.\n\n\u201cHe should be confirmed soon,\u201d said a prominent "
           "Democratic pollster of the judge.\n")
    assert [q.speaker for q in speech_of(art)] == ["Gale Norquay"] * 3


_FRIEND = ("Talks\n\nHarlan Voss recommended the adviser to the senator, a mutual friend, real estate investor "
           "Tom Pardew, said last year.\n\nThe two men have not spoken since the election. One Voss friend said "
           "the adviser still offers \u201cgeneral input\u201d now and then.\n\nThe friend said \u201cthey are "
           "still on good terms,\u201d and added that nothing had changed.\n")
_DONOR = ("Gala\n\nThe dinner was hosted by Rena Calloway, a longtime donor to the party, at her home on "
          "Friday.\n\nGuests arrived late. One donor said the speech \u201cwent on far too long.\u201d\n\nThe "
          "donor said \u201cthe room was half empty by ten,\u201d and left early.\n")


@pytest.mark.parametrize("article", [_FRIEND, _DONOR])
def test_the_role_after_an_unnamed_one_is_that_person(speech_of, article):
    assert speech_of(article)[-1].speaker is None


def test_the_role_after_the_named_holder_is_theirs(speech_of):
    # a name given the role after the unnamed one: "the friend" is the named friend again
    art = ("Talks\n\nOne Voss friend said the adviser still offers advice.\n\nTom Pardew, a longtime friend "
           "of the senator, disagreed. \u201cThey have not spoken in months,\u201d the friend said.\n")
    assert [q.speaker for q in speech_of(art)] == ["Tom Pardew"]
