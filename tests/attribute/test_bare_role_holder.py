"""A capitalised role opening the sentence with no article ("Chairman of the <Body>, <NAME>,
said … and continued:") makes the holder named in commas the subject, not the body: the
quotation after "continued:" went to the committee (issue 11, round 82, lane wrong97, draw K).
A party word before the name belongs to neither. Our own words."""

from __future__ import annotations

import pytest

_H = "The senator spoke on Tuesday about the plan.\n\n"
_W = "\u201cThe memo was unclear. The department has already decided.\u201d"


@pytest.mark.parametrize("opener, speaker", [
    ("Chairman of the Senate Budget Committee, Republican Tom Harkwell,", "Tom Harkwell"),
    ("Director of the Westshire Housing Trust, Dana Whitcomb,", "Dana Whitcomb"),
    # the article's own opener, already read before this lane
    ("A spokesman for the Westshire Housing Trust, Dana Whitcomb,", "Dana Whitcomb"),
])
def test_the_holder_goes_on_after_continued(quote_of, opener, speaker):
    text = _H + opener + " said changes should not be made by email and continued:\n\n" + _W + "\n"
    assert quote_of(text, "The memo was unclear. The department has already decided").speaker == speaker
