"""text.align: positions in a repaired text mapped back to the text it was repaired from (the
eval's gold offsets index the file as written; a mojibake-repaired article's quotations index
the repaired text)."""

from __future__ import annotations

import pytest

from onrecord.text.align import span_back


@pytest.mark.parametrize("old, new, span_new, want_old_text", [
    ("Ã¢â‚¬Ëœfiscal cliffÃ¢â‚¬â„¢ talks stall. “We will wait,” she said.",
     "‘fiscal cliff’ talks stall. “We will wait,” she said.", "We will wait,", "We will wait,"),
    ("Ã¢â‚¬Ëœfiscal cliffÃ¢â‚¬â„¢ talks", "‘fiscal cliff’ talks", "fiscal cliff", "fiscal cliff"),
    ("Zoë said “hi”.", "Zoë said “hi”.", "hi", "hi"),  # nothing repaired: the identity
    ("donâ€™t “stop”", "don’t “stop”", "don’t", "donâ€™t"),  # a span over a repair takes the old characters
])
def test_span_back_finds_the_same_words_in_the_old_text(old, new, span_new, want_old_text):
    s = new.index(span_new)
    a, b = span_back(old, new, s, s + len(span_new))
    assert old[a:b] == want_old_text
