"""``onrecord check`` on one article through CliRunner: verdicts and exit codes, the sources or
archive it is given (one-line errors), and the renderer each format calls. Stages are replaced
by ``fake_stages`` (tests/conftest.py) where a test asks for it; ``run`` and ``one_line_error``
are tests/cli/cli_runs.py's, the ``article`` and ``sources`` fixtures tests/cli/conftest.py's.
Moved from tests/test_cli.py (round 63)."""

from __future__ import annotations

import json

from cli_runs import one_line_error, run


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
