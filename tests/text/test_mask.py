"""text/mask.py: one quote-masking helper for attribution (sentence shape kept) and context
(newlines kept), checked against a character-by-character model of each."""

from __future__ import annotations

import pytest

from onrecord.text.mask import CLOSERS, TERMINAL, mask_quotes

CASES = [
    ("He said “one\ntwo” and ‘three’.", [(9, 16), (23, 28)]),
    ("outer “a ‘inner’ b” end", [(7, 18), (10, 15)]),  # nested: the inner lies inside the outer
    ("“We will.” She left.", [(1, 9)]),
    ("“He warned: ‘be careful.’” Then", [(1, 25), (13, 24)]),  # nested closer after the full stop
    ("“I.” x", [(1, 3)]),
    ("edge", [(0, 4)]),
    ("past the end", [(5, 40)]),
    ("a", [(0, 1)]),
    ("", []),
]


def keep_newlines_model(text, spans):
    out = list(text)
    for s, e in spans:
        for i in range(s, min(e, len(text))):
            if out[i] != "\n":
                out[i] = " "
    return "".join(out)


def sentence_shape_model(text, spans):
    """The character model attribution used before the helpers were one (since round 19 a
    span inside an earlier one keeps its capital but no sentence end)."""
    chars = list(text)
    outer_end = -1
    for s, e in spans:
        s, e = max(0, s), min(len(text), e)
        for i in range(s, e):
            chars[i] = " "
        inner = e > s and e < outer_end  # inside an earlier span: no sentence end (round 19)
        outer_end = max(outer_end, e) if e > s else outer_end
        if inner:
            pass
        elif e > s and text[e - 1] in TERMINAL:
            chars[e - 1] = text[e - 1]
        elif e > s and text[e - 1] in CLOSERS and e - 2 >= s and text[e - 2] in TERMINAL:
            chars[e - 1] = text[e - 2]
        if e > s:
            chars[s] = "X"
    return "".join(chars)


@pytest.mark.parametrize("text, spans", CASES)
def test_blanks_quotation_interiors_but_not_newlines(text, spans):
    assert mask_quotes(text, spans) == keep_newlines_model(text, spans)
    assert len(mask_quotes(text, spans)) == len(text)


@pytest.mark.parametrize("text, spans", CASES)
def test_sentence_shape(text, spans):
    assert mask_quotes(text, spans, sentence_shape=True) == sentence_shape_model(text, spans)


def test_sentence_shape_inner_question_ends_no_sentence():
    text = "“I asked ‘ready?’ and left,” he said."
    masked = mask_quotes(text, [(1, 27), (10, 16)], sentence_shape=True)
    assert "?" not in masked and masked[10] == "X"


def test_sentence_shape_keeps_the_sentence_end_and_a_capital():
    masked = mask_quotes("“We will.” She left.", [(1, 9)], sentence_shape=True)
    assert masked == "“X      .” She left."
