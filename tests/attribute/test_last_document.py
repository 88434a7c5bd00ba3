"""documents.LastDocument: the one record of the last document a sentence named and who issued
it (round 37, lane tidy20: four loose resolver fields made one structure; behaviour unchanged,
the end-to-end cases stay in test_document_issuer*.py)."""

from __future__ import annotations

from onrecord.attribute.documents import LastDocument


def test_a_fresh_record_names_nothing():
    last = LastDocument()
    assert (last.sentence, last.nouns, last.issuers, last.by_noun) == (-1, set(), [], {})


def test_record_sets_the_last_document_and_each_noun():
    issuer, other = object(), object()
    last = LastDocument()
    last.record(2, {"memo"}, [issuer])
    last.record(5, {"report", "letter"}, [other])
    assert (last.sentence, last.nouns, last.issuers) == (5, {"report", "letter"}, [other])
    assert last.by_noun == {"memo": (2, [issuer]), "report": (5, [other]), "letter": (5, [other])}


def test_record_copies_the_subject():
    subject = [object()]
    last = LastDocument()
    last.record(1, {"memo"}, subject)
    subject.append(object())
    assert len(last.issuers) == 1 and len(last.by_noun["memo"][1]) == 1


def test_forget_drops_the_issuer_and_that_noun_only():
    issuer = object()
    last = LastDocument()
    last.record(3, {"statement", "report"}, [issuer])
    last.forget("statement")
    # the sentence and its nouns stay: "the statement" right after reads no issuer
    assert (last.sentence, last.nouns, last.issuers) == (3, {"statement", "report"}, [])
    assert last.by_noun == {"report": (3, [issuer])}


def test_records_are_not_shared():
    a, b = LastDocument(), LastDocument()
    a.record(0, {"memo"}, [object()])
    assert b.by_noun == {} and b.issuers == []
