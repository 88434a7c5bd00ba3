"""A speech quotation without a cue of its own (attribute/speakers.py's fall-back): the
previous sentence's speaker or subject, or the article's last speaker, unless the quotation's
own sentence turns to someone else, a subheading or a video box stands between, or the
previous subject is a body that says nothing. Split from speakers.py in round 32 (seventeenth
session), when that module reached 500 lines."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.reporting import PHRASE_RE, report_base
from ..model import Quote
from ..thresholds.attribute import CONFIDENCE as C, AttributeOptions
from ..thresholds.continuation import CONTINUATION
from .inner_quote import inner_voiced
from .labels import short_line
from .breaks import heading_between, new_video_box, own_subject_differs
from .entities import Entity
from .exchange_turn import reply_turn
from .layout import Layout
from .link_titles import on_link_line
from .named_again import named_again_before
from .name_verbs import saying_base_before  # not "Post" in "The X Post says:"
from .narration_fragment import fragment_in_narration
from .list_sibling import null_list_sibling
from .own_reporter import closes_own_sentence, credits_sentence_before, reports_in_own_sentence
from .apposed_reporter import apposed_reporter
from .quoted_subheading import lone_quoted_subheading
from .phrase import Part
from .resolve import Resolver
from .role_shape import is_person_noun
from .topic import names_someone_else, reports_speech


def carried_cue(lay: Layout, p: Any, s: Any, pq: Any) -> str | None:
    """“…,” she said. “…” carries the same cue; a new paragraph, or a partial quote inside
    reported speech ("she called it “…”. “…”"), does not (the previous quotation's cue stands
    after it: “…,” X, a senator, said Monday.)"""
    carried = bool(pq.cue) and (pq.cue in lay.text[pq.end : p.end] or bool(
        pq.attribution_evidence and pq.attribution_evidence[0].startswith("continues the")))
    return pq.cue if p.para == s.para and pq.cue and carried else None


def _voices(lay: Any, p: Any) -> list[int]:
    """The speech quotations of sentence ``p`` whose speaker the next words may go on with: not
    a link blurb's headline (no voice of the narrative: blurb_headlines.py), nor an inner
    quotation given its own reporter (the outer words go on: inner_quote.py)."""
    return [j for j in p.quotes if lay.quotes[j].kind == "speech" and not lay.in_blurb(lay.quotes[j].start)
            and not inner_voiced(lay.quotes[j])]


def continuation(res: Resolver, lay: Layout, si: int, qi: int, last: Any,
                 opt: AttributeOptions) -> tuple[list[Any], str | None, str, float]:
    """A quotation without a cue of its own: the previous sentence's speaker or subject."""
    s = lay.sentences[si]
    cue_before = None
    nobody = _nobody_continues(res, lay, si, qi, last)
    if nobody is not None:
        return [], None, nobody, C.nobody
    if si > 0:
        p = lay.sentences[si - 1]
        cue_before = intro_cue(lay, p)
        if p.para >= s.para - opt.continuation_paragraphs and p.para > 0:
            said = _voices(lay, p)
            unnamed = _unnamed_voice(res, lay, si, qi, said, last)
            if unnamed is not None:
                return unnamed
            prev_q = [j for j in said if lay.quotes[j].speaker]
            if prev_q:
                pq = lay.quotes[prev_q[-1]]
                ents = _previous_voice(res, pq, prev_q[-1])
                other = names_someone_else(res, lay, si, ents)
                if other is not None:
                    return _own_reporter_or_nobody(res, lay, si, qi, other, "the previous speaker")
                return ents, carried_cue(lay, p, s, pq), "continues the speaker of the previous sentence", \
                    C.continues_previous_speaker
            subj = [e for e in res.subj.get(si - 1) or [] if e.substantial()]
            if subj and not reports_speech(lay, si - 1) and not any(
                    e.is_person() or e.person_like() for e in subj if isinstance(e, Entity)):
                # "The GOP's idea … is a terrible take on the problem. “Fair.”": a body written
                # about, saying nothing, is not the voice of the next quotation (topic.py)
                return [], None, "the previous sentence's subject is no person and does not speak in it: " \
                    "left null", C.nobody
            # "X has run the club for years. Next up, against rival Y: “…”": the quotation's own
            # sentence turns to Y; not when it reports speech ("X, in a letter to Y, said … “…”")
            other = names_someone_else(res, lay, si, subj) if subj and not reports_speech(lay, si) else None
            if other is not None:
                return _apposed_or_nobody(res, lay, si, qi, other, "the previous subject")
            if subj and own_subject_differs(res, lay, si, lay.quotes[qi].start, subj):
                # "The Trust in a statement called it a “…” analysis": not the last subject (breaks.py)
                return [], None, "its own sentence has another subject: left null", C.nobody
            if subj:
                return list(subj), cue_before, "continues the subject of the previous sentence", C.continues_previous_subject
    if last is not None and last[3] >= s.para - opt.continuation_paragraphs:
        if heading_between(lay, last[3], s.para):
            # "X warns …. ¶ A Subheading ¶ “…”": the section below may quote anyone (breaks.py)
            return [], None, "a subheading stands after the last speaker: left null", C.nobody
        other = names_someone_else(res, lay, si, last[0])
        if other is not None:
            return _own_reporter_or_nobody(res, lay, si, qi, other, "the last speaker")
        other = names_someone_else(res, lay, si - 1, last[0]) if si > 0 else None
        if other is not None:
            return _credited_before_or_nobody(res, lay, si - 1, other)
        return list(last[0]), cue_before, "continues the last speaker", C.continues_last_speaker
    return _far_last(res, lay, si, qi, last, cue_before)


def _unnamed_voice(res: Resolver, lay: Layout, si: int, qi: int, said: list[int],
                   last: Any) -> tuple[list[Any], str | None, str, float] | None:
    """The previous sentence's last voice has no name: the words go on in it, not in an older
    named speaker's (guideline S3, D2); None when that voice is named."""
    if not said or lay.quotes[said[-1]].speaker:
        return None
    p, s, pq = lay.sentences[si - 1], lay.sentences[si], lay.quotes[said[-1]]
    if pq.speaker_description:
        # “…,” said the Sale player. “…”: the words go on in an unnamed voice; an older
        # named speaker took them (real-news tuning split); the cue goes on as for a
        # named voice (the gold carries it: tuning split and extension)
        res.unnamed_description = pq.speaker_description
        return [], carried_cue(lay, p, s, pq), "continues the unnamed speaker of the previous sentence", C.nobody
    if any(lay.quotes[j].speaker for j in said) or _named_again(res, si, qi, last) \
            or short_line(lay, lay.para_of_pos[s.para]):
        # "X said “…” and a friend agreed “…”. “…”": the named voice goes on; a subheading's
        # quoted word is no voice going on (K12 gives it to a speaker below: tuning split)
        return None
    # "One of the lawyers announced that it “will be shown”: ¶ “…”": the sentence before quotes
    # someone no reader could show, so the words go on in that unknown voice; the subject of
    # that sentence or an older named speaker took them (round 72, lane cont82: a lawyer, a
    # strategist and a statement's authors on the tuning sets: 3 wrong made right, 3 wrong names
    # turned null, none right lost); the cue goes on as for the described voice above ("“…,” he
    # said. “…”": the gold carries it)
    return [], carried_cue(lay, p, s, pq), "goes on in the voice of the sentence before, credited to nobody: left null", \
        C.nobody


def _named_again(res: Resolver, si: int, qi: int, last: Any) -> bool:
    """The quotation's own sentence names, before the words, the speaker the routes below would
    give ("X: “…”", a transcript's turn after another voice's line: the lane's 300-article
    folder), the previous sentence's subject or the last speaker."""
    near = list(res.subj.get(si - 1) or []) + (list(last[0]) if last is not None else [])
    start = res.lay.quotes[qi].start
    return any(m.entity is not None and m.start < start and any(m.entity is e for e in near)
               for m in res.by_sentence.get(si, []))


def _far_last(res: Resolver, lay: Layout, si: int, qi: int, last: Any,
              cue_before: str | None) -> tuple[list[Any], str | None, str, float]:
    """The article's last speaker, beyond the continuation window: a weak guess, below the bar,
    unless named again just before ("… but Dr Alvarez feared the same mistakes. ¶ “…”":
    named_again.py, round 37, lane weak20)."""
    if last is None:
        return [], None, "no speaker found", C.nobody
    if named_again_before(res, lay, si, qi, list(last[0])):
        return list(last[0]), cue_before, "continues the last speaker, named again in the sentence before", \
            C.continues_last_speaker
    return list(last[0]), None, "last speaker of the article (weak)", C.last_speaker_far


def _own_reporter_or_nobody(res: Resolver, lay: Layout, si: int, qi: int, other: Any,
                            whom: str) -> tuple[list[Any], str | None, str, float]:
    """The quotation's own sentence names ``other``: his words when he reports there
    ("X replied, “…” adding that … “…”": own_reporter.py), else nobody's."""
    if isinstance(other, Entity) and (reports_in_own_sentence(res, lay, si, qi, other)
                                      or closes_own_sentence(res, lay, si, qi, other)):
        return [other], None, f"names {other.canonical}, who reports in its own sentence", CONTINUATION.own_reporter_confidence
    return _apposed_or_nobody(res, lay, si, qi, other, whom)


def _apposed_or_nobody(res: Resolver, lay: Layout, si: int, qi: int, other: Any,
                       whom: str) -> tuple[list[Any], str | None, str, float]:
    """The quotation's own sentence names ``other`` as a label, in apposition to its opening role
    or as the one caused to say the words ("NAME: “…”", "The former head of X, NAME, warned …":
    apposed_reporter.py, round 80, lane apposed92): his words; else nobody's."""
    shape = apposed_reporter(res, lay, si, qi, other) if isinstance(other, Entity) else None
    if shape is not None:
        return [other], None, f"names {other.canonical}, who reports in its own sentence ({shape})", \
            CONTINUATION.own_reporter_confidence
    return [], None, f"names {other.canonical}, not {whom}: left null", C.nobody


def _credited_before_or_nobody(res: Resolver, lay: Layout, pi: int,
                               other: Any) -> tuple[list[Any], str | None, str, float]:
    """The sentence before the quotation names ``other``: his words when it credits him with
    speech and names no one else ("according to Mr Ortiz, …", "Ortiz told a radio station that
    …": own_reporter.py, round 39, lane guard22), else nobody's (topic.py)."""
    if isinstance(other, Entity) and credits_sentence_before(res, lay, pi, other):
        return [other], None, f"names {other.canonical}, who reports in the sentence before", \
            CONTINUATION.own_reporter_confidence
    return [], None, f"names {other.canonical}, not the last speaker: left null", C.nobody


def _previous_voice(res: Resolver, pq: Any, j: int) -> list[Any]:
    """Who goes on after quotation ``j``: its speakers, or the witness who vouched for its
    report ("He said, “…,” according to Whitlock": the next uncued words are the witness's own;
    speakers._voucher_person)."""
    held = res.voucher_of.get(j)
    return [held] if held is not None else entities_of(res, pq)


def _nobody_continues(res: Resolver, lay: Layout, si: int, qi: int, last: Any) -> str | None:
    """Why no earlier voice goes on in the quotation, before any route: a caption or a video
    box's clip title, or a fragment inside narration that names nobody (narration_fragment.py)."""
    if lay.in_caption(si) or new_video_box(lay, si, lay.quotes[qi].start, [
            getattr(e, "canonical", "") for e in (last[0] if last else [])]):
        return "a video box's clip title or a caption: left null"
    if on_link_line(lay.text, lay.quotes[qi].start):
        # "More: 'Pivot counties' will be key …": a linked headline no speaker goes on into
        return "a related-story link line, another story's headline: left null"
    if fragment_in_narration(res, lay, si, qi):
        return "a fragment inside narration that names nobody: left null"
    if lone_quoted_subheading(lay, si, qi) and not _introduced(lay, si):
        # "… she says. ¶ ‘Eat grits, be happy’ ¶ …": a heading, no one's words (quoted_subheading.py)
        return "a quoted subheading, its words said by no one above: left null"
    if reply_turn(lay, qi):  # "“…?” “No, I am not.”": another turn, not the asker's (exchange_turn.py)
        return "a reply right after a quoted question, nothing between: not the asker's; left null"
    sibling = null_list_sibling(lay, si, qi)
    if sibling is not None:  # "… in “…” and “…”": as the item before it, nobody named (list_sibling.py)
        res.unnamed_description = sibling.speaker_description
        return "continues the unnamed speaker of the quotation listed before it: left null"
    return _unnamed_reporter(res, lay, si, qi)


def _introduced(lay: Layout, si: int) -> bool:
    """The sentence before, with no quotation of its own, introduces the words ("Minister X
    spoke on Monday. ¶ “…”": a line of speech in a language without the marks' full stop, not a
    heading; a review's case in test_capital_link_lines)."""
    return si > 0 and not lay.sentences[si - 1].quotes and intro_cue(lay, lay.sentences[si - 1]) is not None


def _unnamed_reporter(res: Resolver, lay: Layout, si: int, qi: int) -> str | None:
    """"The nurse said staff were told to expect the crew. “…”": the sentence before reports
    speech by a person the article never names and quotes nobody itself, so the words go on in
    that voice, unnamed; the last named speaker further back took them (round 33, lane itthey14:
    an unnamed nurse, a source, a respondent on random corpus text)."""
    if si <= 0:
        return None
    p, s = lay.sentences[si - 1], lay.sentences[si]
    if p.para < s.para - 1 or p.quotes or res.subj.get(si - 1) or not reports_speech(lay, si - 1):
        return None
    # the quotation's own sentence naming someone before the words ("Sen. X called for a
    # “…”") is no continuation of the unnamed voice (a corpus check: its next "he" went null)
    if any(m.entity is not None and m.start < lay.quotes[qi].start for m in res.by_sentence.get(si, [])):
        return None
    unnamed = res.unnamed_subj.get(si - 1) or _described_reporter(res, lay, p)
    if not unnamed:
        return None
    res.unnamed_description = unnamed
    res.unnamed_subj.setdefault(si, unnamed)  # "“…” ¶ “…,” he said": still the unnamed one
    return "continues the unnamed speaker of the previous sentence, who reports speech: left null"


def intro_cue(lay: Layout, p: Any) -> str | None:
    """The cue of a sentence that introduces the next quotation: "The memo continued:",
    "The ruling went on:", "X disagreed.", "The fire chief urged residents not to wait." — not
    one whose verb has a clause of its own ("X said she agreed.")."""
    ptxt = lay.masked[p.start : p.end].rstrip()
    toks = [t for t in p.tokens if t.is_word]
    intro = bool(toks) and toks[0].lower.endswith(("ed", "ing")) and "," in ptxt
    for i, t in enumerate(toks):
        if i == 0 and intro:
            continue  # "Asked whether she would sell, X laughed." — the intro is not the cue
        if not saying_base_before(toks, i) and not (t.lower in {"went", "goes"} and i + 1 < len(toks)
                                            and toks[i + 1].lower in {"on", "further"}):
            continue
        m = PHRASE_RE.match(lay.text, t.start)
        text = lay.text[t.start : m.end()] if m and m.end() - t.start < 40 else t.text
        if ptxt.endswith(":"):
            return text
        nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
        if len(toks) <= 8 and nxt not in {"that", "he", "she", "they", "it", "we", "i", "the", "his", "her"}:
            return text
        return None
    return None


def entities_of(res: Resolver, q: Quote) -> list[Any]:
    out: list[Any] = []
    for name in q.speakers:
        e = next((e for e in res.ents.entities if e.canonical == name), None)
        out.append(e if e is not None else name)
    return out


# "The nurse said …", "…, the source relayed.": a definite or indefinite person noun right
# before a verb of saying, opening or closing the sentence (the role rules record only titles)
_OPENING_REPORTER_RE = re.compile(r"\s*(?:(?:But|And)\s+)?((?:[Tt]he|[Aa]n?|One)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*))\s+(\w+)\b")
_CLOSING_REPORTER_RE = re.compile(r",\s+((?:the|a|an|one)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*))\s+(\w+)\W*$")


def _described_reporter(res: Resolver, lay: Layout, p: Any) -> str | None:
    """The description, unless it names someone the article names ("the president says …")."""
    text = lay.masked[p.start : p.end].rstrip()
    for m in (_OPENING_REPORTER_RE.match(text), _CLOSING_REPORTER_RE.search(text)):
        if m and report_base(m.group(3).lower()) and is_person_noun(m.group(2), body_ok=False):
            desc = m.group(1)[:1].lower() + m.group(1)[1:]
            keep = res.last_unresolved_head  # resolving here must not change later resolutions
            e, _ = res.resolve_part(Part("desc", desc, p.start + m.start(1)), p.start + m.start(1), p.index)
            res.last_unresolved_head = keep
            return None if e is not None else desc
    return None
