"""Outlet hints: where the article says the words appeared ("in his Washington Post column",
"told the BBC", "in an interview with Reuters", "on Fox News", "wrote in The Guardian").

The hint lets verification prefer a source whose ``Outlet`` header matches. The risk is taking a
person for an outlet ("told Anna Berg", "in an interview with the minister"), so after verbs
that also take people ("told", "speaking to", "interview with") the name must look like an
outlet: "the" + a capitalised name, an acronym (BBC, CNN), a name holding a media word
(Gazette, Post, Radio, News...) or a well-known agency. After "column", "op-ed" or "wrote in"
any capitalised name counts, since people do not host columns.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..lexicon.outlets import KNOWN, MEDIA_WORDS, NOT_OUTLETS, PLATFORMS
from ..text.find import Need, gated, holds_need


@dataclass(frozen=True)
class OutletHint:
    """An outlet named in the text: ``outlet`` as written (leading "the" dropped), the whole
    phrase with offsets, and the rule that matched."""

    outlet: str
    text: str
    start: int
    end: int
    rule: str


# A capitalised name of up to six words, with "of", "and", "&", "de", "der", "du", "la", "le"
# allowed inside ("The Voice of the Harbour"), possessive "'s" stripped afterwards.
_WORD = r"[A-Z][\w&.’'-]*"
NAME = (r"(?P<name>(?:[Tt]he\s+)?" + _WORD
        + r"(?:\s+(?:(?:of|and|&|de|der|du|la|le|des|del)\s+(?:the\s+)?)?" + _WORD + r"){0,5})")
PRON = r"(?:his|her|their|its|my|our|a|an|the|one|weekly|regular|monthly|latest|recent|own)"

# (rule, name must look like an outlet, pattern). Each pattern behind a lookahead for the
# letters its match can begin with (text/find.gated): a body opening with \b leaves the engine
# no letter to scan for; on the 500 BBC articles of bench_attribute.py the five scans took 0.14 s
# of CPU against 0.10 s gated.
_RULES: tuple[tuple[str, bool, re.Pattern[str]], ...] = (
    ("column_of", False, gated("[Ii]",
        r"\b[Ii]n\s+(?:" + PRON + r"\s+){1,3}" + NAME
        + r"\s+(?:column|op-ed|opinion\s+piece|editorial|essay|newsletter|blog|podcast|show|programme|program|interview|broadcast|article|piece|commentary|essay|post|appearance)\b")),
    ("column_for", False, gated("[Iiahlmortw]",
        r"\b(?:[Ii]n\s+)?(?:" + PRON + r"\s+){1,3}(?:\w+\s+)?(?:column|op-ed|opinion\s+piece|editorial|essay|newsletter|article|piece|commentary|letter|op-ed\s+piece)\s+(?:for|in|on|to|with)\s+" + NAME)),
    ("wrote_in", False, gated("[acdinpsw]",
        r"\b(?:wrote|writes|writing|written|published|argued|said|noted|declared|claimed|insisted|warned)\s+(?:\w+\s+)?in\s+" + NAME)),
    ("told", True, gated("[Iiaqst]",
        r"\b(?:told|tells|telling|said\s+to|speaking\s+to|spoke\s+to|speaks\s+to|talking\s+to|talked\s+to|[Ii]n\s+an?\s+(?:\w+\s+)?interview\s+with|[Ii]n\s+an?\s+(?:\w+\s+)?statement\s+to|[Ii]n\s+(?:remarks|comments)\s+to|interviewed\s+by|quoted\s+by|according\s+to)\s+" + NAME)),
    ("on_air", True, gated("[aiopstw]",
        r"\b(?:on|appearing\s+on|speaking\s+on|said\s+on|told\s+viewers\s+on|interview\s+on|posted\s+on|wrote\s+on|a\s+post\s+on|in\s+a\s+post\s+on)\s+" + NAME)),
)


# Words the two column rules cannot match without (plain substrings, a superset of the words
# their patterns name): a paragraph holding none skips the rule. Most paragraphs of news hold
# none, and the two were the dearest of the five scans (0.07 of the 0.14 s above).
_NEEDS: Mapping[str, Need] = MappingProxyType({
    "column_of": ("column", "op-ed", "opinion", "editorial", "essay", "newsletter", "blog", "podcast", "show",
                  "program", "interview", "broadcast", "article", "piece", "commentary", "post", "appearance"),
    "column_for": ("column", "op-ed", "opinion", "editorial", "essay", "newsletter", "article", "piece",
                   "commentary", "letter"),
})


def _clean(name: str) -> str:
    name = re.sub(r"[’']s$", "", name.strip())
    name = re.sub(r"^the\s+", "", name)  # "told the BBC" -> BBC; "The Guardian" keeps its "The"
    return name.rstrip(".,;:")


def looks_like_outlet(name: str, had_article: bool) -> bool:
    """True for "BBC", "Reuters", "the Harbour Gazette", "Fox News"; false for "Anna Berg"."""
    words = name.split()
    if not words or words[0] in NOT_OUTLETS:
        return False
    if words[0] == "The":
        words = words[1:]
        name = " ".join(words)
        if not words:
            return False
    if name in KNOWN or words[0] in KNOWN or name in PLATFORMS:
        return True
    if any(w.strip(".,") in MEDIA_WORDS for w in words):
        return True
    if len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", words[0]):
        return True  # acronyms: BBC, CNN, NRK
    # "the Harbour Gazette" is caught by MEDIA_WORDS; "the Sentinel-Voice" by the article alone
    # would also catch "the Ministry", so an article is not enough on its own.
    return False


def find_outlets(text: str) -> list[OutletHint]:
    """Every outlet hint in ``text``, left to right; overlapping matches keep the first rule."""
    hits: list[OutletHint] = []
    for rule, strict, pattern in _RULES:
        if rule in _NEEDS and not holds_need(text, _NEEDS[rule]):
            continue
        for m in pattern.finditer(text):
            raw = m.group("name")
            # stop the name at a word that starts a new clause ("told the BBC That ...")
            name = _clean(raw)
            if not name or name.split()[0] in NOT_OUTLETS:
                continue
            if rule == "on_air" and name not in PLATFORMS and not looks_like_outlet(name, False):
                continue
            if strict and not looks_like_outlet(name, raw.lower().startswith("the ")):
                continue
            if not strict and not looks_like_outlet(name, True):
                # a column/op-ed/"wrote in" names its outlet by construction, but "in his
                # Tuesday column" or "wrote in December" name no outlet
                if not re.match(r"[A-Z]", name) or name.split()[0] in NOT_OUTLETS:
                    continue
                if rule == "wrote_in" and len(name.split()) == 1 and not raw.lower().startswith("the "):
                    continue  # "wrote in Paris": a place, not an outlet
            s, e = m.span()
            if any(s < h.end and h.start < e for h in hits):
                continue
            hits.append(OutletHint(name, text[s:e], s, e, rule))
    hits.sort(key=lambda h: h.start)
    return hits
