"""A round-up cuts an excerpt with an elision and opens its next chunk with a fresh mark,
leaving the first chunk unclosed ("Others note, “… the fine print… \u200d “…”" above "Ann X,
The Daily Y"). The chunk after the elision is the credited author's, as the whole excerpt is; the first
chunk's words are no lead of the round-up's own (issue 11, round 82, lane null95: 15 excerpts
of draw K left null). With no invisible joiner between the chunks, the extractor pairs the
first mark with the last, and that one quotation was credited already. Our own words."""

from __future__ import annotations

import pytest

_CREDIT = "\n\nDana Whitcomb, Valley Ledger\n"
_FIRST = ("Others note, \u201cthe county is already short of staff and the new rules ask every "
          "inspector to do the work of two while the budget shrinks again")


@pytest.mark.parametrize("joint", [
    "\u2026 \u200d \u201c",  # an ellipsis, a zero-width joiner, a curly mark
    "\u2026\u200b\u201c",  # a zero-width space, no spaces
    "... \u200d \"",  # three stops and a straight mark
    "\u2026 \u2060 \u201c",  # a word joiner
])
def test_the_chunk_after_an_elision_is_the_credited_authors(speech_of, joint):
    article = ("From the Right\n\n" + _FIRST + joint
               + "We need more inspectors, not fewer. The mayor knows it.\u201d" + _CREDIT)
    last = [q for q in speech_of(article) if q.text.startswith("We need")]
    assert [q.speaker for q in last] == ["Dana Whitcomb"]


def test_a_long_narrative_lead_before_an_elision_is_still_no_excerpt(speech_of):
    # the paragraph's first mark comes after a long narrative lead: not a round-up's excerpt
    article = (
        "The council met for six hours on Tuesday and heard from dozens of residents before the "
        "members who oppose the plan said it was \u201ca favour to friends\u2026 \u201cand a waste "
        "of money.\u201d" + _CREDIT
    )
    assert all(q.speaker != "Dana Whitcomb" for q in speech_of(article))
