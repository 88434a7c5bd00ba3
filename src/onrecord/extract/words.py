"""The words and clause boundaries every kind rule reads around a quotation (extract/classify.py):
the words of a string, the clause before and after the marks (a sentence splitter that knows
abbreviations), title case and whole sentences."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon.abbreviations import EXTRACT_SENTENCE_ABBREVIATIONS
from .lexicon import REPORTING_RE
from .marks import ALL_MARKS

_WORD_RE = re.compile(r"[^\W_][\w\u2019'\-]*")
# The same words in an ASCII string, where \w is [A-Za-z0-9_]: a set of literals the regex
# engine tests by one bitmap lookup, where \w costs a Unicode category test per character
# (half the time of _WORD_RE over the BBC quotations; 99.5 % of their clauses are ASCII)
_ASCII_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_'\-]*")


# A sentence boundary in running text: terminal punctuation (optionally a closing mark)
# followed by whitespace, or a line break.
# (one literal per alternative, so the engine skips straight to a candidate: twice as fast)
_SENT_END = re.compile("|".join(re.escape(c) + "[" + re.escape(ALL_MARKS) + r"*\u2020]*\s+" for c in ".!?\u2026")
                       + r"|\n")


_SMALL_WORDS = set(
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


def _is_abbrev_end(s: str, m: re.Match[str]) -> bool:
    if s[m.start()] != ".":
        return False
    j = m.start()
    # the token is the run of letters and periods before the period: usually the whole word
    # after the last space, tested in C at once (the walk back a character at a time was
    # 4 % of extraction; issue 16); otherwise (a bracket, a line break, a digit) walked back
    i = s.rfind(" ", 0, j) + 1
    if not s[i:j].replace(".", "").isalpha():
        i = j
        while i > 0 and (s[i - 1].isalpha() or s[i - 1] == "."):
            i -= 1
    tok = s[i:j].lower()
    return tok in EXTRACT_SENTENCE_ABBREVIATIONS or (len(tok) == 1 and s[i:j].isupper())


def left_clause(before: str) -> str:
    # the last sentence end that is not an abbreviation's period: tested from the right, so
    # most quotations test one candidate (testing each from the left was a tenth of extraction)
    for m in reversed(list(_SENT_END.finditer(before))):
        if m.group(0) == "\n" or not _is_abbrev_end(before, m):
            return before[m.end() :]
    return before


def right_clause(after: str) -> str:
    for m in _SENT_END.finditer(after):
        if m.group(0) != "\n" and _is_abbrev_end(after, m):
            continue
        return after[: m.start() + 1]
    return after


def is_title_case(text: str, words: list[str] | None = None) -> bool:
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


def _headline_context(left: str, right: str) -> bool:
    """The quotation sits in a title-case line ("Legal Scholars React: ‘Many People Were
    Stunned’"): there, title case says nothing about the quotation itself."""
    outside = _words(left.rsplit("\n", 1)[-1]) + _words(right.split("\n", 1)[0])
    content = [w for w in outside if w[0].isalpha() and w.lower() not in _SMALL_WORDS]
    return len(content) >= 2 and all(w[0].isupper() for w in content)


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
