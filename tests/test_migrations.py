

def test_one_migration_runner_keeps_a_trigger_whole_and_is_idempotent(tmp_path):
    import sqlite3

    from onrecord.migrations import migrate

    con = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    steps = [("m001", "CREATE TABLE t (a TEXT);\nCREATE TABLE log (a TEXT);\nCREATE TRIGGER t_ai AFTER INSERT ON t BEGIN\n    INSERT INTO log VALUES (new.a);\nEND;\n")]
    assert migrate(con, steps) == ["m001"]
    assert migrate(con, steps) == []  # applied once, never again
    con.execute("INSERT INTO t VALUES ('x')")
    assert con.execute("SELECT a FROM log").fetchall() == [("x",)]
