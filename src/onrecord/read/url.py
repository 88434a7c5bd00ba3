"""http(s) URLs with httpx: a timeout, a size cap, redirects followed, and only text/html and
text/plain accepted (a PDF or an image behind a link is refused by name, not misread)."""

from __future__ import annotations

from typing import Any

from ..errors import FetchFailure, InputTooLarge
from ..model import Document
from ..thresholds.read import ReadOptions
from .common import decode_utf8, require_text
from .header import apply_header

# Tests install an ``httpx.MockTransport`` here; None means the real network.
TRANSPORT: Any = None
USER_AGENT = "onrecord/0.1 (+quote verification)"


def is_url(path: str) -> bool:
    return path.lower().startswith(("http://", "https://"))


def file_url_path(path: str) -> str | None:
    """The local path of a ``file://`` URL ("file:///srv/a/x.txt" -> "/srv/a/x.txt"), else None."""
    if not path.lower().startswith("file://"):
        return None
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(path)
    if parts.netloc not in ("", "localhost"):
        raise FetchFailure(f"file URL on another host ({parts.netloc}); only local files can be read", path=path)
    return unquote(parts.path)


def _check_url(url: str) -> None:
    """A malformed URL is one line naming it ("http://" with no host was "UnsupportedProtocol")."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as e:
        raise FetchFailure(f"malformed URL ({e})", path=url) from None
    if not host or any(c.isspace() for c in url):
        raise FetchFailure("malformed URL (no host name, or spaces in it)", path=url)


def declared_codec(charset: str | None, url: str) -> str | None:
    """The Python codec of the charset a server declared ("UTF8" -> "utf-8"), or None when it
    declared none. An unknown one ("text/html; charset=x-klingon-7") is one error line for
    that page, for HTML as for plain text: the HTML reader went on silently with its own guess
    (issue 10, F8) while plain text was refused."""
    if not charset:
        return None
    import codecs

    try:
        return codecs.lookup(charset).name
    except LookupError:
        raise FetchFailure(f"unknown charset {charset[:40]!r} declared by the server", path=url) from None


def read_url(url: str, options: ReadOptions) -> Document:
    from .html import html_to_document

    _check_url(url)
    data, ctype, charset, final_url = _fetch_with_deadline(url, options)
    codec = declared_codec(charset, url)
    if ctype == "text/plain":
        if codec and codec not in ("utf-8", "ascii"):
            text = data.decode(codec, errors="replace")
        else:
            text = decode_utf8(data, url)
        require_text(text, url, "the page has no text")
        doc = Document(text=text, path=url, reader="url")
        apply_header(doc)
    else:
        doc = html_to_document(data, url, url=final_url)
        doc.reader = "url"
    doc.meta["url"] = final_url
    return doc


def _fetch_with_deadline(url: str, options: ReadOptions) -> tuple[bytes, str, str | None, str]:
    """The page within ``url_deadline`` seconds in all, whatever the server does. httpx's timeouts
    are per read: a server that drips the status line or headers a byte a second never trips
    them, and the deadline check between body chunks only starts once the headers are in (a
    local server dripping its headers held a 1.5 s deadline for 13 s). So the fetch runs in a
    worker thread that the caller stops waiting for at the deadline; the worker's client is
    closed, and a worker still blocked in a read ends with the connection (a daemon thread
    never keeps the process alive)."""
    import threading

    box: dict[str, Any] = {}
    clients: list[Any] = []

    def work() -> None:
        try:
            box["result"] = _fetch(url, options, clients)
        except BaseException as e:  # handed to the caller's thread, raised there
            box["error"] = e

    worker = threading.Thread(target=work, name="onrecord-fetch", daemon=True)
    worker.start()
    worker.join(options.url_deadline)
    if worker.is_alive():
        for c in clients:
            try:
                c.close()
            except Exception:  # noqa: BLE001 - best effort: the worker may be mid-read
                pass
        raise FetchFailure(f"too slow: the page did not arrive within {options.url_deadline:g} s", path=url)
    if "error" in box:
        raise box["error"]
    return box["result"]


def _fetch(url: str, options: ReadOptions, clients: list[Any]) -> tuple[bytes, str, str | None, str]:
    import time

    import httpx

    from .. import __version__

    limit = options.max_url_bytes
    deadline = time.monotonic() + options.url_deadline
    try:
        with httpx.Client(
            timeout=options.url_timeout,
            follow_redirects=True,
            transport=TRANSPORT,
            headers={"User-Agent": USER_AGENT.replace("0.1", __version__)},
        ) as client:
            clients.append(client)
            with client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    raise FetchFailure(f"HTTP {resp.status_code} {resp.reason_phrase}".strip(), path=url)
                ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
                if ctype not in ("text/html", "application/xhtml+xml", "text/plain"):
                    raise FetchFailure(
                        f"unsupported content type {ctype or '(none)'}; onrecord reads text/html and text/plain",
                        path=url,
                    )
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise InputTooLarge(f"too large ({int(declared):,} bytes; the limit is {limit:,})", path=url)
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    if time.monotonic() > deadline:
                        raise FetchFailure(f"too slow: the page did not arrive within {options.url_deadline:g} s",
                                           path=url)
                    size += len(chunk)
                    if size > limit:
                        raise InputTooLarge(f"too large (more than {limit:,} bytes)", path=url)
                    chunks.append(chunk)
                return b"".join(chunks), ctype, resp.charset_encoding, str(resp.url)
    except httpx.InvalidURL as e:
        raise FetchFailure(f"malformed URL ({e})", path=url) from None
    except httpx.TimeoutException:
        raise FetchFailure(f"unreachable (no answer within {options.url_timeout:g} s)", path=url) from None
    except httpx.HTTPError as e:
        raise FetchFailure(f"unreachable ({type(e).__name__}: {e})", path=url) from None
    except OSError as e:  # the test suite's network block, or a socket error outside httpx
        raise FetchFailure(f"unreachable ({e})", path=url) from None
