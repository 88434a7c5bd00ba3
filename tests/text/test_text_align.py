"""text.align: positions in a repaired text mapped back to the text it was repaired from (the
eval's gold offsets index the file as written; a mojibake-repaired article's quotations index
the repaired text)."""

from __future__ import annotations

import pytest

from onrecord.text.align import spans_back


@pytest.mark.parametrize("old, new, span_new, want_old_text", [
    ("Ã¢â‚¬Ëœfiscal cliffÃ¢â‚¬â„¢ talks stall. “We will wait,” she said.",
     "‘fiscal cliff’ talks stall. “We will wait,” she said.", "We will wait,", "We will wait,"),
    ("Ã¢â‚¬Ëœfiscal cliffÃ¢â‚¬â„¢ talks", "‘fiscal cliff’ talks", "fiscal cliff", "fiscal cliff"),
    ("Zoë said “hi”.", "Zoë said “hi”.", "hi", "hi"),  # nothing repaired: the identity
    ("donâ€™t “stop”", "don’t “stop”", "don’t", "donâ€™t"),  # a span over a repair takes the old characters
    # review36: repairs that change the length inside the quotation, at its edges, and after it
    ("He said: “I donâ€™t know, and I wonâ€™t guess,” she said.",
     "He said: “I don’t know, and I won’t guess,” she said.",
     "I don’t know, and I won’t guess,", "I donâ€™t know, and I wonâ€™t guess,"),
    ("“â€˜Fake newsâ€™ is wrong,” he said.", "“‘Fake news’ is wrong,” he said.",
     "‘Fake news’ is wrong,", "â€˜Fake newsâ€™ is wrong,"),  # both edges on a repaired mark
    ("CafÃ© owner said “the cafÃ©â€™s open”.", "Café owner said “the café’s open”.",
     "the café’s open", "the cafÃ©â€™s open"),  # two repairs side by side
    ("â€œWe waitâ€\x9d, she said. â€œAgain.â€\x9d", "“We wait”, she said. “Again.”", "Again.", "Again."),
])
def test_spans_back_finds_the_same_words_in_the_old_text(old, new, span_new, want_old_text):
    s = new.index(span_new)
    [(a, b)] = spans_back(old, new, [(s, s + len(span_new))])
    assert old[a:b] == want_old_text


def test_spans_back_maps_every_span_of_one_alignment():
    old = "Ã¢â‚¬Ëœfiscal cliffÃ¢â‚¬â„¢ talks. “We wait,” she said. “Again.”"
    new = "‘fiscal cliff’ talks. “We wait,” she said. “Again.”"
    words = ["fiscal cliff", "We wait,", "Again."]
    spans = [(new.index(w), new.index(w) + len(w)) for w in words]
    assert [old[a:b] for a, b in spans_back(old, new, spans)] == words
