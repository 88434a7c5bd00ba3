"""`onrecord mine` and `onrecord bank search|show|import` through click's CliRunner: output,
exit codes, and one-line errors for bad input."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from onrecord.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def mined(corpus, tmp_path):
    bank = str(tmp_path / "b.db")
    r = run("mine", str(corpus), "--bank", bank, "--workers", "1")
    assert r.exit_code == 0, r.output
    return bank, r


def test_mine_prints_a_summary(mined):
    _, r = mined
    assert "mined 6 documents" in r.stdout and "3 clusters" in r.stdout


def test_search_and_show(mined):
    bank, _ = mined
    s = run("bank", "search", "harbour bridge", "--bank", bank, "--speaker", "Ellison")
    assert s.exit_code == 0 and s.stdout.count("\n") == 1
    cid = s.stdout.split("\t")[0]
    assert "4 reports, 4 outlets, 4 forms" in s.stdout and "first 2024-03-02 by Coast Courier" in s.stdout
    h = run("bank", "show", cid, "--bank", bank)
    assert h.exit_code == 0
    assert "[-autumn-] {+winter+}" in h.stdout
    assert h.stdout.index("Coast Courier") < h.stdout.index("Weekly Gull")
    assert "outlets: Coast Courier (1, first 2024-03-02)" in h.stdout
    # the JSON is the web API's (/api/bank/clusters/ID): speakers with counts, outlets, diffs
    import json

    j = json.loads(run("bank", "show", cid, "--bank", bank, "--format", "json").stdout)
    assert j["cluster"]["id"] == int(cid) and len(j["variants"]) == 4 and j["variants"][0]["diff"] == []
    assert all(set(s) == {"speaker", "count"} for s in j["speakers"]) and j["speakers"][0]["speaker"] == "Mara Ellison"
    assert [o["outlet"] for o in j["outlets"]][0] == "Coast Courier" and len(j["outlets"]) == 4


def test_search_by_confidence(mined):
    """The mined speakers carry onrecord's calibrated confidence: the harbour quotation's
    Ellison reports are read confidently, so a floor below them keeps the cluster and a floor
    above every report drops it."""
    import json

    bank, _ = mined
    rows = json.loads(run("bank", "search", "harbour bridge", "--bank", bank, "--speaker", "Ellison",
                          "--format", "json").stdout)
    assert len(rows) == 1
    kept = run("bank", "search", "harbour bridge", "--bank", bank, "--speaker", "Ellison", "--min-confidence", "0.5")
    none = run("bank", "search", "harbour bridge", "--bank", bank, "--speaker", "Ellison", "--min-confidence", "1")
    assert kept.exit_code == 0 and kept.stdout.count("\n") == 1
    assert none.exit_code == 0 and "no quotation in the bank matches" in none.stdout


def test_search_json(mined):
    import json

    bank, _ = mined
    s = run("bank", "search", "bread fog", "--bank", bank, "--format", "json")
    rows = json.loads(s.stdout)
    assert len(rows) == 1 and rows[0]["speaker"] == "Ines Okafor"


@pytest.mark.parametrize("args, words", [
    (("bank", "show", "999", "--bank", "{bank}"), ["no cluster 999"]),
    (("bank", "search", "x", "--bank", "{tmp}/none.db"), ["none.db", "no such bank"]),
    (("bank", "search", "x", "--bank", "{bank}", "--since", "2024-13-01"), ["--since", "not a real date"]),
    (("bank", "search", "x", "--bank", "{bank}", "--min-confidence", "1.5"), ["--min-confidence", "1.5"]),
    (("bank", "import", "{tmp}/nowhere", "--bank", "{bank}"), ["nowhere", "no such folder"]),
    (("bank", "import", "{tmp}", "--bank", "{bank}"), ["no documents/ inside"]),
    (("mine", "{tmp}/missing.jsonl", "--bank", "{tmp}/new.db"), ["missing.jsonl", "no such file"]),
    (("mine", "{corpus}", "--bank", "{bank}", "--workers", "0"), ["--workers 0"]),
])
def test_errors_are_one_line_and_exit_2(mined, corpus, tmp_path, args, words):
    bank, _ = mined
    r = run(*[a.format(bank=bank, tmp=tmp_path, corpus=corpus) for a in args])
    assert r.exit_code == 2, r.output
    err = [line for line in r.stderr.splitlines() if line.startswith("Error: ")]
    assert len(err) == 1 and all(w in err[0] for w in words), r.stderr
    assert "Traceback" not in r.output


def test_mine_with_a_bad_record_stores_the_rest_and_exits_2(tmp_path):
    from minedata import records, write_jsonl

    f = write_jsonl(tmp_path / "m.jsonl", records()[:1], extra_lines=("[1, 2]",))
    r = run("mine", str(f), "--bank", str(tmp_path / "b.db"), "--workers", "1")
    assert r.exit_code == 2 and "mined 1 documents" in r.stdout
    assert "m.jsonl: line 2: expected a JSON object" in r.stderr


def _damage(record: bytes, gzipped: bool) -> bytes:
    """A middle record made unreadable: a gzip member with a wrong CRC, or a plain record whose
    Content-Length is no number."""
    if gzipped:
        b = bytearray(record)
        b[-8] ^= 0xFF  # the first byte of the gzip trailer's CRC-32
        return bytes(b)
    return record.replace(b"Content-Length: ", b"Content-Length: x", 1)


@pytest.mark.parametrize("name, gzipped", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_mine_names_a_damaged_warc_record_and_mines_the_rest(tmp_path, name, gzipped):
    # issue 10: the streamed WARC walk stopped at the first damaged record, and every page
    # after it was lost to the bank
    from minedata import news_pages, warc_records

    from onrecord.bank import Bank

    recs = warc_records(news_pages(4), gzipped)
    f = tmp_path / name
    f.write_bytes(recs[0] + _damage(recs[1], gzipped) + recs[2] + recs[3])
    bank = tmp_path / "b.db"
    r = run("mine", str(f), "--bank", str(bank), "--workers", "1")
    assert r.exit_code == 2 and "mined 3 documents" in r.stdout, (r.output, r.exception)
    err = [line for line in r.stderr.splitlines() if line.startswith("Error: ")]
    assert len(err) == 1 and name in err[0] and "record 2 (https://news.example/1)" in err[0], r.stderr
    assert "damaged" in err[0] and "the records after it are used" in err[0]
    with Bank.open(bank) as b:
        ids = [row[0] for row in b.conn.execute("SELECT doc_id FROM documents ORDER BY doc_id")]
    assert ids == ["https://news.example/0", "https://news.example/2", "https://news.example/3"]
