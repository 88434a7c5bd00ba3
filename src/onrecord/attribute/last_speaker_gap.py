"""Whether the text since the article's last named speaker still points at them, before an
uncued quotation goes on in their voice ("continues the last speaker", continuation.py).

Round 33, lane itthey14: of 28 such attributions judged on random corpus text, 12 were right
and 16 wrong or should have been null (a poll's answers, a sample response, an imagined line,
the writer's own tweet, a source's words, a new speaker's credit the string rules missed). All
but two of the 16 had neither the speaker's name nor a he/she/his/her between the speaker's
words and the quotation; 11 of the 12 right ones had one ("Stone says …", "he once told …").
"""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.reporting import report_base

_PERSONAL_RE = re.compile(r"\b(?:he|she|his|her|him|hers|himself|herself)\b", re.I)
_WORD_RE = re.compile(r"[A-Za-z]{2,}")


def speaker_unreferred(res: Any, lay: Any, si: int, qi: int, last: Any) -> bool:
    """True when words stand between the last speaker's sentence and quotation ``qi`` and none
    of them names that speaker (any mention of the entity) or is a personal pronoun."""
    lsi = last[2]
    if lsi >= si:
        return False
    start, end = lay.sentences[lsi].end, lay.quotes[qi].start
    if _PERSONAL_RE.search(lay.masked[start:end]) or _narration_sentences(lay, lsi, si, end) < 2:
        # one sentence between is an aside or a paraphrase as often as a new voice ("(Olson
        # died in 2019.)", "But the bill would …, so the island gets nothing.": the speaker
        # goes on; a sentence split at "POW!" left one word between)
        return False
    if not _another_voice(lay, lsi, si, end):
        # plain narration between ("The virus seems to do whatever it wants.", a newsletter
        # sign-up box, a photo credit) still leaves the profile's subject speaking
        return False
    ids = {id(e) for e in last[0]}
    for k in range(lsi + 1, si + 1):
        if any(m.entity is not None and id(m.entity) in ids and m.start < end for m in res.by_sentence.get(k, [])):
            return False
    names = [w for e in last[0] for w in getattr(e, "canonical", str(e)).split()[-1:]]
    return not any(re.search(r"\b" + re.escape(n) + r"\b", lay.text[start:end]) for n in names if len(n) > 2)


def _narration_sentences(lay: Any, lsi: int, si: int, end: int) -> int:
    """How many sentences after ``lsi`` up to ``end`` hold words of narration (a quotation is
    masked to one "X"), captions aside."""
    n = 0
    for k in range(lsi + 1, si + 1):
        s = lay.sentences[k]
        if lay.in_caption(k):
            continue
        if any(w != "X" for w in _WORD_RE.findall(lay.masked[s.start : min(s.end, end)])):
            n += 1
    return n


def _another_voice(lay: Any, lsi: int, si: int, end: int) -> bool:
    """Someone else's voice introduces the words: a colon right before them ("A sample
    response:", "gave the following responses:", "X writes that:"), or a verb of saying in
    their own sentence before them ("… then tweeted, “…”", "by asking: “…”"). A verb further
    back was too often a caption's "reads", a newsletter box's "agree" or another speaker
    quoted in between (random corpus articles: the profile's subject, a senator, a lawyer
    after a photo credit lost their words)."""
    if lay.masked[max(0, end - 12) : end].rstrip().rstrip("“\"‘'").rstrip().endswith(":"):
        return True
    return any(t.start < end and t.is_word and report_base(t.lower) for t in lay.sentences[si].tokens)
