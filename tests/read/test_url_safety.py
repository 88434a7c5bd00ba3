"""URL inputs (issue 10): a total deadline stops a server that drips bytes; a malformed URL or
an unknown charset is one line for that input and the batch goes on; file:// URLs read the
file; `sources add` accepts URLs. The network is never touched (httpx.MockTransport)."""

from __future__ import annotations

import json
import time

import httpx
import pytest
from click.testing import CliRunner

import onrecord.read.url as url_mod
from onrecord.cli import cli
from onrecord.errors import FetchFailure
from onrecord.read import read_path
from onrecord.thresholds.read import ReadOptions

SPEECH = ("<html><head><title>Harbour speech</title></head><body><article><h1>Harbour speech</h1>"
          "<p>Speaker: Tova Lind</p><p>The new ferry will run every twenty minutes from the first of May, "
          "and the old pontoon will be removed before the summer season.</p>"
          "<p>We thank the crews who kept the service running through the storms.</p></article></body></html>")


class _Drip(httpx.SyncByteStream):
    def __iter__(self):
        for _ in range(100):
            time.sleep(0.1)
            yield b"x"


def _transport(handler):
    return httpx.MockTransport(handler)


def test_a_dripping_server_is_stopped_by_the_total_deadline(monkeypatch):
    monkeypatch.setattr(url_mod, "TRANSPORT", _transport(
        lambda req: httpx.Response(200, headers={"content-type": "text/html"}, stream=_Drip())))
    t = time.monotonic()
    with pytest.raises(FetchFailure, match="too slow"):
        read_path("https://example.org/slow", ReadOptions(url_deadline=0.5))
    assert time.monotonic() - t < 5


@pytest.mark.parametrize("bad", ["http://", "https:///nohost", "http://exa mple.org/x", "http://example.org:99999/"])
def test_malformed_urls(bad):
    with pytest.raises(FetchFailure, match="malformed URL"):
        read_path(bad)


@pytest.mark.parametrize("ctype, body", [("text/plain", b"words"), ("text/html", SPEECH.encode()),
                                         ("application/xhtml+xml", SPEECH.encode())])
def test_unknown_charset_is_one_error(monkeypatch, ctype, body):
    monkeypatch.setattr(url_mod, "TRANSPORT", _transport(
        lambda req: httpx.Response(200, headers={"content-type": f"{ctype}; charset=x-made-up"}, content=body)))
    with pytest.raises(FetchFailure, match="unknown charset 'x-made-up' declared by the server"):
        read_path("https://example.org/odd")


@pytest.mark.parametrize("ctype, body, says", [
    ("text/plain; charset=ISO-8859-1", "The caf\u00e9 opens at nine.".encode("latin-1"), "caf\u00e9"),
    ("text/plain; charset=UTF8", "The caf\u00e9 opens at nine.".encode(), "caf\u00e9"),
    ("text/html; charset=utf-8", SPEECH.encode(), "twenty minutes"),
])
def test_a_known_charset_is_read(monkeypatch, ctype, body, says):
    monkeypatch.setattr(url_mod, "TRANSPORT", _transport(
        lambda req: httpx.Response(200, headers={"content-type": ctype}, content=body)))
    (doc,) = read_path("https://example.org/page")
    assert says in doc.text


def test_file_url_reads_the_file(tmp_path):
    p = tmp_path / "note.txt"
    p.write_text("The weir is closed for repairs.\n", encoding="utf-8")
    (doc,) = read_path(p.as_uri())
    assert doc.text == "The weir is closed for repairs.\n"


def test_batch_goes_on_after_bad_urls(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Tova Lind said \u201cthe ferry runs at dawn\u201d.\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", "http://", str(art), "http://exa mple.org/"])
    assert r.exit_code == 2
    assert len(r.stdout.strip().splitlines()) == 1  # the good article
    assert r.stderr.count("malformed URL") == 2 and "Traceback" not in r.stderr


def test_sources_add_accepts_urls(tmp_path, monkeypatch):
    monkeypatch.setenv("ONRECORD_EMBED", "0")
    monkeypatch.setattr(url_mod, "TRANSPORT", _transport(
        lambda req: httpx.Response(200, headers={"content-type": "text/html; charset=utf-8"}, content=SPEECH.encode())))
    r = CliRunner().invoke(cli, ["sources", "add", "--archive", "web", "https://example.org/speech"])
    assert r.exit_code == 0, r.stderr
    assert "1 added" in r.stderr
    r = CliRunner().invoke(cli, ["sources", "add", "--archive", "web", "https://example.org/speech"])
    assert "1 unchanged" in r.stderr
    listed = CliRunner().invoke(cli, ["sources", "list", "--archive", "web"])
    assert "https://example.org/speech" in listed.stdout
    claims = tmp_path / "c.jsonl"
    claims.write_text(json.dumps({"id": "c1", "quote": "The new ferry will run every twenty minutes from the first of May"})
                      + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["verify", "--claims", str(claims), "--archive", "web"])
    assert r.exit_code == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["verdict"] == "verbatim" and rec["source"].startswith("https://example.org/speech")


def _dripping_server(mode: str):
    """A real HTTP server on 127.0.0.1 that drips a byte every 0.2 s: its status line and
    headers (mode "headers") or, after whole headers, its body (mode "body")."""
    import socket
    import threading

    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)

    def serve():
        conn, _ = srv.accept()
        conn.recv(65536)
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
        try:
            if mode == "headers":
                drip = head + b"\r\n" + b"x" * 100
            else:
                conn.sendall(head + b"\r\n")
                drip = b"x" * 100
            for b in drip:
                conn.sendall(bytes([b]))
                time.sleep(0.2)
        except OSError:
            pass  # the client hung up, as it should
        finally:
            conn.close()
            srv.close()

    threading.Thread(target=serve, daemon=True).start()
    return f"http://127.0.0.1:{srv.getsockname()[1]}/"


@pytest.mark.parametrize("mode", ["headers", "body"])
def test_a_real_dripping_server_is_stopped_by_the_total_deadline(mode):
    # per-read timeouts never fire (a byte every 0.2 s), and headers dripped slowly used to keep
    # the fetch waiting until the server finished: 13 s against a 1.5 s deadline
    url = _dripping_server(mode)
    t = time.monotonic()
    with pytest.raises(FetchFailure, match="too slow"):
        read_path(url, ReadOptions(url_deadline=1.0, url_timeout=5.0))
    assert time.monotonic() - t < 3.0
