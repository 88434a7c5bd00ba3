"""Evidence records and the word diff shown for every non-verbatim verdict."""

from __future__ import annotations

import difflib

from .. import __version__
from ..lexicon.negation import CONDITIONALS
from ..model import Evidence
from ..text.fold import word_tokens
from . import reports

RULES_VERSION = "verify-rules-1"


def word_diff(quote: str, source: str) -> list[dict[str, str]]:
    """Word-level diff between the quote and the source's words (folded, so case and quote
    styles do not show as changes). Ops: equal / replace / delete (source words the quote
    lacks) / insert (quote words the source lacks)."""
    q = word_tokens(quote).words
    s = word_tokens(source).words
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, q, s, autojunk=False).get_opcodes():
        name = {"equal": "equal", "replace": "replace", "delete": "insert", "insert": "delete"}[op]
        out.append({"op": name, "quote": " ".join(q[i1:i2]), "source": " ".join(s[j1:j2])})
    return out


def divergence(diff: list[dict[str, str]]) -> str | None:
    """The first point where the quote leaves the source, in words."""
    for d in diff:
        if d["op"] != "equal":
            return f'quote "{d["quote"]}" / source "{d["source"]}"'
    return None


def make_evidence(doc, start: int, end: int, quote: str | None = None, **extra) -> Evidence:
    text = doc.text[start:end]
    speaker = doc.speaker_at(start)
    ev = Evidence(
        source=doc.path,
        title=doc.title,
        start=start,
        end=end,
        text=text,
        source_speaker=speaker,
        source_date=doc.date,
        source_sha256=doc.sha256,
        reader=doc.reader,
        reader_version=doc.reader_version,
        prefix=doc.text[max(doc.body_offset, start - 40) : start],
        suffix=doc.text[end : end + 40],
    )
    ev.report_role = reports.evidence_role(doc, start, end, speaker)
    for k, v in extra.items():
        setattr(ev, k, v)
    if quote is not None and not ev.diff:
        ev.diff = word_diff(quote, text)
    return ev


def provenance(ev: Evidence | None) -> dict:
    p = {"onrecord": __version__, "rules": RULES_VERSION}
    if ev is not None:
        p.update({"source_sha256": ev.source_sha256, "reader": ev.reader, "reader_version": ev.reader_version})
    return p


def lead_in(doc, start: int) -> str:
    """A note naming the words of the source's sentence before the quote, when the quote
    starts mid-sentence. Words left off the start are still verbatim: a partial quotation
    reproduces the source's words exactly (contract: verbatim is "exactly the passage the
    quote reproduces"; the dev set's partial quotes are verbatim). Real news judges called
    some of them variation ("America will never be ..." from "Tonight, we renew our resolve
    that America will never be ..."); the explanation shows what was left off either way."""
    for sent in getattr(doc, "sentences", None) or []:
        if sent.start <= start < sent.end:
            before = " ".join(doc.text[max(sent.start, doc.body_offset) : start].split())
            if before and any(c.isalnum() for c in before):
                note = f'; a partial quotation: the source\'s sentence begins "{before}"'
                if condition_left_out(before):
                    note += ", a condition the quote leaves out"
                return note
            return ""
    return ""


def condition_left_out(before: str) -> bool:
    """The words left off the start of the sentence open a condition ("If the grant is cut,
    we" before "would have to raise the harbour fees"): the quote states as plain what the
    speaker made conditional (issue 10, probe 3b)."""
    return any(w in CONDITIONALS for w in word_tokens(before).words)
