"""out_of_context (issue 10): the quoted words occur in a source, but a negator, a denial, a
reported claim of others, a condition or a question in the source's own sentence governs them.
Such a quote needs attention (exit 1), is never counted as verified, and its report shows the
governing words. Every sentence here is invented for the test."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass

import pytest
from click.testing import CliRunner
from rich.console import Console

from onrecord.cli import cli
from onrecord.model import BAD_VERDICTS, GOOD_VERDICTS, VERDICTS
from onrecord.verify.frame import governing_frame


@dataclass
class _Sent:
    start: int
    end: int


def frame_of(source: str, quote: str):
    i = source.index(quote)
    return governing_frame(source, [_Sent(0, len(source))], i, i + len(quote), quote)


@pytest.mark.parametrize(
    "source, quote, rule, governing",
    [
        ("We will not, under any circumstances, shut the swimming baths.", "shut the swimming baths",
         "negator", "not"),
        ("I never said that the treasurer was a thief.", "the treasurer was a thief",
         "negated_report", "never said"),
        ("I don't think the ferry service has failed.", "the ferry service has failed",
         "negated_report", "don't think"),
        ("It is not true that we sold the allotments.", "we sold the allotments", "denial", "It is not true"),
        ("My opponents claim that the tram line is a waste of money.", "the tram line is a waste of money",
         "others_claim", "My opponents claim"),
        ("They accused me of saying the auditor lied.", "the auditor lied", "others_claim",
         "accused me of saying"),
        ("If the grant is cut again, we would shut the swimming baths.", "shut the swimming baths",
         "hypothetical", "would"),
        ("Why should anyone believe the pier is beyond repair?", "the pier is beyond repair",
         "question", "Why should anyone believe"),
    ],
)
def test_governing_frames(source, quote, rule, governing):
    f = frame_of(source, quote)
    assert f is not None and f.rule == rule
    assert f.text == governing
    assert source[f.start : f.end] == f.text


@pytest.mark.parametrize(
    "source, quote",
    [
        # the negation belongs to an earlier clause
        ("This is not about money; it is about trust.", "it is about trust"),
        ("We did not win, but we will fight on for the pier.", "we will fight on for the pier"),
        ("We are not going to stop, and we will build the footbridge.", "we will build the footbridge"),
        ("Good intentions are not a plan, and the figures show that rents rose again.",
         "the figures show that rents rose again"),
        # idioms that hold a negator and affirm
        ("There is no doubt that the treasurer was a thief.", "the treasurer was a thief"),
        ("It is no secret that the budget is late.", "the budget is late"),
        # a plain report, no frame
        ("I told the board the auditor lied.", "the auditor lied"),
        # the quote keeps its own negation: nothing outside governs it
        ("We will not shut the swimming baths.", "We will not shut the swimming baths"),
        # the quote keeps its question mark
        ("Who pays for the pier?", "Who pays for the pier?"),
    ],
)
def test_no_frame(source, quote):
    assert frame_of(source, quote) is None


def test_out_of_context_needs_attention_and_is_never_verified():
    assert "out_of_context" in VERDICTS
    assert "out_of_context" in BAD_VERDICTS and "out_of_context" not in GOOD_VERDICTS


# ---------------------------------------------------------------- the whole cascade, real archive

SOURCE = (
    "Title: Council meeting\nSpeaker: Ada Brennan\nDate: 2024-06-03\n\n"
    "Let me be clear. We will not, under any circumstances, shut the swimming baths. "
    "I never said that the treasurer was a thief. The pier needs work. "
    "Later this year we will shut the old depot on Mill Lane.\n"
)


@pytest.fixture
def sources(tmp_path, monkeypatch):
    monkeypatch.setenv("ONRECORD_EMBED", "0")
    d = tmp_path / "sources"
    d.mkdir()
    (d / "meeting.txt").write_text(SOURCE, encoding="utf-8")
    return d


def _verify(tmp_path, sources, claims, fmt="jsonl"):
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in claims), encoding="utf-8")
    return CliRunner().invoke(cli, ["verify", "--claims", str(path), "--sources", str(sources), "--format", fmt])


@pytest.mark.parametrize(
    "quote, governing",
    [("shut the swimming baths", "not"), ("the treasurer was a thief", "never said")],
)
def test_fragment_of_a_negated_sentence_is_out_of_context(tmp_path, sources, quote, governing):
    r = _verify(tmp_path, sources, [{"id": "c1", "quote": quote, "speaker": "Ada Brennan"}])
    assert r.exit_code == 1, (r.stdout, r.stderr)
    rec = json.loads(r.stdout)
    assert rec["verdict"] == "out_of_context"
    assert rec["span"]["text"] == quote  # the words do occur
    gov = rec["evidence"]["governing"]
    assert gov["text"] == governing
    assert SOURCE.split("\n\n", 1)[1] and governing in rec["explanation"]
    src_text = (sources / "meeting.txt").read_text(encoding="utf-8")
    assert src_text[gov["start"] : gov["end"]] == governing


def test_the_same_words_said_plainly_stay_verbatim(tmp_path, sources):
    r = _verify(tmp_path, sources, [{"id": "c1", "quote": "we will shut the old depot on Mill Lane",
                                     "speaker": "Ada Brennan"}])
    assert r.exit_code == 0, (r.stdout, r.stderr)
    assert json.loads(r.stdout)["verdict"] == "verbatim"


def test_reports_show_the_verdict_and_the_governing_words(tmp_path, sources):
    from onrecord import pipeline
    from onrecord.read import read_text
    from onrecord.report.html import render_html
    from onrecord.report.md import render_md
    from onrecord.report.note import editors_note
    from onrecord.report.text import render_text

    doc = read_text("At the meeting Ada Brennan said she would \u201cshut the swimming baths\u201d next year.",
                    path="article.txt")
    archive = pipeline.open_archive(sources=sources)
    (res,) = list(pipeline.check([doc], archive=archive))
    (item,) = [it for it in res.items if it.verdict is not None]
    assert item.verdict.verdict == "out_of_context"
    buf = io.StringIO()
    render_text([res], Console(file=buf, width=200, color_system=None))
    text = buf.getvalue()
    assert "out of context" in text and '"not"' in text
    assert "out of context" in render_md([res])
    page = render_html([res])
    assert "v-out_of_context" in page and "Out of context" in page
    assert "shut the swimming baths" in editors_note([res])
