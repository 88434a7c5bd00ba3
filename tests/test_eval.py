"""Scoring functions of onrecord.eval on hand-made gold/prediction pairs, and the eval CLI."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.eval import gate, match_overlap, score_extract, score_verify


def q(start, end, kind="speech", speaker=None, cue=None, flagged=False):
    return {"text": "x" * (end - start), "start": start, "end": end, "kind": kind, "speaker": speaker,
            "cue": cue, "flagged": flagged}


def test_overlap_matching_is_one_to_one():
    gold = [q(0, 10)]
    pred = [q(0, 4), q(5, 10)]  # a quote cut in two earns one match, not two
    assert match_overlap(gold, pred) == [(0, 0)] or match_overlap(gold, pred) == [(0, 1)]
    assert len(match_overlap(gold, pred)) == 1


def test_score_extract():
    gold = [q(0, 10, speaker="Richard Haass", cue="said"), q(20, 30, kind="title"), q(40, 50, flagged=True, speaker="Ann Lee")]
    pred = [q(0, 10, speaker="Haass", cue="said"), q(21, 30, kind="scare"), q(60, 70)]
    m = score_extract([(gold, pred)])
    assert m["gold_quotes"] == 3 and m["predicted_quotes"] == 3
    assert m["exact_precision"] == pytest.approx(1 / 3) and m["exact_recall"] == pytest.approx(1 / 3)
    assert m["overlap_f1"] == pytest.approx(2 / 3)
    assert m["kind_accuracy"] == 0.5  # the title was called scare
    assert m["speaker_accuracy"] == 0.0  # "Haass" is not the full canonical name
    assert m["speaker_same_person"] == 1.0
    assert m["cue_accuracy"] == 1.0
    assert m["flag_accuracy"] == 1.0
    assert m["per_kind"]["title"] == {"gold": 1, "pred": 0, "matched": 1, "kind_ok": 0}
    types = sorted(x["type"] for x in m["mistakes"])
    assert types == ["missed", "span+kind", "speaker", "spurious"]


@pytest.mark.parametrize("gold_kind, gold_speaker, shown, want_shown, want_precision", [
    ("speech", "Ann Lee", "Ann Lee", 1, 1.0),
    ("speech", "Ann Lee", "Bo Lind", 1, 0.0),
    ("speech", "Ann Lee", None, 0, 0.0),  # a withheld name is no error among the names shown
    ("title", None, "Ann Lee", 1, 0.0),  # a name on a title: someone credited who said nothing
    ("speech", None, "Ann Lee", 1, 0.0),  # an unnamed speaker given a name
])
def test_speaker_precision_counts_only_the_names_shown(gold_kind, gold_speaker, shown, want_shown, want_precision):
    m = score_extract([([q(0, 10, kind=gold_kind, speaker=gold_speaker)], [q(0, 10, speaker=shown)])])
    assert m["speakers_shown"] == want_shown
    assert m["speaker_precision"] == want_precision


def test_score_verify_false_verify_rate_and_confusion():
    gold = [
        {"id": "1", "verdict": "verbatim", "source": "a.txt"},
        {"id": "2", "verdict": "drift", "source": "a.txt"},
        {"id": "3", "verdict": "not_found", "source": None, "note": "negation flip of 'will'"},
        {"id": "4", "verdict": "misattributed", "source": "b.txt"},
    ]
    pred = [
        {"verdict": "verbatim", "source": "dir/a.txt"},
        {"verdict": "variation", "source": "a.txt"},
        {"verdict": "verbatim", "source": "a.txt"},
        {"verdict": "misattributed", "source": "b.txt"},
    ]
    m = score_verify(zip(gold, pred))
    assert m["accuracy"] == 0.5
    assert m["false_verify_rate"] == pytest.approx(2 / 3) and m["false_verify_count"] == 2
    assert m["negation_flips"] == 1 and m["negation_flips_verified"] == 1
    assert m["confusion"]["drift"]["variation"] == 1
    assert m["source_accuracy"] == 1.0
    assert [x["id"] for x in m["mistakes"]] == ["2", "3"]
    # macro-F1 over the verdicts present: verbatim 2/3, variation 0, drift 0, misattributed 1, not_found 0
    assert m["macro_f1"] == pytest.approx((2 / 3 + 1) / 5)


def test_gate_floors_and_ceilings():
    base = {"verify": {"floors": {"accuracy": 0.6}, "ceilings": {"false_verify_rate": 0.1}}}
    assert gate({"task": "verify", "accuracy": 0.7, "false_verify_rate": 0.05}, base) == []
    fails = gate({"task": "verify", "accuracy": 0.5, "false_verify_rate": 0.2}, base)
    assert len(fails) == 2


# ------------------------------------------------------------------------------------- CLI

@pytest.fixture
def gold_set(tmp_path):
    arts = tmp_path / "articles"
    arts.mkdir()
    text = "Headline\n\nShe said \u201cwe will dredge now\u201d and \u201cnever again\u201d.\n"
    (arts / "001.txt").write_text(text, encoding="utf-8")
    s = text.index("we will")
    gold = {"id": "001", "published": "2024-01-01", "quotes": [
        {"text": "we will dredge now", "start": s, "end": s + 18, "kind": "speech", "speaker": "Mara Ellison",
         "speakers": ["Mara Ellison"], "cue": "said", "flagged": False}]}
    g = tmp_path / "gold.jsonl"
    g.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    return g, arts


def test_eval_extract_cli(fake_stages, gold_set):
    g, arts = gold_set
    r = CliRunner().invoke(cli, ["eval", "extract", "--gold", str(g), "--articles", str(arts), "--format", "json"])
    assert r.exit_code == 0, r.stderr
    rep = json.loads(r.stdout)
    assert rep["exact_recall"] == 1.0 and rep["exact_precision"] == 0.5 and rep["speaker_accuracy"] == 1.0
    r = CliRunner().invoke(cli, ["eval", "extract", "--gold", str(g), "--articles", str(arts), "--mistakes"])
    assert "exact_f1" in r.stdout and "spurious" in r.stdout and "never again" in r.stdout


def test_eval_extract_missing_article(fake_stages, gold_set, tmp_path):
    g, arts = gold_set
    (arts / "001.txt").unlink()
    r = CliRunner().invoke(cli, ["eval", "extract", "--gold", str(g), "--articles", str(arts)])
    assert r.exit_code == 2 and r.stderr.startswith("Error: ") and "'001'" in r.stderr and len(r.stderr.splitlines()) == 1


def test_eval_verify_cli(fake_stages, tmp_path):
    src = tmp_path / "sources"
    src.mkdir()
    (src / "a.txt").write_text("Speaker: A B\n\nwe will dredge now\n", encoding="utf-8")
    claims = tmp_path / "claims.jsonl"
    claims.write_text(
        json.dumps({"id": "c1", "quote": "we will dredge now", "speaker": "A B", "date_hint": None, "verdict": "verbatim", "source": "a.txt"}) + "\n"
        + json.dumps({"id": "c2", "quote": "made up", "speaker": "A B", "date_hint": None, "verdict": "not_found", "source": None}) + "\n",
        encoding="utf-8",
    )
    r = CliRunner().invoke(cli, ["eval", "verify", "--claims", str(claims), "--sources", str(src), "--format", "json"])
    assert r.exit_code == 0, r.stderr
    rep = json.loads(r.stdout)
    assert rep["accuracy"] == 1.0 and rep["false_verify_rate"] == 0.0
    r = CliRunner().invoke(cli, ["eval", "verify", "--claims", str(claims), "--sources", str(src)])
    assert "confusion" in r.stdout


def test_eval_verify_gold_without_verdict(fake_stages, tmp_path):
    src = tmp_path / "sources"
    src.mkdir()
    claims = tmp_path / "claims.jsonl"
    claims.write_text(json.dumps({"id": "c1", "quote": "x"}) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["eval", "verify", "--claims", str(claims), "--sources", str(src)])
    assert r.exit_code == 2 and "line 1" in r.stderr and "verdict" in r.stderr


def test_eval_baseline_option_exits_1_below_a_floor(fake_stages, gold_set, tmp_path):
    g, arts = gold_set
    base = tmp_path / "baseline.json"
    base.write_text(json.dumps({"extract": {"floors": {"exact_precision": 0.9}, "ceilings": {}}}), encoding="utf-8")
    r = CliRunner().invoke(cli, ["eval", "extract", "--gold", str(g), "--articles", str(arts), "--baseline", str(base)])
    assert r.exit_code == 1 and "exact_precision" in r.stderr
    base.write_text(json.dumps({"extract": {"floors": {"exact_recall": 1.0}, "ceilings": {}}}), encoding="utf-8")
    r = CliRunner().invoke(cli, ["eval", "extract", "--gold", str(g), "--articles", str(arts), "--baseline", str(base)])
    assert r.exit_code == 0


def test_eval_bad_baseline(fake_stages, gold_set, tmp_path):
    g, arts = gold_set
    r = CliRunner().invoke(cli, ["eval", "extract", "--gold", str(g), "--articles", str(arts), "--baseline", str(tmp_path / "none.json")])
    assert r.exit_code == 2 and "no such baseline file" in r.stderr


def test_eval_extract_gold_quote_without_offsets(fake_stages, gold_set):
    g, arts = gold_set
    rec = json.loads(g.read_text(encoding="utf-8"))
    del rec["quotes"][0]["start"]
    g.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["eval", "extract", "--gold", str(g), "--articles", str(arts)])
    assert r.exit_code == 2 and "line 1: quote 1 needs integer" in r.stderr


def test_eval_gold_file_not_utf8_is_one_line_error(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(b'{"id": "001", "quotes": []}\n{"id": "\xff\xfe"}\n')
    r = CliRunner().invoke(cli, ["eval", "extract", "--gold", str(gold), "--articles", str(tmp_path)])
    assert r.exit_code == 2
    assert "Traceback" not in r.output
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "gold.jsonl" in lines[0] and "UTF-8" in lines[0]


def test_eval_gold_malformed_line_names_line_number(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "001", "quotes": []}\n{not json\n', encoding="utf-8")
    r = CliRunner().invoke(cli, ["eval", "extract", "--gold", str(gold), "--articles", str(tmp_path)])
    assert r.exit_code == 2
    assert "line 2" in r.stderr and "gold.jsonl" in r.stderr


def test_eval_extract_scores_a_mojibake_article_in_the_file_offsets(tmp_path):
    """fresh15 held two articles with a garbled headline: the reader repairs it, the quotations
    then index the repaired text, and every one after the headline scored as a span error against
    the gold (annotated on the file as written). Mapped back, they are exact."""
    from onrecord.eval import eval_extract

    arts = tmp_path / "articles"
    arts.mkdir()
    raw = ("Ã¢â‚¬Ëœfiscal cliffÃ¢â‚¬â„¢ talks stall\n\n"
           "The talks stalled on Friday. “We are waiting for an answer,” said Mara Quint, the "
           "chief negotiator.\n")
    (arts / "a1.txt").write_text(raw, encoding="utf-8")
    s = raw.index("We are waiting")
    e = raw.index(",”") + 1
    t = raw.index("fiscal cliff")
    gold = {"id": "a1", "quotes": [
        {"text": "fiscal cliff", "start": t, "end": t + 12, "kind": "term", "speaker": None, "cue": None},
        {"text": raw[s:e], "start": s, "end": e, "kind": "speech", "speaker": "Mara Quint", "cue": "said"}]}
    g = tmp_path / "gold.jsonl"
    g.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    report = eval_extract(g, arts)
    assert report["exact_f1"] == 1.0
