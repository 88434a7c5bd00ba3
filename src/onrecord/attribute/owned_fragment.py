"""A short fragment in marks the extraction read as an expression named as one ("the word “…”")
that an owned "use of the word(s)" names is the owner's speech: "Clinton's use of the phrase
“deplorables”", "Asked about Trump's use last week of the words “…”, X said". The extraction's
own-use rule (extract/own_use.py) reads "X used the word “…”" so; the possessive form was left a
term, and the verb above the noun belongs to someone else ("Asked about …, Ryan said"). Issue
11, round 41, lane echo24: in 150 short scare/term quotations whose sentence names someone
(big2), 29 were a named speaker's words, three of them in this shape; the real-news ruling of
fresh9 makes "X used the term “…”" X's speech.

The owner must be a name or a personal pronoun on the noun itself ("his", "Trump's");
``owners.owned_work_owner`` reads it. A pronoun owner makes the words speech with no name (the
corpus checks: the resolver read 2 of 7 owner pronouns wrong). A mention owned by no one ("the
use of the word “…”", "Critics' use of the term") keeps the extraction's kind.

Tried and dropped here: the same for a fragment in the "that"/"to" clause of an owned claim
noun ("Mourinho's allegation that the players had “cheated”"); 17 right and 1 arguable of 18 named corpus
changes, but it broke a never-read split's kind floor by one quotation (docs/attribution-errors.md,
round 41, lane echo24).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..lexicon.kind_cues import WORDING_NOUNS
from ..thresholds.attribute import CONFIDENCE as C
from ..thresholds.subjects import SUBJECTS
from .owners import owned_work_owner
from .phrase import Surface

if TYPE_CHECKING:
    from .layout import Layout
    from .quote_parse import QuoteParse

# the extraction's reason for an expression named as an expression (extract/label_rules.py
# ``_mentioned``): only those fragments are open to the "use of the word" reading
MENTIONED = "mentioned as an expression"
_USE_NOUNS = frozenset({"use"})


def may_own(lay: "Layout", si: int, why: str) -> bool:
    """Whether ``why`` is the extraction's mention reason and the sentence ``si`` holds "use" (the
    parse is spent only then)."""
    return MENTIONED in why and any(t.lower == "use" for t in lay.sentences[si].tokens)


def owner_surface(view: "QuoteParse", why: str) -> Surface | None:
    """The owner of the use of the word that names the quotation ``view`` reads, as a surface
    with no cue, else None."""
    if MENTIONED not in why or not view.words:
        return None
    owner = _use_owner(view.parts, view.top, view.qtoks, view.base)
    how = "parse: owner of the use of the word that names the words"
    if not owner:
        return None
    if owner[0].kind == "pronoun":
        # "his use of the word “…”": speech, but the resolver's reading of owner pronouns was
        # wrong in 2 of 7 corpus changes (a treaty's name for "his", another candidate for "Her";
        # "Nadelmann praised Obama's words, saying his use …" gave Nadelmann): left unnamed
        return Surface([], None, f"{how}: a pronoun owner, left unnamed", C.nobody)
    return Surface(owner, None, how, C.parse_narrating_subject)


def _use_owner(parts_of: Any, top: Any, qtoks: list[Any], base: int) -> Any:
    """"Trump's use last week of the words “…”": from the quotation's highest word ``top`` up
    through the expression noun and "of" to an owned "use" (the parse hangs the words on the
    noun as an apposition or a compound, or the noun on them)."""
    inside = {t.i for t in qtoks}
    # ("Clinton's use of the phrase “…”" was parsed with "phrase" under the quoted word)
    t, seen_noun = top, any(c.lower_ in WORDING_NOUNS and c.i not in inside for c in top.children)
    for _ in range(SUBJECTS.owned_use_reach):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.i in inside:
            continue
        low = t.lower_
        if low in WORDING_NOUNS:
            seen_noun = True
        elif low in _USE_NOUNS and t.pos_ == "NOUN" and seen_noun:
            return owned_work_owner(parts_of, t, base, _USE_NOUNS)
        elif low != "of":
            return None
    return None

