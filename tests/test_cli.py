"""The command line through CliRunner: one-line errors and exit codes (contract section 5),
pure JSON on stdout for --format jsonl, and batches that continue past a bad input. Stages are
replaced by ``fake_stages`` (conftest) so these tests exercise the CLI and pipeline plumbing."""

from __future__ import annotations

import json

import httpx
import pytest
from click.testing import CliRunner

from onrecord import __version__
from onrecord.cli import cli, exit_code
from onrecord.model import Verdict


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def one_line_error(result, *needles):
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr, result.exception)
    # status lines ("onrecord: [0.0 s] opening the archive") announce stages, they are not errors
    err = [line for line in result.stderr.strip().splitlines() if not line.startswith("onrecord: ")]
    assert len(err) == 1, result.stderr
    assert err[0].startswith("Error: ")
    assert "Traceback" not in result.output
    for n in needles:
        assert n in err[0], (n, err[0])
    return err[0]


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "article.txt"
    p.write_text(
        "Harbour vote\n\nThe mayor said \u201cwe will dredge now\u201d on Monday. Critics called the "
        "\u201cHarbour Plan\u201d reckless and said \u201cthe fish will never come back\u201d.\n",
        encoding="utf-8",
    )
    return p


@pytest.fixture
def sources(tmp_path):
    d = tmp_path / "sources"
    d.mkdir()
    (d / "briefing.txt").write_text(
        "Title: Briefing\nSpeaker: Mara Ellison\nDate: 2024-03-02\n\nI say we will dredge now, and soon.\n",
        encoding="utf-8",
    )
    return d


def test_version_and_help():
    r = run("--version")
    assert r.exit_code == 0 and __version__ in r.stdout
    r = run("--help")
    assert r.exit_code == 0 and "Examples:" in r.stdout


# ------------------------------------------------------------------- bad inputs: extract

def test_missing_file(fake_stages, tmp_path):
    one_line_error(run("extract", str(tmp_path / "gone.txt")), "gone.txt", "no such file")


def test_folder_without_readable_files(fake_stages, tmp_path):
    d = tmp_path / "empty"
    d.mkdir()
    (d / "LICENSE").write_text("no suffix: not taken from a folder", encoding="utf-8")
    (d / "photo.png").write_bytes(b"\x89PNG")
    one_line_error(run("extract", str(d)), str(d), "folder holds no file onrecord can read")


def test_folder_expands_to_its_readable_files_sorted(fake_stages, tmp_path):
    d = tmp_path / "articles"
    (d / "sub").mkdir(parents=True)
    (d / ".git").mkdir()
    for name in ("b.txt", "a.md", "sub/c.txt", ".git/x.txt", ".hidden.txt", "notes", "img.png"):
        (d / name).write_text("She said \u201cfolder words\u201d.\n", encoding="utf-8")
    r = run("extract", str(d))
    assert r.exit_code == 0, r.stderr
    assert [json.loads(line)["document"] for line in r.stdout.splitlines()] == [
        str(d / "a.md"), str(d / "b.txt"), str(d / "sub" / "c.txt")]


def test_binary_file(fake_stages, tmp_path):
    p = tmp_path / "bin.txt"
    p.write_bytes(b"\x00\x01\x02abc")
    one_line_error(run("extract", str(p)), "bin.txt", "binary file")


def test_windows_1252_is_read_with_a_one_line_warning(fake_stages, tmp_path):
    # issue 17: a Windows-1252 file stopped with "not valid UTF-8"; it is read, and said so
    p = tmp_path / "cp1252.txt"
    p.write_bytes(b"He said \x93no\x94.")
    r = run("extract", str(p))
    assert r.exit_code == 0
    warnings = [l for l in r.stderr.splitlines() if l.startswith("Warning:")]
    assert warnings == [f"Warning: {p}: not UTF-8: read as Windows-1252 (detected)"]
    rec = json.loads(r.stdout)
    assert rec["text"] == "He said \u201cno\u201d."  # the text the offsets index travels with them
    assert [rec["text"][q["start"]:q["end"]] for q in rec["quotes"]] == ["no"]


def test_malformed_json_line(fake_stages, tmp_path):
    p = tmp_path / "recs.jsonl"
    p.write_text('{"id": "1", "text": "ok \\u201cyes\\u201d"}\n{broken\n', encoding="utf-8")
    one_line_error(run("extract", str(p)), "recs.jsonl", "line 2", "not valid JSON")


def test_empty_document(fake_stages, tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("", encoding="utf-8")
    one_line_error(run("extract", str(p)), "empty.txt", "empty document")


def test_unsupported_type(fake_stages, tmp_path):
    p = tmp_path / "a.docx"
    p.write_bytes(b"x")
    one_line_error(run("extract", str(p)), "a.docx", "unsupported file type")


def test_too_large(fake_stages, tmp_path, monkeypatch):
    import onrecord.options as options
    from onrecord.thresholds.read import ReadOptions

    monkeypatch.setattr("onrecord.pipeline.DEFAULT_OPTIONS", options.Options(read=ReadOptions(max_input_bytes=5)))
    p = tmp_path / "big.txt"
    p.write_text("x" * 50, encoding="utf-8")
    one_line_error(run("extract", str(p)), "big.txt", "too large")


def test_unreachable_url(fake_stages, monkeypatch):
    import onrecord.read.url as url

    def refuse(req):
        raise httpx.ConnectError("connection refused", request=req)

    monkeypatch.setattr(url, "TRANSPORT", httpx.MockTransport(refuse))
    one_line_error(run("extract", "https://example.invalid/story"), "https://example.invalid/story", "unreachable")


@pytest.mark.parametrize(
    "args,needle",
    [
        (["verify", "--sources", "x"], "Missing option '--claims'"),
        (["extract"], "Missing argument 'FILE...'"),
        (["check", "a.txt", "--format", "pdf"], "'pdf' is not one of"),
        (["frobnicate"], "No such command 'frobnicate'"),
        (["eval", "extract", "--gold"], "requires an argument"),
    ],
)
def test_usage_errors_are_one_line(args, needle):
    one_line_error(run(*args), needle, "--help)")


def test_bad_published_date(fake_stages, article):
    one_line_error(run("extract", str(article), "--published", "2024-13-45"), "--published", "not a real date")


# ------------------------------------------------------------------------------- extract

def test_extract_jsonl_is_pure_json_with_contract_fields(fake_stages, article):
    r = run("extract", str(article), "--published", "2025-03-10")
    assert r.exit_code == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == 1
    rec = json.loads(lines[0])
    assert rec["document"] == str(article) and rec["published"] == "2025-03-10"
    assert "text" not in rec  # a plain file is its own text
    text = article.read_text(encoding="utf-8")
    for q in rec["quotes"]:
        assert set(q) >= {"text", "start", "end", "kind", "speaker", "speakers", "speaker_description", "cue", "flagged", "confidence"}
        assert text[q["start"] : q["end"]] == q["text"]
    kinds = {q["text"]: q for q in rec["quotes"]}
    assert kinds["Harbour Plan"]["speaker"] is None and kinds["Harbour Plan"]["speakers"] == []
    assert kinds["we will dredge now"]["speakers"] == ["Mara Ellison"]


def test_extract_keeps_text_of_non_file_inputs(fake_stages, tmp_path):
    p = tmp_path / "r.jsonl"
    p.write_text(json.dumps({"id": "x", "text": "He said \u201chello there\u201d."}) + "\n", encoding="utf-8")
    rec = json.loads(run("extract", str(p)).stdout)
    assert rec["document"] == f"{p}#x"
    q = rec["quotes"][0]
    assert rec["text"][q["start"] : q["end"]] == "hello there"


def test_extract_batch_continues_past_bad_input(fake_stages, article, tmp_path):
    r = run("extract", str(tmp_path / "missing.txt"), str(article))
    assert r.exit_code == 2
    assert [json.loads(line)["document"] for line in r.stdout.splitlines()] == [str(article)]
    assert r.stderr.strip() == f"Error: {tmp_path / 'missing.txt'}: no such file"


def test_extract_no_attribute_table_csv(fake_stages, article):
    r = run("extract", str(article), "--no-attribute", "--format", "csv")
    assert r.exit_code == 0
    rows = r.stdout.splitlines()
    assert rows[0].startswith("document,start,end,kind,speaker")
    assert len(rows) == 4 and "Mara Ellison" not in r.stdout
    r = run("extract", str(article), "--format", "table")
    assert r.exit_code == 0 and "Mara Ellison" in r.stdout


def test_extract_stdin(fake_stages):
    r = run("extract", "-", input="She said \u201cfrom stdin\u201d.\n")
    rec = json.loads(r.stdout)
    assert rec["document"] == "<stdin>" and rec["quotes"][0]["text"] == "from stdin" and "text" in rec


# ----------------------------------------------------------------------------- check

def test_check_jsonl_and_exit_code_1_on_not_found(fake_stages, article, sources):
    r = run("check", str(article), "--sources", str(sources), "--format", "jsonl")
    assert r.exit_code == 1, r.stderr
    rec = json.loads(r.stdout)
    by_text = {q["text"]: q for q in rec["quotes"]}
    good = by_text["we will dredge now"]
    assert good["verdict"] == "verbatim" and good["source"] == "briefing.txt"
    assert set(good) >= {"verdict", "source", "span", "source_speaker", "score", "explanation"}
    assert set(good["span"]) == {"start", "end", "text"}
    assert by_text["the fish will never come back"]["verdict"] == "not_found"
    assert "verdict" not in by_text["Harbour Plan"]  # titles are listed, not verified


def test_check_exit_0_when_all_verified(fake_stages, tmp_path, sources):
    p = tmp_path / "ok.txt"
    p.write_text("She said \u201cwe will dredge now\u201d.\n", encoding="utf-8")
    r = run("check", str(p), "--sources", str(sources), "--format", "jsonl", "-o", str(tmp_path / "out.jsonl"))
    assert r.exit_code == 0 and r.stdout == ""
    assert json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))["quotes"][0]["verdict"] == "verbatim"


def test_check_unwritable_output(fake_stages, article, sources, tmp_path):
    out = tmp_path / "no-such-dir" / "report.jsonl"
    one_line_error(run("check", str(article), "--sources", str(sources), "--format", "jsonl", "-o", str(out)),
                   "report.jsonl", "cannot write the report")


def test_check_needs_sources(fake_stages, article):
    one_line_error(run("check", str(article), "--format", "jsonl"), "--sources DIR or --archive NAME")


def test_check_sources_and_archive_exclusive(fake_stages, article, sources):
    one_line_error(run("check", str(article), "--sources", str(sources), "--archive", "x", "--format", "jsonl"), "not both")


def test_check_missing_sources_folder(fake_stages, article, tmp_path):
    one_line_error(run("check", str(article), "--sources", str(tmp_path / "nosrc"), "--format", "jsonl"), "nosrc", "no such folder")


def test_check_unknown_archive(fake_stages, article):
    one_line_error(run("check", str(article), "--archive", "harbour", "--format", "jsonl"), "no archive named 'harbour'")


def test_check_bad_archive_name(fake_stages, article):
    one_line_error(run("check", str(article), "--archive", "../etc", "--format", "jsonl"), "bad archive name")


# ---------------------------------------------------------------------------- verify

def _claims(tmp_path, lines):
    p = tmp_path / "claims.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_verify_jsonl_contract_fields(fake_stages, tmp_path, sources):
    p = _claims(tmp_path, [
        json.dumps({"id": "c1", "quote": "we will dredge now", "speaker": "Mara Ellison", "date_hint": "2024-03"}),
        json.dumps({"id": "c2", "quote": "invented words", "speaker": None, "date_hint": None}),
    ])
    r = run("verify", "--claims", str(p), "--sources", str(sources))
    assert r.exit_code == 1
    recs = [json.loads(line) for line in r.stdout.splitlines()]
    assert [x["id"] for x in recs] == ["c1", "c2"]
    for x in recs:
        assert set(x) >= {"id", "verdict", "source", "span", "source_speaker", "score", "explanation"}
    assert recs[0]["span"]["text"] == "we will dredge now"
    assert recs[1]["verdict"] == "not_found" and recs[1]["source"] is None and recs[1]["span"] is None


def test_verify_malformed_claim_line(fake_stages, tmp_path, sources):
    # The bad line is named and skipped; c1 is still verified (issue 10: it used to abort the run).
    p = _claims(tmp_path, [json.dumps({"id": "c1", "quote": "x"}), "not json"])
    r = run("verify", "--claims", str(p), "--sources", str(sources))
    assert r.exit_code == 2 and [json.loads(x)["id"] for x in r.stdout.splitlines()] == ["c1"]
    (err,) = [x for x in r.stderr.splitlines() if x.startswith("Error: ")]
    assert "claims.jsonl" in err and "line 2" in err and "not valid JSON" in err


def test_verify_claim_with_raw_line_separator(fake_stages, tmp_path, sources):
    p = _claims(tmp_path, [json.dumps({"id": "c1", "quote": "we will\u2028dredge now"}, ensure_ascii=False)])
    r = run("verify", "--claims", str(p), "--sources", str(sources))
    assert r.exit_code == 1 and json.loads(r.stdout)["id"] == "c1"  # one claim, not a broken line


def test_verify_claim_without_quote(fake_stages, tmp_path, sources):
    p = _claims(tmp_path, [json.dumps({"id": "c1", "speaker": "A"})])
    one_line_error(run("verify", "--claims", str(p), "--sources", str(sources)), "line 1", "no \"quote\"")


def test_verify_bad_date_hint(fake_stages, tmp_path, sources):
    p = _claims(tmp_path, [json.dumps({"id": "c1", "quote": "x", "date_hint": "March"})])
    one_line_error(run("verify", "--claims", str(p), "--sources", str(sources)), "line 1", "date_hint")


def test_verify_missing_claims_file(fake_stages, tmp_path, sources):
    one_line_error(run("verify", "--claims", str(tmp_path / "no.jsonl"), "--sources", str(sources)), "no.jsonl", "no such file")


def test_verify_text_format(fake_stages, tmp_path, sources):
    p = _claims(tmp_path, [json.dumps({"id": "c1", "quote": "we will dredge now"})])
    r = run("verify", "--claims", str(p), "--sources", str(sources), "--format", "text")
    assert r.exit_code == 0 and r.stdout.startswith("c1\tverbatim")


# ------------------------------------------------------------------- not built / misc

@pytest.mark.parametrize("args", [["serve"]])  # mine and bank are built: tests/mine, tests/bank
def test_unbuilt_commands_say_so(args):
    import onrecord.pipeline as pipeline
    from onrecord.errors import NotBuiltYet

    module, name = {"serve": ("web", "serve")}[args[0]]
    try:
        pipeline._stage(module, name, args[0])
    except NotBuiltYet:
        one_line_error(run(*args), "is not built yet")
    else:  # pragma: no cover - built since; its own tests cover it
        pytest.skip(f"onrecord {args[0]} is built")


def test_stage_not_built_is_one_line(tmp_path, article, monkeypatch):
    import onrecord.pipeline as pipeline
    from onrecord.errors import NotBuiltYet

    def missing(module, name, what):
        raise NotBuiltYet(f"{what} is not built yet")

    monkeypatch.setattr(pipeline, "_stage", missing)
    one_line_error(run("extract", str(article)), "quote extraction is not built yet")


def test_exit_code_function():
    ok = Verdict(id="a", verdict="variation", stage="ellipsis", score=1.0, explanation="")
    bad = Verdict(id="b", verdict="drift", stage="semantic", score=0.8, explanation="")
    assert exit_code([ok, None]) == 0
    assert exit_code([ok, bad]) == 1
    assert exit_code([ok], input_errors=1) == 2
    assert exit_code([]) == 0


# ---------------------------------------------------------------------------- sources

def test_sources_add_list_stats_remove(tmp_path, monkeypatch):
    import onrecord.pipeline as pipeline
    from onrecord.errors import NotBuiltYet

    try:
        pipeline._stage("archive", "Archive", "the source archive")
    except NotBuiltYet:  # pragma: no cover
        pytest.skip("archive not built")
    monkeypatch.setenv("ONRECORD_EMBED", "0")  # the CLI plumbing, not the embedding model
    d = tmp_path / "src"
    d.mkdir()
    (d / "a.txt").write_text("Title: Briefing\nSpeaker: Mara Ellison\nDate: 2024-03-02\n\nWe will dredge now.\n", encoding="utf-8")
    (d / "b.txt").write_bytes(b"\x00\x01")
    r = run("sources", "add", "--archive", "harbour", str(d))
    assert r.exit_code == 2  # b.txt is reported by name; a.txt is still added
    assert f"Error: {d / 'b.txt'}: binary file" in r.stderr
    r = run("sources", "list", "--archive", "harbour")
    assert r.exit_code == 0 and "Mara Ellison" in r.stdout and "Briefing" in r.stdout
    r = run("sources", "stats", "--archive", "harbour")
    assert r.exit_code == 0 and "documents: 1" in r.stdout
    r = run("sources", "remove", "--archive", "harbour", str(d / "a.txt"))
    assert r.exit_code == 0 and "removed" in r.stdout
    one_line_error(run("sources", "remove", "--archive", "harbour", str(d / "zzz.txt")), "zzz.txt", "not in archive")


def test_sources_add_no_embeddings_is_accepted_and_changes_nothing(tmp_path):
    # Kept for scripts written before vectors became lazy (issue 13): ingest embeds nothing
    # with or without the flag, and the help says the flag is a no-op.
    from onrecord.home import archive_path
    from onrecord.archive import Archive

    d = tmp_path / "src"
    d.mkdir()
    (d / "a.txt").write_text("Speaker: Mara Ellison\n\nWe will dredge the harbour now.\n", encoding="utf-8")
    r = run("sources", "add", "--archive", "plain", "--no-embeddings", str(d))
    assert r.exit_code == 0, r.stderr
    arch = Archive.open(archive_path("plain"), embed=False)
    stats = arch.stats()
    assert stats["documents"] == 1 and stats["cached_vectors"] == 0 and stats["embedded_sentences"] == 0
    assert "no-op" in run("sources", "add", "--help").stdout


def test_sources_list_unknown_archive():
    one_line_error(run("sources", "list", "--archive", "nope"), "no archive named 'nope'")


def test_pipeline_keeps_input_order_around_bad_items(fake_stages, tmp_path, monkeypatch):
    import onrecord.pipeline as pipeline
    from onrecord.errors import MissingInput

    monkeypatch.setattr(pipeline, "ATTRIBUTE_BATCH", 2)
    paths = []
    for i in range(5):
        p = tmp_path / f"{i}.txt"
        if i != 2:
            p.write_text(f"Doc {i} said \u201cquote {i}\u201d.", encoding="utf-8")
        paths.append(p)
    items = list(pipeline.extract(paths))
    assert isinstance(items[2], MissingInput)
    assert [it.document.path for k, it in enumerate(items) if k != 2] == [str(paths[k]) for k in (0, 1, 3, 4)]
    assert all(q.speaker == "Mara Ellison" for k, it in enumerate(items) if k != 2 for q in it.quotes)


def test_check_text_html_md_call_their_renderers(fake_stages, article, sources, tmp_path, monkeypatch):
    import types

    calls = []
    fake = {
        "text": types.SimpleNamespace(render_text=lambda results, console: calls.append(("text", len(results))) or console.print("TEXT REPORT")),
        "html": types.SimpleNamespace(render_html=lambda results: calls.append(("html", len(results))) or "<html></html>"),
        "md": types.SimpleNamespace(render_md=lambda results: calls.append(("md", len(results))) or "# report\n"),
    }
    for name, mod in fake.items():
        monkeypatch.setitem(__import__("sys").modules, f"onrecord.report.{name}", mod)
    other = tmp_path / "other.txt"
    other.write_text("She said \u201cwe will dredge now\u201d.\n", encoding="utf-8")
    r = run("check", str(article), str(other), "--sources", str(sources))
    assert r.exit_code == 1 and "TEXT REPORT" in r.stdout
    assert run("check", str(article), "--sources", str(sources), "--format", "html", "-o", str(tmp_path / "r.html")).exit_code == 1
    assert (tmp_path / "r.html").read_text(encoding="utf-8") == "<html></html>"
    assert run("check", str(article), "--sources", str(sources), "--format", "md").stdout == "# report\n"
    assert calls == [("text", 2), ("html", 1), ("md", 1)]  # one call over all results


def test_public_api_functions_survive_subpackage_imports(fake_stages, article, sources):
    import importlib

    import onrecord

    importlib.import_module("onrecord.extract")
    importlib.import_module("onrecord.verify")
    list(onrecord.check([str(article)], sources=str(sources)))
    assert callable(onrecord.extract) and callable(onrecord.verify) and callable(onrecord.check)
    assert onrecord.verify.__module__ == "onrecord.pipeline"
    assert set(onrecord.__all__) >= {"extract", "verify", "check", "Archive", "OnrecordError", "Verdict", "Quote"}


def test_check_named_archive_under_onrecord_home(fake_stages, article, sources, tmp_path):
    import os
    import shutil

    home = tmp_path / "onrecord-home"
    assert os.environ["ONRECORD_HOME"] == str(home)  # conftest: never the real home
    shutil.copytree(sources, home / "archives" / "harbour")
    r = run("check", str(article), "--archive", "harbour", "--format", "jsonl")
    assert r.exit_code == 1
    verdicts = {q["text"]: q.get("verdict") for q in json.loads(r.stdout)["quotes"]}
    assert verdicts["we will dredge now"] == "verbatim"


# ------------------------------------------------------------------------- check: batches

@pytest.fixture
def batch(tmp_path):
    """A folder of three articles (one unreadable) plus a loose one, in unsorted creation order."""
    d = tmp_path / "articles"
    (d / "sub").mkdir(parents=True)
    (d / "b.txt").write_text("She said \u201cwe will dredge now\u201d.\n", encoding="utf-8")
    (d / "a.txt").write_text("He said \u201cinvented words\u201d about the \u201cHarbour Plan\u201d.\n", encoding="utf-8")
    (d / "sub" / "bad.txt").write_bytes(b"He said \x00no\x00.")  # binary, not text
    return d


def test_check_folder_batch_continues_past_unreadable_and_sums_up(fake_stages, batch, sources):
    r = run("check", str(batch), "--sources", str(sources), "--format", "jsonl")
    assert r.exit_code == 2  # an unreadable input makes the run incomplete, whatever the verdicts
    recs = [json.loads(line) for line in r.stdout.splitlines()]  # stdout: JSON and nothing else
    assert [x["document"] for x in recs] == [str(batch / "a.txt"), str(batch / "b.txt")]
    status = [line for line in r.stderr.strip().splitlines() if line.startswith("onrecord: ")]
    err = [line for line in r.stderr.strip().splitlines() if not line.startswith("onrecord: ")]
    bad = str(batch / "sub" / "bad.txt")
    assert err[0].startswith(f"Error: {bad}: binary file")
    summary = err[-1]
    assert summary.startswith("Summary: 2 articles, 3 quotations (2 speech): 1 verbatim, 1 not found")
    assert f"1 unreadable: {bad} (binary file" in summary


def test_check_batch_exit_1_without_unreadable(fake_stages, batch, sources):
    (batch / "sub" / "bad.txt").unlink()
    r = run("check", str(batch / "b.txt"), str(batch / "a.txt"), "--sources", str(sources), "--format", "jsonl")
    assert r.exit_code == 1
    assert [json.loads(x)["document"] for x in r.stdout.splitlines()] == [str(batch / "b.txt"), str(batch / "a.txt")]
    assert r.stderr.strip().splitlines()[-1].startswith("Summary: 2 articles")


def test_check_single_article_has_no_batch_summary(fake_stages, article, sources):
    r = run("check", str(article), "--sources", str(sources), "--format", "jsonl")
    assert r.exit_code == 1 and "Summary" not in r.stderr


def test_check_progress_goes_to_stderr_only(fake_stages, batch, sources):
    (batch / "sub" / "bad.txt").unlink()
    r = run("check", str(batch), "--sources", str(sources), "--format", "jsonl", "--progress")
    assert r.exit_code == 1
    assert len([json.loads(line) for line in r.stdout.splitlines()]) == 2
    assert "2/2 articles checked" in r.stderr
    quiet = run("check", str(batch), "--sources", str(sources), "--format", "jsonl", "--no-progress")
    assert "articles checked" not in quiet.stderr  # asked for silence (tests/test_progress.py: the default)
    assert quiet.stdout == r.stdout


def _fake_renderers(monkeypatch, calls):
    import types

    def page(fmt):
        def render(results):
            calls.append((fmt, [r.document.path for r in results]))
            return f"<{fmt}>" + "|".join(r.document.path for r in results) + f"</{fmt}>"
        return render

    fake = {"html": types.SimpleNamespace(render_html=page("html")), "md": types.SimpleNamespace(render_md=page("md"))}
    for name, mod in fake.items():
        monkeypatch.setitem(__import__("sys").modules, f"onrecord.report.{name}", mod)


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_check_output_folder_gets_one_report_per_article(fake_stages, batch, sources, tmp_path, monkeypatch, fmt):
    calls = []
    _fake_renderers(monkeypatch, calls)
    other = tmp_path / "elsewhere" / "b.txt"  # same file name as articles/b.txt: no overwrite
    other.parent.mkdir()
    other.write_text("She said \u201cwe will dredge now\u201d.\n", encoding="utf-8")
    out = tmp_path / "reports"
    r = run("check", str(batch), str(other), "--sources", str(sources), "--format", fmt, "-o", str(out) + "/")
    assert r.exit_code == 2 and r.stdout == ""
    files = sorted(p.name for p in out.iterdir())
    assert files == [f"a.{fmt}", f"b-2.{fmt}", f"b.{fmt}"]
    assert (out / f"b-2.{fmt}").read_text(encoding="utf-8") == f"<{fmt}>{other}</{fmt}>"
    assert (out / f"a.{fmt}").read_text(encoding="utf-8") == f"<{fmt}>{batch / 'a.txt'}</{fmt}>"
    assert all(len(paths) == 1 for _, paths in calls)
    assert f"wrote 3 reports to {out}" in r.stderr


def test_check_output_file_is_one_page_for_all(fake_stages, batch, sources, tmp_path, monkeypatch):
    calls = []
    _fake_renderers(monkeypatch, calls)
    (batch / "sub" / "bad.txt").unlink()
    out = tmp_path / "all.html"
    r = run("check", str(batch), "--sources", str(sources), "--format", "html", "-o", str(out))
    assert r.exit_code == 1
    assert calls == [("html", [str(batch / "a.txt"), str(batch / "b.txt")])]
    assert out.read_text(encoding="utf-8").count("<html>") == 1


def test_check_existing_folder_as_output(fake_stages, batch, sources, tmp_path):
    (batch / "sub" / "bad.txt").unlink()
    out = tmp_path / "jsonl-out"
    out.mkdir()
    r = run("check", str(batch), "--sources", str(sources), "--format", "jsonl", "-o", str(out))
    assert r.exit_code == 1 and r.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == ["a.jsonl", "b.jsonl"]
    assert json.loads((out / "b.jsonl").read_text(encoding="utf-8"))["quotes"][0]["verdict"] == "verbatim"


def test_check_jsonl_record_names_get_their_own_report(fake_stages, tmp_path, sources, monkeypatch):
    calls = []
    _fake_renderers(monkeypatch, calls)
    p = tmp_path / "dump.jsonl"
    p.write_text("\n".join(json.dumps({"id": i, "text": f"He said \u201cwords {i}\u201d."}) for i in ("x1", "x2")) + "\n",
                 encoding="utf-8")
    r = run("check", str(p), "--sources", str(sources), "--format", "md", "-o", str(tmp_path / "md") + "/")
    assert r.exit_code == 1
    assert sorted(x.name for x in (tmp_path / "md").iterdir()) == ["dump-x1.md", "dump-x2.md"]


@pytest.mark.parametrize("fmt", ["text", "jsonl", "html"])
def test_check_single_unreadable_article_is_one_line_and_no_report(fake_stages, tmp_path, sources, fmt, monkeypatch):
    _fake_renderers(monkeypatch, [])
    missing = tmp_path / "gone.txt"
    r = run("check", str(missing), "--sources", str(sources), "--format", fmt)
    one_line_error(r, "gone.txt", "no such file")
    assert r.stdout == ""
    out = tmp_path / f"report.{fmt}"
    one_line_error(run("check", str(missing), "--sources", str(sources), "--format", fmt, "-o", str(out)), "gone.txt")
    assert not out.exists()  # no empty report left behind
