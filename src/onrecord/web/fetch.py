"""URL fetches for the check page, safe to offer to anyone who can reach the server: http(s)
only, a time and a size limit, at most a few redirects, and never a loopback, private,
link-local or otherwise reserved address (every hop's host is resolved and checked), unless the
operator started the server with ``--allow-private-urls``. Without this a page on the server's
network ("http://127.0.0.1:8000/api/sources", a router's admin page, a cloud metadata address)
could be fetched by any editor and its text shown back.

Known limit: the host is resolved here and again by the HTTP client, so a DNS server that
answers differently the second time (DNS rebinding) is not stopped; the size and time limits
still hold."""

from __future__ import annotations

import ipaddress
import socket
from typing import Any, Callable
from urllib.parse import urljoin, urlsplit

from ..errors import FetchFailure, InputTooLarge, UnsafeURL
from ..model import Document
from ..thresholds.web import WebOptions

Resolver = Callable[..., list]
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def _addresses(host: str, port: int, resolve: Resolver) -> list[str]:
    try:
        return sorted({info[4][0] for info in resolve(host, port, proto=socket.IPPROTO_TCP)})
    except (socket.gaierror, UnicodeError, OSError) as e:
        raise FetchFailure(f"unknown host {host!r} ({e})", path=host) from None


def check_url(url: str, allow_private: bool, resolve: Resolver = socket.getaddrinfo) -> None:
    """Raise UnsafeURL unless ``url`` is http(s) and its host resolves only to public addresses."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise UnsafeURL(f"only http and https URLs are fetched, not {parts.scheme or 'a bare path'!r}", path=url)
    host = parts.hostname
    if not host:
        raise UnsafeURL("the URL has no host", path=url)
    if allow_private:
        return
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    for addr in _addresses(host, port, resolve):
        ip = ipaddress.ip_address(addr.split("%", 1)[0])
        if not ip.is_global or ip.is_multicast:
            raise UnsafeURL(f"refused: {host} is a loopback or private address ({ip}); "
                            "the server fetches public pages only (operator: --allow-private-urls)", path=url)


def fetch_document(url: str, options: WebOptions, allow_private: bool = False,
                   transport: Any = None, resolve: Resolver = socket.getaddrinfo) -> Document:
    """The page at ``url`` as a Document (HTML through the HTML reader, text/plain as text)."""
    import httpx

    from .. import __version__
    from ..read.html import html_to_document
    from ..read.text import read_text
    from ..read.url import declared_codec

    current = url
    try:
        with httpx.Client(timeout=options.url_timeout, follow_redirects=False, transport=transport,
                          headers={"User-Agent": f"onrecord/{__version__} (+quote verification)"}) as client:
            for _hop in range(options.max_redirects + 1):
                check_url(current, allow_private, resolve)
                with client.stream("GET", current) as resp:
                    if resp.is_redirect and "location" in resp.headers:
                        current = urljoin(current, resp.headers["location"])
                        continue
                    data, ctype, charset = _body(resp, current, options)
                    break
            else:
                raise FetchFailure(f"more than {options.max_redirects} redirects", path=url)
    except httpx.TimeoutException:
        raise FetchFailure(f"no answer within {options.url_timeout:g} s", path=url) from None
    except httpx.HTTPError as e:
        raise FetchFailure(f"unreachable ({type(e).__name__}: {e})", path=url) from None
    codec = declared_codec(charset, url)
    if ctype == "text/plain":
        text = data.decode(codec or "utf-8", errors="replace")
        doc = read_text(text, path=url)
    else:
        doc = html_to_document(data, url, url=current)
    doc.reader = "url"
    doc.meta["url"] = current
    return doc


def _body(resp: Any, url: str, options: WebOptions) -> tuple[bytes, str, str | None]:
    if resp.status_code >= 400:
        raise FetchFailure(f"HTTP {resp.status_code} {resp.reason_phrase}".strip(), path=url)
    ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in TEXT_TYPES:
        raise FetchFailure(f"unsupported content type {ctype or '(none)'}; onrecord reads web pages and plain text",
                           path=url)
    limit = options.max_url_bytes
    declared = resp.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise InputTooLarge(f"the page is too large ({int(declared):,} bytes; the limit is {limit:,})", path=url)
    chunks, size = [], 0
    for chunk in resp.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise InputTooLarge(f"the page is too large (more than {limit:,} bytes)", path=url)
        chunks.append(chunk)
    return b"".join(chunks), ctype, resp.charset_encoding
