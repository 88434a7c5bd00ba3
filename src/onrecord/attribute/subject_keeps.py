"""Which sentence subject keeps a he/she against the gender-sure override of referents.py.

referents.py lets a subject of unknown gender yield a he/she to someone named nearby whose
honorific, role or given name says the pronoun's gender ("Governor Stone compares Ms. Ruiz
with … . In an interview, she …"). On the real-news tuning splits the override more often
took the pronoun from the person the previous sentence was about, only because that person's
given name is not in the lexicon: "Walt Noyalis, 72, said Mr. Kasich was the 'lesser of the
evils.' “…,” he said" went to Kasich; "Rep. Trey Gowdy … destroyed Mr. Comey's conclusion.
“…,” he told the FBI director" to Comey; "Adrienne Watson, …, a group dedicated to defending
Clinton, accused Republicans … “…,” she said" to Clinton. A person named in full who is the
lone subject of the previous sentence keeps the pronoun; a subject that is no such name (a
group, "Unlike X", an outlet, a place) still yields."""

from __future__ import annotations

from typing import Any

from ..lexicon.places import is_place
from .entities import Entity
from .mentions import name_tokens
from .own_subject_passing import object_before


def _named_person(e: Entity, lower_words: set[str]) -> bool:
    """A personal name in full ("Walt Noyalis"), seen as a person (a role, a title, or having
    spoken): not an organisation, a place, a noun modifier, or a run opened by a common word
    the article writes in lower case ("Former Nevada …", "Top Trump …", "Star Wars")."""
    if e.kind == "org" or e.modifier or e.place_evidence or not (e.spoke or e.kind == "person"):
        return False
    toks = e.canonical.split()
    if len(name_tokens(e.canonical)) < 2 or toks[0].lower() in lower_words:
        return False
    return not any(is_place(t) for t in toks) and not is_place(e.canonical)


def subject_keeps(res: Any, pos: int, sent_idx: int) -> Entity | None:
    """The previous sentence's lone subject when it is a person named in full and nobody is
    named in the pronoun's own sentence before it ("When Obama marked …, he boasted": the
    clause's own person, not the subject before)."""
    prev = res.subj.get(sent_idx - 1) or []
    if len(prev) != 1 or not _named_person(prev[0], res.lower_words):
        return None
    if any(m.entity is not None and m.end <= pos for m in res.by_sentence.get(sent_idx, [])):
        return None
    return prev[0]



def own_subject_keeps(res: Any, own: Entity | None, pos: int, sent_idx: int) -> Entity | None:
    """The named subject that opens the pronoun's own sentence, when nobody else is named between
    it and the pronoun: "Brenner gave a speech in which he charged that Glenn …" is Brenner's,
    though Brenner's given name says no sex and Glenn, the subject before, is a sure "he"
    (round 35, lane wrong16: once "In 1974 he tried again" read Glenn as that sentence's
    subject, the override gave him his rival's charge, and the speaker went null)."""
    if own is None:
        return None
    before = [m.entity for m in res.by_sentence.get(sent_idx, []) if m.entity is not None and m.end <= pos]
    # a body or a place named on the way ("After meeting Harlow Party officials, Brenner said
    # he …") is no rival for a he/she: only another person between takes the keep away
    # (round 67, lane pron75: the override gave such a pronoun to the sure "he" before)
    # nor is a person named only as a preposition's object, or a name-like tag shown as no
    # person ("… sent a letter to Rep. Y (D-NY) Friday, in which he called …": the writer's;
    # the rival took the keep away and a sure "he" of the sentence before won, round 70,
    # lane wrong78: tuning sets)
    rivals = [e for e in before if e is not own and e.kind != "org" and not e.place_evidence
              and e.person_like() and not object_before(res, e, pos)]
    return own if any(e is own for e in before) and not rivals else None


def titled_opener(mentions: list[Any], toks: list[Any]) -> bool:
    """The sentence's first word is the start of its first name's written title ("Incoming
    Press Secretary X", "Acting Chief of Staff X", "Retired Army Gen. X"): a participle-like
    adjective of the title, not an introductory phrase ("Speaking on Sunday, X said"), so the
    subject starts at the sentence's start. ``finder.clause_start`` reads "-ing"/"-ed" openers
    from the string alone and found no subject: the he/she of a later clause ("… -- but he
    promised …") then went to the sentence before's subject (round 70, lane wrong78)."""
    # a word of the title written before the name, never of the name itself: "Hours after X …"
    # read "Hours" as a name and took it for the subject (tests/attribute/test_city_state.py)
    return bool(toks) and any(m.entity is not None and m.role and m.begin <= toks[0].start < m.end
                              and toks[0].text not in m.name.split() for m in mentions)
