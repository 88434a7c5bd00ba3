"""A fragment typed scare or term on a related-story line in capitals that opens on a name and a
verb of saying ("RIVERA AGAIN BLASTS EX-CHIEF VOSS AS 'PAID STOOGE'", "DUNN ACCUSES THE
COUNCIL OF 'STALLING'") is the opening name's verdict, his speech (guideline K1, K4: a named
speaker's words credited by the verb), as the line's speech quotations are (capital_lines.py).

Issue 11, round 83, lane kind101. In capitals the extraction reads no credit (its string rules
need a name in mixed case), so a short fragment there was the writer's scare quote or term,
and the parse, which fragment_kind.py asks for such a fragment's speaker, misreads a line in
capitals ("AGAIN" read as the name, "ACCUSES" as a noun): on draw N of round 83 the verdicts
after "BLASTS … AS" and "ACCUSES … OF" stayed scare or term while "SLAMS … AS" lines the parse
could read were speech. The link blurbs' own rule (the attribute package's ``_blurb_fragment``,
round 77) does the same for headlines glued into a blurb.

Not a fragment the article writes elsewhere as a name in title case ("… TO PAINT 'BLACK LIVES
MATTER' …": a slogan, a term; K7), nor one the extraction typed for a cue of its own ("the
word", a naming verb): only its want of a credit is overruled.
"""

from __future__ import annotations

import re
from typing import Callable

from ..extract.fragment_rules import uncredited
from ..model import Quote
from .capital_lines import capital_line_surface
from .entities import Entity
from .labels import retype_speech
from .layout import Layout
from .owned_fragment import MENTIONED

# the shapes of capital_lines.capital_line_surface whose name is the subject of the verb
# before the words ("NAME VERB … “…”", "…, NAME VERB “…”"); not "“…”, NAME SAYS" (words
# before their credit are whole quotations, not a verdict inside the line)
_SUBJECT_SHAPES = ("NAME VERB … “…”", "…, NAME VERB “…”", "NAME VERB …, VERB “…”")
_TITLE_WORD = re.compile(r"[A-Z][a-z]")
_LETTERS = re.compile(r"[^\W\d_]+")  # a word's letters, no digits


def capital_verdict(lay: Layout, q: Quote, lookup: Callable[[str], Entity | None]) -> bool:
    """Retype ``q`` as speech when it is a fragment credited to nobody on a line in capitals
    whose opening name (one the article knows) speaks through the verb after it; True if
    retyped. The speech path then gives the line's speaker (capital_lines.py)."""
    if q.kind not in ("scare", "term") or q.nested or q.end <= q.start:
        return False
    why = " ".join(q.kind_evidence)
    if not uncredited(why) or MENTIONED in why:
        return False
    line = lay.capital_line(q.start)
    if line is None:
        return False
    surf = capital_line_surface(lay, q, lookup)
    if surf is None or not surf.parts or not surf.how.endswith(_SUBJECT_SHAPES):
        return False
    if _named_elsewhere(lay.text, q, line):
        return False
    retype_speech(q, "a link line in capitals opened by a name and its verb")
    return True


def _named_elsewhere(text: str, q: Quote, line: tuple[int, int]) -> bool:
    """Whether the article writes the fragment's words outside the line with every word
    capitalised, as a name, slogan or title ("Black Lives Matter"): then a term, not a verdict."""
    words = _LETTERS.findall(text[q.start : q.end])
    if not words:
        return True
    pat = re.compile(r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b", re.I)
    for m in pat.finditer(text):
        if line[0] <= m.start() < line[1] or m.group(0).isupper():
            continue
        found = _LETTERS.findall(m.group(0))
        if len(found) == 1 and text[: m.start()].rstrip()[-1:] in ("", ".", "!", "?", ":", '"', "“", "‘", "'"):
            continue  # one word opening a sentence or a quotation is capitalised for that
        if all(_TITLE_WORD.match(w) or len(w) <= 3 and w.islower() for w in found) \
                and any(_TITLE_WORD.match(w) for w in found):
            return True
    return False
