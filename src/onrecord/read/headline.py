"""Where an article's headline is. A plain text, an HTML page or a WARC record opens with its
headline as the first line, and the stages treat that line as one (attribution never binds a
speaker into it; the HTML report sets it large). A JSON Lines record carries its headline in
its ``title`` field and its ``text`` is the body: its first line is the first sentence of the
story, and was shown as the headline while the real one was missing."""

from __future__ import annotations

import re

from ..model import Document


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().casefold()


def first_paragraph(text: str) -> str:
    """The text up to the first blank line (leading blank lines skipped)."""
    return re.split(r"\n\s*\n", text.strip(), maxsplit=1)[0] if text.strip() else ""


def opens_with_headline(doc: Document) -> bool:
    """Whether the first paragraph of ``doc.text`` may be the headline: always, except for a
    JSON Lines record with a title, whose text opens with its headline only when it repeats
    the title."""
    if not doc.reader.startswith("jsonl") or not (doc.title or "").strip():
        return True
    first, title = _norm(first_paragraph(doc.text)), _norm(doc.title or "")
    return bool(first) and (first == title or first in title or title in first)
