"""Stage 2-3 again, on words written another way (issue 12, text/equiv.py).

When the quote's words are not in any source as written, the quote and the source passages
that share most of its words are rewritten to canonical words ("life-saving" and
"lifesaving", "I'm" and "I am", "three" and "3", "per cent" and "%", British and American
spellings) and matched again by the same matcher. A match is judged like any other (speaker,
frame, editorial changes); then ``settle`` names what was folded and sets the verdict: a
spelling, hyphen, number or percent fold keeps the words the speaker's (verbatim); a
contraction changes the written words (variation). Real news: Trump's "We made a lifesaving
move" against the transcript's "life-saving" was called drift."""

from __future__ import annotations

from types import MappingProxyType

from ..model import Verdict
from ..text.equiv import VARIATION_FOLDS, canon_word, canonical, canonical_text
from ..text.fold import word_tokens
from .align import Match, ParsedQuote, find_matches, parse_quote
from .drift import content_words
from .locate import DocView  # a source seen through its canonical tokens


def _regions(pq: ParsedQuote, archive, opts) -> list[tuple[int, int, int]]:
    """(document, first sentence, end sentence) around each top BM25 passage for the quote's
    words; overlapping ranges of one document are joined (never a document's whole span:
    rewriting whole speeches made the stage 6x slower than the exact stage, profiled)."""
    k = opts.fold_context_sentences
    spans = sorted((did, max(0, lo - k), hi + k) for _, did, lo, hi in
                   archive.search(content_words(pq.words) or pq.words, limit=opts.fold_passages))
    out: list[tuple[int, int, int]] = []
    for did, a, b in spans:
        if out and out[-1][0] == did and a <= out[-1][2]:
            out[-1] = (did, out[-1][1], max(b, out[-1][2]))
        else:
            out.append((did, a, b))
    return out


def folded_matches(quote: str, archive, opts, later) -> tuple[ParsedQuote | None, list, list]:
    """(canonical parsed quote, [(DocView, Match)] allowed, [(DocView, Match)] later than the
    claim) for the quote rewritten to canonical words."""
    pq = parse_quote(canonical_text(word_tokens(quote)))
    if not pq.words:
        return None, [], []
    found: list[tuple[DocView, Match]] = []
    too_late: list[tuple[DocView, Match]] = []
    for did, a, b in _regions(pq, archive, opts):
        doc = archive.doc(did)
        sents = doc.sentences
        if not sents:
            continue
        start = max(sents[min(a, len(sents) - 1)].start, doc.body_offset)
        end = sents[min(b, len(sents)) - 1].end
        toks = canonical(word_tokens(" " * start + doc.text[start:end])).tokens
        view = DocView(doc, toks)
        for m in find_matches(pq, toks, opts.max_ellipsis_gap, opts.max_bracket_words):
            (too_late if later(doc) else found).append((view, m))
    return pq, found, too_late


def fold_pairs(diff: list[dict[str, str]]) -> list[tuple[str, str, str]]:
    """(family, quote words, source words) for every difference of the evidence's word diff
    that a canonical rewrite explains."""
    out = []
    for d in diff:
        if d["op"] == "equal":
            continue
        q, s = d["quote"], d["source"]
        if q and s and q.replace(" ", "") == s.replace(" ", ""):
            out.append(("hyphen", q, s))
            continue
        fams = {canon_word(w)[1] for w in (q + " " + s).split()} - {""}
        out.append((", ".join(sorted(fams)) or "other", q, s))
    return out


_FAMILY = MappingProxyType({"hyphen": "a compound written with or without its hyphen", "spelling": "British / American spelling",
           "number": "a number in words or digits", "percent": '"%" / "per cent"',
           "contraction": "a contraction spelled out or contracted"})


def settle(v: Verdict) -> Verdict:
    """Name what was folded in the explanation; a contraction makes verbatim a variation."""
    ev = v.evidence or v.nearest
    pairs = fold_pairs(ev.diff) if ev is not None else []
    fams = {f for fam, _, _ in pairs for f in fam.split(", ")}
    said = "; ".join(f'{" and ".join(_FAMILY.get(x, x) for x in f.split(", "))}: quote "{q}" / source '
                     f'"{s.replace(" ", "-") if f == "hyphen" else s}"' for f, q, s in pairs[:4])
    v.stage = "fold" if v.stage in ("verbatim", "punctuation") else v.stage
    if v.verdict == "verbatim" and fams & VARIATION_FOLDS:
        v.verdict = "variation"
        v.score = min(v.score, 0.95)
        v.explanation = f"the same words with the written form changed ({said}): a variation"
    elif v.verdict == "verbatim":
        v.explanation = f"the same words as the source, folded ({said or 'written another way'}): verbatim"
    else:
        v.explanation += f"; folded: {said or 'written another way'}"
    return v
