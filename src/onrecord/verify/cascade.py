"""The verdict cascade (contract section 2): the stages in the order they run (see
``verify_claim``). Each stage finds evidence; decide.py (the words found) and decide_drift.py
(drift) turn it into the verdict."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Claim, Verdict
from ..thresholds.verify import VerifyOptions
from . import dates, equiv, reports
from .align import Match, ParsedQuote, parse_quote
from .decide import judge_words, outlet_matches
from .decide_drift import judge_lexical, judge_window
from .drift import align, centre_sentences, finish_windows, plan_windows, sentence_texts
from .evidence import provenance
from .locate import located_matches
from .silence import no_source
from .speakers import said_by
from .unclosed import settle_open


_COMPOUND = re.compile(r"(?<=[^\W\d_])[-\u2010\u2011](?=[^\W\d_])")


def _opts(options) -> VerifyOptions:
    if options is None:
        return VerifyOptions()
    if isinstance(options, VerifyOptions):
        return options
    return getattr(options, "verify", VerifyOptions())


def _later(doc, claim: Claim, opts: VerifyOptions) -> bool:
    """A source dated after the claim allows cannot be its origin (verify/dates.py)."""
    return dates.ruled_out(doc.date, claim, opts)


def _unchecked(archive) -> list[tuple[str, str]]:
    try:
        return archive.unreadable()
    except Exception:  # pragma: no cover - an archive without the table
        return []


def verify_claim(claim: Claim, archive, options=None) -> Verdict:
    """Judge one claim against the archive, strict to lenient; the first stage that decides
    names itself in ``Verdict.stage``. The stages, in the order they run (this module runs
    them; every verdict is decided in decide.py or decide_drift.py, by the rule named here):

    1. **fold** the quote and every source with an offset map (case, width, ligatures, quote,
       apostrophe and dash styles, soft hyphens, zero-width characters, whitespace, line-break
       hyphenation). Digits, signs, separators and negators are never folded; matching is on
       whole tokens ("the rapist" is not in "therapist", "0.4" not in "-0.4").
    2. **verbatim**: the folded quote's words occur in a source with the same punctuation.
       Every occurrence is counted; several give the warning ``ambiguous``. The candidate
       sources come from a phrase query; a quote with a hyphenated compound is retried with
       it joined, then with equivalent spellings (equiv.py).
    3. **variation**: editorial changes only. An ellipsis splits the quote into fragments that
       must occur in order within ``max_ellipsis_gap`` words (the omitted words are shown); a
       [bracket] replaces or adds up to ``max_bracket_words`` words (what it replaced is
       shown); changed punctuation; a dropped trailing clause. An ellipsis that omits a negator
       inside one sentence, or a bracket that adds or removes a negator or number, fails the
       guard (``decide.match_guard``) and is not_found.
    4. **out_of_context / misattributed / occasion** (``decide.WORDS_RULES``, on the best
       occurrence of stages 2-3): a frame that reports or rejects the words is out_of_context
       (frame.py). The words exist but the speaker of the evidence span (transcript turn, else
       the header's Speaker) is not the claimed speaker (names.same_person): misattributed
       (unless `check` read that speaker below misattribution_min_speaker_confidence: the
       words' verdict, warning ``speaker_uncertain``).
       Under ``short_quote_words`` words the match alone is too little evidence:
       misattributed only when the claimed speaker takes part in the same source (the other
       turn of a transcript); otherwise not_found with the words shown and the warning
       ``short``. A short quote found only on another occasion than the hinted date is
       not_found when the archive holds the speaker's words from that time.
    5. **drift, lexical pre-pass** (``decide_drift.judge_lexical``, no model): the 1-2 sentence
       window of the top BM25 passages holding most of the quote's content words; if it holds
       at least ``lexical_near`` of them, the GUARD runs on it at once: a negator, number,
       named entity, modal class or direction word that differs makes it not_found, naming the
       change.
    6. **drift, embedding windows** (``decide_drift.WINDOW_RULES``): candidates from the BM25 index
       and the stored sentence embeddings, as 1-3 sentence windows of one speaker (the claimed
       speaker's, when one is claimed; drift.py), ranked by embedding similarity; the best is
       aligned to the quote clause by clause. Two whole passages of one speaker joined by
       "and" or punctuation are a variation, stage splice (splice.py); the GUARD as in 5; a
       reversal (reversal.py, roles.py) is not_found, or variation when the source's own words
       were only rearranged; one content word swapped for an unrelated one is not_found
       (swap.py); an unmarked omission or splice (every word present, in pieces) is drift with
       the left-out text shown. Otherwise max(window cosine, aligned-clause cosine) at or above
       the drift floor (floor.py: ``drift_min_cosine``, raised for quotes under
       ``mid_drift_words`` and more under ``short_drift_words`` words) is drift. Vectors come
       from ``archive.vectors``, computed for the windows reached and cached in the archive,
       so every archive gets this stage.
    7. **not_found** otherwise, with the nearest candidate in ``Verdict.nearest``.
    8. **no_source** (silence.py): a not_found whose claimed speaker has no source in the
       archive dated on or before the claim's date hint: the archive cannot speak for them.
    9. **unclosed quotation** (unclosed.py): a claim whose closing mark is missing
       (``Claim.open_end``) passes on no word after the source stops matching.

    ``date_hint``: sources dated after the claim are skipped (they cannot be its origin) and
    the skip is said in the explanation. ``outlet_hint`` (the outlet the article names) ranks
    the sources whose Outlet or title names it first among equal word matches, and breaks
    near-ties among drift windows (``outlet_bonus``). An unreadable source never turns into a silent
    not_found: the warning ``unchecked`` names it."""
    return verify_claims([claim], archive, options)[0]


@dataclass
class _Pending:
    """A claim that passed stages 1-3 and the lexical pre-pass undecided: it needs the model."""
    claim: Claim
    pq: ParsedQuote
    warnings: list[str]
    unchecked: list[tuple[str, str]]
    later_note: str


def _before_model(claim: Claim, archive, opts: VerifyOptions) -> "Verdict | _Pending":
    """Every stage that needs no sentence-embedding call: a final Verdict, or the claim pending."""
    pq = parse_quote(claim.quote)
    warnings: list[str] = []
    if not pq.words:
        return Verdict(claim.id, "not_found", "none", 0.0, "the quote has no words", claim=claim,
                       provenance=provenance(None))
    unchecked = _unchecked(archive)
    if unchecked:
        warnings.append("unchecked")
    later_note = ""

    # stages 2-3: the words, exactly or with editorial changes
    found: list[tuple[object, Match]] = []
    later: list[tuple[object, Match]] = []
    # the candidate documents are read only around their phrase hits (locate.py)
    for doc, m in located_matches(pq, archive, opts):
        (later if _later(doc, claim, opts) else found).append((doc, m))
    if not found and not later and _COMPOUND.search(claim.quote):
        # "ever-developing" against a source that wrapped "ever-\ndeveloping" at a line end:
        # folding joins the wrapped word (it cannot tell "misunder-/stood" from a real
        # compound), so retry with the quote's compounds joined: all of them, then each alone
        # ("multi-ethnic, multi-\nconfessional and multi-cultural" wraps only one).
        spots = [m.start() for m in _COMPOUND.finditer(claim.quote)]
        variants = [_COMPOUND.sub("", claim.quote)]
        if 1 < len(spots) <= 4:
            variants += [claim.quote[:i] + claim.quote[i + 1 :] for i in spots]
        for text in variants:
            pq2 = parse_quote(text)
            for doc, m in located_matches(pq2, archive, opts):
                (later if _later(doc, claim, opts) else found).append((doc, m))
            if found or later:
                pq = pq2
                break
    folded = False
    if not found and not later:
        # the same words written another way ("lifesaving" / "life-saving", "I'm" / "I am")
        pq2, found, later = equiv.folded_matches(claim.quote, archive, opts, lambda d: _later(d, claim, opts))
        if found or later:
            pq, folded = pq2, True
    found, nobody = reports.split_found(found, pq)  # a news report's narration is nobody's words
    if nobody and not found:
        later_note = reports.narration_note(nobody)
        warnings.append("narration")
    if later and not found:
        later_note = f" (the words occur in {later[0][0].path}, dated {later[0][0].date}, after the claim: it cannot be the origin)"
    if found:
        v = judge_words(claim, pq, found, opts, warnings, archive)
        if v is not None:
            if folded:
                v = equiv.settle(v)
            _finish(v, unchecked)
            return v

    # stage 4: drift, with the guard; the lexical pre-pass first (no model call)
    v = judge_lexical(claim, pq, archive, opts, warnings, _later_than(claim, opts))
    if v is None:
        return _Pending(claim, pq, warnings, unchecked, later_note)
    return _after_drift(v, later_note, unchecked)


def _after_drift(v: Verdict, later_note: str, unchecked) -> Verdict:
    if later_note and v.verdict == "not_found":
        v.explanation += later_note
        if "narration" not in v.warnings:  # the note says where the words are, else it is the later source's
            v.warnings.append("later_source")
    _finish(v, unchecked)
    return v


def _finish(v: Verdict, unchecked: list[tuple[str, str]]) -> None:
    if unchecked and v.verdict == "not_found":
        names = ", ".join(f"{p} ({r})" for p, r in unchecked[:3])
        more = f" and {len(unchecked) - 3} more" if len(unchecked) > 3 else ""
        v.explanation += f"; unchecked: {len(unchecked)} source(s) could not be read: {names}{more}"
    v.provenance = provenance(v.evidence or v.nearest)


def _later_than(claim: Claim, opts: VerifyOptions):
    return lambda d: _later(d, claim, opts)


def _plan(p: _Pending, archive, opts: VerifyOptions, meta: list):
    return plan_windows(p.claim.quote, p.pq.words, archive, p.claim.speaker, opts,
                        later_than=_later_than(p.claim, opts), meta=meta)


def _pick(claim: Claim, pq: ParsedQuote, opts: VerifyOptions, windows):
    """The window to judge, aligned: (own windows, window, alignment), or None without windows."""
    if not windows:
        return None
    # Drift is a paraphrase *by the claimed speaker*: a window spoken by someone else (the
    # interviewer's question) cannot make the claim drift, it is at most the nearest miss.
    own = [x for x in windows if reports.own_window(x.doc, x.speaker)
           and (not claim.speaker or x.speaker is None or said_by(claim.speaker, x.speaker))]
    if claim.outlet_hint:
        own.sort(key=lambda x: -(x.score + (opts.outlet_bonus if outlet_matches(claim.outlet_hint, x.doc) else 0.0)))
    w = own[0] if own else windows[0]
    return own, w, align(pq.words, w, opts.max_splice_gap)


def _region_text(picked) -> str | None:
    """The aligned clauses, when they are less than the window: graded on their own too."""
    if picked is None:
        return None
    _, w, al = picked
    if al.region_end > al.region_start and (al.region_start, al.region_end) != (w.start, w.end):
        return w.doc.text[al.region_start : al.region_end]
    return None


def verify_claims(claims: list[Claim], archive, options=None) -> list[Verdict]:
    """``verify_claim`` for each claim, in input order (the model is loaded once).

    The same cascade, reordered for the encoder: every claim first runs the stages that need no
    model; then the quotes still pending that have candidate sentences (their speaker's, of
    the BM25 passages: drift.centre_sentences) are encoded in one batch, those sentences in
    one more, their candidate windows ranked, the best windows encoded in a third, the aligned
    clauses of each claim's chosen window in a fourth; then each claim is judged. The
    encoder was ~97% of ``check`` time, one small batch per call (profiled on 5 dev
    articles); vectors are cached by text, so each claim's verdict is computed from the same
    texts as when it is verified alone."""
    opts = _opts(options)
    out: list[Verdict | None] = []
    pending: list[tuple[int, _Pending]] = []
    for c in claims:
        r = _before_model(c, archive, opts)
        if isinstance(r, _Pending):
            pending.append((len(out), r))
            out.append(None)
        else:
            out.append(r)
    if pending:
        metas = [centre_sentences(p.pq.words, archive, opts, _later_than(p.claim, opts), p.claim.speaker)
                 for _, p in pending]
        # a quote with no candidate sentence (its speaker said nothing near it) is not embedded
        archive.vectors(list(dict.fromkeys(p.claim.quote for (_, p), m in zip(pending, metas) if m)))
        archive.vectors(list(dict.fromkeys(t for m in metas for t in sentence_texts(m))))
        plans = [_plan(p, archive, opts, m) for (_, p), m in zip(pending, metas)]
        archive.vectors(list(dict.fromkeys(t for pl in plans if pl is not None for t in pl.texts)))
        picks = [_pick(p.claim, p.pq, opts, finish_windows(pl, archive, p.claim.speaker, opts))
                 for (_, p), pl in zip(pending, plans)]
        archive.vectors(list(dict.fromkeys(r for r in map(_region_text, picks) if r is not None)))
        for (i, p), picked in zip(pending, picks):
            v = judge_window(p.claim, p.pq, archive, opts, p.warnings, picked, _region_text(picked))
            out[i] = _after_drift(v, p.later_note, p.unchecked)
    # last: a not_found for a speaker the archive holds nothing by is no_source (silence.py)
    done = [reports.note(_dated(no_source(v, c, archive, opts), c)) for v, c in zip(out, claims)]  # type: ignore[arg-type]
    # a quotation whose closing mark is missing passes on no word after the source stops matching
    return settle_open(claims, done, lambda batch: verify_claims(batch, archive, opts), opts.short_quote_words)


def _dated(v: Verdict, claim: Claim) -> Verdict:
    """Say when the evidence is dated after the date the article's context gave (kept: the
    hint ranks sources, only the publication date rules them out)."""
    if v.evidence is not None:
        v.explanation += dates.disagreement(v.evidence.source_date, claim)
        if not claim.speaker and v.evidence.source_speaker:
            # no speaker claimed: the words were looked for anyway; say whose they are
            v.explanation += f"; said by {v.evidence.source_speaker} (the claim names no speaker)"
    return v
