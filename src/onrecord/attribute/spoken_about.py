"""Who a trailing "…,” he said" cannot be: a person the reported clause only talks about.

"Sorrel has been talking to Kett's investigators “…,” he said." The he reports the whole
clause, the quoted fragment included; a name inside the words a pronoun reports does not
corefer with it. referents.py took the nearest name, the one in the clause, and real news gave
a witness's account to the prosecutor whose investigators he met, a defendant's testimony to
the finance chief he blamed ("Mr Sullivan “made accounting decisions,” he told the court") and
a minister's objection to the peer whose bill it was ("The changes proposed by Lord Dubs were
a “…”, he said") (round 37, lane about20: 7 such he/she in big + big2).

reported.py bars the clause's subject when no quotation ends before the pronoun; this reads
the case it leaves: the quotation ends right before the pronoun but opens after a word, so it
is a fragment of the clause ("were a “…”", "talking to X's investigators “…”"), not a full
sentence after a colon or a comma ("Hart's message was simple: “We will …,” he said" is Hart's
own). Barred: a "by" agent in the clause; a possessor after someone else named in it; and the
clause's named subject when the quotation opens right after it (the quoted words are its
predicate). Journalists write the rest loosely, and the he is often the subject itself or the
owner of a subject ("Curry's father “was dumbfounded,” he told worshippers": Curry; "Sorrel has
been meeting the clerks “daily,” he said": Sorrel), so those stand. An opening introduction
("When Ferris's team landed,") is skipped, as clause_start skips it."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.reporting import report_base
from .cues import PRONOUNS
from .finder import clause_start
from .layout import CLOSERS

# the mark opens right after a word (or a word and spaces): the quotation continues the clause
_AFTER_WORD = re.compile(r"[\w’'\]]\s*$")
# "he said, “", "he told the court: “": a quotation opening right after the pronoun's verb
_REPORTS_NEXT = re.compile(r"\w+\s+\w+(?:\s+[\w.-]+){0,3}\s*[,:]?\s*[" + CLOSERS + r"]?\s*$")
_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.I)


def spoken_about(res: Any, pos: int, sent_idx: int) -> list[Any]:
    """The entities a he/she at ``pos`` cannot name because its own reported clause, a quoted
    fragment right before it, only talks about them; [] when the shape does not hold."""
    sent = res.lay.sentences[sent_idx]
    toks = sent.tokens
    i = next((k for k, t in enumerate(toks) if t.start == pos), None)
    if i is None or i < 3 or i + 1 >= len(toks) or not report_base(toks[i + 1].lower):
        return []
    if toks[i - 1].text not in CLOSERS + ",":  # the quotation's own comma is masked inside it
        return []
    q = _fragment_before(res, sent, pos)
    if q is None:
        return []
    head = [t for t in toks[:i] if t.end <= q.start]
    c0 = clause_start(head)
    if c0 >= len(head):
        return []
    lo = head[c0].start
    ms = [m for m in res.by_sentence.get(sent_idx, []) if lo <= m.start and m.end <= q.start and m.entity]
    # a possessor only after someone else named in the clause ("Sorrel has been talking to
    # Kett's investigators “…,” he said"); one opening the clause may be the speaker's own kin
    # or deed, loosely written ("Curry's father “was dumbfounded,” he told worshippers": Curry)
    # ... and only when that someone could be the pronoun: "The Lind machine has answered
    # Brekke's book by “…,” he explains" has no he before the possessor (a woman's name as a
    # modifier), so Brekke stays (round 37, review28: a blamed author's own account went to
    # a man named two paragraphs back)
    g = PRONOUNS.get(toks[i].lower)
    owners = [m.entity for k, m in enumerate(ms) if m.possessive
              and any(o.entity is not m.entity and _could_be(o.entity, g) for o in ms[:k])]
    barred = owners + [m.entity for m in ms if _BY.search(res.lay.text[lo:m.start])]
    subj = res._own_subject(pos, sent_idx)
    if subj is not None and _predicate_quoted(res, subj, q.start):
        barred.append(subj)
    return barred


def _could_be(e: Any, g: str | None) -> bool:
    """Whether ``e`` could be the he/she: a person (by kind or evidence), not of the other gender."""
    return e.kind != "org" and e.person_like() and (e.gender is None or g is None or e.gender == g)


def _fragment_before(res: Any, sent: Any, pos: int) -> Any:
    """The quotation of this sentence ending right before ``pos`` when it opens after a word of
    the same sentence (a fragment of the clause), else None; None too when another quotation
    opens right after the pronoun's verb (then that is what it reports; a later "saying “…”"
    is not: "Mr Brandt “made …,” he told the court, saying the chief had “…”")."""
    quotes = [res.lay.quotes[qi] for qi in sent.quotes]
    if any(q.start > pos and _REPORTS_NEXT.match(res.lay.text[pos:q.start]) for q in quotes):
        return None  # "…, he said, “…”": the words after the verb are what he reports
    before = [q for q in quotes if q.end <= pos and not res.lay.text[q.end:pos].strip(CLOSERS + ", ")]
    if not before:
        return None
    q = before[-1]
    lead = res.lay.text[sent.start:q.start].rstrip(CLOSERS)
    return q if lead.strip() and _AFTER_WORD.search(lead) else None


def _predicate_quoted(res: Any, subj: Any, qstart: int) -> bool:
    """The quotation opens right after a mention of the subject: the quoted words are its
    predicate ("Mr Brandt “made every decision,” he said"). Not a subject with a verb of its
    own before the fragment: "Sorrel has been meeting the clerks “daily,” he said" is Sorrel's
    account of himself, loosely written (the corpus holds both)."""
    return any(not res.lay.text[m.end:qstart].strip(CLOSERS + " ") for m in subj.mentions if m.end <= qstart)
