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

from ..lexicon.addressed import ADDRESSED_TEXT_NOUNS
from ..thresholds.attribute import CONFIDENCE as C
from ..thresholds.unnamed_teller import TELLER

_TO_RE = re.compile(rf"\b(?:{'|'.join(sorted(ADDRESSED_TEXT_NOUNS))})\s+(?:sent\s+|addressed\s+|written\s+)?to\s+", re.I)
_WORD_RE = re.compile(r"[\w’'.-]+")


def unname_addressees(lay: Any, entity_for_name: Callable[[str], Any]) -> None:
    """Take out of each speech quotation's speakers those the sentence names only as the
    addressee of a text before the marks; with none left, the quotation is null. A joint
    reading ("In a letter to the president, Ada Quist, the prime minister said": the name and
    the description both read as subjects) keeps the other speaker."""
    for qi, q in enumerate(lay.quotes):
        if q.kind != "speech" or not q.speaker or q.nested:
            continue
        si = lay.quote_sentence.get(qi)
        if si is None:
            continue
        head = lay.masked[lay.sentences[si].start : q.start]
        named = list(q.speakers or [q.speaker])
        gone = [n for n in named if _only_addressee(head, _name_words(n, entity_for_name(n)))]
        if not gone:
            continue
        left = [n for n in named if n not in gone]
        if named[0] in gone:  # the description shown was the addressee's
            q.speaker_description = None
        q.speaker, q.speakers = (left[0] if left else None), left
        if not left:
            q.confidence = C.nobody
        q.attribution_evidence = [*(q.attribution_evidence or []),
                                  f"{', '.join(gone)} named only as the one a text was sent to: not a speaker"]


def _name_words(canonical: str, e: Any) -> set[str]:
    """The capitalised words of the speaker's names ("Vale", "Ada" for "Ada Vale")."""
    names = [canonical, *(e.names if e is not None else [])]
    return {w for n in names for w in n.split() if w[:1].isupper() and len(w) > 1}


def _only_addressee(head: str, words: set[str]) -> bool:
    """Whether every mention of the speaker's name words in ``head`` falls within reach after
    a text noun's "to", and there is at least one."""
    spans = [(m.start(), m.end()) for m in _WORD_RE.finditer(head)
             if m.group().rstrip(".,’'s") in words or m.group().rstrip(".,") in words]
    if not spans:
        return False
    reach: list[tuple[int, int]] = []
    for m in _TO_RE.finditer(head):
        reach.extend(_addressee_words(head, m.end()))
    return all(s in reach for s in spans)


def _addressee_words(head: str, start: int) -> list[tuple[int, int]]:
    """The spans of the words of the addressee phrase opening at ``start``: up to the reach,
    ended by a comma; when it ends on a lower-case office, also the capitalised name apposed
    to it between commas ("to the commission's president, Ada Quist, the …")."""
    comma = head.find(",", start)
    words = list(_WORD_RE.finditer(head, start, comma if comma >= 0 else len(head)))
    words = words[: TELLER.addressee_reach_words]
    out = [(w.start(), w.end()) for w in words]
    if comma < 0 or not words or words[-1].group()[:1].isupper() or words[-1].end() < comma - 1:
        return out
    nxt = head.find(",", comma + 1)
    apposed = list(_WORD_RE.finditer(head, comma + 1, nxt)) if nxt >= 0 else []
    if apposed and all(w.group()[:1].isupper() for w in apposed):
        out.extend((w.start(), w.end()) for w in apposed)
    return out
