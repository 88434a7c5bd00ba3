"""The string pre-test that replaces regex work in attribution (issue 16) answers exactly as the
regex it stands for: the document-noun pre-test of documents.py (the role-phrase search of
referents.py, text/phrase.py, is tested in tests/text/test_phrase.py). Texts written for this
test."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from onrecord.attribute.cues import DOCUMENT_NOUNS
from onrecord.attribute.documents import (_AUTHOR_RE, _SUES_RE, document_noun_starts, may_name_document,
                                          suit_word_starts)


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.?", text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["The ", "REPORT", "report", "reporter ", "memo", "MeMo", "by ", "from ",
                                 "Dana Whitlock", ". ", "letter", "ı", "ſ", "İ", "K", "statement", " "]),
                max_size=12))
def test_document_pretest_never_skips_a_sentence_the_regex_reads(parts):
    text = "".join(parts)
    starts = document_noun_starts(text)
    noun_re = re.compile(r"\b(?:" + "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True)) + r")\b", re.I)
    for a, b in _sentences(text):
        if noun_re.search(text[a:b]) or _AUTHOR_RE.search(text[a:b]):
            assert may_name_document(starts, a, b), (text, a, b)


def test_document_pretest_skips_sentences_without_a_document():
    text = "The ferry ran late. The Harbour Board report said so. Nobody asked."
    starts = document_noun_starts(text)
    flags = [may_name_document(starts, a, b) for a, b in _sentences(text)]
    assert flags == [False, True, False]


@pytest.mark.parametrize("text", ["The Harbour Board reſolution.", "İstanbul letter."])
def test_document_pretest_gives_up_where_lower_case_is_not_what_re_folds(text):
    # "ſ" is "s" to re.I but not to lower(); "İ" lower-cases to two characters
    assert document_noun_starts(text) is None
    assert may_name_document(None, 0, len(text))


# The lawsuit pre-test of record_plaintiff (round 19, lane speed): a sentence the pre-test skips
# never matches the plaintiff regex.
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Tarrant ", "SUED ", "sued", "Sues", "suing ", "filed a ", "lawsuit", "suit",
                                 "was ", "by ", ". ", "ſued", "İ", "the council ", " "]), max_size=12))
def test_suit_pretest_never_skips_a_sentence_the_regex_reads(parts):
    text = "".join(parts)
    starts = suit_word_starts(text)
    for a, b in _sentences(text):
        if _SUES_RE.search(text, a, b):
            assert may_name_document(starts, a, b), (text, a, b)


def test_suit_pretest_skips_sentences_without_a_suit():
    text = "The ferry ran late. Mara Quill is suing the Harbour Board. Nobody asked."
    starts = suit_word_starts(text)
    assert [may_name_document(starts, a, b) for a, b in _sentences(text)] == [False, True, False]
    assert suit_word_starts("The Board reſolved it.") is None
