"""A name of a work, once a rule has read it as one, is the same work wherever the article
quotes it again (issue 11, round 15, lane titles): "Ana Ruiz’s documentary, “Bring it home.”
… “Bring it home” is a project she launched in 2012" (real-news fresh split: the repeats, with
no work noun beside them, read as statements). Run over an article's quotations once they are
all typed (extract/__init__.py)."""

from __future__ import annotations

import re

from ..model import Quote
from ..thresholds.extract import ExtractOptions
from .person_labels import NICKNAME_BETWEEN_NAMES, TITLE_CASE_ALONE

# The reason a list item takes its kind from the item before it (extract/__init__.py); the echo
# rules here and in term_echo test against it (one spelling since round 37, lane tidy20).
LISTED_WITH_PREVIOUS = "listed with the previous quotation"
# Reasons too weak to lend their title to another quotation: title case alone (a capitalised
# slogan with no verb near it) and a list's shared kind.
_WEAK = (TITLE_CASE_ALONE, LISTED_WITH_PREVIOUS)
# Quotations typed by a cue of their own keep their kind: "the phrase “…”" talks about the
# words, "so-called" distances them (corpus audit: 'used the phrase “…”' after the slogan had
# been read as a campaign's name).
_OWN_CUE = ("'so-called'", "mentioned as an expression", "its meaning is stated", "given as the meaning",
            "a phrase in marks modifying the wording noun", NICKNAME_BETWEEN_NAMES, "imagined words")
# Words a reporting verb or a speaker's label credits to someone stay theirs ('“It is a fine
# idea on paper,” says Ada Vale' after a title rule read the same words elsewhere; corpus audit).
_CREDITED = ("reporting verb", "speaker", "naming verb")
_EDGE = re.compile(r"^[\s\"'\u2018\u2019\u201c\u201d]+|[\s,.;:!?\"'\u2018\u2019\u201c\u201d]+$")
_POSSESSIVE_END = re.compile(r"(?:[\u2019']s|s[\u2019'])$")


def _key(text: str) -> str:
    return _POSSESSIVE_END.sub("", _EDGE.sub("", text)).casefold()


def keeps_own_kind(q: Quote) -> bool:
    """Whether a cue of the quotation's own or a credit typed it: no echo retypes it (here, and
    a slogan's repeats in term_echo.py)."""
    why_here = " ".join(q.kind_evidence)
    return why_here.startswith(_OWN_CUE) or any(w in why_here for w in _CREDITED)


def echo_titles(quotes: list[Quote], opts: ExtractOptions) -> None:
    """Type title every short quotation whose words (case, edge punctuation and a possessive
    aside) are those of a quotation a title rule decided on its own evidence."""
    named = {}
    for q in quotes:
        if q.kind == "title" and not q.nested and q.kind_evidence and not q.kind_evidence[0].startswith(_WEAK):
            named.setdefault(_key(q.text), q.kind_evidence[0])
    if not named:
        return
    for q in quotes:
        if q.kind == "title" or q.nested or len(q.text.split()) > opts.bare_title_max_words:
            continue
        if keeps_own_kind(q):
            continue
        why = named.get(_key(q.text))
        if why is not None:
            q.kind = "title"
            q.kind_evidence = [f"the words of a work named elsewhere in the article ({why})"]
