"""A quotation with its own cue "“…,” read the headline" ("read one of the signs", "read the
ruling", "read the on-screen graphic") is the text's, not the person's before it. The string
rules do not take "read" as a reporting verb, so such words continued the previous speaker or
subject: three named quotations in the 974 random corpus articles, all wrong (a headline to the
man it was about, a bulletin to a governor, a graphic to an anchor), and in 133 unannotated
articles with the construct every headline, sign and ruling continuation was wrong (round 32,
lane pronoun13). After the cascade, a continuation before such a cue is left null; a sign
someone carried ("read the sign she carried") keeps its carrier, and owned documents (a
statement, a letter, a tweet) are not in the list: they read for their issuer."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.reporting import READ_TEXT_NOUNS
from ..thresholds.attribute import CONFIDENCE as C
from ..text.find import alternation

_READ_RE = re.compile(
    r"[,.!?]?\s*[”\"’']?\s*,?\s*read\s+(?:the|a|an|one)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>"
    + alternation(READ_TEXT_NOUNS) + r")\b(?P<after>[^.\n]{0,12})")
_CARRIER_RE = re.compile(r"\s+(?:he|she|they|I|we)\s")  # "the sign she carried": hers
_CONTINUED = ("continues the", "last speaker")


def drop_read_continuations(lay: Any) -> None:
    """Leave null each speech quotation whose speaker is a continuation while its own cue after
    the closing mark is "read the headline/sign/ruling …"."""
    text = lay.text
    for q in lay.quotes:
        ev = q.attribution_evidence
        if q.kind != "speech" or not q.speaker or not ev or not ev[0].startswith(_CONTINUED):
            continue
        m = _READ_RE.match(text, q.end)  # (the pattern bounds its own length)
        if m is None or _CARRIER_RE.match(m.group("after")):
            continue
        q.speaker, q.speakers, q.speaker_description, q.cue = None, [], None, None
        q.confidence = C.nobody
        q.attribution_evidence = [f"its own cue 'read the {m.group('noun')}': the text's words, "
                                  "no continued speaker: left null"]
