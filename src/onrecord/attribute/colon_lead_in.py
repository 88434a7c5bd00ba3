"""A paragraph that ends with a colon and names who speaks introduces the quotation
paragraph right below it: "…, Campaign Director X said the following: ¶ “…”", "According
to Reuters: ¶ “…”", "Outlet's X noted … in a post earlier this week: ¶ “…”" (issue 11,
round 66, lane null69).

The string rules read only the quotation's own sentence, which here holds nothing but the
words, so the quotation fell to the continuation rules, which left these null: "someone else
than the last speaker" when the colon line named another person too, no speaker at all before
an outlet's "According to Y:", the article's weak last speaker after a possessive outlet
(eval/real/audit/null69-tuning.tsv, mechanism colon_leadin). The colon line is the left context
the words would have had on one line ("X said the following: “…”"), so the same left-hand
string rules read it, and the parse of that one line when they read nothing (its last verb of
saying's proper-noun subject, or the proper noun set in apposition to a described subject: "his
attorney, X, tweeted this week:", a shape seen in the lane's random folder). Only a credit
that writes a name counts: a pronoun or a description there ("He added:", "The paper says:",
"As the president tweeted:") is left to the continuation rules, which read those as before
(allowing them changed no tuning item)."""

from __future__ import annotations

from typing import Any, Callable

from ..lexicon.reporting import report_base
from ..thresholds.attribute import CONFIDENCE as C
from .layout import Layout, Sentence, Token
from .nlp import parse_one
from .phrase import Surface, cue_text, mention_phrase

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
    ``read_left`` (finder._find_left), else by the parse of that line; None unless the credit
    writes a name."""
    toks = colon_line_before(lay, sent, qi)
    if not toks:
        return None
    s = read_left(lay, toks)
    if s is None or s.needs_parse:
        s = _parsed_reporter(lay, lay.sentences[sent.index - 1])
    if s is None or not s.parts or not all(p.kind == "name" for p in s.parts):
        return None
    s.how += " (a colon line closing the paragraph before)"
    return s


def _parsed_reporter(lay: Layout, line: Sentence) -> Surface | None:
    """The named subject of the last verb of saying on the colon line, by the parse: "…, and in
    a response, Campaign Director X said the following:", "Outlet's X noted … in a post:" (the
    string rules read neither: an aside before the subject, a possessive outlet)."""
    base = line.start
    doc = parse_one((lay.parse_text or lay.text)[line.start : line.end])
    verbs = [t for t in doc if t.pos_ == "VERB" and report_base(t.lower_)]
    if not verbs:
        return None
    verb = verbs[-1]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.pos_ != "PROPN":
        # "his attorney, X, tweeted this week:": the name set in apposition to the subject
        subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if subj is None:
        return None  # a pronoun or a description: the continuation rules read those
    start, end = _name_span(subj)
    toks = [t for t in line.tokens if base + start <= t.start and t.end <= base + end]
    parts = mention_phrase(toks)
    if not parts:
        return None
    # the verb's token in the layout; the tokenisers may split a word differently: the
    # parse's word is the cue then
    at = next((i for i, t in enumerate(line.tokens) if t.start <= base + verb.idx < t.end), None)
    return Surface(parts, cue_text(lay, line.tokens, at) if at is not None else verb.text,
                   "parse: subject of a verb of saying on the colon line", C.said_before_ending_colon)


def _name_span(head: Any) -> tuple[int, int]:
    """The characters of a proper name: its head and the compound words and titles before it,
    not a possessive owner ("NPR's Liz Halloran" -> "Liz Halloran")."""
    left = head
    for c in sorted(head.children, key=lambda c: -c.i):
        if c.i == left.i - 1 and c.dep_ in ("compound", "flat", "amod") and c.pos_ == "PROPN":
            left = c
    return left.idx, head.idx + len(head.text)
