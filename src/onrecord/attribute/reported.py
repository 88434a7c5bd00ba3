"""Who a trailing "…, he said" cannot be: a person named in the words it reports.

"Mr Blair has “the same passion …” as in 1997, he said." reports what the speaker said about
Mr Blair; the pronoun that reports the clause is someone else (a name inside the reported
clause never corefers with the reporting subject: "He said Blair was tired" is not Blair
speaking of himself). referents.py took the clause's own subject as the nearest antecedent,
so the real-news tuning split gave a strategist's words, and the next "He said: “…”" too, to
the prime minister he talked about. Only names outside quotation marks (inside them,
speakers.py's named-inside check already refuses the name), only the clause's lone subject
(dev set: "X and Y have argued about it ever since, she said" is one of them), and only when
a main clause comes before the pronoun: "When Schiff was grilled …, he replied …" opens on an
introductory clause, and there the pronoun may well be Schiff."""

from __future__ import annotations

from typing import Any

from ..lexicon.reporting import report_base
from .finder import clause_start
from .layout import CLOSERS


def reported_subject(res: Any, pos: int, sent_idx: int) -> Any:
    """The lone named subject of the clause that the pronoun at ``pos`` reports ("Mr Blair has
    …, he said"), or None: when the pronoun is no reporting verb's subject right after a comma,
    when the words it reports are a quotation ending right before it ("X said he would not go
    – “…,” he told CNN": the quotation is what he said, and X may be he), or when the sentence
    opens on an introduction ("When I asked the mayor, X, …, he said"), or when a quotation
    follows the pronoun (then that is what it reports)."""
    toks = res.lay.sentences[sent_idx].tokens
    i = next((k for k, t in enumerate(toks) if t.start == pos), None)
    if i is None or i < 2 or i + 1 >= len(toks) or not report_base(toks[i + 1].lower):
        return None
    if toks[i - 1].text != "," or toks[i - 2].text in CLOSERS:
        return None
    if clause_start(toks[:i]) > 0:
        return None
    sent = res.lay.sentences[sent_idx]
    if any(res.lay.quotes[qi].start > pos for qi in sent.quotes):
        # "But X said the question is …, and, on that score, he said, “…”": the words are
        # after the verb, so what comes before is no reported clause (corpus: Obama's words
        # went to the host named in the sentence before)
        return None
    # a joint subject ("X and Y have been arguing …, she said with a laugh") is no lone name:
    # _own_subject leaves it out, and she may be one of them
    return res._own_subject(pos, sent_idx)
