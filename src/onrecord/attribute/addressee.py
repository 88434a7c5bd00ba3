"""Words given to the person a text was addressed to, when the sentence credits the text to
someone else ("In a letter to the commission's president, Ada Quist, the prime minister said
the plan “…”", "The memo to Vale warned her that the accounts were “…”", "Rell broadcast an
appeal to President Vale asking for help against “…”"). The string and parse readings took
the name after "to" for the speaker (GUIDELINES S2: never the addressee). A late check over
the cascade's answers leaves such a name null: the speaker's only mention before the marks
in the quotation's sentence is the addressee of a text noun ("letter", "memo", "appeal" …:
lexicon ADDRESSED_TEXT_NOUNS). Issue 11, round 79, lane addressee90: about 6 on 3,000 unseen
AllSides articles (draw E, counted by lane wrong89)."""

from __future__ import annotations

import re
from typing import Any, Callable

from ..lexicon.addressed import ADDRESSED_TEXT_NOUNS, SUBJECT_DETERMINERS, WRITER_PRONOUNS
from ..lexicon.titles import TITLE_WORDS
from ..thresholds.attribute import CONFIDENCE as C
from ..thresholds.unnamed_teller import TELLER
from .speech_walks import named_speech

# the noun, then perhaps its writer's he/she and verb and a time ("a memo he wrote last year
# to Vale": round 80, lane letter91, draw G), then "to"
_TO_RE = re.compile(rf"\b(?:{'|'.join(sorted(ADDRESSED_TEXT_NOUNS))})\s+"
                    rf"(?:(?:{'|'.join(sorted(WRITER_PRONOUNS))})\s+(?:wrote|sent|addressed)\s+"
                    r"(?:(?:last|this|earlier\s+this|in)\s+[\w-]+\s+)?"
                    r"|sent\s+|addressed\s+|written\s+)?to\s+", re.I)
_WORD_RE = re.compile(r"[\w’'.-]+")
_MARK_RE = re.compile(r"[“\"]")


def unname_addressees(lay: Any, entity_for_name: Callable[[str], Any]) -> dict[int, list[tuple[int, int]]]:
    """Take out of each speech quotation's speakers those the sentence names only as the
    addressee of a text before the marks; with none left, the quotation is null. A joint
    reading ("In a letter to the president, Ada Quist, the prime minister said": the name and
    the description both read as subjects) keeps the other speaker. Returns the quotations
    left null, each with the document spans of its sentence's addressee phrases (for
    letter_sender.py, which looks for the sender outside them)."""
    nulled: dict[int, list[tuple[int, int]]] = {}
    for qi, q, si in named_speech(lay):
        sent = lay.sentences[si]
        head, tail = lay.masked[sent.start : q.start], lay.masked[q.end : sent.end]
        named = list(q.speakers or [q.speaker])
        gone = [n for n in named if _only_addressee(head, tail, _name_words(n, entity_for_name(n)))]
        if not gone:
            continue
        left = [n for n in named if n not in gone]
        if named[0] in gone:  # the description shown was the addressee's
            q.speaker_description = None
        q.speaker, q.speakers = (left[0] if left else None), left
        if not left:
            q.confidence = C.nobody
            nulled[qi] = [(sent.start + lo, sent.start + hi) for lo, hi in _reach(head)]
        q.attribution_evidence = [*(q.attribution_evidence or []),
                                  f"{', '.join(gone)} named only as the one a text was sent to: not a speaker"]
    return nulled


def _name_words(canonical: str, e: Any) -> set[str]:
    """The capitalised words of the speaker's names ("Vale", "Ada" for "Ada Vale")."""
    names = [canonical, *(e.names if e is not None else [])]
    return {w for n in names for w in n.split() if w[:1].isupper() and len(w) > 1}


def _only_addressee(head: str, tail: str, words: set[str]) -> bool:
    """Whether every mention of the speaker's name words in ``head`` falls in the addressee
    phrase after a text noun's "to", and there is at least one, and none in the sentence's
    ``tail`` after the marks ("“…,” Quist wrote": the writer after all)."""
    spans = _mentions(head, words)
    if not spans or _mentions(tail, words):
        return False
    reach = _reach(head)
    return all(s in reach for s in spans)


def _reach(head: str) -> list[tuple[int, int]]:
    """The spans of the words of every addressee phrase in ``head``."""
    reach: list[tuple[int, int]] = []
    for m in _TO_RE.finditer(head):
        reach.extend(_addressee_words(head, m.end()))
    return reach


def _mentions(text: str, words: set[str]) -> list[tuple[int, int]]:
    """The spans of the words of ``text`` that are one of the name ``words`` ("Vale's" too)."""
    return [(m.start(), m.end()) for m in _WORD_RE.finditer(text)
            if m.group().rstrip(".,’'s") in words or m.group().rstrip(".,") in words]


def _addressee_words(head: str, start: int) -> list[tuple[int, int]]:
    """The spans of the words of the addressee phrase opening at ``start``: lower-case words
    up to a name, the name's capitalised words (and "and" between names: "to Vale and Tom
    Rell"), within the reach; ended by a comma or a lower-case word after the name ("to Vale
    from Ada Quist": the sender). When the phrase ends on a lower-case office before a comma,
    also a name apposed to it, if the sentence's own subject follows ("to the president, Ada
    Quist, the prime minister")."""
    comma = head.find(",", start)
    stop = comma if comma >= 0 else len(head)
    # a quotation ends the phrase: "a message to his “dear brothers,” Pope Tom Rell advised":
    # the marks hold the addressee, the name after them is the sender (round 80, lane
    # letter91: the one loss of the check on draw G)
    mark = _MARK_RE.search(head, start, stop)
    stop = mark.start() if mark else stop
    out: list[tuple[int, int]] = []
    named = False
    for w in list(_WORD_RE.finditer(head, start, stop))[: TELLER.addressee_reach_words]:
        upper = w.group()[:1].isupper() or w.group()[:1] == "("
        if named and not upper and w.group() != "and":
            return out
        named = named or upper
        out.append((w.start(), w.end()))
    if named or comma < 0 or not out or head[out[-1][1] : comma].strip():
        return out
    if head[out[-1][0] : out[-1][1]].lower().strip(".") not in TITLE_WORDS:
        # "In a statement to the press, Miguel X, the EU's commissioner, said": only a post's
        # holder is apposed to an addressee; after "the press" the name is the subject (round
        # 80, lane letter91: a right name lost on draw E once "statement" joined the nouns)
        return out
    nxt = head.find(",", comma + 1)
    apposed = list(_WORD_RE.finditer(head, comma + 1, nxt)) if nxt >= 0 else []
    after = _WORD_RE.search(head, nxt + 1) if nxt >= 0 else None
    if apposed and all(w.group()[:1].isupper() for w in apposed) \
            and after is not None and after.group() in SUBJECT_DETERMINERS:
        out.extend((w.start(), w.end()) for w in apposed)
    return out
