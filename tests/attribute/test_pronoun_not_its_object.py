"""A he/she that opens the quotation's clause never refers to a person the same clause names
after it ("he called Ms X a “…”", "She told X that she was not a “…”", "in which he said that X
was a “…”"): binding, not salience. Before round 64 (lane null66) the pronoun took that person
as the most salient antecedent and the guard against it then left the words with no speaker;
now the pronoun looks further back, past that person. Guards: when nobody else fits (gender, no
one before) the words stay without a speaker; a pronoun already bound past that person keeps
its speaker. Cases written for this test."""

from __future__ import annotations

import pytest


def _speakers(speech_of, article: str) -> dict[str, str | None]:
    """Each speech quotation's words (without the spaces and , . at their ends) -> its speaker."""
    return {q.text.strip(" ,."): q.speaker for q in speech_of(article)}


REBOUND = [
    ("the object of the pronoun's verb",
     "Harbour vote\n\nMayor Carla Venn has clashed with council leader Ruth Ambler for months. "
     "Ms. Ambler has complained about the mayor to the press.\n\nAt a dinner last week she called "
     "Ms. Ambler \u201ca timid manager\u201d and left early.",
     "a timid manager", "Carla Venn"),
    ("the addressee of 'told', named again in the that-clause",
     "Panel\n\nThe host, Dara Quill, pressed Senator Lena Morrow on her record. She told Quill that "
     "she did not see herself as a \u201chardliner\u201d at all.",
     "hardliner", "Lena Morrow"),
]

GUARDS = [
    ("a name in the clause the pronoun reports, the last speaker still the one",
     "Rally\n\nBen Kemp drew a small crowd in Ames.\n\n\u201cThe crowds were bigger than ever,"
     "\u201d said Tomas Brill.\n\nHe said that Kemp's rally was small: \u201cThat may finish his run.\u201d",
     "That may finish his run", "Tomas Brill"),
    ("nobody else of that gender came before",
     "Panel\n\nThe host, Dara Quill, asked about the plan. She told Quill that the plan was "
     "\u201cnot ready\u201d yet.",
     "not ready", None),
]


@pytest.mark.parametrize("why,article,words,speaker", REBOUND, ids=[c[0] for c in REBOUND])
def test_the_pronoun_skips_the_person_its_clause_names(speech_of, why: str, article: str, words: str, speaker: str) -> None:
    assert _speakers(speech_of, article)[words] == speaker, why


@pytest.mark.parametrize("why,article,words,speaker", GUARDS, ids=[c[0] for c in GUARDS])
def test_guards_keep_their_speaker_or_none(speech_of, why: str, article: str, words: str, speaker: str | None) -> None:
    assert _speakers(speech_of, article).get(words) == speaker, why


def test_another_quotation_between_keeps_the_pronoun_from_other_names(speech_of) -> None:
    # the pronoun's clause may close at the first quotation: its later words are not read
    # again past the names in between (they went to the judge named in the first clause)
    article = ("Court\n\nJudge Olin Marsh wrote the dissent. Judge Pavel Sorn wrote for the majority.\n\n"
               "Marsh said that he wrote his draft early. He noted that Sorn did \u201cnot budge\u201d but "
               "Marsh believed the draft moved Judge Tev Arun toward \u201csome real changes.\u201d")
    assert _speakers(speech_of, article).get("some real changes") not in {"Pavel Sorn", "Tev Arun"}

