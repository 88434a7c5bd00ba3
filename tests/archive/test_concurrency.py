"""Two processes on one archive (issue 10), with real processes: two `sources add` at once
both finish (the second waits, and says so); `verify` and `sources stats` run while an add is
under way. Before the fix the second add died with "UNIQUE constraint failed: files.path"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from onrecord.archive.lock import WriteLock

SRC = str(Path(__file__).resolve().parents[2] / "src")


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(ONRECORD_HOME=str(home), ONRECORD_EMBED="0", PYTHONPATH=SRC)
    return env


def _cmd(*args: str) -> list[str]:
    return [sys.executable, "-c", "from onrecord.cli import main; main()", *args]


@pytest.fixture
def folder(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for i in range(40):
        (src / f"s{i:02d}.txt").write_text(
            f"Title: Talk {i}\nSpeaker: Odile Grant\nDate: 2024-03-{i % 28 + 1:02d}\n\n"
            f"The tram line {i} will open in spring. The depot stays where it is.\n", encoding="utf-8")
    return src


def test_two_adds_at_once_both_finish(tmp_path, folder):
    env = _env(tmp_path / "home")
    procs = [subprocess.Popen(_cmd("sources", "add", "--archive", "a", str(folder)), env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (_, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert "Traceback" not in err and "Error" not in err
    listed = subprocess.run(_cmd("sources", "list", "--archive", "a"), env=env, capture_output=True, text=True)
    assert len(listed.stdout.strip().splitlines()) == 40


def test_readers_run_while_a_writer_waits_and_the_writer_says_so(tmp_path, folder):
    home = tmp_path / "home"
    env = _env(home)
    first = subprocess.run(_cmd("sources", "add", "--archive", "a", str(folder)), env=env,
                           capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    (folder / "late.txt").write_text("Title: Late\nSpeaker: Odile Grant\n\nThe ferry is late.\n", encoding="utf-8")
    claims = tmp_path / "c.jsonl"
    claims.write_text(json.dumps({"id": "c1", "quote": "The tram line 7 will open in spring",
                                  "speaker": "Odile Grant"}) + "\n", encoding="utf-8")
    held = WriteLock(home / "archives" / "a")  # this test process is the writer in progress
    held.acquire()
    try:
        add = subprocess.Popen(_cmd("sources", "add", "--archive", "a", str(folder)), env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.time() + 120
        while add.poll() is None and time.time() < deadline:
            time.sleep(0.2)
            if (home / "archives" / "a" / "write.lock").exists() and add.poll() is None:
                break
        v = subprocess.run(_cmd("verify", "--claims", str(claims), "--archive", "a"), env=env,
                           capture_output=True, text=True, timeout=300)
        assert v.returncode == 0, v.stderr
        assert json.loads(v.stdout)["verdict"] == "verbatim"
        s = subprocess.run(_cmd("sources", "stats", "--archive", "a"), env=env, capture_output=True, text=True,
                           timeout=300)
        assert s.returncode == 0, s.stderr
        assert "files: 40" in s.stdout  # the consistent snapshot before the waiting add
        assert add.poll() is None  # still waiting for the lock
    finally:
        held.release()
    _, err = add.communicate(timeout=300)
    assert add.returncode == 0, err
    assert "waiting: another onrecord process is writing to the archive" in err
    assert "1 added" in err


def test_stats_during_an_add_is_one_consistent_snapshot(tmp_path):
    """`sources stats` while `sources add` reads a JSON Lines file of many speeches: documents
    grew (32, 110, 217 ...) while passages stayed at the last index commit, a snapshot of no
    moment (issue 10, F6). Every snapshot must count what is searchable: documents and
    sentences of indexed files, with their passages."""
    from onrecord.archive import Archive

    home = tmp_path / "home"
    jl = tmp_path / "speeches.jsonl"
    with jl.open("w", encoding="utf-8") as fh:
        for i in range(3000):
            text = " ".join(f"Speech {i} point {k}: the canal {k} gets a new lock gate." for k in range(6))
            fh.write(json.dumps({"id": f"s{i}", "text": text, "speaker": "Odile Grant", "date": "2024-03-01"}) + "\n")
    add = subprocess.Popen(_cmd("sources", "add", "--archive", "big", str(jl)), env=_env(home),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    path = home / "archives" / "big"
    snaps = []
    deadline = time.monotonic() + 120
    while add.poll() is None and time.monotonic() < deadline:
        if (path / "index" / "meta.json").exists():
            arch = Archive.open(path)
            s = arch.stats()
            arch.close() if hasattr(arch, "close") else None
            snaps.append((s["documents"], s["sentences"], s["passages"]))
        time.sleep(0.2)
    out, err = add.communicate(timeout=120)
    assert add.returncode == 0, err
    assert len(snaps) >= 3, "the add finished before stats could look: make the file larger"
    for docs, sents, passages in snaps:
        # a document of 6 sentences makes 3 passages (windows of 3, stride 2): all or nothing
        assert passages == docs * 3 and sents == docs * 6, snaps


def test_stats_in_the_window_between_index_commit_and_flag_counts_neither(tmp_path, folder):
    """The moment the CI run caught by chance (a snapshot of 0 documents beside 9,000 passages):
    a file's passages are committed to the index before its ``indexed`` flag is set in SQLite.
    Held open here on purpose: the flags cleared by another connection, the index left as it
    is. stats must count the file in neither documents nor passages, never in one alone."""
    from onrecord.archive import Archive
    from onrecord.archive.store import connect

    arch = Archive.open(tmp_path / "arch", embed=False)
    arch.add([folder], progress=False)
    full = arch.stats()
    assert full["documents"] == 40 and full["passages"] >= 40
    other = connect(tmp_path / "arch" / Archive.DB)
    other.execute("UPDATE files SET indexed=0 WHERE path LIKE '%s0_.txt'")  # ten files in the window
    other.close()
    s = arch.stats()
    assert s["documents"] == 30 and s["pending_files"] == 10
    assert s["passages"] == full["passages"] * 30 // 40, s
