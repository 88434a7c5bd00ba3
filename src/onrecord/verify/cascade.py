"""The verdict cascade (contract section 2). See ``verify_claim``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .silence import no_source
from ..model import Claim, Verdict
from .speakers import said_by
from ..thresholds.verify import VerifyOptions
from . import dates, equiv, guard, reports
from .align import Match, ParsedQuote, describe_changes, find_matches, parse_quote, span_offsets
from .drift import (align, centre_sentences, finish_windows, lexical_window, plan_windows, sentence_context,
                    sentence_texts)
from ..text.fold import word_tokens
from .frame import governing_frame, out_of_context
from . import reversal
from .reversal import Reversal
from .roles import argument_swap
from .splice import ellipsis_splice
from .evidence import divergence, lead_in, make_evidence, provenance, word_diff


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


def _candidate_docs(pq: ParsedQuote, archive, opts: VerifyOptions) -> list:
    """Documents that can hold the quote's words: every segment must occur exactly, so the
    documents holding the longest segment's longest within-sentence run as a phrase (tantivy
    phrase query over the same folded text) are a superset of the documents that can match.
    Passages hold every pair of adjacent sentences, so a run inside one sentence is never split
    across passages; 10 words are plenty to be selective."""
    best: list[str] = []
    for seg in pq.segments:
        run: list[str] = []
        for w, gap in zip(seg.words, seg.gaps):
            run.append(w)
            if any(c in ".!?" for c in gap):
                best = max(best, run, key=len)
                run = []
        best = max(best, run, key=len)
    ids: dict[int, None] = {}
    for _, did, _, _ in archive.phrase(best[:10], limit=opts.phrase_passages):
        ids.setdefault(did)
    return [archive.doc(d) for d in ids]


def _unchecked(archive) -> list[tuple[str, str]]:
    try:
        return archive.unreadable()
    except Exception:  # pragma: no cover - an archive without the table
        return []


def verify_claim(claim: Claim, archive, options=None) -> Verdict:
    """Judge one claim against the archive, strict to lenient; the first stage that decides
    names itself in ``Verdict.stage``.

    1. **fold** the quote and every source with an offset map (case, width, ligatures, quote,
       apostrophe and dash styles, soft hyphens, zero-width characters, whitespace, line-break
       hyphenation). Digits, signs, separators and negators are never folded; matching is on
       whole tokens ("the rapist" is not in "therapist", "0.4" not in "-0.4").
    2. **verbatim**: the folded quote's words occur in a source with the same punctuation.
       Every occurrence is counted; several give the warning ``ambiguous``.
    3. **variation**: editorial changes only. An ellipsis splits the quote into fragments that
       must occur in order within ``max_ellipsis_gap`` words (the omitted words are shown); a
       [bracket] replaces or adds up to ``max_bracket_words`` words (what it replaced is
       shown); changed punctuation; a dropped trailing clause. An ellipsis that omits a negator
       inside one sentence, or a bracket that adds or removes a negator or number, fails the
       guard (step 4) and is not_found.
    5. **misattributed** (checked on stages 2-3): the words exist but the speaker of the
       evidence span (transcript turn, else the header's Speaker) is not the claimed speaker
       (names.same_person). Under ``short_quote_words`` words the match alone is too little
       evidence: misattributed only when the claimed speaker takes part in the same source
       (the other turn of a transcript); otherwise not_found with the words shown and the
       warning ``short``.
    4. **drift**: first a lexical pre-pass without the model: the 1-2 sentence window of the
       top BM25 passages holding most of the quote's content words; if it holds at least
       ``lexical_near`` of them, the GUARD runs on it at once. Then candidates from the BM25
       index and the stored sentence embeddings, as 1-3 sentence windows of one speaker (the
       claimed speaker's, when one is claimed), ranked by embedding similarity; the best is
       aligned to the quote clause by clause. GUARD: a negator, number, named entity, modal
       class or direction word that differs makes it not_found, naming the change. An
       unmarked omission or splice (every word present, in pieces) is drift with the left-out
       text shown. Otherwise max(window cosine, aligned-clause cosine) >=
       ``drift_min_cosine`` is drift. Vectors come from ``archive.vectors``, computed for
       the windows reached and cached in the archive, so every archive gets this stage.
    6. **not_found** otherwise, with the nearest candidate in ``Verdict.nearest``.
    7. **no_source** (silence.py): a not_found whose claimed speaker has no source in the
       archive dated on or before the claim's date hint: the archive cannot speak for them.

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
    for doc in _candidate_docs(pq, archive, opts):
        for m in find_matches(pq, doc.tokens, opts.max_ellipsis_gap, opts.max_bracket_words):
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
            for doc in _candidate_docs(pq2, archive, opts):
                for m in find_matches(pq2, doc.tokens, opts.max_ellipsis_gap, opts.max_bracket_words):
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
        v = _judge_words(claim, pq, found, opts, warnings, archive)
        if v is not None:
            if folded:
                v = equiv.settle(v)
            _finish(v, unchecked)
            return v

    # stage 4: drift, with the guard; the lexical pre-pass first (no model call)
    v = _drift_lexical(claim, pq, archive, opts, warnings)
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


def _match_guard(m: Match, pq: ParsedQuote, short_words: int, doc) -> list[str]:
    """Editorial operators must not change the claim: an ellipsis dropping a negator inside a
    sentence ("we will ... raise taxes"), a bracket adding/removing a negator or number, a
    short quote closed as a sentence where the source's clause goes on, an ellipsis joining the
    start of one sentence to the end of another (splice.py; first, as it names the stage)."""
    spliced = ellipsis_splice(doc, m, pq)
    bad = [spliced] if spliced is not None else []
    if m.trailing_mid_clause and pq.n_words < short_words:
        # Real news: "No!" matched "no less profound is a sapping of confidence..." as a
        # "dropped trailing clause". A long quote cut before a trailing phrase is a standard
        # edit (dev: "...change that." for "...change that for the sake of a logo."); a
        # fragment of a few words cut mid-clause is not evidence that anyone said it.
        bad.append(f'a short quote ending where the source\'s clause goes on ("{m.dropped_trailing}")')
    for words, inside in zip(m.omitted_words, m.omission_in_sentence):
        if inside and guard.negation_count(words):
            bad.append(f"the ellipsis leaves out a negation ({' '.join(words)})")
    brackets = [w for ops in pq.ops for k, w in ops if k == "bracket"]
    for br, rep in zip(brackets, m.replaced):
        src = rep["source"].lower().split()
        g = guard.check(br, src)
        neg = [c for c in g.changes if c.startswith(("negation", "number"))]
        if neg:
            bad.append(f"the bracket [{' '.join(br)}] changes the claim: {'; '.join(neg)}")
    return bad


def outlet_matches(hint: str | None, doc) -> bool:
    """The article's outlet hint ("in his column for the Harbour Gazette", "told the BBC")
    names this source's outlet or title: then the source is the likelier origin of a passage
    that several sources share."""
    if not hint:
        return False
    h = " ".join(re.sub(r"^the\s+", "", hint.strip(), flags=re.I).casefold().split())
    return any(h and h in " ".join((field or "").casefold().split()) for field in (doc.outlet, doc.title))


def _judge_words(claim: Claim, pq: ParsedQuote, found, opts: VerifyOptions, warnings: list[str],
                 archive=None) -> Verdict | None:
    scored = []
    for doc, m in found:
        bad = _match_guard(m, pq, opts.short_quote_words, doc)
        start, end = span_offsets(doc.tokens, m, pq)
        spk = doc.speaker_at(start)
        scored.append((doc, m, start, end, spk, bad))
    good = [s for s in scored if not s[5]]
    frames = {id(s): governing_frame(s[0].text, s[0].sentences, s[2], s[3], claim.quote, opts) for s in good}
    if not good:
        doc, m, start, end, spk, bad = scored[0]
        ev = make_evidence(doc, start, end, claim.quote, omitted=m.omitted, replaced=m.replaced)
        stage = "ellipsis_splice" if bad[0].startswith("spliced across") else "guard"
        return Verdict(claim.id, "not_found", stage, 0.0, "; ".join(bad), nearest=ev,
                       warnings=warnings, claim=claim)

    def rank(s):
        doc, m, start, end, spk, _ = s
        same = bool(claim.speaker) and said_by(claim.speaker, spk)
        date_match = bool(claim.date_hint and doc.date and doc.date.startswith(claim.date_hint))
        # An occurrence no frame governs is the better evidence: the speaker said the words
        # plainly there, whatever another sentence does with them.
        # the person's own speech before a news report quoting them (reports.py)
        return (not same, reports.is_report(doc), frames[id(s)] is not None, not m.exact,
                not outlet_matches(claim.outlet_hint, doc), not date_match, doc.date or "9999", start)

    good.sort(key=rank)
    doc, m, start, end, spk, _ = good[0]
    # An ellipsis that stands for nothing (a quote ending "...ride…" where the sentence ends) is
    # not an edit of the words; a bracket always is (it is reported in m.replaced).
    verdict = "verbatim" if m.exact else "variation"
    stage = verdict if verdict == "verbatim" else (
        "ellipsis" if m.omitted else "bracket" if m.replaced else "trailing_clause" if m.dropped_trailing else "punctuation")
    same_speaker_hits = [s for s in good if said_by(claim.speaker, s[4])] if claim.speaker else good
    occurrences = len(same_speaker_hits) if same_speaker_hits else len(good)
    if occurrences > 1:
        warnings.append("ambiguous")
    ev = make_evidence(doc, start, end, claim.quote, omitted=m.omitted, replaced=m.replaced, occurrences=occurrences)
    how = "the same words" if verdict == "verbatim" else describe_changes(m)
    short = pq.n_words < opts.short_quote_words
    if short:
        warnings.append("short")
    frame = frames[id(good[0])]
    if frame is not None and (not claim.speaker or spk is None or said_by(claim.speaker, spk)):
        return out_of_context(claim, verdict, frame, ev, warnings)
    if claim.speaker and not said_by(claim.speaker, spk):
        if spk is None:
            warnings.append("speaker_unknown")
            return Verdict(claim.id, verdict, stage, 1.0 if verdict == "verbatim" else 0.95,
                           f"{how}; the source does not say who spoke these words", evidence=ev,
                           warnings=warnings, claim=claim)
        participants = set(doc.speakers) | {t.speaker for t in doc.turns if t.speaker}
        took_part = any(said_by(claim.speaker, p) for p in participants)
        if not short or took_part:
            why = f"{how}, but said by {spk}, not {claim.speaker}"
            if short:
                why += f" (short quote; {claim.speaker} takes part in the same source)"
            return Verdict(claim.id, "misattributed", "misattribution", 1.0 if m.exact else 0.95, why,
                           evidence=ev, warnings=warnings, claim=claim)
        return Verdict(claim.id, "not_found", "misattribution", 0.5,
                       f"{how} in {doc.path}, said by {spk}; too short to call a misattribution and nothing "
                       f"shows {claim.speaker} said it", nearest=ev, warnings=warnings, claim=claim)
    occasion = dates.other_occasion(doc.date, claim, opts) if short and claim.speaker else ""
    if occasion and dates.period_covered(archive, claim, opts):
        # the ranking put a source of the hinted date first: none of the speaker's is, though
        # the archive holds the speaker's words from that time
        return Verdict(claim.id, "not_found", "occasion", 0.0, f"{how} in {doc.path}{occasion}",
                       nearest=ev, warnings=warnings, claim=claim)
    score = 1.0 if verdict == "verbatim" else 0.95
    expl = how if verdict == "verbatim" else how[0].upper() + how[1:]
    if verdict == "verbatim":
        expl = "the same words as the source" + (f" ({occurrences} occurrences)" if occurrences > 1 else "")
    expl += _lead_note(doc, start, warnings)
    return Verdict(claim.id, verdict, stage, score, expl, evidence=ev, warnings=warnings, claim=claim)


def _lead_note(doc, start: int, warnings: list[str]) -> str:
    """The partial-quotation note; a condition left off the start is also a warning, so every
    report says it (probe 3b: "If the grant is cut, we | would have to ...")."""
    note = lead_in(doc, start)
    if note.endswith("a condition the quote leaves out"):
        warnings.append("condition_left_out")
    return note


def _drift_lexical(claim: Claim, pq: ParsedQuote, archive, opts: VerifyOptions, warnings: list[str]) -> Verdict | None:
    """The model-free half of stage 4: a Verdict, or None when the embedding windows decide."""
    from .guard import capitalised

    # Lexical pre-pass (no model call): a near miss shares almost all its words with the
    # passage it distorts, so the guard can decide on the lexically closest window at once.
    later = _later_than(claim, opts)
    cov, lw = lexical_window(pq.words, archive, claim.speaker, opts, later_than=later)
    if lw is not None and cov >= opts.lexical_near:
        al = align(pq.words, lw, opts.max_splice_gap)
        window_words = {x[:-2] if x.endswith("'s") else x for x in word_tokens(lw.text).words}
        g = guard.check(pq.words, al.region_words, capitalised(claim.quote), window_words,
                        context_words=word_tokens(sentence_context(lw.doc, al.region_start, al.region_end)).words)
        if not g.ok:
            ev = make_evidence(lw.doc, al.region_start, al.region_end, claim.quote)
            return Verdict(claim.id, "not_found", "guard", round(cov, 3),
                           f"near miss that changes the claim: {g.explain()}; nearest passage shown "
                           f"({cov:.0%} of its content words are the quote's)",
                           nearest=ev, warnings=warnings, claim=claim)
    return None


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


def _drift_windows(claim: Claim, pq: ParsedQuote, archive, opts: VerifyOptions, warnings: list[str],
                   picked) -> Verdict:
    """The embedding half of stage 4, on the window ``_pick`` chose from ``find_windows``."""
    from .guard import capitalised

    qtext = claim.quote
    if picked is None:
        # centre_sentences keeps only the claimed speaker's sentences: say so, as the nearest
        # passage (another speaker's) is no longer looked for
        where = f"by {claim.speaker} among the passages sharing its words" if claim.speaker else "in the archive"
        return Verdict(claim.id, "not_found", "none", 0.0, f"no candidate passage {where}",
                       warnings=warnings, claim=claim)
    own, w, al = picked
    window_words = {x[:-2] if x.endswith("'s") else x for x in word_tokens(w.text).words}
    g = guard.check(pq.words, al.region_words, capitalised(claim.quote), window_words,
                    context_words=word_tokens(sentence_context(w.doc, al.region_start, al.region_end)).words)
    ev = make_evidence(w.doc, al.region_start, al.region_end, claim.quote)
    region = _region_text(picked)
    if region is not None:
        # grade on the aligned clauses too: a window's extra clause ("When I was growing up,
        # ... and in my street ...") dilutes the similarity of a faithful paraphrase.
        rv = archive.vectors([region, qtext])
        w.cosine = max(w.cosine, float(rv[0] @ rv[1]))
    if al.region_end <= al.region_start:
        ev = make_evidence(w.doc, w.start, w.end, claim.quote)
    div = divergence(ev.diff)
    if not g.ok and w.cosine >= opts.near_miss_min_cosine:
        return Verdict(claim.id, "not_found", "guard", round(w.cosine, 3),
                       f"near miss that changes the claim: {g.explain()}; nearest passage shown",
                       nearest=ev, warnings=warnings, claim=claim)
    if not g.ok:  # an unrelated passage: no "near miss" to name, just nothing found
        return Verdict(claim.id, "not_found", "none", round(w.cosine, 3),
                       f"nothing in the archive supports it; nearest passage (similarity {w.cosine:.2f}) shown",
                       nearest=ev, warnings=warnings, claim=claim)
    rev = _reversal(claim, pq, w, al, opts)
    if rev is not None:
        if rev.verdict == "variation":
            a, b = min(x for x, _ in rev.pieces), max(y for _, y in rev.pieces)
            both = make_evidence(w.doc, a, b, claim.quote)
            return Verdict(claim.id, "variation", rev.rule, 0.9, rev.explanation[0].upper() + rev.explanation[1:],
                           evidence=both, warnings=warnings, claim=claim)
        return Verdict(claim.id, "not_found", rev.rule, round(w.cosine, 3),
                       f"near miss that changes the claim: {rev.explanation}; nearest passage shown",
                       nearest=ev, warnings=warnings, claim=claim)
    if al.covered and al.left_out:
        ev.omitted = al.left_out
        return Verdict(claim.id, "drift", "omission", round(w.cosine, 3),
                       f"every word is in the source, as {al.pieces} pieces, with this left out: "
                       + " / ".join(f'"{x}"' for x in al.left_out) + " (an unmarked omission is not verbatim)",
                       evidence=ev, warnings=warnings, claim=claim)
    if not own:
        return Verdict(claim.id, "not_found", "none", round(w.cosine, 3),
                       f"no passage by {claim.speaker} supports it; nearest passage (by {w.speaker or 'nobody named'}, "
                       f"similarity {w.cosine:.2f}) shown", nearest=ev, warnings=warnings, claim=claim)
    if reports.nobodys(w.doc, ev.start, ev.end):  # a paraphrase of a report's narration: nobody's words
        return reports.narration_verdict(claim, w.doc, round(w.cosine, 3), ev, warnings)
    if w.cosine >= drift_floor(pq, opts):
        if claim.speaker and w.speaker and not said_by(claim.speaker, w.speaker):
            warnings.append("speaker_mismatch")
        return Verdict(claim.id, "drift", "semantic", round(w.cosine, 3),
                       f"same meaning in different words (similarity {w.cosine:.2f}); first difference: {div}",
                       evidence=ev, warnings=warnings, claim=claim)
    short = f" (a quote of {pq.n_words} words needs {drift_floor(pq, opts):.2f})" if w.cosine >= opts.drift_min_cosine else ""
    return Verdict(claim.id, "not_found", "short_quote" if short else "none", round(w.cosine, 3),
                   f"nothing in the archive supports it; nearest passage (similarity {w.cosine:.2f}{short}) shown",
                   nearest=ev, warnings=warnings, claim=claim)


def drift_floor(pq: ParsedQuote, opts: VerifyOptions) -> float:
    """The similarity a paraphrase needs to be drift: higher for a short quote, whose few words
    sit near some passage of any long archive of its speaker (thresholds.short_drift_words)."""
    if pq.n_words < opts.short_drift_words:
        return max(opts.drift_min_cosine, opts.short_drift_min_cosine)
    return opts.drift_min_cosine


def _reversal(claim: Claim, pq: ParsedQuote, w, al, opts: VerifyOptions) -> Reversal | None:
    """The rules of ``reversal.py`` on the chosen window, in order: a splice or omission that
    reverses the claim, or roles swapped around a verb, is never drift."""
    if al.covered and al.left_out:
        found = reversal.left_out_reversal(pq.words, al.left_out)
        if found is not None:
            return found
    found = reversal.role_swap(pq.words, al.region_words) or argument_swap(pq.words, al.region_words)
    if found is not None:
        return found
    # The splice's other piece may sit in the sentence next to the window ("Visitors picture
    # keepers as lonely. The keepers I have met were cheerful." with only the second chosen).
    a, b = reversal.around(w.doc.sentences, w.start, w.end)
    return reversal.splice(claim.quote, w.doc.text[a:b], a, w.doc.sentences, opts.splice_min_words)


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
            v = _drift_windows(p.claim, p.pq, archive, opts, p.warnings, picked)
            out[i] = _after_drift(v, p.later_note, p.unchecked)
    # last: a not_found for a speaker the archive holds nothing by is no_source (silence.py)
    return [reports.note(_dated(no_source(v, c, archive, opts), c)) for v, c in zip(out, claims)]  # type: ignore[arg-type]


def _dated(v: Verdict, claim: Claim) -> Verdict:
    """Say when the evidence is dated after the date the article's context gave (kept: the
    hint ranks sources, only the publication date rules them out)."""
    if v.evidence is not None:
        v.explanation += dates.disagreement(v.evidence.source_date, claim)
        if not claim.speaker and v.evidence.source_speaker:
            # no speaker claimed: the words were looked for anyway; say whose they are
            v.explanation += f"; said by {v.evidence.source_speaker} (the claim names no speaker)"
    return v
