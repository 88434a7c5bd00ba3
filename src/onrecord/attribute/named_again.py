"""The article's last speaker, quoted paragraphs back, named again in the sentence just before a
quotation that has no cue of its own: "Hospitals have since changed course, but Dr Alvarez feared
the mistakes could happen elsewhere. ¶ “…”". The words go on in that voice; before, a last
speaker beyond the continuation window was a weak guess below the bar, and the words were left
null (round 37, lane weak20: an interview's subject after a link line, a doctor after a sentence
about her fears, of 100 nulls drawn from big2). Any other person named in either sentence
leaves the guess weak, as before."""

from __future__ import annotations

from typing import Any


def named_again_before(res: Any, lay: Any, si: int, qi: int, speakers: list[Any]) -> bool:
    """Whether one of ``speakers`` is named, outside quotations, in the sentence before
    quotation ``qi`` (which opens its paragraph), in the same or the previous paragraph, and no
    other person is named there or in the quotation's own sentence."""
    if si <= 0 or not speakers:
        return False
    s, p = lay.sentences[si], lay.sentences[si - 1]
    lead = lay.text[lay.para_of_pos[s.para][0] : lay.quotes[qi].start].strip().strip("\"“‘'")
    if p.para < s.para - 1 or lead:
        return False
    spans = [(q.start, q.end) for q in lay.quotes]
    outside = [m.entity for k in (si - 1, si) for m in res.by_sentence.get(k, [])
               if m.entity is not None and not any(a <= m.start < b for a, b in spans)]
    named = any(any(e is x for x in speakers) for e in outside)
    # another person named at all, once or often ("Dr Alvarez and her colleague Tom Reyes"):
    # topic.names_someone_else counts only people the article names again
    other = any(not any(e is x for x in speakers) and (e.is_person() or e.person_like()) for e in outside)
    return named and not other
