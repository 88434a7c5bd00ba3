"""Stages 2 and 3 of the cascade: the quote's words found in a source, exactly or with
standard editorial changes.

A quote is parsed into *segments* of words separated by editorial operators: an ellipsis
(``...``, ``…``, ``[…]``) stands for omitted source words; a ``[bracket]`` replaces or adds
words. Every segment must occur, in order, as whole tokens; the source words between two
segments must fit the operators between them (``max_ellipsis_gap`` per ellipsis,
``max_bracket_words`` per bracket, nothing at all where there is no operator). What the
operators stood for is returned, so the verdict can show the omitted and replaced words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text.fold import Folded, Tokens, find_phrase, fold, word_tokens

_OPS = re.compile(r"\[\s*\.\s?\.\s?\.\s*\]|\.\s?\.\s?\.(?:\s?\.)*|\[[^\]]*\]")
SENTENCE_END = frozenset(".!?")
# A gap after a word that closes a quotation inside a source (press releases quote too): the
# mark touches the word, after at most its punctuation ('2030,"'); ' "' opens the next one.
CLOSES_QUOTATION = re.compile('[,.!?;:\u2026]*["\u201d\u00bb]')
# Where a clause can end: after clause punctuation, or before a word that opens a clause.
CLAUSE_PUNCT = frozenset(",;:\u2014\u2013-(")
CLAUSE_OPENERS = frozenset(
    """and but or nor so yet because as since when whenever while whereas although though if
    unless until after before which who whom whose where that than""".split()
)


@dataclass
class Segment:
    words: list[str]
    gaps: list[str]  # punctuation after each word (last: what follows the segment's last word)
    lead: str  # punctuation before the first word


@dataclass
class ParsedQuote:
    text: str
    folded: Folded
    segments: list[Segment]
    # ops[k] lists the operators between segment k-1 and k (ops[0]: before the first segment;
    # ops[len(segments)]: after the last). Each op is ("ellipsis", []) or ("bracket", words).
    ops: list[list[tuple[str, list[str]]]]
    words: list[str] = field(default_factory=list)  # every word outside operators

    @property
    def edited(self) -> bool:
        return any(self.ops)

    @property
    def n_words(self) -> int:
        return len(self.words) + sum(len(w) for ops in self.ops for k, w in ops if k == "bracket")


def parse_quote(text: str) -> ParsedQuote:
    f = fold(text)
    segs: list[Segment] = []
    ops: list[list[tuple[str, list[str]]]] = [[]]
    pos = 0
    pieces: list[tuple[str, str]] = []
    for m in _OPS.finditer(f.text):
        pieces.append(("text", f.text[pos : m.start()]))
        tok = m.group()
        if tok.startswith("[") and "." not in tok.strip("[] "):
            pieces.append(("bracket", tok[1:-1]))
        else:
            pieces.append(("ellipsis", tok))
        pos = m.end()
    pieces.append(("text", f.text[pos:]))
    for kind, s in pieces:
        if kind == "text":
            t = word_tokens(s)
            if t.words:
                segs.append(Segment(t.words, t.gaps, t.lead))
                ops.append([])
            elif segs:  # punctuation only ("…?"): belongs after the previous segment
                segs[-1].gaps[-1] += t.lead
        elif kind == "bracket":
            ops[-1].append(("bracket", word_tokens(s).words))
        else:
            ops[-1].append(("ellipsis", []))
    pq = ParsedQuote(text, f, segs, ops)
    pq.words = [w for s in segs for w in s.words]
    return pq


# Matches kept per source: a phrase that recurs in a speech ("and", "No!") would otherwise
# describe every occurrence; the verdict needs the best one and whether there are several.
MATCH_LIMIT = 20


@dataclass
class Match:
    """One occurrence of a parsed quote in one source's tokens."""

    positions: list[int]  # start word index of each segment
    first: int  # first source word index of the evidence (includes bracket-replaced words)
    last: int  # last source word index (inclusive)
    omitted: list[str] = field(default_factory=list)  # source text an ellipsis stood for
    omitted_words: list[list[str]] = field(default_factory=list)
    replaced: list[dict[str, str]] = field(default_factory=list)  # {"bracket","source"}
    punct_changes: list[dict[str, str]] = field(default_factory=list)
    dropped_trailing: str = ""  # the rest of the sentence when the quote stops early
    trailing_mid_clause: bool = False  # ...and it stops where no clause ends ("No!" / "no less")
    omission_in_sentence: list[bool] = field(default_factory=list)

    @property
    def exact(self) -> bool:
        return not (self.omitted or self.replaced or self.punct_changes or self.dropped_trailing)


def gap_range(ops: list[tuple[str, list[str]]], max_ellipsis: int, max_bracket: int) -> tuple[int, int]:
    hi = 0
    for kind, _ in ops:
        hi += max_ellipsis if kind == "ellipsis" else max_bracket
    return 0, hi


# A typewriter's dash: two or three hyphens for the em or en dash that folding makes "-". The
# contract's verbatim ignores dash styles, and real press copy prints "True democracy -- real
# freedom -- is hard work" for a speech's em dashes (eval/real tune set), which was called a
# punctuation change (variation).
_TYPED_DASH = re.compile(r"-{2,3}")


def _punct(s: str) -> str:
    return _TYPED_DASH.sub("-", s.replace(" ", ""))


def find_matches(pq: ParsedQuote, toks: Tokens, max_ellipsis: int = 60, max_bracket: int = 6,
                 limit: int = MATCH_LIMIT) -> list[Match]:
    """Every occurrence of the parsed quote in ``toks`` (at most ``limit``)."""
    if not pq.segments:
        return []
    occ = [find_phrase(toks, s.words) for s in pq.segments]
    if any(not o for o in occ):
        return []
    out: list[Match] = []
    for p0 in occ[0]:
        chain = [p0]
        ok = True
        for k in range(1, len(pq.segments)):
            prev_end = chain[-1] + len(pq.segments[k - 1].words)
            lo, hi = gap_range(pq.ops[k], max_ellipsis, max_bracket)
            nxt = [p for p in occ[k] if lo <= p - prev_end <= hi]
            if not nxt:
                ok = False
                break
            chain.append(nxt[0])  # the nearest: the smallest omission that fits
        if ok:
            out.append(_describe(pq, toks, chain, max_bracket))
            if len(out) >= limit:
                break
    return out


def _text(toks: Tokens, i: int, j: int) -> str:
    """Original source text of words i..j-1."""
    if j <= i:
        return ""
    return toks.folded.original[toks.ostart(i) : toks.oend(j - 1)]


def _sentence_break(toks: Tokens, i: int, j: int) -> bool:
    """True when a sentence ends somewhere between word i-1 and word j (exclusive)."""
    return any(any(c in SENTENCE_END for c in toks.gaps[k]) for k in range(max(i - 1, 0), min(j, len(toks.gaps))))


def _describe(pq: ParsedQuote, toks: Tokens, chain: list[int], max_bracket: int) -> Match:
    segs = pq.segments
    first = chain[0]
    last = chain[-1] + len(segs[-1].words) - 1
    m = Match(positions=chain, first=first, last=last)
    # leading bracket: "[The fund] is a floor" -- the words it replaced run back to the previous
    # clause boundary (at most max_bracket words); a pure insertion replaces nothing.
    lead_br = [w for k, w in pq.ops[0] if k == "bracket"]
    if lead_br:
        i = first
        while i > 0 and first - i < max_bracket and not _punct(toks.gaps[i - 1]):
            i -= 1
        m.replaced.append({"bracket": " ".join(sum(lead_br, [])), "source": _text(toks, i, first)})
        m.first = i
    _between_segments(m, pq, toks, chain)
    _inside_segments(m, segs, toks, chain)
    _quote_end(m, pq, toks, chain)
    return m


def _between_segments(m: Match, pq: ParsedQuote, toks: Tokens, chain: list[int]) -> None:
    """What each ellipsis and bracket between two segments stood for in the source."""
    segs = pq.segments
    for k in range(1, len(segs)):
        a = chain[k - 1] + len(segs[k - 1].words)
        b = chain[k]
        kinds = [kind for kind, _ in pq.ops[k]]
        src = _text(toks, a, b)
        if "bracket" in kinds:
            br = " ".join(" ".join(w) for kind, w in pq.ops[k] if kind == "bracket")
            m.replaced.append({"bracket": br, "source": src})
        if "ellipsis" in kinds:
            m.omitted.append(src)
            m.omitted_words.append(toks.words[a:b])
            m.omission_in_sentence.append(not _sentence_break(toks, a, b))


def _inside_segments(m: Match, segs: list[Segment], toks: Tokens, chain: list[int]) -> None:
    """Punctuation changed between two words of one segment."""
    for k, s in enumerate(segs):
        p = chain[k]
        for j in range(len(s.words) - 1):
            qg, sg = _punct(s.gaps[j]), _punct(toks.gaps[p + j])
            if qg != sg:
                m.punct_changes.append({"after": s.words[j], "quote": qg, "source": sg})


def _quote_end(m: Match, pq: ParsedQuote, toks: Tokens, chain: list[int]) -> None:
    """The quote's end: a trailing ellipsis (what it dropped), the source's own closing mark, the
    reporter's closing punctuation, or a dropped trailing clause / changed final mark."""
    segs = pq.segments
    end = chain[-1] + len(segs[-1].words) - 1
    trailing_ops = pq.ops[len(segs)]
    q_tail = _punct(segs[-1].gaps[-1])
    s_tail = _punct(toks.gaps[end]) if end < len(toks.gaps) else ""
    if any(kind == "ellipsis" for kind, _ in trailing_ops):
        rest_end = sentence_end(toks, end)
        if rest_end == end and end + 1 < len(toks.words):
            # the sentence ends with the quote: the ellipsis stands for what followed it ("...our
            # best instant-access rate…" dropping the next sentence).
            rest_end = sentence_end(toks, end + 1)
        if rest_end > end:
            m.omitted.append(_text(toks, end + 1, rest_end + 1))
            m.omitted_words.append(toks.words[end + 1 : rest_end + 1])
            m.omission_in_sentence.append(False)  # dropping the rest is a standard edit
    elif q_tail and end < len(toks.gaps) and CLOSES_QUOTATION.match(toks.gaps[end]):
        # The source's own quotation closes where the quote ends ('"... by 2030," said Hedda
        # Lindqvist-Aro'): what follows is its credit, not a clause the quote dropped, and a
        # full stop for the comma before a closing mark is how every quotation is closed.
        pass
    elif closing_mark(q_tail, s_tail):
        # The press closes a quoted sentence with the attribution's comma ("...anything," he
        # said) or its own full stop where the speaker's sentence ended with "." or "!"
        # (real news: "It just doesn't work that way." for "...that way!"): the reporter's
        # punctuation, not a change to the words (gold: verbatim).
        pass
    elif q_tail and not s_tail.startswith(q_tail.rstrip('"\'')):
        if not any(c in SENTENCE_END for c in s_tail):
            rest_end = sentence_end(toks, end)
            m.dropped_trailing = _text(toks, end + 1, rest_end + 1)
            m.trailing_mid_clause = not (any(c in CLAUSE_PUNCT for c in s_tail) or (
                end + 1 < len(toks.words) and toks.words[end + 1] in CLAUSE_OPENERS))
        if not m.dropped_trailing or q_tail.rstrip('"\'') not in (".", ""):
            m.punct_changes.append({"after": segs[-1].words[-1], "quote": q_tail, "source": s_tail})


# What the quote may end with, and what the source's sentence may end with there, for the
# quote's last mark to be the reporter's: a question made a statement ("?" -> ".") or a
# sentence cut at a semicolon is still a change.
QUOTE_CLOSERS = frozenset(",.")
SOURCE_ENDS = frozenset(".!")


def closing_mark(q_tail: str, s_tail: str) -> bool:
    """True when the quote's final mark differs from the source's only as a quotation's
    closing punctuation: the quote ends with "," or "." where the source's sentence ends with
    "." or "!" (closing quotation marks aside)."""
    q = q_tail.strip('"\'')
    s = s_tail.lstrip('"\'')[:1]
    return q in QUOTE_CLOSERS and len(q) == 1 and s in SOURCE_ENDS and q != s_tail.strip('"\'')


def sentence_end(toks: Tokens, i: int) -> int:
    """Index of the last word of the sentence holding word i."""
    n = len(toks.words)
    while i < n - 1 and not any(c in SENTENCE_END for c in toks.gaps[i]):
        i += 1
    return i


def span_offsets(toks: Tokens, m: Match, pq: ParsedQuote) -> tuple[int, int]:
    """Original (start, end) of the evidence: first to last source word used, plus the
    trailing punctuation the quote itself carries."""
    start = toks.ostart(m.first)
    end = toks.oend(m.last)
    q_tail = _punct(pq.segments[-1].gaps[-1]) if pq.segments else ""
    if q_tail and m.exact:
        f = toks.folded
        fe = toks.fend[m.last]
        gap = f.text[fe : fe + len(toks.gaps[m.last]) + 2]
        k = 0
        matched = 0
        while k < len(gap) and matched < len(q_tail):
            if gap[k] == " ":
                k += 1
                continue
            if gap[k] != q_tail[matched]:
                break
            matched += 1
            k += 1
        if matched:
            end = f.offsets[fe + k - 1] + 1
    return start, end


def describe_changes(m: Match) -> str:
    """The editorial changes of a match, in words (for the explanation)."""
    parts = []
    if m.omitted:
        n = sum(len(w) for w in m.omitted_words)
        shown = " / ".join(f'"{o}"' for o in m.omitted if o)
        parts.append(f"{n} word{'s' if n != 1 else ''} elided with an ellipsis ({shown})" if shown else "ellipsis")
    for r in m.replaced:
        parts.append(f'[{r["bracket"]}] replaces "{r["source"]}"' if r["source"] else f"[{r['bracket']}] added")
    if m.dropped_trailing:
        parts.append(f'trailing clause dropped ("{m.dropped_trailing}")')
    if m.punct_changes:
        pc = "; ".join(f'after "{p["after"]}": source "{p["source"]}", quote "{p["quote"]}"' for p in m.punct_changes[:3])
        parts.append(f"punctuation changed ({pc})")
    return "; ".join(parts)
