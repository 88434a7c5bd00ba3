"""A short fragment in marks that the extraction left uncredited, sitting in the "that" or "to"
clause of a claim noun with an owner, is the owner's speech: "the mayor's claim that the
budget was “rock solid”", "Her promise to “fix it fast”", "the senator's admission that
costs would “balloon”". No reporting verb stands over the marks, so the extraction typed them
scare or term; the owner on the noun is who said them.

Issue 11, round 50, lane speechscare50: of 100 short scare/term quotations drawn from big2, big
and 300 random unread AllSides articles, 8 were plain speech and two of them were in this shape
("Mr. Podesta's claim that he had … his “adult children”", "his call for “…” solutions"); the
tuning splits hold two more ("Obama's … admission … that electricity rates would “…”", "His
concern -- that …"). Round 41's lane echo24 built this reading (right in 17 of 18 named corpus
changes) and dropped it because it moved one quotation of a never-read split below that split's
kind floor by one; the floor is no longer at its edge, and the reading is measured again here
(docs/attribution-errors.md, round 50, lane speechscare50).

The owner is read by ``owners.claim_clause_owner``: a possessive name on the noun. A pronoun
owner ("his claim that", "its belief that", "her pledge to") is not read: the resolver read owner
pronouns wrongly in 2 of 7 of echo24's corpus changes, so such words could only be speech with
no name — no name for the reader (the issue's measure), and in this lane's targeted check 3 of the
11 pronoun-owner changes were arguable (a manifesto's "its argument", a firm's "its belief", "her
pledge to tackle “systemic racism”"); and the first version, reading them, moved one quotation of
a never-read split (fresh11, counts only) to a wrong kind, as echo24's did. A capitalised single
word in marks stays as the extraction typed it ("his promise to repeal “Obamacare”" names a law:
echo24's one wrong change).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..extract.fragment_rules import A_NAME_IN_A_SENTENCE
from ..lexicon.reporting import CLAIM_NOUNS
from ..thresholds.attribute import CONFIDENCE as C
from .owners import claim_clause_owner
from .phrase import Surface

if TYPE_CHECKING:
    from .layout import Layout
    from .quote_parse import QuoteParse

HOW = "parse: owner of the claim whose clause holds the words"


def may_claim(lay: "Layout", si: int, why: str) -> bool:
    """Whether the sentence ``si`` holds a claim noun (the parse is spent only then) and the
    extraction's reason ``why`` is not a name in marks."""
    return A_NAME_IN_A_SENTENCE not in why and any(t.lower in CLAIM_NOUNS for t in lay.sentences[si].tokens)


def claim_owner_surface(view: "QuoteParse", why: str) -> Surface | None:
    """The named owner of the claim whose "that"/"to" clause holds the quotation ``view`` reads,
    as a surface with no cue, else None."""
    if A_NAME_IN_A_SENTENCE in why or not view.qtoks:
        return None
    owner = claim_clause_owner(view.parts, view.all_toks, view.qtoks, view.base)
    if not owner:
        return None
    if owner[0].kind == "pronoun":
        return None  # (see the module's note: a pronoun owner is left to the other rules)
    return Surface(owner, None, HOW, C.parse_narrating_subject)
