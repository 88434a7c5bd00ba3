"""A document longer than ``AttributeOptions.piece_chars`` is attributed in pieces (issue 10).

Attribution keeps the whole article's layout, tokens and names in memory and walks every
sentence: on a 20 MB one-line input that grew past 1.3 GB and never finished. Cut at sentence
ends outside any quotation into pieces of about ``piece_chars``, the document is attributed
piece by piece (and on both cores), each piece with its share of the parse budget, and the
speakers are copied back onto the document's own quotations. What a piece cannot see is the
text of the others: a pronoun or a surname whose antecedent lies in an earlier piece resolves
within its own piece only. No article in the dev set, the BBC corpus or eval/real comes near
the limit, so their attribution is unchanged.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ..model import ExtractResult
from ..thresholds.attribute import AttributeOptions

# what attribution writes on a quotation (copied back from a piece or a forked worker): its
# speaker fields, and its kind when the parse shows a fragment is someone's words (fragment_kind)
FIELDS = ("speaker", "speakers", "speaker_description", "cue", "confidence", "speaker_probability",
          "attribution_evidence", "kind", "kind_evidence")
# a sentence or paragraph end: the next piece opens on a new sentence
_CUT_RE = re.compile(r"[.!?][\"”’']?[ \t]+(?=[A-Z“\"‘'])|\n+")
CONTINUED = "attribution_continued"  # stats key of a piece after the first: no headline
BUDGET = "attribution_parse_budget"  # stats key: the piece's share of the parse budget


def cut_points(result: ExtractResult, size: int) -> list[int]:
    """Offsets where ``result``'s text may be cut into pieces of about ``size`` characters:
    after a sentence end or a line break, never inside a quotation or between its marks."""
    text = result.document.text
    zones = sorted((q.start - len(q.open_mark), q.end + len(q.close_mark)) for q in result.quotes)
    starts = [z[0] for z in zones]
    reach: list[int] = []  # the furthest end among zones starting at or before each one
    for _s, e in zones:
        reach.append(max(e, reach[-1]) if reach else e)
    cuts: list[int] = []
    pos = 0
    while len(text) - pos > size:
        cut = None
        for m in _CUT_RE.finditer(text, pos + size):
            k = bisect_right(starts, m.end() - 1) - 1
            if k < 0 or reach[k] <= m.end() - 1:
                cut = m.end()
                break
        if cut is None or cut >= len(text):
            break
        cuts.append(cut)
        pos = cut
    return cuts


def split(results: list[ExtractResult], opt: AttributeOptions) -> tuple[list[ExtractResult], list[tuple]]:
    """The units to attribute (small results as they are, long ones as pieces) and, for each
    long result, (result, its pieces, their offsets) to copy the speakers back with."""
    units: list[ExtractResult] = []
    cut_up: list[tuple] = []
    for r in results:
        cuts = cut_points(r, opt.piece_chars) if len(r.document.text) > opt.piece_chars else []
        if not cuts:
            units.append(r)
            continue
        text = r.document.text
        bounds = list(zip([0] + cuts, cuts + [len(text)]))
        quotes = sorted(r.quotes, key=lambda q: q.start)
        pieces = []
        qi = 0
        for k, (a, b) in enumerate(bounds):
            own = []
            while qi < len(quotes) and quotes[qi].start < b:
                q = quotes[qi]
                own.append(replace(q, start=q.start - a, end=q.end - a))
                qi += 1
            doc = replace(r.document, text=text[a:b], sha256=r.document.sha256 or "-")
            stats = {BUDGET: opt.parse_budget_chars * (b - a) // len(text)}
            if k:
                stats[CONTINUED] = True
            pieces.append(ExtractResult(doc, own, stats=stats))
        units.extend(pieces)
        cut_up.append((r, pieces, quotes))
    return units, cut_up


def join(cut_up: list[tuple]) -> None:
    """Copy each piece's speakers back onto the document's quotations, and sum its stats."""
    for r, pieces, quotes in cut_up:
        done = [q for p in pieces for q in p.quotes]
        for q, pq in zip(quotes, done):
            for f in FIELDS:
                setattr(q, f, getattr(pq, f))
        sums: dict[str, int] = {}
        for p in pieces:
            for key, v in p.stats.items():
                if key.startswith("attribution_") and isinstance(v, int) and not isinstance(v, bool) \
                        and key != BUDGET:
                    sums[key] = sums.get(key, 0) + v
        r.stats.update(sums)
        r.stats["attribution_pieces"] = len(pieces)
