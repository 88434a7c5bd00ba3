"""A quotation whose closing mark is missing: where it ends is uncertain (issue 10).

Extraction keeps a speech quotation whose closer was lost as a *recovered* quotation running
to the end of its paragraph (extract/pairing.py), so its text can hold the reporter's words
after the speaker's: “The ferry carries nine hundred passengers every weekday, he said on
Tuesday. ... with no closer. Judged whole, such a text was not_found ("the quote adds ..."),
drift ("same meaning", for a run-on "he said") or, where the run-on happened to be words of the
source, a passing variation: a verdict on words the speaker may never have been quoted as
saying.

The rule (``settle_open``): an open-ended claim whose whole text is verbatim keeps its verdict
(every word, however far the quotation runs, is the source's). Otherwise its prefixes, cut
where its own sentences or clauses end (longest first, at least ``short_quote_words`` words),
are verified; when one is verbatim or variation, the claim is not_found, stage
``unclosed_quotation``, showing that prefix's evidence and naming the words after it: the
report never passes the words after the point where the source stops matching, and says where
to close the quotation. Without such a prefix the whole text's verdict stands."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import GOOD_VERDICTS, Claim, Verdict
from ..text.fold import word_tokens

# Where a prefix may end: after a sentence's or a clause's closing punctuation.
_CUT = re.compile(r"[.!?;:,\u2014\u2013](?=\s)")
UNCLOSED_WARNING = "unclosed_quotation"


def prefixes(quote: str, min_words: int) -> list[str]:
    """The quote cut after each sentence or clause end inside it, longest first."""
    cuts = [m.end() for m in _CUT.finditer(quote) if quote[m.end():].strip()]
    out = [quote[:k].rstrip(",;:\u2014\u2013 ") for k in reversed(cuts)]
    return [p for p in out if len(word_tokens(p).words) >= min_words]


def _capped(claim: Claim, whole: Verdict, prefix: str, v: Verdict) -> Verdict:
    rest = claim.quote[len(prefix):].strip(" ,;:\u2014\u2013")
    n = len(word_tokens(prefix).words)
    tail = " ".join(prefix.split()[-4:])
    why = (f'the quotation\'s closing mark is missing, so where it ends is uncertain: its first {n} words, '
           f'up to "…{tail}", are {v.verdict} ({v.explanation}); the words after them ("{rest}") are not found '
           "with them: close the quotation where the speaker's words end, or find a source for the rest")
    return Verdict(claim.id, "not_found", "unclosed_quotation", v.score, why, nearest=v.evidence,
                   warnings=sorted(set(v.warnings) | {UNCLOSED_WARNING}), claim=claim,
                   provenance=v.provenance, speaker_sources=whole.speaker_sources)


def settle_open(claims: list[Claim], verdicts: list[Verdict], verify, min_words: int) -> list[Verdict]:
    """``verdicts`` with every open-ended claim's settled as the module says. ``verify`` is
    ``cascade.verify_claims`` bound to the archive and options (the prefixes are verified in
    one batch, as claims that are not open-ended)."""
    todo = [(i, c, prefixes(c.quote, min_words)) for i, c in enumerate(claims) if c.open_end]
    for i, c, _ in todo:
        verdicts[i].warnings.append(UNCLOSED_WARNING)
    todo = [(i, c, ps) for i, c, ps in todo if verdicts[i].verdict != "verbatim" and ps]
    batch = [replace(c, id=f"{c.id}#{k}", quote=p, open_end=False) for _, c, ps in todo for k, p in enumerate(ps)]
    judged = iter(verify(batch) if batch else [])
    for i, c, ps in todo:
        found = [(p, v) for p, v in zip(ps, [next(judged) for _ in ps]) if v.verdict in GOOD_VERDICTS]
        if found:
            verdicts[i] = _capped(c, verdicts[i], *found[0])
    return verdicts
