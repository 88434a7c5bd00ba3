"""Sentences and paragraphs by rule, with offsets into the text: the one segmenter every stage
shares (issue 9; docs/sentences.md measures it against spaCy's sentencizer and pysbd).

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (closing quotes, brackets or a flag may follow)
before whitespace and a plausible sentence start (an optional opening mark, then a capital or a
digit), unless a reporting verb follows a question or exclamation inside closing marks (“… a
problem?” Fitzwilliam asked.).
A period after an abbreviation (lexicon/abbreviations.py: "Mr.", "Sen.", "Jan.", "Corp.") or a
single letter (an initial, "U.S.") does not end one. A boundary inside a ``protected`` span (a
quotation) is ignored, so a quote of several sentences stays in one sentence with its
attribution.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..lexicon.abbreviations import ABBREVIATIONS
from ..lexicon.reporting import report_base

# Closing marks, brackets and an editorial flag may follow the stop (“… of hours.”* He and):
# the flag is the dev set's mark for a quotation the writer altered.
SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»“)\]*\u2020]*(?=\s+[\"'“‘«„(\[]?[A-Z0-9À-Þ])")
_PARA = re.compile(r"\r?\n[ \t\r]*\n+")
# The word before a period, read from a short window (a regex over everything before it was
# quadratic: a 500 KB paragraph took 66 s, issue 10).
_WORD_BEFORE = re.compile(r"([A-Za-z]+)$")
_WINDOW = 40


_NUMBER_AFTER = re.compile(r"\s*\d")
_ATTRIBUTION_WORDS = re.compile(r"[\w’'\-]+|[.,;:!?]")


def abbreviation_period(text: str, pos: int, lo: int = 0,
                        abbreviations: frozenset[str] = ABBREVIATIONS) -> bool:
    """Whether the period at ``text[pos]`` belongs to an abbreviation or an initial. "No." is
    one only before a number ("No. 10"): "She said no. Then she left." ends a sentence."""
    before = _WORD_BEFORE.search(text, max(lo, pos - _WINDOW), pos)
    if not before:
        return False
    word = before.group(1).lower()
    if word == "no":
        return bool(_NUMBER_AFTER.match(text, pos + 1))
    return word in abbreviations or len(word) == 1


def attribution_follows(text: str, pos: int, end: int,
                        abbreviations: frozenset[str] = ABBREVIATIONS) -> bool:
    """A reporting verb among the next few words, before any punctuation: “… a problem?”
    Fitzwilliam asked. — the question ends the quotation, not the sentence. The period of a
    title or an initial is no punctuation here: “…?” Mr. Priebus said on CNN (round 32, lane
    lastspk13: the question went to the previous sentence's subject)."""
    words = _without_abbreviation_stops(_ATTRIBUTION_WORDS.findall(text, pos, min(end, pos + 80))[:8],
                                        abbreviations)
    for w in words[1:5]:
        if w in ".;:!?":
            return False
        if report_base(w):
            return True
        if w == ",":
            return _apposition_then_verb(text, pos, end, abbreviations)
    return False


def _apposition_then_verb(text: str, pos: int, end: int, abbreviations: frozenset[str]) -> bool:
    """“…?” Ilse Marr, the head of the board, asked — a name, an apposition between commas,
    then the reporting verb (round 32, lane lastspk13: the question went to the previous
    speaker)."""
    words = _without_abbreviation_stops(_ATTRIBUTION_WORDS.findall(text, pos, min(end, pos + 120))[:20],
                                        abbreviations)
    first = words.index(",")
    if first == 0 or not all(w[:1].isupper() for w in words[:first]):
        return False
    for i in range(first + 2, len(words) - 1):
        if words[i] in ".;:!?":
            return False
        if words[i] == ",":
            return bool(report_base(words[i + 1]))
    return False


def _without_abbreviation_stops(words: list[str], abbreviations: frozenset[str]) -> list[str]:
    """The words with the period after a title or an initial ("Mr.", "J.") dropped."""
    return [w for i, w in enumerate(words)
            if not (w == "." and i > 0 and (words[i - 1].lower() in abbreviations or len(words[i - 1]) == 1))]


def bare_credit_follows(text: str, pos: int, end: int,
                        abbreviations: frozenset[str] = ABBREVIATIONS) -> bool:
    """“… the river.” Marr said. — a quotation closed by a period, then nothing but a name (or
    a pronoun) and a reporting verb up to a period or comma: the words' credit, not a sentence
    of its own (round 32, lane lastspk13: the next sentence's "Obama said." was read as its
    own sentence and the words continued the previous subject)."""
    words = _without_abbreviation_stops(_ATTRIBUTION_WORDS.findall(text, pos, min(end, pos + 60))[:8],
                                        abbreviations)
    for i, w in enumerate(words[:5]):
        if i > 0 and report_base(w):
            return i + 1 < len(words) and words[i + 1] in ".," and all(x[:1].isupper() for x in words[:i])
        if not w[:1].isalpha():
            return False
    return False


def sentences(text: str, start: int, end: int,
              protected: Sequence[tuple[int, int]] = (),
              abbreviations: frozenset[str] = ABBREVIATIONS) -> list[tuple[int, int]]:
    """(start, end) of the sentences of ``text[start:end]``, leading whitespace skipped; the
    last runs to ``end``."""
    out: list[tuple[int, int]] = []
    pos = start
    # Linear on a 2 MB paragraph (issue 10): protected spans by bisection over their starts
    # with a running maximum of their ends.
    spans = sorted(protected)
    p_starts = [a for a, _ in spans]
    p_maxend: list[int] = []
    for _, b in spans:
        p_maxend.append(max(b, p_maxend[-1]) if p_maxend else b)
    for m in SENTENCE_END.finditer(text, start, end):
        cut = m.end()
        k = bisect_left(p_starts, cut)  # spans starting before the cut
        if k and p_maxend[k - 1] > cut:
            continue
        if text[m.start()] == "." and abbreviation_period(text, m.start(), start, abbreviations):
            continue
        if text[m.start()] in "?!" and m.end() - m.start() > 1 and attribution_follows(text, m.end(), end, abbreviations):
            continue
        if text[m.end() - 1] in "”\"" and text[m.start()] == "." and bare_credit_follows(text, m.end(), end, abbreviations):
            continue
        out.append((pos, cut))
        pos = cut
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end and text[pos:end].strip():
        out.append((pos, end))
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph: non-blank blocks separated by a blank line.

    extract/pairing.py has its own splitter on purpose: pairing also treats single-newline
    texts (BBC copies without blank lines) as one paragraph a line."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA.finditer(text):
        if text[pos:m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out
