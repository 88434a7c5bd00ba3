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
    """The one run of quote words the window lacks, when every other word of the quote is the
    window's own, in order, and the run holds ``min_words`` content words found nowhere in the
    window; else None. Source words the quote leaves out are allowed only at the edges of the
    region (the region may run past the quote)."""
    inner = diff[1:-1]
    inserts = [d for d in diff if d["op"] == "insert"]
    if len(inserts) != 1 or any(d["op"] not in ("equal", "insert") for d in inner):
        return None
    if any(d["op"] == "replace" for d in diff):
        return None
    if not any(d["op"] == "equal" for d in diff):
        return None
    window = set(word_tokens(window_text).words)
    added = inserts[0]["quote"]
    new = [w for w in added.split() if w not in NO_CONTENT and w not in window]
    return added if len(new) >= min_words else None
