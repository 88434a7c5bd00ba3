"""Source paths (issue 10): ``sources remove`` matches paths exactly (LIKE's "_" and "%" are
no wildcards), one real file is one document however it is spelled, and the ``--sources``
cache finds every file unchanged when the folder is named from another working directory."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from onrecord.archive import Archive
from onrecord.cli import cli

SPEECH = "Title: {t}\nSpeaker: Wren Adair\nDate: 2024-01-0{n}\n\nThe lock gates open at {n} in the morning.\n"


def _write(folder, name, n):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(SPEECH.format(t=name, n=n), encoding="utf-8")


@pytest.fixture
def quiet(monkeypatch):
    monkeypatch.setenv("ONRECORD_EMBED", "0")


def test_remove_matches_the_folder_exactly_not_as_a_like_pattern(tmp_path, quiet):
    top = tmp_path / "s"
    _write(top / "dir_1", "a.txt", 1)
    _write(top / "dirX1", "b.txt", 2)  # "dir_1/%" as a LIKE pattern matches this folder
    _write(top / "100%", "c.txt", 3)
    _write(top / "1000", "d.txt", 4)  # "100%/%" as a LIKE pattern matches this one
    r = CliRunner().invoke(cli, ["sources", "add", "--archive", "t", str(top)])
    assert r.exit_code == 0, r.stderr
    for gone in ("dir_1", "100%"):
        r = CliRunner().invoke(cli, ["sources", "remove", "--archive", "t", str(top / gone)])
        assert r.exit_code == 0, r.stderr
        assert r.stdout.count("removed ") == 1
    r = CliRunner().invoke(cli, ["sources", "list", "--archive", "t"])
    assert "b.txt" in r.stdout and "d.txt" in r.stdout
    assert "a.txt" not in r.stdout and "c.txt" not in r.stdout


def test_one_real_file_is_one_document_however_it_is_named(tmp_path, monkeypatch, quiet):
    src = tmp_path / "src"
    _write(src, "a.txt", 1)
    (tmp_path / "link.txt").symlink_to(src / "a.txt")
    monkeypatch.chdir(tmp_path)
    a = Archive.open(tmp_path / "arch", embed=False)
    a.add(["src/a.txt", str(src / "a.txt"), "src/../src/a.txt", "link.txt"], progress=False)
    assert len(a.list()) == 1
    assert a.stats()["documents"] == 1
    assert a.list()[0].path == "src/a.txt"  # shown relative to the working folder


def test_sources_cache_from_another_folder_rereads_nothing(tmp_path, monkeypatch, quiet):
    src = tmp_path / "work" / "sources"
    _write(src, "a.txt", 1)
    _write(src, "b.txt", 2)
    monkeypatch.chdir(tmp_path / "work")
    first = Archive.for_folder("sources", embed=False, progress=False)
    assert len(first.last_report.added) == 2
    first.close()
    other = tmp_path / "elsewhere"
    other.mkdir()
    monkeypatch.chdir(other)
    again = Archive.for_folder("../work/sources", embed=False, progress=False)
    rep = again.last_report
    assert rep.added == [] and rep.updated == [] and len(rep.unchanged) == 2
    assert len(again.list()) == 2


def test_the_archives_own_files_are_never_sources(tmp_path, quiet):
    # ONRECORD_HOME (tmp_path/onrecord-home in tests) inside the folder given as sources
    _write(tmp_path, "a.txt", 1)
    r = CliRunner().invoke(cli, ["sources", "add", "--archive", "t", str(tmp_path)])
    assert r.exit_code == 0, r.stderr
    assert "archive.db" not in r.stderr
    assert "1 added" in r.stderr


def test_a_cache_built_with_relative_paths_is_rekeyed_not_reread(tmp_path, monkeypatch, quiet):
    src = tmp_path / "sources"
    _write(src, "a.txt", 1)
    monkeypatch.chdir(tmp_path)
    a = Archive.for_folder("sources", embed=False, progress=False)
    # what an older onrecord stored: the path as given, relative to the working folder
    a.db.execute("UPDATE files SET path='sources/a.txt'")
    a.db.execute("UPDATE documents SET path='sources/a.txt'")
    a.close()
    b = Archive.for_folder("sources", embed=False, progress=False)
    assert b.last_report.added == [] and b.last_report.unchanged == ["sources/a.txt"]
    (row,) = b.db.execute("SELECT path FROM files").fetchall()
    assert row[0] == str(src / "a.txt")
    assert b.doc(b.doc_ids()[0]).path == "sources/a.txt"
