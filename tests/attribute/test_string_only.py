"""A document over the attribution budget is attributed by the string patterns next to each
quotation only (issue 10: a 2 MB paragraph without a line break took 7 s against 3 s).

A full name written next to the words is the speaker; a pronoun, a surname alone, a
description or a quotation without a cue is left null, never guessed; the CLI pipeline says
so once per document. Every sentence here is invented."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest

from onrecord.attribute import attribute_results
from onrecord.attribute.string_only import BUDGET_NOTE, STATS_KEY, _window, _Zones
from onrecord.extract import extract_document
from onrecord.model import Document
from onrecord.options import Options
from onrecord.pipeline import extract
from onrecord.thresholds.attribute import AttributeOptions

pytest.importorskip("spacy")

TEXT = (
    "Harbour plans\n\n"
    "Mara Ellison chairs the harbour board. “The pier will open. It will be late,” Mara Ellison said on Monday. "
    "“We were never asked,” she said. "
    "“The tide tables are wrong,” the harbour master said. "
    "“Nobody checked the depth,” Ellison said. "
    "The ferry left at noon. “It was full,” said Tomas Brandt. "
    "“Nothing will change.” "
    "Residents met in the hall."
)
SMALL = AttributeOptions(full_attribution_max_chars=100)  # TEXT is far longer: string rules only


def _attributed(opt: AttributeOptions):
    r = extract_document(Document(TEXT, "harbour.txt"))
    attribute_results([r], opt)
    return r


@pytest.mark.parametrize("group_chars", [1_000_000, 60])  # all windows in one layout, or a few at a time
def test_over_the_budget_only_a_full_name_next_to_the_words_is_a_speaker(group_chars):
    r = _attributed(replace(SMALL, group_chars=group_chars))
    got = {q.text: q for q in r.quotes}
    assert [q.speaker for q in r.quotes] == ["Mara Ellison", None, None, None, "Tomas Brandt", None]
    assert got["The pier will open. It will be late,"].cue == "said"
    assert got["The tide tables are wrong,"].speaker_description == "the harbour master"
    assert r.stats[STATS_KEY] == 6
    for q in r.quotes:
        assert BUDGET_NOTE in q.attribution_evidence
        assert TEXT[q.start : q.end] == q.text


def test_under_the_budget_the_same_text_is_attributed_in_full():
    r = _attributed(AttributeOptions())
    assert STATS_KEY not in r.stats
    speakers = [q.speaker for q in r.quotes]
    assert speakers[1] == "Mara Ellison"  # the pronoun resolved: full attribution
    assert speakers[3] == "Mara Ellison"  # the surname resolved to the full name


def test_the_window_is_bounded_and_never_starts_mid_sentence():
    # a sentence without a full stop far longer than the window: no subject is read from
    # the middle of it, and the window stays within its width
    filler = "and the council met again " * 400
    text = "Plans " + filler + "Rhea Talbot said “the bridge is late” then " + filler
    r = extract_document(Document(text, "run-on.txt"))
    (q,) = r.quotes
    zs = _Zones([(q.start - 1, q.end + 1)])
    a, b = _window(text, zs, (q.start - 1, q.end + 1), 600)
    assert a == q.start - 1 and b <= q.end + 1 + 600
    attribute_results([r], SMALL)
    assert r.quotes[0].speaker is None


def test_the_cli_pipeline_says_it_once_per_document(tmp_path):
    f = tmp_path / "harbour.txt"
    f.write_text(TEXT, encoding="utf-8")

    warnings: list[tuple[str, str]] = []
    sink = SimpleNamespace(stage=lambda message: None, count=lambda *a: None,
                           warn=lambda where, message: warnings.append((where, message)))
    (r,) = list(extract([str(f)], options=replace(Options(), attribute=SMALL), status=sink))
    lines = [w for w in warnings if "attribution budget" in w[1]]
    assert len(lines) == 1
    assert lines[0][0].endswith("harbour.txt")
    assert "6 quotations" in lines[0][1] and "full_attribution_max_chars" in lines[0][1]
    assert r.quotes[0].speaker == "Mara Ellison"
