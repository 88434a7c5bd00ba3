"""Features of a quoted fragment typed scare or term, for the learned kind model
(attribute/kind_model.py; trained by eval/real/attribution/train_kind_model.py). Cheap string
reads only: the words right before and after the marks, the fragment's shape, where it stands,
whether its words recur in the article, and which extraction rule decided its kind (the
kind evidence). No parse."""

from __future__ import annotations

import re

from ..lexicon.function_words import DETERMINERS
from ..lexicon.kind_cues import NAMING_BEFORE, WORDING_NOUNS
from ..lexicon.reporting import report_base

_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")
# the extraction rule that decided the kind (substrings of kind_evidence), one feature each
_EVIDENCE = ("credited to nobody", "generic group", "modifying the noun after it", "-word fragment",
             "noun phrase in marks", "nickname", "so-called", "mentioned as an expression",
             "introduced as a label", "listed with the previous", "meaning", "naming verb",
             "reporting verb", "name given", "title-case label")

FEATURES: tuple[str, ...] = (
    "kind_term", "words_1", "words_2", "words_3", "words_4plus", "first_upper", "all_lower",
    "title_case", "all_caps", "has_digit", "ends_punct",
    "before_wording_noun", "before_naming", "before_determiner", "before_of", "before_as",
    "before_upper_word", "after_lower_word", "after_punct", "after_upper_word", "after_of",
    "report_verb_near", "headline", "paragraph_start", "words_elsewhere", "quoted_again",
) + tuple("ev_" + e.replace(" ", "_") for e in _EVIDENCE)


def normal(quoted_text: str) -> str:
    """A quotation's words as ``kind_features`` compares them (marks and case dropped)."""
    return quoted_text.strip(" \"“”‘’'„«»").lower()


def _words(s: str) -> list[str]:
    return _WORD_RE.findall(s)


def kind_features(text: str, start: int, end: int, kind: str, evidence: list[str],
                  quoted: list[str]) -> list[float]:
    """The feature row of the quotation text[start:end] (marks excluded or not: both are
    read the same), typed ``kind`` by the rules ``evidence``; ``quoted`` holds the lowered
    texts of every quotation of the article (``normal``: for "quoted again")."""
    inner = text[start:end].strip(" \"“”‘’'„«»")
    ws = _words(inner)
    n = len(ws)
    before = _words(text[max(0, start - 60):start])[-3:]
    after_text = text[end:end + 40].lstrip(" \"”’'»")
    after = _words(after_text)[:2]
    b1 = before[-1] if before else ""
    a1 = after[0] if after else ""
    window = _words(text[max(0, start - 160):start]) + _words(text[end:end + 160])
    line_start = text.rfind("\n", 0, start) + 1
    lowered = inner.lower()
    rest = (text[:start] + " " + text[end:]).lower()
    why = " ".join(evidence)
    row = [
        kind == "term", n == 1, n == 2, n == 3, n >= 4,
        bool(inner[:1].isupper()), inner == inner.lower(),
        n > 0 and all(w[:1].isupper() for w in ws), inner.isupper(), any(c.isdigit() for c in inner),
        inner[-1:] in ".,!?" if inner else False,
        any(w.lower() in WORDING_NOUNS for w in before), any(w.lower() in NAMING_BEFORE for w in before),
        b1.lower() in DETERMINERS, b1.lower() == "of", b1.lower() == "as",
        bool(b1[:1].isupper()) and b1.lower() not in DETERMINERS,
        bool(a1) and a1.islower() and after_text[:1].isalpha(), after_text[:1] in ".,;:)!?",
        bool(a1[:1].isupper()) and after_text[:1].isalpha(), a1.lower() == "of",
        any(report_base(w.lower()) is not None for w in window),
        start < 300 and "\n" in text[end:end + 200] and text.find("\n") >= end - 1,
        not text[line_start:start].strip(" \"“”‘’'„«»"),
        len(lowered) > 3 and lowered in rest, sum(1 for t in quoted if t == lowered) > 1,
    ]
    row += [e in why for e in _EVIDENCE]
    return [float(v) for v in row]
