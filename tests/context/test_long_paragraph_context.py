"""A paragraph longer than ``window_paragraph_chars`` has its dates and outlets read only in the
regions its quotations look at (issue 10: a 2 MB paragraph without a line break spent a second
on date and outlet patterns far from any quotation). Each quotation gets the same context as
when the whole paragraph is read. Every sentence here is invented."""

from __future__ import annotations

import onrecord.context as context
from onrecord.context import quote_contexts
from onrecord.extract import extract_document
from onrecord.model import Document
from onrecord.thresholds.context import ContextOptions

PUB = "2025-03-10"
FILLER = "The ferry crossed the bay and the gulls followed it home in May. "  # a date nobody quotes near


def _paragraph() -> str:
    parts = []
    for i in range(40):
        parts.append(FILLER * 8)
        if i % 2:
            parts.append(f"On Thursday, Mara Ellison told the Harbour Gazette: “The pier {i} will open late.” ")
        else:
            parts.append(f"“The tide {i} is wrong,” Tomas Brandt said last week. ")
    return "Harbour news\n\n" + "".join(parts)


def _contexts(opts: ContextOptions):
    r = extract_document(Document(_paragraph(), "harbour.txt", published=PUB))
    return [(c.quote_index, c.date and c.date.value, c.outlet and c.outlet.outlet, c.date_where, c.evidence)
            for c in quote_contexts(r, PUB, opts)]


def test_a_long_paragraph_gives_every_quotation_the_context_of_the_whole_read(monkeypatch):
    read: list[int] = []
    real = context.find_dates

    def spy(text, *a, **k):
        read.append(len(text))
        return real(text, *a, **k)

    monkeypatch.setattr(context, "find_dates", spy)
    windowed = _contexts(ContextOptions(window_paragraph_chars=2_000))
    windowed_chars = sum(read)
    read.clear()
    whole = _contexts(ContextOptions(window_paragraph_chars=10**9))
    assert windowed == whole
    assert len(whole) == 40
    assert {w[1] for w in whole} == {"2025-03-06", "2025-03-03"}
    assert {w[2] for w in whole} == {None, "Harbour Gazette"}
    # the stretches of filler between the quotations were not read
    assert windowed_chars < sum(read) / 3


def test_a_short_paragraph_is_read_whole(monkeypatch):
    read: list[int] = []
    real = context.find_dates
    monkeypatch.setattr(context, "find_dates", lambda text, *a, **k: read.append(len(text)) or real(text, *a, **k))
    text = "Harbour news\n\n" + FILLER + "“The tide is wrong,” Tomas Brandt said last week."
    r = extract_document(Document(text, "harbour.txt", published=PUB))
    quote_contexts(r, PUB, ContextOptions())
    assert read == [len("Harbour news"), len(text) - len("Harbour news\n\n")]
