"""The archive: ingest, unchanged re-adds, unreadable files, turns, crash safety, removal."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.archive import Archive

SPEECH = """Title: Harbour speech
Speaker: Mara Ellison
Date: 2024-03-02
Outlet: City Hall

We will not raise taxes this year. The harbour is a promise between a city and the world.
Dr. Quill said so too.
"""

TRANSCRIPT = """Title: Phone-in
Speakers: Petra Lindholm; Ronan Delacourt
Date: 2024-02-27

PETRA LINDHOLM: Good morning. So what do you make of the plan?

RONAN DELACOURT: I think it is late. So you don't know yet.

Petra Lindholm: That's quite a lot resting on a detail.
"""


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "sources"
    d.mkdir()
    (d / "speech.txt").write_text(SPEECH, encoding="utf-8")
    (d / "phonein.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (d / "broken.txt").write_bytes(b"\x00\x01binary")
    return d


def test_add_reports_added_and_unreadable_with_reason(folder, tmp_path):
    a = Archive.open(tmp_path / "arch", embed=False)
    rep = a.add([folder], progress=False)
    assert sorted(Path(p).name for p in rep.added) == ["phonein.txt", "speech.txt"]
    assert [Path(p).name for p, _ in rep.unreadable] == ["broken.txt"]
    assert "binary" in rep.unreadable[0][1]
    s = a.stats()
    assert s["documents"] == 2 and s["unreadable"] == 1 and s["files"] == 3 and s["passages"] > 0
    assert {Path(p).name for p, _ in a.unreadable()} == {"broken.txt"}


def test_adding_twice_changes_nothing_and_changed_files_are_reread(folder, tmp_path):
    a = Archive.open(tmp_path / "arch", embed=False)
    a.add([folder], progress=False)
    before = a.stats()
    rep = a.add([folder], progress=False)
    assert len(rep.unchanged) == 3 and not rep.added and not rep.updated
    assert a.stats() == before
    (folder / "speech.txt").write_text(SPEECH.replace("this year", "next year"), encoding="utf-8")
    rep = a.add([folder], progress=False)
    assert [Path(p).name for p in rep.updated] == ["speech.txt"]
    assert a.stats()["documents"] == 2
    hits = a.index.phrase(["next", "year"])
    assert hits and a.doc(hits[0][1]).path.endswith("speech.txt")


def test_turns_are_speaker_attributed_spans(folder, tmp_path):
    a = Archive.open(tmp_path / "arch", embed=False)
    a.add([folder], progress=False)
    doc = next(a.doc(i) for i in a.doc_ids() if a.doc(i).path.endswith("phonein.txt"))
    assert doc.is_transcript
    assert [t.speaker for t in doc.turns] == ["Petra Lindholm", "Ronan Delacourt", "Petra Lindholm"]
    pos = doc.text.index("So you don't know yet")
    assert doc.speaker_at(pos) == "Ronan Delacourt"
    assert doc.speaker_at(doc.text.index("quite a lot")) == "Petra Lindholm"
    for s in doc.sentences:  # sentences carry offsets and never start with the turn label
        assert doc.text[s.start : s.end].strip() == doc.text[s.start : s.end]
        assert not doc.text[s.start : s.end].startswith(("PETRA", "RONAN"))
    speech = next(a.doc(i) for i in a.doc_ids() if a.doc(i).path.endswith("speech.txt"))
    assert speech.speaker == "Mara Ellison" and speech.date == "2024-03-02" and not speech.turns
    # "Dr. Quill" does not end a sentence
    assert any(speech.text[s.start : s.end] == "Dr. Quill said so too." for s in speech.sentences)


def test_crash_mid_ingest_loses_nothing_already_stored(folder, tmp_path, monkeypatch):
    a = Archive.open(tmp_path / "arch", embed=False)
    a.add([folder / "speech.txt"], progress=False)
    real = Archive._store_file

    def crash(self, sp, *args, **kw):
        if sp.endswith("phonein.txt"):
            raise KeyboardInterrupt  # the process dies while writing this document
        return real(self, sp, *args, **kw)

    monkeypatch.setattr(Archive, "_store_file", crash)
    with pytest.raises(KeyboardInterrupt):
        a.add([folder], progress=False)
    monkeypatch.setattr(Archive, "_store_file", real)
    b = Archive.open(tmp_path / "arch", embed=False)
    paths = [Path(i.path).name for i in b.list()]
    assert "speech.txt" in paths and "phonein.txt" not in paths
    assert b.index.phrase(["promise", "between", "a", "city"])
    rep = b.add([folder], progress=False)
    assert [Path(p).name for p in rep.added] == ["phonein.txt"]


def test_remove_and_for_folder_reuse(folder, tmp_path):
    a = Archive.for_folder(folder, embed=False, progress=False)
    assert str(a.path).startswith(str(tmp_path / "onrecord-home" / "archives"))
    assert a.last_report.added
    b = Archive.for_folder(folder, embed=False, progress=False)
    assert b.path == a.path and not b.last_report.added and len(b.last_report.unchanged) == 3
    (folder / "phonein.txt").unlink()
    c = Archive.for_folder(folder, embed=False, progress=False)
    assert c.stats()["documents"] == 1
    removed = c.remove(folder / "speech.txt")
    assert [Path(p).name for p in removed] == ["speech.txt"] and c.stats()["documents"] == 0
    assert not c.index.phrase(["promise", "between"])


def test_migrations_are_recorded_once(tmp_path):
    a = Archive.open(tmp_path / "arch", embed=False)
    names = [r[0] for r in a.db.execute("SELECT name FROM migrations")]
    from onrecord.archive.store import MIGRATIONS

    assert names == [n for n, _ in MIGRATIONS] and names[:2] == ["m001_initial", "m002_vector_cache"]
    a.close()
    b = Archive.open(tmp_path / "arch", embed=False)
    assert [r[0] for r in b.db.execute("SELECT name FROM migrations")] == names
    assert b.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_crash_inside_a_jsonl_file_keeps_the_records_written(tmp_path, monkeypatch):
    import json

    f = tmp_path / "speeches.jsonl"
    recs = [{"id": f"r{i}", "title": f"Speech {i}", "date": "2020-01-0%d" % (i + 1), "speaker": "Ann Lee",
             "text": f"Speech number {i} says the river is wide and deep number {i}."} for i in range(3)]
    f.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    a = Archive.open(tmp_path / "arch", embed=False)
    real = Archive._store_document
    calls = {"n": 0}

    def crash(self, fid, d, rep, *rest):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(self, fid, d, rep, *rest)

    monkeypatch.setattr(Archive, "_store_document", crash)
    with pytest.raises(KeyboardInterrupt):
        a.add([f], progress=False)
    monkeypatch.setattr(Archive, "_store_document", real)
    b = Archive.open(tmp_path / "arch", embed=False)
    assert b.stats()["documents"] == 2  # the two records written survive
    rep = b.add([f], progress=False)  # a partial file is read again, not "unchanged"
    assert rep.updated and b.stats()["documents"] == 3
    d = b.doc(b.doc_ids()[0])
    assert d.path.endswith("speeches.jsonl#r0") and d.speaker == "Ann Lee"


def test_interjections_in_a_speech_end_with_their_line(tmp_path):
    d = tmp_path / "s"
    d.mkdir()
    (d / "speech.txt").write_text(
        "Title: Address\nSpeaker: Ann Lee\n\nTHE PRESIDENT: Thank you all.\n\nAUDIENCE: (Applause.)\n\n"
        "We will build the bridge this year.\n\nAUDIENCE MEMBER: We love you!\n\nAnd we will finish it.\n",
        encoding="utf-8")
    a = Archive.open(tmp_path / "arch", embed=False)
    a.add([d], progress=False)
    doc = a.doc(a.doc_ids()[0])
    assert doc.speaker_at(doc.text.index("We will build")) == "Ann Lee"
    assert doc.speaker_at(doc.text.index("Thank you all")) == "Ann Lee"
    assert doc.speaker_at(doc.text.index("(Applause")) == "Audience"
    assert doc.speaker_at(doc.text.index("And we will finish")) == "Ann Lee"


def _speeches_jsonl(path, n):
    import json

    recs = [{"id": f"r{i}", "title": f"Speech {i}", "date": "2020-01-0%d" % (i + 1), "speaker": "Ann Lee",
             "text": f"Speech number {i} says the river is wide and deep number {i}."} for i in range(n)]
    path.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    return path


def test_ingest_progress_prints_nothing_when_stderr_is_not_a_terminal(tmp_path, capsys):
    f = _speeches_jsonl(tmp_path / "speeches.jsonl", 3)
    rep = Archive.open(tmp_path / "arch", embed=False).add([f], progress=True)
    assert rep.documents == 3
    out, err = capsys.readouterr()
    assert out == "" and err == ""


def test_ingest_progress_advances_per_document_of_one_big_file_on_a_terminal(tmp_path, monkeypatch):
    import io
    import sys

    from onrecord.archive import ingest as archive_mod

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    term = Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    seen = []
    real = archive_mod._Progress.document

    def spy(self):
        seen.append(1)
        return real(self)

    monkeypatch.setattr(archive_mod._Progress, "document", spy)
    # One file of 4 records: counting files alone showed 0/1 until the whole file was stored.
    rep = Archive.open(tmp_path / "arch", embed=False).add([_speeches_jsonl(tmp_path / "s.jsonl", 4)], progress=True)
    assert rep.documents == 4 and len(seen) == 4
    assert "documents" in term.getvalue()  # drawn on stderr (rich's default console is stdout)
