"""verify/drift.py on its own: aligning a quote to a candidate window (the region the guard
reads, an unmarked omission) and the sentence context around it, on hand-built documents (no
archive, no model). Candidate windows from an archive: tests/verify/test_cascade.py."""

from __future__ import annotations

import re

from onrecord.archive import SourceDoc
from onrecord.archive.structure import SourceSentence
from onrecord.text.fold import word_tokens
from onrecord.verify.drift import Window, align, content_words, sentence_context

TEXT = ("We will not raise taxes this year, and we will protect the harbour for the families who fish it. "
        "Rents have risen faster than wages.")


def doc() -> SourceDoc:
    sents = [SourceSentence(m.start(), m.end(), "Mara Ellison") for m in re.finditer(r"[^.!?]+[.!?]", TEXT)]
    return SourceDoc(1, "speech.txt", None, "Mara Ellison", ["Mara Ellison"], None, False, "text", "1", None,
                     0, TEXT, [], sents)


def window(d: SourceDoc) -> Window:
    end = TEXT.index("Rents") - 1
    return Window(d, 0, 0, 0, end, "Mara Ellison", 0.0, 0.0)


def words(s: str) -> list[str]:
    return word_tokens(s).words


def test_an_unmarked_omission_is_every_word_in_order_with_the_rest_left_out():
    al = align(words("We will not raise taxes this year for the families who fish it."), window(doc()), 25)
    assert al.covered and al.pieces == 2
    assert al.left_out == ["and we will protect the harbour"]


def test_a_gap_longer_than_the_splice_limit_is_not_an_omission():
    al = align(words("We will not raise taxes this year for the families who fish it."), window(doc()), 3)
    assert not al.covered


def test_the_region_covers_whole_clauses_so_the_guard_sees_the_negator():
    d = doc()
    al = align(words("raise taxes this year"), window(d), 25)
    assert TEXT[al.region_start:al.region_end].strip() == "We will not raise taxes this year,"
    assert "not" in al.region_words and "harbour" not in al.region_words


def test_no_shared_word_aligns_the_whole_window():
    d = doc()
    w = window(d)
    al = align(words("Lighthouses glow"), w, 25)
    assert (al.region_start, al.region_end, al.pieces, al.covered) == (w.start, w.end, 0, False)


def test_sentence_context_widens_to_whole_sentences():
    d = doc()
    start = TEXT.index("protect")
    assert sentence_context(d, start, start + 7) == TEXT[: TEXT.index("Rents") - 1]


def test_content_words_leave_out_stopwords_and_single_letters():
    assert content_words(["the", "harbour", "a", "x", "families"]) == ["harbour", "families"]
