"""Other forms of the right name (issue 11, round 13 of docs/attribution-errors.md, lane
forms): a role or a verb opening a run of capitalised words was kept in the speaker's name
("Activist Ron X"); letters after a name ("X MP") made the run no mention at all, so the
speaker was the name with its honours; a surname of two words written after Mr or Ms ("Mr Van
X") stayed apart from the full name the article gave ("Chris Van X"), even when that full name
opens a sentence; an office's object before a name cut the name's middle initial. The articles
are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("an -ist noun opening the sentence is a role, not a given name",
     "Clinic closes\n\nActivist Norma Delacroix-Pym said the closure was \u201ca blow to every family "
     "here\u201d.",
     "Norma Delacroix-Pym"),
    ("a hyphenated sports role with a lower-case part is a role",
     "Late defeat\n\nFly-half Oren Blakewood admitted his kicking had been \u201cnowhere near good "
     "enough\u201d.",
     "Oren Blakewood"),
    ("a hyphenated award before the name is a role",
     "Late win\n\nMan-of-the-match Tobias Venn said it was \u201ca proper team effort\u201d.",
     "Tobias Venn"),
    ("a reporting verb opening the sentence is no part of the name",
     "Budget fight\n\nThe plan was attacked from both sides. Added Quentin Marlowe, president of a "
     "taxpayers' group: \u201cThis budget balances nothing.\u201d",
     "Quentin Marlowe"),
    ("a role noun the article writes in lower case elsewhere is a role",
     "Blast at museum\n\nWitness Delphine Arkwright said she heard \u201ca noise like thunder\u201d. "
     "Another witness saw smoke.",
     "Delphine Arkwright"),
    ("letters after a name are no part of it",
     "Budget row\n\nNigel Fothergill MP, who chairs the committee, said the plan was \u201ca mess "
     "from start to finish\u201d.",
     "Nigel Fothergill"),
    ("the honours-free name is the one a later surname joins",
     "Budget row\n\nNigel Fothergill MP chairs the committee. \u201cWe will not back it,\u201d said "
     "Mr Fothergill.",
     "Nigel Fothergill"),
    ("a role opening a run of four name words leaves the long-run trim to the last two",
     "Cup draw\n\nTop-seeded Americans Ilya Brandvold and Sam Orte were drawn together. "
     "\u201cIt will be a tough match,\u201d Brandvold said.",
     "Ilya Brandvold"),
    ("a role noun before a known given name is a role, even unwritten in lower case",
     "Cup run\n\nPodcaster Laura Ostrowe also joked about the final. \u201cI will not watch it,\u201d "
     "she wrote.",
     "Laura Ostrowe"),
    ("a hyphenated 'then-' before a title is a role",
     "Cup run\n\nThen-Governor Laura Ostrowe said the stadium was \u201ca gift to the city\u201d.",
     "Laura Ostrowe"),
    ("a three-word name whose first word is an unlisted given name stays whole",
     "Cup run\n\nOle Brannstrom Lund said it was \u201cthe best night of my life\u201d.",
     "Ole Brannstrom Lund"),

    ("a two-word surname after Mr joins the full name given mid-sentence",
     "Port deal\n\nThe plan was backed by harbour minister Tomas Van Oordt on Monday.\n\n"
     "\u201cThe port will pay for itself,\u201d Mr Van Oordt said.",
     "Tomas Van Oordt"),
    ("a full name opening a sentence is not a surname with an adjective before it",
     "Gallery figures\n\nVisitor numbers rose by a fifth. Edmund Lisle Harcourt, the gallery's "
     "director, welcomed the news. Mr Lisle Harcourt said the figures were \u201cbetter than we "
     "dared hope\u201d.",
     "Edmund Lisle Harcourt"),
    ("a title's object before a name keeps the name's middle initial",
     "Hearing\n\nAt the hearing, Director of Coastal Intelligence Ambrose K. Tillery was asked "
     "about the records. Mr. Tillery replied, \u201cNot to my knowledge.\u201d",
     "Ambrose K. Tillery"),
    ("a preposition opening the sentence is no part of the name after it",
     "Port deal\n\nUnlike Harwell-Biggs, Pastor Eamon Quist said the deal was "
     "\u201ca new start for the harbour\u201d.",
     "Eamon Quist"),
    # "Like X, he …": the comparison's preposition joined the name, and the pronoun went to
    # the non-name "Like X" (the fresh tuning split, lane nonperson)
    ("a comparing Like opening the sentence is no part of the name after it",
     "Harbour vote\n\nCouncillor Wilfred Amberley-Stoke spoke last. Like Orlando Vasquez-Trent, he "
     "opposed the scheme. \u201cIt is a waste of money,\u201d he said.",
     "Wilfred Amberley-Stoke"),
    ("a comparing Like before a name leaves the plain name as the speaker",
     "Port deal\n\nLike Harwell-Biggs, Pastor Eamon Quist said the deal was "
     "\u201ca new start for the harbour\u201d.",
     "Eamon Quist"),
]


@pytest.mark.parametrize("article,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_name_openers(speech_of, article, speaker):
    got = speech_of(article)[-1]
    assert got.speaker == speaker, (got.speaker, got.attribution_evidence)


def test_subheading_verb_makes_no_person(speech_of):
    """"If You Can't Fix Housing Problems, …": a verb the article writes in lower case is no
    role, and the words after it are no person who could take a quotation."""
    article = ("Housing\n\nThe council said it would fix the roof by spring.\n\n"
               "If You Can't Fix Housing Problems, Blame the Tenants\n\n"
               "\u201cWe call the tenants names and say the problem is them,\u201d says councillor "
               "Ada Pellworth.")
    assert speech_of(article)[-1].speaker == "Ada Pellworth"


def test_place_before_a_name_is_not_its_fullest_form(speech_of):
    """"Ambassador to Ruritania Hugo X": a two-word name not written after Mr is given name
    and surname; a longer run ending in it is no fuller form of it."""
    article = ("Envoy testifies\n\nMuch of what was said by the ambassador to Ruritania Hugo Brandt "
               "was new. Hugo Brandt said the aid was \u201cheld back on purpose\u201d.")
    assert speech_of(article)[-1].speaker == "Hugo Brandt"


def test_ship_is_no_he(speech_of):
    """A ship's name ("HMS X") is a vessel: a he after it is never the ship (the fresh tuning
    split, lane nonperson: "seized to work on another ship, HMS X, … “…,” he would recall").
    The man is named three sentences back, out of the pronoun's reach: null, not the ship."""
    article = ("Old sailor\n\nTobias Wren went to sea young. Once ashore, he was seized to work on "
               "another ship, HMS Calderby, and life grew hard. He ran away and was caught. "
               "\u201cI was cold every night of the voyage,\u201d he would recall.")
    got = speech_of(article)[-1]
    assert got.speaker != "HMS Calderby", (got.speaker, got.attribution_evidence)
