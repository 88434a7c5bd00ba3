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
word is capitalised: there the verb stands. Used after the marks only (after_quote._said_after).
Measured and not taken: the same check before the marks (finder._said_before), which made four
right names wrong on those 5,000 articles ("The State Department's message about Yemen adds
that “…”" went to Yemen: the misread verb had stopped the string rule and left the sentence to
the parse, which read it right); and any capitalised verb after a capital ("Post", "Brand"),
which scored the same on every annotated set.
"""

from __future__ import annotations

from ..lexicon.reporting import NAME_WORD_VERBS, report_base
from .layout import Token
from .name_joins import title_case_line
from .phrase import _is_word


def continues_name(toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` is a capitalised "State" right after another capitalised word, in a
    sentence that is no title-case line: a name's word, not the verb it spells."""
    if i <= 0 or toks[i].lower not in NAME_WORD_VERBS or not toks[i].text[:1].isupper() or not _is_word(toks[i - 1]):
        return False
    return toks[i - 1].text[:1].isupper() and not title_case_line(toks)


def saying_base(toks: list[Token], i: int) -> str | None:
    """The reporting verb's base of ``toks[i]`` (report_base), or None for a word that
    continues a name ("Islamic State")."""
    base = report_base(toks[i].lower)
    if base is None or continues_name(toks, i):
        return None
    return base
