"""One quotation's view of its parsed sentence, built once and read by every parse rule that
asks about it: the sentence's tokens, the quotation's own, its highest word, and the frame's
tokens outside the marks. ``citing_report``, ``governing_report`` (parse_finder.py),
``sentence_credit`` and ``owner_surface`` (owned_fragment.py) each rebuilt the token list and the
quotation's tokens from the same parse for one fragment (fragment_kind.retype asks up to four of
them in turn); parse_finder's frame held the same fields (round 44, lane tidy27)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .parse_subject import np_parts, quote_tokens
from .parse_verbs import depth
from .phrase import Part

if TYPE_CHECKING:
    from .layout import Layout, Sentence


class QuoteParse:
    """The parsed sentence ``doc`` of quotation ``lay.quotes[qi]`` (sentence ``sent``)."""

    def __init__(self, lay: "Layout", sent: "Sentence", qi: int, doc: Any):
        self.lay, self.sent, self.qi, self.doc = lay, sent, qi, doc
        self.base = sent.start
        self.all_toks = list(doc)  # one pass: iterating a Doc builds Token objects each time
        self.qtoks = quote_tokens(self.all_toks, lay.quotes[qi], self.base)

    @cached_property
    def words(self) -> list[Any]:
        """The quotation's tokens that are no punctuation."""
        return [t for t in self.qtoks if not t.is_punct]

    @cached_property
    def top(self) -> Any | None:
        """The quotation's highest word in the parse (its highest token when it has no word)."""
        return min(self.words or self.qtoks, key=depth) if self.qtoks else None

    @cached_property
    def outside(self) -> list[Any]:
        """The sentence's tokens outside the marks and outside its other quotations."""
        q, base = self.lay.quotes[self.qi], self.base
        outside = [t for t in self.all_toks if not (q.start - 1 <= base + t.idx <= q.end)]
        # quotations elsewhere in the sentence are not frame words either
        other_q = [(self.lay.quotes[j].start - 1, self.lay.quotes[j].end + 1) for j in self.sent.quotes if j != self.qi]
        return [t for t in outside if not any(a <= base + t.idx < b for a, b in other_q)]

    @cached_property
    def out_ids(self) -> set[int]:
        return {t.i for t in self.outside}

    def parts(self, tok: Any) -> list[Part] | None:
        return np_parts(self.lay, self.doc, tok, self.base)
