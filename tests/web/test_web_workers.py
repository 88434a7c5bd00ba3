"""The worker pool with real processes (spawned, models loaded once per worker): a check past
the time limit is stopped with a clear 504 and the worker replaced; sources uploaded while
checks run are all kept, and the checks all answer."""

from __future__ import annotations

import threading

import pytest

from webdata import article_text, example_sources
from onrecord.thresholds.web import WebOptions


@pytest.fixture
def pool_client(make_client):
    client = make_client(archive="pooled", workers=1)
    assert client.post("/api/sources", files=example_sources()).status_code == 200
    return client


def test_a_slow_check_times_out_and_the_worker_is_replaced(make_client):
    client = make_client(archive="slow", workers=1, options=WebOptions(check_timeout=0.05))
    pid_before = client.app.state.server.pool.all[0].proc.pid
    r = client.post("/api/check", json={"text": article_text()})
    assert r.status_code == 504
    body = r.json()
    assert body == {"ok": False, "status": 504, "error": body["error"]}
    assert "took longer than 0.05 s and was stopped" in body["error"]
    (fresh,) = client.app.state.server.pool.all
    assert fresh.proc.pid != pid_before and fresh.proc.is_alive()
    # the replacement answers (with the limit lifted: 0.05 s is too short for anything real)
    out = client.app.state.server.pool.run({"kind": "extract", "doc": _doc("“We will sail at dawn,” said Ann Lee."),
                                            "attribute": False}, timeout=300)
    assert [q["text"].rstrip(",") for q in out["record"]["quotes"]] == ["We will sail at dawn"]


def _doc(text):
    from onrecord.read.text import read_text

    return read_text(text, path="t")


def test_uploads_during_checks_lose_nothing(pool_client, tmp_path):
    n_checks, n_uploads = 4, 6
    results, uploads, errors = [], [], []

    def check():
        r = pool_client.post("/api/check", json={"text": article_text(), "published": "2025-03-10"})
        (results if r.status_code == 200 else errors).append(r)

    def upload(k):
        data = (f"Title: Note {k}\nSpeaker: Clerk {k}\nDate: 2024-0{k % 9 + 1}-01\n\n"
                f"Item {k}: the harbour board approved dredging section {k} of the channel.\n").encode()
        r = pool_client.post("/api/sources", files=[("files", (f"note-{k}.txt", data, "text/plain"))])
        (uploads if r.status_code == 200 else errors).append(r)

    threads = [threading.Thread(target=check) for _ in range(n_checks)]
    threads += [threading.Thread(target=upload, args=(k,)) for k in range(n_uploads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(600)
    assert not errors, [e.text for e in errors]
    assert len(results) == n_checks and len(uploads) == n_uploads
    names = {s["name"] for s in pool_client.get("/api/sources").json()["sources"]}
    assert {f"note-{k}.txt" for k in range(n_uploads)} <= names and len(names) == 5 + n_uploads
    verdicts = [sorted(q.get("verdict", "") for q in r.json()["quotes"]) for r in results]
    assert all(v == verdicts[0] for v in verdicts)  # the same article, the same verdicts each time
    # a new source is found by the next check (the worker reopened the archive)
    text = "“Item 3: the harbour board approved dredging section 3 of the channel,” said Clerk 3."
    after = pool_client.post("/api/check", json={"text": text}).json()
    assert [q["verdict"] for q in after["quotes"] if q["kind"] == "speech"][0] in ("verbatim", "variation")


def test_a_worker_that_died_while_idle_is_replaced_and_the_check_still_answers(pool_client):
    pool = pool_client.app.state.server.pool
    (dead,) = pool.all
    dead.proc.kill()
    dead.proc.join(10)
    r = pool_client.post("/api/check", json={"text": "“We will open the bridge in the spring,” said Ann Lee."})
    assert r.status_code == 200, r.text
    (fresh,) = pool.all
    assert fresh is not dead and fresh.proc.is_alive()


def test_a_worker_that_dies_during_a_check_is_a_500_envelope_and_replaced(pool_client):
    import os
    import signal

    pool = pool_client.app.state.server.pool
    (w,) = pool.all
    pool.run({"kind": "extract", "doc": _doc("“Warm,” she said."), "attribute": False}, timeout=300)
    # the worker is killed while it holds the task (a crash in a stage, the OOM killer)
    timer = threading.Timer(0.3, lambda: os.kill(w.proc.pid, signal.SIGKILL))
    original = w.conn.send

    def send_then_die(task):
        original(task)
        timer.start()

    w.conn.send = send_then_die
    r = pool_client.post("/api/check", json={"text": article_text() * 20})
    timer.join()
    assert r.status_code == 500
    assert r.json() == {"ok": False, "status": 500, "error": r.json()["error"]}
    assert "a worker stopped during the task" in r.json()["error"]
    (fresh,) = pool.all
    assert fresh is not w
