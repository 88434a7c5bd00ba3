"""A short noun phrase in marks used as a modifier of the noun right after it is a label, a
term, where the extraction or the parse would make it speech only because a reporting verb
stands in the sentence (round 35, lane kindspeech16): 'the ministry drafted rules in May,
clarifying the status of “transit visa” holders' (the extraction's modifier rule says term,
the parse's "clarifying" made it the ministry's speech), '“The ‘swing county’ numbers mean
little,” said the pollster' (a label inside someone's words). Telling a noun compound ("drug
kingpin" provisions) from the speaker's adjective phrase ("extremely careless" handling, "very
small" effect) needs the part of speech, which only the parse here gives (round 34, terms15,
What is left 3).

Not for a speech quotation standing in the sentence of a named speaker's reporting verb ("the
mayor said the city would end the “parking credit” program"): the first form of this rule
retyped those too and, right on the tuning splits (2 gold terms gained) and on the corpus read
(14 right, 4 arguable of 18), lost 4 kinds and 2 speakers on the never-read held-out split and a
kind on fresh11, whose readers type a named speaker's label his speech. Here only a quotation
nested in another (the gold records no nested span) or a fragment the extraction typed a
modifier label is read.

A nested speech quotation of two or three words (``COMPOUND_LABEL_MAX_WORDS``), ending on a word, not
all in title case ("could bring a “Wild West” atmosphere": a speaker's figure, tune gold
speech), with one space and a lowercase word after its closing mark, is queued for the parse
(``candidate``). It is a label when the parse makes its last word a noun and the phrase's head
a noun modifying the noun right after the marks (compound, amod, nmod, or poss where a straight
closing mark reads as a possessive), and no word in the marks is an adverb, a verb other than a
participle modifier ("the ‘rising costs' story"), a pronoun or a determiner ("very few" people,
"didn't recommend" X, "the whole government" re-opened stay speech). The noun after the marks
must be a noun, not a verb ("a “super PAC” supporting", "a “witch hunt” led by" stay the
speaker's), and no noun for a piece of someone's words ("the “secret society” reference", tune
gold speech: ``lexicon.reporting.SAID_WORDS_NOUNS``). fragment_kind.py asks the same of a
fragment the extraction typed a modifier label, before the parse's reporting verb may make it
speech ("clarifying the position of “green card” holders").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..extract.reading import _NOT_MODIFIED, _modifies_next
from ..lexicon.reporting import said_words_noun
from ..thresholds.extract import COMPOUND_LABEL_MAX_WORDS, COMPOUND_LABEL_RIGHT_CHARS
from .parse_subject import quote_tokens

if TYPE_CHECKING:
    from .layout import Layout, Sentence

EVIDENCE = "but the parse makes it a noun phrase modifying the noun after the marks: a label, a term"
_WORD_RE = re.compile(r"[\w’'-]+")
_MARKS = "\"”’'»"  # the closing marks only (text.mask.CLOSERS holds the opening ones too)
# parts of speech that make the words in marks a phrase of the speaker's, not a name
_SPEAKERS_POS = frozenset({"ADV", "VERB", "AUX", "PRON", "DET", "PART", "SCONJ", "INTJ"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def candidate(lay: "Layout", qi: int) -> bool:
    """Whether speech quotation ``qi``, nested in another, has the string shape of a modifier
    label: two or three words ending on a word, a lowercase content word right after the mark
    (the shape extract/reading._labelled_noun reads for a fragment credited to nobody)."""
    return bool(lay.quotes[qi].nested) and label_shape(lay, qi)


def label_shape(lay: "Layout", qi: int) -> bool:
    """The string shape of a modifier label, nested or not: a speech quotation of two or three
    words ending on a word, not all capitalised, a lowercase content word right after the mark
    (attribute/relative_label.py reads it for labels in a relative clause too)."""
    q = lay.quotes[qi]
    words = _WORD_RE.findall(q.text)
    if q.kind != "speech" or not 2 <= len(words) <= COMPOUND_LABEL_MAX_WORDS:
        return False
    if all(w[:1].isupper() for w in words):
        return False  # "could lead to a “Wild West” atmosphere": a speaker's figure (tune gold)
    if not q.text.rstrip()[-1:].isalnum():
        return False
    right = lay.text[q.end : q.end + COMPOUND_LABEL_RIGHT_CHARS].lstrip(_MARKS)
    nxt = _WORD_RE.match(right.lstrip(" ")) if right.startswith(" ") else None
    if nxt is None or not _modifies_next(right, nxt.group(0)):
        return False
    low = nxt.group(0).lower()
    return low not in _NOT_MODIFIED and not low.endswith(("ly", "able", "ible"))


def is_label(lay: "Layout", sent: "Sentence", qi: int, doc: Any) -> bool:
    """Whether the parse of ``sent`` shows quotation ``qi`` (a ``candidate``) to be a noun
    phrase modifying the noun right after its marks (see the module docstring)."""
    q, base = lay.quotes[qi], sent.start
    qtoks = [t for t in quote_tokens(doc, q, base) if not t.is_punct]
    if not qtoks or any(t.pos_ in _SPEAKERS_POS and not _participle(t) for t in qtoks):
        return False
    inside = {t.i for t in qtoks}
    heads = [t for t in qtoks if t.head.i not in inside or t.head.i == t.i]
    after = noun_after(doc, base, q.end)
    if after is None or qtoks[-1].pos_ not in _NOUNS or _said_words(after):
        return False  # "the “secret society” reference": the words talked of are his (tune gold)
    # the phrase's head noun ("“basket of deplorables” construction": basket; "“bump stock”
    # devices" may hang both words on "devices") modifies the noun after the marks; a straight
    # closing mark is read as a possessive ("the ‘generic ballot' question": poss), still a
    # modifier
    return any(h.pos_ in _NOUNS for h in heads) \
        and all(h.dep_ in _MODIFIER_DEPS | {"poss"} and _reaches(h, after) for h in heads)


def _participle(tok: Any) -> bool:
    """"the ‘rising costs' story": a participle modifying the noun in the marks is part of the
    name, not a verb of the speaker's."""
    return tok.pos_ == "VERB" and tok.dep_ in _MODIFIER_DEPS and tok.tag_ in ("VBG", "VBN")


def noun_after(doc: Any, base: int, end: int) -> Any | None:
    """The noun right after the closing mark, None when the next word is no noun. (Not the
    noun an adjective there modifies: the tune gold's "“town hall style” presidential debate"
    is a label, but the corpus's "a “full scope” criminal investigation" is the agency's own
    words, and "“difficult questions” touching …" read "touching" as that adjective.)"""
    after = next((t for t in doc if base + t.idx >= end and not t.is_punct), None)
    return after if after is not None and after.pos_ in _NOUNS else None


def _said_words(tok: Any) -> bool:
    """The noun names a piece of someone's words ("reference", "comments"; the pipeline runs
    no lemmatizer, so a plural is read by its -s)."""
    return said_words_noun(tok.lower_)


def _reaches(tok: Any, noun: Any) -> bool:
    """``tok`` hangs, through modifiers only, from ``noun`` ("“no party preference” voter":
    preference → voter; "a “zero tolerance” drug policy": tolerance → policy, past "drug")."""
    t = tok
    for _ in range(4):
        if t.head.i == t.i:
            return False
        if t.head.i == noun.i or t.head.i > noun.i and t.head.pos_ in _NOUNS:
            return True
        if t.dep_ not in _MODIFIER_DEPS:
            return False
        t = t.head
    return False


def settle(lay: "Layout", surfaces: dict[int, Any], sent: "Sentence", qi: int, doc: Any) -> bool:
    """Retype speech quotation ``qi`` a term, with the reason, and drop its surface (a term
    has no speaker) when it is a ``candidate`` the parse shows to be a label; say whether."""
    if not candidate(lay, qi) or not is_label(lay, sent, qi, doc):
        return False
    retype_term(lay, surfaces, qi, EVIDENCE)
    return True


def retype_term(lay: "Layout", surfaces: dict[int, Any], qi: int, evidence: str) -> None:
    """Quotation ``qi`` a term, ``evidence`` added to its kind's reasons, its surface dropped (a
    term has no speaker): what a label found by the parse becomes (here and relative_label)."""
    q = lay.quotes[qi]
    q.kind = "term"
    q.kind_evidence = list(q.kind_evidence) + [evidence]
    surfaces.pop(qi, None)
