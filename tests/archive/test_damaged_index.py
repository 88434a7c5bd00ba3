"""A damaged search index is never wiped silently (issue 10): it used to be deleted and
recreated empty at open, and then every quotation was "not found". Now verification refuses
with one line naming the archive and the command that rebuilds it; ``onrecord sources
reindex`` rebuilds it from the store of record; a deleted index folder is rebuilt on its own."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from onrecord.archive import Archive
from onrecord.cli import cli

QUOTE = "the lock gates will open an hour earlier from next week"


@pytest.fixture
def built(tmp_path, monkeypatch):
    monkeypatch.setenv("ONRECORD_EMBED", "0")
    src = tmp_path / "src"
    src.mkdir()
    (src / "notice.txt").write_text(
        f"Title: Notice\nSpeaker: Ivo Marsh\nDate: 2024-03-01\n\nGood news: {QUOTE}. Thank you.\n",
        encoding="utf-8",
    )
    claims = tmp_path / "claims.jsonl"
    claims.write_text(json.dumps({"id": "c1", "quote": QUOTE, "speaker": "Ivo Marsh"}) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["sources", "add", "--archive", "locks", str(src)])
    assert r.exit_code == 0, r.stderr
    home = tmp_path / "onrecord-home"
    (index,) = list(home.rglob("index"))
    return claims, index


def _damage(index, how):
    if how == "meta":
        (index / "meta.json").write_text("not json", encoding="utf-8")
    elif how == "segment":
        for f in index.glob("*.idx"):
            f.unlink()
    elif how == "truncated":
        for f in index.glob("*.term"):
            f.write_bytes(b"")


def verify(claims):
    return CliRunner().invoke(cli, ["verify", "--claims", str(claims), "--archive", "locks"])


@pytest.mark.parametrize("how", ["meta", "segment", "truncated"])
def test_damaged_index_refuses_with_one_line_then_reindex_rebuilds_it(built, how):
    claims, index = built
    _damage(index, how)
    r = verify(claims)
    assert r.exit_code == 2
    assert r.stdout == ""
    line = r.stderr.strip()
    assert "\n" not in line and line.startswith("Error: ")
    assert "search index is damaged" in line and "onrecord sources reindex --archive locks" in line
    assert (index / "meta.json").exists()  # not wiped
    r = CliRunner().invoke(cli, ["sources", "reindex", "--archive", "locks"])
    assert r.exit_code == 0, r.stderr
    r = verify(claims)
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["verdict"] == "verbatim"


def test_deleted_index_folder_is_rebuilt_from_the_store(built):
    claims, index = built
    shutil.rmtree(index)
    r = verify(claims)
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["verdict"] == "verbatim"


def test_reindex_of_a_sources_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("ONRECORD_EMBED", "0")
    src = tmp_path / "s"
    src.mkdir()
    (src / "a.txt").write_text("Title: A\nSpeaker: Ivo Marsh\n\nThe weir is safe.\n", encoding="utf-8")
    Archive.for_folder(src, progress=False).close()
    r = CliRunner().invoke(cli, ["sources", "reindex", "--sources", str(src)])
    assert r.exit_code == 0, r.stderr
    assert "reindexed 1 files" in r.stderr
