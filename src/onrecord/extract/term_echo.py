"""An expression a term rule read as a term on its own evidence is the same term wherever the
article quotes it again with nothing of its own to type it (issue 11, round 22, lane terms6):
"Obama pushes ‘…’ in weekly address" over a body that introduces "a “…”"; "in search of
“…”" after the same two words modified a noun. On the tuning splits the headline or bare
repeat had been read as a scare quote credited to nobody, or as a title by title case alone.
Run over an article's quotations once they are all typed (extract/__init__.py), after the
titles' echo."""

from __future__ import annotations

from ..model import Quote
from ..thresholds.extract import ExtractOptions
from .person_labels import NICKNAME_BETWEEN_NAMES, TITLE_CASE_ALONE
from .title_echo import LISTED_WITH_PREVIOUS, _key, keeps_own_kind

# Term reasons too weak to lend: a capitalised word between two names ("CNN ‘Bombshell’ Is
# …" in a headline; a scare quote's repeat took it on the tuning split), a list's shared kind,
# and an echo itself (no chains).
# A word the sentence calls a term ("“…” is a euphemism for …", term_rules._called_an_expression)
# is talked about there, not named for the article: its other quotations may be someone's use
# of it (corpus: 'Brees implores America to “listen.” “Listen” is a euphemism …' took Brees's
# own word from him).
# A word given a meaning ("the attempt to define “…” as …", term_rules._defined_as) is the same:
# the writer's own scare quote of it elsewhere stayed a scare quote (round 35, lane
# scareterm16: 'Those “…” Southern Democrats' took the term on the corpus check).
_WEAK_SOURCE = (NICKNAME_BETWEEN_NAMES, LISTED_WITH_PREVIOUS, "the words of a term",
                "called an expression", "defined as something")
# Reasons that type a quotation on no evidence of its own: a fragment credited to nobody (the
# scare default) and title case alone.
_WEAK_TARGET_END = "credited to nobody"
_WEAK_TARGET_START = TITLE_CASE_ALONE
# A title-case label is no evidence against a title: the label rule also reads works and shows
# ('our “This Week” roundtable', 'his “Salute to America” speech'; AllSides corpus check, 3 of
# 6 such retypings were titles), so it lends term only to scare quotes.
_TITLE_CASE_SOURCE = "a title-case label"
# A slogan (title_rules._title_cue) lends its term as far as a work's name lends its title
# (title_echo): to any repeat no cue or speaker of its own types, however sentence-like ("“…” is
# a cop-out", a motto on a line of its own). Until round 32 (lane notspeech13) a slogan was a
# title and its repeats were titles; as terms they fell to speech (6 repeats, 218 corpus
# articles with a slogan or motto).
_SLOGAN_SOURCE = "slogan cue"


def _weak(q: Quote) -> bool:
    why = q.kind_evidence[0] if q.kind_evidence else ""
    if q.kind == "scare":
        return why.endswith(_WEAK_TARGET_END) and "reporting verb" not in why
    return q.kind == "title" and why.startswith(_WEAK_TARGET_START)


def echo_terms(quotes: list[Quote], opts: ExtractOptions) -> None:
    """Type term every short quotation typed on weak evidence whose words (case, edge
    punctuation and a possessive aside) are those of a quotation a term rule decided."""
    named: dict[str, list[str]] = {}
    for q in quotes:
        if q.kind == "term" and not q.nested and q.kind_evidence and not q.kind_evidence[0].startswith(_WEAK_SOURCE):
            named.setdefault(_key(q.text), []).append(q.kind_evidence[0])
    if not named:
        return
    for q in quotes:
        if _slogan_repeat(q, named, opts):
            continue
        if q.nested or len(q.text.split()) > opts.term_max_words or not _weak(q):
            continue
        reasons = named.get(_key(q.text), [])
        if q.kind == "title":
            reasons = [w for w in reasons if not w.startswith(_TITLE_CASE_SOURCE)]
        why = reasons[0] if reasons else None
        if why is not None:
            q.kind = "term"
            q.kind_evidence = [f"the words of a term named elsewhere in the article ({why})"]


def _slogan_repeat(q: Quote, named: dict[str, list[str]], opts: ExtractOptions) -> bool:
    """Type term (and say so) a repeat of a slogan's words that no cue or speaker of its own
    types, as title_echo types a work's repeats."""
    if q.kind == "term" or q.nested or len(q.text.split()) > opts.bare_title_max_words:
        return False
    why = next((w for w in named.get(_key(q.text), []) if w.startswith(_SLOGAN_SOURCE)), None)
    if why is None or keeps_own_kind(q):
        return False
    q.kind = "term"
    q.kind_evidence = [f"the words of a term named elsewhere in the article ({why})"]
    return True
