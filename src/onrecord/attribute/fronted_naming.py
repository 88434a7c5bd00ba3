"""A sentence that opens on a naming participle and the marks: "Dubbed “…”, the plan …",
"Often called “…”, thousands of workers …", "Called “…”, the letter from X …". The participle
names what the sentence's subject is called; neither that subject, nor the main verb's agent,
nor the speaker of the sentence before is the one who named it, and the text does not say who
did unless a "by" agent follows the marks ("Described as “…” by X, the clerk …": X, left to the
other rules). Round 49, lane passive28: of 33 such openings in unread AllSides articles, 5 took
a name — a poll's label went to the president it described (the parse's inherited subject), a
letter's title to the group the letter addressed, a session's title to the man hosting it (the
main verb's agent), a label to the spokesman of the paragraph before (continuation), an essay's
title to the paper through "it was written" — and none of the 28 others named anyone."""

from __future__ import annotations

import re

from ..lexicon.function_words import PARTICIPLE_ADVERBS
from ..lexicon.reporting import NAMING_PARTICIPLES

# the opening: a capitalised participle, or one adverb and the participle ("Recently dubbed",
# "Often called", "Sometimes labelled"), then "as" and an article at most, then the marks
_FRONTED = re.compile(
    r"(?:^|[.!?][\"\u201d\u2019']?\s+)(?:[A-Z][a-z]+\s+)?(?P<verb>(?!(?:as|a|an|the)\b)[A-Za-z]+)\s+(?:as\s+)?(?:(?:a|an|the)\s+)?"
    r"[\"\u201c\u2018']\s*$", re.M)
# a "by" agent right after the closing marks: the namer is named (or described) there
_BY_AFTER = re.compile(r"[\"\u201d\u2019'.,]*\s*by\b", re.I)


def _written_as_name(text: str, word: str) -> bool:
    """``word`` (capitalised) stands inside a sentence elsewhere in ``text``, after a lower-case
    word, a comma or another capitalised word: a name ("Senator Dara Connolly", "met Connolly"),
    not an adverb that is capitalised only where it opens a sentence ("Affectionately called")."""
    return re.search(r"(?:[a-z,]|[A-Z][a-z.]*) " + re.escape(word) + r"\b", text) is not None


def fronted_naming(text: str, start: int, end: int) -> str | None:
    """Why the quotation ``text[start:end]`` (inside its marks) is nobody's words: it follows
    a naming participle that opens its sentence, with no "by" agent after it; else None."""
    line = text.rfind("\n", 0, start) + 1
    m = _FRONTED.search(text, line, start)
    if m is None or m.group("verb").lower() not in NAMING_PARTICIPLES:
        return None
    word = text[m.start():m.start("verb")].strip(" .!?\"\u201d\u2019'")
    lead = word.lower()
    # the one adverb allowed before the participle ends in -ly or is a PARTICIPLE_ADVERBS word
    if lead and not (lead.endswith("ly") and not _written_as_name(text, word) or lead in PARTICIPLE_ADVERBS):
        return None  # "Governor called “…”", "Connolly called “…”": a subject and an active verb
    if not lead and not m.group("verb")[:1].isupper():
        return None
    if _BY_AFTER.match(text, end):
        return None
    return f"a sentence opening on '{m.group('verb')}' and the marks names what its subject is called: nobody's words"
