"""Shared by the attribution tests: an article in our own words, extracted and attributed."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text

# paired_quotes.attribute asserts each quotation's offsets; rewritten, a failure shows the values
pytest.register_assert_rewrite("paired_quotes")


@pytest.fixture
def speech_of():
    """A callable: article text -> its speech quotations, attributed."""
    def run(article: str, path: str = "case"):
        r = extract_document(read_text(article, path=path))
        attribute_results([r])
        return [q for q in r.quotes if q.kind == "speech"]
    return run


@pytest.fixture
def quote_of():
    """A callable: (article text, a quotation's words) -> that quotation, attributed; the words
    are compared without the spaces and , . : at their ends. Eight test modules wrote this
    helper each (duplicates, twenty-fourth session)."""
    def run(article: str, words: str, path: str = "case"):
        r = extract_document(read_text(article, path=path))
        attribute_results([r])
        return next(q for q in r.quotes if q.text.strip(" ,.:") == words)
    return run
