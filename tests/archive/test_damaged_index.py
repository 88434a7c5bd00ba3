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


def _rewrite(f, data: bytes) -> None:
    """Damage a file as a later process finds it: new bytes under the same name, written
    beside it and renamed over it. Writing into the file itself truncates an inode that this
    test process may still have mapped (tantivy mmaps segments), and a page of it read after
    the truncation kills the whole test run with SIGBUS (seen once under load)."""
    tmp = f.with_name(f.name + ".damaged")
    tmp.write_bytes(data)
    tmp.replace(f)


def _damage(index, how):
    if how == "meta":
        (index / "meta.json").write_text("not json", encoding="utf-8")
    elif how == "segment":
        for f in index.glob("*.idx"):
            f.unlink()
    elif how == "truncated":
        for f in index.glob("*.term"):
            _rewrite(f, b"")


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


# Damage inside the segment files rather than of whole files: tantivy opens a term dictionary or
# a postings list lazily, on the first search that needs it, and then either panics (random
# bytes: pyo3's PanicException derives from BaseException, so it slipped past every handler and
# printed a Rust backtrace) or raises ValueError (zeros: "Fst data is corrupted", reported as a
# crash, exit 3). The probe of issue 10 overwrote the middle third of the .term and .idx files.
_WORDS = ("harbour ferry lantern granite orchard meadow tunnel quarry beacon citadel market "
          "viaduct reservoir pavilion foundry mill canal bastion chapel terrace").split()


def _many_sentences() -> str:
    return " ".join(f"The {a} committee reviewed plan {i} for the {b} district on day {i % 28 + 1}."
                    for i, (a, b) in enumerate((a, b) for a in _WORDS for b in _WORDS))


@pytest.fixture
def big(tmp_path, monkeypatch):
    monkeypatch.setenv("ONRECORD_EMBED", "0")
    src = tmp_path / "src"
    src.mkdir()
    for k in range(3):
        (src / f"minutes{k}.txt").write_text(
            f"Title: Minutes {k}\nSpeaker: Ivo Marsh\nDate: 2024-03-0{k + 1}\n\n{QUOTE}. {_many_sentences()}\n",
            encoding="utf-8")
    claims = tmp_path / "claims.jsonl"
    claims.write_text(json.dumps({"id": "c1", "quote": QUOTE, "speaker": None}) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["sources", "add", "--archive", "locks", str(src)])
    assert r.exit_code == 0, r.stderr
    (index,) = list((tmp_path / "onrecord-home").rglob("index"))
    return claims, index


def _overwrite_middle(index, fill):
    import random

    rnd = random.Random(1)
    for f in [*index.glob("*.term"), *index.glob("*.idx")]:
        b = bytearray(f.read_bytes())
        for i in range(len(b) // 3, 2 * len(b) // 3):
            b[i] = rnd.randrange(256) if fill == "random" else 0
        _rewrite(f, bytes(b))


@pytest.mark.parametrize("fill", ["random", "zeros"])
def test_segment_damage_found_at_search_time_is_one_line_exit_2(big, fill):
    claims, index = big
    _overwrite_middle(index, fill)
    r = verify(claims)
    assert r.exit_code == 2, (r.stderr, r.exception)
    line = r.stderr.strip().splitlines()[-1]
    assert "search index is damaged" in line and "onrecord sources reindex --archive locks" in line
    assert "internal error" not in r.stderr


def test_segment_damage_in_a_real_process_prints_no_rust_backtrace(big, tmp_path):
    """The Rust panic message goes to file descriptor 2 directly (and RUST_BACKTRACE=1 adds a
    backtrace): only a real process shows whether the user sees it."""
    import os
    import subprocess
    import sys

    claims, index = big
    _overwrite_middle(index, "random")
    env = {**os.environ, "ONRECORD_HOME": str(tmp_path / "onrecord-home"), "RUST_BACKTRACE": "1"}
    p = subprocess.run([sys.executable, "-m", "onrecord", "verify", "--claims", str(claims), "--archive", "locks"], capture_output=True, text=True, env=env, timeout=120)
    assert p.returncode == 2, p.stderr
    lines = [ln for ln in p.stderr.splitlines() if ln.strip() and not ln.startswith("onrecord: ")]
    assert len(lines) == 1, p.stderr  # status lines ("onrecord: opening ...") aside
    assert "search index is damaged" in lines[0] and "onrecord sources reindex --archive locks" in lines[0]


def test_index_path_that_is_a_file_is_one_line_then_reindex_rebuilds_it(built):
    """The index folder replaced by a regular file: verify and reindex both crashed with
    FileExistsError, exit 3 (issue 10, F3)."""
    claims, index = built
    shutil.rmtree(index)
    index.write_text("x\n", encoding="utf-8")
    r = verify(claims)
    assert r.exit_code == 2, (r.stderr, r.exception)
    (line,) = [ln for ln in r.stderr.splitlines() if ln.startswith("Error: ")]
    assert "search index is damaged" in line and "onrecord sources reindex --archive locks" in line
    r = CliRunner().invoke(cli, ["sources", "reindex", "--archive", "locks"])
    assert r.exit_code == 0, (r.stderr, r.exception)
    assert index.is_dir()
    r = verify(claims)
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["verdict"] == "verbatim"


def test_an_index_rebuilt_on_its_own_says_so(built):
    """index/meta.json deleted: the index is rebuilt from the store, and the user is told (it
    was silent: issue 10, note 9e)."""
    claims, index = built
    (index / "meta.json").unlink()
    r = verify(claims)
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["verdict"] == "verbatim"
    assert "search index was missing and has been rebuilt from the archive's store" in r.stderr
    r = verify(claims)  # only once
    assert "rebuilt" not in r.stderr
