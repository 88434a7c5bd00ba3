"""Forms of a name that are not the speaker's as written (issue 11, round 11 of
docs/attribution-errors.md, the tuning extension): a stage or screen role before a name, an
employer's possessive before a person, a one-word brand beside its own channels, a venue that
is no person, a station's number. The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a stage role opening the sentence is a title, not part of the name",
     "Musical delayed\n\nThe show will open in Oslo first. Producer Ines Varro said it would be "
     "\u201cthe best night of the year\u201d.",
     "Ines Varro"),
    ("the role again as a description goes to the titled producer",
     "Musical delayed\n\nThe show will open in Oslo first. Producer Ines Varro said it would be "
     "\u201cthe best night of the year\u201d.\n\n\u201cWe could not find a hall in time,\u201d added "
     "the Norwegian producer.",
     "Ines Varro"),
    ("an employer's possessive before a person: the person speaks",
     "Rights won\n\nThe final will be shown on Harbour News and Harbour Movies.\n\n"
     "\u201cWe are delighted to have the rights,\u201d said Harbour Networks' Lotte Brenner Kaye.",
     "Lotte Brenner Kaye"),
    ("a one-word brand beside several of its channels is the parent, not one channel",
     "Rights won\n\nHarbour has won the rights to the final. The games will run on Harbour News, "
     "Harbour Movies and Harbour Radio, with Harbour News showing highlights.\n\n"
     "Harbour said it was \u201cproud to bring the final home\u201d.",
     "Harbour"),
    ("a theatre named in the lede is no person in focus: the actor is",
     "Actor backs theatre\n\nFilm star Oskar Lind has raised money for the Kestrel Theatre in Bergen.\n\n"
     "The Bergen-born actor said that the building was in a \u201csorry state\u201d.",
     "Oskar Lind"),
    ("a station's number is part of its name, and the owner's acronym may be left off",
     "Late show\n\nThe evening show on VTR Radio 2 will be split between three hosts.\n\n"
     "Radio 2 said the hosts would bring \u201cnew sounds to the night\u201d.",
     "VTR Radio 2"),
    ("an organisation named in full keeps its leading words (no cut to a shorter cluster)",
     "Runway works\n\nExtra guards now patrol Port Velden Regional Airports this winter.\n\n"
     "\u201cNo flight is at risk,\u201d insisted Port Velden Regional Airports, the operator of the "
     "city's fields, in a statement.",
     "Port Velden Regional Airports"),
    ("a sports role opening the headline and the name is no part of the name",
     "Sprinter Okafor ends career\n\nFormer relay champion Tunde Okafor is to retire after injury.\n\n"
     "\u201cMy legs have had enough,\u201d said Okafor.",
     "Tunde Okafor"),
    ("a match official's role before his name is a title",
     "Goal stands\n\nReferee Alan Pettifer said he was right to let the quick kick stand.\n\n"
     "\u201cThe whistle was not needed,\u201d said Pettifer.",
     "Alan Pettifer"),
]


@pytest.mark.parametrize("article,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_name_forms(speech_of, article, speaker):
    got = speech_of(article)[-1]
    assert got.speaker == speaker, (got.speaker, got.attribution_evidence)


# cluster_names.name_keys (round 19, lane speed): what match_single and _acronym_of read of a name
# (its lower-cased name tokens), computed once per name string.
def test_name_keys_of_a_full_name_and_a_body():
    from onrecord.attribute.cluster_names import name_keys

    assert name_keys("Tamsin") is None
    assert name_keys("Karim al-Tahiri")[:3] == ("al-tahiri", "tahiri", "karim")
    _, _, first, words, acronyms = name_keys("Office of the Harbour Pilots’ Guild")
    assert first == "office" and "pilots" in words and "pilots’" not in words
    assert acronyms == {"ohpg", "oohpg", "oothpg"}


# role_words (round 19, lane speed): the helpers split from referents.py answer as before.
def test_role_words_helpers():
    from types import SimpleNamespace

    from onrecord.attribute.layout import tokenize
    from onrecord.attribute.role_words import last_commas, role_core

    person, body = SimpleNamespace(kind="person"), SimpleNamespace(kind="org")
    assert role_core("speaker of the harbour council", "the council", person) == "speaker"
    assert role_core("speaker of the harbour council", "speaker of the council", person) == "speaker of the harbour council"
    assert role_core("supplier to the port", "the port", body) == "supplier to the port"
    toks = tokenize("Rain fell, the ferry waited, and the pilot, Ada Venn, said so.")
    assert [toks[i].text for i in last_commas(toks)] == [",", ","] and last_commas(toks)[-1] == len(toks) - 4
    assert last_commas(tokenize("No comma here.")) == []


# Entities._full_name_words (round 19, lane speed): the words a one-word mention can match;
# match_single answers the same with or without it.
def test_full_name_words_skip_answers_as_the_scan():
    from onrecord.attribute.entities import Entities
    from onrecord.attribute.layout import build_layout
    from onrecord.attribute.appositions import collect_roles
    from onrecord.attribute.mentions import find_mentions

    text = ("Harbour vote\n\nMara Quillfeather of the Calder Pilots’ Guild met Tobias Venn on Monday. "
            "Quillfeather said the Guild and Venn agreed. London waited. The CPG agreed too.")
    lay = build_layout(text, [])
    mentions = find_mentions(lay)
    collect_roles(lay, mentions)
    ents = Entities(lay, mentions)
    known = ents._full_name_words()
    assert {"quillfeather", "mara", "venn", "guild", "pilots"} <= known and "london" not in known
    for word in ("Quillfeather", "Venn", "Guild", "London", "CPG", "Monday"):
        assert ents.match_single(word, known) is ents.match_single(word)
