"""Out of context: the quoted words occur in the source, but something in the source's own
sentence governs them and turns their meaning round (verification.md, lesson 18).

"close the public library" occurs in "We will not, under any circumstances, close the public
library"; "the mayor was dishonest" occurs in "I never said that the mayor was dishonest".
Both match verbatim and say the opposite of what the speaker said. ``governing_frame`` looks at
the part of the source sentence before the matched words, inside their clause, and returns the
first governing frame a rule finds, with its words and offsets, so the verdict can show them.

Rules, in order (each a small named function over the clause before the span):
1. ``negated_report``: a negated saying or believing verb ("I never said", "I don't think",
   "nobody can say").
2. ``denial``: a denial or a rebuttal frame ("I deny that", "it is not true that", "it is a lie
   that").
3. ``others_claim``: the words are someone else's claim the speaker reports ("critics say",
   "my opponents claim", "they accuse me of saying").
4. ``negator``: a negator ("not", "never", "n't", "no", ...) within ``max_words`` words before
   the span, except the affirmative idioms that contain one ("no doubt", "not only").
5. ``hypothetical``: a conditional sentence ("if", "unless") with a modal of possibility or
   a conditional ("would", "could", "might") within three words before the span.
6. ``question``: the source sentence is a question and the quote leaves out its question.

The clause ends at a sentence end, a semicolon, colon or dash, at "but"/"however"/"yet", and at
a comma or "and" that starts a new clause with its own subject ("…, and we will …"), so a "not"
in an earlier clause never governs later words ("This is not about money; it is about trust").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Callable

from ..lexicon.negation import NEGATORS as _NEGATORS
from ..model import Claim, Verdict
from ..thresholds.verify import VerifyOptions

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
# Where a clause ends, reading back from the span: the governor must be in the span's clause.
_CLAUSE_CUT = re.compile(
    r"[.;:!?\u2014\u2013]|\s-\s|\b(?:but|however|yet|although|though|whereas|because)\b"
    r"|(?:,|\band)\s+(?:I|we|you|he|she|they|it|this|there)\b(?!\s*(?:said|say|claim))"
    # ", and the evidence we have tells us …" after "good faith is not a substitute" (dev):
    # a comma and a conjunction start a new clause even when its subject is a noun.
    r"|,\s*(?:and|so|while)\b",
    re.IGNORECASE,
)

_SUBJECT_START = re.compile(r"(?:I|we|you|he|she|they|it|this|there)\b", re.IGNORECASE)
_JOIN_END = re.compile(r"(?:,\s*(?:and|but|so)?|\band|\bbut|\bso)\s*$", re.IGNORECASE)

NEGATORS = _NEGATORS  # the strict negators only: a hedge is not a governing frame
# Idioms that hold a negator and affirm: "there is no doubt that the mayor lied" is a claim
# that he lied, not a denial of it.
_AFFIRMING = re.compile(
    r"\b(?:no\s+(?:doubt|question|secret|surprise|wonder|coincidence|accident|matter|longer)"
    r"|not\s+(?:only|just|least|merely|surprisingly)|nothing\s+but|never\s+before|none\s+other"
    r"|(?:can(?:no|')t|could\s*n['\u2019]?t)\s+(?:help|stress|overstate|emphasi[sz]e)"
    r"|whether\s+or\s+not)\b",
    re.IGNORECASE,
)
_NEG = r"(?:\bnot|\bnever|\b\w+n['\u2019]t|\bno\s+one|\bnobody|\bcannot)"
_SAY = (r"(?:say|says|said|saying|claim|claimed|claims|suggest|suggested|mean|meant|think|thought"
        r"|believe|believed|call|called|accuse|accused|argue|argued|imply|implied|state|stated)")
_NEGATED_REPORT = re.compile(rf"{_NEG}\s+(?:\w+\s+){{0,2}}?{_SAY}\b", re.IGNORECASE)
_DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?\s+(?:the\s+)?(?:claim|idea|suggestion)s?"
    r"|(?:it\s+is|it['\u2019]s|that\s+is|that['\u2019]s)\s+(?:not\s+true|false|a\s+lie|untrue|nonsense|a\s+myth)"
    r"|(?:false|untrue|a\s+lie|a\s+myth|nonsense)\s+that|refute[sd]?|dispute[sd]?)\b",
    re.IGNORECASE,
)
_OTHERS = re.compile(
    r"\b(?:critics|opponents|detractors|rivals|some\s+people|some|others|people|rumou?rs?|reports|they"
    r"|my\s+\w+|the\s+\w+\s+(?:claim|suggestion|allegation))\s+"
    r"(?:\w+\s+)?(?:say|said|claim|claimed|allege|alleged|suggest|suggested|insist|insisted|accuse\s+\w+\s+of\s+saying)\b"
    r"|\baccus(?:e|es|ed|ing)\s+\w+\s+of\s+(?:saying|claiming|suggesting)\b"
    r"|\b(?:allegation|claim|suggestion|rumou?r)s?\s+that\b",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(r"\b(?:if|unless|suppose|supposing|in\s+case)\b", re.IGNORECASE)
_HYPO_MODAL = re.compile(r"\b(?:would|could|might|may)\b", re.IGNORECASE)


@dataclass
class Frame:
    """A governing frame: which rule found it, and its words in the source with offsets."""

    rule: str
    start: int
    end: int
    text: str
    sentence: str


@dataclass
class _Clause:
    """The part of the source sentence before the span, inside the span's clause."""

    text: str  # the source's own characters
    offset: int  # where ``text`` starts in the source
    sentence: str
    sentence_end: int  # where the sentence ends in the source
    span_end: int
    max_words: int


def governing_frame(doc_text: str, sentences, start: int, end: int, quote: str,
                    options: VerifyOptions | None = None) -> Frame | None:
    """The first frame that governs ``doc_text[start:end]`` in its sentence, or None.

    ``sentences`` are the source's sentences (objects with ``start``/``end``); ``quote`` is the
    claim's text (a quote that itself holds the question mark keeps its question)."""
    opts = options or VerifyOptions()
    clause = _clause(doc_text, sentences, start, end, opts.frame_max_words)
    if clause is None:
        return None
    for rule in _RULES:
        found = rule(clause, quote)
        if found is not None:
            s, e = found
            return Frame(rule.__name__, clause.offset + s, clause.offset + e, clause.text[s:e],
                         clause.sentence)
    return None


def _clause(doc_text: str, sentences, start: int, end: int, max_words: int) -> _Clause | None:
    s_start, s_end = start, end
    for s in sentences:
        if s.start <= start < s.end:
            s_start = s.start
        if s.start < end <= s.end:
            s_end = s.end
    before = doc_text[s_start:start]
    cut = 0
    for m in _CLAUSE_CUT.finditer(before):
        cut = m.end()
    if _SUBJECT_START.match(doc_text, start) and _JOIN_END.search(before):
        # "We are not going to stop, and we will build the bridge" quoted from "we will": the
        # quote starts a new clause with its own subject; the earlier "not" is not its.
        cut = len(before)
    return _Clause(before[cut:], s_start + cut, doc_text[s_start:s_end], s_end, end, max_words)


def _near(clause: _Clause, pos: int) -> bool:
    """Is ``pos`` (in the clause) within the clause's last ``max_words`` words?"""
    return len(_WORD.findall(clause.text[pos:])) <= clause.max_words


def negated_report(clause: _Clause, quote: str) -> tuple[int, int] | None:
    m = None
    for m in _NEGATED_REPORT.finditer(clause.text):
        pass
    return (m.start(), m.end()) if m is not None and _near(clause, m.start()) else None


def denial(clause: _Clause, quote: str) -> tuple[int, int] | None:
    m = None
    for m in _DENIAL.finditer(clause.text):
        pass
    return (m.start(), m.end()) if m is not None and _near(clause, m.start()) else None


def others_claim(clause: _Clause, quote: str) -> tuple[int, int] | None:
    m = None
    for m in _OTHERS.finditer(clause.text):
        pass
    return (m.start(), m.end()) if m is not None and _near(clause, m.start()) else None


def negator(clause: _Clause, quote: str) -> tuple[int, int] | None:
    text = _AFFIRMING.sub(lambda m: " " * len(m.group(0)), clause.text)
    last = None
    for w in _WORD.finditer(text):
        low = w.group(0).lower()
        if low in NEGATORS or low.endswith(("n't", "n\u2019t")):
            last = w
    if last is None or not _near(clause, last.start()):
        return None
    return last.start(), last.end()


def hypothetical(clause: _Clause, quote: str) -> tuple[int, int] | None:
    if not _CONDITIONAL.search(clause.sentence):
        return None
    words = list(_WORD.finditer(clause.text))[-3:]
    for w in reversed(words):
        if _HYPO_MODAL.fullmatch(w.group(0)):
            return w.start(), w.end()
    return None


def question(clause: _Clause, quote: str) -> tuple[int, int] | None:
    sentence = clause.sentence.rstrip().rstrip("\"'\u201d\u2019)")
    if not sentence.endswith("?") or quote.rstrip().rstrip("\"'\u201d\u2019)").endswith("?"):
        return None
    if not clause.text.strip():
        return None  # the quote starts the question: its own words, at most a cut question mark
    return 0, len(clause.text.rstrip())


_RULES: tuple[Callable[[_Clause, str], tuple[int, int] | None], ...] = (
    negated_report, denial, others_claim, negator, hypothetical, question,
)


_FRAME_WHY = MappingProxyType({
    "negated_report": "a negated saying verb",
    "denial": "a denial",
    "others_claim": "someone else's claim that the speaker reports",
    "negator": "a negation",
    "hypothetical": "a condition",
    "question": "a question",
})


def out_of_context(claim: Claim, words_verdict: str, frame: Frame, ev, warnings: list[str]) -> Verdict:
    """The words occur (``words_verdict`` says how exactly) but a frame governs them: shown
    with its own words and the whole source sentence."""
    ev.governing = {"start": frame.start, "end": frame.end, "text": frame.text, "rule": frame.rule}
    sentence = " ".join(frame.sentence.split())
    expl = (f'the words occur ({words_verdict}), but {_FRAME_WHY.get(frame.rule, frame.rule)} governs them '
            f'in the source: "{frame.text.strip()}" in "{sentence}"')
    return Verdict(claim.id, "out_of_context", "context", 0.5, expl, evidence=ev, warnings=warnings, claim=claim)
