"""A verb of saying the parser hung on a clause whose subject cannot speak (speechless_clause.py):
the named subject governing that clause speaks ("NAME sounded hopeful a deal would be struck but
said “…”"), and a name beside a relative pronoun says the relative clause's words ("the seats,
which NAME said now have “…”"). Invented sentences of the shapes draw C left null (round 78)."""

from __future__ import annotations

import pytest

from paired_quotes import attribute

pytest.importorskip("spacy")

CASES = [
    ("conjunct_of_complement",
     "Headline\n\nSenator Mara Quell, D-Ohio, also sounded hopeful a deal would be struck but said on "
     "Sunday, “We have a long way to go.”", "Mara Quell"),
    ("relative_clause_with_a_name",
     "Headline\n\nThe party had first listed 60 target seats, which Dorian Falk said now have "
     "“strong candidates” in most of them.", "Dorian Falk"),
    # kept: a document under a name speaks for its author, not the name governing the clause
    ("document_subject_keeps_its_words",
     "Headline\n\nOwen Marsh was told the audit found errors in the ledgers and called them "
     "“poorly kept.”", None),
]


@pytest.mark.parametrize("text, speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speechless_clause(text, speaker):
    assert attribute(text)[0].speaker == speaker


def test_quoted_name_beside_relative_is_no_speaker():
    # a pseudonym in marks is the quotation's own words, not someone saying the clause
    text = ("Headline\n\nEditors should have asked the reporter to call the two friends whom "
            "“Jay” said she met that night.")
    assert attribute(text)[0].speaker is None


# A root verb of saying the parser left with no subject (opening_subject.py): the name opening
# the sentence, set off by a comma or a bracket, says the words
OPENING = [
    ("a bracket and a participle between the name and its verb",
     "Headline\n\nSusan Dorr (R-ME), asked about the bill on “Meet the Voters,” says that while she admires "
     "the aim, “Her bill is not the answer.”",
     "Susan Dorr"),
    ("a sentence opening on a subordinate clause names nobody by its position",
     "Headline\n\nWhen Carla Ming tried to get a word in, declared: “Why does she keep interrupting?”",
     None),
]


@pytest.mark.parametrize("text, speaker", [c[1:] for c in OPENING], ids=[c[0] for c in OPENING])
def test_opening_name_of_subjectless_verb(text, speaker):
    assert attribute(text)[-1].speaker == speaker  # (the last quotation: a show's name may come first)


def test_named_credit_after_the_words_is_not_the_opening_name():
    # "NAME is “…” the agency, his spokesperson NAME2 said": a name right before the verb speaks
    text = ("Headline\n\nRep. Tom Vail, the chairman of the panel, is “working with other committees to "
            "help” the agency, his spokesperson Ana Ruiz said.")
    assert attribute(text)[0].speaker == "Ana Ruiz"
