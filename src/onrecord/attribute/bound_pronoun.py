"""A he/she subject never refers to a person its own clause names after it (round 64, lane null66).

"According to two people …, he called Mr. X “a weak leader”", "She told X that she did not
consider herself a “…”", "an interview in which he said that X is tapping into the “…”": the
pronoun c-commands X, so X is not its antecedent (binding). Salience had picked X (the one just
talked about); ``groups.not_named_in_own_clause`` then dropped X and the words were left with no
speaker. Here the pronoun is read again with X barred: the next compatible antecedent that is a
person, or still nobody (gender, no one before). The re-read fixes no gender: a guess past a
barred person must not stop a later "she" from binding (r300: "“…,” she said" lost its speaker).
"""

from __future__ import annotations

from typing import Any

from .entities import Entity
from .expletive import dummy_it
from .groups import not_named_in_own_clause


def rebind_pronoun(res: Any, part: Any, found: list[Any], quote_start: int, sent_idx: int,
                   ev: list[str]) -> list[Any]:
    """``found`` without the people the pronoun's clause names; when that leaves nobody for a
    he/she, its antecedent read again past them (evidence appended to ``ev``). A dummy "it"
    binds nothing: the person its clause names is the doer ("it didn't take long for X to …",
    dummy_doer.py), kept."""
    if part.text == "it" and dummy_it(res.lay.text, part.start):
        return found
    kept = not_named_in_own_clause(found, part.start, quote_start, res.by_sentence.get(sent_idx, []))
    if kept or part.text not in {"he", "she"}:
        return kept
    if any(part.start < q.start < quote_start for q in res.lay.quotes):
        # "He noted that X did “…” but Y thought … “…”": another quotation between, so the
        # pronoun's clause may have closed before these words (r300: Y's words went to X)
        return kept
    named = [e for e in found if isinstance(e, Entity)]
    # binding bars every person the clause names after the pronoun, not only the one it took
    # (with only that one barred, r300's "He noted that X did … but Y thought …" went to X)
    barred = named + [m.entity for m in res.by_sentence.get(sent_idx, [])
                      if m.entity is not None and part.start < m.start < quote_start]
    again = res.pronoun(part.text, part.start, sent_idx, also_barred=barred) if named else None
    if again is None or any(again is e for e in barred) or not again.is_person():
        return kept  # a re-read may land on a title or a film ("Fantastic Beasts"): only a person
    ev.append(f"pronoun '{part.text}' -> {again.canonical}: not "
              + ", ".join(e.canonical for e in named) + ", whom its own clause names")
    return [again]
