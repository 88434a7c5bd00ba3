"""A sentence that opens on a description of its subject and then the subject as a pronoun:
"Also a lifelong independent, he stood outside the polling place …", "A former nurse herself,
she …". The clause's subject is the pronoun after the first comma, so it takes the pronoun's
referent; read from the opening word, the sentence had no subject, and the "“…,” he said"
after it went to a name inside it (the real-news tuning split: a voter's words to the candidate
on the sign he held). Not "Kasich, he said, is …": a reporting verb after the pronoun makes a
parenthetical."""

from __future__ import annotations

from typing import Any

from ..lexicon.reporting import report_base
from ..thresholds.attribute import APPOSED_OPENING_TOKENS

_OPENERS = frozenset({"a", "an"})
# adverbs that may come before the article of such an opening ("Also a …", "Once a …")
_ADVERBS = frozenset({"also", "once", "still", "now", "himself", "herself", "formerly"})


def apposed_pronoun(toks: list[Any], c0: int) -> int:
    """The index of the he/she after an opening description's comma, else ``c0``. The opening
    is an indefinite noun phrase ("A former nurse", "Also an independent voter"); a definite
    one may be a clause ("The president not only knows this, he has started …": corpus, the
    subject became a stray name)."""
    words = [t.lower for t in toks[c0 : c0 + 2]]
    if not words or words[0] not in _OPENERS and not (words[0] in _ADVERBS and words[1:] and words[1] in _OPENERS):
        return c0
    for k in range(c0, min(len(toks) - 2, c0 + APPOSED_OPENING_TOKENS)):
        if toks[k].text == ",":
            pron, verb = toks[k + 1], toks[k + 2]
            if k > c0 and pron.lower in {"he", "she"} and verb.text[:1].islower() \
                    and verb.text[:1].isalpha() and not report_base(verb.lower):
                return k + 1
            return c0
        if not toks[k].text[:1].isalnum() and toks[k].text not in {"-", "’", "'"}:
            return c0  # a dash, a colon or a quotation mark: no plain opening phrase
        if report_base(toks[k].lower) or k > c0 and toks[k].text[:1].isupper():
            # "If Obama was serious, Boehner said, he wouldn't …" (corpus): a clause with its
            # own speaker or a name in it is no description of the pronoun's referent
            return c0
    return c0
