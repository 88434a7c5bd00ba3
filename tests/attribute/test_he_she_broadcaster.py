"""A he/she is never an agency or broadcaster known by name (issue 11, round 63, lane outlet65:
on a random unread article a photo credit's "[…/Al Jazeera]" took an official's "he", and two
later "he said" of another official, who had "told Al Jazeera" something, went to the channel
too). Refused as an antecedent, the pronoun takes the person before it. A known
name that is also a surname (Bloomberg) still binds. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a photo credit naming the channel between the speaker and his pronoun",
     "Harbour dispute\n\nHarbour master Neil Grant said the ships were late.\n\nDockers waited at "
     "the gate for hours on Tuesday [Ana Ruiz/Al Jazeera]\n\n\"Nobody told us about the strike,\" he said.",
     "Neil Grant"),
    ("a later he once the channel had wrongly taken one",
     "Harbour dispute\n\nHarbour master Neil Grant said the ships were late.\n\nDockers waited at "
     "the gate for hours on Tuesday [Ana Ruiz/Al Jazeera]\n\n\"Nobody told us about the strike,\" he "
     "said.\n\nPort official Sami Haddad of the transport ministry told Al Jazeera that talks would "
     "resume.\n\n\"We meet the unions again on Monday,\" he said.",
     "Sami Haddad"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_pronoun_skips_a_broadcaster(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]


def test_a_known_name_that_is_a_surname_still_binds(speech_of):
    article = ("Levy plan\n\nBloomberg, the former mayor, spoke to donors in Denver on Friday.\n\n"
               "\"Cities cannot wait for Washington,\" he said.")
    assert [q.speaker for q in speech_of(article)][-1:] == ["Bloomberg"]
