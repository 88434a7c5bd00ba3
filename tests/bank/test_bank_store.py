"""The bank on disk (bank.store, bank.summary, bank.query): documents stored whole, resume
keys, cluster summaries (longest form, first appearance, speakers), search, a cluster's
history with word diffs, and corroboration."""

from __future__ import annotations

import sqlite3

import pytest

from onrecord.bank import Bank, corroborate, search, show
from onrecord.bank.migrations import MIGRATIONS
from onrecord.bank.records import MinedDocument, MinedQuote, document_key
from onrecord.bank.summary import resolve_speaker
from onrecord.errors import BankError, UnknownCluster

FULL = "We will open the harbour bridge to cyclists before the autumn storms arrive, and we will not charge a toll"
CUT = "We will open the harbour bridge to cyclists before the autumn storms arrive"
SWAP = "We will open the harbour bridge to cyclists before the winter storms arrive"
OTHER = "The harbour bridge will stay closed to cyclists until the engineers finish their survey"


def doc(n: int, published: str | None, outlet: str, quotes: list[tuple[str, str | None]]) -> MinedDocument:
    qs = [MinedQuote(t, 10 * i, 10 * i + len(t), s, 0.9) for i, (t, s) in enumerate(quotes)]
    return MinedDocument(key=document_key(f"c.jsonl#{n}", str(n), f"sha{n}"), path=f"c.jsonl#{n}", doc_id=str(n),
                         title=f"story {n}", published=published, outlet=outlet, sha256=f"sha{n}", chars=500, quotes=qs)


@pytest.fixture
def bank(tmp_path):
    b = Bank.open(tmp_path / "q.db")
    b.add([
        doc(1, "2024-03-05", "Harbour Herald", [(CUT, "Mara Ellison")]),
        doc(2, "2024-03-02", "Coast Courier", [(FULL, "Mara Ellison"), (OTHER, "Tomas Reyes")]),
        doc(3, "2024-03-09", "Evening Post", [(SWAP, "Ellison"), (FULL.upper(), None)]),
        doc(4, None, "Weekly Gull", [(FULL, "Tomas Reyes")]),
    ])
    b.recluster()
    yield b
    b.close()


def _cluster_of(b: Bank, text: str) -> int:
    return search(b, text)[0].id


def test_database_is_wal_and_migrated(bank):
    assert bank.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [r[0] for r in bank.conn.execute("SELECT name FROM migrations")] == [n for n, _ in MIGRATIONS]


def test_reopening_applies_no_migration_twice(tmp_path):
    Bank.open(tmp_path / "q.db").close()
    with Bank.open(tmp_path / "q.db") as b:
        assert b.conn.execute("SELECT count(*) FROM migrations").fetchone()[0] == len(MIGRATIONS)


# Datasette's detect_fts (datasette.utils, 0.65): the FTS table whose SQL names the table as
# content="T" or content=[T], or whose tbl_name is T. Datasette is not a dependency, so its
# rule is restated here; `datasette quotes.db` was checked by hand against it (docs/mining.md).
_DATASETTE_FTS = """SELECT name FROM sqlite_master WHERE rootpage = 0 AND (sql LIKE :dq OR sql LIKE :br
                    OR (tbl_name = :t AND sql LIKE '%VIRTUAL TABLE%USING FTS%'))"""


def test_datasette_finds_the_search_index_of_forms(bank):
    found = bank.conn.execute(_DATASETTE_FTS, {"dq": '%VIRTUAL TABLE%USING FTS%content="forms"%',
                                               "br": "%VIRTUAL TABLE%USING FTS%content=[forms]%", "t": "forms"}).fetchall()
    assert found == [("forms_fts",)]


def test_a_bank_made_before_the_fts_migration_is_upgraded_and_still_searchable(tmp_path, monkeypatch):
    import onrecord.bank.migrations as migrations

    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:1])
    with Bank.open(tmp_path / "old.db") as old:
        old.add([doc(1, "2024-03-02", "Coast Courier", [(FULL, "Mara Ellison")])])
        old.recluster()
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS)
    with Bank.open(tmp_path / "old.db") as b:
        assert [r.longest for r in search(b, "autumn storms")] == [FULL]
        b.add([doc(2, "2024-03-05", "Harbour Herald", [(OTHER, "Tomas Reyes")])])  # the trigger is back
        b.recluster()
        assert [r.longest for r in search(b, "engineers survey")] == [OTHER]


def test_adding_a_document_twice_stores_it_once(bank):
    before = bank.stats()
    assert bank.add([doc(1, "2024-03-05", "Harbour Herald", [(CUT, "Mara Ellison")])]) == 0
    assert bank.stats() == before
    assert bank.known([document_key("c.jsonl#1", "1", "sha1"), "nope"]) == {document_key("c.jsonl#1", "1", "sha1")}


def test_a_failing_batch_leaves_nothing_half_written(tmp_path):
    b = Bank.open(tmp_path / "q.db")
    bad = doc(9, "2024-01-01", "X", [(FULL, None)])
    bad.quotes.append(MinedQuote(None, 0, 0))  # type: ignore[arg-type]  (fails mid-document: AttributeError since fold_text folds in one pass, issue 13)
    with pytest.raises((TypeError, AttributeError, sqlite3.Error)):
        b.add([doc(8, "2024-01-01", "X", [(CUT, None)]), bad])
    assert b.stats()["documents"] == 0 and b.stats()["occurrences"] == 0


def test_variants_share_one_cluster_and_other_quotations_do_not(bank):
    cid = _cluster_of(bank, "autumn storms toll")
    members = {r[0] for r in bank.conn.execute("SELECT canonical FROM forms WHERE cluster_id = ?", (cid,))}
    assert len(members) == 3  # full (any case), truncated, swapped
    assert _cluster_of(bank, "engineers survey") != cid


def test_cluster_summary_longest_first_and_speaker(bank):
    c = bank.conn.execute("SELECT longest, forms, occurrences, outlets, first_published, first_outlet, speaker,"
                          " speaker_count FROM clusters WHERE id = ?", (_cluster_of(bank, "autumn storms toll"),)).fetchone()
    assert c[0].lower() == FULL.lower()
    assert c[1:4] == (3, 5, 4)
    assert c[4:6] == ("2024-03-02", "Coast Courier")  # the earliest date, not the first stored
    assert c[6:8] == ("Mara Ellison", 3)  # "Ellison" pooled with "Mara Ellison"; Reyes once


def test_resolve_speaker_pools_mentions_of_one_person():
    assert resolve_speaker([("Tomas Reyes", 2), ("Ellison", 2), ("Mara Ellison", 1)]) == ("Mara Ellison", 3)
    assert resolve_speaker([]) == (None, 0)


@pytest.mark.parametrize("kwargs, expect", [
    ({"text": "harbour bridge"}, 2),
    ({"text": "harbour bridge", "speaker": "Ellison"}, 1),
    ({"text": "harbour bridge", "speaker": "Reyes"}, 2),
    ({"text": "harbour bridge", "speaker": "Tomás Reyes"}, 2),  # accents folded as names.same_person does
    ({"text": "harbour bridge", "speaker": "Dr. M. Ellison"}, 1),  # title dropped, initial matches
    ({"text": "harbour bridge", "speaker": "Jonas Reyes"}, 0),  # same surname, another person
    ({"text": "", "speaker": "Reyes"}, 2),
    ({"text": "harbour bridge", "speaker": "Reyes", "limit": 1}, 1),
    ({"text": "harbour bridge", "since": "2024-03-06"}, 1),
    ({"text": "harbour bridge", "since": "2025-01-01"}, 0),
    ({"text": "submarine"}, 0),
])
def test_search_filters(bank, kwargs, expect):
    assert len(search(bank, **kwargs)) == expect


def test_show_lists_variants_by_first_appearance_with_diffs(bank):
    h = show(bank, _cluster_of(bank, "autumn storms toll"))
    dates = [v.first_published for v in h.variants]
    assert dates == ["2024-03-02", "2024-03-05", "2024-03-09"]
    assert h.variants[0].diff == []
    cut, swap = h.variants[1], h.variants[2]
    assert [op.op for op in cut.diff if op.op != "equal"] == ["source"]  # words dropped, none added
    changed = {(op.op, op.text) for op in swap.diff if op.op != "equal"}
    assert ("article", "winter") in changed and ("source", "autumn") in changed
    assert swap.first_outlet == "Evening Post"


def test_show_unknown_cluster_is_an_error(bank):
    with pytest.raises(UnknownCluster):
        show(bank, 99999)


@pytest.mark.parametrize("quote, match", [
    (FULL.lower(), "canonical"),
    ("we will open the harbour bridge to cyclists before the autumn", "variant"),
])
def test_corroborate_finds_reports(bank, quote, match):
    c = corroborate(bank, quote)
    assert c is not None and c.match == match
    assert c.outlets == 4 and c.since == "2024-03-02" and c.first_outlet == "Coast Courier"
    assert "reported by 4 outlets since 2024-03-02, first by Coast Courier" in c.describe()


def test_corroborate_unknown_quote_is_none(bank):
    assert corroborate(bank, "nothing like this was ever said by anyone in the harbour town") is None


def test_open_refuses_a_non_bank_file(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(BankError, match="junk.db"):
        Bank.open(junk)
    with pytest.raises(BankError, match="no such bank"):
        Bank.open(tmp_path / "missing.db", create=False)


SURE = "The ferry timetable will not change this winter, whatever the council decides next month"
UNSURE = "Nobody has asked the fishermen what they think of the new breakwater on the south side"


@pytest.fixture
def graded_bank(tmp_path):
    """Reports whose speakers onrecord read with different calibrated confidences."""
    def one(n, text, speaker, conf):
        return MinedDocument(key=document_key(f"g.jsonl#{n}", str(n), f"g{n}"), path=f"g.jsonl#{n}", doc_id=str(n),
                             title=f"g {n}", published="2024-04-0" + str(n), outlet=f"Outlet {n}", sha256=f"g{n}",
                             chars=300, quotes=[MinedQuote(text, 0, len(text), speaker, conf)])
    b = Bank.open(tmp_path / "g.db")
    b.add([one(1, SURE, "Ines Varga", 0.41), one(2, SURE, "Ines Varga", 0.96),
           one(3, UNSURE, "Ines Varga", 0.38), one(4, UNSURE, None, 0.0), one(5, UNSURE, "Tomas Reyes", 0.9)])
    b.recluster()
    yield b
    b.close()


@pytest.mark.parametrize("kwargs, expect", [
    ({"speaker": "Varga"}, {SURE, UNSURE}),
    ({"speaker": "Varga", "since": "2024-04-03"}, {UNSURE}),
    ({"speaker": "Varga", "min_confidence": 0.75}, {SURE}),  # one report at 0.96 is enough
    ({"speaker": "Varga", "min_confidence": 0.3}, {SURE, UNSURE}),
    ({"min_confidence": 0.75}, {SURE, UNSURE}),  # Reyes is credited with the second at 0.9
    ({"min_confidence": 0.99}, set()),
    ({"speaker": "Tomas Reyes", "min_confidence": 0.1}, {UNSURE}),
    ({"speaker": "Varga", "min_confidence": 0.75, "since": "2024-04-03"}, set()),  # the sure report is older
    ({"speaker": "Varga", "min_confidence": 0.75, "since": "2024-04-02"}, {SURE}),
    ({"min_confidence": 0.75, "since": "2024-04-03"}, {UNSURE}),  # Reyes's report, not Varga's
    ({"speaker": "Varga", "min_confidence": 0.3, "since": "2024-04-03"}, {UNSURE}),
    ({"text": "ferry timetable", "speaker": "Varga", "min_confidence": 0.75}, {SURE}),
    ({"text": "breakwater", "speaker": "Varga", "min_confidence": 0.75}, set()),
])
def test_search_by_calibrated_confidence(graded_bank, kwargs, expect):
    assert {r.longest for r in search(graded_bank, **kwargs)} == expect
