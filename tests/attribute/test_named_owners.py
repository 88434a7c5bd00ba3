"""Speakers the article names without a reporting verb, or under a description it resolves
(issue 11, round 11, nulls): cases written for this test, shaped like constructs the real-news
tuning split and its extension left null. An unnamed speaker stays null."""

from __future__ import annotations

import pytest


# (case, article, expected speakers, which speech quotations: "all", "first" or "last")
CASES = [
    ("someone's bill quoted without a reporting verb is theirs",
     "Snack rules\n\nCongressman Dale Orrick has filed a measure on school vending machines. "
     "He wants to stop the grants.\n\n"
     "His bill seeks to end funding for any \u201cpublic campaign against a lawful snack food.\u201d",
     ["Dale Orrick"], "all"),
    ("a named owner's plan quoted without a reporting verb is the owner's",
     "Ports\n\nMinister Ilse Varga spoke in Rotterdam on Monday.\n\n"
     "Varga's plan would give harbours a \u201cclear and binding duty of care\u201d to crews.",
     ["Ilse Varga"], "all"),
    ("a kind of body is the one its sentence opened on",
     "Post hidden\n\nPinpost removed a photo from Mayor Lund early Sunday that the photo-sharing "
     "site said went against its rules on \u201cgraphic harm,\u201d then restored it.",
     ["Pinpost"], "all"),
    ("an indefinite description named by a new full name opening the next sentence",
     "Candidate quits\n\nA Liberal council hopeful has stood down after being quoted as calling for "
     "\u201ca bonfire of the planning rules\u201d.\n\n"
     "Petra Holloway, who also runs a bakery in the town, had been due to stand in May.",
     ["Petra Holloway"], "first"),
    ("an unnamed spokesman is not the next person named",
     "Ferry fares\n\nA spokesman for the operator said fares would rise by \u201cno more than inflation\u201d.\n\n"
     "Tomas Elling, who chairs the passengers' group, said that was too much.",
     [None], "first"),
    ("the named clause the colon ends, not the narrating main clause",
     "Primaries\n\nNewcomers took the spotlight across the region, to Dorset, where surgeon Lena "
     "Marsh Okafor set out her record for the seat: \u201cI have run a ward for ten years.\u201d",
     ["Lena Marsh Okafor"], "all"),
    ("the quotation's own subject is never its speaker",
     "Press laws\n\nAnd Halvorsen compares planned new rules to a new censorship that will hunt down "
     "and silence critics of the budget: \u201cThe ministry, through tougher and stricter licensing, "
     "would be able to shut small papers down.\u201d",
     ["Halvorsen"], "all"),
    ("a body's account named once in full, then by its head",
     "Posts hidden\n\nThe mayor woke to find his post hidden. The same text was posted by the official "
     "Harbour Council account early Friday, which was then hidden too.\n\nAfter the council post was "
     "hidden, the official account replied: \u201cThis post broke no rules at all and should be restored.\u201d",
     ["Harbour Council"], "all"),
    ("a person's role after a unit's name is not the unit",
     "Patrol\n\nThe Harbour Rescue leader met the crews at dawn.\n\n"
     "\u201cThe boats were late again,\u201d the leader said.",
     [None], "all"),
    ("a role with a name in apposition is the named person",
     "Radio shows\n\nThree presenters will share the late slot from March. The station's head of music, "
     "Marta Ellery, said: \u201cWe wanted voices that know the scene inside out.\u201d",
     ["Marta Ellery"], "all"),
    ("an owner's role with a name in apposition, after the quotation",
     "Festival row\n\nThe show was banned on Tuesday. \u201cI am shocked by this decision,\u201d the "
     "festival's organiser in Leeds, Ruth Abena Owusu, told reporters.",
     ["Ruth Abena Owusu"], "all"),
    ("an organisation's 'it' before an object uses the words",
     "Awards\n\nThe Northern Film Society named its films of the year on Monday.\n\n"
     "It credited the old studio's \u201cquiet courage\u201d and its knack for making films like Red "
     "Harbour and Iron Gate \u201cthat will be watched and argued over for a century\u201d.",
     ["Northern Film Society"], "last"),
    ("an expletive 'it' names nobody",
     "Awards\n\nThe Northern Film Society named its films of the year on Monday.\n\n"
     "It seems the jury wanted films \u201cwho will be remembered for decades to come\u201d.",
     [None], "last"),
    # no reporting verb ("defended … as “…”"); the next sentence repeats "official" before the name
    ("a description renamed with its head in the next sentence",
     "Court ruling\n\nA city official had defended the closures as \u201cthe only safe choice.\u201d "
     "The official, Marta Quintero Sol, also said the parks would reopen in June.",
     ["Marta Quintero Sol"], "all"),
    ("\"per\" a document is according to it",
     "Network review\n\nThe review was written by its author, Corin Vale, who ran the unit.\n\n"
     "The unit was set up to \u201cguard every server the council owns,\u201d per the review.",
     ["Corin Vale"], "all"),
    # "Broadway" is a noun modifier; the sentence is about the star it introduces, so "the
    # Prague-born actor" in the next sentence is him
    ("a modifier before a role hands the subject to the name",
     "Star backs school\n\nBroadway stage star Ivo Petrak has opened a drama school in his home "
     "town.\n\nThe Prague-born actor said that the old building had been in a \u201cvery sorry "
     "state\u201d for years.",
     ["Ivo Petrak"], "all"),
    ("an entertainment role is the subject before",
     "Host in hospital\n\nVeteran radio host Marla Quint is in hospital after a fall.\n\n"
     "Marla Quint has presented the breakfast show for 30 years. The presenter said that she "
     "is \u201cfeeling stronger every day\u201d and hopes to return soon.",
     ["Marla Quint"], "all"),
    ("a named body's jury speaks for the body",
     "Films of the year\n\nThe National Screen Academy (NSA) named ten films on Monday.\n\n"
     "\u201cThis was a year of brave and angry work,\u201d the NSA jury said. \u201cWe saw "
     "fewer sequels,\u201d the nine-strong NSA jury added.",
     ["National Screen Academy"] * 2, "all"),
]

_PICK = {"all": slice(None), "first": slice(0, 1), "last": slice(-1, None)}


@pytest.mark.parametrize("case,article,expected,pick", CASES, ids=[c[0] for c in CASES])
def test_named_speaker(case, article, expected, pick, speech_of):
    assert [q.speaker for q in speech_of(article, case)][_PICK[pick]] == expected


def test_it_after_a_country_subject_is_the_country(speech_of):
    # "it" no organisation fits binds to the country the sentence before was about, not by
    # falling back to whatever subject or speaker came last
    article = ("Embassy row\n\n\u201cWe want the truth,\u201d said Mina Park, the envoy's sister.\n\n"
               "Prosecutor Kim Dae-won met Mr Tanaka twice and visited the embassy in Tokyo. He flew back "
               "to South Korea on Wednesday without a statement.\n\n"
               "South Korea has changed its account of what happened to the envoy.\n\n"
               "When he first went missing, it said the envoy had left the building unharmed. It later "
               "admitted he had been detained, saying the arrest was planned and the work of a "
               "\u201crogue unit\u201d.")
    q = speech_of(article, "country-it")[-1]
    assert q.speaker == "South Korea"
    assert not any(e.startswith("continues") for e in q.attribution_evidence)


def test_an_unnamed_voice_carries_its_cue(speech_of):
    # the second quotation goes on in the spokesman's voice: no name, but the same cue
    article = ("Ferry fares\n\nFares will rise in May. \u201cWe held them for three years,\u201d a "
               "spokesman for the operator said. \u201cFuel has doubled since then.\u201d")
    qs = speech_of(article, "unnamed-cue")
    assert [(q.speaker, q.cue) for q in qs] == [(None, "said"), (None, "said")]
