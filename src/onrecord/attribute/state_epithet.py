"""Whether a state-and-party epithet ("the Ohio Republican", "the Maryland Democrat") was
introduced as someone unnamed before it: only an indefinite of the same state and party ("an
Ohio Republican told …", "a Republican from Ohio said"), never any indefinite party member.

Round 78, lane desc88. The definite-office path (description_parts._unresolved_role) and the
role match (indefinite.unnamed_antecedent) refuse a definite description whose head an
indefinite named before, so that "a senior adviser said …. “…,” the adviser said" stays the
unnamed adviser. For a party word that test read any "a … Republican" or "his … Republicans"
in the last 1,500 characters: "Sen. X, a South Carolina Republican who …", "a House Republican
bill", "a weekly lunch for Republican senators", "his fellow Republicans", so "Speaker Y once
again insisted …. “…,” the Ohio Republican said" was left null though Y is the subject just
before (draw C: the three such epithets main left unresolved, and two more refused by the role
match). The state narrows the epithet to one member; an indefinite of another state, or of no
state, introduces no unnamed holder of it. Labels still overrule a focus labelled otherwise
(party_labels.labelled_holder, which the caller asks next).

When that leaves no one (the focus is labelled with another state and no one with this one, or
the focus is a misread non-person), ``subject_before`` takes the one person subject of the
sentence before, unless the labels tie that person elsewhere: "Sen. X (R-Texas) said …. And
outspoken Rep. Y, who …, also backed …. “…,” the Kansas Republican said" (draw C: 3 such, all
the subject before).
"""

from __future__ import annotations

import re

from typing import Any

from .party_labels import epithet_party_state, labels

# the words that name each party in running text ("an Ohio GOP lawmaker", "a Democratic
# senator from Ohio")
_PARTY_WORDS = {"republican": r"(?:Republican|GOP)", "democrat": r"(?:Democrat|Democratic)",
                "independent": r"(?:Independent)"}
# no capitalised name apposed right after the indefinite: "an Ohio Republican, Ann X," is named
_NOT_NAMED = r"\b(?![,\s]+(?-i:[A-Z]))"


def state_epithet_introduced(masked: str, text: str, pos: int, window: int) -> bool | None:
    """None when ``text`` is no definite "<state> <party member>" epithet (the caller's own
    test applies); else whether the ``window`` characters before ``pos`` introduce an unnamed
    member of that party from that state ("an Ohio Republican", "one Ohio GOP donor", "a
    Republican from Ohio")."""
    ps = epithet_party_state(text) if text.lower().startswith("the ") else None
    if ps is None:
        return None
    state, party = ps
    st = r"\s+".join(re.escape(w) for w in state.split())
    pw = _PARTY_WORDS[party]
    before = masked[max(0, pos - window):pos]
    shapes = (
        # "an Ohio Republican told …", "one veteran Ohio GOP strategist"
        r"\b(?:a|an|one|another)\s+(?:[\w’'-]+\s+){0,2}?" + st + r"\s+" + pw + r"(?:\s+[a-z][\w-]*)?" + _NOT_NAMED,
        # "a Republican from Ohio", "a Democratic lawmaker from Ohio"
        r"\b(?:a|an|one|another)\s+(?:[\w’'-]+\s+){0,2}?" + pw + r"(?:\s+[a-z][\w-]*)?\s+(?:from|of)\s+" + st + _NOT_NAMED,
    )
    return any(re.search(s, before, re.I) is not None for s in shapes)


def subject_before(res: Any, part: Any, sent_idx: int, window: int) -> Any | None:
    """The one person subject of the sentence before a state-and-party epithet the focus
    reading left with no one ("Rep. Ann X, who …, also backed …. “…,” the Kansas Republican
    said" when a senator of another state was in focus), unless the article labels that person
    with another state or party, or the ``window`` characters before introduce an unnamed
    member of that state and party; else None."""
    ps = epithet_party_state(part.text) if part.text.lower().startswith("the ") else None
    if ps is None or state_epithet_introduced(res.lay.masked, part.text, part.start, window):
        return None  # "an Ohio Republican said …. … the Ohio Republican said": the unnamed one
    subj = res.subj.get(sent_idx - 1) or []
    if len(subj) != 1 or subj[0].kind != "person" or subj[0].modifier:
        return None
    own = {(st, pt) for n, st, pt in labels(res.lay.text, part.start) if res.ents.entity_for_name(n) is subj[0]}
    return subj[0] if not own or ps in own else None
