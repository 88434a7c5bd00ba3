"""A quotation with no cue of its own whose sentence names someone other than the voice before
it: continuation.py leaves it null ("names X, not the previous speaker"), which is right when X
is talked about ("A GOP aide called the assumption Schiff made “…”") and wrong when X is the one
reporting in that very sentence, by a credit the parse did not tie to the words. Round 35, lane
cont17, on the judged sample and the 974 corpus articles: "Mr. Van Hollen replied, “…” adding
that the provision would be “…”" (a second quotation of one credit), "John Kasich, one of the
last three men standing, disagreed … — both predicting … and calling such a scenario “fun” and
“cool”", "Trump in his remarks called federal workers “…” who “…”".

X speaks when an earlier quotation of the sentence is already his, or when he is the sentence's
subject (referents.leading_subject), a verb of saying of his clause (before any "who", "that")
stands between his name and the words, and no other person is named before them."""

from __future__ import annotations

from typing import Any

from ..lexicon.function_words import RELATIVE_WORDS
from ..lexicon.reporting import HEARING_VERBS, REPORT_FORMS
from ..lexicon.titles import COURTESY_TITLES
from ..thresholds.continuation import CONTINUATION
from .breaks import peek_leading_subject
from .entities import Entity
from .nlp import parse_one


def reports_in_own_sentence(res: Any, lay: Any, si: int, qi: int, other: Entity) -> bool:
    """Person ``other``, named in sentence ``si`` outside its quotations, is the reporter of
    quotation ``qi`` there."""
    if not other.is_person():
        return False
    s, q = lay.sentences[si], lay.quotes[qi]
    if any(lay.quotes[j].start < q.start and lay.quotes[j].kind == "speech"
           and lay.quotes[j].speaker == other.canonical for j in s.quotes):
        return True  # "X replied, “…” adding that … “…”": the second quotation of one credit
    mine = [m for m in res.by_sentence.get(si, []) if m.entity is other and m.end <= q.start]
    if not mine or not _is_subject(res, si, other):
        return False
    spans = [(o.start, o.end) for o in lay.quotes]
    if any(m.entity is not None and m.entity is not other and m.end <= q.start
           and not any(a <= m.start < b for a, b in spans) and (m.entity.is_person() or m.entity.person_like())
           for m in res.by_sentence.get(si, [])):
        # another person named before the words: "Pres. Trump slams special counsel Robert
        # Mueller Thursday, saying he “…”" is Trump's (a corpus check gave it to Mueller)
        return False
    return _reports_after(s, mine[0].end, q.start)


# a relative word after the subject: a verb of saying past it is someone else's ("Roberts made a
# statement that took issue with … a judge who ruled …": a corpus check of this rule)
# a past or a participle only ("replied", "calling"): a present form may be a plural noun ("led
# the lawsuit on behalf of 19 states, which argued …" went to the attorney general; corpus check)
_VERB_ENDINGS = ("ed", "ing", "said", "told", "wrote")


def _reports_after(s: Any, name_end: int, q_start: int) -> bool:
    """Between the subject's name and the words, in the main clause, a verb of saying
    ("disagreed …, calling such a scenario “…”"). A bare label "Romney and Ryan: ‘…’" (a video
    clip's title) has none: a first version that took a colon as a credit gave it to Ryan."""
    for t in s.tokens:
        if t.start < name_end or t.end > q_start:
            continue
        if t.lower in RELATIVE_WORDS:
            return False
        if t.is_word and t.lower in REPORT_FORMS and t.lower.endswith(_VERB_ENDINGS):
            return True
    return False


def _is_subject(res: Any, si: int, other: Entity) -> bool:
    """Whether ``other`` opens sentence ``si``'s main clause (asked without learning it)."""
    return any(e is other for e in peek_leading_subject(res, si))


# what may stand between a quotation's end and a name that credits it: closing marks and space
_CLOSING_MARKS = " \t\n,\"'”’"


def closes_own_sentence(res: Any, lay: Any, si: int, qi: int, other: Entity) -> bool:
    """“…,” X remembered. : X named right after the words, and at most one lower-case word (a
    verb no list holds: "remembered", "shared") before the sentence ends. The parse's narrating-
    verb route reads the short case; a long quotation holding inner quotations ("“I hugged her
    and I said, ‘…’ …,” Mia recalled.") reached the guard instead (round 39, lane guard22: 4 of
    15 judged, 2 more in big2; the name was the speaker in each)."""
    s, q = lay.sentences[si], lay.quotes[qi]
    nxt = min([lay.quotes[j].start for j in s.quotes if lay.quotes[j].start >= q.end] + [s.end])
    for m in res.by_sentence.get(si, []):
        if m.entity is not other or m.possessive or not q.end <= m.start < nxt:
            continue
        if lay.text[q.end : m.begin].strip(_CLOSING_MARKS):
            continue
        words = [t for t in s.tokens if m.end <= t.start < nxt and t.is_word]
        if len(words) <= CONTINUATION.closing_words_after_name and all(t.text.islower() and t.lower not in HEARING_VERBS for t in words):
            return True  # not "“You are finished here,” X heard.": X took the words in (review31)
    return False


def credits_sentence_before(res: Any, lay: Any, pi: int, other: Entity) -> bool:
    """Sentence ``pi``, just before a quotation with no cue, credits speech to ``other`` and
    names no one else: "According to Mr Ortiz, the plan is …" or "While …, Ortiz, a board
    lawyer, told a radio station that …" (no parsed subject, so the continuation's subject route
    missed it). Round 39, lane guard22: weak20's sample held 2 such quotations, each the named
    person's. Not "Ortiz's lawyer said" (a possessive), nor a verb past a relative word."""
    if not other.is_person():
        return False
    s = lay.sentences[pi]
    spans = [(o.start, o.end) for o in lay.quotes]
    outside = [m for m in res.by_sentence.get(pi, []) if m.entity is not None
               and not any(a <= m.start < b for a, b in spans)]
    if any(m.entity is not other and (m.entity.is_person() or m.entity.person_like()) for m in outside):
        return False  # "Ortiz told mayor Vidal that …": whose words follow is not told
    mine = [m for m in outside if m.entity is other and not m.possessive]
    return any(_according_to(s, m) or (_reports_after(s, m.end, s.end) and _subject_of_report(lay, s, m))
               for m in mine)


def _subject_of_report(lay: Any, s: Any, m: Any) -> bool:
    """The parse makes the mention the subject of a verb of saying (or of a verb joined to
    one): "X, an ACLU lawyer, told a news site that …". Without it a verb of saying anywhere
    after the name credited him: "the dockers blamed X, telling a radio station …" and "X faced
    dockers shouting that …" gave the group's words to X (review31, round 39: own-words near
    misses; the sentence before has no parsed subject, so nothing else asks who reports)."""
    doc = parse_one((lay.parse_text or lay.text)[s.start : s.end])
    last = m.end - 1 - s.start
    tok = next((t for t in doc if t.idx <= last < t.idx + len(t.text)), None)
    while tok is not None and tok.dep_ in ("compound", "flat") and tok.head is not tok:
        tok = tok.head
    if tok is None or tok.dep_ != "nsubj":
        return False
    verbs = [tok.head] + [c for c in tok.head.children if c.dep_ == "conj"]
    return any(v.lower_ in REPORT_FORMS and v.lower_.endswith(_VERB_ENDINGS) for v in verbs)


def _according_to(s: Any, m: Any) -> bool:
    """"according to" stands right before the mention, a courtesy title ("Mr") aside."""
    start = m.begin
    before = [t.lower.rstrip(".") for t in s.tokens if t.end <= start and t.lower != "."]
    while before and before[-1] in COURTESY_TITLES:
        before.pop()
    return before[-2:] == ["according", "to"]
