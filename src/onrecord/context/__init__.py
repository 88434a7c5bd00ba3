"""Context of each quotation: when (a date hint) and where (an outlet hint) the article says the
words were said, from the text around the quote, resolved against the publication date.

``resolve_context(result, published)`` fills ``date_hint``, ``outlet_hint`` and
``context_evidence`` of every speech quote in place. ``quote_contexts`` returns the same
decisions as typed ``QuoteContext`` records for callers that want the expressions themselves.

Where the context comes from, in order (the first that names something wins):
1. the quote's own sentence, outside any quotation (a date inside the quote is the speaker's,
   not the date of the words: "We will finish in October");
2. the previous sentence ("In his column last November, he wrote X. He added: 'Y'");
   across a paragraph break only when the quote opens its paragraph;
3. up to ``max_sentences_back`` earlier sentences of the same paragraph.
A date after publication ("next year") describes a plan, never when the words were said, and is
skipped. The search stops at the first region naming a date or an outlet: a farther region describes
another occasion.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date

from ..model import ExtractResult, Quote
from ..thresholds.context import ContextOptions
from .dates import DateExpression, find_dates, resolve_expression
from .outlets import OutletHint, find_outlets
from ..text.mask import mask_quotes
from ..text.segment import paragraphs, sentences

__all__ = [
    "DateExpression", "OutletHint", "QuoteContext", "find_dates", "find_outlets",
    "quote_contexts", "resolve_context", "resolve_expression",
]


@dataclass
class QuoteContext:
    """What context resolution decided for one quote, and where it looked."""

    quote_index: int
    date: DateExpression | None
    outlet: OutletHint | None
    date_where: str = ""  # "same sentence", "previous sentence", "earlier in the paragraph"
    outlet_where: str = ""
    evidence: list[str] = field(default_factory=list)


def _options(options: object | None) -> ContextOptions:
    if options is None:
        return ContextOptions()
    if isinstance(options, ContextOptions):
        return options
    return getattr(options, "context", ContextOptions())


def _parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


_FOLLOW_UP = re.compile(r"\s*[\"“‘«„]?\s*(?:Asked|Pressed|Challenged|Questioned|When asked|Later in the|"
                        r"In the same|At the same|He added|She added|They added|He went on|She went on)\b")
# "In the same statement, X said ...", "later in the interview": the occasion of the quote
# before, whose context carries over
_SAME_OCCASION = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Dd]uring|[Ll]ater in|[Ee]arlier in)\s+(?:the same|that|this)\s+(?:statement|interview|"
    r"speech|column|article|meeting|hearing|briefing|broadcast|post|letter|debate|session|conference|"
    r"programme|program|podcast|op-ed|piece|essay|memo|email|call|appearance|address|press conference)\b"
    r"|\b[Ll]ater in the\s+(?:interview|speech|meeting|hearing|briefing|broadcast|programme|debate|session)\b")


def _same_occasion(text: str, sent: tuple[int, int, int], quote_spans: list[tuple[int, int]]) -> bool:
    """A sentence that keeps the story on one occasion: it quotes someone, or follows up."""
    s, e, _p = sent
    k = bisect_left(quote_spans, (s, -1))  # quote_spans sorted: the first quote starting at s or later
    return (k < len(quote_spans) and quote_spans[k][0] < e) or bool(_FOLLOW_UP.match(text, s))


def _after(d: DateExpression, pub: date | None) -> bool:
    """True when ``d`` starts after publication: "next year", "on December 2 the council will
    vote" describe plans, and words in a published article were said before it appeared."""
    if pub is None or d.value is None:
        return False
    parts = [int(x) for x in d.value.split("-")]
    start = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    return start > pub


def quote_contexts(result: ExtractResult, published: str | None,
                   options: object | None = None) -> list[QuoteContext]:
    """The context of every speech quote of ``result`` (non-speech quotes are not verified,
    so they get none)."""
    if not any(q.kind == "speech" for q in result.quotes):
        # nothing to give a context: an eighth of the BBC bench's articles quote no speech, and
        # their paragraphs, sentences, dates and outlets took a tenth of the resolution's time
        return []
    opts = _options(options)
    text = result.document.text
    pub = _parse_published(published or result.document.published)
    masked = mask_quotes(text, [(q.start, q.end) for q in result.quotes])
    protected = [(q.start, q.end) for q in result.quotes]
    paras = paragraphs(text)
    sc = _Scan(text, masked, pub, opts, paras,
               quote_spans=sorted((q.start, q.end) for q in result.quotes if q.kind == "speech"),
               dates=[], outlets=[],
               # sentences with their paragraph index
               sents=[(s, e, pi) for pi, (ps, pe) in enumerate(paras) for s, e in sentences(text, ps, pe, protected)])
    spans = _read_spans(sc, result.quotes)
    looked = _looked_at(sc, result.quotes)
    # outlets only where a quotation looks (dates are read everywhere: a later paragraph's
    # "the next day" is anchored on an earlier one's date, and the evidence line for relative
    # dates left unresolved reads them all)
    sc.set_hints(_dates(masked, spans, pub, opts),
                 [OutletHint(h.outlet, h.text, h.start + a, h.end + a, h.rule)
                  for pi, a, b in spans if pi in looked for h in find_outlets(masked[a:b])])
    out: list[QuoteContext] = []
    for qi, q in enumerate(result.quotes):
        if q.kind != "speech":
            continue
        ctx = QuoteContext(qi, None, None)
        si = sc.sentence_index(q.start)
        if si is None:
            out.append(ctx)
            continue
        s0, _e0, p0 = sc.sents[si]
        last_si = sc.sentence_index(max(q.end - 1, q.start)) or si
        _pick(sc, ctx, q, _regions(sc, q, si, last_si))
        if ctx.date is None and ctx.outlet is None and out:
            sentence = masked[s0:sc.sents[last_si][1]]
            if _SAME_OCCASION.search(sentence):
                prev = out[-1]
                ctx.date, ctx.outlet = prev.date, prev.outlet
                ctx.date_where = ctx.outlet_where = "same occasion as the quote before"
        _explain(ctx, pub, sc.dates)
        out.append(ctx)
    return out


@dataclass
class _Scan:
    """What every quotation's context is read from: the text (and with quotations masked), the
    publication date, the paragraphs, the speech quotations' spans, the dates and outlet hints
    found (sorted by offset) and the sentences with their paragraph index."""

    text: str
    masked: str
    pub: date | None
    opts: ContextOptions
    paras: list[tuple[int, int]]
    quote_spans: list[tuple[int, int]]
    dates: list[DateExpression]
    outlets: list[OutletHint]
    sents: list[tuple[int, int, int]]

    def __post_init__(self) -> None:
        self.starts = [s for s, _e, _p in self.sents]
        self.set_hints(self.dates, self.outlets)

    def set_hints(self, dates: list[DateExpression], outlets: list[OutletHint]) -> None:
        self.dates = sorted(dates, key=lambda d: d.start)
        self.outlets = sorted(outlets, key=lambda h: h.start)
        self.date_starts = [d.start for d in self.dates]
        self.outlet_starts = [h.start for h in self.outlets]

    def sentence_index(self, pos: int) -> int | None:
        # bisect: long documents (a book-length transcript) have thousands of sentences
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and self.sents[i][0] <= pos < self.sents[i][1]:
            return i
        return None


def _read_spans(sc: _Scan, quotes: list[Quote]) -> list[tuple[int, int, int]]:
    """(paragraph index, start, end) of the text whose dates and outlets are read: each
    paragraph whole, but a paragraph longer than ``window_paragraph_chars`` only in the regions
    its speech quotations look at (``_regions``, clipped to ``max_region_chars``), merged. A
    2 MB paragraph without a line break spent a second on date and outlet patterns mostly far
    from any quotation (issue 10). Real paragraphs are far shorter, so real articles are read
    whole as before."""
    opts = sc.opts
    long = {pi for pi, (ps, pe) in enumerate(sc.paras) if pe - ps > opts.window_paragraph_chars}
    wanted: dict[int, list[tuple[int, int]]] = {pi: [] for pi in long}
    for q in quotes if long else []:
        si = sc.sentence_index(q.start)
        if q.kind != "speech" or si is None or sc.sents[si][2] not in long:
            continue
        last_si = sc.sentence_index(max(q.end - 1, q.start)) or si
        for _where, rs, re_ in _regions(sc, q, si, last_si):
            wanted[sc.sents[si][2]].append((max(rs, q.start - opts.max_region_chars),
                                            min(re_, q.end + opts.max_region_chars)))
    spans: list[tuple[int, int, int]] = []
    for pi, (ps, pe) in enumerate(sc.paras):
        if pi not in long:
            spans.append((pi, ps, pe))
            continue
        for a, b in sorted(wanted[pi]):
            if spans and spans[-1][0] == pi and a <= spans[-1][2]:
                spans[-1] = (pi, spans[-1][1], max(spans[-1][2], b))
            elif b > a:
                spans.append((pi, a, b))
    return spans


def _looked_at(sc: _Scan, quotes: list[Quote]) -> set[int]:
    """The paragraphs any speech quotation's context regions (``_regions``) overlap: an outlet
    named elsewhere is never picked, and its patterns took a third of the resolution's time on
    the BBC bench."""
    para_starts = [ps for ps, _pe in sc.paras]
    out: set[int] = set()
    for q in quotes:
        si = sc.sentence_index(q.start) if q.kind == "speech" else None
        if si is None:
            continue
        last_si = sc.sentence_index(max(q.end - 1, q.start)) or si
        for _where, rs, re_ in _regions(sc, q, si, last_si):
            lo = max(0, bisect_right(para_starts, rs) - 1)
            out.update(range(lo, bisect_right(para_starts, max(rs, re_ - 1))))
    return out


def _dates(masked: str, spans: list[tuple[int, int, int]], pub: date | None,
           opts: ContextOptions) -> list[DateExpression]:
    """Dates span by span (``_read_spans``: paragraphs, or the regions of a long one), anchoring
    anaphoric ones on the last date at most ``anchor_paragraphs`` back."""
    dates: list[DateExpression] = []
    last: tuple[int, DateExpression] | None = None
    for pi, ps, pe in spans:
        anchor = last[1] if last and pi - last[0] <= opts.anchor_paragraphs else None
        found = find_dates(masked[ps:pe], pub, anchor)
        for d in found:
            d = DateExpression(d.text, d.start + ps, d.end + ps, d.value, d.granularity, d.rule,
                               d.anaphoric, d.note)
            dates.append(d)
            if d.value is not None:
                last = (pi, d)
    return dates


def _regions(sc: _Scan, q: Quote, si: int, last_si: int) -> list[tuple[str, int, int]]:
    """The candidate regions of a quotation's context, best first: its sentence, the one
    before, and further back through one occasion."""
    text, opts, sents = sc.text, sc.opts, sc.sents
    s0, _e0, p0 = sents[si]
    regions: list[tuple[str, int, int]] = [("same sentence", s0, sents[last_si][1])]
    if opts.use_previous_sentence and si > 0:
        ps_, pe_, pp = sents[si - 1]
        lead = sc.paras[p0][0]
        opens_paragraph = q.start - lead <= 8 and text[lead:q.start].strip() in ('"', "“", "‘", "'", "«", "„", "‚", "»")
        if pp == p0 or opens_paragraph:
            regions.append(("previous sentence", ps_, pe_))
    # Further back only through one occasion: every sentence passed over holds a quotation
    # or opens with a follow-up ("Asked what it would cost, ..."). On the dev articles an
    # unconditional walk back mostly picked dates of other events ("a tractor that can
    # climb a slope in February. X told me that ... «We are not asking for a gift»").
    for back in range(2, opts.max_sentences_back + 2):
        between = sents[si - back + 1]
        if si - back < 0 or sents[si - back][2] != p0 or not _same_occasion(text, between, sc.quote_spans):
            break
        regions.append(("earlier in the paragraph", sents[si - back][0], sents[si - back][1]))
    return regions


def _pick(sc: _Scan, ctx: QuoteContext, q: Quote, regions: list[tuple[str, int, int]]) -> None:
    """The date and the outlet of the nearest region that names either."""
    opts, dates, outlets = sc.opts, sc.dates, sc.outlets
    centre = (q.start + q.end) / 2
    for where, rs, re_ in regions:
        rs, re_ = max(rs, q.start - opts.max_region_chars), min(re_, q.end + opts.max_region_chars)
        if ctx.date is None:
            lo, hi = bisect_left(sc.date_starts, rs), bisect_left(sc.date_starts, re_)
            cands = [d for d in dates[lo:hi] if d.end <= re_ and d.value is not None
                     and not _after(d, sc.pub)]
            if cands:
                # nearest to the quote; a day or month beats a bare year in the same sentence
                ctx.date = min(cands, key=lambda d: (d.granularity == "year",
                                                     abs((d.start + d.end) / 2 - centre)))
                ctx.date_where = where
        if ctx.outlet is None:
            lo, hi = bisect_left(sc.outlet_starts, rs), bisect_left(sc.outlet_starts, re_)
            oc = [h for h in outlets[lo:hi] if h.end <= re_]
            if oc:
                ctx.outlet = min(oc, key=lambda h: abs((h.start + h.end) / 2 - centre))
                ctx.outlet_where = where
        if ctx.date is not None or ctx.outlet is not None:
            # the nearest region naming a date or an outlet describes the occasion; a
            # farther one is another occasion ("...in his column for the Harbour Gazette.
            # On Thursday he went further: 'Y'" — Y was not in the column)
            break


def _explain(ctx: QuoteContext, pub: date | None, dates: list[DateExpression]) -> None:
    """The evidence lines of a quotation's context: the date and outlet read, and why."""
    if ctx.date is not None:
        d = ctx.date
        hint = d.date_hint
        ctx.evidence.append(
            f"date: “{d.text}” → {d.value} ({ctx.date_where}; {d.granularity}; rule {d.rule})"
            + ("" if hint else "; a year alone is too coarse for a date hint"))
    elif pub is None and any(d.value is None and d.note for d in dates):
        ctx.evidence.append("date: relative dates left unresolved (no publication date)")
    if ctx.outlet is not None:
        o = ctx.outlet
        ctx.evidence.append(f"outlet: “{o.text}” → {o.outlet} ({ctx.outlet_where}; rule {o.rule})")


def resolve_context(result: ExtractResult, published: str | None,
                    options: object | None = None) -> None:
    """Fill ``date_hint``, ``outlet_hint`` and ``context_evidence`` of every speech quote of
    ``result`` in place. ``published`` (YYYY-MM-DD) overrides the document's own date."""
    for ctx in quote_contexts(result, published, options):
        q = result.quotes[ctx.quote_index]
        q.date_hint = ctx.date.date_hint if ctx.date is not None else None
        q.outlet_hint = ctx.outlet.outlet if ctx.outlet is not None else None
        q.context_evidence = list(ctx.evidence)
