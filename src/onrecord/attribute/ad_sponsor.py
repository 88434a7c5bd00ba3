"""An ad speaks for its sponsor (issue 11, round 73, lane desc83; GUIDELINES S9/S10: a text goes
to the body the article names as its issuer). "The X Patriots, a conservative group, put out an
ad …. The ad claims that …", "A new television ad produced by the X campaign …. “…,” the ad
asks", "another ad from X’s reelection campaign …. In the ad, a narrator says, “…”": the words
are the sponsor's, written as the article writes it ("the X campaign", "X’s reelection
campaign"), never the candidate the ad is named after. On the tuning sets six such quotations in
three articles were left null (eval/real/audit/desc83-tuning.tsv); "ad" as a document noun had
given them to the candidate (lexicon reporting.DOCUMENT_NOUNS).

The sponsor is read from the text before the quotation: an ad "by"/"from" a name, or a name
that "put out", "released", "ran" … an ad. One sponsor only: two different ones named before
leave the ad unnamed; a longer name that opens with the other ("X" and "X Action", a group's own
arm) is the same sponsor, written shortest. A narrator or announcer speaks for the sponsor only when an ad noun stands
in its sentence or the one before ("In the ad, …, a narrator says"). A capitalised modifier ("the
X ad") must be written in the sponsor's name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.publishing import AD_NOUNS, AD_VOICES
from ..lexicon.titles import TITLE_WORDS
from ..text.find import alternation
from ..thresholds.bodies import BODY_DESCRIPTIONS
from .self_named_body import speaking_body

if TYPE_CHECKING:
    from .entities import Entity
    from .phrase import Part
    from .resolve import Resolver

_AD = r"\b(?:" + alternation(AD_NOUNS) + r")s?\b"
_GAP = BODY_DESCRIPTIONS.ad_sponsor_gap_chars
# a capitalised run of at most five words, and what makes it a campaign: "X’s [reelection]
# campaign" or "X campaign"
_SPONSOR = (r"(?P<s>(?:[A-Z][\w.&-]*[ ]+){0,4}[A-Z][\w.&-]*"
            r"(?:[’']s[ ]+(?:[a-z-]+[ ]+)?campaign\b|[ ]+campaign\b)?)")
# "an ad produced by the X campaign", "another ad from X’s reelection campaign"
_BY_SPONSOR = re.compile(_AD + r"[^.;:\n]{0,%d}?\b(?:by|from)\s+(?:the\s+)?" % _GAP + _SPONSOR)
# "X, a conservative group, put out an ad", "the X campaign released a new spot"
_SPONSOR_ISSUED = re.compile(_SPONSOR + r"(?:,[^,.;:\n]{1,%d},)?\s+(?:(?:has|have|had|also)\s+)?" % _GAP
                             + r"(?:put\s+out|released|launched|unveiled|ran|aired|debuted"
                             r"|(?:began|started|is|are|has\s+been)\s+(?:running|airing))"
                             r"\s+(?:a|an|the|its|their|his|her|another)\s+(?:[\w’'-]+\s+){0,3}?" + _AD)
_DEFINITE = frozenset({"the", "this", "that"})


def _sponsor_name(raw: str) -> str:
    """The sponsor as the article writes it, without a leading "The" or title ("President X’s
    reelection campaign" is "X’s reelection campaign")."""
    words = raw.split()
    while len(words) > 1 and (words[0] in {"The", "A", "An"} or words[0].lower().strip(".") in TITLE_WORDS):
        words = words[1:]
    return " ".join(words)


def _sponsors(masked: str, start: int, end: int) -> set[str]:
    """Every sponsor the text between ``start`` and ``end`` names for an ad."""
    found = set()
    for rx in (_BY_SPONSOR, _SPONSOR_ISSUED):
        for m in rx.finditer(masked, start, end):
            found.add(_sponsor_name(m.group("s")))
    return found


def _ad_part(res: "Resolver", part: "Part", sent_idx: int) -> list[str] | None:
    """The capitalised modifiers of "the [X] ad" or [] for "a narrator" near an ad; None when
    the part is neither."""
    words = part.text.split()
    low = [w.lower() for w in words]
    if len(words) == 2 and low[0] in {"a", "an", "the"} and low[1] in AD_VOICES:
        s = res.lay.sentences[max(0, sent_idx - 1)]
        near = res.lay.masked[s.start : part.start]
        return [] if re.search(_AD, near, re.I) else None
    if len(words) < 2 or low[0] not in _DEFINITE or low[-1] not in AD_NOUNS:
        return None
    mods = words[1:-1]
    if any(not w[:1].isupper() and not w.isalpha() for w in mods):
        return None
    return [w for w in mods if w[:1].isupper()]


def ad_sponsor(res: "Resolver", part: "Part", pos: int, sent_idx: int) -> "Entity | str | None":
    """The one sponsor the article names for an ad before this description of it or of its
    narrator, else None."""
    mods = _ad_part(res, part, sent_idx)
    if mods is None:
        return None
    found = _sponsors(res.lay.masked, res.lay.headline_end, part.start)
    name = min(found, key=len) if found else ""
    if not name or any(not n.startswith(name) for n in found):
        return None  # none, or two sponsors ("X Action" is X's own: one sponsor)
    if any(m not in name.split() and m.rstrip("’'s") not in re.split(r"[\s’']", name) for m in mods):
        return None  # "the X ad" when the sponsor named is not X's: another ad
    return speaking_body(name, res.ents.entity_for_name)
