"""", with X saying/telling/calling …": the words in a with-clause are its subject's.

An absolute clause after the main clause ("The union was furious, with its leader Tom Reed
telling members: “…”") has its own subject, the person who speaks; the main clause's subject
(a city, a body, a "they") does not. The parse reads most of these; on new corpus text it
missed them when a date stood between the name and the verb ("with the anchor Cecilia Vega on
March 27 calling it proof of “…”") or a colon followed the verb ("Paris was more subdued, with
finance minister Herve Gaymard telling parliament: “…”"), and gave the words to the sentence's
subject or to nobody (round 35, lane big2: 2 of 200 named speech quotations drawn at random
from 600 new articles; 4 of 22 such clauses before a quotation in big2 and big).

``finder.find_string`` asks it after the colon rules and before the left-hand string rules,
whose subject of the main verb ("The court criticised …, with Judge X saying “…”") is not the
speaker. It reads the whole sentence before the marks: a second quotation of the clause
("calling it “…” over the plan to “…”") is the same speaker's."""

from __future__ import annotations

from ..lexicon.calendar import TIME_OPENERS
from ..lexicon.reporting import report_base
from ..thresholds.attribute import CONFIDENCE as C
from ..thresholds.subjects import SUBJECTS
from .layout import Layout, Token
from .phrase import Surface, _is_word, cue_text, mention_phrase, strip_adverbs

# A lower-case word after the name that starts where or when it spoke, not who: "X on May 4
# calling", "X in Beijing saying", "X last week telling".
_AFTER_NAME = frozenset({"on", "in", "at", "during"}) | TIME_OPENERS
_CLAUSE_OPENERS = frozenset({",", "—", "–"})


def with_x_saying(lay: Layout, left: list[Token]) -> Surface | None:
    """The speaker named between the last ", with" before the words and its -ing verb of
    saying, when no other verb of saying stands between that verb and the words."""
    i = _last_with(left)
    if i is None:
        return None
    rest = left[i + 1 :]
    k = next((j for j, t in enumerate(rest) if _saying_ing(t)), None)
    if k is None or k == 0 or k > SUBJECTS.with_clause_subject_reach:
        return None
    if any(_is_word(t) and report_base(t.lower) for t in rest[k + 1 :]):
        return None  # "with X saying Y told him “…”": the later verb's subject may speak
    parts = [p for p in mention_phrase(strip_adverbs(_name_only(rest[:k]))) or [] if p.kind == "name"]
    if len(parts) != 1:
        # "with one member telling …", "with him saying …", "with X and Y saying": the readings
        # below decide. A description beside the one name is its apposition ("with one senator,
        # James Lankford saying"): read as two speakers, the description took a senator named
        # elsewhere in the article
        return None
    return Surface(parts, cue_text(lay, rest, k), "string: …, with X saying “…”", C.said_before)


def _last_with(left: list[Token]) -> int | None:
    """Index of the last "with" that opens a clause after a comma or dash (not an opening
    "With the vote looming, X said": the main clause's speaker stands there)."""
    for i in range(len(left) - 2, 0, -1):
        if left[i].lower == "with" and left[i - 1].text in _CLAUSE_OPENERS:
            return i
    return None


def _saying_ing(t: Token) -> bool:
    return _is_word(t) and t.lower.endswith("ing") and report_base(t.lower) is not None


def _name_only(subj: list[Token]) -> list[Token]:
    """The subject up to a lower-case word of place or time after a capitalised word."""
    for j, t in enumerate(subj):
        if t.text in _AFTER_NAME and any(u.text[:1].isupper() for u in subj[:j]):
            return subj[:j]
    return subj
