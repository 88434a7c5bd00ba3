"""The words and clause boundaries every kind rule reads around a quotation (extract/classify.py):
the words of a string, the clause before and after the marks (a sentence splitter that knows
abbreviations), title case and whole sentences."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from .clauses import left_clause_in, right_clause_in
from .lexicon import REPORTING_RE

_WORD_RE = re.compile(r"[^\W_][\w\u2019'\-]*")
# The same words in an ASCII string, where \w is [A-Za-z0-9_]: a set of literals the regex
# engine tests by one bitmap lookup, where \w costs a Unicode category test per character
# (half the time of _WORD_RE over the BBC quotations; 99.5 % of their clauses are ASCII)
_ASCII_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_'\-]*")



_SMALL_WORDS = frozenset(
    """a an the and but or nor for of in on at by to from with as vs via per into onto upon
    over up off out is be are was were its""".split()
)


@lru_cache(maxsize=1024)
def _words(s: str) -> tuple[str, ...]:
    # cached: classify asks for the words of the same left clause up to five times per
    # quotation (a fifth of extraction time on the BBC corpus went to re-splitting; issue 16)
    return tuple(words_once(s))


def words_once(s: str) -> list[str]:
    """The words of a string read once (a quotation's own text, split when its reading is
    made): ``_words`` without the memo, whose key, copy and eviction cost more than a string
    never asked for again saves (issue 16)."""
    return (_ASCII_WORD_RE if s.isascii() else _WORD_RE).findall(s)


# For ``ascii_word_count``: an ASCII letter or digit (a word's first character) becomes "a",
# any other byte a space; the other characters a word may hold ("_", "'", "-") are deleted.
_COUNT_TABLE = bytes(97 if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256))


def ascii_word_count(s: str) -> int:
    """``len(words_once(s))`` for an ASCII ``s``, without making the words: a word of
    _ASCII_WORD_RE is a run of its characters holding a letter or digit, which the table
    makes a run of "a" after a space (issue 16: the words of every quotation were split for
    their number alone, and most quotations are decided by it)."""
    t = s.encode().translate(_COUNT_TABLE, b"_'-")
    return t.count(b" a") + t.startswith(b"a")


def word_matches(s: str) -> Iterator[str]:
    """The words of ``s`` (as ``words_once``), found one by one as they are read: a test that
    stops at the first word that decides (``is_title_case``) reads no further."""
    return map(_GROUP, (_ASCII_WORD_RE if s.isascii() else _WORD_RE).finditer(s))


_GROUP = re.Match.group


def left_clause(before: str) -> str:
    """The text after the last sentence end in ``before`` that is no abbreviation's period
    (one implementation, extract/clauses.py, cut in place; issue 16)."""
    return left_clause_in(before, 0, len(before))


def right_clause(after: str) -> str:
    """The text up to and including the first sentence end in ``after`` (as ``left_clause``)."""
    return right_clause_in(after, 0, len(after))


def is_title_case(text: str, words: Iterable[str] | None = None) -> bool:
    """Titles capitalise every content word and start with a capital (“Clean Grid 2030”,
    “A Country Where Having Children Is a Joy”); two capitalised content words at least, so
    that a one-word quotation or a phrase with one proper noun is not taken for a title."""
    if words is None:
        words = _words(text)
    started = False
    content = 0
    for w in words:
        c = w[0]
        if not c.isalpha():
            continue
        if not started:
            if not c.isupper():
                return False
            started = True
        if w.lower() in _SMALL_WORDS:
            continue
        if not c.isupper():
            return False  # most speech quotes stop here, at their first lowercase word
        content += 1
    return content >= 2


def capitalised_throughout(text: str) -> bool:
    """Every content word opens on a capital or a digit, one word enough (“Tides”, “9 Days”,
    “Salt or High Water”): the shape of a short work's name in a list of works, where
    ``is_title_case`` wants two capitalised words and a letter first."""
    words = _words(text)
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words)


def is_definite_name(words: Sequence[str]) -> bool:
    """"The" and one capitalised word (“The View”, “The Interview”): the shape of many
    programmes, films and books, which title case (two capitalised content words) misses. A
    nickname has the same shape (“The Donald”), so only rules that read a work's cue around
    the marks take it for a title."""
    return (len(words) == 2 and words[0] == "The" and words[1][:1].isupper()
            and words[1].lower() not in _SMALL_WORDS)


def _headline_context(left: str, right: str) -> bool:
    """The quotation sits in a title-case line ("Legal Scholars React: ‘Many People Were
    Stunned’"): there, title case says nothing about the quotation itself."""
    outside = _words(left.rsplit("\n", 1)[-1]) + _words(right.split("\n", 1)[0])
    content = [w for w in outside if w[0].isalpha() and w.lower() not in _SMALL_WORDS]
    return len(content) >= 2 and all(w[0].isupper() for w in content)


# Quoted spans of a line, taken out before its words are read: double marks first, then single
# marks that open and close at a word's edge (an apostrophe inside a word is no mark).
_DOUBLE_QUOTED = re.compile(r"\u201c[^\u201d\n]*\u201d|\"[^\"\n]*\"")
_SINGLE_QUOTED = re.compile(r"(?<![\w])[\u2018'][^\u2019'\n]*[\u2019'](?![\w])")


def running_line(doc: str, pos: int, min_lower: int) -> bool:
    """The line of ``doc`` holding ``pos`` has at least ``min_lower`` lower-case words outside
    any marks and beyond ``_SMALL_WORDS``: running text, not a title-case headline line.
    ``_headline_context`` reads only the sentence clipped at the neighbouring quotations; in a
    running list of works and authors (“…” by Ana Pell, “…” by Omar Reyes, “…” by the late poet
    …) or before a place and a date (the “… Act of 2021” in Salem, Oregon, March 4) those clipped
    words are names only (round 50, lane titlespeech50)."""
    lo = doc.rfind("\n", 0, pos) + 1
    hi = doc.find("\n", pos)
    line = _aside_of(doc[lo : hi if hi >= 0 else len(doc)], pos - lo)
    outside = _SINGLE_QUOTED.sub(" ", _DOUBLE_QUOTED.sub(" ", line))
    lower = sum(1 for w in _words(outside) if w[0].islower() and w not in _SMALL_WORDS)
    return lower >= min_lower


def _aside_of(line: str, at: int) -> str:
    """The parenthesised aside of ``line`` holding offset ``at``, else the line: a "(RELATED:
    Harbour Shop Posts Sign: ‘…’)" headline set inside a running paragraph is a headline line of
    its own, which the paragraph's running words around it do not make prose (review42: a sign's
    words in such an aside turned title on random AllSides text)."""
    open_at = line.rfind("(", 0, at)
    if open_at < 0 or line.rfind(")", open_at, at) >= 0:
        return line
    close = line.find(")", at)
    return line[open_at : close + 1 if close >= 0 else len(line)]


def _is_sentence(text: str) -> bool:
    """A whole sentence: starts with a capital and ends with terminal punctuation (or a comma
    before an attribution: “We will,” she said)."""
    t = text.strip()
    if not t or t[-1] not in ".!?,\u2026:;\u2014":
        return False
    first = _ALNUM.search(t)  # (a regex, not a generator over the characters: issue 16)
    return first is not None and (first.group().isupper() or first.group().isdigit())


_ALNUM = re.compile(r"[^\W_]")  # one character for which str.isalnum() is true


def _last_match(rx: re.Pattern[str], s: str) -> re.Match[str] | None:
    last = None
    for m in rx.finditer(s):
        last = m
    return last


def _words_after(s: str, pos: int) -> int:
    return len(_words(s[pos:]))


def _has_reporting_after(s: str, pos: int) -> bool:
    return bool(REPORTING_RE.search(s[pos:]))
