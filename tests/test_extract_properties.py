"""Property tests: whatever the text, every quotation slices its document exactly, quotations
are ordered and never overlap (a nested one lies wholly inside its outer one), and extraction
never raises."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.extract import extract_document, extract_quotes
from onrecord.extract.marks import ALL_MARKS
from onrecord.model import Document

# Text built from words, spaces, newlines, punctuation, every quotation mark and the
# editorial markers, so that random runs hit pairing, recovery and flags.
_PIECES = st.one_of(
    st.sampled_from(["said", "the", "We", "don\u2019t", "'80s", "rock", "n", "union", "Plan"]),
    st.sampled_from(list(ALL_MARKS)),
    st.sampled_from([" ", " ", "\n", "\n\n", ",", ".", ":", "*", "\u2020", "\u2014"]),
    st.text(min_size=1, max_size=4),
)
TEXT = st.lists(_PIECES, max_size=80).map("".join)


def _check(text: str) -> None:
    quotes = extract_quotes(text)
    prev_end = -1
    outer = None
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert 0 < q.start <= q.end <= len(text)
        if q.nested:
            # a nested quotation lies inside the outer quotation before it (issue 10)
            assert outer is not None and outer.start < q.start and q.end < outer.end
        else:
            assert q.start >= prev_end
            prev_end = q.end
            outer = q
        assert q.kind in ("speech", "title", "scare", "term")
        assert q.kind_evidence


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_offsets_slice_the_document(text):
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_breaks_extraction(text):
    _check(text)
    res = extract_document(Document(text=text, path="h"))
    if res.editors_note is not None:
        n = res.editors_note
        assert text[n["start"] : n["end"]] == n["text"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="abc XYZ,.", min_size=1, max_size=20), min_size=1, max_size=6))
def test_balanced_quotes_are_all_found(parts):
    # Well-formed typographic quotes around non-empty words are all recovered, in order.
    words = [p for p in parts if p.strip(" ,.")]
    text = " and ".join(f"he said \u201c{w.strip()}\u201d" for w in words)
    got = [q.text for q in extract_quotes(text)]
    assert got == [w.strip() for w in words]
