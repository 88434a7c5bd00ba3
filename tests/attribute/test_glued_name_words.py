"""Words written next to a person's name and kept as part of the shown name (round 51, lane
forms51). Three shapes, each seen on random AllSides text and the corpus:

- a headline's (or sentence's) first word, a common word the article writes in lower case,
  before a surname the body writes with a given name ("Vintage X clip …" gave the speaker
  "Vintage X" for eight of Joe X's quotations; "Prodigy Y blows away …");
- a place after the name, joined by "of" ("Minority Whip Dick X of Illinois" gave
  "X of Illinois", fresh17's "Nancy Y of California");
- a place that is an office's object before a given name and a surname ("Ambassador to
  Pakistan Richard X": the speaker was "Pakistan Richard X").

Cases in our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a headline's common first word before a surname",
     "Seasoned Marlow clip fuels party pushback\n\nCritics are seizing on a seasoned clip of "
     "then-Sen. Dana Marlow from the 1991 hearings.\n\n\"We will build the bridge,\" Marlow said.\n\n"
     "Marlow told the crowd that \"every town deserves a road.\"",
     ["Dana Marlow", "Dana Marlow"]),
    ("a sentence's capitalised adjective before a surname",
     "Final\n\nThe fearless Ruth Okafor beat the champion in three sets on Sunday.\n\nFearless Okafor "
     "later said she was \"not scared of anyone.\"\n\n\"I played my own game,\" Okafor said.",
     ["Ruth Okafor", "Ruth Okafor"]),
    ("an ambassador to a country, then the surname",
     "Talks\n\nThe plan also drew praise from U.S. Ambassador to Norway Peter Halvorsen.\n\n\"This is "
     "a good day for both countries,\" Halvorsen said.",
     ["Peter Halvorsen"]),
    ("a whip 'of' a state, then the surname",
     "Budget\n\nSeveral Democrats, including Senate Minority Whip Dana Corwin of Oregon and Sen. Ray "
     "Booth of Ohio, criticised the plan.\n\nCorwin said on Sunday that the cuts were \"a rumor at "
     "this point.\"\n\n\"We will fight it,\" Corwin added.",
     ["Dana Corwin", "Dana Corwin"]),
    ("a leader 'of' a state between commas, then the surname",
     "Budget\n\nDemocrats, including House Minority Leader Mara Quill of Nevada, criticised the hire."
     "\n\nQuill said the hire undermines \"the trust of voters.\"",
     ["Mara Quill"]),
    ("an ambassador to a country, the name said once",
     "Storm\n\nThe former ambassador to Canada Susan Whitcombe said the storm was \"the worst in "
     "memory.\"",
     ["Susan Whitcombe"]),
]

KEPT = [
    ("a peer's territorial 'of' stays with the title",
     "Lords\n\nLord Ashby of Kent said the bill was \"badly drafted.\"\n\n\"It must go back,\" Lord "
     "Ashby said.",
     ["Lord Ashby", "Lord Ashby"]),
    ("a relative with the same surname stays apart",
     "Hearing\n\nSenator Joan Pellow opened the hearing.\n\nHunter Pellow, her son, said the "
     "plan was \"a mistake.\"",
     ["Hunter Pellow"]),
    ("a country's name that is also a given name opens the person's name",
     "Show\n\nThe award went to Chad Michael Dorsey.\n\n\"I am thrilled,\" Dorsey said.",
     ["Chad Michael Dorsey"]),
    # round 51 review: given names that are English words are in no given-name list ("Hope",
    # "Rob", "Will"), so a person written only at sentence starts beside a relative of the
    # same surname read as the relative, the opener taken for a common word
    ("a given name that is a common word, with a relative's apposition",
     "Clinic hours cut\n\nDr. Martin Pryce has run the clinic since 1998, and patients hope it "
     "stays open.\n\nHope Pryce, his daughter, said the board had \"no plan at all.\"\n\n\"We asked "
     "for a meeting twice,\" Martin Pryce said.",
     ["Hope Pryce", "Martin Pryce"]),
    ("a given name that is a common word, the full name written twice",
     "Rob Denning sells the family farm\n\nAfter his father Alan Denning died, the bank tried to rob "
     "the family of its land.\n\nRob Denning said the sale was \"the hardest thing I have done.\"",
     ["Rob Denning"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_a_glued_word_is_no_part_of_the_name(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


@pytest.mark.parametrize("case,article,expected", KEPT, ids=[c[0] for c in KEPT])
def test_names_that_open_so_are_kept(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


def test_a_preposition_before_a_surname_gives_that_person_no_words(speech_of):
    # "Of X, she said": the actress's words about the star she played; the opener "Of" is no
    # common adjective, and the surname's owner did not say them
    said = speech_of("Awards\n\nNina Crale, who played the late singer Rosa Delmont, said the prize "
                     "was \"a shock.\" The rest of the cast cheered. Of Delmont, she said: \"Her voice is with "
                     "me every day.\"")
    assert said[-1].speaker != "Rosa Delmont"
