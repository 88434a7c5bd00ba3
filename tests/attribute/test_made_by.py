"""Words credited to the author of a statement, remark or recording named after it ("a letter
from X saying “…”", "remarks made by X suggesting “…”", "a clip of X claiming “…”") went to the
subject of the sentence that released, aired or quoted it (issue 11, lane wrong6: the Supreme
Court for a justice's remarks on fresh3, a network for a senator's clip on fresh4; a mayor's
tweet, a lawyer's letter and a president's clip in 1,600 unannotated corpus articles). Our own
words."""

from __future__ import annotations

import pytest

_CASES = [
    ("Council row\n\nThe council on Monday published remarks made by Councillor Ada Pym "
     "suggesting that the budget was \u201ca work of fiction.\u201d\n", "Ada Pym"),
    ("Advert pulled\n\nThe station aired a clip of Senator Rob Quill (Ind.) on Radio Calder claiming "
     "that the inquiry was \u201ca stitch-up.\u201d\n", "Rob Quill"),
    ("Pay error\n\nMs. Lena Ortiz provided a written statement from Dale Hurst saying that "
     "\u201ca clerical slip\u201d had caused the payments.\n", "Dale Hurst"),
]


@pytest.mark.parametrize("article, speaker", _CASES)
def test_the_maker_of_the_words_speaks(speech_of, article, speaker):
    assert [q.speaker for q in speech_of(article)] == [speaker]


def test_the_subject_keeps_its_own_statement(speech_of):
    # "X issued a statement saying": no maker after the noun, the subject speaks
    art = ("Plant closes\n\nThe town will lose 300 jobs when the plant shuts in May.\n\nMayor Tom "
           "Reyes issued a statement on Monday saying the closure was \u201ca heavy blow to every "
           "family here.\u201d\n")
    assert [q.speaker for q in speech_of(art)] == ["Tom Reyes"]
