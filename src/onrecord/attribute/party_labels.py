"""Who the article labels with a party and a state: the holder of "the New York Democrat".

Round 40, lane party23. A definite epithet "the <state> <party member>" resolves to the person
in focus (name_shape.definite_epithet, resolve._definite_epithet). When the article itself labels
that focus with another party or state, the epithet is not the focus's: it is the one person
labelled with exactly that party and state before it ("Sen. Ann X (D-N.Y.)", "Rep. Bo Y,
R-Ohio", "New York Democrat Ann X", "Ann X, a Democrat from New York"), and no one when none or
several are. Labels written after the epithet are not read: a later "(R-Ohio)" named another
member of the delegation, not the speaker (big). An unlabelled focus keeps the epithet: two
senators of one state, one labelled, the other in focus, is the commonest shape (corpus check).
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Any, Callable

from ..lexicon.places import STATE_BY_ABBREVIATION
from ..lexicon.titles import TITLE_SYNONYMS
from ..text.find import alternation

STATES = frozenset(STATE_BY_ABBREVIATION.values())
# the party a label's letter or word names
_PARTY = MappingProxyType({"d": "democrat", "r": "republican", "i": "independent", "democrat": "democrat",
          "democratic": "democrat", "republican": "republican", "gop": "republican",
          "independent": "independent"})

_STATE_RE = alternation(STATES, escape=True)
_ABBR_RE = alternation(STATE_BY_ABBREVIATION, escape=True)
# a name never runs across a line break: a photo credit line "APP" glued to "Rep. Ann X, R-La."
# made the label's name "APP Rep. Ann X", which the entity lookup read as another X (round 78,
# lane desc88, draw C)
_NAME = r"([A-Z][\w’'.-]+(?:[^\S\n]+[A-Z][\w’'.-]+){1,3})"
_PARTY_WORD = r"(Democrat|Democratic|Republican|GOP|Independent)"
_STATE = r"((?i:" + _STATE_RE + r"))"
_LABELS = (
    # "Ann X (D-N.Y.)", "Bo Y, R-Ohio,", "Ann X (D., N.Y.)", "(R-KY)"
    re.compile(_NAME + r"\s*(?:\(|,\s*)([DRI])\.?\s*[-–,]\s*((?i:" + _STATE_RE + "|" + _ABBR_RE
               + r"))\.?\s*[),.]"),
    # "New York Democrat Ann X", "Ohio Republican Sen. Bo Y"
    re.compile(r"\b" + _STATE + r"\s+" + _PARTY_WORD
               + r"\s+(?:(?:Sen|Rep|Gov)\.\s+|(?:Senator|Representative|Congressman|Congresswoman)\s+)?"
               + _NAME),
    # "Ann X, a New York Democrat", "Rep. Bo Y, Ohio Republican,"
    re.compile(_NAME + r",\s+(?:an?\s+|the\s+)?" + _STATE + r"\s+" + _PARTY_WORD + r"\b"),
    # "Ann X, a Democrat from New York"
    re.compile(_NAME + r",\s+an?\s+" + _PARTY_WORD + r"\s+(?:from|of)\s+" + _STATE + r"\b"),
)
# a legislator's noun that may follow the party word ("the Ohio Democratic congresswoman"): the
# lexicon's words for a lawmaker (review32)
_MEMBER_NOUNS = frozenset(TITLE_SYNONYMS["lawmaker"]) | {"lawmaker"}
# a party-state label as written after a member's name ("R-Ga.", "D-N.Y.", "I-Vt."): read whole
# by he_she_guard (a cluster that is only such a label is no person) and at an aside's start by
# aside_credit ("X, R-Ga., said")
PARTY_STATE_RE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")
_TITLES = re.compile(r"^(?:(?:Sen|Rep|Gov|Sens|Reps|Mr|Mrs|Ms|Dr)\.\s+)+")


def epithet_party_state(epithet: str) -> tuple[str, str] | None:
    """("new york", "democrat") for "the New York Democrat" (lower-case words after "the" are
    kept out: "the veteran Ohio Republican"); None when the words before the party member are
    not one state ("the House Republican", "the Miami-based Republican"), and when a lower-case
    word other than a legislator's noun follows the party word: "the Ohio Democratic chairman"
    is the state party's officer, not the member the article labels D-Ohio (review32's near
    miss: the labelled congresswoman took the chairman's words)."""
    words = epithet.split()[1:]
    if len(words) > 1 and words[-1].lower() in _MEMBER_NOUNS:
        words = words[:-1]  # "the Texas Republican senator"
    if not words or not words[-1][:1].isupper():
        return None  # "the Ohio Democratic chairman", "the Texas Republican delegation"
    words = [w for w in words if w[:1].isupper()]
    if len(words) < 2 or words[-1].lower() not in _PARTY:
        return None
    state = " ".join(words[:-1]).lower()
    return (state, _PARTY[words[-1].lower()]) if state in STATES else None


def _label(m: re.Match[str], which: int) -> tuple[str, str, str]:
    """(name, state, party) of one label match."""
    if which == 0:
        name, party, state = m.group(1), m.group(2), m.group(3)
        state = STATE_BY_ABBREVIATION.get(state.lower().rstrip("."), state.lower())
    elif which == 1:
        state, party, name = m.group(1), m.group(2), m.group(3)
    elif which == 2:
        name, state, party = m.group(1), m.group(2), m.group(3)
    else:
        name, party, state = m.group(1), m.group(2), m.group(3)
    return _TITLES.sub("", name).rstrip("."), state.lower(), _PARTY[party.lower()]


def labels(text: str, end: int) -> list[tuple[str, str, str]]:
    """Every (name, state, party) label the text before ``end`` writes, in pattern order."""
    found: list[tuple[str, str, str]] = []
    for which, pattern in enumerate(_LABELS):
        for m in pattern.finditer(text, 0, end):
            lab = _label(m, which)
            if lab not in found:
                found.append(lab)
    return found


def labelled_names(text: str, end: int, state: str, party: str) -> list[str]:
    """The names the text before ``end`` labels with ``party`` and ``state``, in order."""
    return [n for n, st, pt in labels(text, end) if (st, pt) == (state, party)]


def labelled_holder(text: str, part: Any, entity_for_name: Callable[[str], Any], focus: Any) -> tuple[Any, str] | None:
    """(entity or None, reason) when the article's labels overrule the person in focus for a
    definite "<state> <party member>" epithet, else None (the caller keeps the focus). Only a
    focus the article itself labels with another party or state is overruled: then the one
    person labelled with the epithet's, or no one when none or several are. An unlabelled
    focus stays: "Sen. Rand Paul (R-Ky.) said …. Senate Majority Leader Mitch McConnell said
    …. The Kentucky Republican said" is McConnell, whom the article never labels (targeted
    corpus check: the first version, the labelled one over any focus, made 3 such wrong)."""
    ps = epithet_party_state(part.text) if part.text.lower().startswith("the ") else None
    if ps is None or focus is None:
        return None
    found = [(entity_for_name(n), (st, pt)) for n, st, pt in labels(text, part.start)]
    own = {lab for e, lab in found if e is focus}
    if not own or ps in own:
        return None  # the focus unlabelled, or labelled so: the focus, as before
    people: list[Any] = []
    for e, lab in found:
        if lab == ps and e is not None and e not in people:
            people.append(e)
    if len(people) == 1:
        people[0].spoke = True
        return people[0], f"epithet '{part.text}' -> the one person labelled so (not {focus.canonical}), {people[0].canonical}"
    return None, f"epithet '{part.text}': {focus.canonical} in focus is labelled otherwise; {len(people)} labelled so"
