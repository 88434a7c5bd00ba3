"""The pairing engine: which quotation-mark candidates open and close which quotation.

Rules, each forced by a construct real articles use:

- Paragraphs are the unit of recovery. A mark that never finds its partner is disabled and
  its paragraph is read again without it, so one bad mark costs at most that paragraph's
  pairing, never the rest of the document (textacy's failure: one stray mark inverts every
  later pair).
- A quotation still open at the end of a paragraph continues only when the next paragraph
  opens with a mark of the same family: the multi-paragraph convention (an opening mark on
  each paragraph, one closing mark at the end). The result is one quotation whose text keeps
  the inner marks and newlines.
- The first family opened at top level is the outer quotation; marks of the other family
  inside it are nested quotations (“… ‘be careful.’”) and belong to the outer text. A single
  opener inside a double quotation with its own closer before the outer closer is also kept
  as a nested quotation (``_nested_single``): a hostile probe of issue 10 showed “My
  opponents keep repeating ‘the branch libraries are wasteful’ as if …” losing the inner one.
- A double mark of the other glyph style inside an open double quotation, with its own closer
  before the outer one's closer (“I said that "the mayor lied" and I will sue”), is a nested
  quotation: both are kept, the inner one marked nested. Read as a conflicting opener, it used
  to disable the outer mark, so the outer words vanished and only the inner ones were checked.
- Single marks pair only when they find a partner; an unpaired single mark is an apostrophe
  (“the players’ union”), not an unbalanced quotation.
- A paragraph that opens with a quotation mark and runs out without a closer is a speech
  paragraph whose closer was lost: it is kept as a *recovered* quotation to the paragraph end.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import attrgetter

from .lookahead import _later_closer, _nested_closer, _nested_single
from .marks import ALL_MARKS, CLOSERS, Mark
from .paragraph_spans import paragraphs

@dataclass
class Pair:
    """One quotation as pairs of marks: ``start``/``end`` index the text between them."""

    open: Mark
    close: Mark | None  # None for a recovered quotation that runs to the paragraph end
    start: int
    end: int
    continuations: list[Mark] = field(default_factory=list)
    paragraphs: int = 1
    recovered: bool = False
    nested: bool = False  # a quotation inside another one (straight marks inside curly ones)


@dataclass
class Pairing:
    pairs: list[Pair]
    stray: list[Mark]  # double-family marks that paired with nothing (counted as unbalanced)
    stray_single: int  # single openers that found no partner (read as apostrophes)
    recovered: int  # quotations kept despite a missing closer


class _Fail(Exception):
    def __init__(self, mark: Mark, found: list[Pair], para_end: int | None = None,
                 chain: list[Mark] | None = None, n_paras: int = 1):
        self.mark = mark
        self.found = found  # pairs completed before the failed opener opened
        self.para_end = para_end  # set when the mark ran out at a paragraph end
        self.chain = chain or []
        self.n_paras = n_paras


def pair_marks(
    text: str,
    marks: list[Mark],
    max_paragraphs: int = 30,
    paras: list[tuple[int, int]] | None = None,
    lost_closer_gap: int = 60,
) -> Pairing:
    if paras is None:
        paras = paragraphs(text)
    by_para = _by_paragraph(marks, paras)
    pairs: list[Pair] = []
    stray: list[Mark] = []
    stray_single = 0
    recovered = 0
    k = 0
    resume = 0  # text position in paragraph k where scanning resumes after a recovery
    while k < len(paras):
        if not by_para[k]:  # (no marks: nothing to pair, no _scan; issue 16)
            k += 1
            resume = 0
            continue
        try:
            found, k_next = _scan(
                text, paras, by_para, k, max_paragraphs, resume, stray, lost_closer_gap
            )
        except _Fail as f:
            k, resume, outcome = _recover(text, paras, f, pairs, stray)
            if outcome == "recovered":
                recovered += 1
            elif outcome == "single":
                stray_single += 1
            continue
        for p in found:  # (no generator, no list: issue 16)
            pairs.append(p)
            if p.recovered:
                recovered += 1
        k = k_next
        resume = 0
    pairs.sort(key=_START)
    return Pairing(pairs, stray, stray_single, recovered)


def _by_paragraph(marks: list[Mark], paras: list[tuple[int, int]]) -> list[list[Mark]]:
    """The marks of each paragraph (marks between paragraphs belong to none): two bisects a
    paragraph over the marks' positions, not a step per mark (issue 16)."""
    at = [m.pos for m in marks]
    n = len(at)
    by_para: list[list[Mark]] = []
    b = 0  # marks before b lie before this paragraph
    for s, e in paras:
        if b == n or at[b] >= e:
            by_para.append([])  # (no mark here: no bisect)
            continue
        a = b if at[b] >= s else bisect_left(at, s, b)
        b = bisect_left(at, e, a)
        by_para.append(marks[a:b])
    return by_para


_START = attrgetter("start")  # (a lambda was a Python call per pair; issue 16)


def _recover(text: str, paras: list[tuple[int, int]], f: "_Fail", pairs: list[Pair],
             stray: list[Mark]) -> tuple[int, int, str]:
    """Local recovery after ``_scan`` failed on ``f.mark``: keep what paired before the failed
    opener, disable it and read on from just after it (so nothing before it is read twice:
    linear time). Returns (paragraph, resume position, outcome): outcome "recovered" (a
    speech paragraph kept without its closer), "stray" (a double mark) or "single"."""
    pairs.extend(f.found)
    starts = [s for s, _ in paras]  # (made here, not per document: few documents fail once)
    m = f.mark
    m.disabled = True
    k = bisect_right(starts, m.pos) - 1
    resume = m.pos + m.length
    if m.family != "d":
        return k, resume, "single"
    if f.para_end is not None and (
        _starts_paragraph(text, paras, m)
        or _after_colon(text, m)
        or _starts_sentence(text, m)
    ):
        # A speech paragraph that lost its closer: keep it, flagged recovered.
        end = f.para_end
        while end > m.pos + m.length and text[end - 1].isspace():
            end -= 1
        pairs.append(Pair(m, None, m.pos + m.length, end, list(f.chain), f.n_paras, True))
        # Everything inside the recovered quotation is its text, not new pairs.
        return bisect_right(starts, max(end - 1, m.pos)) - 1, end, "recovered"
    stray.append(m)
    return k, resume, "stray"


def _starts_paragraph(text: str, paras: list[tuple[int, int]], m: Mark) -> bool:
    k = bisect_right(paras, (m.pos, len(text) + 1)) - 1
    return k >= 0 and paras[k][0] <= m.pos < paras[k][1] and blank_between(text, paras[k][0], m.pos)


def blank_between(text: str, a: int, b: int) -> bool:
    """Only whitespace in text[a:b], read backwards from b: stops at the first other character,
    so a mark deep in a 2 MB one-line paragraph costs nothing (a slice and strip from the
    paragraph start per quotation made extraction quadratic: 6 s for 2 MB)."""
    i = b - 1
    while i >= a and text[i].isspace():
        i -= 1
    return i < a


def _after_colon(text: str, m: Mark) -> bool:
    """An opening mark after a colon ("OBAMA: "There's …", "He said: "…") introduces words
    that run on; with the closer lost, they run to the paragraph end."""
    i = m.pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i >= 0 and text[i] == ":"


def _starts_sentence(text: str, m: Mark) -> bool:
    """An opening mark that starts a sentence after a finished one ("…the statement said.
    "We strongly urge…"): a quotation of whole sentences, which, with its closer lost, runs
    to the paragraph end."""
    if m.pos + m.length >= len(text) or not text[m.pos + m.length].isupper():
        return False
    return _inline_continuation(text, m)


def _first_mark(text: str, para: tuple[int, int], marks: list[Mark]) -> Mark | None:
    """The mark that opens a paragraph (only whitespace before it), if any."""
    for m in marks:
        if m.disabled:
            continue
        if not blank_between(text, para[0], m.pos):
            return None
        return m
    return None


class _Open:
    """What ``_scan`` carries from mark to mark: the pairs found so far, and the quotation being
    read (its opener, the marks that carry it over paragraphs, its inner quotations). (A plain
    class: a dataclass's default factories were three calls per paragraph; issue 16.)"""

    __slots__ = ("found", "opener", "chain", "n_paras", "skip", "nested", "jump")

    def __init__(self) -> None:
        self.found: list[Pair] = []
        self.opener: Mark | None = None
        self.chain: list[Mark] = []
        self.n_paras = 1
        self.skip: Mark | None = None  # the continuation mark that opened this paragraph
        self.nested: list[Pair] = []  # inner quotations, kept once the outer ends
        self.jump = -1  # index of a nested closer: marks up to it are the inner quotation's

    def open(self, m: Mark) -> None:
        self.opener, self.chain, self.n_paras, self.nested = m, [], 1, []


def _scan(
    text: str,
    paras: list[tuple[int, int]],
    by_para: list[list[Mark]],
    k: int,
    max_paragraphs: int,
    resume: int,
    stray: list[Mark],
    lost_closer_gap: int = 60,
) -> tuple[list[Pair], int]:
    """Pair the marks of paragraph ``k`` (and of the paragraphs a multi-paragraph quotation
    carries it into). Raises _Fail with the mark to disable when the paragraph cannot pair."""
    st = _Open()
    while True:
        marks = by_para[k]
        first = _first_at(marks, resume) if resume else 0
        resume = 0
        for idx in range(first, len(marks)):
            m = marks[idx]
            if idx <= st.jump or m is st.skip or m.disabled:
                continue
            if m.apostrophe or not (m.can_open or m.can_close):
                continue
            # (the two commonest steps of _read_mark, inline: an opener with nothing open, and
            # a plain closer of the open quotation; issue 16)
            opener = st.opener
            if opener is None:
                if m.can_open:
                    st.opener, st.chain, st.n_paras, st.nested = m, [], 1, []
                    continue
            elif (m.can_close and not m.possessive_like and m.family == opener.family
                  and m.ch in CLOSERS[opener.ch]):
                st.found.append(Pair(opener, m, opener.pos + opener.length, m.pos, st.chain, st.n_paras))
                if st.nested:
                    st.found.extend(st.nested)
                st.opener = None
                continue
            _read_mark(text, marks, idx, st, stray, lost_closer_gap)
        if st.opener is None:
            return st.found, k + 1
        # Still open at the end of the paragraph: multi-paragraph quotation?
        if not _carry_on(text, paras, by_para, k, st, max_paragraphs):
            raise _Fail(st.opener, st.found, para_end=paras[k][1], chain=st.chain, n_paras=st.n_paras)
        k += 1


def _first_at(marks: list[Mark], resume: int) -> int:
    """Index of the first mark at or after the resume position."""
    lo, hi = 0, len(marks)
    while lo < hi:
        mid = (lo + hi) // 2
        if marks[mid].pos < resume:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _read_mark(text: str, marks: list[Mark], idx: int, st: _Open, stray: list[Mark], lost_closer_gap: int) -> None:
    """One mark of ``_scan``: it opens, closes, nests, continues or conflicts with the open
    quotation (raises _Fail when an opener lost its closer and nothing recovers it)."""
    m = marks[idx]
    opener = st.opener
    if opener is None:
        if m.can_open:
            st.open(m)
        elif m.family == "d":
            # A closer with nothing open: a stray mark; drop it and read on.
            m.disabled = True
            stray.append(m)
        return
    if m.family != opener.family:
        inner = _nested_single(marks, idx, opener)
        if inner is not None:
            # “… ‘the branch libraries are wasteful’ as if …”: the inner quotation is kept too,
            # so no opening mark vanishes (issue 10); its marks stay in the outer text.
            st.nested.append(Pair(m, inner[1], m.pos + m.length, inner[1].pos, nested=True))
            st.jump = inner[0]
        return  # otherwise a mark of the other family is part of the outer text
    if m.can_close and m.ch in CLOSERS[opener.ch]:
        if m.possessive_like and m.family == "s" and _later_closer(marks, idx, opener):
            return  # "the players’ union ... ’": the later mark closes
        st.found.append(Pair(opener, m, opener.pos + opener.length, m.pos, st.chain, st.n_paras))
        st.found.extend(st.nested)
        st.opener = None
        return
    inner_close = _nested_closer(marks, idx, opener)
    if inner_close is not None:
        j, close = inner_close
        st.nested.append(Pair(m, close, m.pos + m.length, close.pos, nested=True))
        st.jump = j
        return
    if m.can_open and _same_style(m.ch, opener.ch):
        if _inline_continuation(text, m):
            # Paragraphs collapsed into one line (BBC: "…got. "As a result, …"):
            # the multi-paragraph convention, with the line breaks lost.
            st.chain.append(m)
            st.n_paras += 1
            return
        # A new opening mark while one is open: the earlier one lost its closer.
        end = (
            _lost_closer_end(text, opener, m, lost_closer_gap)
            if opener.family == "d"
            else None
        )
        if end is not None:
            st.found.append(Pair(opener, None, opener.pos + opener.length, end, st.chain, st.n_paras, True))
            st.found.extend(q for q in st.nested if q.end <= end)
            st.open(m)
            return
        raise _Fail(opener, st.found)


def _carry_on(text: str, paras: list[tuple[int, int]], by_para: list[list[Mark]], k: int, st: _Open,
              max_paragraphs: int) -> bool:
    """The quotation open at the end of paragraph ``k`` goes on into the next one (which opens
    with a mark of its family after a finished sentence): True, with ``st`` moved there."""
    nxt = k + 1
    if nxt < len(paras) and st.n_paras < max_paragraphs:
        first = _first_mark(text, paras[nxt], by_para[nxt])
        opener = st.opener
        assert opener is not None
        if (
            first is not None
            and first.family == opener.family
            and first.can_open
            and (first.ch == opener.ch or first.ch in "\"'")
            and _ends_sentence(text, paras[k])
        ):
            st.chain.append(first)
            st.skip = first
            st.jump = -1
            st.n_paras += 1
            return True
    return False



_ENGLISH_STYLE = frozenset('"\u201c\u201d\u201f' + "'\u2018\u2019\u201b")


def _same_style(a: str, b: str) -> bool:
    """Would ``a`` open a quotation of the same style as ``b``? Then a second opener while
    ``b`` is open means ``b`` lost its closer. Another style is a nested quotation: “…” inside
    «…» (French), »…« inside „…“ (German)."""
    return a == b or (a in _ENGLISH_STYLE and b in _ENGLISH_STYLE)


def _inline_continuation(text: str, m: Mark) -> bool:
    """An opening mark that starts a new sentence right after a finished one, inside an open
    quotation: a paragraph of a multi-paragraph quotation whose line break was lost."""
    i = m.pos - 1
    if i < 0:
        return False
    if text[i] not in " \t" and not (m.ch in "\u201c\u201e\u00ab" and text[i] in ".!?"):
        # (newswire copy that lost the line break *and* the space: "…of GDP.“Barack …")
        return False
    while i >= 0 and text[i] in " \t":
        i -= 1
    # a nested quotation may close with the sentence: "… ridiculous.' "But then …"
    while i >= 0 and text[i] in ALL_MARKS:
        i -= 1
    return i >= 0 and text[i] in ".!?\u2026"


# The sentence end before an attribution that opens a new quotation: "…because I was a
# Muslim. He added: "The …" — the closer after "Muslim." was lost in the source.
_SENTENCE_END = re.compile(r"[.!?\u2026](?=\s+[A-Z])")


def _lost_closer_end(text: str, opener: Mark, m: Mark, max_gap: int = 60) -> int | None:
    """Where a quotation that lost its closer most plausibly ended: the last sentence end
    before the conflicting opening mark, when only a short attribution lies between
    ("He added: ")."""
    last = None
    for x in _SENTENCE_END.finditer(text, opener.pos + opener.length, m.pos):
        last = x
    if last is None:
        return None
    gap = text[last.end() : m.pos]
    if len(gap) > max_gap or "\n" in gap or not gap.rstrip().endswith((":", ",")):
        return None
    return last.end()


def _ends_sentence(text: str, para: tuple[int, int]) -> bool:
    """A paragraph that a quotation carries over ends a sentence (or a clause that a colon,
    dash or ellipsis leaves open); a paragraph cut mid-word is an unbalanced mark instead."""
    i = para[1] - 1
    while i >= para[0] and text[i].isspace():
        i -= 1
    return i >= para[0] and text[i] in ".!?:;,\u2026\u2014\u2013-)]"
