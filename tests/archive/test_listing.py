"""`sources list` shows title, speaker, date and outlet for every record of a JSON Lines archive
(it showed the file's path alone), and `sources archives` lists the archives under
ONRECORD_HOME with their size (issue 17)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from onrecord.archive.listing import human_size
from onrecord.cli import cli


def run(*args):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def speeches(tmp_path, monkeypatch):
    monkeypatch.setenv("ONRECORD_EMBED", "0")  # listing, not the embedding model
    p = tmp_path / "speeches.jsonl"
    recs = [
        {"id": "s1", "title": "Budget speech", "speaker": "Oskar Brenholt", "date": "2024-05-21",
         "outlet": "Vellmar Council", "text": "We cannot keep asking people to wait."},
        {"id": "s2", "title": "Radio interview", "speakers": ["Mirela Vasko", "Host"], "date": "2025-01-24",
         "outlet": "Radio Nord", "text": "It was never designed for that weight."},
    ]
    p.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return p


def test_sources_list_shows_every_record_of_a_jsonl_archive(speeches):
    assert run("sources", "add", "--archive", "speeches", str(speeches)).exit_code == 0
    r = run("sources", "list", "--archive", "speeches")
    assert r.exit_code == 0
    rows = [line.split("\t") for line in r.stdout.splitlines()]
    assert rows == [
        [f"{speeches}#s1", "ok", "2024-05-21", "Oskar Brenholt", "Vellmar Council", "Budget speech"],
        [f"{speeches}#s2", "ok", "2025-01-24", "Mirela Vasko; Host", "Radio Nord", "Radio interview"],
    ]


def test_sources_archives_lists_names_sizes_and_folder_indexes(speeches, tmp_path):
    r = run("sources", "archives")
    assert r.exit_code == 0 and r.stdout == "" and "no archives in" in r.stderr
    run("sources", "add", "--archive", "speeches", str(speeches))
    folder = tmp_path / "srcs"
    folder.mkdir()
    (folder / "a.txt").write_text("Speaker: Mara Ellison\n\nWe will dredge now.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Speaker: Lee Tran\n\nNot this year.\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("She said \u201cwe will dredge now\u201d.\n", encoding="utf-8")
    run("check", str(article), "--sources", str(folder), "--format", "jsonl")
    rows = [line.split("\t") for line in run("sources", "archives").stdout.splitlines()]
    named = next(r for r in rows if r[0] == "speeches")
    assert named[2:] == ["1 file", "named archive"] and named[1].endswith(("kB", "MB"))
    cache = next(r for r in rows if r[0] != "speeches")
    assert cache[2:] == ["2 files", f"index of --sources {folder}"]


@pytest.mark.parametrize("n, shown", [(0, "0 B"), (999, "999 B"), (1000, "1.0 kB"), (12_400, "12.4 kB"),
                                      (3_100_000, "3.1 MB"), (1_200_000_000, "1.2 GB")])
def test_human_size(n, shown):
    assert human_size(n) == shown
