"""Whose words a quotation on a related-story line written all in capitals is ("COMEY HINTS AT
… 'STILL UNKNOWN …'", "X: 'WE WILL NOT SIGN'"): the link lines a news site (Fox News above
all) sets between the paragraphs of a story.

Issue 11, round 29, lane layout12. In capitals no name is found: the words stayed null (the
tuning split fresh5 has one such line, its speaker named at the line's start), or a run of
capitals took the speaker's place ("TRUMP ISSUES", "WALL", "STAR WITNESS SONDLAND": on 250
unannotated AllSides articles with such lines, about a third of the speech quotations on them
had a speaker made of the line's capitals). Like a link blurb's headline (blurb_headlines.py),
such a line names its speaker at its start: a name, then a speaking verb or a colon; or at its
end ("…, X SAYS"). The name must be one the article writes in its own text (in mixed case), so
that a word of the headline is never a speaker; a line whose speaker the article does not name
is nobody's.

The speaker found is no antecedent of the story's sentences (``Surface.aside``): the line is
another story's headline.
"""

from __future__ import annotations

import re
from typing import Callable

from ..lexicon.furniture import HEADLINE_LABELS, LINK_LABELS, MEDIA_LABELS
from ..lexicon.function_words import SUBJECT_VERB_GAP_WORDS
from ..lexicon.titles import PARTY_ABBREVIATIONS, TITLE_WORDS
from ..model import Quote
from ..thresholds.attribute import CONFIDENCE as C
from ..thresholds.layout import BLURB
from ..lexicon.groups import GROUP_NOUNS
from ..lexicon.heads import BODY_ROLE_HEADS, GENERIC_HEADS, PERSON_ROLE_NOUNS, UNNAMED_LEDE_HEADS
from .cues import CAP_STOP, PARTY_WORDS
from .entities import Entity
from .headline_verb import headline_says
from .layout import Layout
from .mentions import common_words
from .phrase import Part, Surface

# a letter: on a line in capitals every letter is a capital, in any script ("DUPRÉ": [A-Z]
# read "DUPR" and made it the speaker; round 29 review)
_L = r"[^\W\d_]"
_WORD_RE = re.compile(_L + r"(?:" + _L + r"|[.'’\-])*(?:" + _L + r"|\.)|" + _L + "|:")
# the end of a line that credits its words after them: "…, WHITE HOUSE SAYS"
_LABELS = HEADLINE_LABELS | frozenset(LINK_LABELS) | frozenset(MEDIA_LABELS)
_HEADS = BODY_ROLE_HEADS | GENERIC_HEADS | PERSON_ROLE_NOUNS | UNNAMED_LEDE_HEADS  # "ROYAL EXPERT SAYS"
_TOPIC = frozenset({"ON", "AT", "TO"})  # "X ON THE SALE: “…”"
# (any speaking verb, a full stop after it: "“…,” FENN SHOUTED." read no one; round 29 review)
_SAYS_AT_END_RE = re.compile(r"[,’'\"”]\s*((?:" + _L + r"(?:" + _L + r"|[.'’\-])* ){1,3})(" + _L + r"+)[.!]?\s*$")


def _speaking(word: str) -> bool:
    """An inflected speaking verb in capitals ("SAYS", "WARNS", "SLAMS", "TOLD"), by the one
    check of headline-like lines (headline_verb.py, lower-cased); a noun of the same spelling
    ("CALL") has no inflection."""
    return headline_says(word.lower())


def _spelling(lay: Layout, words: list[str], line: tuple[int, int]) -> str | None:
    """How the article writes the name ``words`` (in capitals) in its own text, outside the
    line: "Comey" for "COMEY"; None when it never writes it in mixed case."""
    pat = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b", re.I)
    for m in pat.finditer(lay.masked):
        if line[0] <= m.start() < line[1] or m.group(0).isupper() or m.group(0).islower():
            continue
        return " ".join(m.group(0).split())
    return None


def _unwritten_name(lay: Layout, words: list[str]) -> str | None:
    """A name the article writes only in capitals ("TRUMP SAYS …" over a story that calls him
    "the president"), in title case: one or two words, none of which the article writes in lower
    case or is a group ("GEORGIA AUTHORITIES", "HOUSE DEM", "BERKELEY INSTRUCTOR" name nobody).
    Before this rule the capitals themselves were the speaker, right as often as not."""
    lower = common_words(lay)[0]
    if len(words) > 2 or any(not w[:1].isalpha() or "." in w for w in words):
        return None
    low = [w.lower() for w in words]
    if any(w in lower or w in GROUP_NOUNS or w.rstrip("s") in GROUP_NOUNS or w in TITLE_WORDS or w in _HEADS
           or w in PARTY_ABBREVIATIONS or w in _LABELS for w in low):
        return None
    if len(words) == 1 and len(words[0]) <= BLURB.acronym_letters:
        return words[0]  # an acronym ("RNC") keeps its capitals
    return " ".join(w.capitalize() for w in words)


def _name_words(words: list[str]) -> list[str] | None:
    """The name of an opening without its titles and party ("GOP SEN. ALEXANDER"); None for a
    possessive ("X'S OFFICE") or nothing left."""
    owner = max((i for i, w in enumerate(words) if w.endswith(("'S", "’S", "S'", "S’"))), default=-1)
    if owner == len(words) - 1 or any(w.lower() in CAP_STOP for w in words):
        return None  # (a phrase, "TECH AND CHINA:")
    words = words[owner + 1 :]  # "DEMS' STAR WITNESS X": after the owner; "X'S OFFICE" leaves "OFFICE"
    while words and (words[0].rstrip(".").lower() in TITLE_WORDS or words[0].lower() in PARTY_WORDS
                     or words[0].lower() in PARTY_ABBREVIATIONS):
        words = words[1:]
    return words or None


def _opening(tokens: list[str]) -> tuple[list[str], str | None] | None:
    """The name opening the line (one to ``BLURB.name_words`` words) and its verb (None after a
    colon), skipping a one-word label before a colon ("WATCH:", "EXCLUSIVE:"). "X ON …: “…”"
    (the colon right before the words) is X's label too."""
    if len(tokens) > 2 and tokens[1] == ":":
        if tokens[0].lower() in _LABELS:
            return _opening(tokens[2:])
        got = _opening(tokens[2:])
        if got is not None:
            return got
    for k in range(1, min(BLURB.name_words, len(tokens) - 1) + 1):
        nxt = tokens[k]
        if ":" in tokens[:k]:
            return None
        if nxt == ":" or _speaking(nxt) and tokens[k + 1 : k + 2] != ["BY"]:  # ("X MOCKED BY Y": passive)
            return tokens[:k], None if nxt == ":" else nxt.lower()
        if nxt.lower() in SUBJECT_VERB_GAP_WORDS and k + 1 < len(tokens) and _speaking(tokens[k + 1]) \
                and tokens[k + 2 : k + 3] != ["BY"]:
            # "X AGAIN BLASTS Y AS “…”": the adverb is no part of the name ("Trump Again" was
            # the speaker; round 83, lane kind101)
            return tokens[:k], tokens[k + 1].lower()
        if nxt in _TOPIC and tokens[-1] == ":" and tokens.count(":") == 1:
            return tokens[:k], None
    return None


def _subject_of_later_verb(text: str) -> tuple[list[str], str] | None:
    """"X SURVEYS THE DAMAGE, CALLS FOR A RECOVERY “…”", "X GIVES Y A BALL, TELLS HIM “…”": the
    name opening the line (before a word in -S, its verb) is the subject of a speaking verb
    right after a later comma."""
    later = re.search(r"(?:,|\b(?:HE|SHE))\s*(" + _L + r"+)\b[^,;:]*$", text)  # ("X LIGHTS INTO Y HE SAYS IS “…”")
    if later is None or not _speaking(later.group(1)):
        return None
    tokens = _WORD_RE.findall(text[: later.start()])
    k = next((i for i, t in enumerate(tokens[: BLURB.name_words]) if i > 0 and t.endswith("S")
              and not t.endswith(("SS", "'S", "’S"))), None)
    return (tokens[:k], later.group(1).lower()) if k else None


def _says_before(text: str) -> tuple[list[str], str] | None:
    """"…, X SAYS “…”", "… AS X SAYS “…”": one or two words after the last comma or "AS" before
    the words, then a speaking verb."""
    cut = max(text.rfind(","), text.rfind(" AS "))
    if cut < 0:
        return None
    tokens = _WORD_RE.findall(text[cut + 1 :])[:3]
    if tokens and tokens[0] == "AS":
        tokens = _WORD_RE.findall(text[cut + 1 :])[1:4]
    for k in (1, 2):
        if len(tokens) > k and ":" not in tokens[: k + 1] and _speaking(tokens[k]):
            return tokens[:k], tokens[k].lower()
    return None


def capital_line_surface(lay: Layout, q: Quote, lookup: Callable[[str], Entity | None]) -> Surface | None:
    """The speaker of ``q`` on a line in capitals, as a surface (nobody when the line names no
    one the article knows); None when ``q`` is on no such line. The shapes are tried in order,
    the first whose name resolves wins ("X SURVEYS THE DAMAGE, CALLS …": the opening shape
    reads "X SURVEYS THE DAMAGE" as a name before "CALLS", which names nobody)."""
    line = lay.capital_line(q.start)
    if line is None:
        return None
    seg = lay.text.rfind(";", line[0], q.start) + 1 or line[0]  # (";" joins two headlines)
    before = lay.text[seg : q.start]
    end = _SAYS_AT_END_RE.search(lay.text[q.end : line[1]].rstrip())
    end = end if end is not None and _speaking(end.group(2)) else None
    shapes = (
        (_opening(_WORD_RE.findall(before)), seg, "NAME VERB … “…”"),
        (_says_before(before), seg, "…, NAME VERB “…”"),
        (_subject_of_later_verb(before), seg, "NAME VERB …, VERB “…”"),
        ((end.group(1).split(), end.group(2).lower()) if end else None, q.end, "“…”, NAME SAYS"),
    )
    for got, origin, how in shapes:
        named = _resolved(lay, got, line, lookup) if got else None
        if named is not None:
            name, first = named
            at = lay.text.find(first, origin, line[1])
            return Surface([Part("name", name, max(at, line[0]))], got[1], "string: a link line in capitals, " + how,
                           C.headline_named, aside=True)
    return Surface([], None, "a link line in capitals names nobody the article knows", C.nobody)


def _resolved(lay: Layout, got: tuple[list[str], str | None], line: tuple[int, int],
              lookup: Callable[[str], Entity | None]) -> tuple[str, str] | None:
    """The article's name for an opening's words and the first word of it on the line: the
    longest tail the article writes and knows ("DEFIANT ROGER STONE"), else the words in title
    case (_unwritten_name); None."""
    words = _name_words(got[0])
    if not words:
        return None
    lower = common_words(lay)[0]
    for tail in range(len(words), 0, -1):
        dropped = words[-tail - 1] if tail < len(words) else ""
        if dropped and (dropped.lower() in lower or dropped.endswith("S") and not dropped.endswith("SS")):
            break  # no adjective of the name: a word the article writes in lower case ("LEADERS DECRY
            # X"), or one in -S, a verb or a plural ("X QUOTES Y, SAYS …" is X's line, not Y's)
        name = _spelling(lay, words[-tail:], line)
        e = lookup(name) if name is not None else None
        if e is not None and (tail == len(words) or e.is_person()):  # "TECH AND CHINA:" is no China's
            return name, words[-tail]
    if len(words) == len(_WORD_RE.findall(" ".join(got[0]))):  # (not after an owner or a title)
        name = _unwritten_name(lay, words)
        return (name, words[0]) if name else None
    return None
