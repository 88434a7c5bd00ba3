"""HTML pages: main text and metadata with trafilatura (boilerplate, menus and comments out).

The document's text is the text trafilatura extracted, with blocks separated by a blank line.
Why the blank line: trafilatura separates blocks with a single newline, while the plain-text
articles onrecord is built on separate paragraphs with a blank line, and paragraph boundaries
matter to extraction (a multi-paragraph quotation reopens its mark on each paragraph). That
text exists nowhere else, so the writers keep it with the results (see report/jsonl.py)."""

from __future__ import annotations

from importlib.metadata import version

from ..errors import EmptyDocument
from ..model import Document
from ..thresholds.read import ReadOptions
from .common import read_bytes
from .header import normalise_date


def _tf_version() -> str:
    try:
        return version("trafilatura")
    except Exception:  # pragma: no cover
        return "unknown"


def _extract(html: str | bytes, url: str | None) -> dict:
    import trafilatura

    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    return result.as_dict() if result is not None and hasattr(result, "as_dict") else (result or {})


def _as_page(html: str | bytes) -> str | bytes | None:
    """A bare fragment (no <html> element, as in a short WARC record: "<p>Lena Frost said:
    ...</p>") wrapped into a page, or None for a page that has one. trafilatura's load_html
    refuses a fragment of one block as "not valid HTML", so a one-paragraph page with a
    quotation was an empty document (issue 10, F6)."""
    head = html[:4096].lower()
    if (b"<html" in head) if isinstance(html, bytes) else ("<html" in head):
        return None
    if isinstance(html, bytes):
        return b"<html><body>" + html + b"</body></html>"
    return f"<html><body>{html}</body></html>"


def html_to_document(html: str | bytes, path: str, url: str | None = None) -> Document:
    meta = _extract(html, url)
    page = None if meta.get("text") else _as_page(html)
    if page is not None:
        meta = _extract(page, url)
    raw = str(meta.get("text") or "")
    blocks = [b.strip() for b in raw.split("\n")]
    text = "\n\n".join(b for b in blocks if b)
    if not text.strip():
        raise EmptyDocument("empty document (no main text found in the HTML)", path=path)
    doc = Document(
        text=text,
        path=path,
        title=meta.get("title") or None,
        published=normalise_date(meta.get("date")),
        outlet=meta.get("sitename") or meta.get("hostname") or None,
        author=meta.get("author") or None,
        reader="html",
        reader_version=f"trafilatura {_tf_version()}",
    )
    if url or meta.get("url"):
        doc.meta["url"] = url or meta.get("url")
    return doc


def read_html_file(path: str, options: ReadOptions) -> Document:
    data = read_bytes(path, options)
    if not data.strip():
        raise EmptyDocument("empty document (the file has no content)", path=path)
    # Bytes, not str: trafilatura honours the page's own <meta charset> this way.
    return html_to_document(data, path)
