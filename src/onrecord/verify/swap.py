"""One content word swapped for an unrelated one: drift is only for what keeps the meaning.

"Ada Okafor has always defended the library readers against cuts" against a source that says
"the library staff" keeps every other word and was drift at similarity 0.94 (a hostile probe of
issue 10): sentence embeddings barely see one word, and no lexicon lists "readers" as the
opposite of "staff". A paraphrase rewords in several places; a quote that is the source's words
but for one content word put in place of another names something else.

The rule (``swapped_word``) reads the word diff of the drift window: the only change is one
replaced run of at most ``MAX_SWAP_WORDS`` words on each side (the source may run past the
quote at its edges), both sides hold a content word, no content word of one side shares a stem
with the other's (an inflection, "screening" / "screenings", is no swap; a pronoun or article
change holds no content word), and the two sides are farther apart than
``swap_related_cosine`` in the sentence encoder (a near synonym, "purchase" / "buy", stays
drift). Numbers, names and closed-class swaps are the guard's (guard.py) and come first."""

from __future__ import annotations

from dataclasses import dataclass

from . import guard
from .added import NO_CONTENT

# Words on each side of the one replaced run: a swap is of a word or a two-word noun ("fresh
# vegetables"); a longer run is a rewording, the paraphrase drift is for.
MAX_SWAP_WORDS = 2


@dataclass
class Swap:
    quote: str
    source: str


def _content(words: str) -> list[str]:
    """The content words: a contraction of function words ("it's", "we'll") is none (real
    news: "exactly the right thing" for "it's the right thing" is no word swapped)."""
    return [w for w in words.split() if w not in NO_CONTENT and w.split("'")[0] not in NO_CONTENT]


def swap_candidate(diff: list[dict[str, str]]) -> Swap | None:
    """The one replaced run of the diff, when it is the only change and a content word stands
    for an unrelated-looking one (no shared stem); else None."""
    changes = [(k, d) for k, d in enumerate(diff) if d["op"] != "equal"]
    # source words past the quote at the region's edges are not a change to the quote
    changes = [(k, d) for k, d in changes if not (d["op"] == "delete" and k in (0, len(diff) - 1))]
    if len(changes) != 1 or changes[0][1]["op"] != "replace":
        return None
    d = changes[0][1]
    if len(d["quote"].split()) > MAX_SWAP_WORDS or len(d["source"].split()) > MAX_SWAP_WORDS:
        return None
    q, s = _content(d["quote"]), _content(d["source"])
    if not q or not s or {guard._stem(w) for w in q} & {guard._stem(w) for w in s}:
        return None
    return Swap(" ".join(q), " ".join(s))


def swapped_word(diff: list[dict[str, str]], vectors, related_cosine: float) -> tuple[Swap, float] | None:
    """``swap_candidate`` whose two sides' sentence vectors (``vectors``: the archive's encoder)
    are less similar than ``related_cosine``: (the swap, their similarity); else None."""
    swap = swap_candidate(diff)
    if swap is None:
        return None
    v = vectors([swap.quote, swap.source])
    cos = float(v[0] @ v[1])
    return (swap, cos) if cos < related_cosine else None
