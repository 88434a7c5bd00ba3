"""An "it" that opens its clause and speaks right after a sentence that names a text away from
its subject ("…, according to the letter, which the paper obtained. It said …"; "Hollis is one
of forty judges who signed a letter urging the committee …. It argues …"; "X marched past the
agency's offices, holding a sign …. It read …") is that text. Its issuer speaks when the
article recorded one for the noun (documents.py), else nobody, with the text as description.

Round 48, lane it28: of the 72 "it" quotations on big + big2 the general pronoun passes decided
47 and named the right speaker for 15; the text cases went to a body or place named in passing
(the agency the letter accused, a Senate committee the letter addressed, the National Mall).
Only when the sentence before has no organisation as subject ("The board released a statement.
It said …" stays the board's through the older passes) and the text stands after "according
to" or in a sentence whose subject is a person (a person is never the "it")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..lexicon.given_names import GIVEN_NAMES
from ..lexicon.places import is_place
from ..lexicon.reporting import IT_TEXT_NOUNS, TEXT_PART_NOUNS
from .it_they_subject import antecedent_clause
from ..text.find import alternation

if TYPE_CHECKING:
    from .entities import Entity
    from .resolve import Resolver

_NOUNS = alternation(IT_TEXT_NOUNS)
# "according to the letter", "according to a new memo": the text the clause rests on
_ACCORDING_RE = re.compile(r"\baccording\s+to\s+(?:the|a|an|this|that)\s+(?:[\w’'-]+\s+){0,2}?(" + _NOUNS + r")\b", re.I)
# "signed a letter", "holding a sign covered in …": a text the sentence brings in
_TEXT_RE = re.compile(r"\b(?:a|an|the|this|that)\s+(?:[a-z][\w’'-]*\s+){0,2}?(" + _NOUNS + r")\b")
# "In the recent issue of Dabiq it states", "In the war display it says": a fronted part of a
# publication or show, and its publication after "of", right before the "it" (no comma: "In a
# new video, it said" is mostly a body's "it")
_FRONTED_RE = re.compile(r"\s*(?:(?:But|And|Then|Also)\s+)?In\s+(?P<det>the|a|an|this|that|its|his|her|their)\s+"
                         r"(?P<phrase>(?:[\w’'-]+\s+){0,3}?(?P<noun>"
                         + alternation(TEXT_PART_NOUNS)
                         + r"))(?:\s+of\s+(?P<of>(?:[A-Z][\w.&’'-]*\s?){1,4}))?\s*$")
# the "it" of the fronted sentence before a bare "But then it adds"
_IT_RE = re.compile(r"\bit\b")
# "But then it adds": an "it" with nothing before it in its clause but these
_BARE_OPENER_RE = re.compile(r"\s*(?:(?:but|and|then|also|later|so)\s+)*$", re.I)


def text_before_it(res: "Resolver", part: Any, sent_idx: int) -> tuple["Entity | None", str] | None:
    """(issuer or None, evidence) when the rule applies, else None (the older passes decide)."""
    if part.text != "it":
        return None
    fronted = fronted_text(res, part.start, sent_idx)
    if fronted is not None:
        return fronted
    where = antecedent_clause(res, part.start, sent_idx)
    if where is None or where[0] != sent_idx - 1:
        return None  # words of its own clause come first: "what it says", not a text before
    prev = res.lay.sentences[sent_idx - 1]
    subj = [e for e in res.subj.get(sent_idx - 1) or [] if e is not None and not isinstance(e, str)]
    if any(e.kind == "org" for e in subj):
        return None  # a body that is the subject before speaks through its text as well
    span = res.lay.masked[prev.start : prev.end]
    m = _ACCORDING_RE.search(span)
    if m is None:
        m = _TEXT_RE.search(span)
        # a person opens the clause ("Nearby, Owen Pratt marched …, holding a sign"; the
        # recorded subject may be a capitalised opener such as "Nearby"); a person in a fronted
        # clause is not enough ("After X was invited, the administration had issued a
        # statement …. It affirmed": the administration's, on AllSides)
        if m is None or not _person_opens(res, where[1][where[2]].start, sent_idx - 1):
            return None
    noun = m.group(1).lower()
    issuer = (res.doc_speakers.get(noun) or [None])[0]
    if issuer is not None:
        return issuer, f"pronoun 'it' -> the {noun} of the previous sentence, by {issuer.canonical}"
    # (no res.unclear here: the fallback may still find the writer, "… according to the letter.
    # It said …" went on to the letter's named writer on big; the fronted text below needs it)
    return None, f"pronoun 'it' -> the {noun} of the previous sentence, issuer unnamed"


def fronted_text(res: "Resolver", pos: int, sent_idx: int) -> tuple["Entity | None", str] | None:
    """"In the recent issue of Dabiq it states: “…”": the publication after "of" when it names
    no person, else nobody ("In the war display it says": the display, whose museum the
    sentence does not name). A bare "But then it adds" right after such a sentence goes on in
    the same text. None when the "it" has no fronted text before it."""
    sents = res.lay.sentences
    here = sents[sent_idx]
    m = _FRONTED_RE.fullmatch(res.lay.masked, here.start, pos)
    fronted_idx = sent_idx
    if m is None and sent_idx > 0 and _BARE_OPENER_RE.fullmatch(res.lay.masked, here.start, pos):
        fronted_idx = sent_idx - 1
        prev = sents[fronted_idx]
        it = _IT_RE.search(res.lay.masked, prev.start, prev.end)
        m = _FRONTED_RE.fullmatch(res.lay.masked, prev.start, it.start()) if it else None
    if m is None:
        return None
    phrase = m.group("phrase")
    if m.group("of"):
        e = res.ents.entity_for_name(m.group("of").strip())
        if e is not None and not _person(e):
            return e, f"pronoun 'it' -> the {m.group('noun')} of {e.canonical} fronted before it"
        phrase = f"{phrase} of {m.group('of').strip()}"
    elif m.group("det") == "its" or _body_opens(res, fronted_idx - 1):
        # "The union launched a campaign …. In the ad it says …", "In its new advertisement it
        # says …": the body that issued the text (review40: both went to nobody); the older
        # passes give the "it" to that body, as text_before_it leaves a body subject to them
        return None
    res.unclear[pos] = None  # "In the war display it says": not the country the sentence before named
    return None, f"pronoun 'it' -> the fronted text '{phrase}', issuer unnamed"


def _body_opens(res: "Resolver", si: int) -> bool:
    """Whether sentence ``si`` opens on an organisation's name, after at most "The": a body as
    the subject, written (the recorded subject may be an "it" bound to a name in passing, "It
    does not hide the failures of the war in <Country>")."""
    if si < 0:
        return False
    start = res.lay.sentences[si].start
    for x in sorted(res.by_sentence.get(si, []), key=lambda x: x.start):
        if res.lay.masked[start : x.start].strip() not in ("", "The"):
            return False
        if x.entity is not None and x.entity.kind == "org" and not is_place(x.entity.canonical):
            return True
    return False


def _person_opens(res: "Resolver", c0: int, si: int) -> bool:
    """Whether the clause from ``c0`` opens on a person's name, after at most a fronted phrase
    closed by a comma ("Nearby, Owen Pratt …", "On Monday, Greta Hollis …")."""
    masked = res.lay.masked
    for x in sorted((x for x in res.by_sentence.get(si, []) if x.entity is not None and x.start >= c0),
                    key=lambda x: x.start):
        lead = masked[c0 : x.start].strip()
        if lead and not lead.endswith(","):
            return False
        if _person(x.entity):
            return True
        if not masked[x.end : x.end + 2].lstrip().startswith(","):
            return False  # a name that is no person opens the clause
    return False


def _person(e: "Entity") -> bool:
    """A person, never an "it": a gender, or a given name first (not a body's kind; a role is
    no evidence, a company has "the maker of …").
    Having spoken is no evidence here ("…,” China’s Foreign Ministry said in a statement")."""
    words = e.canonical.split()
    if e.kind == "org" or is_place(e.canonical) or not words:
        return False
    # "Noel Eldridge …. Eldridge said": a full name whose surname alone names the same one
    surname = len(words) >= 2 and e.place_evidence == 0 and words[-1] in e.names
    return e.kind == "person" or e.gender is not None or words[0].lower() in GIVEN_NAMES or surname
