"""The verdict decision (issue 9): every rule that turns what a stage found into a Verdict,
with the score each verdict carries named here. ``cascade.py`` runs the stages in order and
hands each one's evidence to this module (the words found) or to ``decide_drift.py`` (the drift
windows); ``drift.py`` only finds candidate windows.

Where to change a verdict:

- the quote's words were found (stages verbatim / variation): ``judge_words``. First
  ``match_guard`` drops an occurrence whose editorial operators change the claim; the
  occurrences left are ranked by ``_rank``; the best one goes through ``WORDS_RULES`` in order
  (out_of_context, speaker_unknown, speaker_uncertain, misattributed, occasion), and
  ``_words_found`` when none decides.
- drift, the lexical pre-pass and the embedding window: ``decide_drift.judge_lexical`` and
  ``decide_drift.judge_window`` (``WINDOW_RULES``), with the scores named here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..model import Claim, Evidence, Verdict
from ..thresholds.verify import VerifyOptions
from . import dates, guard, reports
from .align import Match, ParsedQuote, describe_changes, span_offsets
from .evidence import lead_in, make_evidence
from .frame import governing_frame, out_of_context
from .speakers import said_by
from .splice import across_speakers, ellipsis_splice, match_pieces

# Verdict.score: how sure the verdict is of the words, not a probability. The exact words score
# 1.0; editorial changes (ellipsis, bracket, punctuation) 0.95; a reversal rule that finds the
# source's own words rearranged faithfully 0.9; a match too short to call a misattribution 0.5;
# no evidence 0.0. Drift and near misses score their window's cosine.
VERBATIM_SCORE = 1.0
VARIATION_SCORE = 0.95
REORDERED_SCORE = 0.9
SHORT_ELSEWHERE_SCORE = 0.5
NO_EVIDENCE_SCORE = 0.0


def _words_score(exact: bool) -> float:
    return VERBATIM_SCORE if exact else VARIATION_SCORE


def outlet_matches(hint: str | None, doc) -> bool:
    """The article's outlet hint ("in his column for the Harbour Gazette", "told the BBC")
    names this source's outlet or title: then the source is the likelier origin of a passage
    that several sources share."""
    if not hint:
        return False
    h = " ".join(re.sub(r"^the\s+", "", hint.strip(), flags=re.I).casefold().split())
    return any(h and h in " ".join((field or "").casefold().split()) for field in (doc.outlet, doc.title))


def match_guard(m: Match, pq: ParsedQuote, short_words: int, doc) -> list[str]:
    """Editorial operators must not change the claim: an ellipsis dropping a negator inside a
    sentence ("we will ... raise taxes"), a bracket adding/removing a negator or number, a
    short quote closed as a sentence where the source's clause goes on, an ellipsis joining the
    start of one sentence to the end of another (splice.py; first, as it names the stage)."""
    spliced = ellipsis_splice(doc, m, pq) or across_speakers(doc, match_pieces(doc, m, pq))
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


# ---- the words were found: verbatim, variation and what overrides them -------------------

@dataclass
class _Words:
    """The best occurrence of the quote's words, and what the rules need to judge it."""
    claim: Claim
    pq: ParsedQuote
    opts: VerifyOptions
    warnings: list[str]
    archive: object
    doc: object
    m: Match
    start: int
    end: int
    spk: str | None
    frame: object
    verdict: str  # verbatim or variation, before any rule overrides it
    stage: str
    how: str
    ev: Evidence
    short: bool


def _out_of_context(c: _Words) -> Verdict | None:
    """A frame governs the words (frame.py): the speaker reported or rejected them."""
    if c.frame is not None and (not c.claim.speaker or c.spk is None or said_by(c.claim.speaker, c.spk)):
        return out_of_context(c.claim, c.verdict, c.frame, c.ev, c.warnings)
    return None


def _words_verdict(c: _Words, why: str) -> Verdict:
    """The words' own verdict (verbatim or variation) with the explanation ``why``: what a rule
    that warns but does not override, and ``_words_found``, give."""
    return Verdict(c.claim.id, c.verdict, c.stage, _words_score(c.verdict == "verbatim"), why,
                   evidence=c.ev, warnings=c.warnings, claim=c.claim)


def _speaker_unknown(c: _Words) -> Verdict | None:
    """The words are there, but the source does not say who spoke them."""
    if c.claim.speaker and c.spk is None:
        c.warnings.append("speaker_unknown")
        return _words_verdict(c, f"{c.how}; the source does not say who spoke these words")
    return None


def _took_part(speaker: str, doc) -> bool:
    """``speaker`` speaks somewhere in the source (its header or a transcript turn)."""
    participants = set(doc.speakers) | {t.speaker for t in doc.turns if t.speaker}
    return any(said_by(speaker, p) for p in participants)


def _speaker_uncertain(c: _Words) -> Verdict | None:
    """Said by someone else, but onrecord is unsure whom the article credits (a speaker read
    from an article below ``misattribution_min_speaker_confidence``): the words' own verdict,
    with a warning, rather than an accusation resting on onrecord's own attribution error."""
    claim = c.claim
    p = claim.speaker_confidence
    if p is None or p >= c.opts.misattribution_min_speaker_confidence:
        return None
    if not claim.speaker or said_by(claim.speaker, c.spk):
        return None
    if c.short and not _took_part(claim.speaker, c.doc):
        return None  # a few words found elsewhere show nothing: _misattributed says not_found
    c.warnings.append("speaker_uncertain")
    return _words_verdict(c, f"{c.how}, said by {c.spk} in the source; not called misattributed, because "
                             f"onrecord's reading of the article's speaker ({claim.speaker}, p={p:.2f}) is uncertain")


def _misattributed(c: _Words) -> Verdict | None:
    """Said by someone else: misattributed, unless the quote is too short to show it and the
    claimed speaker takes no part in the source (then not_found)."""
    claim, doc = c.claim, c.doc
    if not claim.speaker or said_by(claim.speaker, c.spk):
        return None
    took_part = _took_part(claim.speaker, doc)
    if not c.short or took_part:
        why = f"{c.how}, but said by {c.spk}, not {claim.speaker}"
        if c.short:
            why += f" (short quote; {claim.speaker} takes part in the same source)"
        return Verdict(claim.id, "misattributed", "misattribution", _words_score(c.m.exact), why,
                       evidence=c.ev, warnings=c.warnings, claim=claim)
    return Verdict(claim.id, "not_found", "misattribution", SHORT_ELSEWHERE_SCORE,
                   f"{c.how} in {doc.path}, said by {c.spk}; too short to call a misattribution and nothing "
                   f"shows {claim.speaker} said it", nearest=c.ev, warnings=c.warnings, claim=claim)


def _occasion(c: _Words) -> Verdict | None:
    """A short quote found only on another occasion than the hinted date, while the archive
    holds the speaker's words from that time (dates.py)."""
    occasion = dates.other_occasion(c.doc.date, c.claim, c.opts) if c.short and c.claim.speaker else ""
    if occasion and dates.period_covered(c.archive, c.claim, c.opts):
        # the ranking put a source of the hinted date first: none of the speaker's is, though
        # the archive holds the speaker's words from that time
        return Verdict(c.claim.id, "not_found", "occasion", NO_EVIDENCE_SCORE, f"{c.how} in {c.doc.path}{occasion}",
                       nearest=c.ev, warnings=c.warnings, claim=c.claim)
    return None


WORDS_RULES: tuple[Callable[[_Words], Verdict | None], ...] = (
    _out_of_context, _speaker_unknown, _speaker_uncertain, _misattributed, _occasion)


def _words_found(c: _Words, occurrences: int) -> Verdict:
    """No rule overrode the words: verbatim or variation."""
    expl = c.how if c.verdict == "verbatim" else c.how[0].upper() + c.how[1:]
    if c.verdict == "verbatim":
        expl = "the same words as the source" + (f" ({occurrences} occurrences)" if occurrences > 1 else "")
    expl += _lead_note(c.doc, c.start, c.warnings)
    return _words_verdict(c, expl)


def _lead_note(doc, start: int, warnings: list[str]) -> str:
    """The partial-quotation note; a condition left off the start is also a warning, so every
    report says it (probe 3b: "If the grant is cut, we | would have to ...")."""
    note = lead_in(doc, start)
    if note.endswith("a condition the quote leaves out"):
        warnings.append("condition_left_out")
    return note


def _rank(claim: Claim, frames: dict):
    def rank(s):
        doc, m, start, end, spk, _ = s
        same = bool(claim.speaker) and said_by(claim.speaker, spk)
        date_match = bool(claim.date_hint and doc.date and doc.date.startswith(claim.date_hint))
        # An occurrence no frame governs is the better evidence: the speaker said the words
        # plainly there, whatever another sentence does with them.
        # the person's own speech before a news report quoting them (reports.py)
        return (not same, reports.is_report(doc), frames[id(s)] is not None, not m.exact,
                not outlet_matches(claim.outlet_hint, doc), not date_match, doc.date or "9999", start)
    return rank


def _all_guarded(claim: Claim, scored: list, warnings: list[str]) -> Verdict:
    """Every occurrence failed ``match_guard``: not_found, the first one shown."""
    doc, m, start, end, spk, bad = scored[0]
    ev = make_evidence(doc, start, end, claim.quote, omitted=m.omitted, replaced=m.replaced)
    stage = "ellipsis_splice" if bad[0].startswith("spliced across") else "guard"
    return Verdict(claim.id, "not_found", stage, NO_EVIDENCE_SCORE, "; ".join(bad), nearest=ev,
                   warnings=warnings, claim=claim)


def judge_words(claim: Claim, pq: ParsedQuote, found, opts: VerifyOptions, warnings: list[str],
                archive=None) -> Verdict | None:
    """The verdict on the occurrences of the quote's words (stages verbatim and variation)."""
    scored = []
    for doc, m in found:
        bad = match_guard(m, pq, opts.short_quote_words, doc)
        start, end = span_offsets(doc.tokens, m, pq)
        scored.append((doc, m, start, end, doc.speaker_at(start), bad))
    good = [s for s in scored if not s[5]]
    frames = {id(s): governing_frame(s[0].text, s[0].sentences, s[2], s[3], claim.quote, opts) for s in good}
    if not good:
        return _all_guarded(claim, scored, warnings)
    good.sort(key=_rank(claim, frames))
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
    case = _Words(claim, pq, opts, warnings, archive, doc, m, start, end, spk, frames[id(good[0])],
                  verdict, stage, how, ev, short)
    for rule in WORDS_RULES:
        v = rule(case)
        if v is not None:
            return v
    return _words_found(case, occurrences)
