"""A headline or a link line that opens on a speaker's label, "NAME: … ‘…’", holds that
speaker's words in its marks even when they are a fragment the extraction typed scare or
term: "Koch: ‘It's Possible’ Clinton Could Win", "EXCLUSIVE: Ann Vale: Mayor Has ‘No Plan’".
The extraction reads the marks alone (a phrase between two capitalised words reads as a
nickname between names; a two-word fragment credited to nobody), and the label rule of the
attribution (labels.label_colon) is read only for speech (issue 11, round 41, lane echo24:
three such lines in 150 short scare/term quotations of big2 whose sentence names someone; on
big and big2 four lines whose label is a speaker of the body).

The label must name someone the body quotes as speaking (the last word of a resolved speaker
of a body speech quotation): "Storm Harvey: ‘Catastrophic’ flooding" names no speaker, and
"Trump Responds To Jay-Z: ‘…’" is no label (a verb before the colon). The words take that
speaker, with no cue, as a headline's echo does (echoes.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .echoes import uncued
from .labels import label_colon, retype_speech, take_speaker

if TYPE_CHECKING:
    from ..model import Quote
    from .layout import Layout

WHY = "a headline-shaped line whose label names a speaker of the body"


def labelled_fragments(lay: "Layout") -> None:
    """Retype as speech, with the label's speaker, every uncued scare or term quotation on a
    line that opens "NAME: …" when NAME is a speaker of a body quotation."""
    for qi, q in enumerate(lay.quotes):
        if q.kind == "speech" or q.nested or not uncued(q, True):
            continue
        si = lay.quote_sentence.get(qi)
        if si is None:
            continue
        sent = lay.sentences[si]
        para = lay.para_of_pos[sent.para]
        left = [t for t in sent.tokens if t.start >= para[0] and t.end <= q.start - 1]
        surf = label_colon(lay, left, para) if left else None
        if surf is None or not surf.parts:
            continue
        o = _speaker_called(lay, surf.parts[0].text)
        if o is None:
            continue
        retype_speech(q, WHY)
        take_speaker(q, o, WHY)


def _speaker_called(lay: "Layout", name: str) -> "Quote | None":
    """The first body speech quotation, not nested, whose resolved speaker's last word is the
    label's last word ("Mchele Bachmann", misspelt on a link line, is the body's Michele
    Bachmann)."""
    last = name.split()[-1].lower() if name.split() else ""
    if len(last) < 2:
        return None
    for o in lay.quotes:
        if o.start >= lay.headline_end and o.kind == "speech" and o.speaker and not o.nested \
                and o.speaker.split()[-1].lower() == last:
            return o
    return None
