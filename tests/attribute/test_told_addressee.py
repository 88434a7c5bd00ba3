"""A quotation inside the subject's own phrase, right before "told" ("Ilse Brandt, who once
called the stadium a “money pit”, told the Courier …"): what follows "told" is the one spoken
to, never the speaker; the inverted pattern ("“…,” said X") read it as the speaker and named
the outlet or person addressed (issue 11, round 20, lane describe: "told CNN", "told the
Washington Post", "told journalists" in about 80 unannotated corpus articles). Articles written
for the test."""

from __future__ import annotations

import pytest

_OPEN = ("Stadium vote\n\nThe council votes on the new stadium in May. \u201cWe have the money,\u201d "
         "council leader Piet Haldane said.\n\n")

CASES = [
    ("told an outlet after a quoted phrase in a relative clause",
     _OPEN + "Mayor Ilse Brandt, who once called the stadium a \u201cmoney pit\u201d, told the "
     "Valley Courier on Monday that the vote would be close.",
     ["Piet Haldane", "Ilse Brandt"]),
    ("told reporters after a quoted phrase, then the words after a colon",
     _OPEN + "Mayor Ilse Brandt, who once called the stadium a \u201cmoney pit\u201d, told "
     "reporters: \u201cI have not changed my mind.\u201d",
     ["Piet Haldane", "Ilse Brandt", "Ilse Brandt"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_told_addressee(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
