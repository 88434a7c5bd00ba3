"""Extraction: every quotation in a document, its exact offsets, its kind and editorial flag.

Pure string work (no parser): ``marks`` finds candidate marks and apostrophes, ``pairing``
pairs them with local recovery, ``classify`` decides the kind from reader evidence,
``editorial`` finds flags and the editor's note. Speaker fields stay empty here; the attribute
stage fills them.
"""

from __future__ import annotations

import re

from ..model import Document, ExtractResult, Quote
from ..read.headline import opens_with_headline
from ..thresholds.extract import ExtractOptions
from .classify import QuoteContext, classify
from .clauses import ends_in, left_clause_in, right_clause_in
from .editorial import FLAG_MARKS, find_editors_note, flag_after
from .marks import quote_marks
from .pairing import Pair, blank_between, pair_marks
from .paragraph_spans import paragraphs
from .term_echo import echo_terms
from .title_echo import LISTED_WITH_PREVIOUS, echo_titles, list_gap, share_listed_titles
from .word_pairs import pair_terms

__all__ = ["extract_document", "extract_quotes", "ExtractOptions"]



def extract_document(doc: Document, options: ExtractOptions | None = None) -> ExtractResult:
    """All quotations of ``doc``, in order of their start offset."""
    opts = options or ExtractOptions()
    text = doc.text
    breaks: list[int] = []  # every line break, found by the paragraphs (issue 16)
    quotes, stats = _extract(text, opts, opens_with_headline(doc), breaks)
    note = find_editors_note(text, breaks)
    if note is not None:
        marker = note.get("marker")
        linked = [
            i
            for i, q in enumerate(quotes)
            if q.flagged and (marker is None or text[q.end + len(q.close_mark)] == marker)
        ]
        note["quotes"] = linked
    stats["flagged"] = [q.flagged for q in quotes].count(True)  # (no generator: issue 16)
    stats["editors_note"] = note is not None
    unbalanced = stats.pop("stray_marks", [])
    return ExtractResult(document=doc, quotes=quotes, editors_note=note, stats=stats, unbalanced=unbalanced)


def extract_quotes(text: str, options: ExtractOptions | None = None) -> list[Quote]:
    """Convenience: the quotations of a bare string."""
    return _extract(text, options or ExtractOptions())[0]


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")


def _headline_end(text: str, paras: list[tuple[int, int]], opts: ExtractOptions) -> int:
    """The end of the headline line, or 0: the first paragraph when it reads as a headline (a
    short line not closed like a sentence: "EU arms ban ‘to be lifted’")."""
    if not paras:
        return 0
    first = text[paras[0][0] : paras[0][1]]
    if "\n" in first.strip() or len(first.split()) > opts.headline_max_words or _SENTENCE_END.search(first):
        return 0
    return paras[0][1]


def _extract(text: str, opts: ExtractOptions, headline: bool = False,
             breaks: list[int] | None = None) -> tuple[list[Quote], dict]:
    """The named steps: find the marks, pair them, then for each pair its quotation, its
    context, its kind (classify.py), and the kind of a listed item; then the counts. ``breaks``
    gets every line break's offset (``paragraphs``)."""
    marks, word_apostrophes = quote_marks(text)
    paras = paragraphs(text, breaks)
    head_end = _headline_end(text, paras, opts) if headline else 0
    pairing = pair_marks(
        text,
        marks,
        max_paragraphs=opts.max_paragraphs,
        paras=paras,
        lost_closer_gap=opts.lost_closer_gap_chars,
    )
    quotes: list[Quote] = []
    pairs = pairing.pairs
    k = 0  # the paragraph of the opening mark (pairs come in the order of their opening marks)
    ends = ends_in(text) if pairs else ""
    n_paras = len(paras)
    n_pairs = len(pairs)
    for i, p in enumerate(pairs):
        quote, close_end, flag = _quote_of(text, p)
        # (_neighbours' commonest answer, the adjacent pairs, tested inline: issue 16)
        prev = pairs[i - 1] if i else None
        nxt = pairs[i + 1] if i + 1 < n_pairs else None
        if (prev is not None and prev.end > p.open.pos) or (nxt is not None and nxt.open.pos < close_end):
            prev, nxt = _neighbours(pairs, i, close_end)
        prev_end = (prev.end + (prev.close.length if prev.close else 0)) if prev else 0
        pos = p.open.pos
        while k < n_paras and paras[k][1] <= pos:  # _para_from, inline (issue 16)
            k += 1
        ctx = _context_of(text, paras, k, ends, p, quote, close_end, flag, prev_end, nxt, head_end, opts)
        quote.kind, quote.kind_evidence = classify(ctx, opts)  # type: ignore[assignment]
        if quotes and prev is not None and prev.close is not None:  # (its precondition, inline)
            _listed_with_previous(text, quotes, quote, prev, prev_end, p, opts)
        if p.recovered:
            quote.kind_evidence.append("closing mark missing: recovered to the paragraph end")
        quotes.append(quote)
    echo_titles(quotes, opts, text)
    share_listed_titles(text, quotes, opts)
    echo_terms(quotes, opts)
    pair_terms(text, quotes)
    return quotes, _stats(text, marks, word_apostrophes, pairing, quotes, opts)


def _quote_of(text: str, p: Pair) -> tuple[Quote, int, object]:
    """The quotation of a pair of marks: (quote, offset after its closing mark, editorial flag)."""
    o, close = p.open, p.close
    if close is not None:
        close_end = close.pos + close.length
        # (the test flag_after opens with, inline: most quotations have no flag; issue 16)
        flag = flag_after(text, close_end) if close_end < len(text) and text[close_end] in FLAG_MARKS else None
        close_mark = text[close.pos] if close.length == 1 else text[close.pos : close_end]
    else:
        close_end, flag, close_mark = p.end, None, ""
    # Positional, in the order of Quote's fields (tests/extract/test_quote_of.py pins it): the
    # dataclass's __init__ took keywords at a third of the cost of the whole quotation's
    # construction (issue 16); the kind and its evidence are classify's.
    quote = Quote(
        text[p.start : p.end], p.start, p.end, "speech",
        text[o.pos] if o.length == 1 else text[o.pos : o.pos + o.length], close_mark,
        flag is not None, [], p.recovered, p.paragraphs, p.nested,
    )
    return quote, close_end, flag


def _context_of(text: str, paras: list[tuple[int, int]], k: int, ends: str, p: Pair, quote: Quote, close_end: int, flag,
                prev_end: int, nxt: Pair | None, head_end: int, opts: ExtractOptions) -> QuoteContext:
    """The text around one quotation that classify reads: cut at its paragraph (``paras[k]``,
    walked to by ``_extract``: a bisect per lookup, two per quotation, was 2 % of
    extraction; issue 16), the neighbouring quotations and ``context_chars``, then at
    sentence boundaries (cut in place: the windows are never copied out of the text; ``ends``:
    ``clauses.ends_in(text)``)."""
    pos = p.open.pos
    para_start = paras[k][0] if k < len(paras) and paras[k][0] <= pos else pos
    last = close_end - 1 if close_end > pos else pos
    j = k
    n = len(paras)
    while j < n and paras[j][1] <= last:  # _para_from, inline (issue 16)
        j += 1
    para_end = paras[j][1] if j < n and paras[j][0] <= last else last
    # (conditional expressions, not max() and min(): a builtin's call costs more than the
    # comparisons; these four were 2 % of extraction, issue 16)
    sent_lo = pos - opts.context_chars
    if sent_lo < para_start:
        sent_lo = para_start
    lo = prev_end if prev_end > sent_lo else sent_lo
    hi = nxt.open.pos if nxt is not None else len(text)
    if para_end < hi:
        hi = para_end
    if close_end + opts.context_chars < hi:
        hi = close_end + opts.context_chars
    left = left_clause_in(text, lo, pos, ends)
    return QuoteContext(
        quote.text, left,
        right_clause_in(text, close_end + (1 if flag else 0), hi, ends) if hi > close_end else "",
        pos == para_start or blank_between(text, para_start, pos), quote.flagged, close_end <= head_end,
        # the window, cut when a rule reads it; the sentence before the quotation is the
        # left clause unless an earlier quotation ends inside the window (then it reaches
        # back across it, cut when a rule reads it)
        text, sent_lo, pos, left if sent_lo == lo else None,
    )


def _listed_with_previous(text: str, quotes: list[Quote], quote: Quote, prev: Pair | None, prev_end: int, p: Pair,
                          opts: ExtractOptions) -> None:
    """“malarkey,” “loose talk” and “not true”: items of one list share the first item's kind
    (the cue stands before the first only)."""
    if (
        quotes
        and prev is not None
        and prev.close is not None
        # (after the earlier one's editorial flag, if any: "“A”* and “B”")
        and list_gap(text, prev_end + 1 if quotes[-1].flagged else prev_end, p.open.pos)
    ):
        first = quotes[-1]
        if (
            (len(first.text.split()) < opts.speech_min_words or _named_expression(first, opts))
            and first.text.rstrip()[-1:] not in ".!?"
            # list items are short: 'telling CBS’ “This Morning,” “I didn’t run for
            # student council president. …”' is a title, then the words said
            and len(quote.text.split()) <= 2 * opts.speech_min_words
        ):
            # (not after a full stop: ‘on ABC’s “This Week.” “The court …”’ is a title
            # followed by a new sentence, not a list)
            quote.kind = first.kind
            quote.kind_evidence = [LISTED_WITH_PREVIOUS] + first.kind_evidence


def _named_expression(first: Quote, opts: ExtractOptions) -> bool:
    """A first item of four words or more that a cue before it makes a term: 'slogans like “Eat
    Fish, Be Happy,” and “Vote Harbour First,”', 'phrases like “power of the tide” or “flow”'.
    The cue stands before the first item only, so the later ones fell to the fallbacks (a title,
    a scare quote; round 34, lane terms15's sample)."""
    return (first.kind == "term" and len(first.text.split()) <= opts.term_max_words
            and bool(first.kind_evidence) and first.kind_evidence[0].startswith(_EXPRESSION_CUES))


# the kind evidence of the term rules whose cue names an expression (label_nouns, label_rules,
# saying_rules: "slogans like “…,” and “…”" is read there first since round 67, lane term75)
_EXPRESSION_CUES = ("title case after a word for a label", "mentioned as an expression",
                    "wording cited as an example")


def _stats(text: str, marks: list, word_apostrophes: int, pairing, quotes: list[Quote], opts: ExtractOptions) -> dict:
    """The mark counts of one document (contract: the ``stats`` object); ``marks`` leave out
    the ``word_apostrophes`` (``marks.quote_marks``)."""
    flagged = [m.apostrophe for m in marks].count(True)  # (one pass, no generator: issue 16)
    return {
        "marks": len(marks) - flagged,
        "apostrophes": flagged + word_apostrophes,
        "unbalanced": len(pairing.stray) + pairing.recovered,
        "recovered_marks": len(pairing.stray) + pairing.recovered,
        "recovered_quotes": pairing.recovered,
        "stray_single": pairing.stray_single,
        "multi_paragraph": [q.paragraphs > 1 for q in quotes].count(True),
        "stray_marks": [
            {"offset": m.pos, "mark": text[m.pos : m.pos + m.length],
             "context": _line_after(text, m.pos + m.length, opts.unbalanced_context_chars)}
            for m in pairing.stray
        ],
    }


def _line_after(text: str, pos: int, n: int) -> str:
    """Up to ``n`` characters after ``pos``, within the line, whitespace collapsed."""
    piece = text[pos : pos + n]
    return " ".join(piece.split("\n", 1)[0].split())


def _neighbours(pairs: list[Pair], i: int, close_end: int) -> tuple[Pair | None, Pair | None]:
    """The quotations just before and after ``pairs[i]`` (whose closing mark ends at
    ``close_end``) that do not enclose it or lie inside it: a nested quotation is neither its
    outer quotation's neighbour nor the other way round (the outer one's attribution lies
    beyond its closer, not before the inner opener)."""
    pos = pairs[i].open.pos
    # Usually the adjacent pair answers, tested first, without a generator (these walks were
    # 3 % of extraction; issue 16); index walks past it, not slices, so this stays linear.
    prev = pairs[i - 1] if i else None
    if prev is not None and prev.end > pos:
        prev = next((pairs[j] for j in range(i - 2, -1, -1) if pairs[j].end <= pos), None)
    nxt = pairs[i + 1] if i + 1 < len(pairs) else None
    if nxt is not None and nxt.open.pos < close_end:
        nxt = next((pairs[j] for j in range(i + 2, len(pairs)) if pairs[j].open.pos >= close_end), None)
    return prev, nxt
