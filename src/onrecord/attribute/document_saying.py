""""a letter from X saying …", "a tweet by X that urged …": the words are the document's
author's, X's.

A participle or relative clause of saying right after "<document> from/by <name>" belongs to
the document, and so to its author; the parse hung it on the main verb and gave the words to
the main clause's subject: a company whose advert printed its president's open letter, a
campaign that released a lawyer's statement, a political committee answering a governor's
tweet, a spokesman citing a mayor's tweet (round 37, lane about20: 4 articles of big + big2,
6 quotations, every one given to someone else; the sample's item 36).

``finder.find_string`` asks it beside the with-clause rule, before the left-hand string rules,
whose subject of the main verb is not the speaker. It reads the whole sentence before the
marks: exactly one name between "from/by" and the verb (an apposition after it, ", a
Republican,", is skipped; a description alone is left to the readings below), and no other
verb of saying between that verb and the words."""

from __future__ import annotations

from ..lexicon.function_words import DETERMINERS
from ..lexicon.places import is_place
from ..lexicon.reporting import DOCUMENT_NOUNS, report_base
from ..text.find import noun_in
from ..thresholds.attribute import CONFIDENCE as C
from ..thresholds.subjects import SUBJECTS
from .layout import Layout, Token
from .phrase import Surface, _is_word, cue_text, mention_phrase, strip_adverbs

_AUTHOR_WORDS = frozenset({"from", "by"})
_RELATIVES = frozenset({"that", "which"})
_AFTER_AUTHOR = frozenset({"to", "in", "on", "at", "during", "about", "for", "last", "this", "earlier"})


def document_author_saying(lay: Layout, left: list[Token]) -> Surface | None:
    """The author named in "<document> from/by X saying/that said …" before the words."""
    k = next((j for j in range(len(left) - 1, -1, -1) if _saying(left, j)), None)
    if k is None or any(_is_word(t) and report_base(t.lower) for t in left[k + 1:]):
        return None
    verb = k - 1 if left[k - 1].lower in _RELATIVES else k
    lo = max(0, verb - SUBJECTS.with_clause_subject_reach)
    f = next((j for j in range(verb - 1, lo - 1, -1) if left[j].lower in _AUTHOR_WORDS), None)
    if f is None or not _document_before(left, f):
        return None
    author = _before_apposition(left[f + 1:verb])
    parts = [p for p in mention_phrase(strip_adverbs(author)) or [] if p.kind == "name"]
    if len(parts) != 1 or is_place(parts[0].text) and _plural(left, f):
        # "early reports from Kabul saying the city was “…”": documents from a place have
        # unnamed writers (round 37, review28: a near miss); one "statement from North Korea
        # saying" keeps its issuer, the state (AllSides holds one, with no quotation)
        return None
    return Surface(parts, cue_text(lay, left, k), "string: a document from X saying “…”", C.said_before)


def _saying(left: list[Token], j: int) -> bool:
    """An -ing verb of saying right after a word (after a comma it is the main clause's
    adverbial: "… withheld the articles from the Senate, saying"; after a determiner a noun:
    "its reporting"), or a verb of saying after "that"/"which"."""
    t = left[j]
    if not _is_word(t) or report_base(t.lower) is None or j == 0:
        return False
    if left[j - 1].lower in _RELATIVES:
        return True
    return t.lower.endswith("ing") and _is_word(left[j - 1]) and left[j - 1].lower not in DETERMINERS


def _document_before(left: list[Token], f: int) -> bool:
    """A document noun right before "from"/"by", or before one participle ("a letter sent
    from"); not "the articles of impeachment from the Senate" nor "consumed by"."""
    if f > 0 and _document(left[f - 1]):
        return True
    return f > 1 and _document(left[f - 2]) and left[f - 1].lower.endswith(("ed", "en"))


def _plural(left: list[Token], f: int) -> bool:
    """The document noun before "from"/"by" at ``f`` is plural ("reports from Kabul")."""
    noun = left[f - 1] if _document(left[f - 1]) else left[f - 2]
    return noun.lower not in DOCUMENT_NOUNS


def _document(t: Token) -> bool:
    w = t.lower
    return noun_in(w, DOCUMENT_NOUNS)


def _before_apposition(toks: list[Token]) -> list[Token]:
    """The author's words up to a comma opening an apposition ("Texas Gov. Greg X, a
    Republican, that urged" is Greg X) or up to a lower-case word of recipient, place or time
    after a capital ("a message from X to Y stating", "from X in March saying": X). [] when
    the comma opens something else (", and mocked him for claiming": no clause of the
    document's)."""
    cut = next((j for j, t in enumerate(toks) if t.text == ","), len(toks))
    if cut < len(toks) and not _apposition(toks[cut + 1:]):
        return []
    head = toks[:cut]
    stop = next((j for j, t in enumerate(head) if t.text in _AFTER_AUTHOR
                 and any(u.text[:1].isupper() for u in head[:j])), len(head))
    return head[:stop]


def _apposition(rest: list[Token]) -> bool:
    """", a Republican," before the verb: a determiner or a capital, closed by a comma."""
    return len(rest) >= 2 and rest[-1].text == "," and (rest[0].lower in {"a", "an", "the"} or rest[0].text[:1].isupper())
