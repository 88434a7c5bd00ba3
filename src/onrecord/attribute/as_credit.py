"""A reporting aside that names whose words stand beside it: "“…,” as Senator X put it",
"“…” as professor X told the Herald", "As historian X pointed out in an essay, voters are no
fools: “…”", "Without such limits, X wrote, the majority would rule: “…”".

Round 34, lane nulls15 (issue 11): in a random sample of 160 null speech quotations of
unannotated corpus text, six named speakers were lost so. The clause around the words has a
subject of its own ("Senators complained that …", "voters are no fools:"), which took the
words and, naming nobody, left them null; the aside, closed by a comma or written right after
the marks, is the only credit in the sentence. Only a name counts (one adviser stays with the
other rules), and never when another verb of saying stands in the clause ("As the Post
reported, X said “…”" is X's). Like "in the words of X" (words_of.py) the credit is an
aside: X is no last speaker for the words after it ("The caption read, “…”" after "“…” as
Cruz put it" went to the senator the cartoon mocked, on corpus text)."""

from __future__ import annotations

from ..lexicon.reporting import report_base
from ..thresholds.attribute import CONFIDENCE as C
from ..thresholds.credits import CREDITS
from .cues import DOCUMENT_NOUNS
from .layout import Layout, Token
from .phrase import Surface, _is_word, mention_phrase, strip_adverbs

# verbs of an aside that credits words ("as X put it", "as X told the paper"); "reported" is
# not one: "as the Post reported" names who reports the words, not who said them
_ASIDE_VERBS = frozenset({"put", "puts", "wrote", "writes", "noted", "notes", "observed", "observes",
                          "told", "tells", "explained", "explains", "argued", "argues", "said", "says",
                          "remarked", "pointed", "points", "phrased", "described"})
# words of a conjunction or comparison, never of an aside's name ("as soon as X said")
_NOT_IN_NAME = frozenset({"as", "soon", "long", "far", "much", "if", "when", "though", "well", "many", "and", "or"})


def _one_name(toks: list[Token]) -> list | None:
    """The tokens as exactly one name ("Minority Leader X", "law professor X"), else None."""
    toks = strip_adverbs(toks)
    if any(t.lower in _NOT_IN_NAME for t in toks):
        return None  # "as soon as X said", "as long as X says": a conjunction, no aside
    if not toks or not toks[-1].text[:1].isupper():
        return None  # "as the chair said": a description is left to the other rules
    parts = mention_phrase(toks)
    return parts if parts and len(parts) == 1 and parts[0].kind == "name" else None


def _aside_at(toks: list[Token], i: int) -> tuple[list, str, int] | None:
    """The name, the verb phrase (the cue: "put it", "told", "pointed out") and the index
    after it when ``toks[i]`` opens "as X <verb>" (or the bare "X <verb>" between commas when
    ``toks[i]`` is no "as")."""
    start = i + 1 if toks[i].lower == "as" else i
    for k in range(start + 1, min(len(toks), start + CREDITS.as_aside_tokens + 1)):
        w = toks[k].lower
        if w not in _ASIDE_VERBS:
            if not _is_word(toks[k]) and toks[k].text not in "’'.":
                return None
            continue
        parts = _one_name(toks[start:k])
        if parts is None:
            return None
        end = k + 1
        if w in {"put", "puts", "phrased", "described"}:
            if end >= len(toks) or toks[end].lower != "it":
                return None  # "as X described the plan": no credit of words
            end += 1
        elif w in {"pointed", "points"}:
            if end >= len(toks) or toks[end].lower != "out":
                return None
            end += 1
        return parts, " ".join(t.text for t in toks[k:end]), end
    return None


def as_x_after(lay: Layout, r: list[Token]) -> Surface | None:
    """"“…,” as Minority Leader X put it", "“…” as law professor X told the Times": the aside
    right after the marks. Left to the parse when the verb runs on into a clause of its own
    ("as X said he would")."""
    if len(r) < 3 or r[0].lower != "as":
        return None
    found = _aside_at(r, 0)
    if found is None:
        return None
    parts, cue, end = found
    if end < len(r) and r[end - 1].lower in {"said", "says", "wrote", "writes", "argued", "argues", "noted",
                                             "notes", "explained", "explains", "observed", "observes"} \
            and r[end].lower in {"he", "she", "they", "it", "that", "would", "will", "was", "is"}:
        return None  # "as X said he would": a clause of its own, no credit
    return Surface(parts, cue, "string: “…” as X put it", C.as_x_put_it, aside=True)


def as_aside_before(lay: Layout, left: list[Token]) -> Surface | None:
    """"As historian X pointed out in 2011, voters are no fools: “…”", "Without such limits, X
    wrote, the majority would rule: “…”": an aside closed by a comma, then a clause with no
    verb of saying of its own up to the marks (``left`` runs from the sentence's start)."""
    for i, t in enumerate(left):
        opens = t.lower == "as" and (i == 0 or left[i - 1].text in {",", "—", "–", "("})
        bare = i > 0 and left[i - 1].text == "," and t.text[:1].isupper() and not (i > 1 and left[i - 2].text[:1].isupper())
        if not (opens or bare):
            continue
        found = _aside_at(left, i)
        if found is None:
            continue
        parts, cue, end = found
        close = next((k for k in range(end, len(left)) if left[k].text in {",", "—", "–", ")"}), None)
        if close is None or close == len(left) - 1:
            return None  # the aside runs to the marks: the other rules read it
        if bare and close != end:
            continue  # ", X wrote in 1788 that …": no bare aside
        rest = [w for w in left[close + 1 :] if _is_word(w)]
        if len(rest) < 2 or any(report_base(w.lower) for w in rest) or left[-1].text != ":":
            return None  # only "<aside>, <clause>: “…”"; a clause with a verb of saying its own
        if any(w.lower in DOCUMENT_NOUNS for w in rest):
            # "As X noted, the sign on the door was blunt: “Closed …”": the clause names the
            # text that holds the words (review22: an invented sign and statement went to X)
            return None
        return Surface(parts, cue, "string: as X wrote, … : “…”", C.as_x_put_it, aside=True)
    return None
