"""A short fragment in marks the extraction typed scare or term that the parse shows is words a
named owner used: the quotation sits in the "that"/"to" clause of an owned claim noun
("Mourinho's allegation that the players had “cheated”", "Trump's promise to take the
“handcuffs” off"), or is the expression of an owned "use of the word(s)" ("Clinton's use of
the phrase “deplorables”", "his use of the word “important”"). Issue 11, round 41, lane
echo24: in 150 short scare/term quotations whose sentence names someone (big2), 29 were a
named speaker's words, eight of them owned by a possessive in one of these two shapes; on big
and big2 together nine such fragments. The real-news rulings make both the owner's speech
("X used the term “…”" is X's speech, fresh9; a writer's echo of a named speaker's words is
the speaker's, fresh5).

The owner must be a name or a personal pronoun on the noun itself ("his", "Trump's");
``owners.owned_work_owner`` reads it. A pronoun owner makes the words speech with no name (the
corpus check: the resolver read 2 of 7 such pronouns wrong). A mention owned by no one ("the use of the word “…”",
"Critics' use of the term") or a claim with no owner keeps the extraction's kind."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..lexicon.reporting import CLAIM_NOUNS
from ..thresholds.attribute import CONFIDENCE as C
from .owners import claim_clause_owner, owned_work_owner
from .parse_subject import np_parts
from .phrase import Surface

if TYPE_CHECKING:
    from .layout import Layout, Sentence

# the extraction's reason for an expression named as an expression (extract/label_rules.py
# ``_mentioned``): only those fragments are open to the "use of the word" reading
MENTIONED = "mentioned as an expression"
# nouns that name the expression after "use of the …" ("use of the phrase “…”")
_EXPRESSION_NOUNS = frozenset("word words phrase phrases term terms expression expressions label".split())
_USE_NOUNS = frozenset({"use"})
# steps from the quotation's highest word up to "use": words/phrase (appos or compound), "of", "use"
_USE_REACH = 4


def may_own(lay: "Layout", si: int, why: str) -> bool:
    """Whether the sentence ``si`` holds a word these readings start from: a claim noun (for a
    fragment credited to nobody) or "use" (for an expression mentioned as one); the parse is
    spent only then."""
    words = {t.lower for t in lay.sentences[si].tokens}
    if MENTIONED in why:
        return "use" in words
    return not words.isdisjoint(CLAIM_NOUNS)


def owner_surface(lay: "Layout", sent: "Sentence", qi: int, doc: Any, why: str) -> Surface | None:
    """The owner of the claim or of the use of the word that holds ``lay.quotes[qi]``, as a
    surface with no cue, else None."""
    q = lay.quotes[qi]
    base = sent.start
    toks = list(doc)
    qtoks = [t for t in toks if q.start <= base + t.idx < q.end]
    words = [t for t in qtoks if not t.is_punct]
    if not words:
        return None

    def parts_of(tok: Any) -> Any:
        return np_parts(lay, doc, tok, base)

    if MENTIONED in why:
        owner = _use_owner(parts_of, words, qtoks, base)
        how = "parse: owner of the use of the word that names the words"
    else:
        owner = claim_clause_owner(parts_of, toks, qtoks, base)
        how = "parse: owner of the claim whose clause holds the words"
    if not owner:
        return None
    if owner[0].kind == "pronoun":
        # "his use of the word “…”", "Her promise to “…”": speech, but the resolver's reading
        # of the owner pronoun was wrong in 2 of 7 corpus changes (a treaty's name for "his",
        # another candidate for "Her"; "Nadelmann praised Obama's words, saying his use …" gave
        # Nadelmann): left unnamed
        return Surface([], None, f"{how}: a pronoun owner, left unnamed", C.nobody)
    return Surface(owner, None, how, C.parse_narrating_subject)


def _use_owner(parts_of: Any, words: list[Any], qtoks: list[Any], base: int) -> Any:
    """"Trump's use last week of the words “…”": from the quotation's highest word up through
    the expression noun and "of" to an owned "use" (the parse hangs the words on the noun as an
    apposition or a compound, or the noun on them)."""
    inside = {t.i for t in qtoks}
    top = min(words, key=lambda t: len(list(t.ancestors)))
    # ("Clinton's use of the phrase “…”" was parsed with "phrase" under the quoted word)
    t, seen_noun = top, any(c.lower_ in _EXPRESSION_NOUNS and c.i not in inside for c in top.children)
    for _ in range(_USE_REACH):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.i in inside:
            continue
        low = t.lower_
        if low in _EXPRESSION_NOUNS:
            seen_noun = True
        elif low in _USE_NOUNS and t.pos_ == "NOUN" and seen_noun:
            return owned_work_owner(parts_of, t, base, _USE_NOUNS)
        elif low != "of":
            return None
    return None

