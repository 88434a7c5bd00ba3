"""The text report's verdict line and what it says under it (issue 10, a hostile probe): the
longest label ("out of context") ran into the speaker's name, and a verbatim partial quotation
whose source sentence opened with a condition was a bare tick. Invented quotations."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from onrecord.model import CheckedQuote, CheckResult, Claim, Document, Evidence, Quote, Verdict
from onrecord.report.text import render_text

QUOTE = "would have to sell the ferry"


def _render(verdict: str, explanation: str, warnings: list[str]) -> str:
    doc = Document(text=f"\u201c{QUOTE}\u201d", path="a.txt")
    q = Quote(text=QUOTE, start=1, end=1 + len(QUOTE), speaker="Oskar Dahl")
    ev = Evidence(source="s.txt", title=None, start=0, end=10, text=QUOTE, source_speaker="Oskar Dahl")
    v = Verdict(id="q1", verdict=verdict, stage="x", score=1.0, explanation=explanation, evidence=ev,
                warnings=warnings, claim=Claim(id="q1", quote=QUOTE))
    out = io.StringIO()
    render_text([CheckResult(document=doc, items=[CheckedQuote(quote=q, verdict=v)])],
                Console(file=out, no_color=True, width=200))
    return out.getvalue()


@pytest.mark.parametrize("verdict, label", [
    ("out_of_context", "out of context"),
    ("misattributed", "misattributed"),
    ("verbatim", "verbatim"),
])
def test_label_and_speaker_are_apart(verdict, label):
    assert f"{label} Oskar Dahl:" in " ".join(_render(verdict, "why", []).split())


CONDITIONED = 'the same words as the source; a partial quotation: the source\'s sentence begins "If the bridge fails, we", a condition the quote leaves out'


@pytest.mark.parametrize("warnings, shown", [
    (["condition_left_out"], True),
    ([], False),  # a plain verbatim quote stays one line
])
def test_verbatim_says_the_condition_it_left_out(warnings, shown):
    text = _render("verbatim", CONDITIONED, warnings)
    assert ('"If the bridge fails, we"' in text) is shown


UNCERTAIN = ("the same words as the source, said by Ines Varga in the source; not called misattributed, "
             "because onrecord's reading of the article's speaker (Oskar Dahl, p=0.41) is uncertain")


@pytest.mark.parametrize("warnings, shown", [
    (["speaker_uncertain"], True),  # round 27: say whose words they are, and why no accusation
    ([], False),
])
def test_verbatim_says_whose_words_when_the_speaker_is_uncertain(warnings, shown):
    text = " ".join(_render("verbatim", UNCERTAIN, warnings).split())
    assert ("said by Ines Varga in the source" in text) is shown


def _render_speaker(probability: float | None, render=render_text) -> str:
    doc = Document(text=f"\u201c{QUOTE}\u201d", path="a.txt")
    q = Quote(text=QUOTE, start=1, end=1 + len(QUOTE), speaker="Oskar Dahl", confidence=0.93,
              speaker_probability=probability)
    v = Verdict(id="q1", verdict="verbatim", stage="x", score=1.0, explanation="why", warnings=[],
                claim=Claim(id="q1", quote=QUOTE))
    results = [CheckResult(document=doc, items=[CheckedQuote(quote=q, verdict=v)])]
    if render is not render_text:
        return " ".join(render(results).split())
    out = io.StringIO()
    render_text(results, Console(file=out, no_color=True, width=200))
    return " ".join(out.getvalue().split())


@pytest.mark.parametrize("probability, marked", [
    (0.41, True),  # round 27: onrecord is unsure the article credits this name
    (0.97, False),
    (None, False),  # no calibration ran (a nested quotation): the rule's 0.93 says nothing of it
])
def test_an_uncertain_speaker_is_marked(probability, marked):
    assert ("Oskar Dahl (uncertain):" in _render_speaker(probability)) is marked


@pytest.mark.parametrize("renderer", ["html", "md"])
@pytest.mark.parametrize("probability, marked", [(0.41, True), (0.97, False)])
def test_the_html_and_markdown_reports_mark_it_too(renderer, probability, marked):
    from onrecord.report.html import render_html
    from onrecord.report.md import render_md

    render = {"html": render_html, "md": render_md}[renderer]
    assert ("Oskar Dahl (uncertain)" in _render_speaker(probability, render)) is marked
