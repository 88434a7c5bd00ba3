"""Two short quotations set side by side by "and", "or" or "versus", both credited to nobody,
are words named as words: terms, not scare quotes.

"the quarrel is no longer between “thrift” and “plenty”", "“Tall” and “short” budgets are never
defined", "‘OLD’ VERSUS ‘NEW’ RULES": a writer who weighs two words against each other is
talking about the words, and the string rules saw only two fragments with no credit and typed
each a scare quote (round 34, lane scare15, eval/real/audit/scare15-sample.tsv: 5 of the 120
sampled scare quotes; on the 974-article corpus sample 15 such pairs were typed scare). Left
alone: a pair modifying the noun after it ("“loud” and “rude” callers": the writer's distance,
a scare quote), a pair inside a longer list ("“a”, “b” and “c”": the list rule shares the first
item's kind), longer fragments (someone's phrases), cries ending in "!" or "?", nested
quotations. The old evidence is kept
after the new, so attribution's parse may still read a reporting verb's subject as the speaker
("She called the plan “rash” and “cruel”").
"""

from __future__ import annotations

import re

from ..lexicon.function_words import CLAUSE_PRONOUNS, COPULA_FORMS, PAIR_CONJUNCTIONS, PREDICATE_LINKS
from ..model import Quote
from ..thresholds.extract import PAIRED_WORD_MAX_WORDS
from .reading import _modifies_next

_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
# list separators between neighbouring quotations (a third item makes a list, not a pair)
_LIST_GAP = re.compile(r"[\s,;/]*(?:(?:and|or|nor|&)\s+)?")
_EVIDENCE = "two short words in marks set side by side by '{}': words named as words, credited to nobody"


def pair_terms(text: str, quotes: list[Quote]) -> None:
    """Retype as terms both quotations of each uncredited pair (see the module's docstring)."""
    for i in range(len(quotes) - 1):
        a, b = quotes[i], quotes[i + 1]
        conj = _joining_word(text, a, b)
        if conj is None or not (_uncredited(a) and _uncredited(b)):
            continue
        if _in_a_list(text, quotes, i) or _modifies_after(text, b) or _predicate(text, a):
            continue
        for q in (a, b):
            q.kind = "term"
            q.kind_evidence = [_EVIDENCE.format(conj)] + q.kind_evidence


def _uncredited(q: Quote) -> bool:
    """A short scare quote the string rules typed for want of a credit."""
    # (not a cry: 'will anyone shout “Go home!” or “Shame!”' imagines words said, a scare
    # quote; two such on the AllSides check were made terms before this test)
    return (q.kind == "scare" and not q.nested and len(q.text.split()) <= PAIRED_WORD_MAX_WORDS
            and q.text.rstrip()[-1:] not in "!?"
            and any("credited to nobody" in e for e in q.kind_evidence))


def _close_end(q: Quote) -> int:
    return q.end + len(q.close_mark)


def _open_pos(q: Quote) -> int:
    return q.start - len(q.open_mark)


def _joining_word(text: str, a: Quote, b: Quote) -> str | None:
    """The conjunction that alone stands between the two quotations' marks, or None."""
    gap = text[_close_end(a):_open_pos(b)]
    words = gap.replace(",", " ").split()
    if "\n" in gap or len(words) != 1 or words[0].lower() not in PAIR_CONJUNCTIONS:
        return None
    return words[0].lower()


def _in_a_list(text: str, quotes: list[Quote], i: int) -> bool:
    """A quotation right before the pair or right after it, joined by a list separator."""
    before = quotes[i - 1] if i else None
    after = quotes[i + 2] if i + 2 < len(quotes) else None
    if before is not None and _LIST_GAP.fullmatch(text, _close_end(before), _open_pos(quotes[i])):
        return True
    return after is not None and bool(_LIST_GAP.fullmatch(text, _close_end(quotes[i + 1]), _open_pos(after)))


def _predicate(text: str, a: Quote) -> bool:
    """The pair is what a verb "be" says of its subject ("the levy is “unfair” and “ruinous”",
    "is it “unfair” and …", "she was “flat broke” and “bone tired”"): words borrowed for the
    thing described, a scare quote or someone's, not words weighed as words (review23: two of
    seven corpus pairs made terms were such predicates, one a candidate's own phrases)."""
    ws = [w.lower() for w in re.findall(r"[\w'’]+", text[max(0, _open_pos(a) - 40):_open_pos(a)])][-2:]
    links = COPULA_FORMS | (PREDICATE_LINKS - {"to"})
    return bool(ws) and (ws[-1] in links or len(ws) == 2 and ws[0] in links and ws[1] in CLAUSE_PRONOUNS)


def _modifies_after(text: str, b: Quote) -> bool:
    """The pair modifies the noun right after the second's closing mark ("“loud” and “rude”
    callers")."""
    right = text[_close_end(b):_close_end(b) + 40]
    m = _WORD.search(right)
    return m is not None and _modifies_next(right, m.group(0))
