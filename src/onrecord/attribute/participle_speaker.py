"""The speaker of a verb of saying that has no subject of its own, under an "according to X"
credit: "According to the Ledger, Voss annoyed the board by saying “…”", "Voss filed a
motion on Friday, saying the fund was “…”, according to the Ledger", "According to the
Ledger, Voss sent one email complaining that “…”". The participle's speaker is the subject of
the clause it hangs from (verb_subject.subject_of); vouched._clause_reporter read only a subject
of the verb's own, so the report did not count as vouched and the words stayed with the
carrier, the outlet that only relays them (GUIDELINES S17). Round 80, lane accord91: on draw G
about 25 "according to X" credits had a clause naming someone else who spoke, 7 of them
through such a participle; 5 are taken here (not: a subject with an apposition, "an officer,
NAME, emailed …, writing"; "once saying, according to X, “…”", whose parse hangs the source
inside the words)."""

from __future__ import annotations

from typing import Any

from ..lexicon.reporting import HEARING_VERBS, RECEIVING_PARTICIPLES
from .verb_subject import subject_of

# a participle or an infinitive: the forms that take their subject from the clause above
_SUBJECTLESS_TAGS = frozenset({"VBG", "VB"})


def participle_speaker(verb: Any) -> Any | None:
    """The subject ``verb`` (a participle or infinitive of saying with no subject of its own)
    takes from the clause it hangs from, or None."""
    if verb.tag_ not in _SUBJECTLESS_TAGS or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    subject, _ = subject_of(verb)
    if subject is None or any(c.tag_ == "MD" for c in subject.head.children):
        # "According to Lund, the firm would have needed more cash, saying it would be “…”":
        # a clause in a modal is the source's own conjecture, and the participle after it
        # goes on with Lund's reasoning, not the firm's words (draw G: right → wrong)
        return None
    if subject.head.lower_ in HEARING_VERBS | RECEIVING_PARTICIPLES:
        # "According to the ministry, the agency received a letter, obtained by Sen. Ruiz,
        # alleging that …": the letter alleges, its receiver says nothing (tuning fresh17:
        # right → wrong, the carrier's credit is the gold)
        return None
    return subject
