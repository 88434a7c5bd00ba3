"""A "he" whose antecedent is a subject whose gender is only a census guess of "m" stays with
him rather than going to a man whose "Mr" or title made his gender sure but who was named only
in passing (issue 11, round 80, lane pron91: on draw G a candidate's, an adviser's, an
organiser's and a waiter's "he" went to the party figure, president or guest they mentioned). A
"she" still yields to a sure woman. Our own words."""

from __future__ import annotations

import pytest

KEEPS = [
    ("a candidate after a call from a titled man",
     "Race\n\nTodd Ferris asked supporters for money on Monday.\n\nDespite calls from his party to "
     "drop out, including a personal phone call from Mr. Dale Morrow, Ferris said Wednesday that he "
     "is staying in the race.\n\n\u201cThe voters chose me and I will not quit,\u201d he said on the "
     "radio.", "Todd Ferris"),
]


@pytest.mark.parametrize("article,speaker", [c[1:] for c in KEEPS], ids=[c[0] for c in KEEPS])
def test_he_stays_with_the_full_named_subject(speech_of, article, speaker):
    assert [q.speaker for q in speech_of(article)] == [speaker]


YIELDS = [
    ("she goes to the sure woman",
     "Senate\n\nSenator Alan Oakes equates Ms. Vance with the worst of the party.\n\nIn the interview, "
     "she said, \u201cThat is simply false and he knows it.\u201d", "Vance"),
]


@pytest.mark.parametrize("article,speaker", [c[1:] for c in YIELDS], ids=[c[0] for c in YIELDS])
def test_a_sure_gender_still_takes_the_pronoun(speech_of, article, speaker):
    assert [q.speaker for q in speech_of(article)] == [speaker]
