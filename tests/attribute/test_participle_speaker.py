""""According to X" credits where the verb of saying in the words' own clause is a participle
with no subject of its own ("by saying", ", saying", "complaining that"): its speaker is the
subject of the clause it hangs from, not the outlet that relays the report
(attribute/participle_speaker.py; issue #11 round 80, lane accord91). Unseen AllSides text gave
an outlet the words of a minister who annoyed his boss "by saying", of a mayor who issued a
statement "saying", of a committee that filed a document "saying", and of a general who sent an
email "complaining that". GUIDELINES S17. Cases written for this test."""

from __future__ import annotations

import pytest

CASES = [
    ("the outlet first, the participle after a named subject's clause",
     "Ferries\n\nThe harbour board met on Monday.\n\nAccording to the Harbour Gazette, Ana Voss "
     "often annoyed the board in meetings by saying, \"It is your problem,\" whenever it "
     "overruled her.\n\nThe council meets next week.\n",
     ["Ana Voss"]),
    ("the participle after a named body's clause, the outlet after the words",
     "Ferries\n\nThe harbour board met on Monday.\n\nThe Harbour Trust filed a motion on Friday, "
     "saying the fund \"was nearly empty\", according to the Harbour Gazette.\n\nThe council "
     "meets next week.\n",
     ["Harbour Trust"]),
    ("a participle of complaint with a that-clause",
     "Ferries\n\nTom Reed, a ferry captain, spoke on Monday.\n\nAccording to the Harbour Gazette, "
     "Reed also sent one email in March 2015 complaining that \"the board keeps dragging me into\" "
     "the row over fares.\n\nThe council meets next week.\n",
     ["Tom Reed"]),
    ("guard: a participle after a document the subject received",
     "Ferries\n\nA harbour board spokesman spoke on Monday.\n\nAccording to the Harbour Board, on "
     "May 2, the Ferry Agency received a letter dated from June, obtained by Sen. Tom Reed, alleging "
     "that the captain \"ignored every warning about the pier.\"\n\nThe council meets next week.\n",
     ["Harbour Board"]),
    ("guard: a modal clause is the named source's own conjecture",
     "Ferries\n\nAna Voss, a shipping analyst, spoke on Monday.\n\nAccording to Voss, the Harbour "
     "Board would have needed far more money to build such a pier, saying it would have been "
     "\"a waste of funds.\"\n\nThe council meets next week.\n",
     ["Ana Voss"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_participle_speaker(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
