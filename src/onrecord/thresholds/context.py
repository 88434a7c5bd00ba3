from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ContextOptions:
    """Thresholds of the context stage (each with unit, failure prevented, measurement)."""

    # paragraphs (count). An anaphoric date ("the very next month", "a week earlier") is resolved
    # against the last date mentioned at most this many paragraphs back; further away it falls
    # back to the publication date. Prevents a date from one section of a long piece anchoring
    # a story told several sections later. Value: a judgement from reading the bundled example
    # and dev-set articles, where such phrases lean on the same or the previous paragraph; not
    # yet measured against annotated date hints (the dev set has none).
    anchor_paragraphs: int = 1

    # bool. Look in the previous sentence when the quote's own sentence names no date/outlet.
    # Prevents losing "In his column last November, he wrote X. He added: 'Y'" for Y.
    use_previous_sentence: bool = True

    # sentences (count). How many sentences before the previous one, in the quote's paragraph,
    # may still supply the context, walking back only through sentences that quote someone or
    # follow up ("Asked what it would cost, ..."). Prevents a date from the top of a long
    # paragraph attaching to a quote about something later. Value: judgement; on the 40 dev
    # articles, the unconditional walk back this far attached mostly wrong dates (other events),
    # which the "one occasion" condition removed (docs/bench-context.md).
    max_sentences_back: int = 2

    # characters either side of a quotation within which a date or outlet in its region counts.
    # Prevents a 2 MB paragraph without a sentence break (one "sentence") from offering every
    # date in it to every quotation (quadratic; issue 10), and a date far down a run-on text
    # from describing a quote. Value: far above any real sentence (the longest sentence of the
    # 40 dev articles is under 700 characters), so real articles are unaffected.
    max_region_chars: int = 2000

    # characters. A longer paragraph has its dates and outlets read only in the regions its
    # quotations look at (the sentences above, each clipped to max_region_chars), not whole.
    # Prevents a 2 MB paragraph without a line break from spending a second of the 3 s
    # on date and outlet patterns far from any quotation (issue 10). An anaphoric date there
    # anchors on the last date read, not on one in the unread stretches. Value: above the
    # longest paragraph of the four shared corpora (measured 2026-12-03: AllSides 44,158
    # characters, UN 24,384, Miller Center 8,936, BBC 2,572; 11 of 44,831 texts exceed 20,000),
    # so every real article is read whole, as before.
    window_paragraph_chars: int = 50_000

    # characters of a batch's text; at least this much has its context resolved in a forked
    # process while attribution runs (context/beside.py). Prevents a 20 MB one-line input from
    # running ~8 s of context after ~6 s of attribution on one core of two (issue 10's 30 s).
    # Below it a fork (tens of milliseconds) costs more than it saves: a batch of 32 news
    # articles is ~100,000 characters, and `check` on one article far less.
    beside_min_chars: int = 1_000_000
