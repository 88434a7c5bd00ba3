"""A body whose name holds "and" between two of its subjects: "the Foundation for Accountability
and Civic Trust", "the Department of Health and Human Services", "the House Ways and Means
Committee", "U.S. Citizenship and Immigration Services". The name run stopped at "and", so the
body was two entities ("Foundation for Accountability" and "Civic Trust", "House Ways" and "Means
Committee") and neither was the speaker the article names (round 60, lane cands61: 3 tuning
quotations in 3 articles, 3 quotations in 2 of 300 random unread articles).

Two shapes, each asked of the run as it stands at the "and" (mentions._name_run):
- a subject list after "of"/"for": the run holds a body's head word and then "of"/"for"
  ("Department of Health", "Foundation for Accountability"), and the capitalised words after
  "and" are more subjects running into a head word ("Human Services", "Civic Trust"), not a
  second body, place, person or title ("the Department of Justice and the FBI" has "the";
  "Bank of America and Wells Fargo" ends its first name on a place);
- a body's committee or agency pair: the run is a chamber, body or place word and one subject
  ("House Ways", "U.S. Citizenship"), and the words after "and" run into the body's head word
  within three ("Means Committee", "Government Reform Committee"). The subject before "and" is
  no body, place or party itself: "the Senate and House Judiciary Committees", "House
  Republicans and the Republican National Committee" are two bodies.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon.places import is_place
from ..lexicon.titles import TITLE_WORDS
from ..thresholds.attribute import NAME_WORDS
from .cues import GIVEN_NAMES, ORG_WORDS, PARTY_WORDS
from .layout import Token


def _plain(t: Token) -> str:
    return t.lower.strip("’'.")


def subject_word(t: Token) -> bool:
    """A capitalised word that may be a body's subject: no title, given name, place or acronym."""
    return (t.is_cap and t.text[1:2].islower() and t.lower not in TITLE_WORDS
            and _plain(t) not in GIVEN_NAMES and not is_place(t.text))


def subject_list_and(run: Sequence[Token], after: Sequence[Token]) -> bool:
    """"Foundation for Accountability and Civic Trust", "Department of Health and Human
    Services": "and" adds a subject to a body's "of"/"for" list."""
    heads = [k for k, t in enumerate(run) if _plain(t) in ORG_WORDS]
    links = [k for k, t in enumerate(run) if t.lower in ("of", "for")]
    if not heads or not links or links[0] < heads[0] or links[-1] == len(run) - 1:
        return False
    if is_place(run[-1].text) or not after or not subject_word(after[0]) or _plain(after[0]) in ORG_WORDS:
        return False  # "Church of England and Church of Wales": two bodies
    # the words after "and" must run into a head word, and not the run's own ("the Department
    # of Justice and Homeland Security", "the Bureau of Labor Statistics and Census Bureau":
    # two). One subject word ending the name ("… for Disease Control and Prevention") was
    # joined too and read right on every tuning article (13 mentions), but on a calibration set it
    # moved one wrong name above the precise-speakers threshold: left split (round 60)
    head = _pair_head(after)
    return head is not None and head not in {_plain(run[k]) for k in heads}


def _pair_head(after: Sequence[Token]) -> str | None:
    """The body's head word the subject words after "and" run into (NAME_WORDS.body_and_head_tokens)."""
    for t in after[: NAME_WORDS.body_and_head_tokens]:
        if not subject_word(t):
            return None
        if _plain(t) in ORG_WORDS:
            return _plain(t)
    return None


def committee_pair_and(run: Sequence[Token], after: Sequence[Token]) -> bool:
    """"House Ways and Means Committee", "U.S. Citizenship and Immigration Services": a chamber,
    body or place word, one or two subjects, "and", then words running into the head word."""
    if not 2 <= len(run) <= 3 or not (_plain(run[0]) in ORG_WORDS or is_place(run[0].text)):
        return False
    last = run[-1]
    if not subject_word(last) or _plain(last) in ORG_WORDS or _plain(last) in PARTY_WORDS:
        return False
    return _pair_head(after) is not None
