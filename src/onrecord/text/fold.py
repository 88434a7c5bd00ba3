"""Folding with an offset map, and tokenisation on token boundaries.

``fold(text)`` removes the differences that never change what was said (case, width,
ligatures, typographic quotes and apostrophes, dash styles, soft hyphens, zero-width
characters, whitespace runs, hyphenation across a line break) and keeps a map from every
folded character back to the original, so a match in folded text becomes offsets into the
source file (contract section 1: ``source_text[start:end]`` is the evidence).

What is never folded (design/verification.md, lesson 1): digits, decimal and thousands
separators, signs, comparison operators and negators. A checker that folded these let "0.4"
match inside "-0.4" and a quote that dropped "not" pass as found.

``tokenize`` works on folded text and emits word, number and punctuation tokens. Matching is
on whole tokens only, which is what keeps "the rapist" out of "therapist", "113" out of
"2,113" and "0.4" out of "-0.4" (a number token carries its leading sign)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

# Typographic variants folded to one form. The minus sign (U+2212) becomes "-" so that
# "−0.4" and "-0.4" are the same number; the sign itself is never dropped.
_TABLE = MappingProxyType({
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u301d\u301e\u301f\uff02\u2033", '"'),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2039\u203a\u2032\u00b4`\uff07", "'"),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe58\ufe63\uff0d", "-"),
    "\u2026": "...",
})
# Invisible characters that only affect layout (soft hyphen, zero-width space/joiners, BOM).
_REMOVE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e")

# A word hyphenated across a line break: "misunder-\nstood" -> "misunderstood". When the next
# line starts with a capital ("Marchetti-\nVance") the hyphen is real and is kept.
# A lone ASCII space is already folded, so it is left inside the plain run around it: matching
# every space as whitespace cost one Python call per word (issue 13: folding and tokenising a
# speech's whole text was most of a real quotation's cost before the model).
_SPECIAL = re.compile(
    r"(?P<hy>(?<=[^\W\d_])[-\u00ad\u2010\u2011][ \t]*\r?\n[ \t]*(?=[^\W\d_]))"
    r"|(?P<ws> \s+|[^\S ]\s*)"
    r"|(?P<ch>[^\x00-\x7f])"
)


@lru_cache(maxsize=8192)
def _fold_char(c: str, depth: int = 0) -> str:
    """Fold one non-ASCII character to a fixed point (so folding is idempotent)."""
    if c in _REMOVE:
        return ""
    if c in _TABLE:
        return _TABLE[c]
    s = unicodedata.normalize("NFKC", c).casefold()
    s = "".join(ch for ch in s if not ch.isspace())  # "¨" -> " ̈": a space would re-collapse
    if s == c or depth > 3:
        return s
    return "".join(_fold_char(x, depth + 1) if not x.isascii() else x.lower() for x in s)


@dataclass
class Folded:
    """Folded text plus ``offsets``: ``offsets[i]`` is the original index of folded char ``i``;
    one sentinel entry at the end holds ``len(original)``."""

    text: str
    offsets: list[int]
    original: str = ""

    def span(self, fstart: int, fend: int) -> tuple[int, int]:
        """Original (start, end) covering folded text[fstart:fend]."""
        if fend <= fstart:
            o = self.offsets[fstart]
            return o, o
        return self.offsets[fstart], self.offsets[fend - 1] + 1


def fold(text: str) -> Folded:
    out: list[str] = []
    offs: list[int] = []
    pos = 0

    def plain(a: int, b: int) -> None:
        run = text[a:b]
        low = run.lower()
        out.append(low)
        if len(low) == b - a:
            offs.extend(range(a, b))
        else:  # pragma: no cover - ASCII runs always keep their length
            for i, ch in enumerate(run):
                f = ch.lower()
                out_len = len(f)
                offs.extend([a + i] * out_len)

    for m in _SPECIAL.finditer(text):
        s, e = m.span()
        if s > pos:
            plain(pos, s)
        kind = m.lastgroup
        if kind == "hy":
            nxt = text[e] if e < len(text) else ""
            if nxt.isupper():
                out.append("-")
                offs.append(s)
        elif kind == "ws":
            out.append(" ")
            offs.append(s)
        else:
            f = _fold_char(text[s])
            if f:
                out.append(f)
                offs.extend([s] * len(f))
        pos = e
    if pos < len(text):
        plain(pos, len(text))
    folded = "".join(out)
    offs.append(len(text))
    # Whitespace a folded character produced can sit next to a real one; collapse once more so
    # that fold(fold(x)) == fold(x).
    if "  " in folded:
        keep = [i for i in range(len(folded)) if not (folded[i] == " " and i > 0 and folded[i - 1] == " ")]
        folded = "".join(folded[i] for i in keep)
        offs = [offs[i] for i in keep] + [len(text)]
    return Folded(folded, offs, text)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_SPACES = re.compile(" {2,}")


def fold_text(text: str) -> str:
    """``fold(text).text`` without the offset map: one substitution pass. The search index folds
    every passage of every document it stores (78,555 passages for the 1,010 Miller Center
    speeches), and building the offsets it never reads was most of ingest (issue 13)."""
    low = text.translate(_ASCII_LOWER)  # same length: the match positions are the original's

    def repl(m: re.Match) -> str:
        kind = m.lastgroup
        if kind == "hy":
            e = m.end()
            return "-" if e < len(text) and text[e].isupper() else ""
        if kind == "ws":
            return " "
        return _fold_char(m.group())

    folded = _SPECIAL.sub(repl, low)
    return _SPACES.sub(" ", folded) if "  " in folded else folded


# --- tokens ---------------------------------------------------------------------------------

# A number token: optional sign only when the sign does not follow a word character ("10-20"
# is 10, -, 20 but " -0.4" is one token), digits with inner separators ("2,113", "15.40"), an
# optional percent or ordinal suffix. Words keep inner apostrophes ("don't", "o'brien").
TOKEN_RE = re.compile(
    r"(?P<num>(?:(?<![\w])[-+])?\d+(?:[.,]\d+)*(?:%|(?:st|nd|rd|th|s)\b)?)"
    r"|(?P<word>[^\W_]+(?:'[^\W_]+)*)"
    r"|(?P<punct>[^\w\s])"
)


@dataclass
class Token:
    norm: str
    kind: str  # "word" | "num" | "punct"
    start: int  # offsets in the folded text
    end: int


def tokenize(folded: str) -> list[Token]:
    return [Token(m.group(), m.lastgroup or "punct", m.start(), m.end()) for m in TOKEN_RE.finditer(folded)]


@dataclass
class Tokens:
    """A folded text as a sequence of words (numbers included) with the punctuation that
    separates them: ``gaps[i]`` is the punctuation after word ``i`` (``lead`` before word 0).
    ``wstart``/``wend`` are offsets of each word in the ORIGINAL text."""

    folded: Folded
    words: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    fstart: list[int] = field(default_factory=list)
    fend: list[int] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    lead: str = ""
    _index: dict[str, list[int]] | None = None

    @property
    def index(self) -> dict[str, list[int]]:
        if self._index is None:
            idx: dict[str, list[int]] = {}
            for i, w in enumerate(self.words):
                idx.setdefault(w, []).append(i)
            self._index = idx
        return self._index

    def ostart(self, i: int) -> int:
        return self.folded.offsets[self.fstart[i]]

    def oend(self, i: int) -> int:
        return self.folded.offsets[self.fend[i] - 1] + 1

    def __len__(self) -> int:
        return len(self.words)


def word_tokens(text: str, folded: Folded | None = None) -> Tokens:
    f = folded or fold(text)
    t = Tokens(folded=f)
    # The token loop is inlined over the regex matches (no Token objects): a speech's whole
    # text is tokenised for every candidate document (issue 13).
    words, kinds, fstart, fend, gaps = t.words, t.kinds, t.fstart, t.fend, t.gaps
    pending: list[str] = []
    for m in TOKEN_RE.finditer(f.text):
        kind = m.lastgroup
        if kind == "punct" or kind is None:
            pending.append(m.group())
            continue
        if words:
            gaps.append("".join(pending) if pending else "")
        else:
            t.lead = "".join(pending)
        pending = []
        words.append(m.group())
        kinds.append(kind)
        a, b = m.span()
        fstart.append(a)
        fend.append(b)
    if words:
        gaps.append("".join(pending))
    else:
        t.lead = "".join(pending)
    return t


def find_phrase(hay: Tokens, needle: list[str]) -> list[int]:
    """Start indexes of every occurrence of the word sequence ``needle`` in ``hay`` (whole
    tokens only)."""
    if not needle:
        return []
    first = hay.index.get(needle[0], [])
    n = len(needle)
    words = hay.words
    return [i for i in first if words[i : i + n] == needle]
