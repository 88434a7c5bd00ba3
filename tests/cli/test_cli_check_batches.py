"""``onrecord check`` on several articles through CliRunner: a batch continues past an unreadable
input and sums up on stderr, progress stays off stdout, and -o writes one report per article
into a folder or one page for all into a file. Stages are replaced by ``fake_stages``
(tests/conftest.py) where a test asks for it; ``run`` and ``one_line_error`` are
tests/cli/cli_runs.py's, the ``article`` and ``sources`` fixtures tests/cli/conftest.py's. Moved
from tests/test_cli.py (round 63)."""

from __future__ import annotations

import json

import pytest

from cli_runs import one_line_error, run


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
