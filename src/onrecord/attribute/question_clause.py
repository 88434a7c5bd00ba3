"""Words quoted inside a question clause put to the sentence's subject: "When asked whether he
would “…”, Dukakis said", "Pressed on whether the network had dropped the story “…,” Farrow
replied", "Varga, when asked which “…”, smiled". The marks sit in the question, which someone
else put (a moderator, a host, a reporter); the one asked answers after the clause. Before,
the answerer named after the clause, the subject the clause hangs on, or the speaker of the
paragraph before took the words. The text seldom names the asker there, so the words are left
null (round 50, lane qa50). The clause is a passive or fronted participle of asking
(QUESTION_CLAUSE_PARTICIPLES), an optional "by" agent, then a question opener
(QUESTION_OPENERS), and no comma, colon, semicolon, dash or other marks before the quotation.
Not a question clause's words: an active asker with an object ("X asked the crews to “…”":
X's request, left to the other rules), the asked person's own earlier words named as theirs
("asked about his “…” warning"), and words another verb reports inside the clause ("asked
about what X called “…”")."""

from __future__ import annotations

import re

from ..lexicon.function_words import DETERMINERS, PARTICIPLE_ADVERBS, SENTENCE_CONJUNCTIONS, SUBORDINATORS
from ..lexicon.questioning import QUESTION_CLAUSE_ADVERBS, QUESTION_CLAUSE_PARTICIPLES, QUESTION_OPENERS
from ..thresholds.questions import QUESTION_CLAUSE
from ..lexicon.reporting import PASSIVE_AUXILIARIES, REPORT_FORMS, SAID_WORDS_NOUNS, WHAT_NAMING_VERBS

# the participle, an optional "by" agent, one opener word, then anything but a clause break or
# other marks up to the opening mark of the quotation
_PARTICIPLE = re.compile(r"\b(?:" + "|".join(sorted(QUESTION_CLAUSE_PARTICIPLES)) + r")\b", re.I)
_CLAUSE = re.compile(
    r"\s+(?:by\s+[^,;:\u201c\u201d\"\u2014\u2013]{1,%d}?\s+)?(?P<opener>[a-z]+)\b"
    r"(?P<rest>[^,;:\u201c\u201d\"\u2018\u2014\u2013]*)[\u201c\"\u2018]\s*$" % QUESTION_CLAUSE.agent_chars)
# what may stand right before the participle: the sentence's start ("Asked whether …", "But
# asked …"), a subordinator ("when asked"), the comma of "X, asked by …", or a passive "be"
# with adverbs between ("was also asked"). Not an active subject's verb: "Acosta then asked if
# the chief was “…”", "He also asked about …", "and questioned whether …" are the asker's own
# words (the lane's first corpus run gave 4 of them to nobody).
# subordinators of time or condition; not the relatives ("X, who asked whether …" is X asking)
_CLAUSE_OPENERS = SUBORDINATORS - {"that", "which", "who", "whom", "whose", "what", "where", "wherever",
                                   "why", "how", "whether"}
_SENTENCE_END = re.compile(r"[.!?][\u201d\u2019\"']*\s+")
# an owner right before the marks: the asked person's (or another's) own words
_OWNERS = DETERMINERS - {"a", "an", "the", "this", "that", "these", "those"}
_WORD = re.compile(r"[A-Za-z\u2019']+")
# the one linking word that may open the sentence before a fronted participle ("But asked …")
_LINKS = SENTENCE_CONJUNCTIONS | {"so"}


def _adverb(word: str) -> bool:
    return word.endswith("ly") or word in PARTICIPLE_ADVERBS or word in QUESTION_CLAUSE_ADVERBS


def _lead_ok(before: list[str]) -> bool:
    """The words of the sentence before the participle leave it a passive or fronted clause."""
    if not before or [w.lower() for w in before] in ([l] for l in _LINKS):
        return True
    last = before[-1].strip("\u201d\u2019\"'")
    if before[-1].endswith(",") or last.lower() in _CLAUSE_OPENERS:
        return True
    for word in reversed(before):
        w = word.lower().strip(",")
        if w in PASSIVE_AUXILIARIES:
            return True
        if word.endswith(",") or not _adverb(w):
            return False
    return False


def _answered_after(text: str, end: int) -> bool:
    """Words of the sentence follow the quotation's closing mark: "Brandt, asked whether …
    “…,” shrugged" goes on to its subject's own verb. A comma before the participle also closes
    an aside after an active asker ("Reporter X, who covers the port, asked whether … “….”"),
    whose sentence ends on the words: the asker's question, not a clause (review42)."""
    if text[end - 1 : end] in (".", "!", "?"):
        return False  # the words end the sentence ("… “… the islanders.” Brandt said no.")
    close = end + 1 if end < len(text) and text[end] in "\u201d\"\u2019'" else end
    nl = text.find("\n", close)
    rest = _SENTENCE_END.split(text[close : nl if nl >= 0 else len(text)], 1)[0]
    return _WORD.search(rest) is not None


def _others_words(rest: str, text: str, end: int) -> bool:
    """The quotation is someone's reported words inside the clause: a reporting or naming verb
    before it ("what X called"), an owner right before the marks ("his “…”"), or a speech noun
    right after them ("the “…” remark")."""
    words = [w.lower() for w in _WORD.findall(rest)]
    if any(w in REPORT_FORMS or w in WHAT_NAMING_VERBS for w in words):
        return True
    if words and words[-1] in _OWNERS:
        return True
    after = _WORD.search(text, end, end + QUESTION_CLAUSE.noun_after_chars)
    return after is not None and after.group(0).lower() in SAID_WORDS_NOUNS


def question_clause(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The cue and the reason when the quotation ``text[start:end]`` (inside its marks) is the
    question's words, put to the one the sentence names: it sits in a question clause opened by
    a participle of asking, which is its cue (the question is asked: "was asked if she were a
    “…”" keeps its verb though the asker goes unnamed); else None."""
    line = text.rfind("\n", 0, start) + 1
    # the sentence's start: after the last full stop before the words, closing marks and all
    # ("… very careful.” Pressed on whether …")
    ends = [m.end() for m in _SENTENCE_END.finditer(text, line, start)]
    lo = ends[-1] if ends else line
    for p in _PARTICIPLE.finditer(text, lo, start):
        m = _CLAUSE.match(text, p.end(), start)
        if m is None or m.group("opener") not in QUESTION_OPENERS:
            continue
        before = text[lo:p.start()].split()
        if not _lead_ok(before) or before and before[-1].endswith(",") and not _answered_after(text, end):
            continue
        if _others_words(m.group("rest"), text, end):
            return None
        return p.group(0), f"inside a question clause opened by '{p.group(0)}': the question's words, not the answer's"
    return None
