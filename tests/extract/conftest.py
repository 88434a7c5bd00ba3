"""Shared by the extraction tests: an article in our own words, extracted, and the kind of one
quotation found by its words. Ten test modules of rounds 33–34 spelled the same body out (find
the fragment, fail with the quotations found when it is missing, check its kind, or only that it
is not a term)."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text


def check_kind(article: str, fragment: str, kind: str | None, *, which: int = 0) -> None:
    """Extract ``article`` and check the kind of the quotation whose text is ``fragment``.

    ``kind`` None: anything but "term" (a near miss that must not become a term, whatever else
    it is); "-title" and the like: anything but that kind. ``which`` picks among quotations with
    the same words: 0 the first, -1 the last (a work named again, where the repeat is the case)."""
    quotes = extract_document(read_text(article)).quotes
    found = [q for q in quotes if q.text == fragment]
    assert found, (f"{fragment!r} not extracted", [q.text for q in quotes])
    q = found[which]
    if kind is None:
        assert q.kind != "term", q.kind_evidence
    elif kind.startswith("-"):
        assert q.kind != kind[1:], (q.kind, q.kind_evidence)
    else:
        assert q.kind == kind, (q.kind, q.kind_evidence)


@pytest.fixture
def kind_check():
    """The callable ``check_kind(article, fragment, kind, which=0)``."""
    return check_kind


def attributed(article: str, fragment: str, path: str = "case"):
    """Extract and attribute ``article``; the one quotation whose text, less a closing period or
    comma, is ``fragment`` (three test modules of rounds 33–34 each wrote this helper out)."""
    r = extract_document(read_text(article, path=path))
    attribute_results([r])
    (q,) = [q for q in r.quotes if q.text.rstrip(".,") == fragment]
    return q


@pytest.fixture
def quote_of():
    """The callable ``attributed(article, fragment, path="case")``."""
    return attributed


def kind_and_speaker(article: str, fragment: str, path: str = "case") -> tuple[str, str | None]:
    """Extract and attribute ``article``; the kind and speaker of the first quotation whose text is
    exactly ``fragment`` (round 35's test_puts_it_aside and test_term_as_subject each wrote this
    body out; merged in round 36, lane finalread)."""
    r = extract_document(read_text(article, path=path))
    attribute_results([r])
    quotes = [q for q in r.quotes if q.text == fragment]
    assert quotes, (f"{fragment!r} not extracted", [q.text for q in r.quotes])
    return quotes[0].kind, quotes[0].speaker


@pytest.fixture
def kind_and_speaker_of():
    """The callable ``kind_and_speaker(article, fragment, path="case")``."""
    return kind_and_speaker
