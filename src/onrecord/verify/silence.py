"""no_source: the archive cannot speak for the claimed speaker (issue 12).

A search where the claimed speaker's words should be can say "not found"; an archive that holds
nothing by that speaker (for the claim's date) cannot. Real news checked against the Miller
Center speeches quoted Hillary Clinton, members of Congress and candidates the archive has no
word of: calling their words not_found accused them of a misquote that nothing could have
confirmed. Runs last, on a not_found verdict only, so the cascade's decisions are unchanged."""

from __future__ import annotations

from ..model import Claim, Verdict
from ..thresholds.verify import VerifyOptions
from .dates import bound
from .speakers import claimed_names

_WHERE = (" (the words occur in", " (found in ")  # a later source; a news report's narration (reports.py)


def speaker_count(archive, claim: Claim, opts: VerifyOptions) -> int | None:
    """Sources of the claimed speaker dated on or before the latest date the claim allows (its
    publication date, else its date hint with the tolerance: verify/dates.py); None when the
    claim names nobody or the archive cannot count (a stand-in without the method)."""
    count = getattr(archive, "speaker_sources", None)
    if not claim.speaker or count is None:
        return None
    # several people named, or a title before the name: the archive speaks for any of them
    return max(count(n, bound(claim, opts)) for n in claimed_names(claim.speaker))


def no_source(v: Verdict, claim: Claim, archive, opts: VerifyOptions) -> Verdict:
    """Turn a not_found into no_source when nothing in the archive is the claimed speaker's;
    the nearest passage stays only when it is really near (another speaker's passage of the
    same topic is not evidence about this one)."""
    n = speaker_count(archive, claim, opts)
    v.speaker_sources = n
    if v.verdict != "not_found" or n is None or n > 0:
        return v
    last = bound(claim, opts)
    when = f" dated on or before {last}" if last else ""
    v.verdict = "no_source"
    v.stage = "speaker"
    # where the words were seen, said again: a later source, or a news report's narration
    later = next((v.explanation[v.explanation.find(m):] for m in _WHERE if m in v.explanation), "")
    v.explanation = f"nothing by {claim.speaker} in the archive{when}: not checked{later}"
    if v.nearest is not None and v.score < opts.no_source_near_cosine:
        v.nearest = None
    return v
