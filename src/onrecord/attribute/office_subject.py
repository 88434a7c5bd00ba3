"""The untyped full name just before a definite office: who "the president" is when the focus
search finds no person.

Round 78, lane desc88. The office path (description_parts._unresolved_role) gives a definite
office ("the president", "the committee chair") to the person in focus, and the focus search
takes only entities typed as persons. A name written in full as the subject of the sentence
before, with a gender or a turn of its own but typed neither person nor body (one mention
carried a place hint), was passed over and the office left null.
"""

from __future__ import annotations

from .entities import Entity


def full_name_subject(subj: list[Entity]) -> Entity | None:
    """The one subject of the sentence before when it is a full name with some evidence of a
    person (entities.person_like: a gender, a title, having spoken), else None: the office
    path's fallback when the focus search finds no one. "Ann Vell defended the sale …. In a
    run of posts, the president said" was null when the name was typed neither person nor body
    (a place hint on one mention), as the search takes only persons (round 78, lane desc88, draw
    C: 7 quotations in 2 articles, all right; no annotated set moved). A place hint alone does
    not refuse it: it refused that very name."""
    if len(subj) != 1:
        return None
    e = subj[0]
    if e.kind == "org" or e.modifier or not e.person_like() or len(e.canonical.split()) < 2:
        return None
    return e
