"""Nested quotations of the other glyph style (issue 10): straight marks inside curly ones, or
curly inside straight, are two quotations, the outer and the inner. Before the fix the inner
opener read as a conflicting opener, the outer mark was disabled, and only the inner words
were checked, so a made-up outer sentence around real words passed with exit 0.
Every sentence here is invented for the test."""

from __future__ import annotations

import json

import pytest

from onrecord.extract import extract_document, extract_quotes
from onrecord.model import Document

L, R = "\u201c", "\u201d"


@pytest.mark.parametrize(
    "text, outer, inner",
    [
        # straight inside curly, attribution after
        (f'{L}I have told them that "the bridge is unsafe" and I will go to court,{R} the engineer said.',
         'I have told them that "the bridge is unsafe" and I will go to court,', "the bridge is unsafe"),
        # straight inside curly, attribution before with a colon
        (f'The engineer said: {L}They wrote "closed for repairs" on every gate.{R}',
         'They wrote "closed for repairs" on every gate.', "closed for repairs"),
        # curly inside straight
        (f'She said "we answered {L}not this year{R} to the board" and left.',
         f"we answered {L}not this year{R} to the board", "not this year"),
    ],
)
def test_nested_quotation_is_kept_with_its_outer_quotation(text, outer, inner):
    qs = extract_quotes(text)
    assert [q.text for q in qs] == [outer, inner]
    assert [q.nested for q in qs] == [False, True]
    for q in qs:
        assert text[q.start : q.end] == q.text
    assert qs[0].start < qs[1].start and qs[1].end < qs[0].end


LS, RS = "\u2018", "\u2019"


@pytest.mark.parametrize(
    "text, inner",
    [
        # curly single inside curly double, the inner closer before a word (possessive-like)
        (f"{L}My rivals keep saying {LS}the ferry is too slow{RS} as if it were true,{R} she said.",
         ["the ferry is too slow"]),
        # straight single inside straight double
        ("\"We told them 'the ferry is too slow' and they laughed,\" she said.", ["the ferry is too slow"]),
        # straight single inside curly double
        (f"{L}We told them 'the ferry is too slow' and they laughed,{R} she said.", ["the ferry is too slow"]),
        # the inner quotation ends with the outer one
        (f"She said: {L}Then the pilot told me {LS}stay seated.{RS}{R}", ["stay seated."]),
        # a plural possessive before the inner quotation is no closer of it
        (f"{L}The rowers{RS} club chose {LS}Blue Heron{RS} as its name,{R} he said.", ["Blue Heron"]),
        # apostrophes only: an elided year, rock 'n' roll, a plural possessive
        (f"{L}We loved {LS}90s music, rock {RS}n{RS} roll and the Tanners{RS} album,{R} he said.", []),
        (f"{L}It was the {RS}80s and we didn{RS}t care,{R} he said.", []),
    ],
)
def test_single_marks_inside_double_marks_are_kept_nested(text, inner):
    qs = extract_quotes(text)
    assert [q.text for q in qs if q.nested] == inner
    assert len([q for q in qs if not q.nested]) == 1
    for q in qs:
        assert text[q.start : q.end] == q.text


def test_nested_quotation_counts_no_unbalanced_mark():
    text = f'{L}He called it "a small delay" twice,{R} she said.'
    res = extract_document(Document(text=text, path="t"))
    assert res.stats["unbalanced"] == 0
    assert len(res.quotes) == 2


def test_outer_quotation_keeps_its_own_attribution_context():
    # The outer quotation's kind comes from the words around its own marks, not from the
    # nested one's: a full sentence with "she said" after it is speech.
    text = f'{L}We never agreed to "the second phase" of the plan,{R} she said.'
    outer, inner = extract_quotes(text)
    assert outer.kind == "speech"
    assert inner.nested


def test_a_lone_straight_mark_inside_curly_quotes_is_not_nesting():
    # No straight closer: not a nested quotation; the old reading (unbalanced) stands and no
    # quotation is invented from half a mark.
    text = f'{L}It measured 6" across,{R} he said.'
    qs = extract_quotes(text)
    assert all(not q.nested for q in qs)


@pytest.fixture
def nested_case(tmp_path, monkeypatch):
    """A source holding only the inner words; an article that puts invented outer words
    around them."""
    monkeypatch.setenv("ONRECORD_EMBED", "0")
    src = tmp_path / "sources"
    src.mkdir()
    (src / "interview.txt").write_text(
        "Title: Interview\nSpeaker: Lena Ortiz\nDate: 2024-05-02\n\n"
        "I am not going to repeat that the harbour budget was badly managed. "
        "We move on.\n",
        encoding="utf-8",
    )
    art = tmp_path / "article.txt"
    art.write_text(
        "Title: Row over harbour\nDate: 2024-05-09\n\n"
        f'Lena Ortiz said: {L}I have said many times that "the harbour budget was badly managed" '
        f"and I will take the director to court over it.{R}\n",
        encoding="utf-8",
    )
    return art, src


def test_invented_outer_sentence_is_checked_and_never_passes(nested_case):
    from click.testing import CliRunner

    from onrecord.cli import cli

    art, src = nested_case
    r = CliRunner().invoke(cli, ["check", str(art), "--sources", str(src), "--format", "jsonl"])
    assert r.exit_code == 1, (r.stdout, r.stderr)
    rec = json.loads(r.stdout)
    speech = [q for q in rec["quotes"] if q["kind"] == "speech"]
    outer = [q for q in speech if "take the director to court" in q["text"]]
    assert len(outer) == 1
    assert outer[0]["verdict"] not in ("verbatim", "variation")


def test_jsonl_marks_the_inner_quotation_nested(nested_case):
    from click.testing import CliRunner

    from onrecord.cli import cli

    art, _ = nested_case
    r = CliRunner().invoke(cli, ["extract", str(art), "--format", "jsonl"])
    assert r.exit_code == 0, r.stderr
    quotes = json.loads(r.stdout)["quotes"]
    assert [q.get("nested", False) for q in quotes] == [False, True]
