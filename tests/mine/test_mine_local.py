"""The local engine (mine.local): streaming plain/gz/xz JSON Lines and folders, speakers and
clusters in the bank, resume after an interruption, bad records and bad documents reported and
skipped without ending the run."""

from __future__ import annotations

import io

import pytest
from minedata import FULL, records, write_jsonl

from onrecord.bank import Bank, search
from onrecord.bank.forms import canonical
from onrecord.mine import mine_local
from onrecord.mine.sources import iter_corpus
from onrecord.thresholds.bank import MineOptions


def _occurrences(path) -> list[tuple[str, str | None]]:
    with Bank.open(path) as b:
        return b.conn.execute("SELECT o.text, o.speaker FROM occurrences o ORDER BY o.id").fetchall()


def test_streams_every_compression_and_folder(corpus):
    docs = list(iter_corpus([str(corpus)]))
    assert [d.doc_id for d in docs] == ["a1", "a2", "a3", "a4", "a5", "a6"]
    assert docs[2].path.endswith("part2.jsonl.gz#a3") and docs[5].outlet == "Harbour Herald"


def test_mines_quotations_speakers_and_clusters(corpus, tmp_path):
    log = io.StringIO()
    report = mine_local([str(corpus)], str(tmp_path / "b.db"), workers=1, log=log)
    assert (report.mined, report.failed, report.quotes, report.clusters) == (6, 0, 6, 3)
    assert "articles/s" in log.getvalue()
    occ = _occurrences(tmp_path / "b.db")
    assert canonical(occ[0][0]) == canonical(FULL) and occ[0][1] == "Mara Ellison"
    with Bank.open(tmp_path / "b.db") as b:
        top = search(b, "harbour bridge")[0]
        assert (top.forms, top.outlets, top.first_published, top.first_outlet, top.speaker) == \
            (4, 4, "2024-03-02", "Coast Courier", "Mara Ellison")
        assert len(search(b, "harbour bridge")) == 2  # the engineer's reply is its own cluster


def test_second_run_resumes_and_mines_nothing_again(corpus, tmp_path):
    mine_local([str(corpus)], str(tmp_path / "b.db"), workers=1)
    again = mine_local([str(corpus)], str(tmp_path / "b.db"), workers=1)
    assert (again.mined, again.known) == (0, 6)
    assert len(_occurrences(tmp_path / "b.db")) == 6


def test_interrupted_run_keeps_whole_documents_and_resumes(corpus, tmp_path, monkeypatch):
    import onrecord.mine.local as local

    real = local.mine_batch
    calls = {"n": 0}

    def interrupted(docs, options=None):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(docs, options)

    monkeypatch.setattr(local, "mine_batch", interrupted)
    with pytest.raises(KeyboardInterrupt):
        mine_local([str(corpus)], str(tmp_path / "b.db"), workers=1, mine_options=MineOptions(chunk_docs=2))
    with Bank.open(tmp_path / "b.db") as b:
        stored = b.stats()
    assert stored["documents"] == 2 and stored["occurrences"] == 2  # the first chunk, whole
    monkeypatch.setattr(local, "mine_batch", real)
    rest = mine_local([str(corpus)], str(tmp_path / "b.db"), workers=1, mine_options=MineOptions(chunk_docs=2))
    assert (rest.mined, rest.known) == (4, 2)
    assert len(_occurrences(tmp_path / "b.db")) == 6


def test_bad_records_and_files_are_reported_and_skipped(tmp_path):
    f = write_jsonl(tmp_path / "mixed.jsonl", records()[:2], extra_lines=("{not json", '{"id": "x", "text": ""}'))
    log = io.StringIO()
    report = mine_local([str(f), str(tmp_path / "missing.jsonl")], str(tmp_path / "b.db"), workers=1, log=log)
    assert report.mined == 2
    reasons = [str(e) for e in report.unreadable]
    assert any("mixed.jsonl" in r and "line 3" in r and "not valid JSON" in r for r in reasons)
    assert any("line 4" in r and "empty" in r for r in reasons)
    assert any("missing.jsonl" in r and "no such file" in r for r in reasons)
    assert log.getvalue().count("Error: ") == 3


def test_truncated_xz_file_is_one_error_after_its_good_records(tmp_path):
    good = write_jsonl(tmp_path / "c.jsonl.xz", records())
    data = good.read_bytes()
    good.write_bytes(data[: len(data) // 2])
    items = list(iter_corpus([str(good)]))
    errors = [i for i in items if not hasattr(i, "text")]
    assert len(errors) == 1 and "c.jsonl.xz" in str(errors[0]) and "cannot be read" in str(errors[0])


def test_a_document_that_breaks_extraction_is_skipped_with_its_reason(corpus, tmp_path, monkeypatch):
    import importlib

    extract = importlib.import_module("onrecord.extract")  # `onrecord.extract` is also a function
    real = extract.extract_document

    def fragile(doc, options=None):
        if doc.doc_id == "a3":
            raise ValueError("parser fell over")
        return real(doc, options)

    monkeypatch.setattr(extract, "extract_document", fragile)
    report = mine_local([str(corpus)], str(tmp_path / "b.db"), workers=1)
    assert (report.mined, report.failed) == (5, 1)
    with Bank.open(tmp_path / "b.db") as b:
        row = b.conn.execute("SELECT doc_id, error FROM documents WHERE error IS NOT NULL").fetchone()
    assert row[0] == "a3" and "parser fell over" in row[1]


def test_pool_of_two_workers_gives_the_same_bank_as_one(corpus, tmp_path):
    mine_local([str(corpus)], str(tmp_path / "one.db"), workers=1)
    mine_local([str(corpus)], str(tmp_path / "two.db"), workers=2, mine_options=MineOptions(chunk_docs=2))
    assert _occurrences(tmp_path / "one.db") == _occurrences(tmp_path / "two.db")


def test_warc_pages_are_streamed_and_mined(tmp_path):
    from minedata import news_pages, warc_records

    pages = news_pages(2) + [("https://news.example/logo.png", "image/png", b"\x89PNG....")]
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(b"".join(warc_records(pages)))
    docs = list(iter_corpus([str(warc)]))
    assert [d.doc_id for d in docs] == ["https://news.example/0", "https://news.example/1"]
    report = mine_local([str(warc)], str(tmp_path / "b.db"), workers=1)
    assert report.mined == 2 and report.quotes == 2 and report.clusters == 1
