"""Opinion round-ups that credit a writer after a paraphrase of the column: "The idea has worked
elsewhere, said Owen Tate at the Valley Post." The sentences after it go on in that writer's
voice until the next credit, and quote the column without any verb ("In several towns, shops
“did better …”"; "Not so fast, said Priya Dunn in the Herald. … “A ban is a tax …”").
Round 51, lane roundup51: on main such words were left null ("a quotation inside narration
names nobody"), went to the writer credited before the paraphrase ("continues the last
speaker"), or "he writes" went to the politician the paraphrase was about.

A credit is read only when it closes its sentence, names one person between the verb and
"at/in/for/of", and ends on capitalised words (the outlet) and the full stop; a sentence whose
own quotations have another speaker credits nobody."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.outlets import ROUNDUP_CREDIT_BASES
from ..lexicon.reporting import REPORT_FORMS
from ..thresholds.attribute import CONFIDENCE as C
from ..thresholds.credits import CREDITS
from .entities import Entity
from .layout import Layout

WRITER_EVIDENCE = "a round-up's writer, credited before in the paragraph: "
_VERBS = "(?:" + "|".join(sorted(f for f, b in REPORT_FORMS.items()
                                  if b in ROUNDUP_CREDIT_BASES and " " not in f and not f.endswith("ing"))) + ")"
_CAP = r"[A-Z][\w.'’&-]*"
# ", said [role words] NAME at [the] OUTLET." closing the sentence (or ',” said …' after words);
# "of" too: "says Mr. Callahan of Inside Philanthropy." (one more right in 120 articles, none wrong)
_CREDIT_RE = re.compile(
    r"(?:,[”\"]?|[”\"])\s+\b" + _VERBS + r"\s+(?P<who>(?:[a-z]+\s+){0,%d}(?:" % CREDITS.roundup_role_words + _CAP
    + r"\s+){1,%d}?)(?:at|in|for|of)\s+(?:the\s+|The\s+)?" % CREDITS.roundup_name_words + _CAP
    + r"(?:\s+" + _CAP + r"){0,%d}\s*[.!?]?\s*$" % (CREDITS.roundup_outlet_words - 1))


def paraphrase_credit(res: Any, lay: Layout, s: Any, speakers: list[Entity]) -> Entity | None:
    """The writer a round-up credits at the end of sentence ``s``: the one person mentioned
    between the verb and "at/in/for/of", when the sentence's quotations have no other speaker
    (``speakers``: "That fits research that “wages ripple upward,” said Ana Ruiz at the Post.");
    else None."""
    m = _CREDIT_RE.search(lay.text[s.start : s.end])
    if m is None:
        return None
    lo, hi = s.start + m.start("who"), s.start + m.end("who")
    people = {mm.entity for mm in res.by_sentence.get(s.index, [])
              if lo <= mm.start < hi and isinstance(mm.entity, Entity) and mm.entity.kind != "org"}
    if len(people) != 1:
        return None
    writer = people.pop()
    return writer if not speakers or set(speakers) == {writer} else None


def note_writer(res: Any, lay: Layout, s: Any, speakers: list[Entity], last: Any) -> Any:
    """Record the writer sentence ``s`` credits (``res.writers``: sentence -> writer) and return the
    article's last speaker: the writer when the credit holds no words of its own, who is then
    the sentence's subject too ("he writes" in the next paragraph is the writer, not the
    politician the paraphrase was about); else ``last`` unchanged."""
    writer = paraphrase_credit(res, lay, s, speakers)
    if writer is None:
        return last
    res.writers[s.index] = writer
    if speakers:
        return last
    res.subj[s.index] = [writer]
    return [writer], None, s.index, s.para


def writer_goes_on(res: Any, s: Any, last: Any, ev: list[str]) -> tuple[list[Entity], float]:
    """The round-up writer whose credit is the last voice before quotation sentence ``s``, in
    the same paragraph, with the confidence of a continuation (evidence appended to ``ev``): a
    verbless quotation there is the column's ("Their residents “walk more …”"). Another
    quotation with a named speaker since, or a new paragraph, ends it: ([], nobody)."""
    writers = res.writers
    if last is None or last[2] not in writers or last[3] != s.para or last[2] >= s.index:
        return [], C.nobody
    ev.append(WRITER_EVIDENCE + writers[last[2]].canonical)
    return [writers[last[2]]], C.continues_last_speaker
