"""A source that only relays a report whose own clause names who spoke: "According to the
Ledger, the mayor's aide Ana Ruiz said the vote was “rigged”", "He later adds, according to
the Ledger, “…”", "Ruiz called the plan “a trap,” according to the Ledger".

The string rules read "according to X" first and gave the words to the carrier (an outlet, a
reporter, a review); the parse was asked to overrule them (vouched.py), but on real news it
often could not: the name hung under the source ("According to the Ledger, United Against
Waste chief Ana Ruiz said …" parsed the name as the object of "Against"), or the subject was a
pronoun, a description or "it" that vouched.py does not count as speaking. The words are the
subject's of the clause's own verb of saying, which the string rules read exactly when the
source phrase is set aside (GUIDELINES S17: relayed words go to their source, not to the one
relaying them). Round 79, lane wrong89: on draw E, 33 speech quotations credited "according to
X" had a verb of saying in their own clause, about 25 of them given to the carrier (an outlet
in most); the string reading here takes 7 of them, each read on E."""

from __future__ import annotations

from typing import Callable

from ..lexicon.reporting import FINDING_NOUNS, PASSIVE_AUXILIARIES, WEAK_BASES, report_base
from .layout import Layout, Token
from .phrase import Part, Surface, _is_word

Reader = Callable[[Layout, list[Token]], "Surface | None"]

_PERSON_PRONOUNS = frozenset({"he", "she"})
_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")


def relayed_reading(lay: Layout, clause: list[Token], source: list[Part], source_toks: list[Token],
                    read: Reader) -> Surface | None:
    """The reading of ``clause`` (the sentence's words before the quotation with the
    "according to X" phrase set aside) by ``read`` when it names a speaker through its own verb
    of saying; the carrier ``source`` kept as the voucher. None when the clause names no one,
    names through the carrier's own "reported" or a weak verb of naming ("called"), has only
    "it"/"they" or a he/she that a possessive source ("according to Mayor Ruiz's office, she
    told …") already names, or when the source is a poll's or study's own finding."""
    if any(p.text.split()[-1].lower() in FINDING_NOUNS for p in source if p.text.split()):
        return None  # "X mentioned the poll — “…,” according to the poll": the poll's finding (vouched.py)
    while clause and clause[0].text in {",", "—", "–", "-"}:
        clause = clause[1:]
    if not any(_is_word(t) for t in clause):
        return None
    found = read(lay, clause)
    if found is None or not found.parts or found.continuation or found.needs_parse or not found.cue:
        return None
    base = next((b for w in found.cue.split() if (b := report_base(w.strip(",:"))) is not None), None)
    if base is None or base in WEAK_BASES:
        # "a firm with Ruiz called Ruiz Partners, a “…,” according to its brochure": a weak
        # verb of naming is as often a participle naming a thing (draw E, null → wrong); the
        # carrier's own "reported" (a weak base too) credits no one new
        return None
    if not _plain_subject(clause, found.parts[0].start):
        return None
    if found.parts[0].kind == "pronoun" and (found.parts[0].text.lower() not in _PERSON_PRONOUNS
                                             or _possessive(source_toks)):
        # "It called any strike “…”, according to the Ledger": "it" was bound to the wrong
        # body (a country named in the paragraph); the carrier's reading stays
        return None
    if any(p.text == q.text for p in found.parts for q in source):
        return None  # the clause names the carrier itself: its reading stands
    found.how += " (an according-to source relays it)"
    found.voucher = source
    return found


def _plain_subject(clause: list[Token], start: int) -> bool:
    """The words from the speaker's mention to the verb of saying hold no comma, no possessive
    and no "was" before the verb. Draw E: "According to the committee chair, Rep. Ana Voss
    of Maine, Ruiz testified that …" read the source's apposition as the subject (Ruiz
    testified, relayed by Voss: right → wrong); "Ruiz's comments go “…”" read "comments" as a
    verb; "the board was also briefed “…”" is passive (its briefer spoke)."""
    span = [t for t in clause if t.start >= start]
    k = next((i for i, t in enumerate(span) if i > 0 and _is_word(t) and report_base(t.lower) is not None), None)
    if k is None:
        return False
    subject = span[:k]
    if any(t.text == "," or t.text.endswith(_POSSESSIVE_ENDINGS) or t.text in {"'", "’"} for t in subject):
        return False
    return not any(t.lower in PASSIVE_AUXILIARIES for t in subject[1:])


def _possessive(toks: list[Token]) -> bool:
    return any(t.text.endswith(_POSSESSIVE_ENDINGS) or t.text in {"'s", "’s"} for t in toks)
