"""A paragraph that ends with a colon and names who speaks introduces the quotation paragraph
right below it: "Director X said the following: ¶ “…”", "According to Reuters: ¶ “…”", "As for
the law, the Los Angeles Times reminds readers that: ¶ “…”" (issue 11, round 66, lane null69).

The string rules read only the quotation's own sentence, which here holds nothing but the
words, so the quotation fell to the continuation rules: the colon line was taken for a
subheading between the last speaker and the words, an outlet was "a subject that says nothing",
or the named one was "someone else than the last speaker" and the words went null (five tuning
items in four articles, eval/real/audit/null69-tuning.tsv). The colon line is the left context
the words would have had on one line ("X said the following: “…”"), so it is read by the same
left-hand rules. Only a credit that writes a name counts: a pronoun or a description there ("He
added:", "The paper says:") keeps the continuation rules, which already read those."""

from __future__ import annotations

from typing import Callable

from .layout import Layout, Sentence, Token
from .phrase import Surface

# the words of the colon line, read as the left context of a quotation
LeftReader = Callable[[Layout, list[Token]], "Surface | None"]


def colon_line_before(lay: Layout, sent: Sentence, qi: int) -> list[Token] | None:
    """The tokens of the sentence that closes the paragraph before, when quotation ``qi`` opens
    its own paragraph, that sentence ends with a colon and holds no quotation; else None."""
    q = lay.quotes[qi]
    if sent.index == 0 or any(t.end <= q.start for t in sent.tokens if t.is_word):
        return None  # words before the quotation in its own sentence: the usual rules read them
    if any(lay.quotes[j].end <= q.start for j in sent.quotes):
        return None  # a quotation before it in the sentence
    prev = lay.sentences[sent.index - 1]
    if prev.para != sent.para - 1 or prev.quotes or prev.start < lay.headline_end:
        return None
    if not lay.text[prev.start : prev.end].rstrip().endswith(":"):
        return None
    return prev.tokens


def colon_lead_in(lay: Layout, sent: Sentence, qi: int, read_left: LeftReader) -> Surface | None:
    """The speaker the colon line before names by a verb of saying or "according to", read by
    ``read_left`` (finder._find_left); None unless that credit writes a name."""
    toks = colon_line_before(lay, sent, qi)
    if not toks:
        return None
    s = read_left(lay, toks)
    if s is None or not s.parts or not all(p.kind == "name" for p in s.parts) or s.needs_parse:
        return None
    s.how += " (a colon line closing the paragraph before)"
    return s
