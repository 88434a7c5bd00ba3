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
with its speaker, whether an ellipsis or a full stop joins them.

A splice of one speaker's passages (``joined_passages``) joins two sentences of one speech,
not next to each other, with "and" or punctuation and no ellipsis: "The ferry carries nine
hundred passengers every weekday and I support the new timetable", from the first and third
sentences of one speech (a hostile probe of issue 10: not_found, "the quote adds 'and i
support the new timetable'", though both are the speaker's words). Each piece starts a source
sentence and ends it, or ends a clause whose rest holds no negator and opens no condition, so
the join puts no subject to another sentence's predicate and drops nothing that turns a piece
round: a variation that says it is a splice and shows both passages (issue 10: "for a splice of
two real passages, a variation that says so and shows both")."""

from __future__ import annotations

from ..lexicon.negation import CONDITIONALS
from ..text.fold import find_phrase, word_tokens
from . import guard
from .align import CLAUSE_OPENERS, CLAUSE_PUNCT, SENTENCE_END, Match, ParsedQuote, sentence_end

# The one word that may join two passages: "and" adds the second claim to the first. "but",
# "because", "so" would say how the two relate, which the speaker did not.
JOINERS = frozenset({"and"})
# Punctuation that may join two passages without a joiner (a full stop keeps both sentences).
_JOIN_PUNCT = frozenset(".;,:!?\u2014\u2013")


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


def _starts_sentence(doc, i: int) -> bool:
    """Word ``i`` opens its source sentence: nothing but punctuation before it in the sentence."""
    pos = doc.tokens.ostart(i)
    for sent in doc.sentences:
        if sent.start <= pos < sent.end:
            return not any(c.isalnum() for c in doc.text[max(sent.start, doc.body_offset) : pos])
    return False


def _ends_whole(toks, e: int) -> bool:
    """Word ``e`` ends its sentence, or a clause whose rest holds no negator and opens no
    condition ("I support the new timetable | because it adds ..." may stop there; "we will
    close it | if the grant is cut" may not)."""
    if e >= len(toks.words) - 1 or _ends_sentence(toks, e):
        return True
    rest = toks.words[e + 1 : sentence_end(toks, e) + 1]
    at_clause = any(c in CLAUSE_PUNCT for c in toks.gaps[e]) or rest[0] in CLAUSE_OPENERS
    return at_clause and rest[0] not in CONDITIONALS and not guard.negation_count(rest)


def _passage(doc, words: list[str]) -> tuple[int, int, int] | None:
    """(start offset, end offset, sentence start offset) of the first occurrence of ``words``
    that is a whole passage: it opens a sentence and ends it or a clause (``_ends_whole``)."""
    toks = doc.tokens
    for p in find_phrase(toks, words):
        e = p + len(words) - 1
        if _starts_sentence(doc, p) and _ends_whole(toks, e):
            return toks.ostart(p), toks.oend(e), p
    return None


def joined_passages(doc, quote: str, min_words: int) -> list[tuple[int, int]] | None:
    """The source offsets of two whole passages of ``doc`` (``_passage``), in different
    sentences, each at least ``min_words`` words, that make up the whole quote joined by a
    word of ``JOINERS`` or by punctuation alone; else None. Who said each piece is the
    caller's to check (``across_speakers``)."""
    q = word_tokens(quote)
    words = q.words
    for k in range(min_words, len(words) - min_words + 1):
        joined_by_word = words[k] in JOINERS
        if not joined_by_word and not any(c in _JOIN_PUNCT for c in q.gaps[k - 1]):
            continue
        first = _passage(doc, words[:k])
        second = _passage(doc, words[k + 1 :] if joined_by_word else words[k:])
        if first is None or second is None or len(words) - k - joined_by_word < min_words:
            continue
        if sentence_end(doc.tokens, first[2]) == sentence_end(doc.tokens, second[2]):
            continue  # one sentence: an unmarked omission, judged elsewhere
        return [first[:2], second[:2]]
    return None
