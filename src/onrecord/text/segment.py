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
from collections.abc import Iterable, Sequence

from ..lexicon.abbreviations import ABBREVIATIONS
from ..lexicon.function_words import NOT_APPOSITION_OPENERS
from ..lexicon.reporting import BACK_VERBS, BARE_CREDIT_BASES, report_base
from ..lexicon.titles import ROLE_ENDINGS, TITLE_WORDS
from ..thresholds.text import CREDIT_LOOKAHEAD

# Closing marks, brackets and an editorial flag may follow the stop (“… of hours.”* He and):
# the flag is the dev set's mark for a quotation the writer altered.
SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»“)\]*\u2020]*(?=\s+[\"'“‘«„(\[]?[A-Z0-9À-Þ])")
# A stop glued to the next sentence with no space between, in text scraped without its paragraph
# breaks: 'college affordability.According to The Hill', 'to do."And, While', 'Brad Bannon."The
# best role'. Unsplit, a sentence ran over several paragraphs' worth of quotations and their
# credits, and one "according to" or one subject took them all (round 77: 111 of the 8,000
# unseen AllSides articles glue a closing mark to the next sentence, 389 glued stops in the
# 3,000 of draw B; read in the masked text of attribute/layout.py only, see ``sentences``).
# The stop follows a lower-case letter, a digit, "%" or ")" (never a capital: "U.S.Army"), or the
# blank of a masked quotation before a closing mark; the next word is a capital and a lower-case
# letter, or the "X" that opens a masked quotation.
GLUED_END = re.compile(r"(?:(?<=[a-z0-9%)])[.!?…]+|(?<=\s)[.!?…]+(?=[\"”’]))[\"'”’)\]]*"
                       r"(?=[\"“‘]?(?:[A-Z][a-z]|X\s))(?![A-Za-z]+\.[a-z])")
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
    lastspk13: the question went to the previous sentence's subject). A verb that opens the
    next words ("Mr. X replied, “…”", "Mr. X responded that …", "Y added: “…”") answers the
    question and leaves it its own sentence (corpus check)."""
    ms = _word_matches(text, pos, min(end, pos + CREDIT_LOOKAHEAD.verb_chars), CREDIT_LOOKAHEAD.verb_words, abbreviations)
    for i, m in enumerate(ms[1:5], start=1):
        w = m.group()
        if w in ".;:!?":
            return False
        if report_base(w) or _answers_back(ms, i):
            return not _opens_next_words(text, ms, i)
        if w == ",":
            return _apposition_then_verb(text, pos, end, abbreviations)
    return _role_and_name_credit(text, ms)


def _answers_back(ms: list[re.Match[str]], i: int) -> bool:
    """“…!” Vale shot back: a verb of hitting back and "back" (round 36, lane pron18: the
    exclamation went to the speaker before, the one answered)."""
    return ms[i].group().lower() in BACK_VERBS and i + 1 < len(ms) and ms[i + 1].group().lower() == "back"


def _role_and_name_credit(text: str, ms: list[re.Match[str]]) -> bool:
    """“…?” Council caucus spokesman Tom Vale said / “…?” Ms Renn's lawyer Tom Vale said: a
    credit too long for the first words, read only in this shape: capitals and lower-case words
    ending on a role word, then a name of capitals, then the verb (round 36, lane pron18: three
    such corpus questions went to the previous speaker, one shown at 0.95)."""
    for i in range(5, len(ms)):
        w = ms[i].group()
        if not (report_base(w) or _answers_back(ms, i)):
            if not w[:1].isalpha():
                return False
            continue
        words = [m.group() for m in ms[:i]]
        lower = [k for k, x in enumerate(words) if x[:1].islower()]
        if not lower or not words[0][:1].isupper() or lower[-1] == len(words) - 1:
            return False
        role = re.split(r"[’']", words[lower[-1]])[0].lower()
        if role not in TITLE_WORDS and not role.endswith(ROLE_ENDINGS):
            return False
        return not _opens_next_words(text, ms, i)
    return False


def _word_matches(text: str, pos: int, end: int, n: int, abbreviations: frozenset[str]) -> list[re.Match[str]]:
    """The first ``n`` words and marks from ``pos``, without the period of a title or an
    initial ("Mr.", "J.") or one inside a word ("D-N.Y.": review19, the apposition's verb was
    never reached)."""
    found = list(_ATTRIBUTION_WORDS.finditer(text, pos, end))[:n]
    return [m for i, m in enumerate(found)
            if not (m.group() == "." and i > 0 and (abbreviation_period(text, m.start(), pos, abbreviations)
                                                    or text[m.end() : m.end() + 1].isalpha()))]


def _opens_next_words(text: str, ms: list[re.Match[str]], i: int) -> bool:
    """The verb at ``ms[i]`` introduces what follows: a colon, "that", or a comma and an
    opening quotation mark."""
    if i + 1 >= len(ms):
        return False
    nxt = ms[i + 1].group()
    return nxt in {":", "that"} or nxt == "," and text[ms[i + 1].end():].lstrip()[:1] in "“\"‘'"


def _apposition_then_verb(text: str, pos: int, end: int, abbreviations: frozenset[str]) -> bool:
    """“…?” Ilse Marr, the head of the board, asked — a name, an apposition between commas,
    then the reporting verb (round 32, lane lastspk13: the question went to the previous
    speaker)."""
    ms = _word_matches(text, pos, min(end, pos + CREDIT_LOOKAHEAD.apposition_chars),
                       CREDIT_LOOKAHEAD.apposition_words, abbreviations)
    words = [m.group() for m in ms]
    first = words.index(",")
    if first == 0 or first + 1 >= len(words) or not all(w[:1].isupper() for w in words[:first]):
        return False
    if words[first + 1].lower() in NOT_APPOSITION_OPENERS or words[first + 1].endswith("ing"):
        return False
    for i in range(first + 2, len(words) - 1):
        if words[i] in ".;:!?":
            return False
        if words[i] == ",":
            return bool(report_base(words[i + 1])) and not _opens_next_words(text, ms, i + 1) \
                and not (i + 3 < len(words) and "to" in words[i + 2 : i + 4])
    return False


def bare_credit_follows(text: str, pos: int, end: int,
                        abbreviations: frozenset[str] = ABBREVIATIONS) -> bool:
    """“… the river.” Marr said. — a quotation closed by a period, then nothing but a name (or
    a pronoun) and a reporting verb up to a period or comma: the words' credit, not a sentence
    of its own (round 32, lane lastspk13: the next sentence's "Obama said." was read as its
    own sentence and the words continued the previous subject)."""
    ms = _word_matches(text, pos, min(end, pos + CREDIT_LOOKAHEAD.bare_credit_chars),
                       CREDIT_LOOKAHEAD.bare_credit_words, abbreviations)
    for i, m in enumerate(ms[:5]):
        w = m.group()
        if i > 0 and report_base(w):
            # a verb that closes a sentence of speech ("said", "added"), not one of judging
            # ("“…” Twenty-two disagreed.": a survey's count of economists, corpus check); a
            # comma only before a participle ("Y said, adding …"): "Y said, “…”" opens the next
            # quotation, "He added, however, that …" and "That said, X noted …" go on
            return report_base(w) in BARE_CREDIT_BASES and i + 1 < len(ms) and (
                ms[i + 1].group() == "." or ms[i + 1].group() == "," and i + 2 < len(ms)
                and ms[i + 2].group().endswith("ing")) and all(x.group()[:1].isupper() for x in ms[:i])
        if not w[:1].isalpha():
            return False
    return False


def sentences(text: str, start: int, end: int,
              protected: Sequence[tuple[int, int]] = (),
              abbreviations: frozenset[str] = ABBREVIATIONS, glued: bool = False) -> list[tuple[int, int]]:
    """(start, end) of the sentences of ``text[start:end]``, leading whitespace skipped; the
    last runs to ``end``. ``glued`` also ends a sentence at a stop glued to the next one
    (GLUED_END): only for a masked text (attribute/layout.py), where a quotation's blanked
    interior tells a straight mark that closes it from one that opens the next."""
    out: list[tuple[int, int]] = []
    pos = start
    # Linear on a 2 MB paragraph (issue 10): protected spans by bisection over their starts
    # with a running maximum of their ends.
    spans = sorted(protected)
    p_starts = [a for a, _ in spans]
    p_maxend: list[int] = []
    for _, b in spans:
        p_maxend.append(max(b, p_maxend[-1]) if p_maxend else b)
    for m in _ends(text, start, end, glued):
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
        if glued and cut < end and not text[cut].isspace():
            cut = _glued_cut(text, m)
        out.append((pos, cut))
        pos = cut
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end and text[pos:end].strip():
        out.append((pos, end))
    return out


def _ends(text: str, start: int, end: int, glued: bool) -> Iterable[re.Match[str]]:
    """The candidate stops in order: SENTENCE_END's as found (streamed, as before ``glued``), and
    with ``glued`` GLUED_END's merged in by position."""
    ends = SENTENCE_END.finditer(text, start, end)
    if not glued:
        return ends
    return sorted([*ends, *GLUED_END.finditer(text, start, end)], key=lambda m: m.start())


def _glued_cut(text: str, m: re.Match[str]) -> int:
    """Where a glued stop's sentence ends: after its closing marks, but before a straight mark
    that opens the next quotation ('Bannon."X   …' in the masked text: a narration word before
    the stop, so the mark after it opens; '   ."And': a blanked interior before it, so it closes)."""
    cut = m.end()
    if text[cut - 1] in "\"'" and text[m.start() - 1 : m.start()].isalnum():
        return cut - 1
    return cut


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
