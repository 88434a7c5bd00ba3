"""Words inside the clause of a claim noun a named owner holds are that owner's speech (round 66,
lane kind70).

"X's statement that …", "her pledge to …", "a promise made by X to …": the noun names an act of
saying, the possessive (or "by X") names who said it, and the "that" or "to" clause holds what
was said. A short fragment in marks there is the owner's words, not the writer's scare quote:
the string rules saw no reporting verb and typed it scare. Near misses keep their kind: a
group's claim, a claim with no owner, "to" as a preposition before a noun phrase. Articles
written for this test."""

from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"
P = "Harbour\n\n"

# (case, article, fragment, expected kind: a kind, or "-kind" for anything but it)
CASES = [
    ("possessive name, that", f"{P}Mayor Ada Vale spoke on Monday. Critics seized on Ada Vale's statement "
     f"on Monday that the council {L}cannot wait{R} any longer.", "cannot wait", "speech"),
    ("possessive name, to", f"{P}Hal Doyle ran for the board. Hal Doyle's pledge to {L}clean the docks{R} won "
     f"him the port vote.", "clean the docks", "speech"),
    ("possessive pronoun, to", f"{P}Ann Roe leads the union. Her call to {L}audit the auditors{R} drew "
     f"comparisons with other leaders.", "audit the auditors", "speech"),
    ("made by a name, to", f"{P}Residents recall a promise made by Mayor Ada Vale to {L}fix every road{R} "
     f"before the winter.", "fix every road", "speech"),
    ("possessive name, admission to someone, that", f"{P}An advert replays Hal Doyle's admission to a local paper "
     f"that fares would {L}soar{R} under his plan.", "soar", "speech"),
    # near misses
    ("a group's claim", f"{P}The pier is old. The residents' claim that it is {L}unsafe{R} has not been "
     f"tested.", "unsafe", "-speech"),
    ("no owner", f"{P}The pier is old. A pledge to {L}clean the docks{R} appears in every manifesto.",
     "clean the docks", "-speech"),
    ("to before a noun phrase", f"{P}Hal Doyle answered at once. His reply to the {L}experts{R} was short.",
     "experts", "-speech"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_owned_claim_clause(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
