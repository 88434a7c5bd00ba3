"""The drift floor (issue 12): how similar a paraphrase must be to its window to be called
drift, graded by the quote's length. A few words of a speaker's stock vocabulary sit near some
passage of any complete archive of that speaker ("a very good friend of mine", "we've got a
lot of important work to do"), so the shorter the quote, the closer its window must be.
Thresholds: ``short_drift_words`` / ``short_drift_min_cosine`` and ``mid_drift_words`` /
``mid_drift_min_cosine`` (thresholds/verify.py, with the measurements)."""

from __future__ import annotations

from ..thresholds.verify import VerifyOptions
from .align import ParsedQuote


def drift_floor(pq: ParsedQuote, opts: VerifyOptions) -> float:
    """The similarity a paraphrase of ``pq`` needs to be drift: the short floor under
    ``short_drift_words`` words, the middle floor under ``mid_drift_words``, else the plain
    ``drift_min_cosine`` (never below it). An ellipsis quote counts its words only."""
    if pq.n_words < opts.short_drift_words:
        return max(opts.drift_min_cosine, opts.short_drift_min_cosine)
    if pq.n_words < opts.mid_drift_words:
        return max(opts.drift_min_cosine, opts.mid_drift_min_cosine)
    return opts.drift_min_cosine


def floor_note(pq: ParsedQuote, opts: VerifyOptions) -> str:
    """" (a quote of N words needs X)" when the quote's length raised its floor, else ""."""
    need = drift_floor(pq, opts)
    return f" (a quote of {pq.n_words} words needs {need:.2f})" if need > opts.drift_min_cosine else ""
