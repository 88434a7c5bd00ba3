"""A speaker named outside the quotations only by a surname takes the full name the writer's
own text writes: the body, the headline, a bracketed given name (issue 11: "other forms of a
name", real-news tuning split). The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    # (a full name written only inside another quotation no longer counts: GUIDELINES.md S4,
    # round 70; tests/attribute/test_quoted_copy_name_form.py)
    ("two given names before the surname leave the surname alone",
     "Family firm\n\n\u201cAda Brook and Leo Brook built it,\u201d the founder said.\n\n"
     "\u201cWe will not sell,\u201d Brook said.",
     ["Brook"]),
    ("a name written only inside the quotation itself is not its speaker's",
     "Rally\n\n\u201cI am Ivo Karst and I will win,\u201d Karst said.",
     ["Karst"]),
    ("a capitalised label in a term or scare quote is no given name",
     "Budget fight\n\nA small \u201cNever Varga\u201d caucus met last week, but Varga was calm.\n\n"
     "\u201cWe have the votes,\u201d Varga said.",
     ["Varga"]),
    ("a label in scare quotes before the name is no given name either",
     "Season opener\n\nFans chanted \u201cBring Back Kell\u201d before the match.\n\n"
     "\u201cI heard them,\u201d Kell said after it.",
     ["Kell"]),
    ("a programme's host named after 'with' in its title gives the full name",
     "TV\n\nThe mayor spoke on the new series \u201cSmall towns, big plans with Nora Quist,\u201d which aired "
     "on Friday.\n\n\u201cTell me about the pier,\u201d Quist said.",
     ["Nora Quist"]),
    # Round 30, lane nameform12: the headline is the only place the article writes the name in
    # full; the body says "Mr. Dorrit" throughout (corpus: a feature on a candidate, another on
    # a secretary of state)
    ("the headline's full name when the body writes only the surname",
     "A Tired Oliver Dorrit Tries Again\n\nThe campaign had a hard week.\n\n"
     "\u201cWe will win the state,\u201d Mr. Dorrit said on Tuesday.",
     ["Oliver Dorrit"]),
    ("a headline's full name of the other gender stays out",
     "Mary Dorrit backs the school plan\n\nMr. Dorrit spoke first, and he was brief.\n\n"
     "\u201cThe plan is sound,\u201d Mr. Dorrit said.",
     ["Dorrit"]),
    # round 30 review: the headline is weaker evidence than a body's full form; one "Mr." on
    # the quotation's own cue is enough to keep "Mary" out (two pronouns were needed)
    ("a headline's full name of the other gender stays out on one honorific",
     "Mary Dorrit Backs the School Plan\n\nThe board met on Monday.\n\n"
     "\u201cThe plan is sound and the board should pass it,\u201d Mr. Dorrit said.",
     ["Dorrit"]),
    ("the headline's full name when the body's one full form is the spouse's",
     "Mary Dorrit Finds Her Voice\n\nMrs. Dorrit toured the county. John Dorrit stayed home.\n\n"
     "Mrs. Dorrit spoke for an hour, and she took questions.\n\n"
     "\u201cWe will fix the roads,\u201d Mrs. Dorrit said.",
     ["Mary Dorrit"]),
    ("the headline's full name of the other gender stays out when the body's is the spouse's",
     "Mary Dorrit Finds Her Voice\n\nMr. Dorrit toured the county. Mary Dorrit stayed home.\n\n"
     "Mr. Dorrit spoke for an hour, and he took questions.\n\n"
     "\u201cWe will fix the roads,\u201d Mr. Dorrit said.",
     ["Dorrit"]),
    # round 30, lane nameform12: a surname of two words was never lengthened (corpus: a Mexican
    # president's two surnames, 9 quotations in 2 articles)
    ("a two-word surname takes the given names the body writes",
     "Border talks\n\nPresident Luis Manuel Pardo Ibarra spoke on Monday.\n\n"
     "\u201cWe will not yield,\u201d Pardo Ibarra said.",
     ["Luis Manuel Pardo Ibarra"]),
    ("a surname with a particle keeps the particle as written",
     "Harbour vote\n\nThe senator, Chris van Doorn, voted no.\n\n"
     "\u201cThe harbour is not for sale,\u201d Van Doorn said.",
     ["Chris van Doorn"]),
    # round 30 review: a body's two-word name is no surname ("Clinton" is a listed given name)
    ("a body's two-word name takes no given name before it",
     "Talks\n\nAides recalled the Clinton White House and its habits.\n\n"
     "\u201cWe will not comment on the talks at this time,\u201d the White House said.",
     ["White House"]),
    ("a headline's capitalised word that is no given name stays out",
     "Late Count Hands Dorrit a Loss\n\nThe count ended late.\n\n"
     "\u201cWe will be back,\u201d Dorrit said.",
     ["Dorrit"]),
    # round 33, lane form14: a nickname in quotation marks between the given name and the
    # surname hid the full name (random corpus: a service director, a college friend, a band's
    # guitarist, 11 quotations in 3 of 974 articles); the nickname is left out, as a middle name
    ("a nickname between the names still gives the full name",
     "Overtime\n\nBut according to agency director Howard \u201cButch\u201d Kessel, the gap is old.\n\n"
     "\u201cThis is not new,\u201d Kessel said.",
     ["Howard Kessel"]),
    ("a nickname in single marks between the names too",
     "Comeback\n\nGuitarist Lyle 'Spud' Marrow has left the band.\n\n"
     "\u201cI am at peace,\u201d Marrow told a radio station.",
     ["Lyle Marrow"]),
    # round 33, lane form14: a given name the writer put in brackets inside a quoted passage
    # ("sessions with coach [X] Y"; a random corpus article, 4 quotations left with "Y")
    ("a given name in brackets before the surname gives the full name",
     "Gym\n\nThe report said: \"He trained with coach [Arthur] Penhale most days.\" "
     "\u201cHe was calm,\u201d Penhale said.",
     ["Arthur Penhale"]),
    ("a bracketed word that is no given name stays out",
     "Gym\n\nThe report said: \"He trained at [Northgate] Penhale most days.\" "
     "\u201cHe was calm,\u201d Penhale said.",
     ["Penhale"]),
    ("a word in marks between a capitalised word that is no given name and the surname stays out",
     "Ratings\n\nThe Fox \u201cBombshell\u201d Kessel segment aired twice.\n\n"
     "\u201cWe stand by it,\u201d Kessel said.",
     ["Kessel"]),
]


@pytest.mark.parametrize("article,speakers", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_full_name_from_a_quotation(speech_of, article, speakers):
    got = [q.speaker for q in speech_of(article)]
    assert got[-len(speakers):] == speakers


# The last guard (fullname.drop_names_only_inside): a speaker whose name is written only inside
# its own quotation came from the quotation's words; null, and the near misses keep theirs.
OWN_WORDS = [
    ("a one-word reply read as its own speaker",
     "Budget row\n\nThe report said the plan would cost more.\n\n"
     "\u201cRubbish,\u201d a council member, Teo Varga, said after reading it.", None),
    ("a sentence opening on a noun read as its own speaker",
     "Court row\n\nThe senator wrote to the judge on Monday.\n\n"
     "In the letter he wrote, \u201cJudges have always held that the papers stay sealed.\u201d", None),
    ("a name written outside the quotation as well stays",
     "Rally\n\nIvo Karst spoke last.\n\n\u201cIvo Karst will win,\u201d Karst said.", "Ivo Karst"),
]


@pytest.mark.parametrize("article,speaker", [c[1:] for c in OWN_WORDS], ids=[c[0] for c in OWN_WORDS])
def test_a_name_only_inside_its_own_quotation_is_never_the_speaker(speech_of, article, speaker):
    got = speech_of(article)[-1]
    assert got.speaker == speaker, (got.speaker, got.attribution_evidence)
    if speaker is None:
        assert got.speakers == []
