"""A very long document is attributed in pieces cut outside quotations, a group of pieces at a
time (issue 10: a 20 MB one-line input grew past 1.3 GB in attribution and never finished)."""

from __future__ import annotations

import pytest

import onrecord.attribute as attribute
from onrecord.attribute import attribute_results
from onrecord.attribute.pieces import cut_points
from onrecord.extract import extract_document
from onrecord.model import Document
from onrecord.thresholds.attribute import AttributeOptions

pytest.importorskip("spacy")

NAMES = ["Mara Ellison", "Tomas Brandt", "Ines Okafor"]


def _long_line(n: int) -> str:
    """One paragraph, no line break: each sentence names its own speaker, some quotations hold
    a full stop inside them (a cut there would split the quotation)."""
    parts = []
    for i in range(n):
        name = NAMES[i % 3]
        parts.append(f"“The bridge {i} will open. It will be late,” {name} said on Monday. "
                     f"Residents were not asked about bridge {i}. ")
    return "Bridge plans\n\n" + "".join(parts)


def test_cuts_fall_outside_every_quotation():
    r = extract_document(Document(_long_line(60), "long.txt"))
    cuts = cut_points(r, 500)
    assert len(cuts) > 5
    for c in cuts:
        for q in r.quotes:
            assert not (q.start - len(q.open_mark) < c <= q.end + len(q.close_mark) - 1)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_long_document_in_pieces_keeps_every_quotation_and_its_speaker(workers, monkeypatch):
    text = _long_line(60)
    r = extract_document(Document(text, "long.txt"))
    assert len(r.quotes) == 60
    whole = extract_document(Document(text, "long.txt"))
    attribute_results([whole], AttributeOptions())

    groups: list[int] = []
    real = attribute._attribute_group

    def spy(results, opt):
        groups.append(sum(len(x.document.text) for x in results))
        real(results, opt)

    monkeypatch.setattr(attribute, "_attribute_group", spy)
    opt = AttributeOptions(piece_chars=600, group_chars=1500, parallel_min_articles=2)
    attribute_results([r], opt, workers=workers)
    assert r.stats["attribution_pieces"] > 5
    for i, q in enumerate(r.quotes):
        assert text[q.start : q.end] == q.text  # offsets are the document's, not the piece's
        assert q.speaker == NAMES[i % 3]
    # each sentence names its speaker, so the pieces agree with attributing the whole at once
    assert [q.speaker for q in r.quotes] == [q.speaker for q in whole.quotes]
    if workers == 1:  # (with workers the groups are formed in the child processes)
        assert max(groups) <= 1500 + 600 + 200


def test_a_short_document_is_never_cut():
    r = extract_document(Document(_long_line(3), "short.txt"))
    attribute_results([r], AttributeOptions())
    assert "attribution_pieces" not in r.stats
