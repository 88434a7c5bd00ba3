"""A name inside the pronoun's own sentence but not heading its subject is not that sentence's
subject (attribute/own_subject_passing.py, round 44, lane wrongname27). "But standing next to
Mr X he added …" (the name is a preposition's object) and "The X case, he said, …" (the name
modifies a noun) took the he from the subject of the sentence before. Articles written for this
test; the last case keeps a name that opens its sentence as subject."""

from __future__ import annotations

import pytest

CASES = [
    ("a name after a preposition before the pronoun",
     "Harbour talks\n\nVisiting the port on Tuesday, Admiral Karel Voss said the fleet was ready. "
     "But standing beside Mr Hendry he added that it was vital to calm \u201cthe fears of the "
     "fishing towns\u201d.",
     "Karel Voss"),
    ("a name after 'next to' before the pronoun",
     "Harbour talks\n\nSpeaking in the capital on Monday, General Odo Marchetti said the rebels "
     "were retreating. But sitting next to Mr Hendry he added that the war was \u201cfar from "
     "over\u201d.",
     "Odo Marchetti"),
    ("a name modifying a noun before the pronoun",
     "Inquiry row\n\nBut Dan Fenwick, a lawyer for the mayor, argued on the radio that Mr Quinlan "
     "had never been loyal to him, citing Mr Quinlan's own notes. The Quinlan affair, he said, shows the "
     "inquiry has become \u201ca fishing trip\u201d.",
     "Dan Fenwick"),
    ("a name that opens its sentence as subject is still the pronoun's",
     "Harbour talks\n\nAdmiral Karel Voss said the fleet was ready. Bram Hendry told the "
     "council: \u201cWe will not wait for the navy,\u201d he said.",
     "Bram Hendry"),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_own_subject_passing(case, article, expected, speech_of):
    qs = speech_of(article, case)
    assert qs and qs[-1].speaker == expected, [(q.text, q.speaker, q.attribution_evidence) for q in qs]
