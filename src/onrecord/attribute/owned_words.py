"""Words introduced by their owner's noun and a colon, with no reporting verb of anyone else, or
by "as X says:" closing the sentence:
"X's response: “…”", "Here was X's answer: “…”", "X's reply was short: “…”", "Here is X's
full statement: ¶ “…”" (round 23, lane labels7). The possessive was read as a description
("X's answer", unresolved) or as the subject of "reply" with the name cut ("X '"), or not at
all, and the words were left null (fresh3 "Here was Sessions' answer"; about a hundred corpus
articles). The owner must open the clause: in "Y responded to X's remarks: “…”" or "Asked
about X's answer, Y said:" another speaks, and the rule does not match."""

from __future__ import annotations

import re

from .cues import SUBJECT_PRONOUNS as _PRONOUNS
from ..lexicon.reporting import AUTHORED_POINTERS, COLON_WORDS_NOUNS, report_base
from ..thresholds.attribute import CONFIDENCE as C
from .layout import Layout, Token
from .phrase import Part, Surface
from ..text.find import alternation

# what may open the clause before the owner: a conjunction, "Here is/was", "In"/"Also in"
_OPENER = (r"(?:(?:And|But|So|Or|Also|Then|Now)\s+)?"
           r"(?:(?:Here|Below)(?:\s+is|\s+was|\s+are|\s+were|[’']s)\s+|(?:[Ii]n|Also\s+in|Or\s+in)\s+)?")
# the owner: capitalised words (a title, initials), then 's or a bare mark after a final s
_OWNER = r"(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w.-]*\s+){0,4}?[A-Z][\w.-]*?)(?:[’']s|(?<=s)\s?[’'])"
_HEAD = r"\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>" + alternation(COLON_WORDS_NOUNS) + r")"
# "… to the critics", then at most a copula or "reads" with two words ("was short", "is below")
_TAIL = (r"(?:\s+(?:to|on|about|after)\s+[^:,.;“”\"]{1,60}?)?"
         r"(?:\s+(?:was|is|were|are|reads|read|began|begins)(?:\s+[a-z]+){0,2})?\s*:\s*$")
OWNED_COLON_RE = re.compile(r"^\s*" + _OPENER + _OWNER + _HEAD + r"\b" + _TAIL)
# the determiners and possessive pronouns a capitalised opener may be ("His statement:" is the
# pronoun rule's, finder._owner_colon)
_NOT_OWNERS = frozenset({"his", "her", "their", "its", "this", "that", "our", "my", "your"})


# "That rate, as the Journal says: ¶ “…”", "As Reuters reports:": the source named in an "as"
# clause closing the sentence (fresh3; 17 corpus articles, 13 left null and 3 given to the
# speaker before). Not "As I reported:" (the writer).
AS_SAYS_COLON_RE = re.compile(r"(?:^|[\s,;(—–-])[Aa]s\s+(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w.’'-]*\s+){0,4}?[A-Z][\w.’'-]*)"
                              r"\s+(?P<verb>[a-z]+)(?:\s+it)?\s*:\s*$")


# "Or this one, by Vox editor X:", "as in this column by the Ledger’s Y: ¶ “…”": the author
# named by "by" right after a text or a pointer to one, closing the clause; the name is the
# capitalised words before the colon, after any title, outlet or possessive (round 60, lane
# who61: fresh22 ×2 and fresh15 left the author's words null).
BY_AUTHOR_COLON_RE = re.compile(r"(?:^|[\s,;(—–-])(?i:" + alternation(AUTHORED_POINTERS)
                                + r")\s*,?\s+by\s+(?:[^:;,.“”\"]{0,60}?\s)?"
                                r"(?P<name>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s*:\s*$")


def ends_in_colon(text: str) -> bool:
    """Whether ``text`` ends in a colon and white space only: every pattern here ends so
    (``\\s*:\\s*$``, and ``\\s`` is what ``str.rstrip`` strips), so a text that does not cannot
    match. Asked of every sentence without a speaker, the "by X:" search tried its author
    words at each character of each: 0.069 s of the 500 BBC articles' 3.1 s, where 277 of the
    6,410 sentences asked about end in a colon (round 61, lane speed62)."""
    return text.rstrip().endswith(":")


def _author_before_colon(text: str) -> tuple[str, int] | None:
    if not ends_in_colon(text):
        return None
    m = BY_AUTHOR_COLON_RE.search(text)
    if m is None or not m.group("name")[:1].isupper():
        return None
    return m.group("name"), m.start("name")


def owner_before_colon(text: str) -> tuple[str, int] | None:
    """The owner's name and its offset in ``text`` (a clause ending in a colon), or None."""
    if not ends_in_colon(text):
        return None
    m = OWNED_COLON_RE.match(text)
    if m is not None and m.group("name").split()[0].lower() not in _NOT_OWNERS:
        return m.group("name"), m.start("name")
    m = AS_SAYS_COLON_RE.search(text)
    if m is not None and report_base(m.group("verb")) and m.group("name").lower() not in _PRONOUNS:
        return m.group("name"), m.start("name")
    return None


def owned_colon(lay: Layout, left: list[Token]) -> Surface | None:
    """A Surface for the owner of the words when the words left of the quotation are such a
    clause (from the sentence start or the previous quotation)."""
    return _colon_name(lay, left, owner_before_colon, "string: X's response/answer/statement: “…”")


def author_colon(lay: Layout, left: list[Token]) -> Surface | None:
    """A Surface for the author named by "by" before the colon ("Or this one, by X: “…”")."""
    return _colon_name(lay, left, _author_before_colon, "string: this one, by X: “…”")


def _colon_name(lay: Layout, left: list[Token], find, how: str) -> Surface | None:
    """The name ``find`` reads in a clause ending in a colon right before the words."""
    if len(left) < 3 or left[-1].text != ":":
        return None
    found = find(lay.masked[left[0].start : left[-1].end])
    if found is None:
        return None
    name, at = found
    return Surface([Part("name", name, left[0].start + at)], None, how, C.owned_words_colon)


def authored_subject(res: object, lay: Layout, s: object) -> list:
    """"… as in this column by X: ¶ “…”": the words in the next paragraph are the author's,
    whoever the sentence's own subject is ("Critics were quick to respond, as in …")."""
    found = _author_before_colon(lay.masked[s.start : s.end])
    return _entity_named(res, found[0]) if found is not None else []


def owned_subject(res: object, lay: Layout, s: object) -> list:
    """"Here is X's full statement: ¶ “…”": the words in the next paragraph continue the
    subject of this sentence, which is the owner (the string subject found none)."""
    found = owner_before_colon(lay.masked[s.start : s.end])
    if found is None:
        return []
    return _entity_named(res, found[0])


def _entity_named(res: object, name: str) -> list:
    """The entity of ``name`` (as a one-item list), tried without its leading title words."""
    # the entity only: resolving the name as a speaker here marked it as one before its words
    # (on the corpus that changed another speaker's printed name)
    words = name.split()
    # "Public Editor Margaret X": the name without its title words, tried from the longest
    e = next((e for k in range(len(words)) if (e := res.ents.entity_for_name(" ".join(words[k:]))) is not None), None)
    return [e] if e is not None else []
