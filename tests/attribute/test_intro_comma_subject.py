"""A lone surname right after the comma that closes a sentence's introductory phrase is the
subject of the clause, not the state of a "City, State" pair (issue 11, round 29, lane wrong12).
"Meanwhile, Quist is …" and "Before her match with Ferrante, Dovell believes …" counted as
place evidence against the surname (the "Lansing, Mich." rule), so a later he/she skipped its
subject and went to someone else named nearby. The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("an intro phrase naming someone else, then the surname as subject",
     "Open draw\n\nWorld number two Hanne Dovell beat Ines Roy 6-2 6-3. Dovell will now face "
     "fellow veteran Marta Ferrante of Spain.\n\nBefore her match with Ferrante, Dovell believes "
     "her serve needs work. \u201cI started slowly and finished well,\u201d she said.",
     ["Hanne Dovell"]),
    ("'Meanwhile,' then the surname as subject",
     "Panel row\n\nThe lawyer Piet Gorsky defended his client on Sunday, and Alan "
     "Quist called a vote.\n\nMeanwhile, Quist is under pressure over a meeting with a "
     "witness. \u201cMy staff never met the witness directly,\u201d he said.",
     ["Alan Quist"]),
    ("a real City, State pair keeps its place reading",
     "Plant closes\n\nWorkers gathered outside the plant in Lansing, Mich., on Friday. "
     "\u201cWe gave this town forty years,\u201d said Ruth Okafor, a welder.",
     ["Ruth Okafor"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_intro_comma_subject(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
