"""One error envelope for every failure of every endpoint: ``{"ok": false, "error": "...",
"status": N}`` with N the HTTP status. The table below holds a failing request for each API
route; a route added without a row fails ``test_every_api_route_has_a_failing_case``."""

from __future__ import annotations

import pytest

FAILING = [
    # (method, path, request kwargs, expected status)
    ("POST", "/api/health", {}, 405),
    ("POST", "/api/extract", {"json": {"text": "   "}}, 400),
    ("POST", "/api/extract", {"json": {"text": 12}}, 422),
    ("POST", "/api/verify", {"json": {"claims": []}}, 400),
    ("POST", "/api/verify", {"json": {"claims": [{"id": "1"}]}}, 422),
    ("POST", "/api/verify", {"content": b"{not json", "headers": {"content-type": "application/json"}}, 422),
    ("POST", "/api/check", {"json": {}}, 400),
    ("POST", "/api/check", {"json": {"text": "“Yes,” she said.", "url": "https://example.org/"}}, 400),
    ("POST", "/api/check", {"json": {"text": "“We will,” she said.", "published": "2025-02-30"}}, 400),
    ("POST", "/api/check", {"json": {"url": "file:///etc/passwd"}}, 400),
    ("POST", "/api/check/file", {"files": {"file": ("a.exe", b"MZ\x00\x00", "application/octet-stream")}}, 400),
    ("POST", "/api/check/file", {"files": {"file": ("a.txt", b"\x00\x01bad\x00\x9f\x00", "text/plain")}}, 400),
    ("POST", "/api/check/file", {"files": {"file": ("many.jsonl", b'{"text": "x"}', "application/json")}}, 400),
    ("POST", "/api/check/file", {"data": {"published": "2025-01-01"}}, 422),
    ("GET", "/api/checks/nope", {}, 404),
    ("GET", "/api/checks/../../etc", {}, 404),
    ("PUT", "/api/checks", {}, 405),
    ("PUT", "/api/sources", {}, 405),
    ("POST", "/api/sources", {"files": [("files", ("x.exe", b"MZ", "application/octet-stream"))]}, 400),
    ("DELETE", "/api/sources", {"params": {"path": "/no/such/source.txt"}}, 404),
    ("DELETE", "/api/sources", {}, 422),
    ("GET", "/api/bank/search", {"params": {"q": "ferry"}}, 404),  # started without --bank
    ("GET", "/api/bank/clusters/1", {}, 404),
    ("GET", "/api/bank/clusters/one", {}, 422),
    ("POST", "/api/bank/search", {}, 405),
    ("GET", "/api/no-such-endpoint", {}, 404),
    ("GET", "/checks/no-such-check", {}, 404),
    ("GET", "/static/../web.css", {}, 404),
]


def assert_envelope(resp, status):
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"ok", "error", "status"}, body
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"] and "\n" not in body["error"]
    assert "Traceback" not in body["error"]


@pytest.mark.parametrize("method,path,kwargs,status", FAILING, ids=[f"{m} {p} {s}" for m, p, _k, s in FAILING])
def test_every_failure_is_the_envelope(make_client, method, path, kwargs, status):
    client = make_client()
    assert_envelope(client.request(method, path, **kwargs), status)


def test_every_api_route_has_a_failing_case(make_client):
    client = make_client()
    routes = {r.path for r in client.app.routes if getattr(r, "path", "").startswith("/api")}
    templates = {"/api/checks/": "/api/checks/{check_id}", "/api/bank/clusters/": "/api/bank/clusters/{cluster_id}"}
    covered = {next((t for prefix, t in templates.items() if p.startswith(prefix)), p) for _m, p, _k, _s in FAILING}
    assert routes <= covered, routes - covered


def test_the_envelope_names_the_input(make_client):
    client = make_client()
    r = client.post("/api/check/file", files={"file": ("notes.txt", b"\x00\x01bad\x00\x9f\x00", "text/plain")})
    assert "notes.txt" in r.json()["error"]


@pytest.mark.parametrize("how", ["declared", "streamed"])
def test_a_body_over_the_limit_is_413(make_client, how):
    from onrecord.thresholds.web import WebOptions

    client = make_client(options=WebOptions(max_request_bytes=1000))
    big = b'{"text": "' + b"x" * 5000 + b'"}'
    if how == "declared":
        r = client.post("/api/check", content=big, headers={"content-type": "application/json"})
    else:  # no Content-Length: the body arrives in chunks and is counted as it streams
        r = client.post("/api/check", content=iter([big[:600], big[600:]]), headers={"content-type": "application/json"})
    assert_envelope(r, 413)
    assert "1,000-byte limit" in r.json()["error"]


def test_a_bug_is_a_500_envelope_without_the_traceback(make_client, monkeypatch):
    import importlib

    stage = importlib.import_module("onrecord.extract")  # the module (onrecord.extract is also a function)

    def broken(doc, options=None):
        raise RuntimeError("stage exploded")

    monkeypatch.setattr(stage, "extract_document", broken)
    r = make_client().post("/api/check", json={"text": "“We will,” she said."})
    assert_envelope(r, 500)
    assert "stage exploded" not in r.json()["error"]


TOKEN = "s3cret-token-for-tests"
WRITES = [
    ("POST", "/api/check", {"json": {"text": "“We will,” she said."}}),
    ("POST", "/api/extract", {"json": {"text": "“We will,” she said."}}),
    ("POST", "/api/verify", {"json": {"claims": [{"id": "1", "quote": "We will"}]}}),
    ("POST", "/api/check/file", {"files": {"file": ("a.txt", "“We will,” she said.".encode(), "text/plain")}}),
    ("POST", "/api/sources", {"files": [("files", ("s.txt", b"We will.", "text/plain"))]}),
    ("DELETE", "/api/sources", {"params": {"path": "x"}}),
]


@pytest.mark.parametrize("method,path,kwargs", WRITES, ids=[f"{m} {p}" for m, p, _k in WRITES])
def test_bound_beyond_loopback_writes_need_the_token(make_client, method, path, kwargs):
    client = make_client(host="0.0.0.0", token=TOKEN)
    assert_envelope(client.request(method, path, **kwargs), 401)
    wrong = {"Authorization": "Bearer " + TOKEN[:-1] + "X"}
    assert_envelope(client.request(method, path, headers=wrong, **kwargs), 401)
    ok = client.request(method, path, headers={"Authorization": f"Bearer {TOKEN}"}, **kwargs)
    assert ok.status_code != 401
    # reading needs no token
    assert client.get("/api/health").json()["token_required"] is True
    assert client.get("/api/sources").status_code == 200


def test_on_loopback_no_token_is_asked(make_client):
    client = make_client(host="127.0.0.1", token=TOKEN)
    assert client.post("/api/check", json={"text": "“We will,” she said."}).status_code == 200


def test_beyond_loopback_without_a_token_the_server_refuses_to_start():
    from onrecord.errors import UsageError
    from onrecord.web import make_app

    with pytest.raises(UsageError, match="ONRECORD_TOKEN"):
        make_app(host="0.0.0.0", token=None, workers=0)
