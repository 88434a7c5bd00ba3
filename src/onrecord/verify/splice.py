"""An ellipsis that splices two sentences: the start of one joined to the end of another.

An ellipsis is a standard edit when it leaves words out of one sentence, or drops whole
sentences after a complete one ("We opened the terminal today. ... Every passenger will
benefit."). It is a splice when the words before it are the start of a source sentence that
goes on, and the words after it the end of a later sentence that began elsewhere: "I strongly
support ... the protesters outside the town hall" from "I strongly support the new tram line.
[...] The police arrested the protesters outside the town hall." The quote reads as one
sentence whose subject and verb come from one sentence and whose object comes from another
(a hostile probe of issue 10: it was a variation, and ``check`` said "All checked quotations
are supported").

Decision (docs/verification-errors.md): such a quote is not_found (stage ``ellipsis_splice``),
never a variation, so it is never counted as supported and needs attention (exit 1); the
explanation shows both source sentences the pieces come from, and the nearest evidence spans
them. Splices without an ellipsis are ``reversal.splice``'s.

A splice across speakers (``across_speakers``) joins passages of two turns of a transcript:
"The harbour plan will cost thirty million. I doubt the state will pay anything at all." from
one panellist's turn and the next panellist's reply (a hostile probe of issue 10: credited to
the first, it was a variation, exit 0). Each piece is whole, so neither rule above sees it;
the pieces' speakers differ, so no one said it as one passage: not_found, each piece shown
with its speaker, whether an ellipsis or a full stop joins them."""

from __future__ import annotations

from .align import SENTENCE_END, Match, ParsedQuote


def _ends_sentence(toks, i: int) -> bool:
    return i < len(toks.gaps) and any(c in SENTENCE_END for c in toks.gaps[i])


def _sentence_text(doc, pos: int) -> str:
    for sent in doc.sentences:
        if sent.start <= pos < sent.end:
            return " ".join(doc.text[max(sent.start, doc.body_offset) : sent.end].split())
    return ""


def ellipsis_splice(doc, m: Match, pq: ParsedQuote) -> str | None:
    """Why the match is a splice across sentences, or None. ``m`` is a match of ``pq`` in
    ``doc.tokens``: its segment positions tell where each piece sits in the source."""
    toks = doc.tokens
    for k in range(1, len(pq.segments)):
        if not any(kind == "ellipsis" for kind, _ in pq.ops[k]):
            continue
        a = m.positions[k - 1] + len(pq.segments[k - 1].words)  # first word left out
        b = m.positions[k]  # first word of the next piece
        if b <= a or not any(_ends_sentence(toks, x) for x in range(a - 1, b - 1)):
            continue  # nothing left out, or an omission inside one sentence
        if _ends_sentence(toks, a - 1) or _ends_sentence(toks, b - 1):
            continue  # the piece before ends its sentence, or the piece after starts one
        # the pieces as the source writes them (the parsed quote's words are folded)
        before = doc.text[toks.ostart(m.positions[k - 1]) : toks.oend(a - 1)]
        after = doc.text[toks.ostart(b) : toks.oend(b + len(pq.segments[k].words) - 1)]
        first, second = _sentence_text(doc, toks.ostart(a - 1)), _sentence_text(doc, toks.ostart(b))
        return (f'spliced across sentences: the ellipsis joins "{before}", from the source sentence "{first}" '
                f'(which goes on), to "{after}", the end of another sentence, "{second}"; the quote reads as '
                "one sentence that no one said")
    return None


def across_speakers(doc, pieces: list[tuple[int, int]]) -> str | None:
    """Why the pieces (source offsets, in quote order) are a splice of several speakers' words,
    or None when one speaker (or nobody named) says them all."""
    speakers = [doc.speaker_at(a) for a, _ in pieces]
    if len(set(speakers)) < 2:
        return None
    shown = " / ".join(f'"{" ".join(doc.text[a:b].split())}" ({who or "nobody named"})'
                       for (a, b), who in zip(pieces, speakers))
    return f"spliced across speakers: the quote joins passages of different speakers, {shown}; no one said them as one passage"


def match_pieces(doc, m: Match, pq: ParsedQuote) -> list[tuple[int, int]]:
    """The source offsets of each piece of a match (one per segment of the parsed quote)."""
    toks = doc.tokens
    return [(toks.ostart(p), toks.oend(p + len(seg.words) - 1))
            for p, seg in zip(m.positions, pq.segments) if seg.words]
