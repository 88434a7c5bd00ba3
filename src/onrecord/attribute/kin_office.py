"""A person the article shows as someone's relative ("first lady Ann X", "Nora X, his wife") is
not the office a same-surname relative holds. "President X" beside the article's only full
form "first lady Ann X" joined her cluster, so "the president said" went to her; with no one
titled, "the president" looked back to her as the person in focus (round 59, lane office60:
the lead's blind audit had the president's words given to the first lady three times in one
article). Only a relative's role counts, and only when no role of theirs holds the office:
"Governor Nora X, the daughter of a banker" is the governor."""

from __future__ import annotations

from typing import Any

from ..lexicon.titles import CHECKED_OFFICE_HEADS, KIN_ROLE_PHRASES, KIN_ROLE_WORDS, OFFICE_FAMILIES


def office_kin(word: str) -> frozenset[str]:
    """The forms of the office ``word`` names ("sen" -> senator's family), or just the word."""
    return next((f for f in OFFICE_FAMILIES if word in f), frozenset({word}))


def kin_role(role: str) -> bool:
    """A role that shows a relative: "first lady", "his wife", "the senator's daughter". A
    "lady" alone is a first lady: the name finder keeps only "Lady" of "First Lady Ann X" (on
    r300 and the scan, every such role beside a titled surname was a first lady's)."""
    low = role.lower().replace("’", "'")
    return any(p in low for p in KIN_ROLE_PHRASES) or low.split()[-1:] == ["lady"] \
        or any(w.strip(".,") in KIN_ROLE_WORDS for w in low.split())


def relative_not_holder(title: str, person: Any) -> bool:
    """True when the office ``title`` ("President", "Gov.") is one checked for its holder and
    ``person`` is shown as a relative and holds it in no role."""
    head = title.lower().strip(".")
    kin = office_kin(head)
    if head not in CHECKED_OFFICE_HEADS and kin == {head}:
        return False
    roles = [r.lower().replace(".", "").split() for _, r in person.roles + person.shown_roles]
    if any(kin & set(r) for r in roles):
        return False
    return any(kin_role(" ".join(r)) for r in roles)
