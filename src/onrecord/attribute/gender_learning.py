"""The gender of a sentence's subject learned from the pronouns after it (moved from
referents.py when that module passed 500 lines, tenth session; code unchanged). ``res`` is
the Resolver."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from ..lexicon.reporting import REPORT_FORMS
from .entities import Entity
from .mentions import name_tokens

_GENDERED = MappingProxyType({"he": "m", "she": "f"})  # not his/him/her: "Pianist X, who played in his quartet, …"


def learn_gender(res: Any, sent_idx: int) -> None:
    """"Arkwright said on Sunday that he had forgiven her": a reported clause whose subject
    is he/she right after the reporting verb fixes the sentence subject's gender."""
    subj = res.subj.get(sent_idx) or []
    if len(subj) != 1 or subj[0].gender is not None or not subj[0].is_person() and subj[0].kind == "org":
        return
    toks = res.lay.sentences[sent_idx].tokens
    for i, t in enumerate(toks):
        if t.lower in REPORT_FORMS and t.lower not in {"told", "tells", "tell", "asked"}:  # report_base, no call
            before = [m.entity for m in res.by_sentence.get(sent_idx, []) if m.end <= t.start and m.entity
                      and (m.entity.person_like() or m.entity.kind == "org" or m.entity is subj[0])]
            if before and before[-1] is not subj[0]:
                # "Britain has been cautious, but Mr Straw said he …": the verb's own subject
                # is the nearer name; the sentence's opening name (a country) became "he"
                # and took the quotation (real-news tuning split)
                return
            for u in toks[i + 1 : i + 6]:
                if u.lower in {"he", "she"}:
                    subj[0].gender = "m" if u.lower == "he" else "f"
                    return
                if not u.is_word or u.lower in {"and", "but"}:
                    break
            break
    _first_pronoun_gender(res, sent_idx, subj[0])

def _first_pronoun_gender(res: Any, sent_idx: int, e: Entity) -> None:
    """"The president's comment, made from his weekend retreat …, did not say whether he
    …, which is led by counsel Robert X": the first he/she of a sentence with no other
    person named before it is the subject's (the later "“…,” he tweeted" went to the
    counsel, whose given name said "he")."""
    if not (e.person_like() or len(name_tokens(e.canonical)) >= 2):
        return  # "… so many Mexican neighborhoods …: He cites …": a lone word is no evidence
    s = res.lay.sentences[sent_idx]
    own = [m.end for m in e.mentions if s.start <= m.start < s.end]
    start = min(own) if own else s.start
    others = [m.start for m in res.by_sentence.get(sent_idx, []) if m.start >= start
              and m.entity is not e and m.entity is not None and m.entity.person_like()]
    stop = min(others, default=s.end)
    for t in s.tokens:
        if start <= t.start < stop and t.lower in _GENDERED:
            e.gender = _GENDERED[t.lower]
            return
