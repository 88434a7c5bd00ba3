"""Dates are evidence, not a wall (issue 12; design/verification.md, lesson 20).

A source dated after the article that quotes it cannot be the quote's origin: the article's
own publication date (``Claim.published``) is a fact and rules such a source out. A date hint
read from the article's context ("on Tuesday", "last week") is an inference: it is often a
day or a few off, or belongs to another event ("elected in November 2016"). With only a hint,
a source is ruled out when it is later than the hint by more than ``date_hint_tolerance_days``;
within that, it stays in and the explanation says that the dates disagree."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from ..model import Claim


def _end_of(hint: str) -> date | None:
    """The last day a hint (YYYY, YYYY-MM or YYYY-MM-DD) covers."""
    try:
        parts = [int(x) for x in hint.split("-")]
        if len(parts) == 1:
            return date(parts[0], 12, 31)
        if len(parts) == 2:
            return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        return date(parts[0], parts[1], parts[2])
    except (ValueError, IndexError):
        return None


def bound(claim: Claim, opts) -> str | None:
    """The latest date (YYYY-MM-DD, or the published date as given) a source of the claim may
    carry: the publication date, else the hint plus the tolerance; None when neither is known."""
    if claim.published:
        return claim.published
    if not claim.date_hint:
        return None
    end = _end_of(claim.date_hint)
    if end is None:
        return claim.date_hint
    try:
        return (end + timedelta(days=opts.date_hint_tolerance_days)).isoformat()
    except OverflowError:  # date_hint "9999-12": the tolerance runs past the calendar (issue 10)
        return date.max.isoformat()


def ruled_out(doc_date: str | None, claim: Claim, opts) -> bool:
    """True when a source dated ``doc_date`` is later than the claim allows (compared at the
    precision of the bound: a "2024-03" publication admits any March date)."""
    b = bound(claim, opts)
    if not b or not doc_date:
        return False
    return doc_date[: len(b)] > b


def disagreement(doc_date: str | None, claim: Claim) -> str:
    """A note for the explanation when the evidence is dated after the date the article's
    context gave (kept, within the tolerance or before the publication date)."""
    if not doc_date or not claim.date_hint:
        return ""
    n = len(claim.date_hint)
    if doc_date[:n] <= claim.date_hint:
        return ""
    return (f"; the source is dated {doc_date}, after the date the article gives ({claim.date_hint}): "
            "that date is a hint, not a bound")


def _start_of(hint: str) -> date | None:
    """The first day a hint (YYYY, YYYY-MM or YYYY-MM-DD) covers."""
    try:
        parts = [int(x) for x in hint.split("-")] + [1, 1]
        return date(parts[0], parts[1], parts[2])
    except (ValueError, IndexError):
        return None


def other_occasion(doc_date: str | None, claim: Claim, opts) -> str:
    """A note when the source is dated more than ``short_occasion_days`` outside the date the
    article gives for the words: for a short quotation that is another occasion, not the one
    reported ("That doesn't make sense" said in a January speech about something else, quoted
    from a November press conference: eval/real r469). Empty when the dates agree or are
    unknown."""
    if not doc_date or not claim.date_hint or len(doc_date) < 10:
        return ""
    start, end = _start_of(claim.date_hint), _end_of(claim.date_hint)
    try:
        d = date.fromisoformat(doc_date[:10])
    except ValueError:
        return ""
    if start is None or end is None:
        return ""
    gap = max((start - d).days, (d - end).days)
    if gap <= opts.short_occasion_days:
        return ""
    return (f"; the source is dated {doc_date[:10]}, {gap} days from the date the article gives "
            f"({claim.date_hint}): a phrase this short said on another occasion does not confirm it")


def period_covered(archive, claim: Claim, opts) -> bool:
    """True when the archive holds a source of the claimed speaker dated within
    ``short_occasion_days`` of the date the article gives: only then does a short phrase's
    absence from that period say anything. Without one the archive cannot tell the occasions
    apart (eval/real test r385: "You can keep your plan", from a 2010 speech, quoted in a 2013
    article; the archive holds no Obama source from the weeks around it)."""
    start, end = _start_of(claim.date_hint or ""), _end_of(claim.date_hint or "")
    count = getattr(archive, "speaker_sources", None)
    if start is None or end is None or count is None or not claim.speaker:
        return False
    try:
        lo = (start - timedelta(days=opts.short_occasion_days + 1)).isoformat()
        hi = (end + timedelta(days=opts.short_occasion_days)).isoformat()
    except OverflowError:
        return False
    return count(claim.speaker, hi) > count(claim.speaker, lo)

