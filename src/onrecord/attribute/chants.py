"""A crowd's chant is no one's words.

"… thanked a crowd for chanting “…”", "After chants of “…” died down, X added", "the
protesters carried signs and chanted: “…”", "people were chanting “…”": the words right after a
chant word are shouted by many (protesters, supporters, an audience), and the gold leaves them
null. The cascade read the chant like any reported words and gave it to whoever the parse
reached: a relative clause's antecedent (the leader who praised the crowd), the subject of the
next clause (the speaker the chant interrupted), a pronoun's referent (round 69, lane
unnamed77: five tuning items in five articles, every one shown with a name the gold does not
give; no tuning quotation after a chant word has a named speaker in the gold). A wrong name is
worse than none: the last guard leaves such a quotation null, saying why.
"""

from __future__ import annotations

import re

from ..lexicon.groups import CHANT_WORDS
from ..model import Quote
from ..thresholds.layout import LABEL
from .fullname import clear_speaker

# the chant word closes the text before the opening mark: "chanted: “", "chanting “",
# "chants of “", "a chant of “" (the mark itself may or may not be inside the quotation's span)
_CHANT_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(CHANT_WORDS)) + r")(?:\s+of)?\s*[:,]?\s*[\"“‘']?\s*$",
                           re.I)


def drop_chant_speakers(text: str, quotes: list[Quote]) -> None:
    """Null every speech quotation opened right after a chant word (module docstring)."""
    for q in quotes:
        if q.kind != "speech" or not q.speaker:
            continue
        if _CHANT_BEFORE.search(text[max(0, q.start - LABEL.chant_look_back_chars) : q.start]):
            q.attribution_evidence.append(f"speaker {q.speaker!r} dropped: the words follow a chant word, "
                                          "a crowd's chant")
            clear_speaker(q)
