"""Messages and exit codes (issue 10): terminal control characters from articles, sources and
file names are escaped in text output and error lines; an unusable ONRECORD_HOME, a damaged
archive.db, an impossible date_hint and an oversized stdin are one line with exit 2; a crash
(a bug) is one line with exit 3 naming a log that holds the traceback. Invented text only."""

from __future__ import annotations

import json
import types
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.safe_text import escape_controls

ESC = "\x1b"


@pytest.mark.parametrize(
    "raw, shown",
    [
        ("plain text", "plain text"),
        (f"{ESC}[2Jcleared", "\\x1b[2Jcleared"),
        ("over\rwrite", "over\\x0dwrite"),
        ("c1\x9b31m", "c1\\x9b31m"),
        ("bidi \u202egnp.exe", "bidi \\u202egnp.exe"),
        ("tab\tand\nnewline stay", "tab\tand\nnewline stay"),
    ],
)
def test_escape_controls(raw, shown):
    assert escape_controls(raw) == shown


@pytest.fixture
def sources(tmp_path, monkeypatch):
    monkeypatch.setenv("ONRECORD_EMBED", "0")
    d = tmp_path / "sources"
    d.mkdir()
    (d / "talk.txt").write_text(
        "Title: Talk\nSpeaker: Juno Pratt\nDate: 2024-02-02\n\nThe canal will be dredged in May.\n", encoding="utf-8"
    )
    return d


def test_control_characters_from_an_article_are_escaped_in_the_text_report(tmp_path, sources):
    art = tmp_path / "a.txt"
    art.write_text(f"Title: Canal{ESC}]0;owned{ESC}\\\n\nJuno Pratt said \u201cthe canal{ESC}[2J is fine{ESC}[32m\u201d.\n",
                   encoding="utf-8")
    r = CliRunner().invoke(cli, ["check", str(art), "--sources", str(sources), "--format", "text"])
    assert r.exit_code == 1, r.stderr
    assert ESC not in r.stdout
    assert "\\x1b[2J" in r.stdout


def test_control_characters_in_a_file_name_are_escaped_in_the_error_line(tmp_path):
    r = CliRunner().invoke(cli, ["extract", str(tmp_path / f"gone{ESC}[31m.txt")])
    assert r.exit_code == 2
    assert ESC not in r.stderr and "gone\\x1b[31m.txt" in r.stderr
    assert r.stderr.count("\n") == 1


def test_control_characters_in_a_file_name_are_escaped_in_the_batch_summary(tmp_path, sources):
    # click.echo strips ANSI sequences from a stream that is no terminal: the summary said
    # "gone.txt", a name that does not exist, instead of showing the escape
    art = tmp_path / "a.txt"
    art.write_text("Juno Pratt said \u201cthe canal will be dredged in May\u201d.\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["check", str(art), str(tmp_path / f"gone{ESC}[31m.txt"), "--sources", str(sources)])
    summary = [ln for ln in r.stderr.splitlines() if ln.startswith("Summary: ")]
    assert len(summary) == 1 and "gone\\x1b[31m.txt (no such file)" in summary[0], r.stderr
    assert ESC not in r.stderr


def _claims(tmp_path, **extra):
    p = tmp_path / "claims.jsonl"
    p.write_text(json.dumps({"id": "c1", "quote": "The canal will be dredged in May", "speaker": "Juno Pratt",
                             **extra}) + "\n", encoding="utf-8")
    return p


def _one_line_exit_2(r, *needles):
    assert r.exit_code == 2, (r.exit_code, r.stderr, r.exception)
    assert r.stderr.startswith("Error: ") and r.stderr.count("\n") == 1, r.stderr
    for n in needles:
        assert n in r.stderr


@pytest.mark.parametrize("how", ["file", "under_a_file"])
def test_onrecord_home_that_is_a_file(tmp_path, sources, monkeypatch, how):
    f = tmp_path / "home-file"
    f.write_text("x", encoding="utf-8")
    monkeypatch.setenv("ONRECORD_HOME", str(f if how == "file" else f / "sub"))
    r = CliRunner().invoke(cli, ["verify", "--claims", str(_claims(tmp_path)), "--sources", str(sources)])
    _one_line_exit_2(r, "ONRECORD_HOME")


def _unwritable_folder(tmp_path) -> Path:
    """A folder this process cannot create things in: a read-only folder for a normal user; as
    root (CI containers), whom permissions do not stop, a path under /sys, which no one can
    write."""
    import os

    if os.geteuid() != 0:
        ro = tmp_path / "read-only"
        ro.mkdir()
        ro.chmod(0o555)
        return ro / "home"
    if not Path("/sys/kernel").is_dir():
        pytest.skip("no /sys to stand for an unwritable folder")
    return Path("/sys/kernel/onrecord-test-home")


def test_onrecord_home_that_cannot_be_written(tmp_path, sources, monkeypatch):
    monkeypatch.setenv("ONRECORD_HOME", str(_unwritable_folder(tmp_path)))
    r = CliRunner().invoke(cli, ["verify", "--claims", str(_claims(tmp_path)), "--sources", str(sources)])
    _one_line_exit_2(r, "ONRECORD_HOME", "cannot be created")


def _damage_pages(db: Path, first_page: int, pages: int) -> None:
    import sqlite3

    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in archive.db itself
    con.close()
    data = bytearray(db.read_bytes())
    page = 4096
    for i in range(first_page * page, min(len(data), (first_page + pages) * page), 7):
        data[i] = 0xAB
    db.write_bytes(bytes(data))


def _cut_in_half(db: Path) -> None:
    _damage_pages(db, 0, 0)  # the checkpoint alone: every page in archive.db itself
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 2])


# (first damaged page, how many, the command): damage past the first page passes the open and
# fails on a later read, whose error named no file (the tester's probe p07); damage to the
# first page, or a file cut in half, fails the open, which named no way out (probe p07 again)
DAMAGE = [(1, 10_000, "verify"), (3, 4, "verify"), (3, 4, "sources list"), (0, 1, "verify"),
          ("half", 0, "verify")]


@pytest.mark.parametrize("first_page, pages, command", DAMAGE)
def test_damaged_archive_db_is_named(tmp_path, sources, first_page, pages, command):
    assert CliRunner().invoke(cli, ["sources", "add", "--archive", "d", str(sources)]).exit_code == 0
    (db,) = list((tmp_path / "onrecord-home").rglob("archive.db"))
    if first_page == "half":
        _cut_in_half(db)
    else:
        _damage_pages(db, first_page, pages)
    args = ["verify", "--claims", str(_claims(tmp_path))] if command == "verify" else command.split()
    r = CliRunner().invoke(cli, [*args, "--archive", "d"])
    _one_line_exit_2(r, "archive", f"Error: {db}: ")
    assert "remove that archive under ONRECORD_HOME and add its sources again" in r.stderr, r.stderr


@pytest.mark.parametrize("hint", ["2024-13-45", "2023-02-29", "2024-00"])
def test_impossible_date_hint(tmp_path, sources, hint):
    r = CliRunner().invoke(cli, ["verify", "--claims", str(_claims(tmp_path, date_hint=hint)), "--sources", str(sources)])
    _one_line_exit_2(r, "line 1", "not a real date")


def test_claims_on_stdin_have_the_file_size_cap(tmp_path, sources, monkeypatch):
    import onrecord.thresholds.read as tr

    monkeypatch.setattr(tr, "ReadOptions", lambda: types.SimpleNamespace(max_input_bytes=100))
    line = json.dumps({"id": "c1", "quote": "words " * 40}) + "\n"
    r = CliRunner().invoke(cli, ["verify", "--claims", "-", "--sources", str(sources)], input=line)
    _one_line_exit_2(r, "<stdin>")


def test_a_crash_exits_3_with_one_line_and_the_log(tmp_path, sources, monkeypatch):
    from onrecord import pipeline

    def bug(*a, **k):
        raise ZeroDivisionError("division by zero in a made-up place")

    monkeypatch.setattr(pipeline, "verify", bug)
    r = CliRunner().invoke(cli, ["verify", "--claims", str(_claims(tmp_path)), "--sources", str(sources)])
    assert r.exit_code == 3, (r.exit_code, r.stderr)
    assert r.stderr.count("\n") == 1 and "internal error (ZeroDivisionError" in r.stderr
    log = Path(r.stderr.rsplit(" ", 1)[1].strip())
    assert log.is_file() and log.is_relative_to(tmp_path)  # under ONRECORD_HOME/logs
    assert "Traceback" in log.read_text(encoding="utf-8") and "made-up place" in log.read_text(encoding="utf-8")
