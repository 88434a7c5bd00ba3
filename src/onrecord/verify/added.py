"""A clause added to the source's words: drift is only for what keeps the meaning (issue 10).

A quote that reproduces a passage word for word and goes on with a clause of its own ("I
support the new timetable because it adds an evening crossing and scraps the morning one"
against a source that stops at "crossing") sits next to the passage in embedding space, and
was drift at 0.97; so was a sentence joined by "and" to another sentence of the source. The
words added are a claim the source does not make: not_found, naming them."""

from __future__ import annotations

from ..lexicon.function_words import FUNCTION_WORDS
from ..text.fold import word_tokens

# Articles and object pronouns carry no content either ("scraps [the] morning one").
NO_CONTENT = FUNCTION_WORDS | frozenset("a an the them him her his their our my your me us its".split())


def added_clause(diff: list[dict[str, str]], window_text: str, min_words: int) -> str | None:
    """The runs of quote words the window lacks, when every other word of the quote is the
    window's own, in order, and the runs hold ``min_words`` content words found nowhere in the
    window together; else None. Source words the quote leaves out are allowed only at the edges
    of the region (the region may run past the quote). More than one run: a frame put around a
    real sentence ("I always told them '<the source's sentence>' and they laughed", a made-up
    outer quotation around a real inner one, issue 10's nested-quote probe) was drift at 0.71;
    the runs are named joined by an ellipsis. Two runs only as such a frame, one at each edge
    around one unbroken stretch of the source's words: words added inside a sentence and at its
    end ("If you like your private health insurance, you can keep your plan, period") are a
    rewording (a drift in the real tuning set, r390)."""
    inner = diff[1:-1]
    inserts = [d for d in diff if d["op"] == "insert"]
    if not inserts or any(d["op"] not in ("equal", "insert") for d in inner):
        return None
    if len(inserts) > 1 and not _frame(diff, inserts):
        return None
    if any(d["op"] == "replace" for d in diff):
        return None
    if not any(d["op"] == "equal" for d in diff):
        return None
    window = set(word_tokens(window_text).words)
    runs = [d["quote"] for d in inserts]
    new = [w for run in runs for w in run.split() if w not in NO_CONTENT and w not in window]
    return " … ".join(runs) if len(new) >= min_words else None


def _frame(diff: list[dict[str, str]], inserts: list[dict[str, str]]) -> bool:
    """Two added runs, the diff's first and last, around source words only."""
    return len(inserts) == 2 and diff[0] is inserts[0] and diff[-1] is inserts[1] and all(
        d["op"] == "equal" for d in diff[1:-1])
