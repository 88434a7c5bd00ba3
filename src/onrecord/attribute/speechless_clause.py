"""The named subject a parse error hid behind a clause that cannot speak (read by
verb_subject.subject_of).

The parser often hangs a second verb of saying on the verb of a complement clause instead of the
main verb: "NAME sounded hopeful a deal would be struck but said “…”" makes "said" a conjunct of
"struck", and the subject inherited from there, "a deal", cannot speak, so the words went null
(round 78, lane null88: draw C's nulls). A relative clause read with two subjects, "the seats,
which NAME said now have “…”", gave the words to the seats. Both are undone here when the hiding
subject is a common noun that is no person, group, role, document or claim."""

from __future__ import annotations

from typing import Any

from ..text.mask import OPENING_MARKS
from ..lexicon.function_words import RELATIVE_WORDS
from ..lexicon.groups import GROUP_NOUNS
from ..lexicon.heads import GENERIC_HEADS
from ..lexicon.reporting import CLAIM_NOUNS, RECORDING_NOUNS, report_base
from ..lexicon.titles import TITLE_WORDS, UNNAMED_VOICE_HEADS
from ..text.find import noun_in
from .cues import DOCUMENT_NOUNS

# Endings of nouns for people ("supporters", "protesters", "a diplomat" is in the lists):
# an object that is a person may be the one the participle quotes ("quoted an aide saying").
PERSON_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "man", "men", "person", "people", "ian", "ians")

# nouns that carry their author's words: a document, a claim, a recording (``_speaks_for_someone``)
_CARRIER_NOUNS = DOCUMENT_NOUNS | CLAIM_NOUNS | RECORDING_NOUNS
_RELATIVE_PRONOUNS = RELATIVE_WORDS - {"whose"}


def speechless(noun: Any) -> bool:
    """A common noun (no named entity) that is no person, group or role: it cannot speak, so a
    participle of saying the parse hung on it is someone else's."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    w = noun.lower_
    return not (w in GROUP_NOUNS or w in GENERIC_HEADS or w in UNNAMED_VOICE_HEADS or w in TITLE_WORDS
                or w.endswith(PERSON_ENDINGS))


def speaking_governor(came: Any, v: Any, subj: Any) -> Any | None:
    """"NAME sounded hopeful a deal would be struck but said “…”", "NAME was glad the bill
    passed, adding “…”": a verb of saying (``came``) joined by conj or advcl to ``v``, the verb
    of a complement clause whose subject ``subj`` cannot speak; the verb governing that clause
    (through an adjective complement: "sounded hopeful"), before it, whose subject is a name or
    he/she, speaks. verb_subject.reported_clause already climbs when the governor reports; this
    is the same misparse under any governor, kept to a speechless subject (a document, claim or recording speaks for its author and keeps the
    words: "NAME said the report found … and called it “…”"). Else None."""
    if came.dep_ not in {"conj", "advcl"} or came.head.i != v.i or report_base(came.lower_) is None:
        return None
    if v.dep_ != "ccomp" or not speechless(subj) or _speaks_for_someone(subj):
        return None
    gov = v.head
    if gov.dep_ == "acomp" and gov.pos_ == "ADJ":
        gov = gov.head  # "sounded hopeful a deal …": the clause hangs on the adjective
    if gov.i > v.i or gov.pos_ not in {"VERB", "AUX"}:
        return None
    subs = [c for c in gov.children if c.dep_ == "nsubj"]
    return gov if subs and _named_or_personal(subs[0]) else None


def named_beside_relative(v: Any, subs: list[Any]) -> Any | None:
    """"the seats, which NAME said now have “…”": the parser gave the relative clause's verb of
    saying two subjects, the relative pronoun first; the name is the one saying it, and the
    antecedent (the seats) took the words. None unless a name follows the pronoun."""
    if v.dep_ != "relcl" or len(subs) < 2 or subs[0].lower_ not in _RELATIVE_PRONOUNS:
        return None
    if report_base(v.lower_) is None:
        return None
    named = [s for s in subs[1:] if s.pos_ == "PROPN" and s.i > subs[0].i and not _in_marks(s)]
    return named[0] if named else None


def _in_marks(tok: Any) -> bool:
    """The name is itself quoted ("the friends whom “Jay” said she met"): a pseudonym, the
    quotation's own words, not a speaker standing outside them (draw C)."""
    first = next((t for t in tok.subtree if t.text not in OPENING_MARKS), tok)  # a mark may hang on it
    return first.i > 0 and tok.doc[first.i - 1].text in OPENING_MARKS


def _speaks_for_someone(noun: Any) -> bool:
    """A document, claim or recording noun (singular or plural): it carries its author's words."""
    w = noun.lower_
    return noun_in(w, _CARRIER_NOUNS)


def _named_or_personal(tok: Any) -> bool:
    """A proper-noun subject or he/she (resolved as any subject is)."""
    return tok.pos_ == "PROPN" or tok.lower_ in {"he", "she"}
