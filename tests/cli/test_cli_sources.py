"""``onrecord sources`` through CliRunner: add, list, stats and remove on a named archive. Stages
are replaced by ``fake_stages`` (tests/conftest.py) where a test asks for it; ``run`` and
``one_line_error`` are tests/cli/cli_runs.py's, the ``article`` and ``sources`` fixtures
tests/cli/conftest.py's. Moved from tests/test_cli.py (round 63)."""

from __future__ import annotations

import pytest

from cli_runs import one_line_error, run


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
