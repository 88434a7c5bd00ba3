"""Words credited to a name inside the sentence, not to its subject (issue 11, round 17, lane
warning): "Despite a warning from Secretary Y that “…”, Coburn found …" ("comments made by
Justice Z suggesting “…”" is not covered: see agent_owner). The owner of a warning, comment or statement
"from" or "(made) by" a name speaks; the clause subject only found or released the words (the
fresh tuning splits: the largest wrong-name group left, the subject named instead)."""

from __future__ import annotations

from typing import Any

from ..lexicon.reporting import CLAIM_NOUNS
from .phrase import Part

# prepositions that give the source of words: "a warning from X", "a statement by X"
_SOURCE_PREPS = frozenset({"from", "by"})


def agent_owner(parts_of: Any, toks: list[Any], out_ids: set[int], qtoks: list[Any]) -> tuple[Any, list[Part]] | None:
    """The claim noun before the quotation whose "from" / "by" / "made by" object is a name
    and whose "that" clause, opening right after the name, reaches the quotation with no verb
    between: (noun, the name's parts); None otherwise. Only this narrow form: letting the noun's
    parse subtree decide cost a held-out item and named the wrong speaker on the unannotated
    corpus ("comments by Secretary X that … “show …”", the comments the subject of "show")."""
    if not qtoks:
        return None
    first = qtoks[0]
    for t in toks:
        if t.i >= first.i or t.i not in out_ids or t.lower_ not in CLAIM_NOUNS:
            continue
        if t.dep_ == "pobj" and t.head.lower_ == "in":
            continue  # "X said in a statement shared by Y that “…”": the statement is X's vehicle
        src = _source_name(t)
        if src is None or src.i >= first.i:
            continue
        if not _that_reaches(toks, src, first):
            continue
        parts = parts_of(src)
        if parts and all(p.kind == "name" for p in parts):
            return t, parts
    return None


def _source_name(noun: Any) -> Any | None:
    """The proper-noun object of "from"/"by" on the noun, or of "by" on a participle that
    modifies it ("comments made by X")."""
    heads = [noun] + [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    for h in heads:
        for p in h.children:
            if p.lower_ in _SOURCE_PREPS and p.dep_ in {"prep", "agent"}:
                obj = next((c for c in p.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ == "PROPN":
                    return obj
    return None


def _that_reaches(toks: list[Any], src: Any, first: Any) -> bool:
    """"a warning from Secretary Y that under the cuts, “…”": the parse hangs the "that"
    clause on the main verb, but "that" right after the source name, with no verb before the
    quotation, opens the clause of the warning that holds the words."""
    if src.i + 1 >= first.i or toks[src.i + 1].lower_ != "that":
        return False
    return not any(u.pos_ in {"VERB", "AUX"} for u in toks[src.i + 2 : first.i])
