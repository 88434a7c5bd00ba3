"""A headline the page writes twice: the second copy's quotations take the first copy's speaker.

AllSides and NPR pages often repeat the headline as the body's first line ("Senator X: Bill
Is 'Dead'" over the same line again; labels.py and mentions.py already read such a line as no
source of names). The headline's quotation is resolved as a headline (speakers._headline: the
body's credit of the same words, or the person the headline names), but its copy is read as a
body sentence, where the same words have no verb of saying or only a described subject ("Tribal
leaders say it should be about 'life or death' issues") and are left null. The guideline gives
a headline's quotation to whoever the body credits (K12), and the copy is that same quotation:
the tuning golds give both copies one speaker (five articles; a sixth leaves both null). Round
80, lane null91: draw G has ten such copies left null; five whose headline's name the body
credits are now named (all five right), the rest keep null (a headline left null, or named
only by a fall-back).
"""

from __future__ import annotations

from ..model import Quote
from .labels import take_speaker
from .layout import Layout


def headline_copy_speakers(lay: Layout) -> None:
    """Each unnamed speech quotation in a body line that opens with the headline's words
    takes the speaker of the headline's quotation at the same place."""
    if not lay.headline_end or len(lay.para_of_pos) < 2:
        return
    (h0, h1), (c0, c1) = lay.para_of_pos[0], lay.para_of_pos[1]
    head = lay.text[h0:h1].strip()
    copy = lay.text[c0:c1]
    if not head or not copy.lstrip().startswith(head):
        return
    shift = (c0 + copy.index(head)) - (h0 + lay.text[h0:h1].index(head))
    copy_end = c0 + copy.index(head) + len(head)
    firsts = {(q.start, q.end): q for q in lay.quotes if q.start < lay.headline_end}
    for q in lay.quotes:
        if q.kind != "speech" or q.speaker or not c0 <= q.start < copy_end:
            continue
        o = firsts.get((q.start - shift, q.end - shift))
        if o is not None and o.kind == "speech" and o.speaker and _credited(o):
            cue = q.cue  # the copy's own headline verb ("Tells", "Warned Of"), as the gold writes it
            take_speaker(q, o, "a repeated headline's quotation: the headline's speaker")
            q.cue = cue


def _credited(o: Quote) -> bool:
    """The headline's quotation has a name the article credits: the body's credit of the same
    words, or the headline's own cue ("X: '…'", "X says '…'"). A name the headline merely holds
    (speakers._headline_named, its "headline quotation: …" fall-backs) is not passed on: "Tribal
    leaders say it is about 'life or death', not Warren's DNA" gave the leaders' words to the
    senator on the headline, and the copy's own line had left them unnamed (draw G)."""
    return not any(why.startswith("headline quotation:") for why in o.attribution_evidence)
