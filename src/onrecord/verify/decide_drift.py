"""The verdict on drift (issue 9), the second half of the verdict decision (``decide.py``
holds the first, the words found, and the scores every verdict carries). ``cascade.py`` hands
the stage's evidence here; ``drift.py`` only finds candidate windows.

Where to change a verdict:

- the lexical drift pre-pass: ``judge_lexical`` (the guard on the lexically closest window).
- the embedding drift window: ``judge_window`` runs ``WINDOW_RULES`` in order (two whole
  passages of one source joined, guard near miss, unrelated passage, reversal, added clause,
  one content word swapped, unmarked omission, another speaker's window, narration, semantic
  drift above ``floor.drift_floor``), and ``_unsupported`` when none decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..model import Claim, Evidence, Verdict
from ..text.fold import word_tokens
from ..thresholds.verify import VerifyOptions
from . import guard, reports, reversal
from .added import added_clause
from .align import ParsedQuote
from .decide import NO_EVIDENCE_SCORE, REORDERED_SCORE
from .drift import align, lexical_window, sentence_context
from .evidence import divergence, make_evidence
from .floor import drift_floor, floor_note
from .frame import governing_frame
from .reversal import Reversal
from .roles import argument_swap
from .speakers import said_by
from .swap import swapped_word
from .splice import across_speakers, joined_passages


def _guard_window(claim: Claim, pq: ParsedQuote, w, al):
    """The guard (guard.py) on the aligned clauses of a window."""
    window_words = {x[:-2] if x.endswith("'s") else x for x in word_tokens(w.text).words}
    return guard.check(pq.words, al.region_words, guard.capitalised(claim.quote), window_words,
                       context_words=word_tokens(sentence_context(w.doc, al.region_start, al.region_end)).words)


def judge_lexical(claim: Claim, pq: ParsedQuote, archive, opts: VerifyOptions, warnings: list[str],
                  later_than) -> Verdict | None:
    """The model-free half of stage drift: a Verdict, or None when the embedding windows decide."""
    # Lexical pre-pass (no model call): a near miss shares almost all its words with the
    # passage it distorts, so the guard can decide on the lexically closest window at once.
    cov, lw = lexical_window(pq.words, archive, claim.speaker, opts, later_than=later_than)
    if lw is not None and cov >= opts.lexical_near:
        al = align(pq.words, lw, opts.max_splice_gap)
        g = _guard_window(claim, pq, lw, al)
        if not g.ok:
            ev = make_evidence(lw.doc, al.region_start, al.region_end, claim.quote)
            return Verdict(claim.id, "not_found", "guard", round(cov, 3),
                           f"near miss that changes the claim: {g.explain()}; nearest passage shown "
                           f"({cov:.0%} of its content words are the quote's)",
                           nearest=ev, warnings=warnings, claim=claim)
    return None


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


@dataclass
class _Window:
    """The chosen drift window, aligned and guarded, with what the rules need to judge it."""
    claim: Claim
    pq: ParsedQuote
    opts: VerifyOptions
    warnings: list[str]
    own: list
    w: object
    al: object
    g: object
    ev: Evidence
    archive: object

    @property
    def cosine(self) -> float:
        return round(self.w.cosine, 3)


def _near_miss(c: _Window) -> Verdict | None:
    """The guard failed on a close window: a near miss that changes the claim."""
    if not c.g.ok and c.w.cosine >= c.opts.near_miss_min_cosine:
        return Verdict(c.claim.id, "not_found", "guard", c.cosine,
                       f"near miss that changes the claim: {c.g.explain()}; nearest passage shown",
                       nearest=c.ev, warnings=c.warnings, claim=c.claim)
    return None


def _unrelated(c: _Window) -> Verdict | None:
    """The guard failed on a far window: no "near miss" to name, just nothing found."""
    if not c.g.ok:
        return Verdict(c.claim.id, "not_found", "none", c.cosine,
                       f"nothing in the archive supports it; nearest passage (similarity {c.w.cosine:.2f}) shown",
                       nearest=c.ev, warnings=c.warnings, claim=c.claim)
    return None


def _reversed(c: _Window) -> Verdict | None:
    """A reversal rule (reversal.py, roles.py) decided: variation when the source's own words
    were only rearranged, else a near miss."""
    rev = _reversal(c.claim, c.pq, c.w, c.al, c.opts)
    if rev is None:
        return None
    if rev.verdict == "variation":
        return _two_passages(c, rev.pieces, rev.rule, rev.explanation)
    return Verdict(c.claim.id, "not_found", rev.rule, c.cosine,
                   f"near miss that changes the claim: {rev.explanation}; nearest passage shown",
                   nearest=c.ev, warnings=c.warnings, claim=c.claim)


def _two_passages(c: _Window, pieces: list[tuple[int, int]], stage: str, why: str) -> Verdict:
    """Two real passages joined into one quote: a variation showing both (the evidence spans
    them, the words between are shown as left out), or not_found when they are two speakers'."""
    a, b = min(x for x, _ in pieces), max(y for _, y in pieces)
    order = sorted(pieces)
    between = [c.w.doc.text[x:y] for (_, x), (y, _) in zip(order, order[1:])]
    between = [t for t in between if any(ch.isalnum() for ch in t)]
    both = make_evidence(c.w.doc, a, b, c.claim.quote, omitted=[" ".join(t.split()) for t in between])
    crossed = across_speakers(c.w.doc, pieces)
    if crossed is not None:
        return Verdict(c.claim.id, "not_found", "splice", c.cosine, crossed, nearest=both, warnings=c.warnings,
                       claim=c.claim)
    return Verdict(c.claim.id, "variation", stage, REORDERED_SCORE, why[0].upper() + why[1:], evidence=both,
                   warnings=c.warnings, claim=c.claim)


def _joined(c: _Window) -> Verdict | None:
    """The quote is two whole passages of the window's source joined by "and" or punctuation
    (splice.joined_passages): a splice, shown as such. Not this rule's when both pieces are
    another speaker's than the claimed one, or a frame governs a piece (frame.py)."""
    pieces = joined_passages(c.w.doc, c.claim.quote, c.opts.splice_min_words)
    if pieces is None:
        return None
    doc = c.w.doc
    spk = [doc.speaker_at(x) for x, _ in pieces]
    if c.claim.speaker and spk[0] == spk[1] and not said_by(c.claim.speaker, spk[0]):
        return None
    if any(governing_frame(doc.text, doc.sentences, x, y, doc.text[x:y], c.opts) for x, y in pieces):
        return None
    shown = " / ".join(f'"{" ".join(doc.text[x:y].split())}"' for x, y in pieces)
    return _two_passages(c, pieces, "splice", f"a splice: two passages of {spk[0] or 'the source'} joined into one "
                                              f"quotation without an ellipsis, {shown}; both shown")


def _added(c: _Window) -> Verdict | None:
    """The quote is the window's words plus a clause of its own (added.py): not_found."""
    added = added_clause(c.ev.diff, c.w.text, c.opts.added_clause_min_words)
    if added is None:
        return None
    return Verdict(c.claim.id, "not_found", "added_clause", c.cosine,
                   f'near miss that changes the claim: the quote adds "{added}", which the source passage '
                   "does not say; nearest passage shown", nearest=c.ev, warnings=c.warnings, claim=c.claim)


def _swapped(c: _Window) -> Verdict | None:
    """The quote is the window's words but for one content word put for an unrelated one
    (swap.py): not_found, naming both words."""
    found = swapped_word(c.ev.diff, c.archive.vectors, c.opts.swap_related_cosine)
    if found is None:
        return None
    swap, cos = found
    return Verdict(c.claim.id, "not_found", "word_swap", c.cosine,
                   f'near miss that changes the claim: the quote says "{swap.quote}" where the source says '
                   f'"{swap.source}", another word, not a rewording (word similarity {cos:.2f}); nearest passage shown',
                   nearest=c.ev, warnings=c.warnings, claim=c.claim)


def _omission(c: _Window) -> Verdict | None:
    """Every word is in the source, in pieces, with words between them left out unmarked."""
    al = c.al
    if not (al.covered and al.left_out):
        return None
    c.ev.omitted = al.left_out
    return Verdict(c.claim.id, "drift", "omission", c.cosine,
                   f"every word is in the source, as {al.pieces} pieces, with this left out: "
                   + " / ".join(f'"{x}"' for x in al.left_out) + " (an unmarked omission is not verbatim)",
                   evidence=c.ev, warnings=c.warnings, claim=c.claim)


def _not_own(c: _Window) -> Verdict | None:
    """The window is another speaker's: at most the nearest miss, never drift."""
    if c.own:
        return None
    return Verdict(c.claim.id, "not_found", "none", c.cosine,
                   f"no passage by {c.claim.speaker} supports it; nearest passage (by {c.w.speaker or 'nobody named'}, "
                   f"similarity {c.w.cosine:.2f}) shown", nearest=c.ev, warnings=c.warnings, claim=c.claim)


def _narration(c: _Window) -> Verdict | None:
    """A paraphrase of a report's narration: nobody's words (reports.py)."""
    if reports.nobodys(c.w.doc, c.ev.start, c.ev.end):
        return reports.narration_verdict(c.claim, c.w.doc, c.cosine, c.ev, c.warnings)
    return None


def _semantic(c: _Window) -> Verdict | None:
    """Close enough in meaning (``drift_floor``): drift."""
    if c.w.cosine < drift_floor(c.pq, c.opts):
        return None
    if c.claim.speaker and c.w.speaker and not said_by(c.claim.speaker, c.w.speaker):
        c.warnings.append("speaker_mismatch")
    return Verdict(c.claim.id, "drift", "semantic", c.cosine,
                   f"same meaning in different words (similarity {c.w.cosine:.2f}); first difference: "
                   f"{divergence(c.ev.diff)}", evidence=c.ev, warnings=c.warnings, claim=c.claim)


WINDOW_RULES: tuple[Callable[[_Window], Verdict | None], ...] = (
    _joined, _near_miss, _unrelated, _reversed, _added, _swapped, _omission, _not_own, _narration, _semantic)


def _unsupported(c: _Window) -> Verdict:
    """No window rule decided: not_found, saying when only the short-quote floor kept it out."""
    w = c.w
    short = floor_note(c.pq, c.opts) if w.cosine >= c.opts.drift_min_cosine else ""
    return Verdict(c.claim.id, "not_found", "short_quote" if short else "none", c.cosine,
                   f"nothing in the archive supports it; nearest passage (similarity {w.cosine:.2f}{short}) shown",
                   nearest=c.ev, warnings=c.warnings, claim=c.claim)


def judge_window(claim: Claim, pq: ParsedQuote, archive, opts: VerifyOptions, warnings: list[str],
                 picked, region: str | None) -> Verdict:
    """The embedding half of stage drift, on the window ``cascade._pick`` chose (``picked``:
    own windows, window, alignment; ``region``: its aligned clauses when less than the window)."""
    if picked is None:
        # centre_sentences keeps only the claimed speaker's sentences: say so, as the nearest
        # passage (another speaker's) is no longer looked for
        where = f"by {claim.speaker} among the passages sharing its words" if claim.speaker else "in the archive"
        return Verdict(claim.id, "not_found", "none", NO_EVIDENCE_SCORE, f"no candidate passage {where}",
                       warnings=warnings, claim=claim)
    own, w, al = picked
    g = _guard_window(claim, pq, w, al)
    ev = make_evidence(w.doc, al.region_start, al.region_end, claim.quote)
    if region is not None:
        # grade on the aligned clauses too: a window's extra clause ("When I was growing up,
        # ... and in my street ...") dilutes the similarity of a faithful paraphrase.
        rv = archive.vectors([region, claim.quote])
        w.cosine = max(w.cosine, float(rv[0] @ rv[1]))
    if al.region_end <= al.region_start:
        ev = make_evidence(w.doc, w.start, w.end, claim.quote)
    case = _Window(claim, pq, opts, warnings, own, w, al, g, ev, archive)
    for rule in WINDOW_RULES:
        v = rule(case)
        if v is not None:
            return v
    return _unsupported(case)
