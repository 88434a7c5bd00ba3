"""Stages 2-3 read a candidate document only around the passages that hold the quote's words.

The phrase query that selects candidate documents (the longest within-sentence run of the
quote, as a tantivy phrase) also says where in each document the run can be: its hit passages
(3-sentence windows, every pair of adjacent sentences inside one). Every occurrence of the
quote contains the run, so it lies in one of them; a region of the document around each hit,
wide enough for the whole quote and the words the matcher reads around it, holds every match
the whole document holds. Tokenising the regions instead of the whole text is what this buys:
a one-word real quotation ("fever", "No!") occurs in ~60 Miller Center speeches, and folding
and tokenising each of them whole was ~70% of a warm verification (issue 13, cProfile of the
500 real quotations: 32 of 47 s).

The result is the whole document's, match for match: the same matches in the same order, at
most ``align.MATCH_LIMIT`` per document. A region is cut only where whitespace separates two
tokens (no token, and no line-break hyphenation, spans the cut); a match whose reads (the
words a leading bracket may take, the end of its sentence and of the next) reach a cut is
not trusted, and that document is matched whole, as before. News reports are always matched
whole (their headline lives in the blanked header)."""

from __future__ import annotations

from dataclasses import dataclass

from ..text.fold import Tokens, word_tokens
from .align import MATCH_LIMIT, Match, ParsedQuote, find_matches, gap_range, sentence_end

# Words of the longest run given to the phrase query: 10 are plenty to be selective.
PHRASE_WORDS = 10
# The fewest characters a word takes in a text: one letter and one separator. A region holds
# ``n`` more words beside a hit when it holds 2n more characters (the margin is a bound, not a
# tuned value).
CHARS_PER_WORD = 2
_HYPHENS = frozenset("-\u00ad\u2010\u2011")


@dataclass
class DocView:
    """A source seen through other tokens (a region's, or canonical words): ``tokens`` are
    these, everything else (text, sentences, speakers, dates) is the document's own, so
    offsets stay file offsets."""

    doc: object
    tokens: Tokens

    def __getattr__(self, name):
        return getattr(self.doc, name)


def best_run(pq: ParsedQuote) -> list[str]:
    """The longest run of the quote's words inside one sentence of one segment: the documents
    holding it as a phrase are a superset of the documents that can match."""
    best: list[str] = []
    for seg in pq.segments:
        run: list[str] = []
        for w, gap in zip(seg.words, seg.gaps):
            run.append(w)
            if any(c in ".!?" for c in gap):
                best = max(best, run, key=len)
                run = []
        best = max(best, run, key=len)
    return best[:PHRASE_WORDS]


def located_matches(pq: ParsedQuote, archive, opts) -> list[tuple[object, Match]]:
    """(document or DocView, Match) of every occurrence of ``pq`` in the candidate documents
    (those of the top ``opts.phrase_passages`` phrase hits, in hit order), as matching each
    document's whole tokens would give them."""
    run = best_run(pq)
    hits = archive.phrase(run, limit=opts.phrase_passages)
    order = list(dict.fromkeys(did for _, did, _, _ in hits))
    if len(hits) >= opts.phrase_passages:  # cut at the limit: the candidates' other hits too
        hits = archive.phrase(run, limit=opts.phrase_passages, docs=order)
    spans: dict[int, list[tuple[int, int]]] = {}
    for _, did, lo, hi in hits:
        spans.setdefault(did, []).append((lo, hi))
    out: list[tuple[object, Match]] = []
    for did in order:
        out += _doc_matches(pq, archive.doc(did), spans.get(did, []), opts)
    return out


def _whole(pq: ParsedQuote, doc, opts) -> list[tuple[object, Match]]:
    return [(doc, m) for m in find_matches(pq, doc.tokens, opts.max_ellipsis_gap, opts.max_bracket_words)]


def _doc_matches(pq: ParsedQuote, doc, spans: list[tuple[int, int]], opts) -> list[tuple[object, Match]]:
    if doc.report is not None or not doc.sentences or not spans:
        return _whole(pq, doc, opts)
    out: list[tuple[object, Match]] = []
    for a, b, at_start, at_end in _regions(doc, spans + _unindexed(doc), _margin(pq, opts)):
        toks = word_tokens(" " * a + doc.text[a:b])
        found = find_matches(pq, toks, opts.max_ellipsis_gap, opts.max_bracket_words, limit=MATCH_LIMIT - len(out))
        if not all(_inside(toks, m, opts, at_start, at_end) for m in found):
            return _whole(pq, doc, opts)
        view = DocView(doc, toks)
        out += [(view, m) for m in found]
        if len(out) >= MATCH_LIMIT:
            break
    return out


def _unindexed(doc) -> list[tuple[int, int]]:
    """Spans standing for the text before the first sentence and after the last: the index's
    passages run from a sentence's start to a sentence's end, so words there are never a hit,
    yet whole-document matching sees them (a Miller Center press briefing whose last lines
    after a reporter's question belong to no stored sentence)."""
    sents, text = doc.sentences, doc.text
    out = []
    if text[doc.body_offset : sents[0].start].strip():
        out.append((0, 1))
    if text[sents[-1].end :].strip():
        out.append((len(sents) - 1, len(sents)))
    return out


def _margin(pq: ParsedQuote, opts) -> int:
    """Characters a region keeps on each side of a hit: the run may be the quote's last words
    or its first, so the whole quote with the widest gaps its operators allow, plus the words
    a leading bracket may take, fit on either side."""
    words = len(pq.words) + sum(gap_range(ops, opts.max_ellipsis_gap, opts.max_bracket_words)[1]
                                for ops in pq.ops[1 : len(pq.segments)])
    return CHARS_PER_WORD * (words + opts.max_bracket_words + 2)


def _regions(doc, spans: list[tuple[int, int]], margin: int) -> list[tuple[int, int, bool, bool]]:
    """(start, end, at the body's start, at the text's end) character ranges, in order and
    disjoint: each hit passage with one more sentence and at least ``margin`` characters on
    each side, grown to a clean cut; a region reaching the first (last) sentence runs to the
    body's start (the text's end), where the whole document's tokens start (end) too."""
    sents, text, body = doc.sentences, doc.text, doc.body_offset
    n = len(sents)
    out: list[tuple[int, int, bool, bool]] = []
    for lo, hi in sorted(spans):
        lo, hi = min(lo, n - 1), min(max(hi, lo + 1), n)
        a0, b0 = sents[lo].start, sents[hi - 1].end
        lo, hi = max(lo - 1, 0), min(hi + 1, n)
        while lo > 0 and (a0 - sents[lo].start < margin or not _clean_cut(text, sents[lo].start)):
            lo -= 1
        while hi < n and (sents[hi - 1].end - b0 < margin or not _clean_cut(text, sents[hi - 1].end)):
            hi += 1
        a = body if lo == 0 else max(sents[lo].start, body)
        b = len(text) if hi == n else max(sents[hi - 1].end, a)
        if out and a <= out[-1][1]:
            a, b = min(a, out[-1][0]), max(b, out[-1][1])
            out.pop()
        out.append((a, b, a == body, b == len(text)))
    return out


def _clean_cut(text: str, i: int) -> bool:
    """No token spans position ``i``: whitespace on one side, and no hyphen before the break
    that folding would join across it ("misunder-" / "stood")."""
    if i <= 0 or i >= len(text):
        return True
    return (text[i - 1].isspace() or text[i].isspace()) and text[:i].rstrip()[-1:] not in _HYPHENS


def _inside(toks: Tokens, m: Match, opts, at_start: bool, at_end: bool) -> bool:
    """Every word and gap the matcher read for ``m`` is the whole document's: a leading
    bracket may take ``max_bracket_words`` words back; the quote's end reads to the end of its
    sentence and of the next (a trailing ellipsis), whose closing gap must be whole."""
    first_read = min(m.first, m.positions[0]) - opts.max_bracket_words - 1
    e1 = sentence_end(toks, m.last)
    e2 = sentence_end(toks, e1 + 1) if e1 + 1 < len(toks.words) else e1
    return (at_start or first_read >= 0) and (at_end or e2 < len(toks.words) - 1)
