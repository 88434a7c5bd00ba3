"""Every start of several fixed strings in a text, and whole words, by str.find (a byte search
in C); patterns gated by what their matches begin with, and the test of what a rule needs.

Used where a regex scan of a whole text would test each character in turn and build a match
object per hit: the marks of an article (extract/marks.py) and the document nouns of an
article's lower-cased text (attribute/documents.py), both found hot in issue 16's profiles."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable


def gated(starts: str, body: str, flags: int = 0) -> re.Pattern[str]:
    """``body`` compiled behind a lookahead for what its match can begin with (``starts``: a
    character class, or more where a class would pass too often). The lookahead must be implied
    by the body, so the matches are the same; a body that opens with lookbehinds or ``\b`` leaves
    the engine no literal to scan for, and it tried them at every character, where the lookahead
    fails first. tests/context/test_rule_starts.py checks each lookahead covers its body."""
    return re.compile("(?=" + starts + ")" + body, flags)


def alternation(words: Iterable[str], escape: bool = False) -> str:
    """``words`` as a regex alternation, longest first, so that a word never loses to its own
    prefix ("statement" before "state"; Python's alternation takes the first branch that fits).
    Written once for the thirty-odd word-list patterns that each spelt the same sort."""
    return "|".join(sorted((re.escape(w) if escape else w for w in words), key=len, reverse=True))


# What a rule cannot match without: plain substrings (any one will do) or a pattern led by a
# literal or a character class, which the engine scans fast.
Need = tuple[str, ...] | re.Pattern[str]


def holds_need(text: str, need: Need) -> bool:
    """Whether ``text`` holds one of ``need``'s substrings, or a match of its pattern. The
    prefilter of a rule table (context/dates, context/outlets): a paragraph that holds nothing
    its rule needs skips the rule's scan, and most paragraphs of news hold none."""
    if isinstance(need, re.Pattern):
        return need.search(text) is not None
    return any(w in text for w in need)


def first_of(text: str, needles: Iterable[str]) -> int:
    """Where the first occurrence of any of ``needles`` in ``text`` starts; -1 where none stands
    (the date rules' scan bounds: the first weekday name, the first century)."""
    return min((i for i in map(text.find, needles) if i >= 0), default=-1)


def find_all(text: str, needles: Iterable[str]) -> list[int]:
    """The sorted start of every occurrence of every needle in ``text`` (occurrences of one
    needle may overlap: "aaa" holds "aa" at 0 and 1)."""
    starts: list[int] = []
    for needle in needles:
        # `in` first: most needles are absent from most texts (a “ in a plain-ASCII article),
        # and `in` answers that a few times faster than find's call (51 ns against 223 ns)
        if needle not in text:
            continue
        i = text.find(needle)
        while i >= 0:
            starts.append(i)
            i = text.find(needle, i + 1)
    starts.sort()
    return starts


def is_word_char(c: str) -> bool:
    """re's ``\\w`` for one character of a str pattern: alphanumeric (Unicode) or underscore."""
    return c.isalnum() or c == "_"


def word_starts(text: str, word: str, not_after: str = "’'-") -> list[int]:
    """The starts of ``word`` in ``text`` as ``re.finditer(r"(?<![\\w’'-])" + re.escape(word) +
    r"\\b", text)`` finds them (left to right, not overlapping): not after a word character or
    one of ``not_after``, and at a word boundary where it ends. Without the regex: a pattern
    built per surname was compiled afresh for nearly every article (a few hundred compiles per
    300 articles, 3 % of attribution's CPU; round 19, lane speed)."""
    out: list[int] = []
    if not word:
        return out
    n = len(word)
    last_is_word = is_word_char(word[-1])
    i = text.find(word)
    while i >= 0:
        before = text[i - 1] if i > 0 else ""
        after = text[i + n] if i + n < len(text) else ""
        ok = not (before and (is_word_char(before) or before in not_after))
        if ok and last_is_word == bool(after and is_word_char(after)):
            ok = False  # no word boundary after the word
        if ok:
            out.append(i)
            i = text.find(word, i + n)
        else:
            i = text.find(word, i + 1)
    return out


def has_word(text: str, word: str, end: int | None = None) -> bool:
    """Whether ``text[:end]`` holds ``word`` whole, as ``re.search(r"\\b" + re.escape(word) +
    r"\\b", text[:end])`` answers (``word`` not empty): a word boundary on each side, whatever
    the word's own first and last characters are ("Jr." needs a word character after its stop,
    as the regex does). Without the regex, which each caller built per name: a name's last
    word before an inverted aside (attribute/inverted_aside.py), a surname in a handle's words
    (handles.py), under a "just watched" line (breaks.py), in a document's phrase
    (document_parts.py) and in "the spokesman for X" (role_of_body.py)."""
    stop = slice(end).indices(len(text))[1]  # where text[:end] ends, a negative end too
    first_is_word, last_is_word = is_word_char(word[0]), is_word_char(word[-1])
    i = text.find(word, 0, stop)
    while i >= 0:
        j = i + len(word)
        before = i > 0 and is_word_char(text[i - 1])
        after = j < stop and is_word_char(text[j])
        if before != first_is_word and after != last_is_word:
            return True
        i = text.find(word, i + 1, stop)
    return False


def word_before(text: str, at: int, reach: int | None = None) -> str:
    """The whitespace-delimited word just before ``at`` ("" if none), as ``text[lo:at].split()[-1]``
    gives it, where ``lo`` is ``reach`` characters back (or the text's start) — without copying
    or splitting the whole stretch: an honorific before each of a surname's mentions
    (attribute/family.py) and the word before a named kind (attribute/named_kind.py) asked it."""
    lo = 0 if reach is None else max(0, at - reach)
    j = at
    while j > lo and text[j - 1].isspace():
        j -= 1
    i = j
    while i > lo and not text[i - 1].isspace():
        i -= 1
    return text[i:j]


def char_before(text: str, at: int) -> str:
    """The last character before ``at`` that is no space or tab ("" at the text's start), as
    ``text[:at].rstrip(" \t")[-1:]`` gives it without copying the text before: whether a run
    opens its sentence or line (attribute/role_openers.py, regroup.py) asked that copy."""
    j = at
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return text[j - 1] if j else ""


def noun_in(word: str, nouns: Collection[str]) -> bool:
    """Whether ``word`` (lower case) is one of ``nouns`` or a plain "-s" plural of one: the
    pipeline runs no lemmatizer, so "memos", "officials", "processes" are read by their -s.
    One test for the checks that wrote it out beside each word list (document, claim,
    carrier, voice and thing nouns)."""
    return word in nouns or word.endswith("s") and word[:-1] in nouns
