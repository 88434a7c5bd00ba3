"""How common an English word is, on the Zipf scale (log10 of its frequency per billion words:
7.7 for "the", 3 for a word met about once in a million words, 0 for a word the list lacks).

The numbers are wordfreq's (Robyn Speer; code Apache-2.0, data CC BY-SA 4.0), pinned in
pyproject.toml, read through its own ``zipf_frequency`` on the English "large" list (321,180
words; for English "best" is the same list). Round 44, lane lexicon27b: this replaced an
unpickled copy of that list from a little-known package; every one of its 321,180 words has the
same frequency here. wordfreq is imported on first use and reads its list then (about a second),
so importing this module costs nothing; wordfreq memoises its own lookups.

Round 44, lane lexicon27: a short fragment credited to nobody whose rarest word is rare is a
term more often than a scare quote (extract/rare_words.py)."""

from __future__ import annotations

import math
import re

LANGUAGE = "en"
# wordfreq's list with the rarest words (down to Zipf 1.0); "small" stops near 3.0, the very
# line extract/rare_words.py reads, and would call every word below it unknown
WORDLIST = "large"

# words as wordfreq counts them: letters with inner apostrophes and hyphens ("don't",
# "brown-noser"); digits and marks are no words
_WORD = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")
_APOSTROPHES = re.compile("[\u2018\u2019\u02bc]")


def _straight(text: str) -> str:
    """Curly apostrophes as the list writes them, straight."""
    return _APOSTROPHES.sub("'", text)


def zipf(word: str) -> float:
    """The Zipf frequency of ``word`` (case and curly apostrophes ignored); 0.0 if unknown."""
    from wordfreq import word_frequency, zipf_frequency  # lazy: it pulls in langcodes, msgpack

    word = _straight(word).lower().strip("'-")
    z = float(zipf_frequency(word, LANGUAGE, wordlist=WORDLIST)) if "-" not in word else 0.0
    parts = [p for p in re.split(r"[-']", word) if p]
    if z > 0.0 or len(parts) < 2:
        return z
    # a joined word read as its parts, by wordfreq's rule for a word it splits (1/f = sum of
    # the parts' 1/f; 0 when a part is unknown). Done here, on hyphens and apostrophes alike,
    # because wordfreq keeps a possessive whole and its list lacks most: "the president-elect's
    # team" would read as a rare "elect's" (Zipf 1.7), "the epidemic's toll" as unknown
    freqs = [word_frequency(p, LANGUAGE, wordlist=WORDLIST) for p in parts]
    if min(freqs) <= 0.0:
        return 0.0
    return round(math.log10(1e9 / sum(1.0 / f for f in freqs)), 2)


def words_of(text: str) -> list[str]:
    """The words of ``text`` as the frequency list counts them."""
    return _WORD.findall(_straight(text))


def rarest_word(text: str) -> tuple[str, float] | None:
    """The rarest word of ``text`` and its Zipf frequency (the first of equals), or None when
    ``text`` holds no word."""
    best: tuple[str, float] | None = None
    for word in words_of(text):
        z = zipf(word)
        if best is None or z < best[1]:
            best = (word, z)
    return best
