"""Changes that keep most of the source's words and reverse what they say: drift is only for
what keeps the meaning (issue 10), so each of these turns a would-be drift into not_found,
naming the change, or, for two real passages joined whole, into a variation that shows both.

Rules, run in order on the drift window chosen for a quote (each a small named function):
1. ``left_out_reversal``: an unmarked omission whose left-out words run across a conjunction
   ("work well in [calm water and poorly in] strong currents": the first part's predicate
   with the second part's object) or hold a negator or the opposite of a kept word.
2. ``role_swap``: the words around one verb trade places ("the council sued the developer"
   quoted as "the developer sued the council"); a passive with "by" keeps the roles.
3. ``splice``: the quote is two verbatim pieces of two different source sentences. Joined
   where the quote's own sentence goes on (the subject of one sentence with the predicate of
   another) it is not_found; joined at a sentence end it is the two passages side by side, a
   variation that says so and shows both.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from . import guard
from .fold import word_tokens

# Words that carry no role: skipped when looking for the words on each side of a verb.
_LIGHT = frozenset(
    """a an the and or but of to in on at for with from as is are was were be been being it its this
    that these those my your his her our their i you he she we they me him us them not no""".split()
)
_CONJUNCTIONS = frozenset("and but or while whereas".split())
_PASSIVE = frozenset("is are was were be been being get got gets".split())


@dataclass
class Reversal:
    """What a rule found: ``verdict`` (not_found or variation), why, and for a splice the
    pieces (offsets into the source text) so both can be shown."""

    rule: str
    verdict: str
    explanation: str
    pieces: list[tuple[int, int]] = field(default_factory=list)


def left_out_reversal(quote_words: list[str], left_out: list[str]) -> Reversal | None:
    """An unmarked omission that drops a negator or an opposite of a kept word."""
    dropped = [w for gap in left_out for w in gap.split()]
    if not dropped:
        return None
    if guard.negation_count(dropped):
        neg = [w for w in dropped if w in guard.NEGATORS or w.endswith("n't")]
        return Reversal("left_out_reversal", "not_found",
                        f"the words left out hold a negation ({' '.join(neg)}): leaving them out reverses the claim; "
                        "left out: " + " / ".join(f'"{g}"' for g in left_out))
    for gap in left_out:
        g = gap.split()
        joint = next((w for w in g[1:-1] if w in _CONJUNCTIONS), None)
        if joint is not None:
            # "work reliably in [deep water and poorly in] shallow water": the omission takes
            # the end of one conjunct and the start of the next, pairing the first one's
            # predicate with the second one's object, whatever the words are.
            return Reversal("left_out_reversal", "not_found",
                            f'the words left out run across "{joint}", joining the start of one part of the '
                            f'source sentence to the end of another; left out: "{gap}"')
    kept = {guard._stem(w) for w in quote_words}
    for w in dropped:
        opp = guard.opposites(w) & kept
        if opp:
            return Reversal("left_out_reversal", "not_found",
                            f'the words left out hold "{w}", the opposite of "{sorted(opp)[0]}": the quote joins '
                            "two halves that say different things; left out: "
                            + " / ".join(f'"{g}"' for g in left_out))
    return None


def _neighbours(words: list[str], i: int) -> tuple[str | None, str | None]:
    """The nearest role-bearing words before and after position ``i``."""
    before = next((words[k] for k in range(i - 1, -1, -1) if words[k] not in _LIGHT), None)
    after = next((words[k] for k in range(i + 1, len(words)) if words[k] not in _LIGHT), None)
    return before, after


def _passive(words: list[str], i: int) -> bool:
    return (i > 0 and words[i - 1] in _PASSIVE) or (i + 1 < len(words) and words[i + 1] == "by")


def role_swap(quote_words: list[str], source_words: list[str]) -> Reversal | None:
    """"A verb B" in the source, "B verb A" in the quote: the same words, the roles traded."""
    s_index = {}
    for k, w in enumerate(source_words):
        s_index.setdefault(w, []).append(k)
    for i, w in enumerate(quote_words):
        if w in _LIGHT or len(s_index.get(w, [])) != 1 or quote_words.count(w) != 1:
            continue
        j = s_index[w][0]
        if _passive(quote_words, i) != _passive(source_words, j):
            continue  # a voice change keeps the roles: "was sued by the council"
        qa, qb = _neighbours(quote_words, i)
        sa, sb = _neighbours(source_words, j)
        if qa and qb and qa != qb and (qa, qb) == (sb, sa):
            return Reversal("role_swap", "not_found",
                            f'the roles around "{w}" are swapped (source: {sa} … {w} … {sb}; '
                            f"quote: {qa} … {w} … {qb})")
    return None


def splice(quote: str, window_text: str, window_start: int, sentences, min_words: int) -> Reversal | None:
    """Two verbatim pieces of two different sentences of the window (each at least
    ``min_words`` words) that make up the whole quote."""
    q = word_tokens(quote)
    s = word_tokens(window_text)
    n = len(q.words)
    if n < 2 * min_words:
        return None
    sm = difflib.SequenceMatcher(None, q.words, s.words, autojunk=False)
    first = sm.find_longest_match(0, n, 0, len(s.words))
    if first.size < min_words or first.size >= n:
        return None
    if first.a == 0:
        rest = (first.size, n)
    elif first.a + first.size == n:
        rest = (0, first.a)
    else:
        return None  # the longest piece sits in the middle: not a two-piece splice
    second = sm.find_longest_match(rest[0], rest[1], 0, len(s.words))
    if second.size != rest[1] - rest[0] or second.size < min_words:
        return None
    pieces = sorted([first, second], key=lambda m: m.a)

    def offsets(m) -> tuple[int, int]:
        return window_start + s.ostart(m.b), window_start + s.oend(m.b + m.size - 1)

    spans = [offsets(m) for m in pieces]
    sent = [_sentence_of(sentences, a) for a, _ in spans]
    if sent[0] is None or sent[0] == sent[1]:
        return None  # one sentence: an unmarked omission, judged elsewhere
    joint_gap = q.gaps[pieces[0].a + pieces[0].size - 1]
    shown = " / ".join(f'"{" ".join(q.words[m.a : m.a + m.size])}"' for m in pieces)
    if any(c in ".!?" for c in joint_gap):
        return Reversal("splice", "variation",
                        f"two passages of the source joined without an ellipsis: {shown}", spans)
    return Reversal("splice", "not_found",
                    f"spliced from two different sentences of the source, joined mid-sentence: {shown}",
                    spans)


def _sentence_of(sentences, pos: int) -> int | None:
    for k, sent in enumerate(sentences):
        if sent.start <= pos < sent.end:
            return k
    return None


def around(sentences, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened by one whole sentence on each side."""
    idx = [k for k, sent in enumerate(sentences) if sent.end > start and sent.start < end]
    if not idx:
        return start, end
    lo, hi = max(idx[0] - 1, 0), min(idx[-1] + 1, len(sentences) - 1)
    return min(start, sentences[lo].start), max(end, sentences[hi].end)
