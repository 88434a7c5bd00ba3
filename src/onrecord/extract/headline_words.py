"""Words in marks on a headline line are quoted words (issue 11, round 15, lane titles): a
headline or a subhead ("Mayor backs ‘idle’ land plan", "Ada Vale: Harbour Plan Is ‘Sad’",
"Port's New 'Protectionism'") uses marks to quote someone from the story below, far more
often than to hold a word at a distance. On the three real-news tuning splits, of the short
quotations (four words at most) on a short line not closed as a sentence, 44 are speech, 8
terms, 4 scare quotes and 1 a title; the rules read by their string context, which credits
nobody on such a line, typed 12 of the speech ones scare, term or title. Run over an
article's quotations once they are all typed (extract/__init__.py), for the quotations a
rule typed for want of a credit only: a cue of their own ("so-called", "the word", a naming
verb, a nickname) keeps its kind."""

from __future__ import annotations

import re

from ..model import Quote
from ..thresholds.extract import ExtractOptions

# The reason classify.py gives a fragment typed for want of a credit. Not a label modifying
# the noun after it ("Student ‘fee’ rises", "Only the ‘Good’ Migrants": the writer's label, the
# tuning splits' term and scare), nor title case alone ("his ‘America First’ policy").
_UNCREDITED = "-word fragment credited to nobody"
_MODIFIER = "modifying the noun after it"
# Lines that open with a label of the writer's own voice: an opinion piece's headline holds
# its author's scare quotes ("Opinion: The town’s ‘smart’ streets", the dev set).
_OWN_VOICE = re.compile(r"^\W*(?:opinion|commentary|editorial|analysis|column|essay|op-ed)\b", re.IGNORECASE)
_CLOSED = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*\s*$")


def _line(text: str, start: int, end: int) -> str:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return text[lo : hi if hi >= 0 else len(text)]


def _headline_line(line: str, quote: Quote, opts: ExtractOptions) -> bool:
    """A short line not closed as a sentence, with words of its own beside the quotation."""
    words = line.split()
    outside = line.replace(quote.text, " ").split()
    if "{" in line or "}" in line:
        return False  # a page's script or ad data ('{"unitName":"…"}'), not a line of text
    return len(words) <= opts.headline_max_words and not _CLOSED.search(line) and len(outside) >= 3


def quote_headline_words(text: str, quotes: list[Quote], opts: ExtractOptions) -> None:
    """Type speech every short quotation a rule typed for want of a credit on a headline line."""
    for q in quotes:
        if q.kind == "speech" or q.nested or len(q.text.split()) >= opts.speech_min_words:
            continue
        why = " ".join(q.kind_evidence)
        if _UNCREDITED not in why or _MODIFIER in why or why.startswith("listed with"):
            continue
        line = _line(text, q.start, q.end)
        if _headline_line(line, q, opts) and not _OWN_VOICE.match(line):
            q.kind = "speech"
            q.kind_evidence = q.kind_evidence + ["but it stands on a headline line: quoted words"]
