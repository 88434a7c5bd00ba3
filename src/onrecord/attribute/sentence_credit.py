"""A credit set off by commas that speaks for the whole sentence: "…, said the committee.",
"…, says Ann Vale.", "…, according to Ann Vale of the Harbour Trust.", or in the middle,
"…, Vale said, will …". A short fragment in marks anywhere in that sentence is the credited
one's words, but the parse's climb from the marks to a reporting verb does not reach such a
credit: a parenthetical "X said" hangs from the root as a parataxis, a closing "said X" is the
root itself with the clause before it misparsed as its subject, and "according to" is no verb
(issue 11, round 41, lane echo24: three fragments of 150 short scare/term quotations of big2
whose sentence names someone; on big and big2 five such sentences).

Only a credit that closes the sentence (nothing but punctuation after its subject) or a bare
parenthetical ("X said" with no object of its own) is read, after a comma; the subject or the
source must be a name or a definite description (fragment_kind._someone decides)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..lexicon.reporting import WEAK_BASES, report_base
from ..thresholds.attribute import CONFIDENCE as C
from .parse_verbs import parse_cue_text
from .phrase import Surface

if TYPE_CHECKING:
    from .quote_parse import QuoteParse

_SUBJECTS = ("nsubj",)
_BARE_CHILDREN = frozenset({"nsubj", "punct", "advmod", "npadvmod", "aux"})


def sentence_credit(view: "QuoteParse") -> tuple[Any, Surface, Any] | None:
    """(the credit's verb or "according", the credited one's surface, the quotation's highest
    word) when the sentence of the quotation ``view`` reads carries such a credit outside the
    marks; None otherwise."""
    toks, qtoks = view.all_toks, view.qtoks
    if not view.words:
        return None
    inside = {t.i for t in qtoks}
    if _owned_by_a_name(toks, qtoks[0].i):
        return None
    found = _closing_verb(toks, inside, qtoks[-1].i) or _parenthetical(toks, inside) or _according(toks, inside)
    if found is None:
        return None
    cue, source, how = found
    parts = view.parts(source)
    if not parts:
        return None
    return cue, Surface(parts, parse_cue_text(view.doc, cue) if how != "according to X" else "according to",
                        f"parse: the sentence's credit set off by commas ({how})", C.parse_subject), view.top


def _owned_by_a_name(toks: list[Any], first: int) -> bool:
    """A name's possessive right before the marks ("Reg Hale's “…” warning"): the words are
    quoted from their owner, not from the one whose credit closes or brackets the sentence
    ('Hale's “doomsday” warning was wrong, Dunmore said' gave Hale's word to Dunmore; review33,
    round 41's review)."""
    i = first - 1
    while i >= 0 and toks[i].is_quote:
        i -= 1
    return i > 0 and toks[i].tag_ == "POS" and toks[i - 1].pos_ == "PROPN"


def _strong(t: Any) -> bool:
    base = report_base(t.lower_)
    return base is not None and base not in WEAK_BASES and t.pos_ in ("VERB", "AUX")


def _after_comma(toks: list[Any], i: int) -> bool:
    return i > 0 and toks[i - 1].text == ","


def _only_punct_after(toks: list[Any], i: int) -> bool:
    return all(t.is_punct for t in toks[i + 1 :])


def _closing_verb(toks: list[Any], inside: set[int], last_q: int) -> tuple[Any, Any, str] | None:
    """"…, said the committee." / "…, says Ann Vale.": the root, after the marks and a comma,
    its subject right after it or right before it, then only punctuation."""
    root = next((t for t in toks if t.dep_ == "ROOT"), None)
    if root is None or root.i in inside or root.i <= last_q or not _strong(root):
        return None
    subj = [c for c in root.children if c.dep_ in _SUBJECTS and c.i not in inside]
    after = [c for c in subj if c.i > root.i]
    if after and _after_comma(toks, root.i) and _only_punct_after(toks, after[-1].right_edge.i):
        return root, after[-1], "said X"
    before = [c for c in subj if c.i < root.i and c.left_edge.i > last_q]
    if before and _after_comma(toks, before[-1].left_edge.i) and _only_punct_after(toks, root.i):
        return root, before[-1], "X said"
    return None


def _parenthetical(toks: list[Any], inside: set[int]) -> tuple[Any, Any, str] | None:
    """"…, Kang said, will …": a parataxis reporting verb between commas with only its subject."""
    for t in toks:
        if t.dep_ != "parataxis" or t.i in inside or not _strong(t):
            continue
        if any(c.dep_ not in _BARE_CHILDREN for c in t.children):
            continue
        subj = [c for c in t.children if c.dep_ in _SUBJECTS and c.i < t.i]
        if subj and _after_comma(toks, subj[0].left_edge.i) and t.i + 1 < len(toks) and toks[t.i + 1].text == ",":
            return t, subj[0], "parenthetical X said"
    return None


def _according(toks: list[Any], inside: set[int]) -> tuple[Any, Any, str] | None:
    """"…, according to John X of the Y Center.": the phrase closes the sentence."""
    for t in toks:
        if t.lower_ != "according" or t.i in inside or not _after_comma(toks, t.i) or t.i + 1 >= len(toks):
            continue
        to = toks[t.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        # not a definite source ("according to The Chicago Tribune", "the memo"): an outlet or a
        # paper reports events, and "about 40 people chanted “…”, according to The X" gave the
        # crowd's chant to the paper (targeted corpus check)
        if to.lower_ == "to" and objs and objs[0].left_edge.lower_ != "the" \
                and _only_punct_after(toks, objs[0].right_edge.i):
            return t, objs[0], "according to X"
    return None
