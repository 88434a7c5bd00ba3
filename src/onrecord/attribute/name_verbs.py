"""A capitalised "State" that continues a name is no reporting verb: "Islamic State", "United
States", "Iowa State Sen. Brad Zaun" (issue 11, round 76, lane capverb76).

The string rules read a verb of saying by its lower-cased word (lexicon/reporting.report_base),
and "state" is one. So in 'Rep. Vern Buchanan said such a move would be “a huge mistake,”
particularly as the U.S. tries to destroy Islamic State' the words after the marks read as
"“…” X said" with "State" the verb and "Islamic" its subject: the quotation went to the
Islamic State. The same happened before the marks ('As Secretary Chuck Hagel has noted, the
Islamic State is “…”', 'Iowa State Sen. Brad Zaun gave this exhortation: “…”'): a tuning
item each, and on 5,000 AllSides articles no eval set holds, 11 quotations with the cue
"State"/"States", every one given to a country, a group or nobody by that misreading.

A verb of saying in a body sentence is written in lower case. A capitalised "State" right after
another capitalised word is the second word of a name, except on a title-case line, where every
word is capitalised ("Governor State Declares …"): there the verb stands. Only the words of
lexicon/reporting.NAME_WORD_VERBS: a wider form (any capitalised verb after a capital) also
skipped "Post" in "The Washington Post reviewed … and found that “…”", where the string rule's
early stop had left the sentence to the parse, which read it right; on 5,000 unseen articles it
made 4 names wrong that this form leaves alone.
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
