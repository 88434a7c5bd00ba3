"""Reports never destroy a user's file and never become sources (issue 10).

A report saved among the sources used to be indexed on the next run and verify every
quotation it listed; ``-o`` could name an input and overwrite it; a Ctrl-C during ``-o FILE``
left a half-written report over the previous one; a report in an ``-o`` folder replaced a
file of the same name. Real stages, without the embedding model. Every sentence is invented."""

from __future__ import annotations

import os
import shutil

import pytest
from click.testing import CliRunner

from onrecord.cli import cli

INVENTED = "we will give every household a free bicycle by the spring"


@pytest.fixture
def case(tmp_path, sources_dir):
    src = sources_dir
    (src / "speech.txt").write_text(
        "Title: Spring speech\nSpeaker: Rhea Talbot\nDate: 2024-02-01\n\n"
        "The ferry timetable will change in March. We are hiring two more pilots.\n",
        encoding="utf-8",
    )
    art = tmp_path / "article.txt"
    art.write_text(
        "Title: Bicycles for all\nDate: 2024-02-10\n\n"
        f"Rhea Talbot said \u201c{INVENTED}\u201d.\n",
        encoding="utf-8",
    )
    return tmp_path, art, src


def run(*args):
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize("fmt, name", [("md", "r.md"), ("html", "r.html"), ("text", "r.txt"), ("jsonl", "r.jsonl")])
def test_a_report_saved_among_the_sources_is_never_read_as_a_source(case, fmt, name):
    tmp, art, src = case
    r = run("check", str(art), "--sources", str(src), "--format", fmt, "-o", str(tmp / name))
    assert r.exit_code == 1, r.stderr  # the invented quote is not found
    shutil.copy(tmp / name, src / name)  # the user moves the report among the sources
    r = run("check", str(art), "--sources", str(src), "--format", "jsonl")
    assert r.exit_code == 1, (r.stdout, r.stderr)  # still not found: the report is no source
    assert '"verdict": "verbatim"' not in r.stdout
    assert f"{name}: an onrecord report, never read as a source" in r.stderr


def test_o_into_the_sources_folder_is_refused_before_anything_is_written(case):
    tmp, art, src = case
    r = run("check", str(art), "--sources", str(src), "--format", "md", "-o", str(src / "report.md"))
    assert r.exit_code == 2
    assert r.stderr.count("\n") == 1 and "inside the sources folder" in r.stderr
    assert not (src / "report.md").exists()
    r = run("check", str(art), "--sources", str(src), "--format", "md", "-o", str(src) + "/")
    assert r.exit_code == 2 and "inside the sources folder" in r.stderr
    assert sorted(os.listdir(src)) == ["speech.txt"]


@pytest.mark.parametrize("target", ["article.txt", "./article.txt", "sub/../article.txt"])
def test_o_naming_an_input_is_refused(case, target):
    tmp, art, src = case
    (tmp / "sub").mkdir(exist_ok=True)
    before = art.read_bytes()
    r = run("check", "article.txt", "--sources", str(src), "-o", target)
    assert r.exit_code == 2 and "is one of the inputs" in r.stderr
    assert art.read_bytes() == before


def test_o_naming_a_source_of_a_named_archive_is_refused(case):
    tmp, art, src = case
    assert run("sources", "add", "--archive", "town", str(src)).exit_code == 0
    before = (src / "speech.txt").read_bytes()
    r = run("check", str(art), "--archive", "town", "-o", str(src / "speech.txt"))
    assert r.exit_code == 2 and "source file of the archive" in r.stderr
    assert (src / "speech.txt").read_bytes() == before


def test_interrupted_run_leaves_the_previous_report_intact(case, monkeypatch):
    tmp, art, src = case
    report = tmp / "report.md"
    report.write_text("the previous report\n", encoding="utf-8")
    from onrecord import pipeline

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "check", interrupted)
    r = run("check", str(art), "--sources", str(src), "--format", "md", "-o", str(report))
    assert r.exit_code != 0
    assert report.read_text(encoding="utf-8") == "the previous report\n"
    assert sorted(x for x in os.listdir(tmp) if x != "onrecord-home") == ["article.txt", "report.md", "sources"]  # no temporary file left


def test_complete_run_replaces_the_report(case):
    tmp, art, src = case
    report = tmp / "report.md"
    report.write_text("the previous report\n", encoding="utf-8")
    r = run("check", str(art), "--sources", str(src), "--format", "md", "-o", str(report))
    assert r.exit_code == 1
    assert INVENTED in report.read_text(encoding="utf-8")
    assert sorted(x for x in os.listdir(tmp) if x != "onrecord-home") == ["article.txt", "report.md", "sources"]


def test_existing_file_in_an_o_folder_needs_force(case):
    tmp, art, src = case
    out = tmp / "reports"
    out.mkdir()
    (out / "article.md").write_text("mine\n", encoding="utf-8")
    r = run("check", str(art), "--sources", str(src), "--format", "md", "-o", str(out) + "/")
    assert r.exit_code == 2
    assert "article.md: exists already; not overwritten (use --force to overwrite)" in r.stderr
    assert (out / "article.md").read_text(encoding="utf-8") == "mine\n"
    r = run("check", str(art), "--sources", str(src), "--format", "md", "-o", str(out) + "/", "--force")
    assert r.exit_code == 1, r.stderr
    assert INVENTED in (out / "article.md").read_text(encoding="utf-8")


def test_o_folder_never_overwrites_an_input_even_with_force(case):
    tmp, art, src = case
    before = art.read_bytes()
    r = run("check", str(art), "--sources", str(src), "--format", "text", "-o", str(tmp) + "/", "--force")
    assert r.exit_code == 2 and "is one of the inputs" in r.stderr
    assert art.read_bytes() == before


@pytest.mark.parametrize("into_folder", [False, True])
def test_o_naming_a_fifo_is_refused_and_left_alone(case, into_folder):
    """A named pipe (or a device node) at the -o path was replaced by a regular file, with
    exit 1 and no message (issue 10, F5): -o must be a regular file, a folder, or not exist."""
    import stat

    tmp, art, src = case
    folder = tmp / "reports"
    folder.mkdir()
    fifo = folder / ("article.md" if into_folder else "pipe.md")
    os.mkfifo(fifo)
    target = str(folder) + "/" if into_folder else str(fifo)
    args = ["check", str(art), "--sources", str(src), "--format", "md", "-o", target]
    r = run(*args, *(["--force"] if into_folder else []))
    assert r.exit_code == 2, (r.stdout, r.stderr)
    assert "not a regular file" in r.stderr and "pipe" in r.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
