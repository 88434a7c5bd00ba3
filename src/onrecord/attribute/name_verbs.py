"""A capitalised "State" that continues a name is no reporting verb: "Islamic State", "United
States" (issue 11, round 76, lane capverb76).

The string rules read a verb of saying by its lower-cased word (lexicon/reporting.report_base),
and "state" is one. So in 'Rep. Vern Buchanan said such a move would be “a huge mistake,”
particularly as the U.S. tries to destroy Islamic State' the words after the marks read as
"“…” X said" with "State" the verb and "Islamic" its subject: the quotation went to the
Islamic State (a tuning item). On 5,000 AllSides articles no eval set holds, 8 quotations had a
"State"/"States" after the marks read as their verb; each went to "Islamic State", "United
States" or to nobody.

A verb of saying in a body sentence is written in lower case. A capitalised "State" right after
another capitalised word is the second word of a name, except on a title-case line, where every
word is capitalised: there the verb stands. Used after the marks (after_quote._said_after).
Measured and not taken: the same check before the marks on its own (finder._said_before), which
made four right names wrong on those 5,000 articles ("The State Department's message about Yemen adds
that “…”" went to Yemen: the misread verb had stopped the string rule and left the sentence to
the parse, which read it right; the form before the marks below asks for more); and any
capitalised verb after a capital after the marks ("Post", "Brand"), which scored the same on
every annotated set.

Before the marks (finder._said_before, continuation.intro_cue; round 76, lane capgen76): any
capitalised verb word after a capital is no verb when the name's words run on from it to a
lower-case verb of saying ("Fraternal Order of Police president Chuck X said": the quotation
went to "Fraternal Order"), or hold a lower-case title and its holder's name ("Washington Post
columnist X, …, wrote in a commentary:"). Without such a run the misread verb is left to stop
the string rule, as the parse reads those sentences right.
"""

from __future__ import annotations

from ..lexicon.name_verbs import NAME_WORD_VERBS
from ..lexicon.reporting import report_base
from ..lexicon.titles import TITLE_WORDS
from ..thresholds.subjects import SUBJECTS
from .cues import NAME_CONNECTORS
from .layout import Token
from .name_joins import title_case_line
from .phrase import _is_word


def _after_capital(toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` is capitalised right after another capitalised word, in a sentence
    that is no title-case line (where every word is capitalised and the verb stands)."""
    if i <= 0 or not toks[i].text[:1].isupper() or not _is_word(toks[i - 1]):
        return False
    return toks[i - 1].text[:1].isupper() and not title_case_line(toks)


def continues_name(toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` is a capitalised "State" right after another capitalised word, in a
    sentence that is no title-case line: a name's word, not the verb it spells."""
    return toks[i].lower in NAME_WORD_VERBS and _after_capital(toks, i)


def _runs_to_verb(toks: list[Token], i: int) -> bool:
    """Whether the words after ``toks[i]`` finish a name and reach a lower-case verb of saying:
    capitalised words, a name's connectors ("of", "the") and lower-case titles ("president"),
    then the verb ("… Order of Police president Chuck X said"); or hold a lower-case title and
    the capitalised name of its holder, whatever follows ("… Post columnist Ann X, a former
    aide, wrote in a commentary:"): the word only says whose columnist."""
    titled = False
    for j in range(i + 1, min(len(toks), i + 1 + SUBJECTS.name_word_run_tokens)):
        t = toks[j]
        if t.text == "." and j > i + 1 and toks[j - 1].text[:1].isupper():
            continue  # a title's full stop: "Sen." in "… Order member Sen. Ann X said"
        if not _is_word(t):
            return titled
        if t.text[:1].isupper():
            titled = titled or toks[j - 1].lower in TITLE_WORDS and toks[j - 1].text[:1].islower()
            continue
        if t.lower in NAME_CONNECTORS or t.lower in TITLE_WORDS:
            continue
        return titled or report_base(t.lower) is not None
    return titled


def saying_base(toks: list[Token], i: int) -> str | None:
    """The reporting verb's base of ``toks[i]`` (report_base), or None for a word that
    continues a name ("Islamic State")."""
    base = report_base(toks[i].lower)
    if base is None or continues_name(toks, i):
        return None
    return base


def saying_base_before(toks: list[Token], i: int) -> str | None:
    """Before the marks: the reporting verb's base of ``toks[i]``, or None for a capitalised word
    inside a name whose words run on to a lower-case verb of saying ("Fraternal Order of Police
    president X said", "The Washington Post reported"). Any capitalised verb word, not only
    NAME_WORD_VERBS; but only with the run to a verb: without it ("The State Department's
    message about Yemen adds that", "countering the Islamic State “…”") the misread verb stops
    the string rule, and the parse, which reads those right, decides."""
    base = report_base(toks[i].lower)
    if base is None or _after_capital(toks, i) and _runs_to_verb(toks, i):
        return None
    return base
