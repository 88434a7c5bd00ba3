"""Safety of the server: URL fetches (http(s) only, no loopback/private address, every redirect
hop checked, size and time limits) and hostile HTML and script fed through every field that a
page shows, all rendered as text."""

from __future__ import annotations

import http.server
import re
import socket
import threading

import httpx
import pytest

from onrecord.errors import FetchFailure, InputTooLarge, UnsafeURL
from onrecord.thresholds.web import WebOptions
from onrecord.web.fetch import check_url, fetch_document

PUBLIC_IP = "93.184.215.14"


def resolver(table):
    """A getaddrinfo stand-in: host -> address, so no test touches DNS."""
    def resolve(host, port, proto=0):
        if host not in table:
            raise socket.gaierror(f"unknown host {host}")
        return [(socket.AF_INET, socket.SOCK_STREAM, proto, "", (table[host], port))]
    return resolve


@pytest.mark.parametrize("url,why", [
    ("file:///etc/passwd", "only http and https"),
    ("ftp://news.example/a", "only http and https"),
    ("javascript:alert(1)", "only http and https"),
    ("http://127.0.0.1:8000/api/sources", "loopback or private"),
    ("http://localhost/", "loopback or private"),
    ("http://10.1.2.3/", "loopback or private"),
    ("http://192.168.0.1/admin", "loopback or private"),
    ("http://169.254.169.254/latest/meta-data/", "loopback or private"),
    ("http://[::1]/", "loopback or private"),
    ("http://0.0.0.0/", "loopback or private"),
])
def test_unsafe_urls_are_refused(url, why):
    table = {"localhost": "127.0.0.1", "127.0.0.1": "127.0.0.1", "10.1.2.3": "10.1.2.3",
             "192.168.0.1": "192.168.0.1", "169.254.169.254": "169.254.169.254", "::1": "::1", "0.0.0.0": "0.0.0.0"}
    with pytest.raises(UnsafeURL, match=why):
        check_url(url, allow_private=False, resolve=resolver(table))


def test_a_public_host_is_allowed():
    check_url("https://news.example/story", allow_private=False, resolve=resolver({"news.example": PUBLIC_IP}))


def _mock(handler):
    return httpx.MockTransport(handler)


def test_a_redirect_to_a_private_address_is_refused():
    def handler(req):
        if req.url.host == "news.example":
            return httpx.Response(302, headers={"location": "http://intranet.example/secret"})
        return httpx.Response(200, headers={"content-type": "text/plain"}, text="the intranet's secret")

    resolve = resolver({"news.example": PUBLIC_IP, "intranet.example": "10.0.0.5"})
    with pytest.raises(UnsafeURL, match="intranet.example is a loopback or private address"):
        fetch_document("http://news.example/a", WebOptions(), transport=_mock(handler), resolve=resolve)


def test_a_public_page_is_read_and_redirects_followed():
    html = ("<html><head><title>Harbour</title></head><body><article><p>“Silt wins every argument,” "
            "said Ann Lee at the harbour on Tuesday.</p><p>The board met to discuss dredging plans for "
            "the coming year and the cost of it.</p></article></body></html>")

    def handler(req):
        if req.url.path == "/old":
            return httpx.Response(301, headers={"location": "/new"})
        return httpx.Response(200, headers={"content-type": "text/html; charset=utf-8"}, text=html)

    doc = fetch_document("https://news.example/old", WebOptions(), transport=_mock(handler),
                         resolve=resolver({"news.example": PUBLIC_IP}))
    assert "Silt wins every argument" in doc.text
    assert doc.meta["url"] == "https://news.example/new" and doc.reader == "url"


@pytest.mark.parametrize("headers,body,err,msg", [
    ({"content-type": "text/html", "content-length": "999999"}, b"x", InputTooLarge, "too large"),
    ({"content-type": "text/html"}, [b"x" * 1500, b"x" * 1500], InputTooLarge, "more than 2,000 bytes"),
    ({"content-type": "application/pdf"}, b"%PDF", FetchFailure, "unsupported content type"),
    # a charset Python has no codec for: one error line (it was a LookupError, exit 3, for
    # text/plain, and read silently with a guess for text/html)
    ({"content-type": "text/plain; charset=x-made-up"}, b"words", FetchFailure, "unknown charset 'x-made-up'"),
    ({"content-type": "text/html; charset=x-made-up"}, b"<p>words</p>", FetchFailure, "unknown charset"),
])
def test_fetch_limits(headers, body, err, msg):
    # a list is streamed without a Content-Length (counted as it arrives)
    transport = _mock(lambda req: httpx.Response(200, headers=headers,
                                                 content=iter(body) if isinstance(body, list) else body))
    with pytest.raises(err, match=msg):
        fetch_document("http://news.example/", WebOptions(max_url_bytes=2000), transport=transport,
                       resolve=resolver({"news.example": PUBLIC_IP}))


def test_endless_redirects_stop():
    transport = _mock(lambda req: httpx.Response(302, headers={"location": "/again"}))
    with pytest.raises(FetchFailure, match="more than 5 redirects"):
        fetch_document("http://news.example/", WebOptions(), transport=transport,
                       resolve=resolver({"news.example": PUBLIC_IP}))


@pytest.fixture
def local_page():
    """A real HTTP server on loopback serving one article, for the whole request path."""
    body = ("“We will dredge the harbour in May,” said Ann Lee, the harbour master, on Monday.\n").encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass

    srv = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_port}/story.txt"
    srv.shutdown()


def test_check_by_url_refuses_loopback_unless_allowed(make_client, local_page):
    refused = make_client().post("/api/check", json={"url": local_page})
    assert refused.status_code == 400 and "loopback or private" in refused.json()["error"]
    allowed = make_client(allow_private_urls=True).post("/api/check", json={"url": local_page})
    assert allowed.status_code == 200, allowed.text
    rec = allowed.json()
    assert rec["document"] == local_page
    assert [q["speaker"] for q in rec["quotes"] if q["kind"] == "speech"] == ["Ann Lee"]


# ---------------------------------------------------------------------------- hostile text

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'
RAW = re.compile(r"<script>alert|<img src=x", re.I)


def test_hostile_text_is_escaped_in_every_page(make_client):
    client = make_client(archive="hostile")
    source = (f"Title: {XSS} budget\nSpeaker: Ann {XSS} Lee\nDate: 2024-03-01\nOutlet: {XSS} Times\n\n"
              "We will build the bridge before the winter comes to the valley.\n").encode()
    up = client.post("/api/sources", files=[("files", (f'{XSS}.txt', source, "text/plain"))])
    assert up.status_code == 200, up.text
    article = (f"{XSS} Headline\n\n“We will build the bridge before the winter comes to the valley,” "
               f"said Ann Lee {XSS}, the mayor.\n\n“A {XSS} promise is a promise,” said Bo Park.\n")
    checked = client.post("/api/check", json={"text": article, "name": f"{XSS}.txt", "published": "2024-06-01"})
    assert checked.status_code == 200, checked.text
    link = checked.json()["link"]
    pages = {path: client.get(path).text for path in (link, "/history", "/", "/sources")}
    for path, html in pages.items():
        assert not RAW.search(html), path
    report = pages[link]
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in report  # shown, as text
    assert report.count("<script>") == 2  # the report's own script and the site's additions
    assert "&lt;script&gt;" in pages["/history"]
    # the JSON carries the text as data (a client renders it as text: web.js uses textContent)
    listed = client.get("/api/sources").json()["sources"]
    # (a "/" in a client's file name ends the path part: only what follows it is kept as a name)
    assert "onerror=alert(1)>.txt" in listed[0]["name"] and XSS in listed[0]["title"]


def test_pages_send_a_content_security_policy(make_client):
    client = make_client()
    for path in ("/", "/sources", "/history"):
        csp = client.get(path).headers["content-security-policy"]
        assert "default-src 'self'" in csp and "unsafe-inline" not in csp
    js = client.get("/static/web.js").text
    assert "innerHTML" not in js  # everything from the server goes in as textContent
