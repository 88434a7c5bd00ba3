"""A news agency's photo caption ("… holds a news conference in Lisbon, May 2, 2019.
REUTERS/Jane Doe") stands beside the story: its photographer, and the people it shows, are no
antecedent of a he/she in the story below it (attribute/photo_captions.py; round 44, lane
wrongname27: "she added" went to the photographer, "he told Reuters" to the credit of a
caption between an official and his words). Articles written for this test."""

from __future__ import annotations

import pytest

CASES = [
    ("the photographer of a caption between the speaker and 'she added'",
     "Budget talks\n\nFinance Minister Clara Ostrova said on Tuesday the budget would pass.\n\n"
     "Finance Minister Clara Ostrova speaks to reporters in Valmora, March 3, 2020. "
     "REUTERS/Kim Arlo\n\n"
     "\u201cWe have the votes, and we will use them,\u201d she added.",
     "Clara Ostrova"),
    ("the man a file photo shows is not the 'he' of the story's official",
     "Oil prices\n\nThe fund's governor, Idris Talvane, accused two neighbours of pushing up "
     "prices.\n\n"
     "FILE PHOTO: President Marko Vell speaks to the press aboard his plane, June 2, 2018. "
     "REUTERS/Tomas Reinholt/File Photo\n\n"
     "\u201cThis would break the fund apart,\u201d he told Reuters.",
     "Idris Talvane"),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_photo_caption_credit(case, article, expected, speech_of):
    qs = speech_of(article, case)
    assert qs and qs[-1].speaker == expected, [(q.text, q.speaker, q.attribution_evidence) for q in qs]
