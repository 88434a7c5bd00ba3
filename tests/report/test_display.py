"""Displays that tell the truth (issue 17): square brackets in quotations print as written in the
table and text views (rich read "[the Sandvik bridge]" as a style tag), a cut preview never
adds "…" after the quotation's own ellipsis, and a source's credit after its quotation ("said
Hedda Lindqvist-Aro") is not a "trailing clause dropped"."""

from __future__ import annotations

import io

import pytest
from click.testing import CliRunner
from rich.console import Console

from onrecord.cli import cli
from onrecord.model import CheckedQuote, CheckResult, Claim, Document, Evidence, Quote, Verdict
from onrecord.report.summary import short
from onrecord.report.text import render_text

BRACKETED = "[the Sandvik bridge] was never designed for the weight of a modern tram."


def test_table_view_prints_square_brackets(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(f"Bridge\n\nMirela Vasko said \u201c{BRACKETED}\u201d on Friday.\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(p), "--format", "table", "--no-attribute"])
    assert r.exit_code == 0
    assert "[the Sandvik bridge] was never" in r.stdout.replace("\n", " ").replace("│", " ").replace("  ", " ")


def test_text_view_prints_square_brackets_everywhere():
    doc = Document(text=f"“{BRACKETED}”", path="[draft] a.txt", title="[bold]Title[/bold]")
    q = Quote(text=BRACKETED, start=1, end=1 + len(BRACKETED), speaker="Mirela [Vasko]")
    ev = Evidence(source="[src] s.txt", title=None, start=0, end=10, text="it was never [red]designed",
                  source_speaker="Mirela Vasko")
    v = Verdict(id="q1", verdict="variation", stage="bracket", score=1.0,
                explanation='[the sandvik bridge] replaces "it"', evidence=ev, claim=Claim(id="q1", quote=BRACKETED))
    out = io.StringIO()
    render_text([CheckResult(document=doc, items=[CheckedQuote(quote=q, verdict=v)])],
                Console(file=out, no_color=True, width=200))
    text = out.getvalue()
    for shown in ("[bold]Title[/bold]", "[draft] a.txt", BRACKETED[:40], "it was never [red]designed",
                  '[the sandvik bridge] replaces "it"', "[src] s.txt"):
        assert shown in text, shown


@pytest.mark.parametrize("text, limit, shown", [
    ("The first section will open in 2027 ... the remaining sections will follow later on", 41,
     "The first section will open in 2027…"),
    ("I would rather ride\u2026 than sit on that tram for an hour", 24, "I would rather ride\u2026"),
    ("We will go\u2026", 80, "We will go\u2026"),  # short enough: as written
    ("one two three four five six", 12, "one two…"),
])
def test_short_adds_one_ellipsis_at_most(text, limit, shown):
    assert short(text, limit) == shown


def test_credit_after_the_sources_quotation_is_not_a_dropped_clause(tmp_path):
    from onrecord.archive import Archive
    from onrecord.verify import verify_claims

    src = tmp_path / "sources"
    src.mkdir()
    (src / "statement.txt").write_text(
        "Title: Statement\nDate: 2024-12-09\n\n\"The first section will open in 2027, and the rest will "
        "follow by 2030,\" said Hedda Lindqvist-Aro, councillor for transport. \"We are ready.\"\n",
        encoding="utf-8")
    arch = Archive.for_folder(src, embed=False, progress=False)
    full = Claim(id="1", quote="The first section will open in 2027, and the rest will follow by 2030.",
                 speaker="Hedda Lindqvist-Aro")
    cut = Claim(id="2", quote="The first section will open in 2027 ... the rest will follow by 2030.",
                speaker="Hedda Lindqvist-Aro")
    v_full, v_cut = verify_claims([full, cut], arch)
    for v in (v_full, v_cut):
        assert "trailing clause" not in v.explanation and "said Hedda" not in v.explanation, v.explanation
    assert v_full.verdict == "verbatim"
    assert v_cut.verdict == "variation" and "elided" in v_cut.explanation
