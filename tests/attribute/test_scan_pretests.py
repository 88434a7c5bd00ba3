"""The string pre-tests that replace regex work in attribution (issue 16) answer exactly as the
regexes they stand for: the role-phrase search of referents.py and the document-noun pre-test
of documents.py. Texts written for this test."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from onrecord.attribute.cues import DOCUMENT_NOUNS
from onrecord.attribute.documents import _AUTHOR_RE, document_noun_starts, may_name_document
from onrecord.text.phrase import has_phrase as _has_phrase

# letters, digits of other scripts, the underscore and hyphen (word characters for the
# boundary), spaces and punctuation, and the letters re.I folds onto ASCII ("ı", "ſ", "K")
ALPHABET = "ab -_.,’'1٣éİıſKA\n"


def _phrase_re(phrase: str) -> "re.Pattern[str]":
    return re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])")


@pytest.mark.parametrize("text, phrase, expected", [
    ("the harbour board chair", "board chair", True),
    ("the harbour board chairman", "board chair", False),   # a longer word
    ("vice-chair of the board", "chair", False),             # a hyphenated compound
    ("chair_2 of the board", "chair", False),                # the underscore is a word character
    ("former chair", "chair", True),                         # at the end
    ("chairman and chair", "chair", True),                   # the second occurrence counts
    ("chair٣", "chair", False),                              # a digit of another script
])
def test_role_phrase_search_keeps_word_boundaries(text, phrase, expected):
    assert _has_phrase(text, phrase) is expected
    assert bool(_phrase_re(phrase).search(text)) is expected


@settings(max_examples=400, deadline=None)
@given(st.text(ALPHABET, max_size=14), st.text(ALPHABET, max_size=3))
def test_role_phrase_search_is_the_regex(text, phrase):
    assert _has_phrase(text, phrase) == bool(_phrase_re(phrase).search(text))


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
