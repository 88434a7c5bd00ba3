"""A phrase in marks modifying a noun for wording that has an owner ("Kell's “…” remark",
"her “…” comment", "Trump's “…” mantra") is the owner's speech (GUIDELINES K8: a possessive
words-noun credits the words to the possessor; K7: "his “…” mantra" is the owner's slogan).
The extraction reads every phrase modifying such a noun as the wording talked about, a term
(extract/label_rules ``_wording_modified``), which stays right where the noun has no owner ("the
“…” slogan was painted on every crane", "The “…” reference echoed an old toast").

The owner is the parse's possessive on the noun right after the marks, read as
owners.owned_work_owner reads an owned work's: a name gives the speaker; a personal pronoun
makes the words speech with no name, as owned_fragment.py does for "his use of the word “…”"
(the resolver's reading of owner pronouns was wrong in 2 of 7 corpus changes there), and so
does a nickname after a lower-case "the" ("the Gipper's “…” mantra", draw C). With no owner, a
named speaker's earlier quotation holding the words makes them an echo of his (``echoed_wording``).

Round 78, lane kind88 (docs/attribution-errors.md; eval/real/audit/kind88-aud-judged.tsv): on
the tuning sets 5 gold speech typed term by the wording-noun reason, 2 changed, both right (a
columnist's "“…” comment" by its owner, a "“…” reference" by its echo; "his “…” mantra" is not
reached: the parse does not hang "his" on the noun); on draw C 6 changed, every kind right, 3
speakers right and 3 left null (pronoun and epithet owners).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..extract.label_rules import WORDING_MODIFIED
from ..lexicon.kind_cues import MODIFIED_WORDING_NOUNS
from ..thresholds.attribute import CONFIDENCE as C
from .labels import norm_words, retype_speech, take_speaker
from .owners import owned_work_owner
from .phrase import Surface

if TYPE_CHECKING:
    from ..model import Quote
    from .layout import Layout
    from .quote_parse import QuoteParse

_HOW = "parse: owner of the wording noun the words modify"
# the reason an echoed wording takes (``echoed_wording``)
ECHOED_WORDING = "a wording noun's words, said earlier by a named speaker"
# the possessive pronouns, and the endings of a possessive word, the sentence must hold before
# the parse is spent on it (the layout's tokens keep "Kell's" one word)
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
_POSSESSIVE_ENDS = ("'s", "\u2019s", "s'", "s\u2019")


def may_own_wording(lay: "Layout", si: int, why: str) -> bool:
    """Whether ``why`` is the extraction's wording-noun reason and the sentence ``si`` holds a
    possessive (the parse is spent only then)."""
    return WORDING_MODIFIED in why and any(t.lower in _POSSESSIVE_PRONOUNS or t.lower.endswith(_POSSESSIVE_ENDS)
                                           for t in lay.sentences[si].tokens)


def _noun_after(view: "QuoteParse") -> Any | None:
    """The first word after the quotation's tokens, when it is a wording noun."""
    if not view.qtoks:
        return None
    nxt = next((t for t in view.all_toks[view.qtoks[-1].i + 1:] if not t.is_punct), None)
    return nxt if nxt is not None and nxt.lower_ in MODIFIED_WORDING_NOUNS else None


def _epithet(noun: Any) -> bool:
    """The noun's possessive owner is one proper noun after a lower-case "the" ("the Gipper's")."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    return poss is not None and any(c.dep_ == "det" and c.text == "the" for c in poss.children) \
        and not any(c.dep_ == "compound" for c in poss.children)


def wording_owner_surface(view: "QuoteParse") -> Surface | None:
    """The owner of the wording noun the quotation of ``view`` modifies, as a surface with no
    cue, else None."""
    noun = _noun_after(view)
    owner = owned_work_owner(view.parts, noun, view.base, MODIFIED_WORDING_NOUNS) if noun is not None else None
    if not owner:
        return None
    if owner[0].kind == "pronoun":
        return Surface([], None, f"{_HOW}: a pronoun owner, left unnamed", C.nobody)
    if _epithet(noun):
        # "the Gipper's “…” mantra": a nickname after a lower-case "the" is no name the
        # resolver can read (draw C gave "Gipper" for Ronald Reagan): speech, left unnamed
        return Surface([], None, f"{_HOW}: an epithet owner ('the …'), left unnamed", C.nobody)
    return Surface(owner, None, _HOW, C.parse_narrating_subject)


def _said_before(lay: "Layout", q: "Quote") -> "Quote | None":
    """The first speech quotation before ``q`` with a named speaker whose words hold ``q``'s as
    whole words, else None. The first: an echo is the original speaker's (K5), and a critic
    quoted later repeats the words ("… warning that Israel risks becoming “an … state” …; a
    lobby said “any suggestion that Israel is … an … state …”. The “…” reference in those
    remarks" is the minister's: draw C, where the last holder gave the lobby)."""
    key = norm_words(q.text)
    if not key:
        return None
    holds = re.compile(r"(?:^| )" + re.escape(key) + r"(?: |$)")
    for o in lay.quotes:
        if o.start >= q.start:
            return None
        if o.kind == "speech" and o.speaker and not o.nested and holds.search(norm_words(o.text)):
            return o
    return None


def echoed_wording(lay: "Layout") -> None:
    """"“… the shooting starts,” Kell wrote. … The “shooting” reference echoed …": a phrase the
    extraction typed a term for modifying a wording noun with no owner, whose words a named
    speaker's quotation before it holds, is an echo of that speaker's words, his speech
    (GUIDELINES K5: even framed as "the word" or "the phrase"). Run after the attribution, as
    echoes.echoed_fragments is: the earlier quotation's speaker is known then."""
    for q in lay.quotes:
        if q.kind != "term" or q.nested or not q.kind_evidence or not q.kind_evidence[0].startswith(WORDING_MODIFIED):
            continue
        o = _said_before(lay, q)
        if o is not None:
            retype_speech(q, ECHOED_WORDING)
            take_speaker(q, o, ECHOED_WORDING)
