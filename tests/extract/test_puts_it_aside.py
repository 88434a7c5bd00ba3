"""A fragment followed by "as <name> puts it": the named person's words. "put it" was read as a
reporting phrase, "puts it" and "putting it" were not, so the fragment stayed a scare quote
credited to nobody (round 35, lane scareterm16: "If a … nomination would be “…,” as Mr. X puts
it" on the corpus). The present form is read only where the aside closes ("puts it," "puts
it bluntly,"), since "puts it at odds with" reports nothing. Snippets written for this test."""

from __future__ import annotations

import pytest


# (case, article, fragment, expected kind, expected speaker)
CASES = [
    ("as X puts it", "Harbour\n\nIf the new levy would be \u201cruinous,\u201d as Ada Tolland puts it, the "
     "harbour has had worse years.", "ruinous,", "speech", "Ada Tolland"),
    ("as X puts it bluntly", "Harbour\n\nThe plan is \u201cdead weight,\u201d as Councillor Ada Tolland puts it "
     "bluntly, and the vote is on Monday.", "dead weight,", "speech", "Ada Tolland"),
    # near miss: "puts it" that reports nothing
    ("puts it at odds", "Harbour\n\nThe ruling puts it at odds with the \u201cold\u201d charter of the town.",
     "old", "scare", None),
]


@pytest.mark.parametrize("case,article,fragment,kind,speaker", CASES, ids=[c[0] for c in CASES])
def test_puts_it_aside(case, article, fragment, kind, speaker, kind_and_speaker_of):
    got_kind, got_speaker = kind_and_speaker_of(article, fragment, "puts")
    assert got_kind == kind
    if speaker is not None:
        assert got_speaker == speaker
